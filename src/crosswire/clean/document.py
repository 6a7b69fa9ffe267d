"""One RawInput → one Document: dispatch on format, then the plain-text rules, title, language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from crosswire.config import Settings
from crosswire.errors import InputProblem
from crosswire.ingest import decode
from crosswire.models import Document, RawInput, Removal, stable_id

from crosswire.clean.html import extract_html
from crosswire.clean.lines import words_of
from crosswire.clean.text import clean_text, find_cites

def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and a confidence in [0, 1], from py3langid's packaged model."""
    lang, prob = _language_identifier().classify(text[:5000])
    return lang, float(prob)


def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = _identifier_cache.get("id")
    if identifier is None:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _identifier_cache["id"] = identifier
    return identifier


# the language model is immutable and gives the same answer whatever was classified before,
# so keeping one loaded instance per process cannot make results depend on order
_identifier_cache: dict[str, object] = {}


def _fallback_title(body: str) -> str:
    first = body.split("\n", 1)[0].strip()
    words = first.split()
    return " ".join(words[:14]) + (" …" if len(words) > 14 else "")


def clean_document(raw: RawInput, settings: Settings | None = None) -> Document:
    """Clean one input of any language. Raises InputProblem when nothing usable is left (empty body), or
    when the text is not English and ``settings.require_english`` is set (as it is for analysis)."""
    settings = settings or Settings()
    text, note = decode(raw.data, raw.source)
    removed: list[Removal] = []
    title = outlet = byline = url = None
    flags: list[str] = []
    if note:
        flags.append(note)
    extracted = False
    if raw.format == "html":
        page = extract_html(text, raw.source)
        text, title, byline, outlet, url = page.text, page.title, page.author, page.sitename, page.url
        extracted = page.extracted
    cleaned = clean_text(text, extracted=extracted, title=title)
    removed.extend(cleaned.removed)
    body = cleaned.body
    title = raw.fields.get("title") or title or cleaned.title
    byline = raw.fields.get("byline") or raw.fields.get("author") or byline or cleaned.byline
    outlet = raw.fields.get("outlet") or outlet
    url = raw.fields.get("url") or url
    words = len(words_of(body))
    if words == 0:
        raise InputProblem(raw.source, "no article text left after removing page chrome")
    if words < settings.min_words:
        raise InputProblem(raw.source, f"too short to be an article ({words} words after cleaning)")
    language, confidence = detect_language(body)
    if settings.require_english and language != "en":
        raise InputProblem(raw.source, f"not English (detected language '{language}', confidence "
                                       f"{confidence:.2f}): crosswire analyses English articles only "
                                       "('crosswire extract' still cleans it)", language=language)
    return Document(
        id=stable_id("doc", raw.sha256),
        source=raw.source,
        sha256=raw.sha256,
        title=(title or _fallback_title(body)).strip(),
        text=body,
        removed=tuple(removed),
        outlet=outlet,
        byline=byline,
        language=language,
        cites=find_cites(body),
        url=url,
        flags=tuple(flags),
    )


def _clean_or_problem(job: tuple[RawInput, Settings]) -> Document | tuple[str, str, str | None]:
    raw, settings = job
    try:
        return clean_document(raw, settings)
    except InputProblem as exc:  # sent back as a plain tuple: the exception's arguments do not pickle
        return exc.source, exc.reason, exc.language


def clean_documents(raws: Sequence[RawInput], settings: Settings | None = None) -> Iterator[Document | InputProblem]:
    """:func:`clean_document` of each input, in input order: the Document, or the InputProblem that skips
    it. Many inputs are cleaned by ``settings.n_process`` worker processes (each input alone, so the
    result is the same whatever the process count)."""
    settings = settings or Settings()
    jobs = [(raw, settings) for raw in raws]
    if settings.n_process > 1 and len(jobs) >= 64:
        import multiprocessing

        _language_identifier()  # loaded once here, inherited by the forked workers
        with multiprocessing.get_context("fork").Pool(settings.n_process) as pool:
            results = list(pool.imap(_clean_or_problem, jobs, chunksize=16))
    else:
        results = [_clean_or_problem(job) for job in jobs]
    for result in results:
        yield result if isinstance(result, Document) else InputProblem(*result)
