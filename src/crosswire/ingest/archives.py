"""Web archives (WARC) and news feeds (RSS, Atom): one RawInput per archived page or feed entry.

Nothing is fetched: a feed entry's own content (else its summary) is the article; a WARC response record's
HTML payload is the page. Both keep what they say about the article (URL, title, date, feed title as outlet).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
from collections.abc import Iterator

from crosswire.errors import InputProblem
from crosswire.models import Problem, RawInput

WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")


def is_warc(name: str, data: bytes) -> bool:
    return name.lower().endswith(WARC_SUFFIXES) or data[:8].startswith(b"WARC/")


def is_feed(name: str, data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    if name.lower().endswith((".rss", ".atom")):
        return True
    return head.startswith((b"<?xml", b"<rss", b"<feed")) and (b"<rss" in data[:4096].lower()
                                                                or b"<feed" in data[:4096].lower()
                                                                or b"<rdf:rdf" in data[:4096].lower())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_warc(source: str, data: bytes) -> Iterator[RawInput | Problem]:
    """HTML responses (and resource records) of a WARC file; other records are passed over silently."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                     else record.rec_headers.get_header("Content-Type")) or ""
            if "html" not in ctype.lower():
                continue
            status = record.http_headers.get_statuscode() if record.http_headers else "200"
            name = f"{source}#{n}" + (f" {uri}" if uri else "")
            if status and not status.startswith("2"):
                yield Problem(name, f"archived response has HTTP status {status}, not a page")
                continue
            payload = record.content_stream().read()
            if not payload.strip():
                yield Problem(name, "archived page is empty")
                continue
            found += 1
            fields = {"url": uri} if uri else {}
            yield RawInput(source=name, data=payload, format="html", sha256=_sha(payload), fields=fields)
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        raise InputProblem(source, f"not a readable WARC file ({exc}); crosswire reads .warc and .warc.gz") from exc
    if not found:
        raise InputProblem(source, "WARC file holds no HTML pages")


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    return None


def read_feed(source: str, data: bytes) -> Iterator[RawInput | Problem]:
    """Entries of an RSS or Atom feed, each as a small HTML page of its own content."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        raise InputProblem(source, f"feed holds no entries{reason}")
    outlet = (parsed.feed.get("title") or "").strip()
    for n, entry in enumerate(parsed.entries, 1):
        name = f"{source}#{n}"
        contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
        body = max(contents, key=len) if contents else (entry.get("summary") or "")
        if not body.strip():
            yield Problem(name, "feed entry has no content or summary")
            continue
        title = (entry.get("title") or "").strip()
        page = (f"<html><head><title>{html.escape(title)}</title></head><body><article>"
                f"<h1>{html.escape(title)}</h1>{body}</article></body></html>").encode("utf-8")
        fields = {k: v for k, v in (("title", title), ("url", (entry.get("link") or "").strip()),
                                     ("published", _entry_date(entry)), ("outlet", outlet),
                                     ("author", (entry.get("author") or "").strip())) if v}
        yield RawInput(source=name, data=page, format="html", sha256=_sha(page), fields=fields)
