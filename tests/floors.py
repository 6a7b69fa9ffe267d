"""Pinned quality floors (tests/floors.json), tied to the hash of the gold data they were measured on.

A floor may only be raised by hand; if the gold data changes, the hash check fails and the floors must be
re-measured on purpose instead of silently drifting."""

from __future__ import annotations

import hashlib
import json
import pathlib

FLOORS = pathlib.Path(__file__).with_name("floors.json")


def floors(key: str) -> dict:
    return json.loads(FLOORS.read_text())[key]


def check_data(key: str, shared: pathlib.Path) -> None:
    for rel, digest in floors(key).get("data_sha256", {}).items():
        actual = hashlib.sha256((shared / rel).read_bytes()).hexdigest()[:16]
        assert actual == digest, f"{rel} changed ({actual} != {digest}): re-measure the '{key}' floors"


def assert_floor(key: str, name: str, value: float) -> None:
    floor = floors(key)[name]
    assert value >= floor, f"{key}.{name} = {value:.3f} fell below its floor {floor}"
