"""crosswire attribute stage."""
