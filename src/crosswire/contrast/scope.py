"""The story's own place and cause: a count told "in X" or "by Y" is a part of the toll only when X or Y is
not what the story as a whole is about. A scope that at least three in four of the story's documents name ("Norland" in a
story of a Norland earthquake, "the quake"), or the only cause told of any count, is the story's own
and is dropped from the frames, so that "five
died in Norland" still meets "24 were killed"; any other scope stays, and counts of different scopes (one
district and another, one district and no place, a landslide and the whole quake) are never compared
(``contrast.conflicts._same_thing``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crosswire.frame.scope import scoped
from crosswire.models import Document, Frame


def _named(value: str, texts: Sequence[str]) -> int:
    """In how many texts the scope's words occur (a cause by the start of its lemma: "gunman" / "gunmen")."""
    words = value.split()
    if len(words) == 1 and len(words[0]) > 4:
        pattern = re.compile(r"\b" + re.escape(words[0][:max(4, len(words[0]) - 2)]))
    else:
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
    return sum(bool(pattern.search(t)) for t in texts)


def story_scopes(frames: Sequence[Frame], documents: Sequence[Document]) -> list[Frame]:
    """The frames with the scopes that at least three in four of the documents name dropped (a cause the
    quake set off, "landslides", is often named in half of them), and the cause of a story that names only
    one: "410 shops damaged by the rioters" is the toll when no count is told of another doer. A place
    stays even when it is the only one: "eight killed in neighbouring X county" is not the toll."""
    texts = [d.text.lower() for d in documents]
    values = sorted({q for f in frames for q in scoped(f.qualifiers)})
    own = {q for q in values if 4 * _named(q.split(":", 1)[1], texts) >= max(8, 3 * len(texts))
           or q.startswith("by:") and not any(v != q and v.startswith("by:") for v in values)}
    return [dataclasses.replace(f, qualifiers=tuple(q for q in f.qualifiers if q not in own))
            if own & scoped(f.qualifiers) else f for f in frames]
