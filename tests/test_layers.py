"""The layering rule of DESIGN.md: each layer imports only the layers below it."""

import ast
import pathlib

SRC = pathlib.Path(__file__).resolve().parent.parent / "src" / "crosswire"
BASE = {"models", "errors", "config"}
STAGES = ["ingest", "clean", "annotate", "date", "resolve", "attribute", "frame", "align", "contrast", "profile",
          "summarize", "render", "store", "embed", "cluster"]
LEVEL = {**{m: 1 for m in BASE}, **{s: 2 for s in STAGES}, "pipeline": 3, "evaluation": 4, "runners": 4,
         "cli": 6, "web": 5, "__init__": 5, "__main__": 5}  # the command line also starts the web app
# the data flow order: a stage may use the public functions of stages before it, never after it
FLOW = ["embed", "ingest", "clean", "annotate", "date", "resolve", "attribute", "frame", "align", "cluster", "contrast",
        "profile", "summarize", "render", "store"]


def _module_of(path: pathlib.Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(path: pathlib.Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("crosswire"):
            parts = node.module.split(".")
            if len(parts) == 1:
                yield from (a.name for a in node.names)
            else:
                yield parts[1]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "crosswire" and len(parts) > 1:
                    yield parts[1]


def test_layers_each_module_imports_only_lower_layers():
    problems = []
    for path in SRC.rglob("*.py"):
        me = _module_of(path)
        for target in _imports(path):
            if target == me or target == "__version__":
                continue
            if target not in LEVEL:
                problems.append(f"{path.relative_to(SRC)} imports unknown crosswire.{target}")
            elif LEVEL[target] > LEVEL.get(me, 5) or (LEVEL[target] == LEVEL.get(me) and LEVEL[me] != 2):
                problems.append(f"{path.relative_to(SRC)} ({me}) imports crosswire.{target}")
            elif LEVEL[me] == 2 and LEVEL[target] == 2 and FLOW.index(target) > FLOW.index(me):
                problems.append(f"{path.relative_to(SRC)} ({me}) imports a later stage crosswire.{target}")
    assert problems == []


def test_layers_every_stage_is_a_package_of_small_modules():
    too_long = [f"{p.relative_to(SRC)}: {n} lines" for p in SRC.rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert too_long == []
