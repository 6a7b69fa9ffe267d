"""Small fictional news stream for the store, clustering and runner tests (invented text only)."""

from __future__ import annotations

import json
import pathlib

EVENTS = {
    "flood": dict(
        date="2024-03-05", place="Riverton", who="Mayor Elsa Brandt", n="240",
        lines=["Heavy rain sent the Sorrel River over its banks in Riverton on Tuesday, flooding {n} homes.",
               "{who} said emergency crews had moved families from the lowest streets near the old mill.",
               "The Sorrel River crested at nine metres overnight, the highest level recorded in Riverton.",
               "Volunteers filled sandbags at the Riverton fire station while pumps ran along Canal Street.",
               "Officials expect the water to fall slowly and warned residents to avoid the flooded roads."]),
    "fire": dict(
        date="2024-03-06", place="Dalby", who="Fire chief Omar Quist", n="85",
        lines=["A fire tore through the Hollin textile factory in Dalby on Wednesday, and {n} workers escaped.",
               "{who} said the blaze began in a dye store and spread along the roof of the main hall.",
               "Eleven fire engines fought the Hollin factory fire for six hours before it was under control.",
               "The Dalby plant makes uniforms, and its owners said production would stop for several weeks.",
               "Investigators from the county will examine the dye store once the ruins of the hall are safe."]),
    "vote": dict(
        date="2024-03-07", place="Carrow", who="Councillor Ines Varga", n="31",
        lines=["The Carrow city council voted {n} to 12 on Thursday to build a tram line to the airport.",
               "{who} said the tram would open in four years and carry commuters from the central station.",
               "Opponents on the Carrow council argued the airport tram budget would crowd out bus repairs.",
               "The approved plan sets aside money for twenty tram cars and a depot beside the ring road.",
               "Construction on the Carrow airport tram is due to begin next spring after a final design."]),
}
OUTLETS = ["Northern Ledger", "Daily Compass", "Valley Courier"]


def record(event: str, k: int) -> dict:
    e = EVENTS[event]
    lines = [line.format(**e) for line in e["lines"]]
    order = [lines[(k + j) % len(lines)] for j in (0, 1, 2, 3)]
    title = f"{e['place']}: " + ["the latest", "what we know", "an update"][k % 3] + f" on the {event}"
    return {"title": title, "text": "\n\n".join(order), "outlet": OUTLETS[k % len(OUTLETS)],
            "published": e["date"], "url": f"https://{OUTLETS[k % 3].split()[1].lower()}.example/{event}-{k}"}


def write_stream(folder: pathlib.Path, events=("flood", "fire", "vote"), per_event: int = 2,
                 start: int = 0) -> list[pathlib.Path]:
    """One JSON file per article; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for event in events:
        for k in range(start, start + per_event):
            path = folder / f"{event}-{k}.json"
            path.write_text(json.dumps(record(event, k)), encoding="utf-8")
            paths.append(path)
    return paths


def write_copy(folder: pathlib.Path, event: str = "flood", k: int = 0) -> pathlib.Path:
    """A wire copy of one article: the same text with one sentence added, another outlet."""
    rec = record(event, k)
    rec["text"] += "\n\nThe report was distributed by a news agency."
    rec["outlet"], rec["url"] = "Harbour Times", f"https://harbour.example/{event}-copy"
    path = folder / f"{event}-copy.json"
    path.write_text(json.dumps(rec), encoding="utf-8")
    return path
