"""Session 38's blind round a56: a results table whose columns are set apart by spaces under a
caption in a currency sign other than "$ £ € ¥ ₹" ("₦ million unless stated"), with its
periods on a line of their own over the rows (``tables._period_header``: the earlier column
is a base), and the Philippine peso's "P" before a small sum (``patterns.NUMBER``)."""

from __future__ import annotations

from reader.figures import extract_figures

TABLE = [
    "Akoka Foods reported a fall in profit for the year on Tuesday.",
    "AKOKA FOODS PLC - YEAR TO 31 DECEMBER (\u20a6 million unless stated)",
    "                         2030        2029",
    "Revenue                 84,310      71,905",
    "Operating profit         9,206      10,114",
    "Profit after tax         5,877       6,302",
    "The company blamed higher flour and sugar prices.",
]


def test_a_spaced_table_under_a_naira_caption_is_money_and_its_earlier_column_a_base() -> None:
    got = {f.surface: f for f in extract_figures(TABLE, title="Akoka Foods profit falls")}
    revenue, before = got["84,310"], got["71,905"]
    assert (revenue.kind, revenue.unit, revenue.value) == ("money", "NGN", 84_310e6)
    assert (before.kind, before.unit, before.value) == ("money", "NGN", 71_905e6)
    assert before.status == "base"
    assert got["9,206"].status != "base"
    assert got["6,302"].status == "base"


def test_a_philippine_story_writes_small_sums_in_pesos_with_a_p() -> None:
    text = [
        "Luzon Mart, which runs 1,200 stores across Manila and the provinces, said a P50 rise "
        "in the daily minimum wage would add about P240 million a year to its costs.",
        "It declared a cash dividend of P0.35 per share.",
    ]
    got = {f.surface: f for f in extract_figures(text, title="Luzon Mart warns on wages")}
    assert (got["P50"].kind, got["P50"].unit, got["P50"].value) == ("money", "PHP", 50.0)
    assert (got["P0.35"].unit, got["P0.35"].value) == ("PHP", 0.35)


def test_a_p_and_digits_in_a_story_naming_no_peso_country_is_no_money() -> None:
    text = ["The council said the P45 form and the Q32 question had confused applicants in Leeds."]
    assert not [f for f in extract_figures(text) if f.kind == "money"]


COLOMBO = [
    "Ceylon Tea Traders PLC, the Colombo-listed exporter, said its quarterly profit rose 14%.",
    "CEYLON TEA TRADERS PLC - QUARTER TO 30 JUNE (Rs. million unless stated)",
    "                         2031        2030",
    "Revenue                  6,218       5,477",
    "Finance costs              184         226",
    "Earnings per share (cents)  412         371",
    "Exports to India and Pakistan rose, the company said.",
]


def test_a_colombo_firms_rupee_table_is_in_sri_lankan_rupees_with_its_small_cells() -> None:
    got = {f.surface: f for f in extract_figures(COLOMBO, title="Ceylon Tea Traders profit up")}
    assert (got["6,218"].unit, got["6,218"].value) == ("LKR", 6_218e6)
    assert (got["184"].kind, got["184"].unit, got["184"].value) == ("money", "LKR", 184e6)
    assert got["226"].status == "base"
    assert (got["412"].unit, got["412"].value) == ("LKR", 4.12)  # the row's own cents


def test_a_jamaican_papers_dollar_is_the_jamaican_dollar() -> None:
    text = [
        "Kingfisher Foods, the Montego Bay snack maker listed on the Jamaica Stock Exchange, "
        "said net profit rose to $412.5 million in the half-year from $360.1 million.",
        "Sales in Jamaica rose 6 per cent to $2.1 billion, and exports reached US$4.2 million.",
    ]
    got = {f.surface: f.unit for f in extract_figures(text, title="Kingfisher Foods profit up")}
    assert got["$412.5 million"] == got["$2.1 billion"] == "JMD"
    assert got["US$4.2 million"] == "USD"


def test_pounds_of_a_stuff_weigh_it_and_pounds_for_a_player_are_sterling() -> None:
    text = [
        "Acadia Catch landed 18.2 million pounds of snow crab in the season, down from 19.6 "
        "million pounds.",
        "Rovers paid 12.5 million pounds for the striker, and received 4 million pounds of "
        "funding from the league.",
    ]
    got = {f.surface: (f.kind, f.unit) for f in extract_figures(text, title="Crab catch falls")}
    assert got["18.2 million pounds"] == got["19.6 million pounds"] == ("other", "pounds")
    assert got["12.5 million pounds"] == got["4 million pounds"] == ("money", "GBP")


def test_a_wire_dateline_with_its_province_and_date_is_no_subject() -> None:
    text = [
        "MONCTON, New Brunswick, March 4 (Maritime Business Wire) - Tidewater Mills Inc said on "
        "Tuesday its annual profit fell 18% as lumber prices slid.",
        "Net income was $21.4 million, down from $26.1 million a year earlier.",
        "Revenue rose 2% to $388 million, a record for the company, which buys logs from "
        "about 900 woodlot owners across New Brunswick and Nova Scotia.",
        "Sales to New England fell 11% to $97 million.",
        "Tidewater Mills said it would close one of its four sawmills in the spring.",
    ]
    title = "New Brunswick sawmill operator Tidewater Mills' profit falls 18% as lumber slides"
    got = {f.surface: f.subject for f in extract_figures(text, title=title)}
    assert "Tidewater" in (got["$21.4 million"] or "")
    assert "Tidewater" in (got["$388 million"] or "")


def test_a_home_dollar_marked_once_and_then_bare_is_the_home_dollar_throughout() -> None:
    text = [
        "SUVA - Nadroga Rays won the Coral Coast Sevens on Saturday and the FJ$40,000 "
        "winners' cheque; the runners-up took home $20,000.",
        "Gate takings reached $188,000, organisers said, and a New Zealand side finished third.",
    ]
    got = {f.surface: f.unit for f in extract_figures(text, title="Nadroga win Coral Coast 7s")}
    assert got["FJ$40,000"] == got["$20,000"] == got["$188,000"] == "FJD"


def test_minor_units_by_name_and_a_dinars_thousandths() -> None:
    text = [
        "Kalahari Poultry, the Gaborone chicken producer, said earnings rose to 41.2 thebe a "
        "share in Botswana's financial year.",
        "Analysts at Gulf Securities in Manama raised their target for the Bahrain cinema chain "
        "to BD2.850 from BD2.600.",
    ]
    got = {f.surface: (f.unit, f.value) for f in extract_figures(text, title="Results round-up")}
    assert got["41.2 thebe"][0] == "BWP" and abs(got["41.2 thebe"][1] - 0.412) < 1e-9
    assert got["BD2.850"][0] == "BHD" and got["BD2.600"] == ("BHD", 2.6)


def test_a_pipe_tables_unit_in_its_header_cell_and_its_small_cells() -> None:
    text = [
        "Lagoon Resorts, the Mauritius hotel group, reported a rise in first-quarter revenue.",
        "| Rs million | 2031 | 2030 |",
        "|---|---|---|",
        "| Revenue | 2,214 | 1,987 |",
        "| EBITDA | 512 | 441 |",
        "The group said bookings from Europe were strong.",
    ]
    got = {f.surface: f for f in extract_figures(text, title="Lagoon Resorts revenue rises")}
    assert (got["2,214"].kind, got["2,214"].unit, got["2,214"].value) == ("money", "MUR", 2_214e6)
    assert (got["512"].kind, got["512"].unit, got["512"].value) == ("money", "MUR", 512e6)
    assert got["441"].status == "base"


def test_a_releases_dateline_with_its_year_and_a_desk_line_hold_no_subject() -> None:
    release = [
        "COUVA, Trinidad and Tobago, March 9, 2028 – Caribbean Glassworks Limited (CGL) today "
        "opened a TT$96 million furnace line at the Point Lisas Industrial Estate.",
        "The line will make 40,000 tonnes of bottles a year for drinks makers in Trinidad and "
        "Tobago and across the region.",
        "CGL said the line would create 55 permanent jobs.",
    ]
    got = {f.surface: f.subject for f in extract_figures(release, title="CGL opens furnace line")}
    assert "Caribbean Glassworks" in (got["TT$96 million"] or "")
    desk = [
        "Port Louis business desk | Published 11 November 2027",
        "Coral Bay Hotels Ltd, the hotel group listed on the Stock Exchange of Mauritius, made "
        "a profit of Rs 58 million in the quarter.",
        "Coral Bay Hotels said revenue rose 12% to Rs 1.9 billion.",
    ]
    got = {f.surface: f.subject for f in extract_figures(desk, title="Coral Bay back in profit")}
    assert "Coral Bay" in (got["Rs 58 million"] or "")


def test_an_earlier_estimate_moved_from_is_a_base_and_a_gap_to_it_is_no_base() -> None:
    text = [
        "The repairs will cost about €3.1 million, up from the €2.2 million estimated last year.",
        "The council's bill rose to £9.4m from the £7.8m forecast in March.",
        "The deficit was $2.6 billion, $0.4 billion more than forecast in May.",
    ]
    got = {f.surface: f.status for f in extract_figures(text, title="Costs rise")}
    assert got["€2.2 million"] == "base"
    assert got["£7.8m"] == "base"
    assert got["$0.4 billion"] != "base"
