"""Story gold scoring: the matching rules on hand-made stories, and the floors on the development gold."""

from __future__ import annotations

from floors import assert_floor, check_data

from crosswire.evaluation.stories import (conflict_matches, date_matches, fact_found, format_report, locate,
                                          raw_input, score_story, totals)
from crosswire.models import (Attribution, Claim, Conflict, ConflictSide, DateValue, Document, Span, Statement,
                              Story)

TEXT_A = "Seven guards were hurt in the attack on Sunday. The police blamed a local group."
TEXT_B = "Six guards were hurt , officials said . A local group was blamed by police ."


def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, source=doc_id, sha256=doc_id, title=doc_id, text=text)


def _st(doc: Document, phrase: str) -> Statement:
    start = doc.text.index(phrase)
    return Statement(id=f"{doc.id}-{start}", doc=doc.id, start=start, end=start + len(phrase), text=phrase,
                     sentence=0, attribution=Attribution("self"))


def _claim(cid: str, *statements: Statement) -> Claim:
    return Claim(id=cid, text=statements[0].text, statements=statements, docs=tuple(s.doc for s in statements),
                 independent_sources=len(statements), status="corroborated")


A, B = _doc("a", TEXT_A), _doc("b", TEXT_B)
GOLD = {"subtopic": "t", "event_date": {"value": "2021-11", "where": []},
        "facts": [{"about": "guards hurt", "where": [["a", "guards were hurt"], ["b", "guards were hurt"]]},
                  {"about": "group blamed", "where": [["a", "blamed a local group"], ["b", "local group was blamed"]]}],
        "conflicts": [{"kind": "quantity", "about": "guards hurt", "update": False,
                       "sides": [{"value": "7", "where": [["a", "Seven guards"]]},
                                 {"value": "6", "where": [["b", "Six guards"]]}]}],
        "copies": []}


def test_locate_finds_every_occurrence_and_skips_missing_phrases():
    places = locate({"a": "x y x", "b": "z"}, [["a", "x"], ["b", "q"], ["c", "x"]])
    assert places == {"a": [(0, 1), (4, 5)]}


def test_fact_needs_one_claim_with_two_documents_on_the_phrase():
    sa, sb = _st(A, "Seven guards were hurt in the attack on Sunday."), _st(B, "Six guards were hurt , officials said .")
    places = locate({"a": TEXT_A, "b": TEXT_B}, GOLD["facts"][0]["where"])
    assert fact_found([_claim("c", sa, sb)], places)
    assert not fact_found([_claim("c1", sa), _claim("c2", sb)], places)
    other = _st(B, "A local group was blamed by police .")
    assert not fact_found([_claim("c", sa, other)], places)


def _conflict(kind: str, left: Statement, right: Statement) -> Conflict:
    return Conflict(id="x", kind=kind, topic="guards", sides=(ConflictSide("7", (left.span,)),
                                                              ConflictSide("6", (right.span,))))


def test_conflict_needs_same_kind_and_two_different_gold_sides():
    sa, sb = _st(A, "Seven guards were hurt in the attack on Sunday."), _st(B, "Six guards were hurt , officials said .")
    sides = [locate({"a": TEXT_A, "b": TEXT_B}, s["where"]) for s in GOLD["conflicts"][0]["sides"]]
    assert conflict_matches(_conflict("quantity", sa, sb), "quantity", sides)
    assert not conflict_matches(_conflict("state", sa, sb), "quantity", sides)
    same_side = _st(A, "The police blamed a local group.")
    assert not conflict_matches(_conflict("quantity", sa, same_side), "quantity", sides)


def test_date_matches_at_gold_precision():
    assert date_matches("2008-12-13", "2008-12") and date_matches("2008-12-13", "2008-12-13")
    assert not date_matches("2008-12", "2008-12-13") and not date_matches("2008-11-30", "2008-12")
    assert not date_matches(None, "2008")


def test_score_story_counts_and_names_misses():
    sa, sb = _st(A, "Seven guards were hurt in the attack on Sunday."), _st(B, "Six guards were hurt , officials said .")
    story = Story(id="s", title="t", documents=(A, B), claims=(_claim("c", sa, sb),),
                  conflicts=(_conflict("quantity", sa, sb), _conflict("time", sa, sb)),
                  event_date=DateValue("2021-11-07", "day", "content"))
    row = score_story(GOLD, story, rejected=["z"])
    assert (row["facts_found"], row["gold_conflicts_found"], row["predicted_conflicts_matching"]) == (1, 1, 1)
    assert row["event_date_correct"] is True
    assert any(n.startswith("fact missed: group blamed") for n in row["notes"])
    assert any(n.startswith("false alarm [time]") for n in row["notes"])
    assert "document rejected by cleaning: z" in row["notes"]
    t = totals([row])
    assert (t["fact_recall"], t["conflict_precision"], t["conflict_recall"], t["event_date_accuracy"]) == \
        (0.5, 0.5, 1.0, 1.0)
    report = format_report({"gold": "g", "per_subtopic": [row], "total": t})
    assert "fact recall 0.500" in report and "false alarm" in report


def test_side_precision_counts_the_sides_of_matching_conflicts_on_no_gold_side():
    sa, sb = _st(A, "Seven guards were hurt in the attack on Sunday."), _st(B, "Six guards were hurt , officials said .")
    junk = _st(B, "A local group was blamed by police .")
    three = Conflict(id="x", kind="quantity", topic="guards", sides=(
        ConflictSide("7", (sa.span,)), ConflictSide("6", (sb.span,)), ConflictSide("2", (junk.span,))))
    story = Story(id="s", title="t", documents=(A, B), conflicts=(three, _conflict("time", sa, sb)))
    row = score_story(GOLD, story)
    assert (row["predicted_conflicts_matching"], row["matched_sides"], row["matched_sides_on_gold"]) == (1, 3, 2)
    assert any(n.startswith("extra sides [quantity] guards: 1 of 3") for n in row["notes"])
    t = totals([row])
    assert (t["side_precision"], t["sides_per_conflict"]) == (0.667, 2.5)
    assert "side precision 0.667 (2/3" in format_report({"gold": "g", "per_subtopic": [row], "total": t})


def test_the_report_shows_the_words_the_event_date_was_read_from():
    at = A.text.index("Sunday")
    shown = Span(A.id, at, at + len("Sunday"), "Sunday")
    story = Story(id="s", title="t", documents=(A,), event_date=DateValue("2021-10-31", "day", "document-vote",
                                                                           "Sunday", shown))
    row = score_story(GOLD, story)
    assert row["event_date_correct"] is False and row["event_date_evidence"] == f'"Sunday" in {A.id}'
    assert any(n == f'event date 2021-10-31 (document-vote: "Sunday" in {A.id}), gold 2021-11' for n in row["notes"])
    report = format_report({"gold": "g", "per_subtopic": [row], "total": totals([row])})
    assert f'2021-10-31 (gold 2021-11) WRONG  from "Sunday" in {A.id}' in report


def test_raw_input_moves_the_address_line_to_url_and_keeps_the_date():
    rec = {"doc_id": "1_1ecbplus", "text": "http : //example.org/a\nBody line one .", "url": "http : //example.org/a",
           "published": "2012-07-07"}
    raw = raw_input(rec)
    assert raw.data.decode() == "Body line one ." and raw.fields == {"url": "http://example.org/a",
                                                                      "published": "2012-07-07"}
    assert "published" not in raw_input({**rec, "published": None}).fields


def test_evaluation_stories_floor(shared_dir):
    from crosswire.evaluation.stories import story_metrics

    check_data("stories", shared_dir)
    t = story_metrics(shared_dir, "dev", workers=2)["total"]
    assert t["subtopics"] == 24
    assert_floor("stories", "dev_fact_recall", t["fact_recall"])
    assert_floor("stories", "dev_conflict_precision", t["conflict_precision"])
    assert_floor("stories", "dev_conflict_recall", t["conflict_recall"])
    assert_floor("stories", "dev_event_date_accuracy", t["event_date_accuracy"])
    assert_floor("stories", "dev_side_precision", t["side_precision"])
    assert_floor("stories", "dev_copy_recall", t["copy_recall"])
    assert_floor("stories", "dev_copy_f1", t["copy_f1"])


def test_copy_groups_close_over_copies_of_copies():
    from crosswire.evaluation.stories import copy_pairs

    pairs = copy_pairs([("b", "a"), ("c", "b"), ("x", "e")], ["a", "b", "c", "d", "e"])
    assert pairs == {("a", "b"), ("a", "c"), ("b", "c")}  # "x" is no document of the story
