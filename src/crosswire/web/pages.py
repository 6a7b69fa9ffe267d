"""The HTML pages: the story list, a story, an article with its evidence highlighted. Each handler reads the
store, builds the view with the render layer and returns the page; no logic of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from crosswire.render import to_html
from crosswire.render.page import document_context, render_page, story_context, stylesheet
from crosswire.render.view import StoryView, date_label

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")
# report.html carries its stylesheet inline (it is one self-contained file); still no script of any kind
FAVICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
           'fill="#111827"/><path d="M3 4l10 8M13 4L3 12" stroke="#93c5fd" stroke-width="2"/></svg>')
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class WebLinks:
    """Citations open the article view scrolled to the cited words, which it marks."""

    story_id: str

    def doc(self, doc_id: str) -> str:
        return f"/stories/{quote(self.story_id, safe='')}/documents/{quote(doc_id, safe='')}"

    def span(self, span: dict[str, Any]) -> str:
        s, e = span["start"], span["end"]
        return f"{self.doc(span['doc'])}?hl={s}-{e}#s-{s}-{e}"

    def anchor(self, doc_id: str, start: int, end: int) -> str:
        return f"s-{start}-{end}"


def filters(request: Request) -> tuple[dict[str, str], str | None]:
    """The front page's search and filters from the query string; a bad date is dropped with a message."""
    p = request.query_params
    out = {k: (p.get(k) or "").strip()[:200] for k in ("q", "outlet", "since", "until")}
    error = None
    for key in ("since", "until"):
        if out[key] and not DAY.match(out[key]):
            error = f"“{out[key]}” is not a date (YYYY-MM-DD); that filter is ignored."
            out[key] = ""
    return out, error


def stories_query(f: dict[str, str], limit: int = 200) -> dict[str, Any]:
    return {"query": f["q"] or None, "outlet": f["outlet"] or None, "since": f["since"] or None,
            "until": f["until"] or None, "limit": limit}


def index(request: Request) -> Response:
    store = request.app.state.store
    f, error = filters(request)
    stories = store.list_stories(**stories_query(f))
    for s in stories:
        s["event_label"] = date_label(s.get("event_date"))
        s["first_label"] = date_label(s.get("first_published"))
        s["last_label"] = date_label(s.get("last_published"))
        s["outlets"] = s.get("outlets") or []
    return HTMLResponse(render_page("index.html", stories=stories, outlets=store.outlets(), error=error,
                                    filtered=any(f.values()), **f))


def _story(request: Request) -> dict[str, Any]:
    data = request.app.state.store.story(request.path_params["story_id"])
    if data is None:
        raise HTTPException(404, f"No story with id “{request.path_params['story_id']}”.")
    return data


def story(request: Request) -> Response:
    data = _story(request)
    view = StoryView(data, WebLinks(request.path_params["story_id"]))
    return HTMLResponse(render_page("story.html", **story_context(view)))


def article(request: Request) -> Response:
    story_id, doc_id = request.path_params["story_id"], request.path_params["doc_id"]
    data = _story(request)
    view = StoryView(data, WebLinks(story_id))
    if doc_id not in view.by_id:
        raise HTTPException(404, f"Story “{story_id}” has no document “{doc_id}”.")
    m = SPAN.match(request.query_params.get("hl", ""))
    target = (int(m.group(1)), int(m.group(2))) if m else None
    context = document_context(view, doc_id, target)
    return HTMLResponse(render_page("article.html", story_id=view.id or story_id, story_title=view.title,
                                    open_removed=False, siblings=view.document_rows(), **context))


def report(request: Request) -> Response:
    return HTMLResponse(to_html(_story(request)), headers={"Content-Security-Policy": REPORT_CSP})


def css(request: Request) -> Response:
    return Response(stylesheet(), media_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=300"})


def favicon(request: Request) -> Response:
    return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=3600"})


def error_page(status: int, message: str) -> HTMLResponse:
    return HTMLResponse(render_page("error.html", status=status, message=message), status_code=status)
