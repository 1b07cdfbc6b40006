"""A one-file hand-paste set for the tests that read one (``reader.eval.hand_pastes``'s format):
two short items under their headlines, written with or without blank lines between lines."""

from __future__ import annotations

import json
from pathlib import Path

FIRST = (
    "Engineers at the Dunmere works began testing a new turbine on Monday, the plant's "
    "owner Carrow Energy said."
)
SECOND = (
    "A primary school in Lessford will close for a week after a burst pipe flooded its hall "
    "and two classrooms overnight."
)
HEADLINES = ["Dunmere turbine tests begin", "Flooded school shuts for a week"]
LINES = [
    HEADLINES[0],
    FIRST,
    "The tests will run for six weeks before the turbine feeds the grid.",
    "Carrow Energy said the first power would flow in the spring.",
    HEADLINES[1],
    SECOND,
    "Pupils will be taught at the town library and the leisure centre until it reopens.",
    "The head teacher thanked parents for their patience.",
]


def spaced(lines: list[str]) -> list[str]:
    """``lines`` with a blank line between each two."""
    return [x for line in lines for x in (line, "")][:-1]


def write_set(folder: Path, lines: list[str]) -> Path:
    """``folder`` holding ``a.txt`` (``lines``) and its ``truth.jsonl``: two stories, opening
    at FIRST and SECOND under HEADLINES."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    truth = {"file": "a.txt", "count": 2, "starts": [FIRST, SECOND], "headlines": HEADLINES}
    (folder / "truth.jsonl").write_text(json.dumps(truth) + "\n", encoding="utf-8")
    return folder
