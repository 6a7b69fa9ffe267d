"""The records every stage passes on: small, frozen, typed, with stable content-hash ids.

Every span is ``(doc, start, end, text)`` in code points of the *clean* document text and
``documents[doc].text[start:end] == text`` always holds. A spaCy ``Doc`` never leaves the
annotate stage: what later stages need of it is copied into :class:`Annotation`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "crosswire.story/1"

Precision = Literal["year", "month", "day", "time"]
Certainty = Literal["asserted", "likely", "possible", "reported", "denied", "disputed"]
AttributionKind = Literal["named", "anonymous", "outlet", "document", "self"]
ConflictKind = Literal["quantity", "polarity", "state", "attribution", "time", "other"]
ClaimStatus = Literal["corroborated", "single-source", "contested"]


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id from content: same parts, same id, on any machine."""
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:10]}"


@dataclass(frozen=True, slots=True)
class Span:
    """Exact evidence: ``documents[doc].text[start:end] == text``."""

    doc: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc_id: str, doc_text: str, start: int, end: int) -> Span:
        return cls(doc_id, start, end, doc_text[start:end])


@dataclass(frozen=True, slots=True)
class DateValue:
    """An ISO 8601 date with its precision, where it came from, and the words that show it."""

    value: str
    precision: Precision
    basis: str | None = None
    evidence: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that cleaning took out, with why (for auditing)."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Share:
    """Text this document shares with another one (syndication, copied wire copy)."""

    doc: str
    fraction: float


@dataclass(frozen=True, slots=True)
class RawInput:
    """Bytes as read, before any decoding; ``format`` is txt, html or record (JSON field)."""

    source: str
    data: bytes
    format: str
    sha256: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    source: str
    sha256: str
    title: str
    text: str
    removed: tuple[Removal, ...] = ()
    outlet: str | None = None
    byline: str | None = None
    published: DateValue | None = None
    page_date: DateValue | None = None
    language: str | None = None
    cites: tuple[str, ...] = ()
    shares: tuple[Share, ...] = ()
    url: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent_type: str = ""
    ent_iob: str = "O"
    like_num: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class EntSpan:
    """A named-entity mention as the tagger saw it, before cross-document resolution."""

    start: int
    end: int
    text: str
    label: str
    token_start: int
    token_end: int


@dataclass(frozen=True, slots=True)
class Annotation:
    """What the single spaCy pass found in one document, as plain records."""

    doc: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    ents: tuple[EntSpan, ...]
    paragraphs: tuple[tuple[int, int], ...] = ()


MentionKind = Literal["name", "description", "pronoun"]


@dataclass(frozen=True, slots=True)
class EntityMention(Span):
    """A span that refers to an entity: its name, a definite description ("the premier") or a pronoun,
    with the rule that attached it (``name``, ``untagged-occurrence``, ``stated-alias``, ``description-role``,
    ``pronoun-salience`` …). It is a Span, so code that reads spans reads it unchanged."""

    kind: MentionKind = "name"
    rule: str = "name"


@dataclass(frozen=True, slots=True)
class Merge:
    """Why two names were put in one entity: the rule, the two surface forms, and the words that state it
    where a text does (an alias defined in parentheses, say)."""

    rule: str
    names: tuple[str, str]
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[EntityMention, ...]
    merges: tuple[Merge, ...] = ()


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: AttributionKind
    text: str | None = None
    entity: str | None = None
    via: tuple[str, ...] = ()
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    doc: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    channel: str | None = None
    direct: bool = True
    group: str | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """One factual unit of an article (a sentence or a clause of one), with its source and hedging."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    sentence: int
    attribution: Attribution = Attribution("self")
    certainty: Certainty = "asserted"
    hedge: Span | None = None
    quote: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    statements: tuple[Statement, ...]
    docs: tuple[str, ...]
    independent_sources: int
    status: ClaimStatus
    origins: tuple[str, ...] = ()


FrameKind = Literal["quantity", "state", "time", "agent"]


@dataclass(frozen=True, slots=True)
class Slot:
    """One slot of a fact frame: the exact words and what they normalise to."""

    norm: str
    span: Span


@dataclass(frozen=True, slots=True)
class Frame:
    """A fact a statement asserts: *holder* (what the fact is about, with its possessor), *attribute*
    (what is said of it: injured, killed, seized, happened at …), *value* (a count with bounds, a state, a
    time, an agent), each with its span; ``negated`` when the statement says the opposite ("no one was
    hurt"). Conflicts and frame-level alignment read only these records."""

    id: str
    statement: str
    doc: str
    kind: FrameKind
    holder: Slot | None
    attribute: Slot | None
    value: Slot
    low: float | None = None
    high: float | None = None
    negated: bool = False
    possessor: str | None = None
    entity: str | None = None
    qualifiers: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.holder.norm if self.holder else "", self.attribute.norm if self.attribute else "")


@dataclass(frozen=True, slots=True)
class ConflictSide:
    value: str
    statements: tuple[Span, ...]
    claims: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    outlets: int = 0
    origins: int = 0
    frames: tuple[str, ...] = ()
    update: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: ConflictKind
    topic: str
    sides: tuple[ConflictSide, ...]
    explanation: str | None = None
    update: bool = False


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: DateValue
    text: str
    evidence: tuple[Span, ...]
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceProfile:
    name: str
    docs: tuple[str, ...]
    signals: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    claims: tuple[str, ...]
    docs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that was skipped or only partly used, and why, in words a user can act on."""

    source: str
    reason: str
    skipped: bool = True
    language: str | None = None  # ISO 639-1 code, set when the input is skipped for its language


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    title: str
    documents: tuple[Document, ...]
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    sources: tuple[SourceProfile, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    event_date: DateValue | None = None
    generator: str = ""
    generated_at: str | None = None
    problems: tuple[Problem, ...] = ()
    statements: tuple[Statement, ...] = ()
    frames: tuple[Frame, ...] = ()


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_LEAVES = (str, int, float, bool, type(None))


def to_plain(obj: Any) -> Any:
    """Records → JSON-ready dicts and lists (field order kept; tuples become lists)."""
    if isinstance(obj, _LEAVES):
        return obj
    names = _FIELD_NAMES.get(type(obj))
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES.setdefault(type(obj), tuple(f.name for f in dataclasses.fields(obj)))
    if names is not None:
        return {name: to_plain(getattr(obj, name)) for name in names}
    if isinstance(obj, Mapping):
        return {str(k): to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    return obj
