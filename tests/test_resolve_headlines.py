"""Role nouns in headlines and descriptions of people, on small invented stories."""

from crosswire.annotate import annotate
from crosswire.models import Document
from crosswire.resolve import resolve_entities


def _entities(nlp, *texts):
    docs = [Document(id=f"d{k}", source=f"d{k}", sha256=str(k), title="", text=t) for k, t in enumerate(texts)]
    ents = resolve_entities(docs, annotate(docs, nlp=nlp))
    for e in ents:
        for m in e.mentions:
            assert docs[int(m.doc[1:])].text[m.start:m.end] == m.text
    return docs, ents


def _person(ents, alias):
    [e] = [e for e in ents if alias in e.aliases]
    return e


def _headline_words(entity):
    return [m.text for m in entity.mentions if m.rule == "description-headline"]


def test_resolve_headlines_role_noun_takes_the_person_the_headline_names(nlp):
    # two people named once each in the body: only the headline says which one is the host
    _d, ents = _entities(nlp, "Why The Academy Picked Dana Whitfield As Host\n"
                              "Dana Whitfield will present the ceremony in March. Colin Hart called it a fine choice.")
    assert _headline_words(_person(ents, "Dana Whitfield")) == ["Host"]
    assert not _headline_words(_person(ents, "Colin Hart"))


def test_resolve_headlines_subject_and_object_of_one_verb_are_two_people(nlp):
    _d, ents = _entities(nlp, "Governor Nominates Helen Marsh For Court\n"
                              "Helen Marsh was nominated on Monday. Marsh is a judge in Kelton. Colin Hart praised the "
                              "choice.")
    assert "Governor" not in _headline_words(_person(ents, "Helen Marsh"))


def test_resolve_headlines_a_speaker_before_a_colon_is_not_the_subject(nlp):
    _d, ents = _entities(nlp, "Lawyer: Carla Dunn Checks Into Clinic\n"
                              "Carla Dunn checked into a clinic on Monday, her lawyer said. Dunn was driven there "
                              "by friends.")
    assert "Lawyer" not in _headline_words(_person(ents, "Carla Dunn"))


def test_resolve_headlines_a_speaker_before_a_colon_is_the_person_with_that_role(nlp):
    _d, ents = _entities(nlp, "Lawyer: Carla Dunn Checks Into Clinic\n"
                              "Carla Dunn checked into a clinic on Monday, lawyer Sam Price said. Dunn was driven "
                              "there by friends.")
    assert _headline_words(_person(ents, "Sam Price")) == ["Lawyer"]


def test_resolve_headlines_a_woman_the_story_says_is_one_first(nlp):
    _d, ents = _entities(nlp, "Woman Killed In Kelton Crash\n"
                              "Maria Lopes was struck by a car on Friday night. She died at the scene. Robin Tarrant "
                              "called the police from a shop nearby.")
    assert _headline_words(_person(ents, "Maria Lopes")) == ["Woman"]
    assert not _headline_words(_person(ents, "Robin Tarrant"))


def test_resolve_headlines_crime_and_work_nouns_are_people(nlp):
    _d, ents = _entities(nlp, "Fired Accountant Goes On Shooting Spree\n"
                              "Ned Harlow shot two former colleagues on Monday, police said. Harlow, 38, had been "
                              "fired in May. Harlow was arrested at his home.")
    assert _headline_words(_person(ents, "Ned Harlow")) == ["Accountant"]


def test_resolve_headlines_a_title_before_a_name_is_not_a_name(nlp):
    _d, ents = _entities(nlp, "Hawks Hire Dan Pruitt As Head Coach\n"
                              "The Hawks hired Dan Pruitt on Monday. The team fired Coach Leo Brant last week, and "
                              "Pruitt starts on Friday.")
    assert not any(e.name == "Coach" for e in ents)
    assert _headline_words(_person(ents, "Dan Pruitt")) == ["Coach"]


def test_resolve_headlines_a_mother_of_twelve_is_a_description(nlp):
    _d, ents = _entities(nlp, "Maria Lopes was shot on a street in Kelton on Friday. Lopes was walking her children "
                          "home. Police said a Kelton mother of 12 had died, and she was buried on Monday.")
    e = _person(ents, "Maria Lopes")
    assert any(m.kind == "description" and m.text.endswith("mother") for m in e.mentions)


def test_resolve_headlines_a_person_named_after_the_noun_is_who_it_acts_on(nlp):
    _d, ents = _entities(nlp, "Governor picks Helen Marsh for court\n"
                              "Helen Marsh was nominated on Monday. Marsh has served in Kelton for years, and Marsh "
                              "thanked her colleagues.")
    assert "Governor" not in _headline_words(_person(ents, "Helen Marsh"))


def test_resolve_leads_the_leads_subject_description_is_the_protagonist(nlp):
    _d, ents = _entities(nlp, "Gang Boss Found Dead\n"
                              "A suspected gang boss arrested on Tuesday has been found dead in his cell, police said.\n"
                              "Officers said Tom Rinaldi had found the body. Marco Bellini, 52, had been held in "
                              "Kelton prison since his arrest. Bellini was to appear in court on Friday, and lawyers "
                              "for Bellini said he was calm.")
    e = _person(ents, "Marco Bellini")
    assert ("A suspected gang boss", "description-lead") in {(m.text, m.rule) for m in e.mentions}


def test_resolve_leads_guard_a_protagonist_named_only_much_later_is_not_taken(nlp):
    _d, ents = _entities(nlp, "A suspected gang boss arrested on Tuesday has been found dead in his cell. The "
                              "prison is in Kelton. It holds 300 inmates. It was built in 1950. It was repaired "
                              "in 1990. Marco Bellini, 52, visits it often, and Bellini said so on Friday.")
    e = _person(ents, "Marco Bellini")
    assert not any(m.rule == "description-lead" for m in e.mentions)


def test_resolve_headlines_a_role_word_tagged_elsewhere_is_still_the_headlines_role(nlp):
    docs, ents = _entities(nlp, "Hawks Hire Dan Pruitt As Head Coach\n"
                                "The Hawks hired Dan Pruitt on Monday after they fired Coach Leo Brant. Pruitt served "
                                "as the federation National Coach from 1981-85, and earned Coach of the Year honors "
                                "in 1987.")
    at = docs[0].text.index("Coach")
    owners = [e for e in ents for m in e.mentions if m.start == at]
    assert [e.name for e in owners] and all("Dan Pruitt" in e.aliases for e in owners)
    assert not any(m.text == "Coach" and m.rule == "untagged-occurrence" for e in ents for m in e.mentions)
