"""The dollar a bare "$" means and the currency of "cents" (reader/figures/home_currency.py),
the taka's "Tk" and a share after a name in words (patterns.py, non_figures.py)."""

from __future__ import annotations

from reader.figures import extract_figures


def _units(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    return {f.surface: (f.kind, f.unit) for f in extract_figures(list(paragraphs), title="x")}


def test_a_local_paper_in_a_dollar_country_means_its_own_dollar() -> None:
    got = _units(
        "WINNIPEG - Manitoba will run a deficit of $1.4 billion next year, the finance "
        "minister said on Tuesday.",
        "The province's gas tax falls by 2.5 cents a litre, and Winnipeg gets $45 million for "
        "buses.",
    )
    assert got["$1.4 billion"] == ("money", "CAD")
    assert got["$45 million"] == ("money", "CAD")
    assert got["2.5 cents"] == ("money", "CAD")


def test_a_bare_dollar_stays_american_where_the_story_says_otherwise() -> None:
    # written for readers elsewhere: pounds beside it
    got = _units(
        "Toronto-based Larchmont Systems made $434m (£231m) last year.",
        "Larchmont shares rose 2% in Toronto.",
    )
    assert got["$434m"] == ("money", "USD")
    # the local dollar marked with its letters: "$" is the US one
    got = _units(
        "Sydney miner Kestrel Ridge raised A$120m, or $80m, from investors.",
        "Kestrel Ridge is listed on the ASX in Sydney.",
    )
    assert got["$80m"] == ("money", "USD")
    # a US story that names Canada once
    got = _units("New York-based Halden Corp bought a Canadian rival for $2.1bn.")
    assert got["$2.1bn"] == ("money", "USD")


def test_a_capital_dateline_a_conversion_in_brackets_and_a_foreign_mention_keep_the_home() -> None:
    got = _units(
        "PERTH - Landlords in Western Australia will pay $120 more a year to register a "
        "rental home, the state government said on Monday.",
        "Canadian provinces, by contrast, charge about C$300 (about $330) for the same.",
        "Perth's registry is expected to raise $14 million a year.",
    )
    # named in capitals by the dateline, again after it, and more often than Canada
    assert got["$120"] == ("money", "AUD")
    assert got["$14 million"] == ("money", "AUD")
    # a dollar marked inside a conversion marks none the story writes
    got = _units(
        "Hobart's council will lift its parking fines to $95 from March.",
        "Fines in Auckland are about NZ$70 (about $64).",
        "Hobart expects the change to raise $1.2 million.",
    )
    assert got["$95"] == ("money", "AUD")
    # two dollar countries named as often as each other: no one home, the US dollar
    got = _units("Sydney and Toronto fund managers bought $2bn of bonds in Sydney and Toronto.")
    assert got["$2bn"] == ("money", "USD")


def test_a_story_spelling_per_cent_that_names_its_province_once_means_its_dollar() -> None:
    got = _units(
        "Whitemud Valley School Division will close three rural schools, saving about $1.9 "
        "million a year, after enrolment fell 9 per cent in five years.",
        "Trustees said a new gym would cost $6.4 million.",
        "If the plan is approved, Manitoba's education department must sign off the transfer.",
    )
    assert got["$1.9 million"] == ("money", "CAD")
    # the US press writes "percent": a single mention of a province is no home there
    got = _units(
        "The district will save about $1.9 million after enrolment fell 9 percent.",
        "A Manitoba firm will build the new gym.",
    )
    assert got["$1.9 million"] == ("money", "USD")


def test_cents_in_a_south_african_filing_are_rand_cents() -> None:
    got = _units(
        "JSE-listed grocer Umthombo expects headline earnings per share of between 412.6 "
        "cents and 441.3 cents.",
        "The South African group's sales rose to R18.4bn.",
    )
    assert got["412.6 cents"] == ("money", "ZAR")


def test_taka_written_tk() -> None:
    got = _units("Dhaka-based Meghdoot Knit earned Tk 1,240 crore, or Tk 3.12 a share.")
    assert got["Tk 1,240 crore"] == ("money", "BDT")
    assert got["Tk 3.12"] == ("money", "BDT")


def test_a_list_item_share_in_words_after_a_name_is_a_figure_of_that_name() -> None:
    fs = extract_figures(
        ["The US accounted for 41 percent of shipments and the European Union 37 percent."],
        title="x",
    )
    got = {f.surface: (f.subject, f.metric) for f in fs}
    assert got["37 percent"] == ("European Union", got["41 percent"][1])
    assert got["41 percent"][1] is not None


def test_a_story_that_marks_its_neighbours_dollar_writes_its_own_bare() -> None:
    # a Dunedin paper on an Australian buyer: A$ is the bidder's dollar, "$" the paper's own,
    # though New Zealand is named only through its exchange
    got = _units(
        "Australian investor Corella Partners has bid $120 million (A$109 million) for Mosgiel "
        "dairy-equipment maker Taieri Steel, a premium of 30%.",
        "Taieri shares rose 25% to $1.90 on the NZX after the offer, which Corella values at "
        "A$1.73 a share.",
    )
    assert got["$120 million"] == ("money", "NZD")
    assert got["$1.90"] == ("money", "NZD")
    assert got["A$1.73"] == ("money", "AUD")
    # a US place named: the bare dollar is the US one again
    got = _units(
        "Australian investor Corella Partners has bid $120 million (A$109 million) for a "
        "Chicago equipment maker, a premium of 30%.",
        "The maker's shares are listed on the NZX and in New York.",
    )
    assert got["$120 million"] == ("money", "USD")


def test_cents_glued_to_a_larger_amount_where_a_share_is_priced() -> None:
    got = _units(
        "JOHANNESBURG - Platinum miner Sekoto said headline earnings per share for the half "
        "would be between 380c and 420c, up from 281c.",
        "The rand weakened on Tuesday.",
    )
    assert got["380c"] == ("money", "ZAR")
    assert got["420c"] == ("money", "ZAR")
    assert got["281c"] == ("money", "ZAR")
    got = _units(
        "Sydney lender Coastline Bank lifted cash earnings per share to 151.2c (160.7c) as the "
        "ASX-listed group paid a dividend of 84c.",
    )
    assert got["151.2c"] == ("money", "AUD")
    # no share or unit priced: an oven's heat, a version
    got = _units("Bake the loaf at 180c for 40 minutes, the Sydney bakery's recipe says.")
    assert "180c" not in got
    got = _units("The Sydney firm's dividend system runs on Oracle 192c, it said.")
    assert "192c" not in got


def test_a_local_paper_marking_its_dollar_on_a_few_sums_means_it_on_the_bare_ones_too() -> None:
    got = _units(
        "HAMILTON - A Waikato dairy co-operative will pay farmers $9.40 a kilo of milk solids, "
        "up from $8.75, it said on Monday.",
        "The payout lifts a typical farm's income by $52,000 and costs the co-operative "
        "$310 million more; its parent posted revenue of NZ$4.1 billion.",
    )
    assert got["$9.40"] == got["$52,000"] == got["NZ$4.1 billion"] == ("money", "NZD")
    # a wire converting its marked sums leaves "$" to the US dollar
    wire = _units(
        "Waikato dairy co-operative Kahu Milk raised NZ$120m, or $72m, from investors.",
        "It paid $9.40 a kilo, $8.75 before, and $52,000 a farm on average.",
    )
    assert wire["$9.40"] == ("money", "USD")


def test_which_cfa_franc_by_a_country_named_as_a_word_not_inside_another() -> None:
    # "Nigeria" names no Niger, "animal" no Mali: the Cameroonian town's franc is Central Africa's
    got = _units(
        "The Douala feed mill pays FCFA 2,100 a tonne for maize, and animal feed sells across "
        "the border in Nigeria for more.",
    )
    assert got["FCFA 2,100"] == ("money", "XAF")
    west = _units("Buyers in Niger paid 14,000 CFA francs a bag, the Malian ministry said.")
    assert west["14,000 CFA francs"] == ("money", "XOF")
    # "FCFA" is money before any sum, as "Rwf" is: no word or road takes those letters
    small = _units("The Douala mill pays FCFA 210 a kilogram for maize and FCFA 75 for bran.")
    assert small["FCFA 210"] == small["FCFA 75"] == ("money", "XAF")


def test_the_lari_sign_and_tetri_are_georgian_money() -> None:
    got = _units("The cap sets 25.4 tetri a kilowatt-hour, and a typical bill falls to ₾43.94.")
    assert got["25.4 tetri"] == got["₾43.94"] == ("money", "GEL")


def test_a_south_african_bonds_name_is_no_rand_sum() -> None:
    got = _units(
        "The Treasury sold R2.1 billion of the R2035 bond and R1.4 billion of the R2040 at "
        "Tuesday's auction in Pretoria, South Africa.",
    )
    assert "R2035" not in got and "R2040" not in got
    assert got["R2.1 billion"] == ("money", "ZAR")
    # a plain sum in the rand is still one ("R2035 a month": no bond, no "the" before it)
    assert _units("Rent rose to R2035 a month in Durban, South Africa.")["R2035"] == (
        "money",
        "ZAR",
    )
