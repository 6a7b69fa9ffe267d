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


GERMAN = ("Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen, um die Energiepreise zu senken. "
          "Der Kanzler sagte, die Entlastung komme schon im nächsten Monat bei den Bürgern an. Kritiker aus der "
          "Opposition bemängelten, dass die Hilfen zu spät kämen und nicht zielgenau genug seien.")
JAPANESE = ("政府は水曜日、エネルギー価格を引き下げるための新たな対策を決定した。首相は、負担軽減策が来月には市民に届くと述べた。"
            "野党の批判者たちは、支援が遅すぎ、十分に的を絞っていないと指摘した。専門家は、物価の上昇が今後も続く可能性が"
            "あると警告している。")


def test_pipeline_extract_cleans_every_language_and_records_it(tmp_path, capsys):
    (tmp_path / "de.txt").write_text("Startseite\n\n" + GERMAN + "\n\nTeilen\n")
    (tmp_path / "ja.txt").write_text("ホーム\n\n" + JAPANESE + "\n")
    assert main(["extract", str(tmp_path), "--quiet"]) == 0
    docs = {json.loads(line)["source"].rsplit("/", 1)[-1]: json.loads(line)
            for line in capsys.readouterr().out.splitlines()}
    assert docs["de.txt"]["language"] == "de" and docs["de.txt"]["text"] == GERMAN
    assert docs["ja.txt"]["language"] == "ja" and docs["ja.txt"]["text"] == JAPANESE


def test_pipeline_analyze_names_documents_it_cannot_read_for_their_language(tmp_path, example_dir, capsys):
    folder = tmp_path / "in"
    shutil.copytree(example_dir, folder)
    (folder / "german.txt").write_text(GERMAN)
    (folder / "japanese.txt").write_text(JAPANESE)
    assert main(["analyze", str(folder), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "2 document(s) not analysed because they are not English" in err, err
    assert "german.txt (de)" in err and "japanese.txt (ja)" in err
    problems = json.loads((tmp_path / "out" / "story.json").read_text())["problems"]
    by_name = {p["source"].rsplit("/", 1)[-1]: p for p in problems}
    assert by_name["german.txt"]["language"] == "de" and "not English" in by_name["german.txt"]["reason"]
    assert by_name["japanese.txt"]["language"] == "ja"


def test_cleaning_many_inputs_on_two_processes_gives_what_one_process_gives():
    """Documents and skipped inputs, in input order, whatever the process count."""
    import hashlib

    from crosswire.clean import clean_documents
    from crosswire.config import Settings
    from crosswire.errors import InputProblem
    from crosswire.models import RawInput

    texts = [f"Article {k}. " + "The council met on Tuesday and voted to repair the bridge over the river. " * (k % 5)
             for k in range(70)]
    texts[3] = "Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss zu reparieren. " * 4
    raws = [RawInput(f"in{k}.txt", t.encode(), "txt", hashlib.sha256(t.encode()).hexdigest()) for k, t in enumerate(texts)]

    def run(n):
        return [(r.source, r.reason) if isinstance(r, InputProblem) else r
                for r in clean_documents(raws, Settings(n_process=n, min_words=20))]

    one, two = run(1), run(2)
    assert one == two
    skipped = [r for r in one if isinstance(r, tuple)]
    assert ("in3.txt", next(r for s, r in skipped if s == "in3.txt")) in skipped
    assert any("not English" in reason for _s, reason in skipped)
    assert 40 < len(one) - len(skipped) < 70
