"""Whose figure it is (issue 14, subject26): "the province", "the state", "the county" as the
last actor before a figure is the place the story names (place_kinds.py)."""

from __future__ import annotations

from reader.figures import extract_figures
from reader.figures.place_kinds import place_owned
from reader.model import Figure


def _subjects(paragraphs: list[str], title: str | None = None) -> dict[str, str | None]:
    return {f.surface: f.subject for f in extract_figures(paragraphs, title=title)}


_MINE = [
    "Orlin Copper Ltd. has challenged Corvalla's plan to raise the levy it pays on copper, "
    "saying the change would cost it C$90 million a year.",
    "The province announced that the levy would rise to 7% of sales from 4%.",
    "Mines Minister Petra Lund said the province collected C$640 million in levies last year.",
    '"The people of Corvalla deserve a fair share," she said.',
    "Brokers at Hollis Grant think the new rate would lift the province's take by C$150 million.",
    "Orlin made a profit of C$210 million last year.",
]


def test_the_province_is_the_place_the_story_sets_things_in() -> None:
    found = _subjects(_MINE, title="Orlin Copper sues Corvalla over levy")
    assert found["7%"] == "Corvalla"
    assert found["C$640 million"] == "Corvalla"  # the minister speaks for it
    assert found["C$150 million"] == "Corvalla"  # "the province's take"
    assert found["C$210 million"] != "Corvalla"


def _fig(sentence: str, surface: str, subject: str | None) -> Figure:
    return Figure(surface, "money", 1.0, "$", sentence=sentence, subject=subject)


def test_the_place_named_by_its_kind_word() -> None:
    sentences = [
        "Taxes rose in the state of Marrow and in Delft.",
        "The state raised $4 billion from the levy, Acme said.",
    ]
    figs = place_owned([_fig(sentences[1], "$4 billion", "Acme")], sentences, "")
    assert figs[0].subject == "Marrow"
    sentences[0] = "Velden's state government has cut spending."
    figs = place_owned([_fig(sentences[1], "$4 billion", "Acme")], sentences, "")
    assert figs[0].subject == "Velden"


def test_no_place_or_a_later_owner_changes_nothing() -> None:
    one = ["The state raised $4 billion from the levy."]
    assert place_owned([_fig(one[0], "$4 billion", "Acme")], one, "")[0].subject == "Acme"
    later = ["In Marrow, the state said Acme raised $4 billion.", "Marrow grew."]
    assert place_owned([_fig(later[0], "$4 billion", "Acme")], later, "")[0].subject == "Acme"
    pension = ["The state pension rose by $4 billion in Marrow.", "Marrow grew."]
    assert place_owned([_fig(pension[0], "$4 billion", None)], pension, "")[0].subject is None


def test_a_bond_yield_is_the_bonds() -> None:
    found = _subjects(
        [
            "The Hexley 50 index rose 0.6% to 7,410.2 on Monday as bond yields eased.",
            "The 10-year gilt yield dropped 4 basis points to 4.02% and the five-year yield "
            "slipped to 3.81%.",
            "Across the Atlantic, the Dow gained 0.3% and the 30-year Treasury yield stood at "
            "4.66%.",
            "The yield on two-year Bunds rose to 2.27%.",
        ],
        title="Markets: Hexley climbs",
    )
    assert found["4 basis points"] == "10-year gilt"
    assert found["4.02%"] == "10-year gilt"
    assert found["3.81%"] == "five-year gilt"  # the kind the sentence named before
    assert found["4.66%"] == "30-year Treasury"
    assert found["2.27%"] == "two-year Bunds"
    assert found["0.6%"] != "10-year gilt"


def test_a_part_a_with_clause_moves_owns_its_figures() -> None:
    found = _subjects(
        [
            "Prices at the monthly Orchard Fruit auction rose 2.2% on Tuesday, with dried "
            "apricots up 5.1% to $3,980 a tonne.",
            "Fenmoor Foods said revenue rose 6% to £410 million, with sales up 4% in Spain.",
            "Its shares rose 3%, with its bonds up 1.2%.",
        ],
        title="Fruit auction prices climb",
    )
    assert found["5.1%"] == "dried apricots"
    assert found["$3,980"] == "dried apricots"
    assert found["2.2%"] != "dried apricots"
    assert found["4%"] == "Fenmoor Foods"  # a measure: still the firm's
    assert found["1.2%"] != "bonds"


def test_a_possessive_opener_named_in_apposition_owns_its_clause() -> None:
    found = _subjects(
        [
            "Parcel app Dashly grew orders by 31% to 12 million in the half, cutting fees to win "
            "riders from rival Scootr.",
            "Its grocery arm, Dashly Fresh, contributed R640m of revenue.",
            "Its founder, Lwazi Dube, said rival Scootr had lost 4,000 riders.",
        ],
        title="Dashly orders climb",
    )
    assert found["R640m"] == "Dashly Fresh"
    assert found["4,000 riders"] != "Lwazi Dube"  # a reported clause is about others


def test_a_central_banks_growth_outlook_is_the_countrys() -> None:
    found = _subjects(
        [
            "The Monetary Policy Committee of the Bank of Norland voted to cut the policy rate "
            "to 2.25 per cent from 2.5 per cent.",
            "The Governor said the committee sees the Norlandic economy is expected to grow at "
            "1.6 per cent next year.",
        ],
        title="Bank of Norland cuts policy rate",
    )
    assert found["1.6 per cent"] == "Norland"
    assert found["2.25 per cent"] != "Norland"  # the bank's own rate


def test_a_good_priced_per_unit_owns_its_clause() -> None:
    found = _subjects(
        [
            "Brackwell Mining cut its output forecast on Tuesday.",
            "Tantalite prices recovered 12 per cent in the quarter to US$610 a tonne.",
            "Its revenue fell 5% to A$88 million, as prices for scrap cardboard dropped to £38 "
            "a tonne.",
            "However cobalt prices have rebounded, rising to $21,400 a tonne.",
            "House prices in the region rose 3% to £250,000.",
        ],
        title="Brackwell cuts forecast",
    )
    assert found["12 per cent"] == "tantalite"
    assert found["US$610"] == "tantalite"
    assert found["£38"] == "scrap cardboard"
    assert found["A$88 million"] != "scrap cardboard"  # before the good's clause
    assert found["$21,400"] == "cobalt"
    assert found["£250,000"] != "House"  # no price per unit: not a traded good


def test_a_possessive_name_after_and_opens_a_clause_of_its_own() -> None:
    found = _subjects(
        [
            "In Asia the Hang Seng ended flat at 19,340.2 and Japan's Nikkei lost 0.5% to "
            "38,120 on Friday.",
        ],
        title="Asian markets mixed",
    )
    assert found["0.5%"] == "Nikkei"
    assert found["38,120"] == "Nikkei"
    assert found["19,340.2"] == "Hang Seng"


def test_it_after_a_later_owners_figure_is_that_owner() -> None:
    found = _subjects(
        [
            "Retailer Dovecote Stores fell 2.2% after saying its margin had slipped to 4%, while "
            "airline Skyline Jets gained 3.1% after it said summer bookings were running 9% "
            "ahead of last year.",
        ],
        title="Markets: Skyline climbs",
    )
    assert found["9%"] == "Skyline Jets"
    assert found["4%"] == "Dovecote Stores"
