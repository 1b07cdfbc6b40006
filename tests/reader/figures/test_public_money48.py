"""What blind round a93 taught (session 48, public contracts and budgets): a rupee in a story
datelined from a Sri Lankan town is Sri Lanka's (``patterns.RUPEE_COUNTRIES``); a claim lodged,
money still to be paid out or still to come from someone, and what a body agrees to provide
are planned (``planned.planned``); the money a planned budget is said to include is planned as
the budget is (``included_status``); an outlet's line with its section and stamp above the
lead is no lead (``lead._outlet_stamp``); and (round a94) the Bosnian mark's "KM" is money
where Bosnia is named (``country_letters``). Sentences written here."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.lead import lead_at


def _figure(sentences: list[str], surface: str):  # type: ignore[no-untyped-def]
    found = [f for f in extract_figures(sentences) if f.surface == surface]
    assert found, surface
    return found[0]


def test_a_rupee_datelined_from_a_sri_lankan_town_is_sri_lankas() -> None:
    sentence = "JAFFNA — The Northern Provincial Council will spend Rs. 620 million on bus stands."
    assert _figure([sentence], "Rs. 620 million").unit == "LKR"
    # with no such town the rupee is India's
    assert (
        _figure(["The council will spend Rs. 620 million on bus stands."], "Rs. 620 million").unit
        == "INR"
    )


def test_claims_and_money_still_to_come_are_planned() -> None:
    assert (
        _figure(
            ["The builder has lodged claims of €14 million over the delays."], "€14 million"
        ).status
        == "planned"
    )
    assert (
        _figure(
            ["About €31 million is still to be paid out before the line opens."], "€31 million"
        ).status
        == "planned"
    )
    assert (
        _figure(
            ["Of the total, €9 million is to come from the regional government."], "€9 million"
        ).status
        == "planned"
    )
    assert (
        _figure(
            ["The ministry has agreed to provide €40 million towards the bridge."], "€40 million"
        ).status
        == "planned"
    )
    # what was spent is no plan
    assert (
        _figure(["So far €22 million has been spent on the tunnel."], "€22 million").status
        != "planned"
    )


def test_what_a_planned_budget_includes_is_planned() -> None:
    sentences = [
        "Tampere City Council on Tuesday approved a capital budget of €310 million for 2039.",
        "The budget passed by 41 votes to 26.",
        "It includes €84 million for schools and €52 million for the tram extension.",
        "The schools money includes €19 million for a new school in Hervanta.",
    ]
    for surface in ("€84 million", "€52 million", "€19 million"):
        assert _figure(sentences, surface).status == "planned", surface
    # a part's own clause states a fact
    sentences = [
        "The recovery plan would cost £18m over three years.",
        "It includes the sale of the old library, which is valued at around £2.5m.",
    ]
    assert _figure(sentences, "£2.5m").status != "planned"


def test_an_outlets_line_over_the_lead_is_no_lead() -> None:
    lead = "The Estonian state sold a 20 percent stake in grid operator Vooluvõrk overnight."
    for line in (
        "Tallinn Ledger · Business · 2037.06.10. 11:52",
        "Aarhus Business Review · Friday 18 December 2037 · 16:45 GMT",
        "Brno Daily Observer — 24. 3. 2037, 08:30",
        "Tartu Post, English edition | By Mari Tamm | Thursday 8 October 2037, 07:45",
    ):
        assert lead_at([line, lead]) == 1, line
    # a sentence with a year in it is a lead
    assert lead_at(["Sales rose 4% in 2037 · the firm said.", lead]) == 0


def test_the_bosnian_marks_letters_are_money_where_bosnia_is_named() -> None:
    sentence = "ZENICA — Miners in Bosnia will be paid KM 1,690 a month, about KM 68 more."
    assert _figure([sentence], "KM 1,690").unit == "BAM"
    assert _figure([sentence], "KM 68").unit == "BAM"
    # elsewhere the letters are no money
    assert not [f for f in extract_figures(["The trail is 12 KM 400 long."]) if f.unit == "BAM"]
