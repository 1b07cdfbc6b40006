"""An analyst's price target for a firm's shares is the firm's figure, not the analyst's nor
the broker's (``speaker.target_owner``; development rounds label the firm most often, blind
round attrib_a122, session 63)."""

from __future__ import annotations

from reader.figures import extract_figures

STORY = [
    "Games studio Redgum Interactive said its fantasy sequel Emberline 2 sold 2.3 million "
    "copies in its first seven days on sale.",
    "Collins Street Research analyst Tom Hadley lifted his price target to $7.60 from $5.90 "
    "and said the game could sell more than 6 million copies in its first year.",
    "Kasemsan Thongdee of Rattanakosin Securities cut his target for Chao Phraya Mobile to "
    "76 baht from 84 baht.",
]


def _subjects() -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(STORY, title="Redgum sequel sells")}


def test_the_target_is_the_story_firms() -> None:
    got = _subjects()
    assert got["$7.60"] == "Redgum Interactive"
    assert got["$5.90"] == "Redgum Interactive"


def test_a_target_for_a_named_firm_is_that_firms() -> None:
    got = _subjects()
    assert got["76 baht"] == "Chao Phraya Mobile"
    assert got["84 baht"] == "Chao Phraya Mobile"  # (the target it was cut from)


def test_the_analysts_own_forecast_is_untouched() -> None:
    # no price target governs a sales forecast: its owner is read as before
    got = _subjects()
    assert got["2.3 million copies"] == "Redgum Interactive"
