"""Status (actual / base / expected / forecast / planned / hypothetical); hedges are in test_hedge.py."""

from __future__ import annotations

import pytest

from reader.figures import extract_figures, parse_sentence


def _status(sentence: str, surface: str) -> str | None:
    fig = next(f for f in parse_sentence(sentence) if f.surface == surface)
    return fig.status


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        (
            "Acme said profit rose to $5.1 billion from $4.99 billion a year earlier.",
            "$4.99 billion",
            "base",
        ),
        (
            "Acme said profit rose to $5.1 billion from $4.99 billion a year earlier.",
            "$5.1 billion",
            None,
        ),
        (
            "The index threshold rose to 310 million crowns from 287 million crowns.",
            "287 million crowns",
            "base",
        ),
        ("Pretax profit was £610m, compared with £498m last year.", "£498m", "base"),
        ("The start-up was valued at $700 million in its previous round.", "$700 million", "base"),
        ("The chain trades from 312 stores across the country.", "312 stores", None),
        (
            "Sales came in at $6.4 billion, beating the $6.2 billion analysts had expected.",
            "$6.2 billion",
            "expected",
        ),
        (
            "Subscribers reached 9 million, above the 6 million Wall Street had forecast.",
            "6 million",
            "expected",
        ),
        ("Analysts had expected quarterly earnings of 92 cents a share.", "92 cents", "expected"),
        ("Profit beat expectations of $1.2 billion.", "$1.2 billion", "expected"),
        (
            "Cloud revenue could surpass $10 billion by 2027, a broker said.",
            "$10 billion",
            "forecast",
        ),
        (
            "The company forecast third-quarter sales of about $4.5 billion.",
            "$4.5 billion",
            "forecast",
        ),
        ("It expects full-year profit of between £540m and £560m.", "£560m", "forecast"),
        ("She said the gross margin would reach 58% next year.", "58%", "forecast"),
        ("Harlow Motors will cut 3,500 jobs, about 8% of its workforce.", "8%", "planned"),
        ("The group plans to hire 250 staff in Leeds.", "250 staff", "planned"),
        ("Shareholders will vote on a proposed 5% rise in pay.", "5%", "planned"),
        ("The bank would have faced a £2.6m penalty had it not settled.", "£2.6m", "hypothetical"),
        (
            "The firm would add 2,000 engineers, after cutting 4% of its workforce in May.",
            "4%",
            None,
        ),
        (
            "The survey found 80% of firms plan price rises, according to a poll of 1,200 firms.",
            "1,200 firms",
            None,
        ),
        ("Net income rose 12% to $1.18 billion in the quarter.", "$1.18 billion", None),
        (
            "It said the plan would lift capacity by 30% and create 800 jobs.",
            "800 jobs",
            "forecast",
        ),
    ],
)
def test_status_from_the_clause(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


def test_status_of_an_expectation_named_after_the_figure() -> None:
    s = "Subscribers reached 9.3 million, above the 6 million analysts had forecast."
    figs = parse_sentence(s)
    assert [f.status for f in figs] == [None, "expected"]


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Growth will reach 1.9% this year, up from its earlier forecast of 1.4%.", "1.4%",
         "base"),
        ("Dorvale said it would shut two depots and cut about 450 jobs.", "450 jobs",
         "planned"),
        ("Sales beat the $2.1bn analysts had expected, helped by price rises of 5%.", "5%",
         None),
        ("Peak sales could hit $900m a year, analysts at Brock & Co estimate.", "$900m",
         "expected"),
        ("The plan would remove 300 of its 4,200 roles.", "4,200 roles", None),
        ("Management offered a 4% pay rise.", "4%", "planned"),
    ],
)  # fmt: skip
def test_status_from_the_clause_structure(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The company warned the move would cut its profits by $3.8m.", "$3.8m", "forecast"),
        ("A merger would create a bank valued at $90bn.", "$90bn", "forecast"),
        ("Chief executive Ana Ruiz said the firm would add 500 engineers.", "500 engineers",
         "planned"),
    ],
)  # fmt: skip
def test_would_is_an_intention_only_of_the_firm(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Economists at Halden Bank expect growth of about 1.2% next year.", "1.2%", "expected"),
        ("Analysts at Moor & Co estimate sales could reach $2bn.", "$2bn", "expected"),
        ("The film took $12m from 2,900 cinemas.", "2,900 cinemas", None),
        ("Revenue rose to $310m from $287m.", "$287m", "base"),
    ],
)  # fmt: skip
def test_expectations_named_with_their_firm_and_where_money_came_from(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a third party's estimate is an expectation, not the owner's forecast
        ("The floods will cost farmers between €300m and €450m, the growers' union has estimated.",
         "€300m", "expected"),
        ("The floods will cost farmers between €300m and €450m, the growers' union has estimated.",
         "€450m", "expected"),
        ("Spain's olive oil output will fall to about 850,000 tonnes this season after a drought, "
         "the farm ministry said.", "850,000 tonnes", "expected"),
        # "according to estimates" is a source, not an estimate of a future figure
        ("The toy took $8m in its first week, according to estimates from Pell Research.",
         "$8m", None),
        # the owner's own outlook stays a forecast
        ("Orla Foods said sales will rise to £300m next year.", "£300m", "forecast"),
        # "planned" as an adjective far from the figure is no plan
        ("The number of planned rail closures fell to 1,400 last year.", "1,400", None),
        ("Rail operators have a proposed 4% fare rise on the table.", "4%", "planned"),
        ("The start-up planned to offer boxes for about $30 a week.", "$30", "planned"),
        ("A new plant that will employ 600 people opens in March.", "600 people", "planned"),
        ("The city has set aside £5m to help traders hit by the roadworks.", "£5m", "planned"),
        ("The insurer said it had set aside £30m to cover storm claims.", "£30m", None),
    ],
)  # fmt: skip
def test_estimates_plans_and_provisions(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # an earlier level a figure is measured against
        ("The painting was last sold in 1987 for £1.1m.", "£1.1m", "base"),
        ("The strike price was 12% below the first round's €98.72.", "€98.72", "base"),
        ("Journeys rose to 1.61 billion, still short of the 1.75 billion made before.",
         "1.75 billion", "base"),
        # a range's far end shares its near end's status, a move from X to Y does not
        ("It expects growth of about 5%, up from its earlier forecast of 3% to 4%.", "4%",
         "base"),
        ("Its market value fell from a peak of $120bn to $4.6bn.", "$4.6bn", None),
        # a request or an offer is not an amount paid
        ("The charity has asked the government for £50m to help.", "£50m", "planned"),
        ("The union had originally asked for 10%.", "10%", "planned"),
        ("The Red Cross said it was seeking $6.5m for emergency aid.", "$6.5m", "planned"),
        ("It offers 15 editions of the service.", "15 editions", None),
        ("It said it would sell four older motels for roughly C$60 million.", "C$60 million",
         "planned"),
        # a period still to come
        ("Nurses accepted a deal worth 5.5% this year and 3.8% next year.", "3.8%", "forecast"),
        ("Nurses accepted a deal worth 5.5% this year and 3.8% next year.", "5.5%", None),
        # a contracted "will", and the figures a "guidance:" label introduces
        ("The chief executive said they'll spend $18bn on content.", "$18bn", "planned"),
        ("We\u2019ll cut 400 jobs in the spring, the airline said.", "400 jobs", "planned"),
        ("guidance: q4 revenue of $3.5bn-$3.6bn.", "$3.5bn", "forecast"),
        ("guidance: q4 revenue of $3.5bn-$3.6bn.", "$3.6bn", "forecast"),
        ("Outlook: sales of about £2.1bn for the year.", "£2.1bn", "forecast"),
        ("Results: revenue of $3.37bn, up 14%.", "$3.37bn", None),
        ("Our outlook: strong. Revenue was $3.37bn in the quarter.", "$3.37bn", None),
    ],
)  # fmt: skip
def test_bases_requests_ranges_and_coming_periods(
    sentence: str, surface: str, want: str | None
) -> None:
    assert next(f for f in parse_sentence(sentence) if f.surface == surface).status == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a sale's terms are set, not yet met
        (
            "Brackwell Foods set a price range of 410p to 460p a share for its London listing.",
            "410p",
            "planned",
        ),
        (
            "Brackwell Foods set a price range of 410p to 460p a share for its London listing.",
            "460p",
            "planned",
        ),
        (
            "The chipmaker expects to price its shares between $22 and $25 when trading opens.",
            "$22",
            "planned",
        ),
        # what someone wants or aims for
        ("The founder wants 40m paying members by 2029.", "40m paying members", "planned"),
        (
            "The pilots' union wants starting pay to rise from $61,000 to $74,500 a year.",
            "$74,500",
            "planned",
        ),
        ("The group is aiming for 1,200 outlets across Asia.", "1,200 outlets", "planned"),
        # a change that takes effect later
        (
            "The gym chain is raising its monthly fee to £34.99 starting March 1.",
            "£34.99",
            "planned",
        ),
        ("Fares on the line go up 6.5% from next year.", "6.5%", "planned"),
        # ... but a movement already made is a result
        ("Sales rose 5% starting in January, the retailer said.", "5%", None),
        ("The airline carried 3.1 million passengers in April.", "3.1 million passengers", None),
    ],
)
def test_terms_targets_and_changes_that_take_effect_later(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Harcastle received a 215 pence-per-share cash offer from Redwater.", "215 pence",
         "planned"),
        ("Drivers rejected a 4.5% pay offer and will strike next week.", "4.5%", "planned"),
        ("The offer is a premium of 38% to Harcastle's closing price of 155.8 pence.", "38%",
         "planned"),
        ("The offer is a premium of 38% to Harcastle's closing price of 155.8 pence.",
         "155.8 pence", "base"),
        ("The board rejected two earlier approaches, at 180p and 195p, in October.", "180p",
         "base"),
        ("The board rejected two earlier approaches, at 180p and 195p, in October.", "195p",
         "base"),
        ("The appeal raised £4.7m, beating last year's total of £3.9m.", "£3.9m", "base"),
        ("Only 38% of this year's $4.1bn appeal had been funded.", "$4.1bn", "planned"),
        ("The government will borrow about 20 billion kroner.", "20 billion kroner", "planned"),
        ("The trust needed to raise £19m a year from the public.", "£19m", "planned"),
        ("Its shares closed 12% above the offer price on their first day.", "12%", None),
        ("Sales were $6.5 billion, beating the $6.2 billion analysts had expected.",
         "$6.2 billion", "expected"),
    ],
)  # fmt: skip
def test_offers_appeals_earlier_levels_and_plans(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


def test_pledges_and_commitments_are_planned() -> None:
    for text in (
        "The company committed to invest $3bn in Ohio.",
        "Ministers vowed to bring waiting lists below 6 million.",
        "The group pledges to give 1% of profits to charity.",
        "Officials said the money would pay for 12 new trains.",
    ):
        assert [f.status for f in parse_sentence(text)] == ["planned"], text


def test_a_list_or_participle_under_a_planned_verb_is_planned() -> None:
    text = (
        "The minister said the money would pay for 12 jets, two radar systems and an extra "
        "4,000 conscripts a year, bringing the annual intake to about 9,500."
    )
    assert [f.status for f in parse_sentence(text)] == ["planned"] * 3
    text = (
        "Denmark will raise spending by 49 billion kroner, the government said on Tuesday, "
        "taking the budget to 3% of GDP."
    )
    assert [f.status for f in parse_sentence(text)] == ["planned", "planned"]
    # a result after a planned figure, with a verb of its own, stays a result
    text = "The firm will cut 500 jobs, and sales fell 4% last year."
    assert [f.status for f in parse_sentence(text)] == ["planned", None]


def test_a_participle_hung_on_a_clause_that_looks_ahead_takes_its_status() -> None:
    def statuses(text: str) -> list[str | None]:
        return [f.status for f in parse_sentence(text)]

    assert statuses(
        "The trust plans to open a second ward in March, adding 28 beds to the hospital."
    ) == ["planned"]
    assert statuses("Brokers expect demand to recover next year, lifting sales to about $2bn.") == [
        "forecast"
    ]
    # a clause that is done lends nothing, nor does a "having" clause
    assert statuses("The council shut the bridge, limiting traffic to 900 cars a day.") == [None]
    assert statuses(
        "The carmaker hopes to lift output, having agreed 500m euros of savings last year."
    ) == [None]
    # nor does a clause about an earlier figure: "had forecast" is the analysts', in the past
    assert (
        statuses(
            "It added 4.1 million users, above the 3 million analysts had forecast, taking its"
            " total to 96 million."
        )[-1]
        is None
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales in May rose 4% to £31m.",
        "Since may the service has logged 1,200 sessions a week.",
        "While its share has dropped since May to 88.9%, rivals grew.",
        "The chain's May sales were $14.4bn.",
    ],
)
def test_the_month_of_may_is_no_forecast(sentence: str) -> None:
    assert [f.status for f in parse_sentence(sentence)][-1] is None
    assert parse_sentence("Profit may reach £31m this year.")[0].status == "forecast"


def test_aims_leave_and_bases_before_a_clause() -> None:
    assert (
        _status("Streamly aims to have 100 million subscribers by 2028.", "100 million subscribers")
        == "planned"
    )
    assert (
        _status("The club won approval to expand its stadium to 41,000 seats.", "41,000 seats")
        == "planned"
    )
    # "as" after the base is a conjunction, not a counted noun ("from 3,850 cinemas")
    assert _status("Profit fell to £41.5m from £47.9m as it cut prices.", "£47.9m") == "base"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The bakery chain aimed to open 40 shops in the north.", "40 shops"),
        ("Grell Motors hoped to recruit 1,200 engineers by 2028.", "1,200 engineers"),
        ("The lender sought to raise $2bn from bond investors.", "$2bn"),
        ("Oxley plans to list its shares at a valuation of €6 billion.", "€6 billion"),
        ("Train fares in the region will rise by 3.9% in April.", "3.9%"),
        ("The minimum wage would rise to £12.60 an hour from 1 April.", "£12.60"),
    ],
)
def test_intentions_and_decided_price_changes_are_planned(sentence: str, surface: str) -> None:
    assert _status(sentence, surface) == "planned"


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        # a result reported after an intention in a relative clause is a result
        ("Tamsin Foods, which aims to expand abroad, posted sales of £410m.", "£410m", None),
        # a projection of what the firm earns stays a forecast
        ("The retailer said revenue would rise to £6bn.", "£6bn", "forecast"),
        # "expects to" is a projection, not an intention
        ("Merrow expects to sell 90,000 cars next year.", "90,000 cars", "forecast"),
    ],
)
def test_what_an_intention_rule_leaves_alone(sentence: str, surface: str, want: str) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Under the proposals, a typical water bill would rise to £640.", "£640", "planned"),
        ("Up to 90 posts will go under the plans.", "90 posts", "planned"),
        ("About 90 branches are to close next spring.", "90 branches", "planned"),
        ("The pilots' union is demanding a 12% pay rise.", "12%", "planned"),
        (
            "Corvel is seeking a valuation of up to $3 billion in the listing.",
            "$3 billion",
            "planned",
        ),
        ("The listing would value the chipmaker at €4 billion.", "€4 billion", "planned"),
        ("Its proposed takeover values the insurer at about £900m.", "£900m", "planned"),
        (
            "Aid will reach 0.7% of national income by 2030, the government pledged.",
            "0.7%",
            "planned",
        ),
        ("That compares with £61m a year earlier.", "£61m", "base"),
        ("Profit was £48m; a year earlier it was £61m.", "£61m", "base"),
        # the whole a planned part comes from is a fact
        ("Nine of the trust's 31 wards will be closed by June.", "31 wards", None),
        # a promise reported in a later clause does not make an earlier result planned
        (
            "The owner turned £25m of loans into shares, and said he had promised more.",
            "£25m",
            None,
        ),
        # under a plan already carried out, a result is a result
        ("Under the plan, sales rose 6% last year.", "6%", None),
    ],
)
def test_plans_demands_pledges_and_comparisons(sentence: str, surface: str, want: str) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The board said it had found savings and would cut 60 posts.", "60 posts", "planned"),
        ("The museum will also postpone a £12m extension.", "£12m", "planned"),
        ("Debt, which stood at £80m three years ago, is forecast to reach £95m.", "£80m", "base"),
        ("Debt stood at £80m three years ago.", "£80m", None),
        ("Profit rose 4% to £212m in the last financial year.", "£212m", None),
        ("Profit was £212m, against £190m in the previous year.", "£190m", "base"),
        (
            "The zoo said it expected about 400,000 visitors this summer.",
            "400,000 visitors",
            "forecast",
        ),
        (
            "The union wants pay to rise from €29,800 to €34,000 a year, an increase of 14%.",
            "14%",
            "planned",
        ),
        (
            "Orvik set a price range of €12 to €15 a share, which values the firm at between "
            "€2 billion and €2.5 billion.",
            "€2 billion",
            "planned",
        ),
        # an apposed change of a result is a result
        ("Sales rose to £34m last year, an increase of 14%.", "14%", None),
    ],
)
def test_coordinated_plans_bases_ago_and_apposed_changes(
    sentence: str, surface: str, want: str
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Analysts at Fenner & Co said the bill could reach $300m.", "$300m", "expected"),
        ("The ministry said the bill could reach $300m.", "$300m", "forecast"),
        ("The estimated cost of the bridge has risen to £2.1bn.", "£2.1bn", "forecast"),
        ("Costs rose to £2.1bn, twice the £1bn forecast when work began.", "£1bn", "base"),
        ("The group's earlier forecast was 4.2 million tonnes.", "4.2 million tonnes", "base"),
        ("The EU urged member states to spend at least 2% on research.", "2%", "planned"),
        (
            "The charity appealed for £3m to help 40,000 families this winter.",
            "40,000 families",
            "planned",
        ),
        (
            "It expects 30 million visitors this year, and between 32 million and 34 million "
            "next year.",
            "32 million",
            "forecast",
        ),
        # money raised to help people is a result when it was raised
        ("The charity raised £3m to help 40,000 families.", "40,000 families", None),
    ],
)
def test_analysts_estimates_superseded_forecasts_and_appeals(
    sentence: str, surface: str, want: str
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Tarnhill said revenue rose to $5.62B, from $4.99B a year earlier.", "$4.99B", "base"),
        ("Tarnhill said revenue rose to $5.62B, from $4.99B a year earlier.", "$5.62B", None),
        ("Operating profit was £310m, up from £270m.", "£270m", "base"),
        ("Analysts expected revenue of $5.4B.", "$5.4B", "expected"),
        ("The firm said cloud sales could surpass 30% of the total by 2027.", "30%", "forecast"),
        ("Tarnhill plans to cut 900 jobs.", "900 jobs", "planned"),
        ("Without the currency swings, sales would have grown 14%.", "14%", "hypothetical"),
        ("Its 380 planned depots are in the north.", "380 planned depots", "planned"),
        ("GridWay will spend £2bn, part of a £9bn national plan.", "£9bn", "planned"),
        ("Work on the plant, costing £85m, is due to begin in March.", "£85m", "planned"),
        ("The mayor pledged to build 4,000 homes.", "4,000 homes", "planned"),
        ("Twelve of its 40 depots will be closed by June.", "Twelve", "planned"),
        ("Twelve of its 40 depots will be closed by June.", "40 depots", None),
        ("Nine of the region's 31 schools will be merged.", "Nine", "planned"),
        ("Twelve of its 40 depots made a loss last year.", "Twelve", None),
    ],
)
def test_base_expected_forecast_planned_and_hypothetical_figures_are_marked(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        (
            "The grocer said it would open 15 stores next year and close about 30 smaller shops.",
            "30 smaller shops",
            "planned",
        ),
        (
            "Arden plans to open 40 shops next year and expects sales to pass £2bn.",
            "£2bn",
            "forecast",
        ),
        ("Tickets for next year's festival will be capped at 80,000.", "80,000", "planned"),
        ("Attendance was capped at 80,000 last year.", "80,000", None),
    ],
)
def test_a_second_verb_shares_the_first_ones_status_unless_it_has_its_own(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Irish health spending was 5.2% of GDP as recently as 2019.", "5.2%", "base"),
        ("Irish health spending was 5.2% of GDP last year.", "5.2%", None),
        (
            "Pellam Foods said it had received a 310p cash offer from Ardent Capital, valuing "
            "the company at about £2.2bn.",
            "£2.2bn",
            "planned",
        ),
        (
            "Ardent Capital bought Pellam Foods for 310p a share in cash, valuing the company "
            "at about £2.2bn.",
            "£2.2bn",
            None,
        ),
    ],
)
def test_an_earlier_level_and_an_offers_value(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        (
            "The packer said it would import 2 million eggs a week from Spain.",
            "2 million eggs",
            "planned",
        ),
        ("The winner will receive £400,000.", "£400,000", "planned"),
        ("Egg prices would reach £3 a dozen, the packer said.", "£3", "forecast"),
        ("The packer imported 2 million eggs a week from Spain.", "2 million eggs", None),
    ],
)
def test_an_action_someone_will_take_is_planned_a_level_to_be_reached_a_forecast(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("Core earnings were €842m, against the €828m analysts had forecast.", "€828m", "expected"),
        ("Core earnings were €842m, against €790m a year earlier.", "€790m", "base"),
        (
            "The cost has risen to 98 billion crowns, almost double the 52 billion crowns "
            "forecast when the line was approved.",
            "52 billion crowns",
            "base",
        ),
    ],
)
def test_what_analysts_expected_is_expected_even_after_against(
    sentence: str, surface: str, want: str | None
) -> None:
    assert _status(sentence, surface) == want


def test_a_planned_figure_carries_past_a_decimal_conversion() -> None:
    text = (
        "Tarn Cells said it would invest 3 trillion won ($2.1 billion) in a plant in Ohio,"
        " creating about 1,800 jobs."
    )
    assert {f.surface: f.status for f in extract_figures([text])}["1,800 jobs"] == "planned"
    done = text.replace("would invest", "invested")
    assert {f.surface: f.status for f in extract_figures([done])}["1,800 jobs"] is None


@pytest.mark.parametrize(
    ("sentence", "surface", "want"),
    [
        ("The concerts sold out, at prices from £40 to £95.", "£40", None),
        ("Rates ranging from 2% to 9% were offered.", "2%", None),
        ("The fee was raised from £40 to £95.", "£40", "base"),
    ],
)
def test_the_low_end_of_a_range_is_no_base(sentence: str, surface: str, want: str | None) -> None:
    assert _status(sentence, surface) == want


def test_a_deal_done_years_ago_is_no_base_a_level_left_behind_is() -> None:
    s = "The club bought him for £9 million two years ago and will pass on 20% of any profit."
    assert _status(s, "£9 million") is None
    s = "Losses, which stood at £61m two years ago, are expected to fall to £23m."
    assert _status(s, "£61m") == "base"


def test_an_old_ranges_high_end_is_a_base_too() -> None:
    sentence = (
        "The brewer raised its profit forecast to between €410 million and €450 million, "
        "from a previous range of €380 million to €420 million."
    )
    status = {f.surface: f.status for f in parse_sentence(sentence)}
    assert status["€380 million"] == status["€420 million"] == "base"
    assert status["€410 million"] == status["€450 million"] == "forecast"
