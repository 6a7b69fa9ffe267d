"""crosswire evaluation stage."""
