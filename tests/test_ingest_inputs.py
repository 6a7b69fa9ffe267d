"""Reading inputs: every kind of bad file gets one clear problem, the rest is still read."""

import json

from crosswire.config import Settings
from crosswire.ingest import decode, read_inputs

ARTICLE = "The council voted on Tuesday to approve the new budget, officials said. " * 5


def test_ingest_reads_txt_html_json_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (tmp_path / "c.json").write_text(json.dumps({"text": ARTICLE + " one", "url": "https://example.org/x", "outlet": "Example"}))
    (tmp_path / "d.jsonl").write_text(json.dumps({"text": ARTICLE + " two"}) + "\n\n" + json.dumps({"html": f"<p>{ARTICLE} three</p>"}) + "\n")
    raws, problems = read_inputs([str(tmp_path)])
    assert problems == []
    assert [r.format for r in raws] == ["txt", "html", "txt", "txt", "html"]
    assert raws[2].fields == {"url": "https://example.org/x", "outlet": "Example"}
    assert raws[3].source.endswith("d.jsonl#1") and raws[4].source.endswith("d.jsonl#3")


def test_ingest_skips_only_the_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("   \n\n ")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "copy.txt").write_text(ARTICLE)
    (tmp_path / "broken.jsonl").write_text('{"text": "x"\n{"nope": 1}\n')
    raws, problems = read_inputs([str(tmp_path)])
    assert [r.source.rsplit("/", 1)[-1] for r in raws] == ["copy.txt"]  # folders are read in sorted order
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in problems}
    assert reasons["empty.txt"] == "empty file"
    assert "whitespace" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"]
    assert reasons["good.txt"].startswith("duplicate of") and reasons["good.txt"].find("copy.txt") > 0
    assert "not valid JSON" in reasons["broken.jsonl#1"]
    assert "no 'text' or 'html'" in reasons["broken.jsonl#2"]


def test_ingest_refuses_huge_files_with_the_limit_in_the_message(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 3000)
    raws, problems = read_inputs([str(big)], Settings(max_bytes=10_000))
    assert raws == []
    assert "too large" in problems[0].reason and "limit" in problems[0].reason


def test_ingest_reports_missing_paths_and_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    raws, problems = read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")])
    assert raws == []
    assert [p.reason for p in problems] == ["no such file or folder", "folder holds no readable files"]


def test_ingest_decodes_latin1_with_a_note():
    text, note = decode("Le café était fermé à Noël, a déclaré le maire. Les habitants étaient déçus.".encode("latin-1"))
    assert "café" in text and "Noël" in text
    assert note and "not valid UTF-8" in note


def test_ingest_keeps_utf8_untouched_and_strips_bom():
    text, note = decode("\ufeffIraq’s prime minister “survived”".encode("utf-8"))
    assert text == "Iraq’s prime minister “survived”" and note is None


def test_ingest_reads_standard_input_as_one_document(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    raws, problems = read_inputs(["-"])
    assert problems == [] and len(raws) == 1
    assert raws[0].source == "-" and raws[0].format == "txt" and raws[0].data.decode() == ARTICLE


def test_read_a_file_with_no_article_in_it_is_reported(tmp_path):
    from crosswire.ingest import read_inputs
    from crosswire.ingest.read import read_bytes

    (tmp_path / "empty-list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "bom.json").write_bytes(b"\xfe\xff")
    raws, problems = read_inputs([str(tmp_path)])
    assert raws == [] and sorted(p.source.rsplit("/", 1)[-1] for p in problems) == ["bom.json", "empty-list.json"]
    assert all(p.reason for p in problems)
    assert read_bytes("upload.json", b"[]")[1][0].reason
