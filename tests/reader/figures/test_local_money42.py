"""What blind round attrib_a70 taught (issue 14, session 42: public money as regional papers
report it): a budget's size for a year named after it is planned ("a net revenue budget of
£612.4m for 2027/28"), as is a sum a body has budgeted ("has budgeted $48 million"); a
property tax's rate in mills is a measure, not a count; a glued "km" of something is a length;
a counted noun phrase stops before a currency's letters ("410 guest faculty paid Rs 32,000");
"faculty" counts people as "staff" does."""

from __future__ import annotations

from tests.reader.figures.helpers import by_surface as _figs


def test_a_budget_for_a_named_year_is_planned() -> None:
    figs = _figs("The county's cabinet backed a net revenue budget of £448.2m for 2028/29.")
    assert figs["£448.2m"].status == "planned"
    figs = _figs("The bond is part of a capital budget of R6.1-billion for next year.")
    assert figs["R6.1-billion"].status == "planned"


def test_a_sum_a_body_has_budgeted_is_planned() -> None:
    figs = _figs(
        "Hastings District Council has budgeted $31 million over four years for new pipes."
    )
    assert figs["$31 million"].status == "planned"


def test_mills_are_a_measure() -> None:
    figs = _figs("The levy would have raised about 3.8 mills more than the current one.")
    assert figs["3.8 mills"].kind == "other"
    assert figs["3.8 mills"].unit == "mills"


def test_a_glued_length_of_something_is_read() -> None:
    figs = _figs("The utility will replace 58km of ageing water mains in the northern suburbs.")
    assert figs["58km"].kind == "other"
    assert figs["58km"].value == 58.0
    # (a glued distance that places something stays out)
    assert not any("2km" in s for s in _figs("The depot is within 2km of the sea."))


def test_a_counted_phrase_stops_before_a_currencys_letters() -> None:
    figs = _figs("Classes are taught by 265 guest faculty paid Rs 28,000 a month.")
    assert figs["Rs 28,000"].kind == "money"
    assert figs["265 guest faculty"].kind == "count"


def test_faculty_before_a_plural_modifies_it() -> None:
    figs = _figs("The university will cut about 75 faculty positions next year.")
    assert figs["75 faculty positions"].unit == "faculty positions"


def test_animals_counted_in_the_singulars_form() -> None:
    # (blind round a72: a fish kill and a kiwi count)
    figs = _figs("Inspectors counted 2,210 dead brown trout below the outfall.")
    assert figs["2,210 dead brown trout"].kind == "count"
    assert "1,480 brown kiwi" in _figs("Rangers counted 1,480 brown kiwi on the peninsula.")
    assert _figs("The company runs 14 salmon farms.")["14 salmon farms"].unit == "salmon farms"
