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
