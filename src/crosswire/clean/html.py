"""HTML pages → article body and metadata, with trafilatura (body, title, author, site name); pages it
cannot read (markup nested beyond the parser's depth limit, no recognisable article) fall back to the
page's whole text, one block element per line, for the plain-text cleaner."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from crosswire.errors import InputProblem


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    sitename: str | None
    url: str | None
    extracted: bool = True  # False: the whole page text (fallback), still to be cleaned line by line


BLOCK_TAGS = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav aside
blockquote pre figure figcaption form main dd dt dl hr address td th title option button label""".split())
DROP_TAGS = frozenset("script style noscript template svg head".split())


class _TextRenderer(HTMLParser):
    """Every text node of a page, block elements on their own lines, scripts and styles dropped. The
    standard library's parser has no nesting limit and never rejects markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.dropping = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in DROP_TAGS:
            self.dropping += 1
        self.in_title = tag == "title" or self.in_title
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in DROP_TAGS and self.dropping:
            self.dropping -= 1
        if tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.dropping:
            self.parts.append(data)


def render_text(html: str) -> tuple[str, str | None]:
    """The page's text (one line per block element) and its <title>, by a parser that accepts anything."""
    renderer = _TextRenderer()
    renderer.feed(html)
    renderer.close()
    lines = (re.sub(r"\s+", " ", ln).strip() for ln in "".join(renderer.parts).split("\n"))
    title = re.sub(r"\s+", " ", "".join(renderer.title)).strip() or None
    return "\n".join(ln for ln in lines if ln), title


def extract_html(html: str, source: str = "input") -> HtmlExtract:
    """The main text of a page (comments excluded; one paragraph per line) and its metadata."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                             include_tables=False, deduplicate=False)
    except Exception:  # trafilatura raises assorted lxml errors on broken markup
        result = None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        text, title = render_text(html)
        if not text:
            raise InputProblem(source, "HTML page has no text")
        return HtmlExtract(text=text, title=title, author=None, sitename=None, url=None, extracted=False)
    # trafilatura separates paragraphs with one newline; crosswire's convention is a blank line
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return HtmlExtract(
        text="\n\n".join(paragraphs),
        title=(result.title or None),
        author=(result.author or None),
        sitename=(result.sitename or None),
        url=(result.url or None),
    )
