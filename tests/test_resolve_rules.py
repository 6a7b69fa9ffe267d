"""Resolve rules: initials across documents, missed occurrences added, articles and junk kept out of spans."""

from crosswire.annotate import annotate
from crosswire.models import Document
from crosswire.resolve import resolve_entities


def _entities(nlp, *texts):
    docs = [Document(id=f"d{k}", source=f"d{k}", sha256=str(k), title="", text=t) for k, t in enumerate(texts)]
    return docs, resolve_entities(docs, annotate(docs, nlp=nlp))


def test_resolve_rules_spans_exact_without_article_or_lowercase_junk(nlp):
    docs, ents = _entities(nlp, "The United Nations said on Monday that the World Health Organization would send a team.")
    texts = {d.id: d.text for d in docs}
    for e in ents:
        assert e.type not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
        for m in e.mentions:
            assert texts[m.doc][m.start:m.end] == m.text
            assert not m.text.lower().startswith("the ") and any(c.isupper() for c in m.text)


def test_resolve_rules_untagged_occurrences_become_mentions(nlp):
    docs, ents = _entities(nlp, "Angela Merkel met the press in Berlin on Monday.",
                           "Reporters asked about it, and Angela Merkel declined. Officials said Angela Merkel left.")
    owners = [e for e in ents if "Angela Merkel" in e.aliases]
    assert len(owners) == 1
    found = {(m.doc, m.start) for m in owners[0].mentions}
    text = docs[1].text
    starts = [i for i in range(len(text)) if text.startswith("Angela Merkel", i)]
    assert {("d1", s) for s in starts} <= found and ("d0", 0) in found
