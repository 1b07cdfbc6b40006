"""Status (issue 14, session 41): a sum a body allots with the active verb right before it is
planned ("has allocated €658m for", "has allotted Rs 1,045 crore to", "budgeted at A$310
million"), as 4 of the 6 such labelled figures of the earlier rounds were (the other two
passive: "The police were allocated R118.2 billion", a share handed out); "The budget gives"
is what a budget holds (budgeted.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _status(sentence: str) -> dict[str, str | None]:
    return {f.surface: f.status for f in extract_figures([sentence])}


def test_a_sum_a_body_allots_is_planned() -> None:
    assert (
        _status("The ministry has allocated €412m for rural bus services in 2027.")["€412m"]
        == "planned"
    )
    assert (
        _status("The council has allotted Rs 845 crore to its 212 schools this year.")[
            "Rs 845 crore"
        ]
        == "planned"
    )
    assert (
        _status("The new terminal, budgeted at A$265 million, opens in 2029.")["A$265 million"]
        == "planned"
    )
    assert (
        _status("The budget gives Rs 410 crore to the city's bus operator.")["Rs 410 crore"]
        == "planned"
    )


def test_a_share_handed_out_stays_actual() -> None:
    assert (
        _status("The fire service was allocated R9.4 billion last year.")["R9.4 billion"]
        != "planned"
    )
