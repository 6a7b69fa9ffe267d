"""The JSON API: stories, one story (the story.json contract), one document, and POST /api/articles, which
ingests one article (JSON or an uploaded file) and answers with the story it joined. Errors are JSON
``{"error": message}`` with 400 (bad input), 404 (unknown id), 413 (too large) or 415 (unsupported type);
a rejected upload is checked before anything reaches the store."""

from __future__ import annotations

import json
import pathlib
from typing import Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from crosswire.web.pages import filters, stories_query

UPLOAD_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
FORM_OVERHEAD = 64 * 1024  # multipart boundaries and headers around the file


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def list_stories(request: Request) -> Response:
    f, problem = filters(request)
    if problem:
        return error(400, problem)
    raw = request.query_params.get("limit", "200")
    if not raw.isdigit() or not 1 <= int(raw) <= 1000:
        return error(400, "limit must be a whole number from 1 to 1000")
    return JSONResponse(request.app.state.store.list_stories(**stories_query(f, int(raw))))


def get_story(request: Request) -> Response:
    store, story_id = request.app.state.store, request.path_params["story_id"]
    text = store.story_json(story_id) if hasattr(store, "story_json") else None
    if text is not None:
        return Response(text, media_type="application/json")
    data = store.story(story_id)
    if data is None:
        return error(404, f"no story with id {story_id!r}")
    return JSONResponse(data)


def get_document(request: Request) -> Response:
    store = request.app.state.store
    story_id, doc_id = request.path_params["story_id"], request.path_params["doc_id"]
    doc = store.document(story_id, doc_id)
    if doc is None:
        if store.story(story_id) is None:
            return error(404, f"no story with id {story_id!r}")
        return error(404, f"story {story_id!r} has no document {doc_id!r}")
    return JSONResponse(doc)


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the upload is {int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"the upload is larger than the limit of {limit:,} bytes")
    return bytes(body)


async def _upload(request: Request, limit: int) -> tuple[str, bytes]:
    """The upload as (name, bytes): a JSON article, or the one file of a multipart form."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        data = await _read_limited(request, limit)
        try:
            record = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(400, f"the body is not valid JSON: {exc}") from None
        if not isinstance(record, dict):
            raise HTTPException(400, "send one article as a JSON object")
        if not any(isinstance(record.get(k), str) and record[k].strip() for k in ("text", "html")):
            raise HTTPException(400, "the article needs a non-empty \"text\" or \"html\" field")
        return "article.json", data
    if kind == "multipart/form-data":
        body = await _read_limited(request, limit + FORM_OVERHEAD)

        async def replay() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            form = await Request(request.scope, replay).form(max_files=1, max_fields=10, max_part_size=limit)
        except HTTPException as exc:
            raise HTTPException(400, f"the form cannot be read: {exc.detail}") from None
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise HTTPException(400, "send the article as a form field named \"file\"")
        name = pathlib.PurePath(upload.filename or "upload.txt").name or "upload.txt"
        if pathlib.PurePath(name).suffix.lower() not in UPLOAD_SUFFIXES:
            raise HTTPException(415, f"{name}: unsupported file type; send .txt, .html, .htm, .json or .jsonl")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise HTTPException(413, f"{name} is larger than the limit of {limit:,} bytes")
        if not data.strip():
            raise HTTPException(400, f"{name} is empty")
        return name, data
    raise HTTPException(415, f"unsupported content type {kind or '(none)'!r}; send application/json "
                             "or multipart/form-data with a file field")


async def post_article(request: Request) -> Response:
    state = request.app.state
    if state.ingest is None:
        return error(503, "this server was started without a writable store; articles cannot be added")
    origin = request.headers.get("origin")
    if (origin and urlsplit(origin).netloc != request.headers.get("host")) or \
            request.headers.get("sec-fetch-site") == "cross-site":
        # a form on another site must not add articles through a browser that can reach this server
        return error(403, "articles can only be posted from this server's own pages or from outside a browser")
    try:
        name, data = await _upload(request, state.max_bytes)
    except HTTPException as exc:
        return error(exc.status_code, exc.detail)
    result: dict[str, Any] = await run_in_threadpool(state.ingest, name, data)
    if result.get("error"):
        return error(400, result["error"])
    return JSONResponse(result, status_code=201)
