"""How work is mapped over workers: in this process, or as Ray tasks. Results always come back in input
order, and everything written goes through the one process that called ``map``."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from crosswire.errors import CrosswireError, NotInstalled


class Executor(Protocol):
    name: str

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *args: Any) -> list[Any]:
        """``[fn(item, *args) for item in items]``, possibly in parallel, in input order."""

    def map_documents(self, fn: Callable[..., Any], items: Sequence[Any], *args: Any) -> list[Any]:
        """The same, for light per-document work that loads no model (reading, cleaning)."""

    def close(self) -> None: ...


class LocalExecutor:
    """Story analysis in this process (its annotation pass uses both cores itself); light per-document
    work on ``processes`` worker processes when there is more than one chunk of it."""

    name = "local"

    def __init__(self, processes: int | None = None):
        self.processes = processes if processes is not None else min(2, os.cpu_count() or 1)
        self._pool = None

    def map(self, fn, items, *args):
        return [fn(item, *args) for item in items]

    def map_documents(self, fn, items, *args):
        if self.processes < 2 or len(items) < 2:
            return self.map(fn, items, *args)
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context(method))
        return list(self._pool.map(fn, items, *[[a] * len(items) for a in args]))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class RayExecutor:
    """Each item is one Ray task. Connects to ``address`` (a running cluster, e.g. ``ray://head:10001`` or
    ``auto``), or starts a local instance with ``num_cpus`` CPUs when no address is given."""

    name = "ray"

    def __init__(self, address: str | None = None, num_cpus: int = 2):
        try:
            import ray
        except ImportError as exc:  # pragma: no cover - ray is a declared dependency
            raise NotInstalled("the Ray executor needs ray: pip install 'ray==2.60.0'") from exc
        self._ray = ray
        self._started = False
        if not ray.is_initialized():
            try:
                if address:
                    ray.init(address=address, include_dashboard=False, log_to_driver=False)
                else:
                    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
            except Exception as exc:  # ray raises ConnectionError, RuntimeError, ValueError ...
                raise CrosswireError(f"cannot start or reach Ray ({type(exc).__name__}: {exc}); check "
                                     "--ray-address, or leave it out to start a local instance") from exc
            self._started = True
        self._remote = {}

    def map(self, fn, items, *args):
        ray = self._ray
        remote = self._remote.get(fn)
        if remote is None:
            remote = self._remote[fn] = ray.remote(fn)
        shared = [ray.put(a) for a in args]
        return ray.get([remote.remote(item, *shared) for item in items])

    map_documents = map

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False


def make_executor(executor: str | Executor = "local", address: str | None = None) -> Executor:
    if not isinstance(executor, str):
        return executor
    if executor == "local":
        return LocalExecutor()
    if executor == "ray":
        return RayExecutor(address)
    raise CrosswireError(f"unknown executor '{executor}'; use 'local' or 'ray'")
