"""What moved by a percentage is the movement verb's subject (reader/figures/moved.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Annual review")}


def test_the_subject_of_the_verb_before_a_percentage_is_what_moved() -> None:
    got = _metrics(
        [
            "Tenants of Harbour Housing will see their service charges rise by 14% next year.",
            "Ferry routes led the recovery, with crossings to the Channel Islands rising 23%.",
            "Members of the gym saw their premiums climb 9% last year.",
        ]
    )
    assert got["14%"] == "service charges"
    assert got["23%"] == "crossings"
    assert got["9%"] == "premiums"


def test_a_list_a_long_phrase_a_name_or_a_measure_already_written_is_left() -> None:
    got = _metrics(
        [
            "The agency said output from farms, mills and quarries rose 0.4% in May.",
            "Revenue at the unit rose 5% to $2bn.",
            "prices in leeds slipped 0.3%, while harrogate rose 1.1%.",
            "The number of people waiting more than a year for a hip operation fell by 7%.",
        ]
    )
    assert got["0.4%"] != "quarries"
    assert got["5%"] == "revenue"
    assert got["1.1%"] != "harrogate"
    assert got["7%"] != "operation"


def test_a_level_the_subject_reached_measures_it_too() -> None:
    got = _metrics(
        [
            "Tourism officials said the growth came from Asia, with visitors from Japan "
            "rising 12% to 410,000.",
            "Households in the valley will see their water bills rise to £512 next year.",
        ]
    )
    assert got["12%"] == got["410,000"] == "visitors"
    assert got["£512"] == "water bills"


def test_more_verbs_of_movement_and_a_subject_after_a_time_phrase() -> None:
    got = _metrics(
        [
            "The insurer said on Monday its loss ratio improved to 88.2% in the half.",
            "The trust said its agency costs have risen 11% this year.",
            "Officials expect waiting times to improve by about 5% over the summer.",
            "Experts say that by the end of next year the numbers will have risen to 2 million.",
        ]
    )
    assert got["88.2%"] == "loss ratio"
    assert got["11%"] == "agency costs"
    assert got["5%"] == "waiting times"
    assert got["2 million"] != "end"


def test_a_level_reached_after_a_time_phrase_measures_the_subject() -> None:
    from reader.figures import extract_figures

    got = {
        f.surface: f.metric for f in extract_figures(["The average fare rose 6% this year to £45."])
    }
    assert got["£45"] == got["6%"] == "average fare"


def test_the_object_before_totalling_is_the_measure_wherever_the_subject_stands() -> None:
    sentence = (
        "The regulator, which oversees water companies, imposed fines totalling 3.7 billion "
        "pesos in 2025."
    )
    (fine,) = extract_figures([sentence])
    assert fine.metric == "fines"  # not left empty for the relative clause before it
    (paid,) = extract_figures(["The firm admitted the charges and paid damages totalling £4m."])
    assert paid.metric == "damages"
