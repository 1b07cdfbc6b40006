"""A press release's dateline, a Title-case place with the full date ("Tel Aviv, December 2,
2026 – "), is no owner of the release's figures (reader/figures/datelines.py). Written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _owners(*paragraphs: str) -> dict[str, str | None]:
    return {
        f.surface: f.subject
        for f in extract_figures(
            list(paragraphs), title="Orvane Robotics reports fourth-quarter results"
        )
    }


def test_a_release_dateline_place_is_no_owner() -> None:
    for dateline in ("Tel Aviv, March 4, 2026 \u2013 ", "Tel Aviv, 4 March 2026 - "):
        owners = _owners(
            dateline + "Orvane Robotics Ltd. (TASE: ORVN), which makes warehouse robots in "
            "Israel, today reported its results for the fourth quarter.",
            "Highlights",
            "- Revenue of $84.2 million, up 14% from $73.9 million a year earlier.",
            "Outlook",
            "In January the company signed an agreement with the State of Israel to supply "
            "robots worth $12 million.",
        )
        assert owners["$84.2 million"] == owners["14%"] == "Orvane Robotics Ltd"


def test_a_firm_before_a_dash_is_still_a_firm() -> None:
    owners = _owners("Brightwell Foods - the Leeds baker - made a profit of £4.2m last year.")
    assert owners["£4.2m"] == "Brightwell Foods"
