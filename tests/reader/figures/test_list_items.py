"""A figure alone in brackets right after a name is that name's (reader/figures/list_items.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _by_surface(*paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    return {f.surface: (f.subject, f.metric) for f in extract_figures(list(paragraphs), title="x")}


def test_a_list_of_shares_gives_each_bracket_to_its_name_and_the_lists_metric() -> None:
    got = _by_surface("Samsung led with 22% of shipments, ahead of Apple (18%) and Xiaomi (13%).")
    assert got["22%"][0] == "Samsung"
    assert got["18%"] == ("Apple", got["22%"][1])
    assert got["13%"] == ("Xiaomi", got["22%"][1])
    assert got["22%"][1] is not None


def test_a_hedge_inside_the_bracket_and_a_the_before_the_name() -> None:
    got = _by_surface(
        "The US remained its largest market, ahead of Japan (about 21 per cent) and the EU "
        "(16 per cent)."
    )
    assert got["21 per cent"][0] == "Japan"
    assert got["16 per cent"][0] == "EU"


def test_a_month_a_sentence_opener_and_a_restated_figure_are_no_owners() -> None:
    got = _by_surface(
        "Brightwell Foods said sales rose in March (2.1%) after a weak winter.",
        "Most (62%) said they would buy again.",
        "Brightwell owns 40% of Cadora Mills (39.6%), the filing showed.",
    )
    assert got["2.1%"][0] != "March"
    assert got["62%"][0] != "Most"
    assert got["39.6%"][0] != "Cadora Mills"


def test_a_describing_word_before_the_name_is_not_part_of_it() -> None:
    got = _by_surface(
        "Investors include Frankfurt-based Talbrook Capital (12.5%) and the founders."
    )
    assert got["12.5%"][0] == "Talbrook Capital"


def test_a_bracketed_item_measures_what_its_list_does_whatever_the_sentence_adds() -> None:
    got = _by_surface(
        "Sonora shipped 31% of the smart speakers sold in Europe, ahead of Brightbox (24%) and "
        "Kallo (11%), according to research firm Quantel."
    )
    assert got["11%"] == ("Kallo", got["31%"][1])
    assert got["24%"] == ("Brightbox", got["31%"][1])


def test_a_research_firm_is_no_research_spending() -> None:
    from reader.figures.vocabulary import phrases_in

    assert [p for *_, p in phrases_in("according to research firm Quantel")] == []
    assert [p for *_, p in phrases_in("it spent more on research last year")] == ["research"]
