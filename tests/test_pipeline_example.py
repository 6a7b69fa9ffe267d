"""The example corpus end to end: contract, evidence, determinism, golden files."""

import dataclasses
import difflib
import html

import os

from conftest import GOLDEN, ROOT
from crosswire.pipeline import analyze
from crosswire.render import contract_problems, to_html, to_json, to_markdown


def test_pipeline_story_keeps_the_contract_and_every_span_is_exact(kadhimi_data):
    assert contract_problems(kadhimi_data) == []
    assert len(kadhimi_data["documents"]) == 4
    assert kadhimi_data["entities"], "entities expected on the example corpus"


def test_contract_check_finds_what_the_reference_validator_finds(kadhimi_data):
    """The compiled validator reports the same schema errors as the reference (pure-Python) validator."""
    import copy

    import jsonschema

    from crosswire.render.contract import schema

    broken = copy.deepcopy(kadhimi_data)
    broken["documents"][0]["id"] = 5
    del broken["story"]["title"]
    broken["claims"][0]["independent_sources"] = "many"
    ours = [p for p in contract_problems(broken) if p.startswith("schema: ")]
    reference = sorted(f"schema: {'/'.join(map(str, e.path))}"
                       for e in jsonschema.Draft202012Validator(schema()).iter_errors(broken))
    assert sorted(p.rsplit(": ", 1)[0] for p in ours) == reference
    assert len(ours) == 3


def test_pipeline_same_input_gives_byte_identical_output(kadhimi_story, example_dir, nlp, embedder):
    again = analyze([str(example_dir)], nlp=nlp, embedder=embedder)
    again = dataclasses.replace(again, documents=tuple(dataclasses.replace(d, source=k.source)
                                                       for d, k in zip(again.documents, kadhimi_story.documents)))
    assert to_json(again) == to_json(kadhimi_story)
    assert to_markdown(again) == to_markdown(kadhimi_story)


def test_pipeline_input_order_and_process_count_do_not_change_a_byte(kadhimi_story, example_dir, nlp, embedder):
    from crosswire.config import Settings

    files = sorted(os.path.relpath(p, ROOT) for p in example_dir.glob("*.txt"))
    expected = to_json(kadhimi_story)
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        for order, processes in ((files[::-1], 1), (files[1::2] + files[::2], 2)):
            story = analyze(order, Settings(n_process=processes), nlp=nlp, embedder=embedder)
            assert to_json(story) == expected, (order, processes)
    finally:
        os.chdir(here)


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
