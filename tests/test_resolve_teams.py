"""A team named by its place and by its nickname: one entity where a text writes the two together."""

from crosswire.annotate import annotate
from crosswire.models import Document
from crosswire.resolve import resolve_entities


def _entities(nlp, *texts):
    docs = [Document(id=f"d{k}", source=f"d{k}", sha256=str(k), title="", text=t) for k, t in enumerate(texts)]
    return resolve_entities(docs, annotate(docs, nlp=nlp))


def _owner(ents, alias):
    return {e.id for e in ents if alias in e.aliases}


GAME = ("Top-ranked Vermont beat Danbury 80-70 on Saturday night. Vermont led by 12 points at halftime and "
        "never trailed after that.")


def test_resolve_teams_a_place_written_before_a_nickname_names_the_team(nlp):
    ents = _entities(nlp, GAME,
                     "The third-ranked Vermont Marlins won again on Saturday. The Marlins (12-0) beat Danbury "
                     "80-70, and coach Tom Reyes praised his players.")
    assert _owner(ents, "Vermont") and _owner(ents, "Marlins")
    assert _owner(ents, "Vermont") == _owner(ents, "Marlins")
    [team] = [e for e in ents if "Marlins" in e.aliases]
    assert any(m.rule == "team-name" for m in team.merges)


def test_resolve_teams_guard_a_place_the_story_uses_as_a_place_stays_apart(nlp):
    ents = _entities(nlp, "Fans gathered in Vermont on Saturday night for the parade. Vermont police closed "
                          "two streets.",
                     "The third-ranked Vermont Marlins won again on Saturday. The Marlins (12-0) beat Danbury "
                     "80-70, and coach Tom Reyes praised his players.")
    assert _owner(ents, "Vermont") and _owner(ents, "Marlins")
    assert _owner(ents, "Vermont") != _owner(ents, "Marlins")

