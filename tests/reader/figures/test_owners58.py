"""Owners and defaults read in session 58 from the blind rounds a115/a116's misses (texts
written here): a club named "SC Xxx Yyy" that the story then calls "Xxx"; a country's official
statistics whose office is named after the lead; a participle's phrase opening a sentence;
"richest" said of a contract, no rich list."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.inherit import story_default
from reader.figures.lead import lead_at
from reader.figures.main_firm import main_company
from reader.figures.names import story_names
from reader.figures.owner import note_firm


def _subjects(paragraphs: list[str], title: str) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def test_a_club_named_with_its_letters_is_the_story_s_owner() -> None:
    paras = [
        "Second-division club FC Varnholm Oberhausen returned to profit last season as cup"
        " money from the Europa League and a full stadium lifted revenue, even after the club"
        " spent heavily on new players.",
        "The club reported revenue of €96.4 million for the year to June 30, up 8.2% from"
        " €89.1 million.",
        "Media income rose to €38.5 million, of which €9.6 million came from the run to the"
        " Europa League quarterfinals.",
        "Matchday income was €21.7 million and sponsorship brought in €30.2 million.",
        "Varnholm said it would keep ticket prices frozen next season.",
    ]
    got = _subjects(paras, "Varnholm back in the black after record season")
    assert got["€21.7 million"] != "Europa League"
    assert "Varnholm" in (got["€21.7 million"] or "")


def test_a_country_s_statistics_are_the_country_s_when_the_office_comes_second() -> None:
    paras = [
        "Retail sales volumes in Great Britain fell by 1.1% in March, a sharper drop than"
        " economists had expected, as cold weather kept shoppers at home.",
        "Economists had forecast a 0.2% fall, the Office for National Statistics said.",
        "Excluding fuel, volumes dropped 1.4%.",
        "The Heybridge Retail Forum said footfall fell. The Heybridge Retail Forum expects a"
        " weak spring, and the Heybridge Retail Forum wants lower business rates.",
    ]
    got = _subjects(paras, "Retail sales slide in March")
    assert got["1.1%"] == "Great Britain"
    assert got["1.4%"] == "Great Britain"


def test_a_statistics_office_s_figures_are_its_country_s() -> None:
    paras = [
        "By economics reporter Jo Ngata | Posted Wed 4 Mar 2037",
        "New Zealand's annual inflation rate rose to 3.2 per cent, its highest in two years.",
        "Statistics New Zealand said the consumers price index rose 0.9 per cent in the quarter.",
    ]
    got = _subjects(paras, "Inflation climbs as power prices jump")
    assert got["0.9 per cent"] == "New Zealand"


def test_a_name_inside_an_opening_participle_phrase_owns_nothing() -> None:
    paras = [
        "WELLINGTON: The Government will spend a record NZ$148.2 billion next year, the"
        " Finance Minister said.",
        "Presenting Budget 2038 in Parliament on Thursday, she said NZ$41.5 billion would go"
        " to health.",
    ]
    got = _subjects(paras, "Record spending in budget")
    assert got["NZ$41.5 billion"] not in ("Presenting Budget", "Budget")


def test_richest_said_of_a_contract_is_no_rich_list() -> None:
    assert (
        story_default("Kestrels sign striker Tomas Oyelaran on richest deal in club history")
        is None
    )
    assert story_default("Mining heir tops the country's rich list again") == "wealth"
    assert story_default("The richest families got richer this year") == "wealth"


def test_a_takeover_price_a_share_is_the_target_s_offer_price() -> None:
    paras = [
        "Lyon-based Bréval Industries has agreed to buy Tornqvist Valves, the Swedish maker of"
        " ship valves, in a cash deal that values Tornqvist at about SEK 9.8 billion.",
        "Bréval will pay SEK 212 a share, a premium of 27% to Tornqvist's closing price of"
        " SEK 166.90 on Friday.",
    ]
    found = {f.surface: f for f in extract_figures(paras, title="Bréval bids for Tornqvist")}
    assert found["SEK 9.8 billion"].subject == "Tornqvist"
    assert found["SEK 212"].metric == "offer price per share"
    assert found["SEK 212"].subject == "Tornqvist"


def test_a_dividend_a_share_stays_a_dividend() -> None:
    paras = ["Bréval said it would pay a final dividend of 85 cents a share in May."]
    found = {f.surface: f for f in extract_figures(paras, title="Bréval results")}
    assert "dividend" in (found["85 cents"].metric or "")


def test_a_with_clause_s_moving_name_owns_its_move() -> None:
    paras = [
        "Technology shares fell 1.2 per cent, with Halifax software maker Merrow & Pine Ltd."
        " sliding 8.1 per cent to $14.20 after a profit warning.",
        "Airlines rose, with passengers to South America rising 12% to 41,000.",
    ]
    got = _subjects(paras, "Market close: retailers slide")
    assert got["8.1 per cent"] == "Merrow & Pine Ltd"
    assert got["$14.20"] == "Merrow & Pine Ltd"
    assert got["12%"] != "South America"


def test_a_lead_under_four_lines_of_furniture_is_found() -> None:
    sentences = [
        "Marit Solheim",
        "Energy Reporter",
        "Stavanger",
        "Published March 4, 2037",
        "Fjordlys Kraft cut its output forecast on Tuesday after a turbine fault.",
        "The company now expects to generate about 3.1 terawatt hours this year.",
    ]
    assert lead_at(sentences) == 4


def test_a_dateline_cut_at_its_state_s_abbreviation_is_no_lead() -> None:
    sentences = [
        "By Dana Holt, Staff Writer",
        "Published Dec 2, 2037 6:14 p.m.",
        "DULUTH, Minn.",
        "\u2014 Vendors at the Canal Park Winter Market sold a record $1.94 million of goods.",
    ]
    assert lead_at(sentences) == 3


def test_a_standfirst_over_the_byline_and_a_section_heading_are_no_lead() -> None:
    assert (
        lead_at(
            [
                "Garden chain says shoppers are trading up despite higher costs",
                "Aoife Brennan",
                "Bramblewood is to open six new stores and create 210 jobs next year.",
                "The company employs about 1,900 people.",
            ]
        )
        == 2
    )
    assert (
        lead_at(
            [
                "For the year ended 31 March 2037",
                "Director's welcome",
                "This was the year we bought Haddon Moss, 140 hectares of bog beside the Tees.",
                "The Trust was founded in 1964.",
            ]
        )
        == 2
    )


def test_a_weekday_or_the_shareholders_opening_the_lead_are_not_the_firm() -> None:
    outage = [
        "Tuesday's network failure at Corrib Mobile was the worst outage an Irish operator has"
        " suffered in a decade.",
        "Corrib Mobile said it would credit about 1.4 million customers with €10 each.",
        "Tuesday's failure began at 9am.",
    ]
    assert main_company(outage, story_names("\n".join(outage))) != "Tuesday"
    revolt = [
        "Shareholders in Aldgate Homes staged a revolt at its annual meeting, with 36.2% of"
        " votes cast against the housebuilder's pay report.",
        "Aldgate Homes completed 3,412 homes in the year, down from 3,980.",
        "Shareholders also re-elected the board.",
    ]
    assert main_company(revolt, story_names("\n".join(revolt))) != "Shareholders"


def test_a_writer_s_name_or_a_heading_in_capitals_over_the_lead_is_no_lead() -> None:
    lead = "Patients in Sligo are waiting longer for hip operations, figures show."
    assert lead_at(["Aoife Brennan", lead, "More."]) == 1
    assert lead_at(["KEY POINTS", lead, "More."]) == 1
    assert (
        lead_at(["Sligo Hospital Group", "Sligo Hospital Group treated 9,000 people.", "More."])
        == 0
    )


def test_an_analyst_s_note_covers_the_firm_its_headline_names() -> None:
    header = [
        "Equity research | Korea | Semiconductors",
        "Daebong Memory (48120 KS) | Rating: Buy | Target price: ₩96,000 (was ₩88,000)",
        "Analyst: Min-ji Cho, Hangang Securities",
        "What happened",
        "Daebong Memory on Tuesday unveiled the Orion 5, the successor to its best-selling"
        " memory module, at a launch event in Seoul.",
        "The Orion 5 will go on sale in March.",
    ]
    title = "Daebong Memory: Orion 5 priced above our estimate; we raise target"
    assert note_firm(title, header) == "Daebong Memory"
    assert note_firm(title, header[3:]) is None  # (no rating: no analyst's note)
    assert note_firm("Orion 5 launch: what we know", header) is None


def test_bylines_with_a_slash_or_the_writer_s_city_are_no_lead() -> None:
    lead = "Formosa Crestline said quarterly profit rose 5% to NT$41.2 billion."
    assert lead_at(["By Lin Mei-ling / Staff reporter", lead, "More."]) == 1
    assert lead_at(["Kavya Menon, New Delhi", lead, "More."]) == 1
    assert lead_at(["Tynedale Auction Mart, Hexham", "Prime lambs sold to 312p a kilo.", "x"]) == 0


def test_a_described_subject_s_name_between_commas_is_the_story_s_firm() -> None:
    sentences = [
        "The State's new auto-enrolment savings scheme, My Nest Egg, returned 6.1 per cent in"
        " its first year.",
        "About 640,000 workers had joined the scheme by December.",
        "The State adds a top-up of 0.5 per cent.",
    ]
    assert main_company(sentences, story_names("\n".join(sentences))) == "My Nest Egg"
