"""crosswire render stage."""
