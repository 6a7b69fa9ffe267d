"""crosswire summarize stage."""
