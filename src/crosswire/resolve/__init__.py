"""crosswire resolve stage."""
