"""crosswire runners stage."""
