"""Who said what: quote forms, speakers through pronouns and roles, groups, attribution and certainty."""

import json
import pathlib

from hypothesis import given, settings, strategies as st

from crosswire.annotate import annotate
from crosswire.attribute import extract_quotes, extract_statements, quote_spans
from crosswire.models import Document
from crosswire.resolve import resolve_entities

GOLD = json.loads((pathlib.Path(__file__).parent / "gold" / "kadhimi" / "quotes.json").read_text())


def _run(nlp, text):
    doc = Document(id="d", source="d", sha256="0", title="", text=text)
    ann = annotate([doc], nlp=nlp)[0]
    ents = resolve_entities([doc], [ann])
    names = {e.id: e.name for e in ents}
    quotes = extract_quotes(doc, ann, ents)
    return doc, ann, ents, names, quotes


def test_attribute_split_quote_keeps_one_speaker_and_channel(nlp):
    text = ("Mayor Ana Cruz spoke on Monday.\n\n“We will rebuild every home,” Cruz wrote on Twitter. "
            "“Nobody will be left behind.”")
    _d, _a, _e, names, quotes = _run(nlp, text)
    assert [q.text for q in quotes] == ["We will rebuild every home", "Nobody will be left behind."]
    assert all(names.get(q.speaker) == "Ana Cruz" and q.channel == "twitter" for q in quotes)


def test_attribute_pronoun_and_role_speakers_are_resolved(nlp):
    text = ("President Maria Lopez visited the flooded town on Sunday.\n\n"
            "“This is a tragedy for all of us here,” she said.\n\n"
            "“We will send the army to help,” the president told reporters at a press conference.")
    _d, _a, _e, names, quotes = _run(nlp, text)
    assert [names.get(q.speaker) for q in quotes] == ["Maria Lopez", "Maria Lopez"]
    assert quotes[0].speaker_text == "she" and quotes[1].channel == "press conference"


def test_attribute_cue_in_next_paragraph_does_not_take_the_quote(nlp):
    text = ("“We are relieved the governor is safe,” Omar Haddad said. “The attack was a crime against "
            "the whole state and its people.”\n\nThe Daily Ledger reported:\n\nThe storm hit the coast at night.")
    _d, _a, _e, _n, quotes = _run(nlp, text)
    assert len(quotes) == 2 and all(q.speaker_text == "Omar Haddad" for q in quotes)


def test_attribute_scare_quotes_are_not_quotes(nlp):
    _d, _a, _e, _n, quotes = _run(nlp, "The minister called the protest a “foreign plot” on Monday in the capital.")
    assert quotes == []


def test_attribute_quotes_of_tokenised_copy_are_quotes(nlp):
    text = ("`` We all know this is a cult and we have to do something , '' Debbie Palmer said in an interview "
            "Wednesday .\n\nPolice said the two men were arrested without incident .")
    _d, _a, _e, names, quotes = _run(nlp, text)
    assert [q.text for q in quotes] == ["We all know this is a cult and we have to do something"]
    assert quotes[0].speaker_text == "Debbie Palmer" and names.get(quotes[0].speaker) == "Debbie Palmer"


def test_attribute_unclosed_quote_stops_at_its_paragraph():
    text = "He said: “this never closes and goes on\n\nThe next paragraph is the reporter's own."
    paragraphs = [(0, 39), (41, len(text))]
    assert quote_spans(text, paragraphs) == [(10, 39, False)]


@given(st.text(alphabet=st.sampled_from(list("ab “”\"\n.,`'")), max_size=200))
@settings(max_examples=300, deadline=None)
def test_attribute_quote_spans_are_inside_one_paragraph(text):
    from crosswire.annotate import paragraph_spans

    paragraphs = paragraph_spans(text)
    for start, end, _closed in quote_spans(text, paragraphs):
        assert any(ps <= start <= end <= pe for ps, pe in paragraphs)
        assert text[start:end].strip() == text[start:end]


WORDS = st.sampled_from(["he", "said", "Smith", "told", "“", "”", "\"", "``", "''", "\n\n", ".", ",", "the", "may",
                         "according to", "reportedly", "denied", "Reuters", ":"])


@given(st.lists(WORDS, max_size=40).map(" ".join))
@settings(max_examples=40, deadline=None)
def test_attribute_extractors_never_raise_and_keep_evidence_exact(nlp, text):
    doc, ann, ents, _n, quotes = _run(nlp, text)
    for q in quotes:
        assert doc.text[q.start:q.end] == q.text
        assert any(ps <= q.start <= q.end <= pe for ps, pe in ann.paragraphs)
        for span in (q.speaker_span, q.cue_span):
            assert span is None or doc.text[span.start:span.end] == span.text
    for s in extract_statements(doc, ann, ents, quotes):
        assert doc.text[s.start:s.end] == s.text


def test_attribute_statements_carry_chains_and_hedges(nlp):
    text = ("Iran likely did not approve the strike, current and former officials told NBC News. "
            "The group denied any role in the attack. "
            "The minister reportedly survived. "
            "Police said two people were hurt.")
    doc, ann, ents, _n, quotes = _run(nlp, text)
    st_ = extract_statements(doc, ann, ents, quotes)
    kinds = [(s.attribution.kind, s.attribution.via, s.certainty) for s in st_]
    assert kinds[0] == ("anonymous", ("NBC News",), "likely")  # negation is not denial
    assert kinds[1][2] == "denied"
    assert kinds[2][2] == "reported"
    assert kinds[3][0] == "anonymous" and kinds[3][2] == "asserted"
    for s in st_:
        assert doc.text[s.start:s.end] == s.text
        if s.hedge:
            assert doc.text[s.hedge.start:s.hedge.end] == s.hedge.text


def test_attribute_example_corpus_matches_gold(kadhimi_story):
    entities = {e.id: e for e in kadhimi_story.entities}
    quotes = kadhimi_story.quotes
    found = speaker_ok = 0
    groups: dict[str, set] = {}
    for g in GOLD["quotes"]:
        q = next((q for q in quotes if q.text.startswith(g["starts"])), None)
        if q is None:
            continue
        found += 1
        who = " ".join(entities[q.speaker].aliases) if q.speaker else (q.speaker_text or "")
        speaker_ok += g["speaker"] in who or g["speaker"] in (q.speaker_text or "")
        if g.get("channel"):
            assert q.channel == g["channel"], (g["starts"], q.channel)
        if g["group"]:
            groups.setdefault(g["group"], set()).add(q.group)
        else:
            assert q.group is None, g["starts"]
    assert found == len(GOLD["quotes"])
    assert speaker_ok == len(GOLD["quotes"])
    assert all(len(ids) == 1 and None not in ids for ids in groups.values()), groups
    assert len({next(iter(ids)) for ids in groups.values()}) == len(groups)
    assert not any(q.text in GOLD["not_quotes"] for q in quotes)
