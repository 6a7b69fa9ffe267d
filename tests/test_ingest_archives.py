"""WARC files and RSS/Atom feeds: one input per archived page or feed entry, never a network fetch."""

import gzip
import io

from crosswire.ingest import read_bytes, read_inputs

PARAGRAPH = ("The harbour council of the fictional town of Norbury voted on Tuesday to close the old ferry pier "
             "after inspectors found cracked pilings, and the mayor said repairs would take most of the summer. ")


def _warc(pages, compress=False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for uri, status, ctype, body in pages:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
    writer.write_record(writer.create_warc_record("urn:x", "metadata", payload=io.BytesIO(b"k: v")))
    return out.getvalue()


def _page(title: str, text: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{text}</p>" for _ in range(3)) + "</article></body></html>").encode()


def test_ingest_archives_warc_html_responses_become_inputs(tmp_path):
    data = _warc([("https://news.example/2024/03/05/pier.html", "200 OK", "text/html; charset=utf-8",
                   _page("Norbury closes ferry pier", PARAGRAPH)),
                  ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
                  ("https://news.example/gone.html", "404 Not Found", "text/html", b"<html>missing</html>")],
                 compress=True)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    raws, problems = read_inputs([str(path)])
    assert [r.fields["url"] for r in raws] == ["https://news.example/2024/03/05/pier.html"]
    assert raws[0].format == "html" and b"Norbury" in raws[0].data
    assert len(problems) == 1 and "404" in problems[0].reason


def test_ingest_archives_broken_warc_is_one_problem(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nnot really\r\n"))
    raws, problems = read_inputs([str(path)])
    assert raws == [] and len(problems) == 1 and problems[0].source == str(path)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Norbury Gazette</title><link>https://gazette.example/</link>
<item><title>Ferry pier closed</title><link>https://gazette.example/pier</link>
<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate><description><![CDATA[<p>{p}</p><p>{p}</p>]]></description></item>
<item><title>Empty entry</title><link>https://gazette.example/empty</link></item>
</channel></rss>""".replace("{p}", PARAGRAPH)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<entry><title>Pier repairs to start</title><link href="https://notes.example/repairs"/>
<updated>2024-03-07T10:00:00Z</updated><summary>short</summary>
<content type="html">&lt;p&gt;{p}&lt;/p&gt;</content></entry></feed>""".replace("{p}", PARAGRAPH)


def test_ingest_archives_rss_entries_keep_title_link_date_and_outlet():
    raws, problems = read_bytes("gazette.rss", RSS.encode())
    assert len(raws) == 1 and len(problems) == 1 and "no content" in problems[0].reason
    assert raws[0].fields == {"title": "Ferry pier closed", "url": "https://gazette.example/pier",
                              "published": "2024-03-05", "outlet": "Norbury Gazette"}
    assert raws[0].source == "gazette.rss#1" and b"cracked pilings" in raws[0].data


def test_ingest_archives_atom_prefers_content_over_summary(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text(ATOM, encoding="utf-8")
    raws, problems = read_inputs([str(path)])
    assert problems == [] and raws[0].fields["published"] == "2024-03-07"
    assert b"cracked pilings" in raws[0].data and raws[0].fields["url"] == "https://notes.example/repairs"


def test_ingest_archives_feed_entry_cleans_to_an_article():
    from crosswire.clean import clean_document

    raws, _ = read_bytes("gazette.rss", RSS.encode())
    doc = clean_document(raws[0])
    assert doc.title == "Ferry pier closed" and "cracked pilings" in doc.text and doc.outlet == "Norbury Gazette"
