"""crosswire clean stage."""
