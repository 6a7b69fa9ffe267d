"""Ingest: read bytes from files, folders, stdin and JSON records; reject what is unusable, with a reason.

requires: paths
assigns:  RawInput(source, data, format, sha256, fields), Problem(source, reason) for what was skipped
"""

from crosswire.ingest.read import decode, read_bytes, read_inputs

__all__ = ["decode", "read_bytes", "read_inputs"]
