"""Quote groups: the same utterance reported by different outlets, verbatim or translated differently."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from crosswire.embed import exact_cosines, near
from crosswire.models import Document, Quote, stable_id

SAME_SPEAKER_CHANNEL = 0.35  # one speaker, one stated channel: a translation can be this far apart
SAME_SPEAKER = 0.55
NO_SPEAKER = 0.85
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 3}


def _utterances(quotes: Sequence[Quote]) -> list[list[Quote]]:
    """Quotes of one document that share a speaker and a cue are one utterance (a quote split around
    its cue, or continued in the next paragraph)."""
    out: list[list[Quote]] = []
    for q in quotes:
        last = out[-1][-1] if out else None
        if last is not None and last.doc == q.doc and last.speaker_text and last.speaker_text == q.speaker_text \
                and last.cue_span == q.cue_span:
            out[-1].append(q)
        else:
            out.append([q])
    return out


def group_quotes(quotes: Sequence[Quote], documents: Sequence[Document], embedder) -> list[Quote]:
    """Quotes with ``group`` set where another document renders the same utterance; others keep None."""
    del documents
    if not quotes:
        return []
    ordered = sorted(quotes, key=lambda q: (q.doc, q.start))
    utterances = _utterances(ordered)
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for k, u in enumerate(utterances):
        by_speaker[u[0].speaker or ""].append(k)
    words = [set().union(*(_words(q.text) for q in u)) for u in utterances]
    pairs: list[tuple[str, int, int]] = []
    for speaker, members in by_speaker.items():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if utterances[a][0].doc == utterances[b][0].doc:
                    continue
                # two renderings of one utterance, even two translations, share a name, number or noun;
                # unattributed quotes must be near-verbatim to match at all
                if len(words[a] & words[b]) < (1 if speaker else 2):
                    continue
                pairs.append((speaker, a, b))
    # only quotes with a possible match elsewhere are embedded: the model is the costly part
    needed = sorted({k for _s, a, b in pairs for k in (a, b)})
    embedded = [q for k in needed for q in utterances[k]]
    vectors = embedder.encode([q.text for q in embedded]) if embedded else np.zeros((0, 0), dtype=np.float32)
    row = {q.id: n for n, q in enumerate(embedded)}
    parent = list(range(len(utterances)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edges: list[tuple[float, int, int]] = []
    for speaker, a, b in pairs:
        ua = utterances[a]
        best = float(np.max(vectors[[row[q.id] for q in ua]] @ vectors[[row[q.id] for q in utterances[b]]].T))
        if not speaker:
            threshold = NO_SPEAKER
        elif ua[0].channel and ua[0].channel == utterances[b][0].channel:
            threshold = SAME_SPEAKER_CHANNEL
        else:
            threshold = SAME_SPEAKER
        if near(best, (threshold,)):  # too close to call with fp32 noise: the exact cosines decide
            exact = exact_cosines(embedder, [(qa.text, qb.text) for qa in ua for qb in utterances[b]])
            best = best if exact is None else float(exact.max())
        if best >= threshold:
            edges.append((best, a, b))
    # an utterance matches at most one utterance of each other document: its closest rendering there
    linked: set[tuple[int, str]] = set()
    for _sim, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        doc_a, doc_b = utterances[a][0].doc, utterances[b][0].doc
        if (a, doc_b) in linked or (b, doc_a) in linked:
            continue
        linked |= {(a, doc_b), (b, doc_a)}
        parent[find(a)] = find(b)
    members_of: dict[int, list[int]] = defaultdict(list)
    for k in range(len(utterances)):
        members_of[find(k)].append(k)
    group_of: dict[str, str] = {}
    for members in members_of.values():
        if len({utterances[k][0].doc for k in members}) < 2:
            continue
        ids = sorted(q.id for k in members for q in utterances[k])
        gid = stable_id("qg", *ids)
        for qid in ids:
            group_of[qid] = gid
    from dataclasses import replace

    return [replace(q, group=group_of.get(q.id)) for q in quotes]
