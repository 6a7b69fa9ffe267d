"""Runners: how documents and stories are mapped over workers (this process, or Ray tasks), and the
ingest of a stream of articles into the store through one writing process."""

from crosswire.runners.executors import Executor, LocalExecutor, RayExecutor, make_executor
from crosswire.runners.ingest import IngestReport, ingest_bytes, ingest_paths

__all__ = ["Executor", "IngestReport", "LocalExecutor", "RayExecutor", "ingest_bytes", "ingest_paths",
           "make_executor"]
