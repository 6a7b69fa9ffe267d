"""Story clustering: same event vs similar event, time, copies, and order independence."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings, strategies as st

from crosswire.cluster import (ClusterSettings, Clusterer, canonical_order, cluster_features, document_features,
                               document_frequencies)
from crosswire.cluster.copies import CopyFinder, signature_bytes, text_sha
from crosswire.cluster.features import lead_weekday, precise_numbers, url_date
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


def _claims(week: str, figure: str, previous: str) -> Document:
    text = (f"New applications for jobless benefits rose to {figure} last week, the Labor Department said. "
            f"Economists had expected fewer claims after the prior week's revised {previous} filings, and the "
            "four-week average also edged up as layoffs stayed low across the country.")
    return dataclasses.replace(DOCS[0], id=stable_id("doc", "claims", week), source=f"claims-{week}",
                               title="Jobless claims edge up", text=text, published=None, url=None)


def test_cluster_precise_figures_tell_reports_of_a_recurring_release_apart():
    assert precise_numbers({"n:373000", "n:400000", "n:13", "n:6.87", "n:2.8", "n:212", "w:claim"}) == {
        "n:373000", "n:6.87", "n:212"}
    assert document_features(_claims("june", "373,000", "368,500")).figures == ("n:368500", "n:373000")
    deep = dataclasses.replace(DOCS[0], text=DOCS[0].text + "\n\n" + " ".join(["word"] * 120) + " 373,000 bags.")
    assert "n:373000" in document_features(deep).terms and document_features(deep).figures == ()
    june, july = document_features(_claims("june", "373,000", "368,500")), document_features(
        _claims("july", "412,000", "375,250"))
    same = document_features(dataclasses.replace(_claims("june", "373,000", "368,500"), id=stable_id("doc", "x")))
    features = [june, july, same]
    plain = Clusterer(document_frequencies(features), len(features), ClusterSettings(number_factor=1.0))
    clusterer = Clusterer(document_frequencies(features), len(features))
    assert clusterer.numbers_disagree(june, july) and not clusterer.numbers_disagree(june, same)
    assert clusterer.similarity(june, july) == round(plain.similarity(june, july) * ClusterSettings().number_factor, 9)
    assert clusterer.similarity(june, same) == plain.similarity(june, same)


def test_cluster_each_pair_dated_apart_counts_less():
    a, b = (dataclasses.replace(FEATURES[0], published=day) for day in ("2024-03-05", "2024-03-15"))
    b = dataclasses.replace(b, doc="other")
    near = dataclasses.replace(b, published="2024-03-06")
    clusterer = Clusterer(document_frequencies(FEATURES), len(FEATURES))
    assert clusterer.similarity(a, b) == round(clusterer.similarity(a, near) - ClusterSettings().far_pair_penalty, 9)


def test_cluster_undated_lead_naming_a_day_long_before_a_dated_report_counts_less():
    tuesday_report = dataclasses.replace(DOCS[0], text=DOCS[0].text.replace(" on Tuesday", ""))  # dated Tue 5 March
    friday_lead = dataclasses.replace(DOCS[0], id=stable_id("doc", "friday"), published=None, url=None,
                                      text=DOCS[0].text.replace("on Tuesday", "on Friday"))
    monday_lead = dataclasses.replace(friday_lead, id=stable_id("doc", "monday"),
                                      text=DOCS[0].text.replace("on Tuesday", "on Monday"))
    report, friday, monday = (document_features(d) for d in (tuesday_report, friday_lead, monday_lead))
    assert report.weekday is None and (friday.weekday, monday.weekday) == (4, 0)
    features = [report, friday, monday]
    plain = Clusterer(document_frequencies(features), len(features), ClusterSettings(published_weekday_factor=1.0))
    clusterer = Clusterer(document_frequencies(features), len(features))
    factor = ClusterSettings().published_weekday_factor
    assert clusterer.similarity(report, friday) == round(plain.similarity(report, friday) * factor, 9)
    assert clusterer.similarity(report, monday) == plain.similarity(report, monday)   # reported the next day


def test_cluster_batch_products_equal_pair_by_pair_values():
    extra = [document_features(_claims("june", "373,000", "368,500")),
             document_features(_claims("july", "412,000", "375,250")),
             dataclasses.replace(FEATURES[1], doc="late", published="2024-03-20"),
             dataclasses.replace(FEATURES[3], doc="undated", published=None),
             document_features(dataclasses.replace(DOCS[0], id=stable_id("doc", "friday"), published=None, url=None,
                                                   text=DOCS[0].text.replace("on Tuesday", "on Friday"))),
             dataclasses.replace(FEATURES[7], doc="far", published="2025-06-01")]
    features = canonical_order(FEATURES + extra)
    clusterer = Clusterer(document_frequencies(features), len(features))
    batch = {(features[i].doc, features[j].doc): v for i, j, v in clusterer._products(features, features, upper=True)}
    plain = Clusterer(document_frequencies(features), len(features), ClusterSettings(
        published_weekday_factor=1.0, far_pair_penalty=0.0, number_factor=1.0, weekday_factor=1.0))
    changed = [(a.doc, b.doc) for i, a in enumerate(features) for b in features[i + 1:]
               if clusterer.similarity(a, b) != plain.similarity(a, b)]
    assert len(changed) >= 6                                    # the rules of pair_value are exercised
    for i, a in enumerate(features):
        for b in features[i + 1:]:
            assert batch.get((a.doc, b.doc), 0.0) == clusterer.similarity(a, b)
