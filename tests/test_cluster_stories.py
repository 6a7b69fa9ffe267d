"""Story clustering: same event vs similar event, time, copies, and order independence."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings, strategies as st

from crosswire.cluster import ClusterSettings, Clusterer, cluster_features, document_features, document_frequencies
from crosswire.cluster.copies import CopyFinder, signature_bytes, text_sha
from crosswire.cluster.features import lead_weekday, url_date
from crosswire.models import DateValue, Document, stable_id
from stream_helpers import EVENTS, record


def _doc(event: str, k: int, published: str | None = None, **changes) -> Document:
    rec = record(event, k)
    doc = Document(id=stable_id("doc", event, k, published), source=f"{event}-{k}", sha256="0" * 64,
                   title=rec["title"], text=rec["text"], outlet=rec["outlet"],
                   published=DateValue(published or rec["published"], "day", "metadata"))
    return dataclasses.replace(doc, **changes)


DOCS = [_doc(e, k) for e in EVENTS for k in range(3)]
FEATURES = [document_features(d) for d in DOCS]


def _partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for doc, story in assignment.items():
        groups.setdefault(story, set()).add(doc)
    return {frozenset(g) for g in groups.values()}


def test_cluster_one_story_per_event():
    truth = {frozenset(d.id for d in DOCS if d.source.startswith(e)) for e in EVENTS}
    assert _partition(cluster_features(FEATURES)) == truth


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(FEATURES))
def test_cluster_same_stories_and_ids_in_any_order(order):
    assert cluster_features(order) == cluster_features(FEATURES)


def test_cluster_similar_event_a_year_later_is_another_story():
    later = [_doc("flood", k, "2025-04-20") for k in range(3)]
    assignment = cluster_features(FEATURES + [document_features(d) for d in later])
    assert {assignment[d.id] for d in later}.isdisjoint({assignment[d.id] for d in DOCS})
    assert len({assignment[d.id] for d in later}) == 1


def test_cluster_follow_up_days_later_joins_the_story():
    follow = _doc("fire", 4, "2024-03-08")
    assignment = cluster_features(FEATURES + [document_features(follow)])
    assert assignment[follow.id] == assignment[DOCS[3].id]


def test_cluster_follow_up_weeks_later_joins_only_when_close_enough():
    follow = _doc("fire", 4, "2024-04-02")                      # four weeks on, the same names and words
    assignment = cluster_features(FEATURES + [document_features(follow)])
    assert assignment[follow.id] == assignment[DOCS[3].id]
    strict = ClusterSettings(far_threshold=1.0)                  # beyond window_days only a near copy joins
    assignment = cluster_features(FEATURES + [document_features(follow)], strict)
    assert assignment[follow.id] != assignment[DOCS[3].id]


def test_cluster_undated_leads_naming_other_weekdays_count_less():
    tuesday = dataclasses.replace(DOCS[0], published=None)
    friday = dataclasses.replace(tuesday, id=stable_id("doc", "flood-friday"), source="flood-friday",
                                 text=tuesday.text.replace("on Tuesday", "on Friday"))
    wednesday = dataclasses.replace(friday, id=stable_id("doc", "flood-wednesday"),
                                    text=tuesday.text.replace("on Tuesday", "on Wednesday"))
    features = [document_features(d) for d in (tuesday, friday, wednesday)]
    assert [f.weekday for f in features] == [1, 4, 2]
    clusterer = Clusterer(document_frequencies(features), len(features))
    a, b, c = features
    cosine = Clusterer(document_frequencies(features), len(features),
                       ClusterSettings(weekday_factor=1.0)).similarity(a, b)
    assert clusterer.similarity(a, b) == round(cosine * ClusterSettings().weekday_factor, 9)
    assert clusterer.similarity(a, c) > clusterer.similarity(a, b)          # the next day may report it
    dated = [dataclasses.replace(f, published="2024-03-05") for f in (a, b)]
    assert clusterer.similarity(*dated) == cosine                           # dates, when known, decide


def test_cluster_lead_weekday_skips_a_dated_header():
    assert lead_weekday("Quake hits island", "Friday, November 11, 2011\n\nA quake struck on Sunday.") == 6
    assert lead_weekday("Council votes on Thursday", "The council met.") == 3
    assert lead_weekday("No day", "Nothing here names a day of the week.") is None


def test_cluster_story_grows_across_batches():
    first, second = FEATURES[:2] + FEATURES[3:5], [FEATURES[2], FEATURES[5]]
    everything = FEATURES[:6]
    clusterer = Clusterer(document_frequencies(everything), len(everything))
    placed = clusterer.place(first)
    later = clusterer.place(second)
    assert all(not new for _story, new in later.values())
    assert later[FEATURES[2].doc][0] == placed[FEATURES[0].doc][0]
    assert clusterer.stories[later[FEATURES[2].doc][0]].documents == 3
    batch = cluster_features(everything)
    assert {d: s for d, (s, _n) in {**placed, **later}.items()} == batch


def test_cluster_later_batch_unlike_every_stored_story_starts_its_own():
    flood, fire = [f for f in FEATURES if f.doc in {d.id for d in DOCS[:3]}], FEATURES[3:6]
    no_keys = ClusterSettings(keys_per_document=0)      # no stored story shares a key: nothing to compare
    clusterer = Clusterer(document_frequencies(flood + fire), len(flood + fire), no_keys)
    stored = clusterer.place(flood)
    later = clusterer.place(fire)
    assert all(new for _story, new in later.values())
    assert {s for s, _n in later.values()}.isdisjoint({s for s, _n in stored.values()})


def test_cluster_threshold_decides():
    apart = cluster_features(FEATURES, ClusterSettings(threshold=0.99))
    assert len(set(apart.values())) == len(FEATURES)


def test_cluster_copies_exact_and_near():
    doc = DOCS[0]
    finder = CopyFinder([(doc.id, text_sha(doc.text), signature_bytes(doc.text))])
    exact = finder.find(text_sha("  " + doc.text.replace("\n\n", "\n")), signature_bytes(doc.text))
    near = finder.find(text_sha(doc.text + " Updated."), signature_bytes(doc.text + " Updated."))
    other = finder.find(text_sha(DOCS[4].text), signature_bytes(DOCS[4].text))
    assert exact.kind == "exact" and exact.original == doc.id
    assert near.kind == "near" and near.similarity >= 0.8 and other is None


def test_cluster_url_dates():
    assert url_date("https://x.example/2021/10/18/politics/a.html") == "2021-10-18"
    assert url_date("https://x.example/2013/may/03/local/a") == "2013-05-03"
    assert url_date("https://x.example/news/20211018-a") == "2021-10-18"
    assert url_date("https://x.example/2021/13/45/a") is None and url_date(None) is None


def test_cluster_counts_written_as_words_are_numbers():
    words = dataclasses.replace(DOCS[0], text="Three drones struck the residence and seven guards were hurt.")
    digits = dataclasses.replace(DOCS[0], text="3 drones struck the residence and 7 guards were hurt.")
    a, b = document_features(words).terms, document_features(digits).terms
    assert "n:3" in a and "n:7" in a and a.keys() == b.keys()
    assert "n:1" not in document_features(dataclasses.replace(DOCS[0], text="One of the guards was hurt.")).terms


def test_cluster_a_date_read_from_a_lone_articles_words_is_not_its_date():
    guessed = DateValue("2010-11-02", "day", "content", "November 2")
    lone = dataclasses.replace(DOCS[0], published=guessed, url=None)
    assert document_features(lone).published is None
    republished = dataclasses.replace(lone, page_date=DateValue("2011-03-01", "day", "page-header"))
    assert document_features(republished).published == "2010-11-02"
    assert document_features(dataclasses.replace(lone, published=DateValue("2010-11-02", "day", "url"))
                             ).published == "2010-11-02"
