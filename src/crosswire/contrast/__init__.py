"""crosswire contrast stage."""
