"""Every ISO 4217 code, the newer currency symbols and more currency names read as money."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures
from reader.figures.currencies import code_currency


def _money(text: str) -> dict[str, tuple[float, str | None]]:
    return {f.surface: (f.value, f.unit) for f in extract_figures([text]) if f.kind == "money"}


@pytest.mark.parametrize(
    ("text", "surface", "value", "code"),
    [
        (
            "Vltava Re reported premiums of CZK 12.4 billion last year.",
            "CZK 12.4 billion",
            12.4e9,
            "CZK",
        ),
        (
            "The lagoon's owner took ISK 9.8 billion in ticket sales.",
            "ISK 9.8 billion",
            9.8e9,
            "ISK",
        ),
        ("Sales rose to HUF 410bn at the Budapest chain.", "HUF 410bn", 410e9, "HUF"),
        ("Petrolia paid R$ 12 billion in dividends.", "R$ 12 billion", 12e9, "BRL"),
        ("The agency sold bonds worth TRY 2 billion.", "TRY 2 billion", 2e9, "TRY"),
        ("Its Kraków unit earned 1.9 billion złoty and 45m zł more.", "45m zł", 45e6, "PLN"),
        ("The Prague insurer paid claims of Kč 850 million.", "Kč 850 million", 850e6, "CZK"),
        (
            "Profit rose to 3.1 billion koruna at the Brno brewer.",
            "3.1 billion koruna",
            3.1e9,
            "CZK",
        ),
        ("Passes to the spa cost 7.2 billion krónur in all.", "7.2 billion krónur", 7.2e9, "ISK"),
        ("The Kyiv grocer's sales reached ₴4.5 billion.", "₴4.5 billion", 4.5e9, "UAH"),
        ("The Manila developer booked ₱18 billion of sales.", "₱18 billion", 18e9, "PHP"),
        ("The Accra miner paid 250 million cedis in royalties.", "250 million cedis", 250e6, "GHS"),
        (
            "The Amman bank lent 300 million dinars to builders in Jordan.",
            "300 million dinars",
            300e6,
            "JOD",
        ),
        ("The charity raised 12.4 billion CZK last year.", "12.4 billion CZK", 12.4e9, "CZK"),
        # as their own press writes them: prefixes, scales and names of ringgit, dirham,
        # rupiah, shilling, naira, pataca, kwanza
        ("Pekan Agro's net profit rose to RM186.4mil.", "RM186.4mil", 186.4e6, "MYR"),
        ("Revenue reached RM1.47bil in the nine months.", "RM1.47bil", 1.47e9, "MYR"),
        ("The Kuala Lumpur planter declared a dividend of 9.32 sen.", "9.32 sen", 0.0932, "MYR"),
        ("Sales at the Dubai tower came to Dh1.38 billion.", "Dh1.38 billion", 1.38e9, "AED"),
        ("Units start at Dhs2,870 a square foot.", "Dhs2,870", 2870.0, "AED"),
        ("The Jakarta lender booked Rp 4.5 trillion of loans.", "Rp 4.5 trillion", 4.5e12, "IDR"),
        ("The Nairobi dairy raised Sh2.1 billion from the bond.", "Sh2.1 billion", 2.1e9, "KES"),
        ("A crate costs KSh 500 in Kenya's markets.", "KSh 500", 500.0, "KES"),
        ("The Lagos fintech raised N2.5 billion in its round.", "N2.5 billion", 2.5e9, "NGN"),
        (
            "Macau casinos won 19.62 billion patacas in May.",
            "19.62 billion patacas",
            19.62e9,
            "MOP",
        ),
        ("Luanda's airport cost 90 billion kwanzas.", "90 billion kwanzas", 90e9, "AOA"),
    ],
)
def test_a_currency_of_any_country_is_money(
    text: str, surface: str, value: float, code: str
) -> None:
    money = _money(text)
    assert surface in money, money
    got_value, got_code = money[surface]
    assert got_value == pytest.approx(value) and got_code == code


def test_three_capitals_that_are_no_currency_leave_the_number_alone() -> None:
    figures = {
        f.surface: f for f in extract_figures(["GDP 5% higher, and TOP 10 lists everywhere."])
    }
    assert all(f.kind != "money" for f in figures.values())
    assert any(s.startswith("5%") or s == "5%" for s in figures)
    # a code that is also a word or an acronym is money only before a scaled number
    assert code_currency("TOP", scaled=False) is None and code_currency("TRY", scaled=True) == "TRY"
    assert code_currency("AMD", scaled=False) is None  # the chipmaker, not the dram
    assert code_currency("XYZ", scaled=True) is None


def test_a_code_glued_to_a_bare_number_is_a_name_not_money() -> None:
    money = _money("Delegates at COP26 in Glasgow agreed, and SDG7 stays; CHF2.5bn was pledged.")
    assert list(money) == ["CHF2.5bn"]


def test_letters_before_a_number_that_name_no_currency_leave_it_alone() -> None:
    money = _money(
        "Staff wore N95 masks on the N1 road, RM 40 Commando marched, and Sh is a sound. "
        "The court sat for 20 mil seconds."
    )
    assert money == {}
