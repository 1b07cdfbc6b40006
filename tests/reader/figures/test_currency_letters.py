"""Currencies as the world's English-language press writes them before (or after) an amount:
the Gulf's "SR", "QR", "KD", "BD", "RO", "JD", Egypt's "LE"/"E£", East Africa's "Ksh", "Shs",
"USh", "TSh", Ghana's "GH¢", the baht's "Bt", the lira's "TL", the CFA franc, the Swiss "SFr",
the won's "W" and the birr's "Br" before a scale, the dollars of other countries ("J$", "TT$",
"Mex$", "N$"), and the forint's "Ft" after a scaled amount (reader/figures/patterns.py,
currencies.py). Sentences written here."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures


def _money(sentence: str) -> list[tuple[str, str | None, float]]:
    figures = extract_figures([sentence], title="x")
    return [(f.surface, f.unit, f.value) for f in figures if f.kind == "money"]


@pytest.mark.parametrize(
    ("written", "code", "value"),
    [
        ("SR2.5 billion", "SAR", 2.5e9),
        ("QR 450 million", "QAR", 4.5e8),
        ("KD100m", "KWD", 1e8),
        ("BD 12,500", "BHD", 12500.0),
        ("RO1.5 million", "OMR", 1.5e6),
        ("JD 3.25", "JOD", 3.25),
        ("LE500 million", "EGP", 5e8),
        ("E£3.2 billion", "EGP", 3.2e9),
        ("Ksh 500 million", "KES", 5e8),
        ("Shs500 billion", "UGX", 5e11),
        ("TSh45 billion", "TZS", 4.5e10),
        ("GH¢1.2 billion", "GHS", 1.2e9),
        ("Bt 35 billion", "THB", 3.5e10),
        ("TL5 billion", "TRY", 5e9),
        ("SFr 450 million", "CHF", 4.5e8),
        ("W1.5 trillion", "KRW", 1.5e12),
        ("Br1.2 billion", "ETB", 1.2e9),
        ("J$2.3 billion", "JMD", 2.3e9),
        ("TT$450 million", "TTD", 4.5e8),
        ("Mex$1.2 billion", "MXN", 1.2e9),
        ("N$780 million", "NAD", 7.8e8),
        ("21.7 billion Ft", "HUF", 2.17e10),
        ("5 billion TL", "TRY", 5e9),
    ],
)
def test_a_currency_written_in_letters(written: str, code: str, value: float) -> None:
    assert _money(f"The group reported revenue of {written} for the year.") == [
        (written, code, value)
    ]


def test_the_cfa_franc_is_the_countrys() -> None:
    assert _money("Cameroon's brewer posted sales of CFA 320 billion.") == [
        ("CFA 320 billion", "XAF", 3.2e11)
    ]


def test_letters_before_a_small_round_number_are_no_money() -> None:
    assert _money("Traffic on SR 520 grew, the QR 2 code failed and Block W 5 closed.") == []
    assert _money("The summit at 5,000 Ft was cold.") == []


def test_the_letters_are_no_owner() -> None:
    figures = extract_figures(["Profit at Saudi Aramco rose to SR 120 billion."], title="x")
    assert [(f.surface, f.subject) for f in figures] == [("SR 120 billion", "Saudi Aramco")]


@pytest.mark.parametrize(
    ("written", "value"),
    [("$2.5Bn", 2.5e9), ("$2.5BN", 2.5e9), ("$40Mn", 4e7), ("$5MM", 5e6), ("$ 5 million", 5e6)],
)
def test_scale_words_in_capitals_and_a_spaced_dollar(written: str, value: float) -> None:
    assert _money(f"The group reported revenue of {written} for the year.") == [
        (written, "USD", value)
    ]


def test_millimetres_without_a_currency_are_no_millions() -> None:
    figures = extract_figures(["Rainfall reached 25 mm in a day, and 12mm more fell."], title="x")
    assert all(f.value < 1000 for f in figures)


def test_indian_grouping_and_a_spaced_percent_sign() -> None:
    figures = extract_figures(
        ["Sales reached ₹1,20,000 crore on 12,50,000 units, up 3.5 % on the year."], title="x"
    )
    assert [(f.surface, f.value) for f in figures] == [
        ("₹1,20,000 crore", 1.2e12),
        ("12,50,000 units", 1.25e6),
        ("3.5 %", 3.5),
    ]


def test_commas_in_no_known_grouping_make_no_number() -> None:
    from reader.figures.words import number

    assert number("1,00,00,000") == 1e7
    assert number("12,34") is None
    assert number("1,2345") is None


def test_the_rupee_is_the_countrys_the_story_names() -> None:
    assert _money("In Colombo, the resort group earned Rs. 642 million.") == [
        ("Rs. 642 million", "LKR", 6.42e8)
    ]
    assert _money("Karachi's cement maker lost 3bn rupees.") == [("3bn rupees", "PKR", 3e9)]
    assert _money("The Mumbai lender earned Rs 2,000 crore.") == [("Rs 2,000 crore", "INR", 2e10)]
    assert _money("The fund holds 500 rupees.") == [("500 rupees", "INR", 500.0)]


def test_hundredths_and_thousandths_of_other_currencies() -> None:
    for sentence, surface, code, value in (
        ("Accra's brewer paid 41 pesewas a share.", "41 pesewas", "GHS", 0.41),
        ("The Kuwait firm paid 31.4 fils a share.", "31.4 fils", "KWD", 0.0314),
        ("Retail fuel margins rose to 7.8ppl.", "7.8ppl", "GBP", 0.078),
    ):
        [(got, unit, amount)] = _money(sentence)
        assert (got, unit) == (surface, code)
        assert amount == pytest.approx(value)


def test_hectolitres_are_a_measure() -> None:
    figures = extract_figures(["The brewer sold 1.46 million hectolitres."], title="x")
    assert [(f.kind, f.unit) for f in figures] == [("other", "hectolitres")]


def test_a_wordlike_code_before_a_price_per_unit_is_money() -> None:
    figures = extract_figures(
        ["Hidroelectrica sold at RON 468 per MWh, from RON 512 per MWh."], title="x"
    )
    money = [(f.surface, f.unit, f.subject) for f in figures if f.kind == "money"]
    assert [(s, u) for s, u, _ in money] == [("RON 468", "RON"), ("RON 512", "RON")]
    assert all(owner != "MWh" for _, _, owner in money)
    assert _money("Shares of the TOP 10 per cent of firms rose.") == []


def test_shs_is_ugandas_unless_another_shilling_country_is_named() -> None:
    from reader.figures import extract_figures

    def unit(text: str) -> str | None:
        return extract_figures([text])[0].unit

    assert unit("The co-op paid shs 9,200 a bag.") == "UGX"
    assert unit("The Kampala firm made Shs 4.2 billion.") == "UGX"
    assert unit("Port fees rose to Shs 12 million, Tanzania's port authority said.") == "TZS"
    assert unit("In Nairobi the co-op paid shs 9,200 a bag, Kenya's farm board said.") == "KES"


def test_fils_are_a_dirhams_hundredths_in_a_uae_story_and_a_dinars_thousandths_else() -> None:
    from reader.figures import extract_figures

    def money(text: str) -> tuple[float, str | None]:
        f = extract_figures([text])[0]
        return round(f.value, 4), f.unit

    assert money("The Sharjah carrier proposed a dividend of 15 fils a share.") == (0.15, "AED")
    assert money("The Kuwaiti lender will pay 31.4 fils a share.") == (0.0314, "KWD")
