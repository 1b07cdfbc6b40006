"""What blind round a90 taught (session 47): what a plan pencils in, and what is still due to
arrive or open, is planned, not a result (``planned.planned``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    found = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert found, surface
    return found[0].status


def test_what_a_plan_pencils_in_is_planned() -> None:
    assert _status(
        "The bakery chain has pencilled in 40 openings for next year.", "40 openings"
    ) == ("planned")
    assert _status("Ferrybridge penciled in about $12 million for repairs.", "$12 million") == (
        "planned"
    )


def test_what_is_still_due_to_arrive_is_planned() -> None:
    sentence = "The carrier flies 28 turboprops, with another 6 aircraft due by 2031."
    assert _status(sentence, "6 aircraft") == "planned"
    assert _status(sentence, "28 turboprops") != "planned"
    assert (
        _status("It has 14 branches scheduled to open in the spring.", "14 branches") == "planned"
    )
    # what was due and came (or did not) is no plan
    assert _status("Deliveries of 14 trams were due by March but came late.", "14 trams") != (
        "planned"
    )


def test_what_would_be_without_something_is_hypothetical() -> None:
    sentence = (
        "Without a one-off charge of £9m for the move, pre-tax profit would be about 6% higher, "
        "the brewer said."
    )
    assert _status(sentence, "6%") == "hypothetical"
    # a forecast in a later clause of its own is no counterfactual's
    later = (
        "Without the sale, the firm made a profit of £4m and said revenue would rise 5% next year."
    )
    assert _status(later, "5%") != "hypothetical"


def test_a_worked_example_of_spending_is_hypothetical() -> None:
    sentence = "A couple spending kr 3,100 a month on fuel would save about kr 240 under the cut."
    assert _status(sentence, "kr 3,100") == "hypothetical"
    assert _status(sentence, "kr 240") == "hypothetical"
    family = "A family of five spending $420 a week on food would pay $35 more."
    assert _status(family, "$35") == "hypothetical"


def test_a_dividend_in_pence_or_cents_is_per_share() -> None:
    def metric(sentence: str, surface: str) -> str | None:
        return next(f.metric for f in extract_figures([sentence]) if f.surface == surface)

    assert metric("The board declared a final dividend of 11.9p.", "11.9p") == (
        "final dividend per share"
    )
    assert metric("It raised its interim dividend to 57 cents.", "57 cents") == (
        "interim dividend per share"
    )
    # a whole payout is no amount per share
    assert metric("It paid dividends totalling £40m last year.", "£40m") == "dividends"


def test_a_percentage_joined_by_a_hyphen_is_a_figure() -> None:
    found = {f.surface: f.kind for f in extract_figures(["They get a 20-percent discount."])}
    assert found == {"20-percent": "percent"}
    found = {f.surface: f.kind for f in extract_figures(["It won a 12-per-cent rise."])}
    assert found == {"12-per-cent": "percent"}


def test_a_bylines_name_with_its_outlet_and_date_in_bars_owns_nothing() -> None:
    from reader.figures.lead import credit_line

    assert credit_line("Teresa Villanueva | Manila Business Chronicle | March 18, 2037 | 6:15 p.m.")
    assert credit_line("Sipho Dube | Cape Business Daily")
    assert not credit_line("Sales rose | costs fell | profit up")
    story = [
        "By Ma. Teresa Villanueva | Manila Business Chronicle | March 18, 2037 | 6:15 p.m.",
        "BotikaPlus Corp. said on Wednesday its net income rose 18 percent to P3.14 billion.",
        "Revenues grew 11.2 percent to P68.5 billion, the chain said.",
        "BotikaPlus opened 264 stores last year.",
    ]
    subjects = {f.surface: f.subject for f in extract_figures(story)}
    assert "Villanueva" not in " ".join(s or "" for s in subjects.values())
