"""Independent origins: only statements inside a copied passage share its origin."""

from crosswire.align import independent_origins, shared_passages
from crosswire.models import Attribution, Document, Statement

WIRE = "The storm destroyed forty homes along the northern coast late on Tuesday, officials said in a statement."


def _statement(doc: Document, sentence: str) -> Statement:
    start = doc.text.index(sentence)
    return Statement(id=f"{doc.id}-{start}", doc=doc.id, start=start, end=start + len(sentence), text=sentence,
                     sentence=0, attribution=Attribution("self"))


def test_align_origins_follow_the_copied_passage_only():
    a = Document(id="a", source="", sha256="", title="", text=WIRE + "\n\nOur reporter saw rescue teams searching the rubble all night long.")
    b = Document(id="b", source="", sha256="", title="", text=WIRE + "\n\nLocal radio said teams were searching the rubble through the whole night.")
    links = shared_passages([a, b])
    assert links, "the wire paragraph is a shared passage"
    copied = [_statement(a, WIRE), _statement(b, WIRE)]
    own = [_statement(a, "Our reporter saw rescue teams searching the rubble all night long."),
           _statement(b, "Local radio said teams were searching the rubble through the whole night.")]
    assert len(independent_origins(copied, [a, b], links)) == 1
    assert len(independent_origins(own, [a, b], links)) == 2
