"""A sum right after a verb of a measure moving is the move itself, shown signed ("Bus fares
will rise 12p": "+12p"), and the level after it moved that way ("rose 4p to 98p"); a sum
after "lost", "raised" or "cut" is a loss, funds or a saving, not a move."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.format import signed_value
from reader.model import Figure


def _by_surface(sentence: str) -> dict[str, Figure]:
    return {f.surface: f for f in extract_figures([sentence])}


def test_a_sum_after_a_verb_of_moving_is_the_move() -> None:
    fares = _by_surface("Bus fares in Elgin will rise 12p from January, the council said.")["12p"]
    assert fares.change is not None and fares.change.direction == "up"
    assert signed_value(fares)
    tax = _by_surface("Council tax will go up £48 a year for a Band D home.")["£48"]
    assert tax.change is not None and tax.change.direction == "up"
    revenue = _by_surface("Its revenue fell £2bn last year.")["£2bn"]
    assert revenue.change is not None and revenue.change.direction == "down"


def test_the_level_after_a_sum_moved_that_way() -> None:
    figs = _by_surface("The price of a litre of milk rose 4p to 98p.")
    assert figs["4p"].change is not None and figs["4p"].change.amount == "4p"
    assert figs["98p"].change is not None and figs["98p"].change.direction == "up"
    assert not signed_value(figs["98p"])


def test_a_loss_funds_and_a_saving_are_no_moves() -> None:
    assert _by_surface("The firm lost £2bn last year.")["£2bn"].change is None
    assert _by_surface("The firm raised £40m from investors.")["£40m"].change is None


def test_an_amount_added_to_or_taken_off_a_measure_is_the_move() -> None:
    costs = _by_surface("It said the new levy would add about £45m to its costs next year.")
    assert costs["£45m"].change is not None and costs["£45m"].change.direction == "up"
    value = _by_surface("The shares plunged, wiping around £52million off its value.")
    assert value["£52million"].change is not None
    assert value["£52million"].change.direction == "down"
    growth = _by_surface("High oil prices have knocked 0.2% off the growth rate.")["0.2%"]
    assert growth.change is not None and growth.change.direction == "down"


def test_a_count_after_a_comma_and_up_is_the_move() -> None:
    figs = _by_surface(
        "The gains were in health care, up 21,500, and public administration, up 9,200."
    )
    assert figs["9,200"].change is not None and figs["9,200"].change.direction == "up"
    assert signed_value(figs["21,500"])


def test_a_sum_after_up_or_before_more_is_the_move() -> None:
    tolls = _by_surface("Class 2 vehicles will pay ₱342, up ₱26, while Class 3 trucks pay ₱513.")
    assert tolls["₱26"].change is not None and tolls["₱26"].change.direction == "up"
    assert tolls["₱342"].change is None
    bill = _by_surface("A household will pay about £86 a year more, the comparison site said.")
    assert bill["£86"].change is not None and bill["£86"].change.direction == "up"
    dearer = _by_surface("Readers were offered a price just 25p more expensive than that.")
    assert dearer["25p"].change is None


def test_a_share_after_a_moved_level_and_an_old_level_after_a_comma_are_no_moves() -> None:
    wages = _by_surface("The club's wage bill climbed to £92m, or 78% of revenue.")
    assert wages["78%"].change is None
    rates = _by_surface(
        "The average two-year fixed mortgage rate fell to 4.61%, from 5.12% in the spring."
    )
    assert not signed_value(rates["5.12%"])
    assert rates["4.61%"].metric == "mortgage rate"


def test_a_ranges_far_end_after_by_moves_as_its_near_end() -> None:
    rents = _by_surface("Landlords have agreed to cut rents by between 25% and 50%.")
    assert rents["50%"].change is not None and rents["50%"].change.direction == "down"
    price = _by_surface("The insurer expects the price to rise by 20% to 30% when it renews.")
    assert price["30%"].change is not None and price["30%"].change.amount == "30%"
    rate = _by_surface("The Reserve Bank lifted interest rates 0.25% to 5.5%.")
    assert not signed_value(rate["5.5%"])


def test_fewer_below_a_time_and_a_verbs_ing_form_are_moves() -> None:
    units = _by_surface("Councils passed plans for 3,418 units, 7.2% fewer than a year earlier.")
    assert units["7.2%"].change is not None and units["7.2%"].change.direction == "down"
    harvest = _by_surface("The harvest is estimated at 228.4 million boxes, 7% below last season.")
    assert harvest["7%"].change is not None and harvest["7%"].change.direction == "down"
    film = _by_surface("The film took $26.4 million on Friday, before dipping 19% on Saturday.")
    assert film["19%"].change is not None and film["19%"].change.direction == "down"
    assert _by_surface("Earnings could be restated by up to $9bn.")["$9bn"].change is None
