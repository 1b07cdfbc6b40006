"""``python -m reader.eval.reproduce NAME DATA_DIR`` or ``python -m reader.eval.reproduce
--compare SHIPPED REBUILT``.

Does the documented command still rebuild a shipped weights file from the development data?
NAME is one of the shipped weights files (``lede``, ``boundary``, ``filekind``, ``roles``,
``metric``; the lede model before the boundary weights, which are fitted on its scores);
its trainer is run in this process exactly as the README documents it, but with ``--out`` to a
temporary file (the shipped file is never written), and the result is compared with the
shipped file. DATA_DIR holds ``bbc`` and ``pages`` (``/work/shared/eval``); the metric and lede
weights are fitted on the label sets in the repository, the boundary weights also on the hand-written
development pastes there (``paste_examples.DEV_PASTES``). One trainer a run: each installs its model.

The comparison (``--compare`` on any two weights files) prints "identical" for the same bytes,
else every value that differs: the largest absolute difference of each array (and how many of
its entries differ), each number's old and new value, each other field's old and new text.
Exit status: 0 identical, 1 different, 2 the trainer or a file could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = Path(__file__).resolve().parents[1]
LABELS = PACKAGE / "eval" / "labels"


def _boundary(data: Path, out: str) -> list[str]:
    return [str(data / "bbc"), "--out", out]


def _roles(data: Path, out: str) -> list[str]:
    return [str(data / "pages"), str(data / "bbc"), "--out", out]


def _lede(data: Path, out: str) -> list[str]:
    return [str(LABELS), "--out", out]


def _metric(data: Path, out: str) -> list[str]:
    return [str(LABELS), "--history", str(LABELS / "metric_history"), "--out", out]


# name -> (shipped file, trainer module, its arguments for the data directory and an output)
SHIPPED: dict[str, tuple[Path, str, Callable[[Path, str], list[str]]]] = {
    "lede": (PACKAGE / "story/boundary/lede_words.json", "train_lede", _lede),
    "boundary": (PACKAGE / "story/boundary/weights.json", "train_boundary", _boundary),
    "filekind": (PACKAGE / "story/boundary/filekind.json", "train_filekind", _boundary),
    "roles": (PACKAGE / "story/lines/roles/weights.json", "train_roles", _roles),
    "metric": (PACKAGE / "figures/metric_weights.json", "train_metric", _metric),
}


def differences(shipped: Any, rebuilt: Any, where: str = "") -> Iterator[str]:
    """One line for every value of ``rebuilt`` that is not the one in ``shipped``."""
    if isinstance(shipped, dict) and isinstance(rebuilt, dict):
        for key in sorted(set(shipped) | set(rebuilt), key=str):
            name = f"{where}.{key}" if where else str(key)
            if key not in rebuilt:
                yield f"{name}: only in the shipped file"
            elif key not in shipped:
                yield f"{name}: only in the rebuilt file"
            else:
                yield from differences(shipped[key], rebuilt[key], name)
        return
    if shipped == rebuilt:
        return
    name = where or "(file)"
    old, new = _numbers(shipped), _numbers(rebuilt)
    if old is None or new is None or old.shape != new.shape:
        yield f"{name}: {_short(shipped)} -> {_short(rebuilt)}"
    elif old.ndim == 0:
        yield f"{name}: {shipped} -> {rebuilt} (diff {abs(float(new - old)):.6g})"
    else:
        gap = np.abs(new - old)
        yield f"{name}: max abs diff {float(gap.max()):.6g} ({int((gap > 0).sum())} of {gap.size} differ)"


def _numbers(value: Any) -> np.ndarray | None:
    if isinstance(value, bool | str) or value is None:
        return None
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return None


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 70 else text[:67] + "..."


def compare(shipped: Path, rebuilt: Path) -> int:
    """Print how ``rebuilt`` differs from ``shipped``; 0 identical, 1 different, 2 unreadable."""
    try:
        old_bytes, new_bytes = shipped.read_bytes(), rebuilt.read_bytes()
        if old_bytes == new_bytes:
            print(f"identical: {rebuilt} reproduces {shipped} byte for byte")
            return 0
        lines = list(differences(json.loads(old_bytes), json.loads(new_bytes)))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"different: {rebuilt} does not reproduce {shipped}")
    for line in lines or ["(same values, other bytes: layout or number format)"]:
        print(f"  {line}")
    return 1


def rebuild(name: str, data: Path) -> int:
    """Run ``name``'s trainer to a temporary file and compare it with the shipped file."""
    import importlib

    shipped, module, arguments = SHIPPED[name]
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / shipped.name)
        argv = arguments(data, out)
        print(f"python -m reader.eval.{module} {' '.join(argv)}")
        trainer = importlib.import_module(f"reader.eval.{module}")
        status = trainer.main(argv)
        if status != 0 or not Path(out).exists():
            print(f"error: {module} failed (exit {status}); nothing to compare", file=sys.stderr)
            return 2
        return compare(shipped, Path(out))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader.eval.reproduce")
    parser.add_argument("name", nargs="?", choices=sorted(SHIPPED))
    parser.add_argument("data", nargs="?", type=Path, help="directory holding bbc/ and pages/")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("SHIPPED", "REBUILT"))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.compare is not None:
        return compare(*args.compare)
    if args.name is None or args.data is None:
        print("error: give NAME DATA_DIR, or --compare SHIPPED REBUILT", file=sys.stderr)
        return 2
    if args.name != "metric" and not (args.data / "bbc").is_dir():
        print(f"error: no bbc directory under {args.data}", file=sys.stderr)
        return 2
    return rebuild(args.name, args.data)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
