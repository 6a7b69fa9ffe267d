"""The example corpus end to end: contract, evidence, determinism, golden files."""

import dataclasses
import difflib
import html

from conftest import GOLDEN
from crosswire.pipeline import analyze
from crosswire.render import contract_problems, to_html, to_json, to_markdown


def test_pipeline_story_keeps_the_contract_and_every_span_is_exact(kadhimi_data):
    assert contract_problems(kadhimi_data) == []
    assert len(kadhimi_data["documents"]) == 4
    assert kadhimi_data["entities"], "entities expected on the example corpus"


def test_pipeline_same_input_gives_byte_identical_output(kadhimi_story, example_dir, nlp, embedder):
    again = analyze([str(example_dir)], nlp=nlp, embedder=embedder)
    again = dataclasses.replace(again, documents=tuple(dataclasses.replace(d, source=k.source)
                                                       for d, k in zip(again.documents, kadhimi_story.documents)))
    assert to_json(again) == to_json(kadhimi_story)
    assert to_markdown(again) == to_markdown(kadhimi_story)


def test_pipeline_document_order_does_not_change_ids(kadhimi_story, example_dir, nlp, embedder):
    files = sorted(str(p) for p in example_dir.glob("*.txt"))
    reversed_story = analyze(list(reversed(files)), nlp=nlp, embedder=embedder)
    assert sorted(d.id for d in reversed_story.documents) == sorted(d.id for d in kadhimi_story.documents)
    assert sorted(e.id for e in reversed_story.entities) == sorted(e.id for e in kadhimi_story.entities)


def _compare(name: str, actual: str, update: bool) -> None:
    path = GOLDEN / "kadhimi-2021" / name
    if update or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                 f"golden/{name}", "actual", n=1))[:60])
        raise AssertionError(f"output differs from tests/golden/kadhimi-2021/{name} "
                             f"(rerun with --update-golden if the change is intended):\n{diff}")


def test_pipeline_golden_story_json(kadhimi_story, update_golden):
    _compare("story.json", to_json(kadhimi_story), update_golden)


def test_pipeline_golden_report_md(kadhimi_story, update_golden):
    _compare("report.md", to_markdown(kadhimi_story), update_golden)


def test_pipeline_html_report_is_self_contained(kadhimi_story):
    page = to_html(kadhimi_story)
    assert page.startswith("<!doctype html>") and "<script" not in page and "http://" not in page
    labels = {d.id: f"D{k}" for k, d in enumerate(kadhimi_story.documents, 1)}
    for doc in kadhimi_story.documents:
        assert html.escape(doc.title, quote=True) in page
    for q in kadhimi_story.quotes:  # every quote links to an anchor where its evidence starts
        anchor = f"{labels[q.doc]}-{q.start}-{q.end}"
        assert f'href="#{anchor}"' in page and f'id="{anchor}"' in page
