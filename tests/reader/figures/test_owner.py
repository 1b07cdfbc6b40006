from reader.figures import extract_figures
from reader.figures.main_firm import main_company
from reader.figures.names import story_names
from reader.figures.owner import story_owner

_CHARITY = [
    "A radio appeal for hospices in Northshire has raised a record £4.7m, organisers said.",
    "The Brackley Hospice Trust, which runs six hospices, said the average gift was £38.",
    "The trust needed to raise £19m a year to keep its beds open.",
    "The trust spent £27.4m last year and cared for 5,840 patients.",
]


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


def _sentences(paragraphs: list[str]) -> list[str]:
    from reader.text.story_split import story_sentences

    return list(story_sentences(paragraphs).sentences)


def test_owner_is_the_name_the_story_keeps_returning_to() -> None:
    names = story_names("\n".join(_CHARITY))
    assert story_owner(None, _sentences(_CHARITY), names) == "Brackley Hospice Trust"


def test_owner_needs_several_mentions() -> None:
    text = ["Quorvan said sales rose 4% to £10m.", "Analysts expected more."]
    assert story_owner(None, _sentences(text), story_names("\n".join(text))) is None


def test_a_person_is_never_the_owner() -> None:
    text = [
        "Chief executive Dana Whitlock said the loss was £4m.",
        "Dana Whitlock expects a profit of £2m.",
        "Whitlock said prices rose 3%.",
    ]
    assert story_owner(None, _sentences(text), story_names("\n".join(text))) is None


def test_figures_without_an_owner_take_the_storys() -> None:
    figs = extract_figures(_CHARITY)
    spent = next(f for f in figs if f.surface == "£27.4m")
    assert spent.subject == "Brackley Hospice Trust"


def test_a_place_the_lead_is_set_in_is_not_the_main_firm() -> None:
    sentences = _sentences(_CHARITY)
    assert main_company(sentences, story_names("\n".join(_CHARITY))) != "Northshire"


def test_a_byline_is_not_the_lead() -> None:
    text = [
        "By Helen Marsh, Motoring Correspondent",
        "Published 30 November 2026",
        "Vantor Motors is recalling 412,000 cars, the car maker said.",
        "Vantor shares fell 3%.",
    ]
    assert main_company(_sentences(text), story_names("\n".join(text))) == "Vantor Motors"


def test_n_of_a_possessive_m_is_a_count_owned_by_the_possessor() -> None:
    from reader.figures import parse_sentence

    figs = {f.surface: f for f in parse_sentence("Thirty-one of Japan's 47 prefectures charge it.")}
    assert figs["Thirty-one"].kind == "count" and figs["Thirty-one"].unit == "prefectures"
    assert figs["Thirty-one"].subject == "Japan"
    figs = {f.surface: f for f in parse_sentence("It passed with 142 of parliament's 179 members.")}
    assert figs["142"].value == 142 and figs["142"].subject == "parliament"
    story = [
        "Lumen Steel will build a plant near Cork, creating 900 jobs.",
        "Unions warned that four of Munster's six counties had unemployment above 7%.",
    ]
    figs = {f.surface: f for f in extract_figures(story)}
    assert figs["four"].subject == "Munster"  # the whole's owner, its count spelled out


def test_the_firm_leading_the_story_and_its_headline_owns_later_figures() -> None:
    story = [
        "Dunwell Brewing said on Tuesday that annual profit fell 12% to £88m.",
        "Beer volumes rose 3% to 410 million pints.",
        "The British brewer's exports fell 6%.",
    ]
    figures = extract_figures(story, title="Dunwell profit slides as costs bite")
    owners = {f.surface: f.subject for f in figures}
    assert owners["3%"] == "Dunwell Brewing"
    assert owners["6%"] == "Dunwell Brewing"


def test_a_quoted_work_in_the_headline_is_not_the_storys_firm() -> None:
    from reader.figures.owner import headline_firm

    story = ["Glass Harbour took $40m over the weekend in North America.", "Rivals trailed."]
    names = story_names("\n".join(story))
    assert headline_firm("'Glass Harbour' sails to the top", _sentences(story), names) is None
    assert headline_firm("Glass Harbour sails to the top", _sentences(story), names) == (
        "Glass Harbour"
    )


def test_a_firm_named_only_in_the_headline_owns_the_storys_figures() -> None:
    got = _subjects(
        [
            "Profits at the budget airline fell sharply in the six months to September.",
            "Pre-tax profit dropped 23% to £84m, while revenue rose 6% to £1.2bn.",
            "The carrier flew 18 million passengers in the period.",
        ],
        title="Pellworth profits slide",
    )
    assert got["£84m"] == "Pellworth"
    assert got["18 million passengers"] == "Pellworth"
    # a firm of two capitalised words does not make a sentence-case headline title case
    got = _subjects(
        ["Profit fell 12% to £40m, the company said on Tuesday.", "Revenue rose 3% to £1.2bn."],
        title="Dunmore Air profits slide",
    )
    assert got["£40m"] == "Dunmore Air"
    assert got["£1.2bn"] == "Dunmore Air"
    # the firm may stand anywhere in the headline, after a place or a common opener
    body = ["The company said pre-tax profit dropped 23% to £84m.", "It flew 18 million people."]
    for title in (
        "Profits slide at Dunmore Air",
        "Job cuts at Dunmore Air as profits slide",
        "UK airline Dunmore Air sees profits slide",
    ):
        assert _subjects(body, title=title)["£84m"] == "Dunmore Air"
    # a title-case headline's capitals still are no evidence of a firm
    got = _subjects(
        ["Profit fell 12% to £40m, the company said on Tuesday."],
        title="Dunmore Air Profits Slide As Costs Rise",
    )
    assert got["£40m"] is None


def test_the_race_means_the_named_marathon() -> None:
    got = _subjects(
        [
            "Runners in Sunday's Westford Marathon raised £40m for charity, organisers said.",
            "The race had 38,000 finishers this year, up from 35,000.",
            "Entries for next year's race will be capped at 42,000.",
        ],
        title="Runners raise £40m at city marathon",
    )
    assert got["38,000 finishers"] == "Westford Marathon"
    assert got["42,000"] == "Westford Marathon"


def test_a_common_word_opening_the_headline_is_not_the_storys_firm() -> None:
    got = _subjects(
        [
            "Retail and software billionaires filled the top of this year's Eastern Rich List.",
            "Last year's leader, the property developer Omar Hale, slipped to second with £12.9bn.",
            "The list counts 171 billionaires, down from 177 last year.",
        ],
        title="Tech founders dominate new rich list",
    )
    assert got["171 billionaires"] != "Tech"


def test_a_body_the_story_calls_by_its_kind_at_a_sentence_start_is_its_owner() -> None:
    got = _subjects(
        [
            "Porters in Wales have voted to accept a pay deal worth 4% this year.",
            "Of the 9,100 members of the Cambrian Porters' Union who voted, 70% backed it.",
            "Turnout was 61%.",
            "The union had asked for 8%.",
            "Union leaders said porters had voted reluctantly.",
        ],
        title="Porters accept pay offer",
    )
    assert got["61%"] == "Cambrian Porters' Union"


def test_a_title_case_headline_does_not_lend_its_words_to_the_name() -> None:
    story = [
        "Revenue of $88.1 million, up 6% on the prior year",
        "Operating margin of 14.2%",
        "Tarnow Instruments Corp. said orders from hospitals grew in every region.",
        "Tarnow Instruments expects revenue of $360 million for the year.",
    ]
    title = "Tarnow Instruments Announces Fourth Quarter Results"
    owners = set(_subjects(story, title).values())
    assert owners <= {"Tarnow Instruments", "Tarnow Instruments Corp"}
    assert "Tarnow Instruments Corp" in owners  # the bullets' figures: the story's owner
    # a sentence-case headline's name run is the name as written
    assert story_owner(
        "Tarnow Instruments sales rise", _sentences(story), story_names("\n".join(story))
    ) in ("Tarnow Instruments", "Tarnow Instruments Corp")


def test_a_desk_byline_and_a_place_line_are_not_the_lead() -> None:
    from reader.figures.lead import lead_at

    assert lead_at(["Our Bureau", "Mumbai: Vistar Steel reported a profit of Rs 40 crore."]) == 1
    assert lead_at(["By Ann Lowe", "Perth", "The miner will close its mine.", "More."]) == 2
    # a short first line with no byline over it may be the story's own headline-like opener
    assert lead_at(["Profits Soar", "Vistar said profit rose."]) == 0


def test_a_listed_firm_described_in_the_lead_is_the_headlines_firm() -> None:
    title = "Wandoo puts copper mine on ice as prices slump"
    paragraphs = [
        "By Ann Lowe",
        "Perth",
        "The ASX-listed miner will place its Mount Kelso copper operation into care and "
        "maintenance from January, cutting about 300 jobs.",
        "The company said it would book an impairment of A$210 million against the mine.",
    ]
    assert _subjects(paragraphs, title)["A$210 million"] == "Wandoo"


def test_a_dateline_on_a_line_of_its_own_is_not_the_lead() -> None:
    from reader.figures.lead import lead_at

    assert lead_at(["TOKYO -", "Kiyomura Games said on Friday that sales rose.", "More."]) == 1
    assert lead_at(["By Ann Lowe", "DUBLIN \u2014", "Brannagh said sales rose.", "More."]) == 2


def test_a_broadcasters_masthead_and_a_newsletters_desk_own_nothing() -> None:
    from reader.figures.lead import lead_at

    assert lead_at(["Dales Radio News on 102.7 FM", "Officials say 40 people fell ill."]) == 1
    assert lead_at(["KXLT 6 News", "The county said 40 people fell ill.", "More."]) == 1
    # a sentence that only opens with a station's name is the lead
    assert lead_at(["Sky News reported a loss of £20m.", "More."]) == 0
    digest = [
        "Your weekly round-up of charity news from the Voluntary Sector Desk.",
        "A food bank in Hull has raised £12,000 in a week.",
        "It now feeds 300 families.",
    ]
    assert "Voluntary Sector Desk" not in _subjects(digest, "Winter appeals open").values()


def test_capital_section_heads_a_reporters_title_and_a_mother_own_nothing() -> None:
    from reader.figures.pronouns import story_people

    fan_site = [
        "Posted by Mark Ellis | Falcons Nest, the Wearside Falcons fan site",
        "The Falcons' accounts landed this week, and here is what they show.",
        "THE HEADLINE NUMBER",
        "Turnover rose to £2.9 million from £2.6 million.",
        "THE ICE BILL",
        "The club paid £310,000 to hire the ice, up 18%.",
        "THE PLAYERS",
        "Player wages came to £1.1 million.",
        "THE OWNER",
        "The chairman turned £1.2 million of loans into shares.",
    ]
    names = story_names("\n".join(fan_site))
    owner = story_owner("Falcons accounts: bigger crowds", _sentences(fan_site), names)
    assert owner is None or not owner.isupper()
    byline = ["By Ciara Doyle, Health Correspondent", "Health trusts said 38 posts were vacant."]
    names = story_names("\n".join(byline))
    assert story_owner("Waits grow", _sentences(byline), names) != "Health Correspondent"
    assert "Brennan" in story_people("When Aoife Brennan's son was referred, she waited.")


def test_an_opening_participle_phrase_is_not_the_subject() -> None:
    from reader.figures.clause import REF, clause_subject

    text = "Excluding items, the Austin-based company earned 57 cents a share."
    assert clause_subject(text, text.index("57")) == REF


def test_a_wire_datelines_words_do_not_push_the_subject_out_of_the_lead() -> None:
    lead = (
        "HELSINKI, July 23 (Nordwire) - Finnish sauna heater maker Kiuasmaa Oyj reported a "
        "14% rise in first-half revenue on Thursday."
    )
    story = [lead, "Kiuasmaa said revenue came to €186.4 million."]
    sentences = _sentences(story)
    assert main_company(sentences, story_names("\n".join(story))) == "Kiuasmaa Oyj"


def test_a_newsletters_greeting_and_a_reporters_title_line_are_not_the_lead() -> None:
    from reader.figures.lead import credit_line, lead_at

    assert (
        lead_at(["Welcome back to Founder Notes, our weekly letter.", "Qafila raised $38m."]) == 1
    )
    assert (
        lead_at(
            ["By Dan Ash", "Local Democracy and Business Reporter", "A pie maker will hire 65."]
        )
        == 2
    )
    assert credit_line("By Dan Ash") and credit_line("Local Democracy and Business Reporter")
    assert not credit_line("Local Democracy Trust raised £2m.")


def test_a_hospice_or_a_museum_the_story_calls_by_its_kind_is_its_owner() -> None:
    story = [
        "A Suffolk children's hospice charity raised a record amount last year.",
        "Larkmead Children's Hospice said total income rose 9% to £12.6m.",
        "The hospice spent £9.1m on care.",
        "The hospice now supports 410 families.",
    ]
    sentences = _sentences(story)
    names = story_names("\n".join(story))
    assert (
        story_owner("Hospice raises record sum", sentences, names) == "Larkmead Children's Hospice"
    )
