"""crosswire align stage."""
