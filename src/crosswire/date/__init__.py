"""crosswire date stage."""
