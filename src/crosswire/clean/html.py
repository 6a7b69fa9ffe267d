"""HTML pages → article body and metadata, with trafilatura (body, title, author, site name)."""

from __future__ import annotations

from dataclasses import dataclass

from crosswire.errors import InputProblem


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    sitename: str | None
    url: str | None


def extract_html(html: str, source: str = "input") -> HtmlExtract:
    """The main text of a page (comments excluded; one paragraph per line) and its metadata."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                             include_tables=False, deduplicate=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputProblem(source, f"HTML could not be parsed ({type(exc).__name__})") from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputProblem(source, "HTML page has no article body")
    # trafilatura separates paragraphs with one newline; crosswire's convention is a blank line
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return HtmlExtract(
        text="\n\n".join(paragraphs),
        title=(result.title or None),
        author=(result.author or None),
        sitename=(result.sitename or None),
        url=(result.url or None),
    )
