"""What blind round attrib_a89 taught (session 46; energy, commodities and utilities): "boe a
day" is a flow of barrels of oil equivalent, "therms" a unit of measure, a measure's range
takes the far end's unit, the earlier level after a percentage change is the measure's, pesos
quoted against the dollar are the story's own pesos, an Irish "cent" is a euro's, a small
naira sum is written "N58" in a Nigerian story, and a pack's size is no amount."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.model import Figure


def _found(paragraphs: list[str]) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures(paragraphs)}


def test_boe_a_day_and_boe() -> None:
    found = _found(
        ["Output will rise to roughly 61,000 boe a day, with reserves of 1.2 billion boe."]
    )
    assert found["61,000 boe a day"].unit == "barrels of oil equivalent per day"
    assert found["1.2 billion boe"].unit == "barrels of oil equivalent"
    assert found["1.2 billion boe"].kind == "other"


def test_a_measures_range_takes_the_far_ends_unit() -> None:
    for sentence in (
        "It cut its forecast to between 232,000 and 238,000 boe a day.",
        "It cut its forecast to 232,000-238,000 boe a day.",
    ):
        near = _found([sentence])["232,000"]
        assert (near.kind, near.unit) == ("other", "barrels of oil equivalent per day")


def test_the_level_before_a_percentage_change_is_the_measures() -> None:
    found = _found([
        "Skarvfjord pumped an average of 248,600 barrels of oil equivalent a day in the third "
        "quarter, up 11 per cent from 224,000 a year earlier."
    ])  # fmt: skip
    earlier = found["224,000"]
    assert (earlier.kind, earlier.unit, earlier.status) == ("other", "barrels", "base")
    assert earlier.metric == found["248,600 barrels"].metric


def test_therms_are_a_unit_of_measure() -> None:
    fig = _found(["A typical customer using 830 therms a year would pay about $7 more."])
    assert fig["830 therms"].kind == "other"


def test_pesos_to_the_dollar_are_the_pesos_the_story_writes() -> None:
    found = _found([
        "Costs fell thanks to a weaker peso, which ended September at 948 pesos to the dollar.",
        "Royalties came to Ch$41,250 million, against Ch$38,900 million in Argentina's fields.",
    ])  # fmt: skip
    assert (found["948 pesos"].kind, found["948 pesos"].unit) == ("other", "CLP per USD")


def test_a_cent_in_a_story_of_euros_is_a_euro_cent() -> None:
    found = _found([
        "The LNG deal is worth an estimated €4.8bn, against US$1.2bn for the terminal.",
        "Analysts expect gas to average 38 cent a therm this winter, down from 45 cent.",
    ])  # fmt: skip
    assert found["38 cent"].unit == "EUR"
    assert found["45 cent"].unit == "EUR"


def test_a_small_naira_sum_in_a_nigerian_story() -> None:
    found = _found([
        "Petrol now sells for N1,250 a litre in Lagos.",
        "The surcharge adds about N58 to each litre, and the refinery raised its price by N35.",
    ])  # fmt: skip
    assert (found["N58"].unit, found["N35"].unit) == ("NGN", "NGN")
    assert not _found(["Health workers wore N95 masks on the N25 road."])


def test_a_packs_size_is_no_amount() -> None:
    found = _found(["A 10kg bag of maize meal cost an average of R112 in Johannesburg."])
    assert "10kg" not in found
    assert "10kg" in _found(["Farmers in the district sold 10kg of maize each."])


def test_a_request_with_its_article_or_floor_is_planned() -> None:
    for sentence, surface in (
        ("North Star Gas asked state regulators Monday for a $118.6 million rate increase.",
         "$118.6 million"),
        ("The union called for at least $250 million, with a guarantee of new jobs.",
         "$250 million"),
        ("The company asked for a 7.5% increase in its prices.", "7.5%"),
    ):  # fmt: skip
        assert _found([sentence])[surface].status == "planned", sentence


def test_the_same_amount_put_another_way_shares_the_plans_status() -> None:
    found = _found(
        ["North Star Gas asked state regulators Monday for a $118.6 million rate increase, or "
         "9.4%, saying it needs the money."]
    )  # fmt: skip
    assert found["9.4%"].status == found["$118.6 million"].status == "planned"


def test_a_change_whose_clause_says_it_takes_effect_later_is_planned() -> None:
    found = _found(
        ["The commission approved an interim rise of 5.6%, which will take effect Jan. 1."]
    )
    assert found["5.6%"].status == "planned"
    past = _found(["Fares rose 4% last year, which took effect in March."])
    assert past["4%"].status is None
