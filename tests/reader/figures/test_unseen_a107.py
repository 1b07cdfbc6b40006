"""What blind round attrib_a107 showed (session 53, FIGURES_VERSION 283): Egypt's "LE" before a
small unscaled sum, "pounds" in a story a country of another pound leads, and centavos. Texts
written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures(list(paragraphs), title="x")}


def test_le_before_a_small_sum_is_egyptian_where_egypt_is_named() -> None:
    got = _units("Average ticket prices in Cairo have risen 18% in a year, to LE 220 from LE 186.")
    assert got["LE 220"] == ("money", "EGP")
    assert got["LE 186"] == ("money", "EGP")
    assert "LE 220" not in _units("The LE 220 trim sold well in Ohio, the dealer said.")


def test_pounds_in_a_story_egypt_leads_are_egyptian() -> None:
    got = _units(
        "CAIRO - The Egyptian comedy took 41 million pounds in its first weekend, its "
        "distributor said.",
        '"We will pass 300 million pounds in the cinemas alone," the Cairo producer said.',
    )
    assert got["41 million pounds"] == ("money", "EGP")
    assert got["300 million pounds"] == ("money", "EGP")
    uk = _units("British tourists spent 300 million pounds in Egypt last year, London said.")
    assert uk["300 million pounds"] == ("money", "GBP")


def test_centavos_are_the_countrys_hundredths() -> None:
    got = _units(
        "Rights holders in São Paulo earned an average of 2.1 centavos a stream, against 1.9 "
        "centavos a year earlier."
    )
    assert got["2.1 centavos"] == ("money", "BRL")
    manila = _units("Rights holders in Manila earned 30 centavos a stream.")
    assert manila["30 centavos"] == ("money", "PHP")


def test_a_measure_that_brings_money_in_is_the_metric() -> None:
    got = {
        f.surface: f.metric
        for f in extract_figures(
            [
                "Sales brought in €16.1 million, led by the midfielder's move.",
                "Ticket sales brought in €4 million.",
            ],
            title="x",
        )
    }
    assert got["€16.1 million"] == "sales"  # was "sale sales"
    assert got["€4 million"] == "ticket sales"


def test_eswatinis_lilangeni_and_rwandas_frw() -> None:
    # (blind attrib_a108, after attrib_a107: FIGURES_VERSION 285)
    got = _units(
        "Ubombo Sugar of Eswatini paid growers E3,862 a tonne and will spend E310 million on a "
        "boiler, the Mbabane firm said.",
        "The board cut the interim dividend to 42 cents a share, Eswatini's sugar association "
        "said.",
    )
    assert got["E3,862"] == ("money", "SZL")
    assert got["E310 million"] == ("money", "SZL")
    assert got["42 cents"] == ("money", "SZL")
    assert _units("Kigali's Muhazi Coffee paid Frw 480 a kilogram.")["Frw 480"] == ("money", "RWF")
    assert "E3" not in _units("The E3 route was closed near Bristol for 12 hours.")
