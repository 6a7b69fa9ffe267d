"""crosswire profile stage."""
