"""Session 39's currencies: Bermuda's and Brunei's dollars as their press writes them, "B$"
by the country named, a story's word on its dollar naming any dollar country, cents beside
sums all marked with one dollar's letters, Rwanda's "Rwf" glued to any sum, and "£" in a
story set in Gibraltar."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.unit for f in extract_figures(paragraphs)}


def test_a_story_declaring_its_dollar_names_any_dollar_country() -> None:
    units = _units(
        [
            "Premiums for the basic package will rise from $398.75 to $431.20 a month, the "
            "Bermuda Health Council said.",
            "Insurers paid out $96.4 million in claims last year.",
            "Figures in this article are in Bermuda dollars, pegged to the US dollar.",
        ]
    )
    assert units["$398.75"] == units["$96.4 million"] == "BMD"


def test_b_dollars_are_bruneis_or_the_bahamas_by_the_country_named() -> None:
    assert _units(["Brunei's flood fund will pay B$1,500 to each family, the ministry said."]) == {
        "B$1,500": "BND"
    }
    assert _units(["In Nassau, the Bahamas cabinet approved B$12 million for roads."]) == {
        "B$12 million": "BSD"
    }
    # naming neither, the letters are no money
    assert "B$40" not in _units(["He paid B$40 for the ticket at the gate."])


def test_cents_beside_sums_all_marked_with_one_dollar() -> None:
    units = _units(
        [
            "WINDHOEK - Kunene Fishing lifted profit after tax to N$214.6 million, and its "
            "shares closed at N$14.25, up 35 cents on the week.",
            "Earnings per share rose to 98.4 cents from 82.7 cents.",
        ]
    )
    assert units["35 cents"] == units["98.4 cents"] == units["N$14.25"] == "NAD"


def test_rwandan_francs_glued_to_a_sum_of_three_digits() -> None:
    units = _units(["The bidder offered Rwf310 a share for the Musanze lender, against Rwf228."])
    assert units["Rwf310"] == units["Rwf228"] == "RWF"


def test_pounds_in_a_story_set_in_gibraltar() -> None:
    story = [
        "A boat courier was fined £18,500 by Gibraltar Magistrates' Court on Tuesday for "
        "smuggling tobacco across the bay.",
        "Gibraltar customs officers seized goods worth £1.9 million last year.",
    ]
    assert set(_units(story).values()) == {"GIP"}
    # a London story naming Gibraltar in passing keeps sterling
    london = [
        "The UK Treasury will lend £2 billion to build homes in London, the chancellor said.",
        "A smaller £40 million fund covers Gibraltar and Gibraltar's port.",
    ]
    assert set(_units(london).values()) == {"GBP"}


def test_cayman_islands_dollars_marked_or_declared() -> None:
    units = _units(
        [
            "GEORGE TOWN, Grand Cayman - A condo treasurer was jailed for taking CI$486,240 "
            "from the association's reserve fund.",
            "He has repaid about CI$52,000, the court heard.",
        ]
    )
    assert units["CI$486,240"] == units["CI$52,000"] == "KYD"
    declared = _units(
        [
            "Rents on Grand Cayman rose to $2,450 a month, agents said.",
            "All amounts are in Cayman Islands dollars.",
        ]
    )
    assert declared["$2,450"] == "KYD"


def test_a_story_marking_the_us_dollar_writes_its_own_bare() -> None:
    units = _units(
        [
            "KINGSVILLE - A greenhouse grower will lay off 200 workers, blaming a U.S. tariff "
            "on its peppers.",
            '"A case that sold for US$18 in Chicago now nets us less than it costs to grow," '
            "the company's president said.",
            "Pickers earn Ontario's minimum wage of $17.60 an hour, and Ontario's ministry "
            "offered $15 million in loans to growers.",
            "Some 60 of the seasonal workers come from Jamaica each spring.",
        ]
    )
    assert units["US$18"] == "USD"
    assert units["$17.60"] == units["$15 million"] == "CAD"
