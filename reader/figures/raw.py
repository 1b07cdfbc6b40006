"""One number the scan read (``scan.scan``): where it stands, its kind, value, unit and scale.
Apart from ``scan`` so that its readers (``ranges``, ``spelled_scan``) and the stages after it
hold it without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import FigureKind


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    kind: FigureKind
    value: float
    unit: str | None
    scale: str = ""  # the scale word written with a bare number ("95 million" -> "million")
    weak: bool = False  # a plain integer with no unit or noun: kept only if elided.py explains it
