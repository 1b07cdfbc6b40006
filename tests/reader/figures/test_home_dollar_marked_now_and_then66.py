"""A paper that writes its own dollar bare, marks it with its letters once or twice ("A$9.74
billion") and marks the US dollar ("US$87.40 a tonne") means its own dollar by a bare "$"; a
story that marks its own dollar in as many sums as it leaves bare keeps "$" for the US one."""

from __future__ import annotations

from reader.figures import extract_figures

_PERTH = [
    "Pilbara iron ore miner Yule River Iron said on Wednesday annual profit fell 14 per cent.",
    "Net profit fell to $2.38 billion from $2.77 billion, short of the $2.45 billion consensus. "
    "Revenue dropped 4 per cent to A$9.74 billion and EBITDA came in at $4.62 billion.",
    "The price it received fell to US$87.40 a tonne. The Perth-based miner will buy back "
    "$500 million of shares and pay a final dividend of $1.10.",
    "Its shares closed at $19.85 on the ASX in Perth.",
]


def _units(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.unit for f in extract_figures(paragraphs) if f.kind == "money"}


def test_bare_dollars_are_the_home_dollar_marked_now_and_then() -> None:
    units = _units(_PERTH)
    assert units["$2.38 billion"] == units["$4.62 billion"] == units["$19.85"] == "AUD"
    assert units["A$9.74 billion"] == "AUD"
    assert units["US$87.40"] == "USD"


def test_a_story_marking_its_own_dollar_as_often_keeps_bare_dollars_us() -> None:
    units = _units(
        [
            "Sydney-based Koala Mining said profit rose to A$120 million and revenue to "
            "A$900 million. Its Perth unit sold copper at US$9,000 a tonne.",
            "It paid $30 million for a Chilean mine and A$40 million for a Sydney office.",
        ]
    )
    assert units["$30 million"] == "USD"
