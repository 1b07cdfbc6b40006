from reader.figures import extract_figures
from reader.figures.deals import deal_target


def _subjects(text: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures([text])}


def test_a_bid_value_and_premium_are_the_targets() -> None:
    found = _subjects(
        "Swiss insurer Albrecht Re agreed to buy UK broker Dunmore Holdings for 410 pence a "
        "share, valuing the company at about £2.3 billion, a premium of 41% to Dunmore's "
        "closing price on Monday."
    )
    assert found["£2.3 billion"] == "Dunmore Holdings"
    assert found["41%"] == "Dunmore"


def test_deal_target_reads_the_words_around_the_figure() -> None:
    text = "Kestrel made an offer for Orrin Mining, valuing it at $900m."
    assert deal_target(text, text.index("$900m")) == "Orrin Mining"
    text = "The bid is a 27% premium over Penrose's average share price."
    assert deal_target(text, text.index("27%")) == "Penrose"
    text = "Kestrel's shares rose 27% over the week to a record."
    assert deal_target(text, text.index("27%")) is None
    text = "Kestrel bought Orrin Mining last year and its profit rose to $900m."
    assert deal_target(text, text.index("$900m")) is None
