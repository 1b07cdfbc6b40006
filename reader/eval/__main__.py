"""Dispatch ``python -m reader.eval TASK ARGS…`` to the module that holds the task."""

from __future__ import annotations

import importlib
import sys

TASKS = {
    "segment": "reader.eval.segment",
    "summaries": "reader.eval.summaries",
    "figures": "reader.eval.figures",
    "grouping": "reader.eval.grouping",
    "pages": "reader.eval.pages",
    "pasted": "reader.eval.pasted",
    "extract": "reader.eval.extract",
    "attribution": "reader.eval.attribution",
    "hand-pastes": "reader.eval.hand_pastes",
    "singles": "reader.eval.singles",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in TASKS:
        print(f"usage: python -m reader.eval {{{'|'.join(TASKS)}}} ARGS…", file=sys.stderr)
        return 2
    module = importlib.import_module(TASKS[argv[0]])
    return int(module.main(argv[1:]))


raise SystemExit(main(sys.argv[1:]))
