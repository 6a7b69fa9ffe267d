"""Cluster the mentions a pattern finds in a few short documents, as the resolve tests need."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from crosswire.annotate import annotate
from crosswire.models import Document, Span
from crosswire.resolve.cluster import cluster_mentions
from crosswire.resolve.mentions import Mention


def cluster_found(nlp, texts: Mapping[str, str], pattern: str, label: str | Callable[[str], str],
                  with_tokens: bool = False, skip: Callable[[Document, re.Match], bool] = lambda d, f: False):
    """The documents ``texts`` (id → text), the mentions ``pattern`` finds in them (typed ``label``, or
    ``label(text)``; with their token index when ``with_tokens``; leaving out matches ``skip`` names), and
    the clusters ``cluster_mentions`` makes of them: (mentions, clusters, by text → last mention index)."""
    docs = [Document(id=k, source=k, sha256=k, title="", text=v) for k, v in sorted(texts.items())]
    anns = annotate(docs, nlp=nlp)
    typed = label if callable(label) else (lambda _text: label)
    mentions = []
    for d, a in zip(docs, anns):
        for f in re.finditer(pattern, d.text):
            if skip(d, f):
                continue
            token = [next(t.i for t in a.tokens if t.start == f.start())] if with_tokens else []
            mentions.append(Mention(Span(d.id, f.start(), f.end(), f.group(0)), typed(f.group(0)), 0, *token))
    cl, _stated = cluster_mentions(mentions, docs, anns)
    return mentions, cl, {m.span.text: i for i, m in enumerate(mentions)}
