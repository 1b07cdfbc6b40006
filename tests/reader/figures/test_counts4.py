"""Counts that are not counts and quantities that are measures (task counts4; sentences
written here)."""

from __future__ import annotations

from reader.figures import parse_sentence


def _counts(sentence: str) -> list[tuple[str, float]]:
    return [(f.surface, f.value) for f in parse_sentence(sentence) if f.kind == "count"]


def test_both_ends_of_an_age_range_are_ages() -> None:
    assert _counts("The youth squad has 52 trainees aged 15 to 19, and 8,000 members.") == [
        ("52 trainees", 52.0),
        ("8,000 members", 8000.0),
    ]
    assert _counts("About 3,500 drivers aged between 17 and 24 were surveyed.") == [
        ("3,500 drivers", 3500.0)
    ]
    assert _counts("The scheme pays 900 carers aged 60-75 a weekly grant.") == [
        ("900 carers", 900.0)
    ]
    # a range that is not of ages keeps its second end
    assert ("1,100 homes", 1100.0) in _counts("It sold between 900 and 1,100 homes.")


def _all(sentence: str) -> list[tuple[str, str, float, str | None]]:
    from reader.figures import extract_figures

    return [(f.surface, f.kind, f.value, f.unit) for f in extract_figures([sentence])]


def test_prefixed_metric_units_are_measures_not_counts() -> None:
    assert _all("The reservoir lost 95 megalitres in the storm.") == [
        ("95 megalitres", "other", 95.0, "megalitres")
    ]
    assert ("250 grams", "other", 250.0, "grams") in _all("Each loaf now weighs 250 grams.")
    # a plural noun that is no unit is still counted
    assert ("95 lorries", "count", 95.0, "lorries") in _all("The depot lost 95 lorries.")


def test_a_measure_per_day_keeps_the_day_in_its_unit() -> None:
    assert _all("The refinery processes 310,000 barrels a day.") == [
        ("310,000 barrels a day", "other", 310000.0, "barrels a day")
    ]
    assert _all("Its wells now pump 45,000 barrels per day.") == [
        ("45,000 barrels per day", "other", 45000.0, "barrels per day")
    ]
    assert _all("The plant treats 80 megalitres a day from the river.") == [
        ("80 megalitres a day", "other", 80.0, "megalitres a day")
    ]
    # both ends of a range
    assert [(f[0], f[3]) for f in _all("Its wells pump 2,000-2,500 barrels a day.")] == [
        ("2,000", "barrels a day"),
        ("2,500 barrels a day", "barrels a day"),
    ]
    # a year's amount is the plain measure; a count per day keeps its noun
    assert _all("The smelter will make 70,000 tonnes a year.") == [
        ("70,000 tonnes", "other", 70000.0, "tonnes")
    ]
    assert _all("The ferry carries 4,200 passengers a day.") == [
        ("4,200 passengers", "count", 4200.0, "passengers")
    ]


def test_glued_kilograms_and_oil_flows_in_bpd() -> None:
    assert _all("The lander carries a payload of 2,300kg to the moon.") == [
        ("2,300kg", "other", 2300.0, "kilograms")
    ]
    assert ("650,000 bpd", "other", 650000.0, "barrels per day") in _all(
        "The field's output reached 650,000 bpd in June."
    )
    # a glued "km" that places something is no measure
    assert _all("The depot sits within 3km of the port.") == []


def test_cents_named_by_their_dollar() -> None:
    assert ("7 HK cents", "money", 0.07, "HKD") in _all(
        "The board declared a final dividend of 7 HK cents a share."
    )
    assert ("12 NZ cents", "money", 0.12, "NZD") in _all("Milk rose by 12 NZ cents a litre.")


def test_a_label_line_counts_what_its_plural_names() -> None:
    from reader.figures import extract_figures

    lines = [
        "Tidewell Ferries said it would add routes next year.",
        "Vessels: 14",
        "Crew members: 420",
        "Founded: 2011",
        "Bonus: 12",
    ]
    got = [(f.surface, f.kind, f.unit) for f in extract_figures(lines)]
    assert ("14", "count", None) in got and ("420", "count", None) in got
    assert all(s not in ("2011", "12") for s, _, _ in got)
    # a label line repeating a count written earlier is that count again (one figure, with
    # its noun), not a second count with none
    again = extract_figures(["The fleet will grow to 27 ferries by 2028.", "Ferries: 27"])
    assert [(f.value, f.unit) for f in again if f.kind == "count"] == [(27.0, "ferries")]


def test_data_and_computing_units_are_measures_and_short_times_are_durations() -> None:
    assert _all("The new cable carries 40 gigabits per second.") == [
        ("40 gigabits per second", "other", 40.0, "gigabits per second")
    ]
    assert _all("The cluster peaked at 12.5 petaflops.") == [
        ("12.5 petaflops", "other", 12.5, "petaflops")
    ]
    assert _all("Orders clear in 40 milliseconds.") == []
    assert _all("The shift ran 14 hrs without a break.") == []


def test_ages_written_as_year_olds_are_not_counts() -> None:
    assert _all("Free swimming is open to all 5 to 11 year-olds.") == []
    assert _all("The club coaches 9 year-olds on Saturdays.") == []
    # what is counted before an age stays a count
    assert ("1,400", "count", 1400.0, None) in _all("Some 1,400 17-year-olds took the test.")


def test_dinars_and_rials_are_money_of_the_country_named() -> None:
    assert _all("In Jordan, bread rose to 300 dinars a tonne.") == [
        ("300 dinars", "money", 300.0, "JOD")
    ]
    assert ("8 billion rials", "money", 8e9, "OMR") in _all(
        "An Oman port operator made 8 billion rials."
    )


def test_a_verb_right_after_a_number_is_no_counted_noun() -> None:
    assert _all("A score above 60 indicates strong demand.") == []
    got = _all("The total of 2.4 million represents a record.")
    assert got == [("2.4 million", "count", 2400000.0, None)]


def test_a_capitalised_label_or_a_capitalised_spelled_number_names_a_thing() -> None:
    assert _all("Route planners say Bus 48 stops at the new depot.") == []
    assert _all("The Year 9 pupils moved school.") == []
    assert _all("Its 7-Eleven stores sell coffee.") == []
    assert _all("Part 3 of the review covers 22 insurers.") == [
        ("22 insurers", "count", 22.0, "insurers")
    ]
    # a lower-case "year" before a count is no label, and a spelled number opening a
    # sentence still counts
    assert ("250 people", "count", 250.0, "people") in _all("Last year 250 people applied.")
    assert ("Nine", "count", 9.0, "stores") in _all("Nine of its 31 stores will close.")


def test_a_plain_number_the_clauses_number_of_reaches_is_a_count() -> None:
    got = _all("The bakery cut the number of vans it runs on weekdays to about 85.")
    assert ("85", "count", 85.0, None) in got
    got = _all("Ministers will raise the number of night buses from 140 to 190.")
    assert ("140", "count", 140.0, None) in got and ("190", "count", 190.0, None) in got
    # without a tally a plain small number stays out
    assert _all("The bakery moved its vans to 85 Mill Lane.") == []
