"""Bad input through the whole command: one clear line per problem, the rest analysed, no traceback."""

import json
import shutil

from crosswire.cli import main


def _corpus_with_junk(tmp_path, example_dir):
    folder = tmp_path / "in"
    shutil.copytree(example_dir, folder)
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"GIF89a\x00\x01\x00\x00" * 50)
    (folder / "dup.txt").write_bytes((example_dir / sorted(p.name for p in example_dir.glob("*.txt"))[0]).read_bytes())
    (folder / "nobody.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    (folder / "german.txt").write_text(
        "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen, um die Energiepreise zu senken. "
        "Der Kanzler sagte, die Entlastung komme schon im nächsten Monat bei den Bürgern an. Kritiker aus der "
        "Opposition bemängelten, dass die Hilfen zu spät kämen und nicht zielgenau genug seien.")
    (folder / "latin1.txt").write_bytes(
        ("Officials in the café district said on Monday that the council would meet again. " * 8).encode("cp1252")
        + "The mayor’s office declined to comment.".encode("cp1252"))
    return folder


def test_pipeline_bad_files_are_skipped_with_reasons(tmp_path, example_dir, capsys):
    folder = _corpus_with_junk(tmp_path, example_dir)
    code = main(["analyze", str(folder), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    for name, words in [("empty.txt", "empty file"), ("image.txt", "binary"), ("dup.txt", "duplicate of"),
                        ("nobody.html", "no article"), ("german.txt", "not English")]:
        line = next((l for l in captured.err.splitlines() if name in l), "")
        assert words in line, (name, captured.err)
    data = json.loads((tmp_path / "out" / "story.json").read_text())
    assert len(data["documents"]) == 5  # the four articles and the cp1252 one
    assert "5 input(s) skipped." in captured.err


def test_pipeline_exits_non_zero_only_when_nothing_is_usable(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 10)
    code = main(["analyze", str(tmp_path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1
    assert "nothing usable" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "story.json").exists()


def test_pipeline_extract_prints_one_json_object_per_document(example_dir, capsys):
    assert main(["extract", str(example_dir), "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert set(first) == {"id", "source", "title", "text", "removed", "published", "outlet", "byline", "cites",
                          "language"}
    assert first["language"] == "en" and first["removed"]
