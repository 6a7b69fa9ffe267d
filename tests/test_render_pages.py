"""The page layer shared by report.html and the web app: highlighted text keeps every character at its
offset, citations point at existing anchors, charts and cards render old and new conflict records."""

from __future__ import annotations

import copy
import html
import json
import pathlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.render import to_html
from crosswire.render.charts import coverage_matrix, timeline_svg
from crosswire.render.view import ReportLinks, StoryView, highlight

GOLDEN = pathlib.Path(__file__).resolve().parent / "golden" / "kadhimi-2021" / "story.json"
TAGS = re.compile(r"<mark[^>]*>|</mark>|<a class=\"anchor(?:-end)?\" id=\"[^\"]*\"></a>")


def _golden() -> dict:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab <>&\"'\n", max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60),
       st.sampled_from(["claim", "quote", "conflict", "date"])), max_size=8), st.none() | st.tuples(st.integers(0, 60),
       st.integers(0, 60)))
def test_render_highlight_keeps_the_text_and_marks_exact_spans(text, spans, target):
    out = str(highlight(text, spans, lambda s, e: f"s-{s}-{e}", target, ends=True))
    assert html.unescape(TAGS.sub("", out)) == text  # nothing lost, nothing added, everything escaped
    assert "<" not in TAGS.sub("", out)
    for s, e, _kind in spans:
        if 0 <= s < e <= len(text):
            assert f'id="s-{s}-{e}"' in out and f'id="s-{s}-{e}-end"' in out
            assert out.index(f'id="s-{s}-{e}"') <= out.index(f'id="s-{s}-{e}-end"')
    if target and 0 <= target[0] < target[1] <= len(text):
        marked = "".join(html.unescape(m) for m in re.findall(r'<mark class="[^"]*k-hl[^"]*">([^<]*)</mark>', out))
        assert marked == text[target[0]:target[1]]


def test_render_every_citation_in_the_report_points_at_an_anchor():
    page = to_html(_golden())
    ids = set(re.findall(r'id="([^"]+)"', page))
    hrefs = set(re.findall(r'href="#([^"]+)"', page))
    assert hrefs and hrefs <= ids
    for anchor in hrefs - {d for d in hrefs if re.fullmatch(r"D\d+", d)} - {"summary", "conflicts", "coverage",
                                                                           "timeline", "quotes", "outlets", "documents"}:
        # following a citation marks its whole span (CSS :target, no script)
        assert f"#{anchor}:target~mark:not(#{anchor}-end~*)" in page and f'id="{anchor}-end"' in page
    assert "<script" not in page and "http://" not in page and "https://" not in page and "<link" not in page


def test_render_report_is_the_same_bytes_for_the_same_story():
    assert to_html(_golden()) == to_html(_golden())


def test_render_conflict_cards_read_old_and_new_records():
    data = _golden()
    legacy = copy.deepcopy(data)  # records written before sides carried documents, outlets and origins
    for c in legacy["conflicts"]:
        c.pop("update", None)
        for side in c["sides"]:
            for key in ("docs", "outlets", "origins", "frames", "update"):
                side.pop(key, None)
    old = StoryView(legacy).conflicts()
    assert old and all(side["origins"] is None for c in old for side in c["sides"])
    new = copy.deepcopy(data)
    c = new["conflicts"][0]
    c["update"], c["topic"] = True, "who carried out the attack"
    side = c["sides"][0]
    side["docs"], side["origins"], side["value"] = [side["statements"][0]["doc"]], 2, "a militia"
    cards = StoryView(new).conflicts()
    assert cards[0]["is_update"] and cards[0]["topic"] == "who carried out the attack"
    assert cards[0]["sides"][0]["origins"] == 2 and cards[0]["sides"][0]["docs"] == ["D1"]
    page = to_html(new)
    assert "update over time" in page and "2</b> independent origins" in page and "a militia" in page


def test_render_timeline_marks_publications_and_republished_pages():
    view = StoryView(_golden())
    svg = str(timeline_svg(view))
    assert svg.startswith("<svg") and "<script" not in svg and "style=" not in svg
    for label in view.labels.values():
        assert f">{label}</text>" in svg
    republished = [d for d in view.documents if "republished" in d["flags"]]
    assert republished and svg.count(">republished</text>") == len(republished)
    assert "28 May" in svg  # the page date of the republished page is on the axis


def test_render_coverage_matrix_says_how_each_outlet_carries_a_claim():
    view = StoryView(_golden(), ReportLinks({}))
    matrix = coverage_matrix(view)
    assert [c["name"] for c in matrix["columns"]] == view.outlets
    assert matrix["rows"] and all(len(r["cells"]) == len(view.outlets) for r in matrix["rows"])
    states = {cell["state"] for r in matrix["rows"] for cell in r["cells"] if cell}
    assert states <= {"own", "cites", "copy"} and "own" in states
    for row in matrix["rows"]:  # a claim in the matrix is carried by at least two outlets' articles
        assert sum(cell is not None for cell in row["cells"]) >= 1
