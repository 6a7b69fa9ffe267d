"""Team nicknames the small model leaves untagged ('the 76ers') or tags only by the place ('Dalton 76ers')."""

from crosswire.annotate import annotate
from crosswire.models import Document, Span
from crosswire.resolve.mentions import Mention
from crosswire.resolve.nicknames import team_nicknames


def _run(nlp, texts: dict[str, str], places: tuple[str, ...] = ("Dalton",)):
    docs = [Document(id=k, source=k, sha256=k, title="", text=v) for k, v in sorted(texts.items())]
    anns = annotate(docs, nlp=nlp)
    mentions = []
    for d in docs:
        for place in places:
            start = d.text.find(place)
            if start >= 0:
                mentions.append(Mention(Span(d.id, start, start + len(place), place), "GPE", 0))
    return docs, team_nicknames(mentions, docs, anns)


def test_resolve_nicknames_untagged_nickname_and_place_with_nickname_become_team_mentions(nlp):
    docs, out = _run(nlp, {"a": "The Dalton 76ers beat Marlow on Friday. The 76ers lead the league.",
                           "b": "Fans cheered the 76ers all night. Their coach praised the 76ers defence."})
    found = sorted((m.span.doc, m.span.text, m.label) for m in out)
    assert ("a", "Dalton 76ers", "ORG") in found
    assert found.count(("b", "76ers", "ORG")) == 2 and ("a", "76ers", "ORG") in found
    for m in out:
        assert {d.id: d.text for d in docs}[m.span.doc][m.span.start:m.span.end] == m.span.text


def test_resolve_nicknames_guards_lower_case_words_single_uses_and_names_ending_in_s(nlp):
    # 'Greens' is written in lower case too (a common word); 'Owls' follows 'the' only once
    _docs, out = _run(nlp, {"a": "The Greens won in Dalton. The Greens said the greens were wet. The Owls lost.",
                            "b": "Voters backed the Greens again. Dalton voted early."})
    assert [m.span.text for m in out] == ["Dalton", "Dalton"]
