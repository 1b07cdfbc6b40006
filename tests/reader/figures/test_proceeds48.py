"""What blind round a92 taught (session 48, deals and capital markets): money whose use is
still to come, the subject of "will repay", "will go towards" or "is earmarked for", is planned,
not a result (``planned.planned``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str, surface: str) -> str | None:
    found = [f for f in extract_figures([sentence]) if f.surface == surface]
    assert found, surface
    return found[0].status


def test_money_that_will_repay_or_fund_something_is_planned() -> None:
    assert (
        _status(
            "About €40 million of the proceeds will repay a bank loan due in May.", "€40 million"
        )
        == "planned"
    )
    sentence = (
        "Some $25m will go towards a new cold store, and the remaining $11m will fund two "
        "more trucks."
    )
    assert _status(sentence, "$25m") == "planned"
    assert _status(sentence, "$11m") == "planned"


def test_money_set_apart_in_apposition_is_planned() -> None:
    sentence = "The rest, about £3 million, is earmarked for staff training."
    assert _status(sentence, "£3 million") == "planned"


def test_a_figure_in_a_clause_before_the_verb_is_not() -> None:
    # the users are a fact; it is the company that will repay
    sentence = "Coinharbour, which says it has 2.6 million users, will repay customers in full."
    assert _status(sentence, "2.6 million users") != "planned"
    # money already spent is a result
    assert _status("Last year $4m was spent on repairs.", "$4m") != "planned"


def test_what_a_deal_keeps_owns_or_proposes_is_planned() -> None:
    sentence = (
        "The buyer said it would keep all 640 staff, and Harbro shareholders will own about "
        "35% of the enlarged group."
    )
    assert _status(sentence, "640 staff") == "planned"
    assert _status(sentence, "35%") == "planned"
    assert _status("The board said it would propose a dividend of 14p a share.", "14p") == (
        "planned"
    )


def test_the_close_a_premium_is_measured_to_is_the_base() -> None:
    sentence = "The offer is a premium of 31% to Friday's close of 212p on the London market."
    assert _status(sentence, "212p") == "base"
    sentence = "The shares were placed at a 6% discount to Norland Foods' close of €8.40."
    assert _status(sentence, "€8.40") == "base"
