"""Docs that tests keep true: the README shows the set-up commands, every command and evaluation."""

import pathlib
import re

from crosswire.cli import EVALUATIONS, build_parser

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_readme_shows_the_two_setup_commands_and_ci_calls_one():
    assert "make demo" in README and "make test" in README
    assert re.search(r"^make test$", (ROOT / ".ci" / "run").read_text(), re.M)


def test_docs_every_command_is_in_the_readme():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [name for name in sub.choices if f"crosswire {name}" not in README]
    assert missing == []


def test_docs_every_evaluation_is_in_the_readme():
    missing = [name for name in EVALUATIONS if f"crosswire eval {name}" not in README]
    assert missing == []


def test_docs_every_dependency_says_why_it_is_there():
    lines = (ROOT / "pyproject.toml").read_text().splitlines()
    start = lines.index("dependencies = [")
    deps = []
    for k, line in enumerate(lines[start + 1:], start + 1):
        if line.strip() == "]":
            break
        if line.strip().startswith('"'):
            deps.append((line.strip(), lines[k - 1].strip()))
    assert deps and all(comment.startswith("#") for _dep, comment in deps), deps
