"""Session 22 metric rules (metric28): a share of what a possessor has, ..."""

from __future__ import annotations

from reader.figures import extract_figures


def _metrics(paragraphs: list[str]) -> dict[str, str | None]:
    return {f.surface: f.metric for f in extract_figures(paragraphs, title="Court ruling")}


def test_a_percentage_of_a_possessors_noun_is_a_share_of_that_noun() -> None:
    got = _metrics(
        [
            "The tribunal told Morwen Builders to pay 60% of Castlegate's legal fees.",
            "The mill turned out 2 million tonnes, about 9% of the region's output.",
        ]
    )
    assert got["60%"] == "share of legal fees"
    assert got["9%"] == "share of output"


def test_a_percentage_of_a_possessors_firm_or_shares_is_not_a_share_of_a_measure() -> None:
    got = _metrics(["Tovey Holdings bought 30% of the club's shares last year."])
    assert got["30%"] != "share of shares"


def test_a_level_moved_from_measures_what_the_level_it_moved_to_measures() -> None:
    got = _metrics(
        [
            "Ticket income rose to £4.4 million from £3.9 million, helped by a new sponsorship "
            "deal with a brewer.",
            "The council collected £80 million in parking fines, down from £95 million in "
            "2023, when prices rose.",
        ]
    )
    assert got["£4.4 million"] == got["£3.9 million"] == "ticket income"
    assert got["£95 million"] != "price"


def test_a_base_with_its_own_noun_or_its_measure_written_before_the_level_keeps_it() -> None:
    got = _metrics(
        [
            "Harrow Town lost £1.2 million in the year, down from a loss of £1.9 million.",
            "Brokers now expect annual sales of the new drug of $4 billion, down from $5 billion.",
        ]
    )
    assert got["£1.9 million"] == "loss"
    assert got["$5 billion"] != "drug"


def test_a_two_word_movement_verb_names_its_subject_as_the_measure() -> None:
    got = _metrics(
        [
            "From March the weekly service charge goes up to £31.",
            "Parking fees at the depot went up by as much as 40%.",
            "Mortgage yields had moved out to 7.5% by the summer.",
        ]
    )
    assert got["£31"] == "service charge"
    assert got["40%"] == "parking fees"
    assert got["7.5%"] == "mortgage yields"


def test_out_moves_only_after_a_form_of_move() -> None:
    got = _metrics(["The owners went out to 9% of their savings."])
    assert got["9%"] != "owners"


def test_a_percentage_a_move_in_points_reached_measures_what_the_move_measures() -> None:
    got = _metrics(
        ["Its occupancy rate, the share of beds taken, rose 3.1 percentage points to 78.2%."]
    )
    assert got["3.1 percentage points"] == got["78.2%"] == "occupancy rate"


def test_a_voucher_is_a_thing_a_sum_sizes_not_an_agent() -> None:
    got = _metrics(["The bakery promised every regular customer a £40 voucher."])
    assert got["£40"] == "voucher"


def test_a_building_let_or_leased_to_a_percentage_gives_its_occupancy() -> None:
    got = _metrics(["The 12-storey block is 87% let, and its car park is 60% leased."])
    assert got["87%"] == got["60%"] == "occupancy rate"  # (rate_names.py)


def test_a_share_of_a_possessors_adjective_or_division_is_no_share_of_a_measure() -> None:
    got = _metrics(
        [
            "The levy would wipe 5% of the mine's current value.",
            "Halden agreed to buy 25% of Corvane's truck division.",
        ]
    )
    assert got["5%"] != "share of current"
    assert got["25%"] == "stake"


def test_a_person_paid_between_two_sums_is_paid_both() -> None:
    got = _metrics(["Its finance director, Mark Ellery, was paid between £95,000 and £100,000."])
    assert got["£95,000"] == got["£100,000"] == "pay"


def test_a_figure_a_verb_of_change_moved_by_measures_the_verbs_object() -> None:
    got = _metrics(
        [
            "The bus company agreed to raise drivers' pay by 7% over three years.",
            "It will cut the fees of its 3,400 members by 12% from June.",
        ]
    )
    assert got["7%"] == "drivers' pay"
    assert got["12%"] == "fees"


def test_a_verbs_object_that_is_a_pronoun_or_a_name_gives_no_measure() -> None:
    got = _metrics(["Harbury said it would cut them by 5% and raise Delmont by 3%."])
    assert got["5%"] != "them"
    assert got["3%"] != "Delmont"


def test_a_sum_a_verb_of_a_level_gives_measures_its_subject() -> None:
    got = _metrics(
        [
            "Its rival said its own charter rates averaged $38,000 in the spring.",
            "Under the new owner, delivery fees totalled about £640,000.",
        ]
    )
    assert got["$38,000"] == "charter rates"
    assert got["£640,000"] == "delivery fees"


def test_sums_a_measure_goes_from_and_to_measure_its_subject() -> None:
    got = _metrics(
        ["The regulator said the average monthly fare would go from £62 this year to £70 in 2028."]
    )
    assert got["£62"] == got["£70"] == "monthly fare"


def test_an_ed_modifier_after_a_preposition_says_which_measure() -> None:
    got = _metrics(["The broker's estimate of insured losses from the storm is $2.3 billion."])
    assert got["$2.3 billion"] == "insured loss"


def test_an_ed_verb_after_its_subject_is_still_no_modifier() -> None:
    got = _metrics(["Acme reported profit of £5m."])
    assert got["£5m"] == "profit"


def test_a_verb_after_an_auxiliary_is_no_modifier_of_a_levels_subject() -> None:
    got = _metrics(["Since 2022 the watchdog has levied fines totalling nearly $3bn."])
    assert got["$3bn"] == "fines"


def test_a_status_word_before_a_measure_says_no_which() -> None:
    got = _metrics(
        ["The council is borrowing more, with predicted debt over ten years totalling £2bn."]
    )
    assert got["£2bn"] == "debt"


def test_due_to_is_an_auxiliary_before_a_movement() -> None:
    got = _metrics(["Some say ferry fares are due to rise by 8%."])
    assert got["8%"] == "ferry fares"


def test_a_bare_yield_in_a_sentence_about_bonds_is_a_bond_yield() -> None:
    got = _metrics(
        [
            "The 10-year gilt yield rose 4 basis points to 3.85%.",
            "The fund promised savers yields of 7% a year.",
        ]
    )
    assert got["3.85%"] == got["4 basis points"] == "bond yield"
    assert got["7%"] != "bond yield"


def test_a_rent_or_price_for_floor_space_is_one_per_square_foot_or_metre() -> None:
    got = _metrics(
        [
            "The ground floor was let in May at £28 per sq ft.",
            "Flats in the old town sell for €6,100 a square metre.",
        ]
    )
    assert got["£28"] == "rent per square foot"
    assert got["€6,100"] == "price per square metre"


def test_a_figure_that_is_a_target_for_the_measure_is_its_target() -> None:
    got = _metrics(
        [
            "The central bank expects inflation to fall back to its 2.5% target next year.",
            "Inflation rose to 4.1%, above the target range of 1 per cent to 3 per cent.",
        ]
    )
    assert got["2.5%"] == "inflation target"
    assert got["1 per cent"] == "inflation target"


def test_a_sum_a_share_a_buyer_offers_or_an_offering_is_priced_at_is_an_offer_price() -> None:
    got = _metrics(
        [
            "Corran Partners has agreed to buy the retailer Ashby Lane for $21.40 a share.",
            "Tessaly has priced its initial public offering at 14.5 riyals a share.",
            "Shares in Ashby Lane closed at $19.80.",
        ]
    )
    assert got["$21.40"] == got["14.5 riyals"] == "offer price per share"
    assert not (got["$19.80"] or "").startswith("offer price")


def test_a_sum_target_in_a_brokers_note_is_a_price_target() -> None:
    got = _metrics(['Kestral Securities kept its "hold" rating and a 740p target on the shares.'])
    assert got["740p"] == "price target"


def test_an_economys_balances_and_debts_are_named_as_written() -> None:
    got = _metrics(
        [
            "Exports fell 3% to €9.2 billion, leaving a trade surplus of €4.1 billion.",
            "The ministry wants to cut its budget deficit to 3.2% of GDP next year.",
            "Household debt stood at 91.5 per cent of GDP.",
        ]
    )
    assert got["€4.1 billion"] == "trade surplus"
    assert got["3.2%"] == "budget deficit to GDP"
    assert got["91.5 per cent"] == "household debt to GDP"


def test_a_central_banks_base_or_policy_rate_keeps_its_written_name() -> None:
    got = _metrics(
        [
            "Economists expect a cut in the base rate to 3.25% in May.",
            "The central bank lowered its policy rate by 25 basis points to 4%.",
        ]
    )
    assert got["3.25%"] == "base rate"
    assert got["4%"] == got["25 basis points"] == "policy rate"
