"""Reading inputs: paths → RawInput records, one Problem per unusable file, never a traceback."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from crosswire.config import Settings
from crosswire.errors import InputProblem
from crosswire.models import Problem, RawInput

from crosswire.ingest.archives import WARC_SUFFIXES, is_feed, is_warc, read_feed, read_warc

WARC_LIMIT_FACTOR = 50  # a web archive holds many pages: it may be this many times larger than one article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
RECORD_FIELDS = ("url", "title", "published", "outlet", "byline", "author")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _walk(paths: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """Every file under the given paths, sorted within each folder; '-' means standard input."""
    for p in paths:
        if p == "-":
            yield "-", None
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            if not files:
                yield str(path), path  # reported as 'nothing readable'
            for f in files:
                yield str(f), f
        else:
            yield str(path), path


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB."""
    head = data[:8192]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, source: str = "input") -> tuple[str, str | None]:
    """Bytes → text. UTF-8 first (BOM allowed); else the encoding charset-normalizer finds, with a note.
    Raises InputProblem when no encoding gives readable text."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "not UTF-8; read as UTF-16 (byte-order mark)"
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputProblem(source, "not valid UTF-8 and no text encoding fits; save it as UTF-8 and retry")
    return str(best), f"not valid UTF-8; read as {best.encoding}"


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:65536].lower():
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "txt"


def _format_of(path: Path | None, data: bytes) -> str:
    suffix = path.suffix.lower() if path else ""
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    return _sniff(data)


def _why_not_json(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc).split(";")[0][:120]  # e.g. an integer with too many digits


def _records(source: str, text: str) -> Iterator[tuple[str, object]]:
    """JSON (an object or a list of objects) or JSON Lines (one object per line)."""
    stripped = text.strip()
    try:
        parsed = json.loads(stripped)
    except (ValueError, RecursionError):
        pass
    else:
        items = parsed if isinstance(parsed, list) else [parsed]
        for n, item in enumerate(items, 1):
            yield f"{source}#{n}", item
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            item = InputProblem(f"{source}#{n}", f"line {n} is not valid JSON ({_why_not_json(exc)})")
        yield f"{source}#{n}", item


def _unicode(text: str) -> str:
    """Lone surrogates (JSON can escape them, "\\ud800") are not text: each becomes U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _from_record(source: str, item: object) -> RawInput:
    if isinstance(item, InputProblem):
        raise item
    if not isinstance(item, dict):
        raise InputProblem(source, "a JSON record must be an object with a 'text' or 'html' field")
    body, fmt = item.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        body, fmt = item.get("text"), "txt"
    if not isinstance(body, str) or not body.strip():
        raise InputProblem(source, "JSON record has no 'text' or 'html' field with content")
    data = _unicode(body).encode("utf-8")
    fields = {k: _unicode(item[k]) for k in RECORD_FIELDS if isinstance(item.get(k), str) and item[k].strip()}
    return RawInput(source=source, data=data, format=fmt, sha256=_sha(data), fields=fields)


def _check_size(source: str, size: int, settings: Settings) -> None:
    if size == 0:
        raise InputProblem(source, "empty file")
    if size > settings.max_bytes:
        raise InputProblem(source, f"too large ({size / 1e6:.1f} MB > {settings.max_bytes / 1e6:.0f} MB limit); "
                                   "split it into one file per article")


def _parse(source: str, path: Path | None, data: bytes, settings: Settings) -> Iterator[RawInput | Problem]:
    """The bytes of one file → its inputs (one, or one per JSON record, WARC page or feed entry)."""
    name = path.name if path is not None else source
    if not (is_warc(name, data) and len(data) <= settings.max_bytes * WARC_LIMIT_FACTOR):
        _check_size(source, len(data), settings)
    if not data.strip():
        raise InputProblem(source, "empty file (only whitespace)")
    if is_warc(name, data):
        yield from read_warc(source, data)
        return
    if is_feed(name, data):
        yield from read_feed(source, data)
        return
    if looks_binary(data):
        raise InputProblem(source, "binary file, not text, HTML or JSON")
    fmt = _format_of(path, data)
    if fmt != "json":
        yield RawInput(source=source, data=data, format=fmt, sha256=_sha(data))
        return
    text, _note = decode(data, source)
    for rsource, item in _records(source, text):
        try:
            yield _from_record(rsource, item)
        except InputProblem as exc:
            yield Problem(exc.source, exc.reason)


def _read_one(source: str, path: Path | None, settings: Settings) -> Iterator[RawInput | Problem]:
    if path is not None and path.is_dir():
        yield Problem(source, "folder holds no readable files")
        return
    try:
        if path is None:
            data = sys.stdin.buffer.read(settings.max_bytes + 1)
        else:
            if not path.exists():
                raise InputProblem(source, "no such file or folder")
            size = path.stat().st_size
            if not path.name.lower().endswith(WARC_SUFFIXES) or size > settings.max_bytes * WARC_LIMIT_FACTOR:
                _check_size(source, size, settings)
            data = path.read_bytes()
        yield from _parse(source, path, data, settings)
    except InputProblem as exc:
        yield Problem(exc.source, exc.reason)
    except OSError as exc:
        yield Problem(source, f"cannot be read ({exc.strerror or exc})")


def _collect(items: Iterable[RawInput | Problem], raws: list[RawInput], problems: list[Problem],
             seen: dict[str, str]) -> None:
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        elif item.sha256 in seen:
            problems.append(Problem(item.source, f"duplicate of {seen[item.sha256]} (same bytes)"))
        else:
            seen[item.sha256] = item.source
            raws.append(item)


def read_bytes(name: str, data: bytes, settings: Settings | None = None) -> tuple[list[RawInput], list[Problem]]:
    """One file's bytes (an upload) → its usable inputs and a Problem for each one skipped; ``name`` is the
    source (its suffix picks the format, as for a path)."""
    settings = settings or Settings()
    raws: list[RawInput] = []
    problems: list[Problem] = []

    def items() -> Iterator[RawInput | Problem]:
        try:
            yield from _parse(name, Path(name), data, settings)
        except InputProblem as exc:
            yield Problem(exc.source, exc.reason)

    _collect(items(), raws, problems, {})
    if not raws and not problems:
        problems.append(Problem(name, "holds no article (no text or records in it)"))
    return raws, problems


def read_inputs(paths: Iterable[str], settings: Settings | None = None) -> tuple[list[RawInput], list[Problem]]:
    """All usable inputs under ``paths`` and a Problem for each one skipped; exact duplicates are skipped."""
    settings = settings or Settings()
    raws: list[RawInput] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    items: list[RawInput | Problem] = []
    for source, path in _walk(list(paths)):
        found = list(_read_one(source, path, settings))
        # a file that holds no article at all (an empty JSON list, a bare byte-order mark) is still reported
        items.extend(found or [Problem(source, "holds no article (no text or records in it)")])
    # of identical files the one with the smallest name is kept, whatever order they were given in; the
    # rest keep the input order (`crosswire cluster` answers in it)
    keep: dict[str, str] = {}
    for item in items:
        if isinstance(item, RawInput) and (item.sha256 not in keep or item.source < keep[item.sha256]):
            keep[item.sha256] = item.source
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        elif keep[item.sha256] != item.source or item.sha256 in seen:
            problems.append(Problem(item.source, f"duplicate of {keep[item.sha256]} (same bytes)"))
        else:
            seen[item.sha256] = item.source
            raws.append(item)
    return raws, problems
