"""crosswire ingest stage."""
