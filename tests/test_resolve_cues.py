"""Types from the name itself: a name that ends with the noun of a public body names that body."""

from crosswire.annotate import annotate
from crosswire.models import Document


def test_resolve_cues_a_name_ending_with_a_body_noun_is_no_persons_full_name(nlp):
    # the small model calls 'Marlow Police' and the place 'Marlow' people now and then; the given-name rule
    # must not read the force as a person whose given name is the town
    from crosswire.models import Span
    from crosswire.resolve.cluster import cluster_mentions
    from crosswire.resolve.mentions import Mention

    text = ("Marlow Police said a man was arrested on Monday. Officers searched a house in Marlow. "
            "Marlow Police appealed for witnesses.")
    doc = Document(id="d0", source="d0", sha256="0", title="", text=text)
    ann = annotate([doc], nlp=nlp)[0]

    def mention(start, surface):
        assert text[start:start + len(surface)] == surface
        return Mention(Span("d0", start, start + len(surface), surface), "PERSON", 0)

    mentions = [mention(0, "Marlow Police"), mention(text.index("in Marlow") + 3, "Marlow"),
                mention(text.rindex("Marlow Police"), "Marlow Police")]
    cl, _stated = cluster_mentions(mentions, [doc], [ann])
    assert cl.find(0) == cl.find(2)
    assert cl.find(1) != cl.find(0)


def test_resolve_cues_a_subjunctive_after_a_demand_is_no_plural_agreement(nlp):
    # 'demanded that X leave': the bare verb of a subjunctive looks plural, but says nothing of X's type
    from crosswire.resolve.cues import cue_votes

    def votes(text, name):
        doc = Document(id="d0", source="d0", sha256="0", title="", text=text)
        ann = annotate([doc], nlp=nlp)[0]
        start = text.index(name)
        last = max(t.i for t in ann.tokens if t.start < start + len(name))
        return cue_votes(text, start, start + len(name), ann.tokens, last)

    for sentence in ("Prosecutors asked that Jon Reyes remain in jail.",
                     "Officials demanded that Kataib Hezbollah leave the city."):
        name = "Jon Reyes" if "Reyes" in sentence else "Kataib Hezbollah"
        assert votes(sentence, name)["ORG"] == 0, sentence
    assert votes("Kataib Hezbollah have denied the attack on Monday.", "Kataib Hezbollah")["ORG"] >= 10


def test_resolve_persons_a_full_name_typed_a_group_whose_surname_is_a_person_votes_person(nlp):
    # the tagger calls 'Lorna Vale' an organisation every time, and 'Vale' alone a person
    from crosswire.models import Span
    from crosswire.resolve.cluster import cluster_mentions
    from crosswire.resolve.mentions import Mention

    text = ("Lorna Vale was born in 1923. Vale posed for magazines for a decade. Fans wrote to Lorna Vale for "
            "years. Vale died on Thursday.")
    doc = Document(id="d0", source="d0", sha256="0", title="", text=text)
    ann = annotate([doc], nlp=nlp)[0]
    mentions = []
    for found in __import__("re").finditer(r"Lorna Vale|Vale", text):
        label = "ORG" if " " in found.group(0) else "PERSON"
        mentions.append(Mention(Span("d0", found.start(), found.end(), found.group(0)), label, 0))
    assert [m.span.text for m in mentions] == ["Lorna Vale", "Vale", "Lorna Vale", "Vale"]
    cl, _stated = cluster_mentions(mentions, [doc], [ann])
    assert len({cl.find(i) for i in range(4)}) == 1
    assert cl.votes[cl.find(0)]["PERSON"] > cl.votes[cl.find(0)]["ORG"]


def test_resolve_persons_guard_a_surname_of_another_persons_full_name_adds_no_vote():
    from collections import Counter

    from crosswire.models import Span
    from crosswire.resolve.mentions import Mention
    from crosswire.resolve.persons import person_shaped_votes

    def m(text, label):
        return Mention(Span("d0", 0, len(text), text), label, 0)

    mentions = [m("Mo Vale", "GPE"), m("Mark Vale", "PERSON"), m("Vale", "PERSON"), m("Vale", "PERSON"),
                m("Lorna Vale", "ORG")]
    votes = [Counter({x.label: 1}) for x in mentions]
    person_shaped_votes(mentions, votes)
    assert votes[0] == Counter({"GPE": 1})  # another given name: left as it was
    assert votes[4]["PERSON"] == 0  # 'Lorna' is no form of 'Mark' either
    mentions[1] = m("Lorna Vale", "PERSON")
    votes = [Counter({x.label: 1}) for x in mentions]
    person_shaped_votes(mentions, votes)
    assert votes[4]["PERSON"] >= 10


def test_resolve_cues_an_age_in_apposition_decides_person_over_every_tag(nlp):
    # 'Dorin Vasquez, 41,' is a person even where the tagger calls every mention of the name an organisation
    from crosswire.models import Span
    from crosswire.resolve.cluster import cluster_mentions
    from crosswire.resolve.cues import DECISIVE_WEIGHT, cue_votes
    from crosswire.resolve.mentions import Mention

    for text in ("Dorin Vasquez, 41, was charged.", "Dorin Vasquez , 41 , was charged."):
        assert cue_votes(text, 0, len("Dorin Vasquez"))["PERSON"] >= DECISIVE_WEIGHT, text
    # a list of numbers or a number with a thousands separator is no age
    for text, name in (("It runs on Orvex 6, 7, 8 and 10.", "Orvex 6"), ("In Talvera, 10,000 marched.", "Talvera"),
                       ("In Talvera , 10 , 000 marched .", "Talvera"), ("Dorin Vasquez, 141, was charged.",
                                                                        "Dorin Vasquez")):
        start = text.index(name)
        assert cue_votes(text, start, start + len(name))["PERSON"] == 0, text

    text = ("Dorin Vasquez said the plan was sound. Critics of Dorin Vasquez disagreed. Dorin Vasquez, 41, "
            "spoke again on Friday. Dorin Vasquez left.")
    doc = Document(id="d0", source="d0", sha256="0", title="", text=text)
    ann = annotate([doc], nlp=nlp)[0]
    mentions = [Mention(Span("d0", f.start(), f.end(), f.group(0)), "ORG", 0)
                for f in __import__("re").finditer("Dorin Vasquez", text)]
    cl, _stated = cluster_mentions(mentions, [doc], [ann])
    assert len({cl.find(i) for i in range(len(mentions))}) == 1
    votes = cl.votes[cl.find(0)]
    assert max(votes, key=votes.get) == "PERSON"


def test_resolve_persons_a_surname_tagged_a_people_joins_the_storys_full_name(nlp):
    # the small model calls an unfamiliar surname a nationality ('NORP'); where a document never names the
    # person in full, the story's full name still takes the surname; a real demonym never does
    import re

    from crosswire.models import Span
    from crosswire.resolve.cluster import cluster_mentions
    from crosswire.resolve.mentions import Mention
    from crosswire.resolve.persons import doubtful_norp

    texts = {"a": "Dario Brankovo won the title on Saturday. Dario Brankovo thanked the crowd.",
             "b": "Brankovo defended his belt again. The crowd cheered as Brankovo raised his arms. A Greek watched."}
    docs = [Document(id=k, source=k, sha256=k, title="", text=v) for k, v in texts.items()]
    anns = annotate(docs, nlp=nlp)
    mentions = []
    for doc, ann in zip(docs, anns):
        for found in re.finditer(r"Dario Brankovo|Brankovo|Greek", doc.text):
            if found.group(0) == "Brankovo" and doc.id == "a":
                continue
            token = next(t.i for t in ann.tokens if t.start == found.start())
            label = "PERSON" if doc.id == "a" else "NORP"
            mentions.append(Mention(Span(doc.id, found.start(), found.end(), found.group(0)), label, 0, token))
    cl, _stated = cluster_mentions(mentions, docs, anns)
    names = [m.span.text for m in mentions]
    full, bare, greek = names.index("Dario Brankovo"), names.index("Brankovo"), names.index("Greek")
    assert cl.find(bare) == cl.find(full)
    assert cl.find(greek) != cl.find(full)
    b = anns[1]
    first = next(t for t in b.tokens if t.text == "Brankovo")
    assert doubtful_norp("Brankovo", "NORP", first)
    assert not doubtful_norp("Brankovo", "PERSON", first)
    for word in ("Ukrainian", "Chinese", "Shiite", "Greek", "Muslim"):
        assert not doubtful_norp(word, "NORP", first), word
