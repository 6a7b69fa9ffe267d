"""Claims quality floors: ClaimDiff separation on a bounded test subset, the example-corpus gold."""

from __future__ import annotations

import json

from floors import assert_floor, check_data, floors

from crosswire.evaluation.claims import GOLD, claimdiff_metrics, format_report, gold_metrics, kadhimi_metrics


def test_claimdiff_similarity_separates_related_pairs(shared_dir, embedder):
    check_data("claims", shared_dir)
    m = claimdiff_metrics(shared_dir, "test", 800, embedder)
    assert_floor("claims", "claimdiff_test800_strength_cosine_auc", m["claimdiff_strength_cosine_auc"])
    assert_floor("claims", "claimdiff_test800_weak_cosine_auc", m["claimdiff_weak_cosine_auc"])
    assert m["claimdiff_unrelated_conflict_rate"] <= floors("claims")["claimdiff_test800_unrelated_conflict_rate_max"]
    assert "claimdiff" in format_report(m)


def test_example_corpus_gold_claims_and_conflicts(shared_dir, embedder):
    m = kadhimi_metrics(shared_dir, embedder)
    assert_floor("claims", "kadhimi_claim_recall", m["kadhimi_claim_recall"])
    assert_floor("claims", "kadhimi_conflict_recall", m["kadhimi_conflict_recall"])


def test_gold_metrics_count_nothing_without_claims():
    gold = json.loads(GOLD.read_text())
    m = gold_metrics([], [], gold)
    assert m["kadhimi_claim_recall"] == 0 and m["kadhimi_conflict_recall"] == 0
