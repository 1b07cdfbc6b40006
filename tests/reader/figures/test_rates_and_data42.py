"""What blind round attrib_a71 taught (issue 14, session 42: technology, telecoms and media
companies): an exchange rate quoted "per dollar" after "the won", in a currency's own word
("148 yen to the dollar"), as a sum after the currency quoted ("The dollar was quoted at
R$5.41") or as dollars per another currency after "the dollar" is a rate, not a sum (rates.py);
data written short ("31.4 GB", "1GB") is an amount of gigabytes; a band named by its
frequency ("the 700 MHz band") is no figure, an amount of spectrum ("470 MHz of spectrum") is."""

from __future__ import annotations

from tests.reader.figures.helpers import by_surface as _figs


def test_rates_in_their_several_shapes() -> None:
    assert _figs("The won traded at 1,371.2 per dollar on Friday.")["1,371.2"].unit == "KRW per USD"
    yen = _figs("The plan assumes an exchange rate of 151 yen to the dollar.")["151 yen"]
    assert (yen.kind, yen.unit) == ("other", "JPY per USD")
    real = _figs("The dollar was quoted at R$5.62 on Monday.")["R$5.62"]
    assert (real.kind, real.unit) == ("other", "BRL per USD")
    euro = _figs("If the dollar weakened to $1.21 per euro, sales would be 2% lower.")["$1.21"]
    assert (euro.kind, euro.unit) == ("other", "USD per EUR")


def test_a_dollar_price_per_unit_stays_money() -> None:
    assert _figs("The miner sold uranium at $81 per pound in May.")["$81"].kind == "money"
    assert _figs("Tickets cost $25 each, the club said.")["$25"].kind == "money"


def test_data_written_short_is_gigabytes() -> None:
    figs = _figs("Each user consumed 24.6 GB of data a month, and a 1GB bundle costs R35.")
    assert (figs["24.6 GB"].kind, figs["24.6 GB"].unit) == ("other", "gigabytes")
    assert figs["1GB"].unit == "gigabytes"


def test_a_band_named_by_its_frequency_is_no_figure() -> None:
    figs = _figs("It will bid for airwaves in the 700 MHz and 2600 MHz bands next year.")
    assert not any("MHz" in s for s in figs)
    figs = _figs("In the last auction it bought 320 MHz of spectrum for Rs 5,120 crore.")
    assert figs["320 MHz"].kind == "other"


def test_a_rate_per_cubic_metre_or_per_lakh_reads_the_whole_base() -> None:
    # (blind round a72: air quality and dengue incidence)
    figs = _figs("Fine particulate matter peaked at 164 micrograms per cubic metre on Friday.")
    assert figs["164 micrograms per cubic metre"].unit == "micrograms per cubic metre"
    figs = _figs("The city recorded about 37 cases per lakh population this season.")
    assert figs["37 cases per lakh population"].unit == "cases per lakh population"
