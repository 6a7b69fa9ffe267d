"""crosswire ingest, stories, show and cluster from the command line."""

from __future__ import annotations

import json

from crosswire.cli import main
from stream_helpers import write_copy, write_stream


def test_cli_ingest_stories_show(tmp_path, capsys):
    folder = tmp_path / "in"
    write_stream(folder)
    (folder / "empty.txt").write_text("  ")
    db = str(tmp_path / "news.db")
    assert main(["ingest", str(folder), "--db", db, "--no-analyze"]) == 0
    out, err = capsys.readouterr()
    assert "6 new articles (0 copies), 3 new stories" in out and "empty.txt" in err
    assert main(["ingest", str(folder), "--db", db, "--no-analyze"]) == 0
    assert "0 new articles" in capsys.readouterr().out
    assert main(["stories", "--db", db, "--json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert [s["documents"] for s in stories] == [2, 2, 2] and all(s["id"] and s["title"] for s in stories)
    assert main(["stories", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert all(s["id"] in listing for s in stories)
    out_dir = tmp_path / "show"
    assert main(["show", stories[0]["id"], "--db", db, "--out", str(out_dir)]) == 0
    capsys.readouterr()
    assert json.loads((out_dir / "story.json").read_text())["story"]["id"] == stories[0]["id"]
    assert (out_dir / "report.md").exists() and (out_dir / "report.html").exists()


def test_cli_show_and_stories_say_what_is_missing(tmp_path, capsys):
    assert main(["stories", "--db", str(tmp_path / "none.db")]) == 1
    assert "crosswire ingest" in capsys.readouterr().err
    db = str(tmp_path / "news.db")
    write_stream(tmp_path / "in", events=("vote",), per_event=1)
    main(["ingest", str(tmp_path / "in"), "--db", db, "--no-analyze", "-q"])
    capsys.readouterr()
    assert main(["show", "story-nothing", "--db", db, "--out", str(tmp_path / "o")]) == 1
    assert "crosswire stories" in capsys.readouterr().err


def test_cli_cluster_prints_one_line_per_document_in_input_order(tmp_path, capsys):
    folder = tmp_path / "in"
    paths = write_stream(folder)
    copy = write_copy(folder)
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    order = [str(p) for p in reversed(paths)] + [str(copy), str(folder / "zz-binary.txt")]
    assert main(["cluster", *order]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["source"] for r in rows] == [p + "#1" for p in order[:-1]]
    assert len({r["story"] for r in rows}) == 3 and all(r["title"] for r in rows)
    by_source = {r["source"]: r for r in rows}
    assert by_source[str(copy) + "#1"]["copy_of"] is not None
    assert by_source[str(copy) + "#1"]["story"] == by_source[str(folder / "flood-0.json") + "#1"]["story"]
    assert "zz-binary.txt" in err and "binary" in err


def test_cli_cluster_with_nothing_usable_fails(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("too short")
    assert main(["cluster", str(tmp_path / "a.txt")]) == 1
    assert "nothing usable" in capsys.readouterr().err
