"""Words that are never a figure's owner, whatever their capitals: a listing's ticker on an
exchange whose name holds a digit, a shopping day, a prefixed common word, a pay band, a
Spanish-language wire's dateline, a currency's letters, and "we" with no firm to speak for;
and currencies written with a full stop or by their country's letters after the number."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _by_surface(paragraphs: list[str], title: str | None = None) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs, title=title)}


def test_a_ticker_on_an_exchange_with_a_digit_is_no_owner() -> None:
    figs = _by_surface(
        [
            "Rodovia Logística (B3: RDLG3), Brazil's third-largest road freight group by revenue, "
            "has agreed to buy family-owned Transportes Serra Verde for R$1.34 billion including "
            "debt."
        ]
    )
    assert figs["R$1.34 billion"].subject == "Rodovia Logística"


def test_a_shopping_day_is_no_owner() -> None:
    figs = _by_surface(
        [
            "For Black Friday, which falls on Nov. 27 this year, the company expects sales of "
            "about R$4.1 billion over the week, compared with R$3.3 billion last year."
        ]
    )
    assert figs["R$4.1 billion"].subject != "Black"
    assert figs["R$3.3 billion"].subject != "Black"


def test_a_pay_band_is_no_owner() -> None:
    figs = _by_surface(
        [
            "A nursing officer at the bottom of Band 5, now earning Rs 36,800 a month, will be "
            "paid Rs 42,390 once all three stages are in place."
        ]
    )
    assert figs["Rs 36,800"].subject != "Band"
    assert figs["Rs 42,390"].subject != "Band"


def test_a_prefixed_common_word_opening_a_sentence_is_no_owner() -> None:
    figs = _by_surface(
        [
            "Ex-finance manager Lim Kok Hwee, 44, was jailed for four years on Tuesday.",
            "Ex-finance staff told the court that 17 payments worth S$286,500 went to a "
            "supplier that did not exist.",
        ],
        title="Ex-finance manager jailed for stealing from logistics firm",
    )
    assert all(f.subject != "Ex-finance" for f in figs.values())
    assert "S$286,500" in figs


def test_a_spanish_wire_dateline_is_read_as_one() -> None:
    figs = _by_surface(
        [
            "Santo Domingo.- Food prices in the Dominican Republic rose 7.4% in the twelve "
            "months to January, the fastest pace since 2030."
        ]
    )
    assert figs["7.4%"].subject == "Dominican Republic"


def test_we_with_no_firm_to_speak_for_is_never_shown_as_the_owner() -> None:
    figs = _by_surface(
        [
            "Heat pump sales fell sharply in the quarter after the grant scheme paused.",
            '"Many families simply put their plans on hold," said Dan Morley, who runs an '
            "installer in Doncaster.",
            '"We installed 1,140 heat pumps in the quarter, compared with 1,870 a year ago."',
        ]
    )
    assert figs["1,140 heat pumps"].subject != "We"
    assert figs["1,870"].subject != "We"


def test_a_dollar_named_by_its_country_letters_after_the_number() -> None:
    figs = _by_surface(
        [
            "Its cash holdings stood at about 186 billion NT dollars at the end of June, "
            "and its Hong Kong unit held 40 million HK dollars."
        ]
    )
    assert (
        figs["186 billion NT dollars"].kind,
        figs["186 billion NT dollars"].unit,
    ) == (
        "money",
        "TWD",
    )
    assert figs["40 million HK dollars"].unit == "HKD"


def test_currency_letters_with_a_full_stop() -> None:
    figs = _by_surface(
        [
            "The Kenyan utility earned Kshs. 300 million in the half, against Ksh.2.9bn a year "
            "earlier.",
            "It also booked Kshs. 500 million from the sale of a depot.",
        ]
    )
    assert figs["Kshs. 300 million"].unit == "KES"
    assert figs["Kshs. 300 million"].value == 300_000_000
    assert figs["Ksh.2.9bn"].unit == "KES"
    assert figs["Kshs. 500 million"].unit == "KES"
    assert all(f.subject not in ("Kshs", "KSh") for f in figs.values())
    bhutan = _by_surface(["The Thimphu plant of Druk Power in Bhutan cost Nu. 3 billion."])
    assert bhutan["Nu. 3 billion"].unit == "BTN"


def test_currency_letters_before_the_lead_figure_are_no_firm() -> None:
    figs = _by_surface(
        [
            "The Kenyan utility earned KSh 300 million in the half.",
            "It also made KSh 500 million from selling a depot.",
        ]
    )
    assert all(f.subject != "KSh" for f in figs.values())


def test_a_budget_is_no_owner() -> None:
    figs = _by_surface(
        [
            "KUALA LUMPUR: The Government will spend a record RM428.6bil next year, says the "
            "Finance Minister.",
            "Tabling Budget 2038 in the Dewan Rakyat on Friday, he said RM335.2bil would go to "
            "operating expenditure and RM88.4bil to development.",
            "Under the Budget, households earning less than RM2,500 a month will receive up to "
            "RM2,600 a year.",
        ]
    )
    assert all(f.subject != "Budget" for f in figs.values())


def test_the_bank_of_its_own_sentence_is_that_bank() -> None:
    figs = _by_surface(
        [
            "The New Zealand Debt Management office said on Thursday it would borrow $40 "
            "billion over the next four years.",
            "Kauri Bank chief economist Mereana Pohatu said the bank had expected a deficit of "
            "about $5.9 billion next year.",
        ]
    )
    assert figs["$5.9 billion"].subject == "Kauri Bank"
