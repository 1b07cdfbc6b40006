"""Whose figure it is (issue 14, subject23): a body's members deciding for it, a cost that
falls on "us", and a person's affiliation written in apposition."""

from __future__ import annotations

from reader.figures import extract_figures


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


_TITLE = "Parking charges to rise as Marlow Heath sets £88m budget"


def test_councillors_approving_a_budget_approve_the_councils() -> None:
    found = _subjects(
        ["Drivers in Marlow Heath face dearer parking after councillors approved a £88.1m budget."],
        title=_TITLE,
    )
    assert found["£88.1m"] == "Marlow Heath"


def test_a_group_that_spends_still_owns_its_figure() -> None:
    found = _subjects(
        ["Parking charges rose again in Marlow Heath.", "The regulator said shoppers spent £2bn."],
        title=_TITLE,
    )
    assert found["£2bn"] == "shoppers"


def test_what_costs_us_is_the_speakers_bodys() -> None:
    found = _subjects(
        [
            "Marlow Heath council set its budget on Tuesday.",
            "Cllr Osborne said the council had few options. \"Children's services alone will "
            'cost us £40m next year, up from £35m," she said.',
        ],
        title=_TITLE,
    )
    assert found["£40m"] == "Marlow Heath"
    assert found["£35m"] == "Marlow Heath"


def test_a_party_in_apposition_is_not_what_it_means() -> None:
    found = _subjects(
        [
            "Marlow Heath council set its budget on Tuesday.",
            "Cllr Osborne, a Green, proposed an amendment to keep the pool open. "
            "It was defeated by 28 votes to 19.",
        ],
        title=_TITLE,
    )
    assert found["28 votes"] == "Marlow Heath"


_FOUNDER = [
    "When Thandi Mokoena started baking in her garage in 2015, she sold 30 loaves a day. "
    "Today her company, Mokoena Breads, runs 40 bakeries.",
    "In May, her company raised $40 million from investors led by Karoo Ventures, at a "
    "valuation of $300 million. Her company plans to open a plant in Pretoria next year at a "
    "cost of R400 million. It will employ about 250 people.",
]


def test_her_company_is_the_firm_she_founded_not_her() -> None:
    found = _subjects(_FOUNDER)
    assert found["$40 million"] == "Mokoena Breads"
    assert found["$300 million"] == "Mokoena Breads"  # not the investor before the comma
    assert found["R400 million"] == "Mokoena Breads"  # not the place of the plant
    assert found["250 people"] == "Mokoena Breads"  # "It" after "Her company plans"
    assert found["30 loaves"] == "Thandi Mokoena"  # hers: she opens that clause


def test_two_founders_firms_leave_her_company_alone() -> None:
    found = _subjects(
        [
            "Ana Ruiz and Mia Chen both quit banking in 2019. Her company, Ruiz Foods, sells "
            "soups; his firm, Chen Labs, makes sensors.",
            "In May, her company raised $40 million from investors.",
        ]
    )
    assert found["$40 million"] != "Ruiz Foods"


def test_an_about_section_describes_the_firm_it_heads() -> None:
    found = _subjects(
        [
            "Corvane Systems Inc. today announced that it will acquire Pellway, Inc. for $300 "
            "million in cash.",
            "Corvane expects the deal to add $20 million to revenue next year.",
            "About Pellway",
            "Founded in 2011 and based in Leeds, England, Pellway makes warehouse robots. "
            "It has 180 employees.",
            "Investor Relations",
            "The company has 2,400 employees in 12 countries.",
        ]
    )
    assert found["180 employees"] == "Pellway"
    assert found["2,400 employees"] != "Pellway"  # the section ended at the next heading


def test_a_compared_figure_belongs_to_the_firm_written_after_it() -> None:
    found = _subjects(
        [
            "Two bakery chains are fighting for the high street.",
            "The average loaf at Crumbwell costs £2.40, against £2.95 at Doughlane, which "
            "raised its prices by 15p in March.",
        ]
    )
    assert found["£2.40"] == "Crumbwell"
    assert found["£2.95"] == "Doughlane"
    assert found["15p"] == "Doughlane"


def test_a_compared_figure_with_no_firm_after_it_keeps_its_owner() -> None:
    found = _subjects(
        ["Crumbwell sold 41,000 loaves a week, against 38,000 loaves for the year before."]
    )
    assert found["38,000 loaves"] == "Crumbwell"


def test_lower_case_wrap_a_bonds_yield_and_an_economys_measure_own_their_moves() -> None:
    found = _subjects(
        [
            "shares end mixed as bonds slide",
            "the yield on the benchmark 30-year gilt rose 9 basis points to 5.32% after figures "
            "showed uk retail sales fell 0.7% in november.",
        ]
    )
    assert found["9 basis points"] == "30-year gilt"
    assert found["5.32%"] == "30-year gilt"
    assert found["0.7%"] != "30-year gilt"  # the gilt's clause ended at "after"


def test_lower_case_wrap_an_economys_measure_with_no_owner_is_itself() -> None:
    found = _subjects(
        ["stocks slip", "data showed regular pay grew 4.8% in the three months to june."]
    )
    assert found["4.8%"] == "regular pay"


def test_a_government_named_before_is_not_the_miner() -> None:
    found = _subjects(
        [
            "Wirrina Resources will close its copper mine, cutting 300 jobs.",
            "The NSW Government said it would fund retraining for the workers.",
            "The miner's shares fell 6 per cent to 52 cents.",
        ],
        title="Wirrina Resources shuts copper mine",
    )
    assert found["6 per cent"] == "Wirrina Resources"
    assert found["52 cents"] == "Wirrina Resources"


def test_a_name_written_as_its_possession_is_not_the_owner() -> None:
    found = _subjects(
        [
            "The ASX-listed miner will place its Kestrel Ridge copper operation in the Pilbara "
            "into care and maintenance from March, cutting about 300 jobs, after prices fell to "
            "a four-year low.",
            "Kestrel Ridge, 80 kilometres east of Newman, opened in 2011.",
        ],
        title="Wirrina puts copper mine on ice",
    )
    assert found["300 jobs"] == "Wirrina"


def test_the_company_after_a_brokerage_is_the_firm_it_watches() -> None:
    found = _subjects(
        [
            "Veltro Paints said its net profit rose 18% to Rs 412 crore.",
            "Brokerage Sandhurst Securities raised its target price on the stock to Rs 2,400.",
            "Separately, the company said it had set aside Rs 50 lakh for staff training.",
        ],
        title="Veltro Paints profit rises",
    )
    assert found["Rs 50 lakh"] == "Veltro Paints"


def test_a_facility_run_by_a_firm_is_the_firms_not_its_places() -> None:
    found = _subjects(
        [
            "The bottling plant run by Fenwick Drinks at Carrbridge, near Inverness, filled "
            "41 million bottles last year, up from 38 million, because demand for water rose.",
        ]
    )
    assert found["41 million bottles"] == "Fenwick Drinks"
    assert found["38 million"] == "Fenwick Drinks"


def test_a_plants_address_set_off_after_it_owns_nothing() -> None:
    found = _subjects(
        [
            "Fenwick Drinks made a loss of £1.2 million at the site. The plant, at Unit 7, "
            "Carr Mill Road, employs 88 people.",
            "It supplies three supermarkets under contracts worth £4.5 million a year.",
        ],
        title="Fenwick Drinks loses money",
    )
    assert found["88 people"] == "Fenwick Drinks"
    assert found["£4.5 million"] == "Fenwick Drinks"


def test_a_name_set_off_after_a_possession_is_the_owner_not_the_possessor() -> None:
    found = _subjects(
        [
            "Dunmore said its wage bill rose to £20m.",
            "Dunmore's city rivals, Castlegate, reported turnover of £41.5m last month, with "
            "wages of £27.2m.",
        ],
        title="Dunmore wage bill rises",
    )
    assert found["£20m"] == "Dunmore"
    assert found["£41.5m"] == "Castlegate"
    assert found["£27.2m"] == "Castlegate"


def test_giving_it_a_value_is_the_firms_not_the_exchanges() -> None:
    found = _subjects(
        [
            "Marrow Offshore won a $900 million drilling contract.",
            "Shares of the company rose 4.1% to $22.40 on the New York Stock Exchange, giving "
            "it a market value of roughly $3.2 billion.",
        ],
        title="Marrow Offshore wins drilling contract",
    )
    assert found["$3.2 billion"] == found["4.1%"] == "Marrow Offshore"
