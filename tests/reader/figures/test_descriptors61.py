"""A describing word before a firm, a firm's kind, a reason clause, a body's name (session 61):
"Copper miner Kivu Metals rose 4%" is the miner's share price, not copper's; a share move's
reason ("after warning that Christmas sales were weak") names why the shares moved, not what the
move measures; "the brewer", "the shipbuilder", "the distiller" refer back to the story's firm (so an
analyst's estimate of its profit is its own); "units in the year" are no trust's units;
a measure's word inside a body's name ("the Zambia Development Agency") is no measure; "Cash costs",
"Capital expenditure" opening a sentence name no one; a firm its kind introduces ("Rare earths
producer Wandoo Minerals"), called "the miner" later, is the story's firm."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.model import Figure


def _figure(paras: list[str], surface: str, title: str = "News") -> Figure:
    return next(f for f in extract_figures(paras, title=title) if f.surface == surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "subject"),
    [
        ("Copper miner Kivu Metals rose 4.1% to K62.30 after output beat forecasts.", "4.1%", "Kivu Metals"),
        ("Nickel producer Tarrow Resources slid 3% on Friday.", "3%", "Tarrow Resources"),
    ],
)  # fmt: skip
def test_a_commodity_describing_a_firm_leaves_the_move_to_the_firm(
    sentence: str, surface: str, subject: str
) -> None:
    fig = _figure([sentence], surface)
    assert fig.subject == subject
    assert fig.metric == "share price"


def test_a_reason_after_a_share_move_is_not_what_it_measures() -> None:
    sentence = "Grocer Brightway Foods fell 2.4% to 81.20 rand after warning that Christmas sales were weak."
    figs = {f.surface: f for f in extract_figures([sentence])}
    assert figs["2.4%"].metric == "share price"
    assert figs["81.20 rand"].metric == "share price"
    assert figs["2.4%"].subject == "Brightway Foods"
    # (a measure named before the move keeps the move out of the share price)
    other = "Sales at Brightway Foods fell 2.4% after a warm December, the grocer said."
    assert _figure([other], "2.4%").metric != "share price"


@pytest.mark.parametrize("kind", ["brewer", "distiller", "shipbuilder"])
def test_a_firms_kind_makes_the_lead_firm_the_storys(kind: str) -> None:
    # (named once: "the brewer" coming back to it makes it the story's firm, whose profit an
    # analyst forecasts)
    paras = [
        "LUSAKA - Mosi Crafts will spend K90 million on a new plant in Ndola, creating 80 jobs.",
        f"The {kind} sold 1.2 million units in the year to June, up 6% on the year before.",
        "Analyst Mwila Banda of Kafue Securities, who had expected annual profit of K410 million,"
        " raised her price target on the shares.",
    ]
    figs = {f.surface: f for f in extract_figures(paras, title="Lusaka maker to spend K90m")}
    assert figs["K410 million"].subject == "Mosi Crafts"
    assert figs["1.2 million units"].subject == "Mosi Crafts"
    # ("units in the year to June, up 6%" are units sold, no trust's units moving)
    assert figs["6%"].metric == "units sold"


def test_a_measure_word_inside_a_bodys_name_is_no_measure() -> None:
    sentence = "The Zambia Development Investment Agency gave K12 million towards apprenticeships."
    fig = _figure([sentence], "K12 million")
    assert fig.metric != "investment"
    # (written as a measure, it still is one)
    written = _figure(["Foreign investment in Zambia rose to K12 million."], "K12 million")
    assert "investment" in (written.metric or "")


def test_a_trusts_units_are_its_own() -> None:
    fig = _figure(["Units of Keppel Harbour REIT rose 2.1% to S$1.02."], "2.1%")
    assert (fig.subject, fig.metric) == ("Keppel Harbour REIT", "share price")


def test_money_words_opening_a_sentence_are_no_names() -> None:
    # ("Capital" and "Cash" are capitalised in the story's names, as a broker's last word)
    paras = [
        "Kestrel Telecom posted a 9% rise in quarterly profit to $210 million.",
        "Capital expenditure jumped to $84 million from $55 million.",
        "Cash costs rose 11% to $38.60 a line, the company said.",
        "Analyst Dana Roe of Harbour Cash Capital raised her rating on the shares.",
    ]
    figs = {f.surface: f for f in extract_figures(paras, title="Kestrel profit rises")}
    assert figs["$84 million"].subject == "Kestrel Telecom"
    assert figs["11%"].subject == "Kestrel Telecom"


def test_a_firm_its_kind_introduces_is_the_storys_firm() -> None:
    # (named once, after its kind; later only "the miner" and a product it makes by name)
    paras = [
        "PERTH, July 21 - Rare earths producer Wandoo Minerals lifted output of NdPr oxide by 22%.",
        "In a filing to the exchange, the Perth-based miner said it produced 1,840 tonnes of NdPr"
        " oxide in the quarter.",
        "It kept full-year guidance of 7,000 tonnes for fiscal 2038.",
    ]
    figs = {f.surface: f for f in extract_figures(paras, title="Miner lifts output")}
    assert figs["7,000 tonnes"].subject == "Wandoo Minerals"
