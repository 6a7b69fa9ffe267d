"""Runners: how documents and stories are mapped over workers (this process, or Ray tasks), the ingest of
a stream of articles into the store through one writing process, and clustering without a store."""

from crosswire.runners.batch import cluster_paths
from crosswire.runners.executors import Executor, LocalExecutor, RayExecutor, make_executor
from crosswire.runners.ingest import IngestReport, ingest_bytes, ingest_paths
from crosswire.runners.records import story_from_dict
from crosswire.runners.show import render_story

__all__ = ["Executor", "IngestReport", "LocalExecutor", "RayExecutor", "cluster_paths", "ingest_bytes",
           "ingest_paths", "make_executor", "render_story", "story_from_dict"]
