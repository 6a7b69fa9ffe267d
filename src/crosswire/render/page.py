"""Jinja2 pages shared by the web app and report.html: one template set (autoescape on), one stylesheet."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from crosswire.render.charts import coverage_matrix, timeline_svg
from crosswire.render.view import ReportLinks, StoryView, date_label


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("crosswire.render", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["date_label"] = date_label
    return env


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return resources.files("crosswire.render").joinpath("templates/crosswire.css").read_text("utf-8")


def render_page(template: str, **context: Any) -> str:
    context.setdefault("inline_css", None)
    context.setdefault("standalone", False)
    return environment().get_template(template).render(**context)


def story_context(view: StoryView) -> dict[str, Any]:
    """What the story sections (_story.html) show."""
    return {"story_id": view.id, "title": view.title, "generator": view.generator, "counts": view.counts(),
            "event": view.event(), "summary": view.summary(), "conflicts": view.conflicts(),
            "matrix": coverage_matrix(view), "timeline_svg": timeline_svg(view), "quotes": view.quote_groups(),
            "profiles": view.outlet_profiles(), "documents": view.document_rows(), "problems": view.problems()}


def document_context(view: StoryView, doc_id: str, target: tuple[int, int] | None = None) -> dict[str, Any]:
    """What one article view (_article.html) shows; ``target`` is the cited span to mark, if any."""
    doc = view.rows[doc_id]
    text = view.by_id[doc_id].get("text") or ""
    if target and not (0 <= target[0] < target[1] <= len(text)):
        target = None
    context: dict[str, Any] = {"doc": doc, "markup": view.document_markup(doc_id, target),
                               "removed": view.removed(doc_id), "target": None}
    if target:
        context["target"] = {"start": target[0], "end": target[1], "text": text[target[0]:target[1]],
                             "anchor": view.links.anchor(doc_id, *target)}
    return context


def report_page(data: dict[str, Any]) -> str:
    """report.html: the story and every article in one self-contained page (inline CSS and SVG, no script)."""
    view = StoryView(data)
    links = view.links
    assert isinstance(links, ReportLinks)
    context = story_context(view)
    texts = [document_context(view, d["id"]) for d in view.documents]
    return render_page("report.html", standalone=True, inline_css=Markup(stylesheet() + links.target_css()),
                       texts=texts, **context)
