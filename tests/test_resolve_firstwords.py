"""Names the tagger gets short or mistyped: an organisation's first word tagged a person, a surname after a
suffix, a name cut short of the longer name the text writes."""

from crosswire.annotate import annotate
from crosswire.models import Document
from crosswire.resolve import resolve_entities


def _entities(nlp, *texts):
    docs = [Document(id=f"d{k}", source=f"d{k}", sha256=str(k), title="", text=t) for k, t in enumerate(texts)]
    return resolve_entities(docs, annotate(docs, nlp=nlp))


def _owner(ents, alias):
    return {e.id for e in ents if alias in e.aliases}


def test_resolve_firstwords_a_person_typed_first_word_joins_its_organisation(nlp):
    ents = _entities(nlp, "Kara Simmons entered the Hollister Treatment Center in Malibu on Monday, officials said. "
                          "Simmons thanked Hollister on Tuesday.")
    assert _owner(ents, "Hollister") == _owner(ents, "Hollister Treatment Center") != set()
    [e] = [e for e in ents if "Hollister" in e.aliases]
    assert any(m.rule == "short-form" for m in e.merges)


def test_resolve_firstwords_guard_a_word_of_a_persons_full_name_stays_the_person(nlp):
    ents = _entities(nlp, "Harrison Ford visited the Ford Foundation in New York on Monday. Ford said the visit "
                          "was short.")
    assert _owner(ents, "Harrison Ford") and _owner(ents, "Ford Foundation")
    assert _owner(ents, "Ford Foundation") != _owner(ents, "Harrison Ford")


def test_resolve_surname_of_a_name_with_a_generational_suffix_in_its_own_document(nlp):
    # 'III' reads 'i' in a matching key: the surname is still 'Kellet', not the suffix
    docs = _entities(nlp, "Anthony Kellet III was arrested on Monday at his home in Troy. Police said Kellet, 38, "
                          "had been fired in May.",
                     "Michele Kellet said on Tuesday that her son was calm. Michele Kellet lives in Troy.")
    [anthony] = [e for e in docs if "Anthony Kellet III" in e.aliases]
    assert any(m.text == "Kellet" and m.doc == "d0" for m in anthony.mentions)


def test_resolve_spans_a_name_cut_short_takes_the_longer_name_the_text_writes():
    from crosswire.models import Span
    from crosswire.resolve.mentions import Mention
    from crosswire.resolve.spans import extend_to_known

    text = "The Kelton Courier said on Monday that Kelton Courier staff had left Kelton."
    doc = Document(id="d0", source="d0", sha256="0", title="", text=text)

    def mention(start, surface, label):
        assert text[start:start + len(surface)] == surface
        return Mention(Span("d0", start, start + len(surface), surface), label, 0)

    cut = mention(4, "Kelton", "GPE")  # the tagger's 'Kelton' inside 'The Kelton Courier'
    whole = mention(text.index("Kelton Courier staff"), "Kelton Courier", "ORG")
    town = mention(text.rindex("Kelton"), "Kelton", "GPE")
    out = extend_to_known([cut, whole, town], [doc])
    assert [(m.span.text, m.label) for m in out] == [("Kelton Courier", "ORG"), ("Kelton Courier", "ORG"),
                                                     ("Kelton", "GPE")]
    assert all(text[m.span.start:m.span.end] == m.span.text for m in out)
