"""Measures written as bare numbers or short units (sentences written here): a share index's
level, short areas, energy and frequency in words or symbols, and container units."""

from __future__ import annotations

from reader.figures import parse_sentence


def _found(sentence: str) -> list[tuple[str, str, float, str | None]]:
    return [(f.surface, str(f.kind), f.value, f.unit) for f in parse_sentence(sentence)]


def test_an_index_level_reached_after_its_move_is_in_points() -> None:
    found = _found("The Nikkei 225 slipped 1.2% to 38,410.5 as exporters weakened.")
    assert ("38,410.5", "other", 38410.5, "points") in found
    found = _found("the hang seng index closed down 40 points, or 0.2%, at 17,902.44 on friday.")
    assert ("17,902.44", "other", 17902.44, "points") in found
    found = _found("Spain's Ibex ended flat at 11,204 while bonds rallied.")
    assert ("11,204", "other", 11204.0, "points") in found


def test_a_level_not_reached_by_an_index_stays_a_count() -> None:
    found = _found("Orders at the bakery rose 3% to 1,240.5 thousand loaves.")
    assert all(f[3] != "points" for f in found)
    found = _found("The retailer's store count rose to 2,315 from 2,290.")
    assert ("2,315", "count", 2315.0, None) in found


def test_a_short_area_is_spelled_out() -> None:
    found = _found("The landlord bought a 140,000 sq ft warehouse near the port.")
    assert ("140,000 sq ft", "other", 140000.0, "square feet") in found
    found = _found("The clinic will occupy 3,500 sq m on two floors.")
    assert ("3,500 sq m", "other", 3500.0, "square metres") in found


def test_energy_and_frequency_are_measures() -> None:
    found = _found("The smelter used 2.4 terawatt hours last year.")
    assert ("2.4 terawatt hours", "other", 2.4, "terawatt hours") in found
    found = _found("The regulator will auction 120 MHz of spectrum in June.")
    assert ("120 MHz", "other", 120.0, "MHz") in found


def test_containers_are_measured_in_teu() -> None:
    # (a measure in a unit, as the labels README says: session 55, TEU were counts before)
    found = _found("The terminal handled 1.3 million TEU, up from 940,000 TEU.")
    assert ("1.3 million TEU", "other", 1.3e6, "TEU") in found
    assert ("940,000 TEU", "other", 940000.0, "TEU") in found


def test_a_plain_rand_amount_in_a_south_african_story_is_rand() -> None:
    found = _found("A cashier in Durban earns about R9,400 a month, the union said.")
    assert ("R9,400", "money", 9400.0, "ZAR") in found
    found = _found("Shares in the miner fell 2.1% to R212.40 on the JSE.")
    assert ("R212.40", "money", 212.4, "ZAR") in found


def test_a_plain_r_number_elsewhere_is_no_amount() -> None:
    found = _found("Traffic on the R45 was diverted after the crash.")
    assert all(f[1] != "money" for f in found)
    # a scaled "R" amount is rand wherever it is written
    assert ("R3.4bn", "money", 3.4e9, "ZAR") in _found("The deal is worth R3.4bn.")


def test_cents_glued_to_a_small_number_are_money_in_the_written_currency() -> None:
    found = _found("A single fare will cost €2.40 from May, up 15c.")
    assert ("15c", "money", 0.15, "EUR") in found
    found = _found("Diesel rose by 37c a litre in March.")
    assert ("37c", "money", 0.37, "USD") in found


def test_a_version_or_temperature_is_not_cents() -> None:
    assert _found("The bank still runs Oracle 19c on its mainframe.") == []
    assert _found("Overnight it fell to 4C in the hills.") == []


def test_a_bare_exchange_rate_is_the_named_currency_per_the_quoted_one() -> None:
    found = _found("The ringgit weakened to 4.71 to the US dollar, from 4.66 a week ago.")
    assert ("4.71", "other", 4.71, "MYR per USD") in found
    assert ("4.66", "other", 4.66, "MYR per USD") in found
    found = _found("The zloty ended at 4.31 against the euro.")
    assert ("4.31", "other", 4.31, "PLN per EUR") in found


def test_a_rate_with_no_named_currency_keeps_no_unit_and_far_numbers_stay_counts() -> None:
    assert ("6.95", "other", 6.95, None) in _found("It was quoted at 6.95 to the dollar.")
    found = _found("The rupiah slid to 16,250 per dollar as imports rose to 3,400 from 2,900.")
    assert ("16,250", "other", 16250.0, "IDR per USD") in found
    assert ("2,900", "count", 2900.0, None) in found


def test_a_small_r_name_in_a_rand_story_is_no_amount() -> None:
    from reader.figures import extract_figures

    figs = extract_figures(
        ["Its Durban plant made R2.1 billion, and the R5 scooter sold out.", "It paid R40 each."]
    )
    assert not any(f.unit == "ZAR" and f.value == 5 for f in figs)
    assert any(f.unit == "ZAR" and f.value == 40 for f in figs)


def test_a_percentage_after_minus_is_negative() -> None:
    found = _found("Producer prices stood at minus 1.2 per cent in May.")
    assert ("minus 1.2 per cent", "percent", -1.2, "%") in found
    assert ("2.5%", "percent", 2.5, "%") in _found("Wages rose 2.5% in May.")
    assert _found("She still uses the old series 5c handheld.") == []


def test_bare_crowns_follow_the_crowns_the_story_wrote() -> None:
    from reader.figures import extract_figures

    figs = extract_figures(
        [
            "The bridge between Malmo and Copenhagen will cost 40 billion Danish crowns.",
            "Sweden has agreed to pay a third, about 13 billion crowns.",
        ]
    )
    assert any(f.value == 13e9 and f.unit == "DKK" for f in figs)
    # with no crowns written before, the country the sentence names decides
    figs = extract_figures(["Sweden has agreed to pay about 13 billion crowns."])
    assert any(f.value == 13e9 and f.unit == "SEK" for f in figs)


def test_the_base_of_odds_or_of_a_score_is_no_count() -> None:
    assert _found("The chance of a perfect bracket is 1 in 9,200,000.") == []
    assert _found("Critics gave the album 3 out of 5 stars.") == []
    assert _found("Roughly one in every 25 homes was empty.") == []


def test_a_part_out_of_a_large_whole_is_still_counted() -> None:
    found = _found("Some 1,400 out of 9,000 staff took the offer.")
    assert ("9,000 staff", "count", 9000.0, "staff") in found
