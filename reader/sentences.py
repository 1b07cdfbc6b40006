"""Sentence splitting with nltk's Punkt code and parameters this project owns (no data files).

v1: a fixed abbreviation list; the summaries work may extend it (training, line awareness).
"""

from __future__ import annotations

from functools import lru_cache

ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "bros",
        "jr",
        "sr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vol",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "al",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s.a",
        "d.c",
        "n.y",
        "l.a",
        "s.a",
        "n.v",
        "a.g",
        "ag.",
    ]
)


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[str]:
    """Split one paragraph into sentences."""
    text = text.strip()
    if not text:
        return []
    return [s.strip() for s in _tokenizer().tokenize(text) if s.strip()]
