"""Reports treat article text as untrusted: nothing from an article reaches the page unescaped."""

import re

from markupsafe import escape

from crosswire.models import Document, Entity, Problem, Quote, Span, Story
from crosswire.render import story_to_dict, to_html, to_markdown

EVIL = 'He said <script>alert("x")</script> and <img src=x onerror=alert(1)> & left.'


def _story():
    doc = Document(id="doc-1", source="<b>evil</b>.txt", sha256="0", title="<i>Title</i>", text=EVIL)
    start = EVIL.index("<script>")
    quote = Quote(id="q-1", doc="doc-1", start=start, end=start + 26, text=EVIL[start:start + 26],
                  speaker_text="<u>x</u>")
    ent = Entity(id="ent-1", name="<svg onload=1>", type="PERSON", aliases=("<svg onload=1>",),
                 mentions=(Span("doc-1", 0, 2, "He"),))
    return Story(id="s", title="<h1>t</h1>", documents=(doc,), quotes=(quote,), entities=(ent,),
                 problems=(Problem("<x>.bin", "binary <file>"),))


def test_render_html_escapes_every_piece_of_article_text():
    page = to_html(_story())
    assert "<script>" not in page and "<img" not in page and "<svg onload" not in page and "<b>evil" not in page
    text_only = re.sub(r'<mark[^>]*>|</mark>|<a class="anchor(?:-end)?" id="[^"]*"></a>', "", page)
    assert str(escape(EVIL)) in text_only  # the article text, escaped, cut only by highlight marks
    assert page.count("<h1>") == 1  # only crosswire's own heading


def test_render_markdown_neutralises_markup():
    md = to_markdown(_story())
    assert "<script>" not in md and "<svg" not in md


def test_render_json_keeps_the_exact_text():
    data = story_to_dict(_story())
    assert data["documents"][0]["text"] == EVIL
    q = data["quotes"][0]
    assert data["documents"][0]["text"][q["start"]:q["end"]] == q["text"]
