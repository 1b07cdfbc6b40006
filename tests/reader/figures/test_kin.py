"""A bare profit or loss named as the story named its kin (kin.py)."""

from __future__ import annotations

from dataclasses import replace

from reader.figures import extract_figures
from reader.figures.kin import kin_qualified
from reader.model import Figure


def _metrics(*paragraphs: str) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(list(paragraphs))}


def test_a_later_bare_profit_takes_the_kind_the_story_named() -> None:
    got = _metrics(
        "Operating profit at the bakery chain rose to £12m.",
        "Without the energy bill, profit would have been about £15m, the firm said.",
    )
    assert got["£15m"] == "operating profit"


def test_a_loss_against_a_profit_in_one_sentence_is_of_its_kind() -> None:
    got = _metrics("The builder made a pre-tax loss of £9.3m, against a profit of £2.2m.")
    assert got["£2.2m"] == "pre-tax profit"


def test_two_kinds_or_none_leave_a_bare_profit_bare() -> None:
    got = _metrics(
        "Operating profit rose to £12m and net profit to £8m.",
        "The firm said profit would reach £20m next year.",
    )
    assert got["£20m"] == "profit"
    assert _metrics("The firm said profit would reach £20m next year.")["£20m"] == "profit"


def test_a_loss_in_a_later_sentence_is_not_the_kin_of_a_profit() -> None:
    first = Figure("£5m", "money", 5e6, "£", metric="operating profit", sentence_index=0)
    later = Figure("£1m", "money", 1e6, "£", metric="loss", sentence_index=1)
    out = kin_qualified([first, later], ["Operating profit was £5m.", "It lost £1m on a loss."])
    assert out[1].metric == "loss"
    bare = Figure("£2m", "money", 2e6, "£", metric="profit", sentence_index=1)
    out = kin_qualified([first, bare], ["Operating profit was £5m.", "Profit was £2m."])
    assert (out[1].metric, out[1].measure) == ("operating profit", "profit")


def test_another_owners_or_an_adjusted_profit_is_no_kin() -> None:
    first = Figure("£5m", "money", 5e6, "£", metric="pre-tax profit", subject="Acme")
    later = Figure("£2m", "money", 2e6, "£", metric="profit", subject="Acme Films",
                   sentence_index=1)  # fmt: skip
    out = kin_qualified([first, later], ["Acme made £5m.", "Acme Films made £2m."])
    assert out[1].metric == "profit"
    first = replace(first, metric="underlying profit")
    out = kin_qualified([first, replace(later, subject="Acme")], ["A £5m.", "B £2m."])
    assert out[1].metric == "profit"
