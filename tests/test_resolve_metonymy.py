"""A place that stands for its team ('Dalton edged Marlow'), one mention at a time."""

from resolve_helpers import cluster_found


def test_resolve_metonymy_a_city_as_subject_or_opponent_is_its_team_and_a_place_after_in(nlp):
    texts = {"a": "The Dalton Herons beat the Marlow Owls on Friday. The Herons lead the league this season.",
             "b": "Dalton edged Marlow 3-1 on Friday. Fans in Dalton cheered the win.",
             "c": "It was a win over Dalton for the Owls last year. The mayor of Dalton spoke."}
    labels = {"Dalton Herons": "ORG", "Marlow Owls": "ORG", "Dalton": "GPE", "Marlow": "GPE"}
    mentions, cl, _by = cluster_found(nlp, texts, r"Dalton Herons|Marlow Owls|Dalton|Marlow",
                                      lambda text: labels[text], with_tokens=True)

    def root(doc, text, nth=0):
        hits = [i for i, m in enumerate(mentions) if m.span.doc == doc and m.span.text == text]
        return cl.find(hits[nth])

    team = root("a", "Dalton Herons")
    assert root("b", "Dalton", 0) == team  # 'Dalton edged Marlow'
    assert root("c", "Dalton", 0) == team  # 'a win over Dalton'
    assert root("b", "Dalton", 1) != team  # 'Fans in Dalton'
    assert root("c", "Dalton", 1) != team  # 'The mayor of Dalton'
    assert any(merge.rule == "team-name" for _r, merge in cl.merges)


def test_resolve_metonymy_needs_sports_copy(nlp):
    # a story that reports no games: 'Dalton' as a subject is the city, whatever 'Dalton Herons' names
    texts = {"a": "The Dalton Herons, a choir, sang on Friday. The Herons sang again.",
             "b": "Dalton raised taxes on Friday. Residents in Dalton complained."}
    labels = {"Dalton Herons": "ORG", "Dalton": "GPE"}
    mentions, cl, _by = cluster_found(nlp, texts, r"Dalton Herons|Dalton", lambda text: labels[text],
                                      with_tokens=True)
    team = next(i for i, m in enumerate(mentions) if m.span.text == "Dalton Herons")
    assert all(cl.find(i) != cl.find(team) for i, m in enumerate(mentions) if m.span.text == "Dalton")
