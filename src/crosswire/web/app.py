"""The Starlette application: routes, security headers, error pages, and the store it reads on every
request (so stories ingested meanwhile appear without a restart)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crosswire.web import api, pages

# no inline script or style, nothing from another origin, no framing
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}


class StoryReader(Protocol):
    """What the app reads: crosswire.store.Store provides it."""

    def list_stories(self, query: str | None = None, outlet: str | None = None, since: str | None = None,
                     until: str | None = None, limit: int = 200) -> list[dict[str, Any]]: ...

    def story(self, story_id: str) -> dict[str, Any] | None: ...

    def document(self, story_id: str, doc_id: str) -> dict[str, Any] | None: ...

    def outlets(self) -> list[str]: ...


Ingest = Callable[[str, bytes], dict[str, Any]]


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every response that does not set its own."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for key, value in {"Content-Security-Policy": CSP, **HEADERS}.items():
                    if key.lower().encode() not in names:
                        headers.append((key.lower().encode(), value.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    detail = getattr(exc, "detail", None) or "error"
    if status == 404 and detail == "Not Found":
        detail = f"Nothing at {request.url.path}."
    if request.url.path.startswith("/api/"):
        return api.error(status, detail)
    return pages.error_page(status, detail)


def create_app(store: StoryReader, ingest: Ingest | None = None, max_bytes: int = 20_000_000,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The web app over ``store``; ``ingest(name, data)`` adds one article (POST /api/articles) and returns
    the story it joined as a dict, or ``{"error": message}`` when nothing usable was in it. ``allowed_hosts``
    are the Host headers answered (a page of another site that resolves its name to this machine is not)."""
    routes = [
        Route("/", pages.index),
        Route("/static/crosswire.css", pages.css),
        Route("/static/favicon.svg", pages.favicon),
        Route("/stories/{story_id}", pages.story),
        Route("/stories/{story_id}/report.html", pages.report),
        Route("/stories/{story_id}/documents/{doc_id}", pages.article),
        Route("/api/stories", api.list_stories),
        Route("/api/stories/{story_id}", api.get_story),
        Route("/api/stories/{story_id}/documents/{doc_id}", api.get_document),
        Route("/api/articles", api.post_article, methods=["POST"]),
    ]
    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: _http_error})
    app.state.store = store
    app.state.ingest = ingest
    app.state.max_bytes = max_bytes
    return app
