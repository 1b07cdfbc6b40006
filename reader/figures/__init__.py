"""Key figures (money, percentages, counts) pulled from a story's body sentences.

Public API: ``extract_figures`` (ranked), ``callouts`` (the top ones worth showing),
``parse_sentence`` (one sentence, unranked),
``format_value`` / ``format_figure`` (callout text) and ``FIGURES_VERSION`` (cache key:
bump whenever output changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.figures.about import about_sections
from reader.figures.actors import national_figures, ownerless
from reader.figures.allocated import allotted_metrics
from reader.figures.around import premodified_metrics
from reader.figures.bond_yields import bond_yield_owners
from reader.figures.box_office import box_office_kinds
from reader.figures.capacity import capacity_counts
from reader.figures.caption_units import captioned_figures, own_scaled_counts
from reader.figures.central_bank import country_figures
from reader.figures.classes import classed
from reader.figures.clause_openers import set_before_firm
from reader.figures.common_words import is_common_word
from reader.figures.continued import continued_metrics, previous_sentence_metrics
from reader.figures.coordinated import coordinated_metrics
from reader.figures.coreference import (
    chained_firm,
    coded_prior,
    demonstrative_followers,
    lower_case_main,
    other_kind_prior,
    pronoun_owners,
    sole_firm,
    traded_prior,
)
from reader.figures.costs import cost_things
from reader.figures.council_tax import council_tax_metrics
from reader.figures.deals import offer_prices, target_referents
from reader.figures.debt_of import debt_instruments
from reader.figures.dividend_per_share import dividend_status, per_share_dividends
from reader.figures.earners import earner_metrics
from reader.figures.economic_impact import economic_impacts
from reader.figures.ellipsis import counted_alike, fuller_names, parallel_metrics
from reader.figures.first_person import first_person_owners
from reader.figures.flow_rates import per_time_units
from reader.figures.follow import comparison_followers
from reader.figures.forecast_for import forecast_owners
from reader.figures.format import format_figure, format_lead, format_value, metric_label
from reader.figures.founded import founded_firms
from reader.figures.gapped import gapped_owners
from reader.figures.grouped import comma_grouped, restored
from reader.figures.head_kin import head_qualified
from reader.figures.held_shares import held_shares
from reader.figures.included_status import included_status
from reader.figures.inherit import story_default, story_owner_fill, with_default
from reader.figures.its_named import its_named
from reader.figures.kin import kin_qualified
from reader.figures.kind_refs import companies_not_bodies, kind_referents
from reader.figures.labelled import labelled_metrics
from reader.figures.lead import lead_at
from reader.figures.lead_in import lead_in_metrics
from reader.figures.lead_in_status import lead_in_status
from reader.figures.letters import TITLED_PERSON, has_capital, named_after_title
from reader.figures.level_moves import level_named_moves
from reader.figures.list_items import list_item_owners
from reader.figures.lower_refs import lower_prior
from reader.figures.main_firm import main_company
from reader.figures.margins import profit_margins
from reader.figures.market_size import market_sizes
from reader.figures.markets import commodity_prices, market_measures
from reader.figures.measure_per import measures_per_quantity
from reader.figures.measured_owner import measured_owners
from reader.figures.memo import new_story
from reader.figures.metric_model import learned_metrics
from reader.figures.modified import modified_metrics, worth_values
from reader.figures.money_acts import money_acts
from reader.figures.more_of import more_of_metrics
from reader.figures.moved import moved_metrics
from reader.figures.moved_from import level_bases, point_levels
from reader.figures.names import lead_name, penalises, story_names
from reader.figures.np_metric import phrase_metrics
from reader.figures.numbered import unnumbered
from reader.figures.of_measure import of_measures
from reader.figures.ones import counted_ones
from reader.figures.opener_words import opener_only
from reader.figures.organs import organ_owners
from reader.figures.owner import (
    headline_firm,
    headline_only_firm,
    note_firm,
    story_owner,
    ticker_headline_firm,
    title_case,
    with_owner,
)
from reader.figures.parse import figures_of, may_hold_figures, numbers_in, parse_sentence
from reader.figures.partitive import partitive_counts
from reader.figures.pay_rises import pay_rise_metrics
from reader.figures.people import latest_person, not_a_persons
from reader.figures.per_share import per_share_results
from reader.figures.per_unit import per_unit_metrics
from reader.figures.place_kinds import place_owned
from reader.figures.population import population_counts
from reader.figures.possessive import possessive_metrics
from reader.figures.priced import priced_metrics
from reader.figures.prior_brackets import prior_periods
from reader.figures.products import product_owners
from reader.figures.pronouns import (
    it_owners,
    named_pronouns,
    pronoun_people,
    rival_owners,
    story_people,
)
from reader.figures.qualify import qualified_metrics
from reader.figures.quantity_of import quantity_metrics
from reader.figures.raised_by import raised_by_metrics
from reader.figures.rank import callouts, rank
from reader.figures.rate_names import rate_names
from reader.figures.referred import referred_changes
from reader.figures.refine import whole_metrics
from reader.figures.repeated import repeated_counts
from reader.figures.resubject import named_owners
from reader.figures.returns import returned_metrics
from reader.figures.shapes import shaped_metrics
from reader.figures.share_moves import moved_to_prices, share_price_moves, sized_share_prices
from reader.figures.stakes import stake_metrics
from reader.figures.tables import table_figures
from reader.figures.taxed import taxed_metrics
from reader.figures.traded import trading_volumes
from reader.figures.traded_goods import traded_goods
from reader.figures.unowned import main_owned
from reader.figures.verbed import verbed_counts
from reader.figures.wage_ratio import ratio_metrics
from reader.figures.with_parts import with_parts
from reader.figures.worth import worth_things
from reader.figures_version import FIGURES_VERSION  # bumped there
from reader.model import Figure
from reader.text.corrections import retracted
from reader.text.stop_words import sumy_stop_words

_MAX_FIGURES = 1_000  # per story: beyond this the text is a data table, not a news story


def _bare(word: str) -> str:
    """A headline word without its punctuation and possessive: "Colombia's" -> "Colombia"."""
    return word.strip(",.:;'\"").removesuffix("'s").removesuffix("\u2019s")


def _may_name(first: str, story: str) -> bool:
    """Whether a sentence-case headline's first word may be a name: not a function or number
    word ("One bright spot in ...", "The ..."), and not written in lower case in the story
    ("Analysts see ...": the story writes "analysts", or "runner" for "Runners raise ...")."""
    low = first.lower()
    if not low or low in sumy_stop_words():
        return False
    if is_common_word(low):
        return False  # "Tram fares in Manchester will be frozen": a word, not a name
    if low.endswith("s") and not low.endswith("ss") and _written_alone(story, low[:-1]):
        return False  # "Runners raise £71m": a plural the story writes as "runner"
    return not _written_alone(story, low)


def _joins(ch: str) -> bool:
    """A character that continues a word: ``\\w`` (letters, digits, "_") or a hyphen."""
    return ch.isalnum() or ch in "_-"


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no word character or hyphen on either side:
    ``re.search(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)``, without compiling a
    pattern for each word."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _joins(text[at - 1])) and (end == len(text) or not _joins(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _story_context(
    story: str, sentences: Sequence[str], title: str | None
) -> tuple[frozenset[str], str | None, bool]:
    """What every figure of the story reads: its names (a sentence-case headline's capitalised
    words among them), its main company, and whether it is written in lower case."""
    names = story_names(story)
    if title and not title_case(title):
        # a sentence-case headline's capitalised words are names ("Tidewater sinks rivals")
        # (a possessive's name without its "'s": "Colombia's central bank" names "Colombia")
        names |= frozenset(_bare(w) for w in title.split()[1:] if w[:1].isupper())
        first = _bare(title.split()[0])
        if _may_name(first, story):
            names |= {first}
    # (an analyst's note covers the firm its headline names: owner.py)
    main = note_firm(title, sentences) or main_company(sentences, names)
    if main and main.split()[-1] in story_people(story):
        main = None  # "When Naledi Khumalo mixed ... Khumalo, 41, owns": a founder, not the firm
    main = (
        main
        or lower_case_main(sentences)
        or headline_firm(title, sentences, names)  # owner.py
        or headline_only_firm(title, sentences, names)
        or ticker_headline_firm(title)  # owner.py: "Kalayaan Land (KLC PM): Malls carry ..."
    )
    if main is not None:
        names |= frozenset(main.split())  # "Kaito said ..." opens a sentence: still a name
    lower = not has_capital(story[:2000])  # lower-case text: lower_refs.py reads its names
    return names, main, lower


def _prior(
    sentences: Sequence[str],
    index: int,
    names: frozenset[str],
    main: str | None,
    lower: bool,
    story: str,
    title: str | None = None,
) -> str | None:
    """The firm that opened the sentence before ``index``: whom "It" may mean."""
    sentence = sentences[index]
    prior = (
        lead_name(sentences[index - 1][:300], names)
        or sole_firm(sentences[index - 1], sentence, names)  # coreference.py
        # (not a byline or date line above the lead: "By Priya Natarajan, Technology reporter")
        if index and (index > 3 or index > lead_at(sentences))
        else None
    )
    if prior is None and index:
        prior = chained_firm(sentences, index, names, main)  # "It ... The company"
    if prior is None and lower:
        prior = lower_prior(sentences, index)  # "fibrenet's revenue ... the group said"
    if prior and prior != main and (prior in sentences or opener_only(prior, story, title)):
        # a subhead's word ("Aggregates" / "Aggregates volumes rose"), a common word opening
        # sentences ("Output grew 1.2%. The bank's target"): a topic (opener_words.py)
        prior = None
    elif prior and (TITLED_PERSON.search(prior) or named_after_title(prior, sentences[index - 1])):
        # "Vice-chancellor Professor Ruth Ellery said ...", "Opposition councillor Mary Adebayo
        # said ...": "Its", "The council's" is no person
        prior = None
    elif prior and prior.split()[-1] in story_people(story):  # (kept for the story: memo.py)
        prior = None  # "Osei, 51, ... They closed 1.4% lower, valuing the company at": a person
    elif prior and prior != main and traded_prior(prior, sentences[index - 1], sentence):
        prior = None  # "Dutch TTF gas rose 6%. The company sold ...": no firm (coreference.py)
    elif prior and prior != main and other_kind_prior(prior, sentences[index - 1], sentence):
        prior = None  # "Doncaster council ... The company plans": no firm (coreference.py)
    elif prior and prior != main and coded_prior(prior, sentence):
        prior = None  # "The PMX7 family ... The company expects": no firm (coreference.py)
    elif prior and prior != main and penalises(sentences[index - 1], prior):
        prior = None  # "Ofwat has fined Severnside Water ... The company": not Ofwat (names.py)
    elif prior and main and prior != main and set_before_firm(sentences[index - 1], prior, main):
        prior = main  # "In a filing with Bursa Malaysia, the insurer said ... Its net claims"
    return prior


def extract_figures(
    paragraphs: Sequence[str], *, title: str | None = None, dateline: str | None = None
) -> list[Figure]:
    """Every figure in the story's sentences (all paragraphs in order), most important first.

    ``title`` is accepted for callers that have one; a figure also named in the title (same
    text, or the same value and unit written differently: "$1bn" / "$1 billion") gets a boost
    because the headline chose it. ``dateline`` is the place the story pipeline cut from the
    lead ("KARACHI, Dec 3"): the first country a currency several countries name reads
    ("Rs 1.9 billion" in a Karachi story is Pakistan's), then the title's.
    """
    from reader.text.story_split import story_sentences  # lazy: nltk is heavy

    new_story()  # the per-story memos (memo.py) start empty
    found: list[Figure] = []
    # grouped.py: "61 400 cars" is read as "61,400 cars" (the same length), the whole story so,
    # so that every pass that looks a sentence up in the story finds it; each figure found gets
    # the story's own sentences (``own``) back at the end
    own_paragraphs = paragraphs
    paragraphs = [comma_grouped(p) for p in paragraphs]
    # the story's one split, shared with its summary: sentence_index counts these sentences
    sentences = [unnumbered(s) for s in story_sentences(paragraphs).sentences]
    own = sentences
    if any(a != b for a, b in zip(paragraphs, own_paragraphs, strict=True)):
        own = [unnumbered(s) for s in story_sentences(own_paragraphs).sentences]
        if len(own) != len(sentences):  # (the commas moved a sentence break: read it as written)
            paragraphs, sentences = list(own_paragraphs), own
    story = "\n".join(paragraphs)
    # where a currency several countries use is looked up: the dateline's place first, then the
    # headline ("Fact check: are Chile's water companies ..." and its "pesos"), then the story
    where = "\n".join(t for t in (dateline, title, story) if t)
    # who the story is about is read only once a sentence holds a number (a quarter of news
    # stories hold none, and then no figure: ``_story_context`` reads nothing the scan needs)
    context: tuple[frozenset[str], str | None, bool] | None = None
    currency: str | None = None  # the last currency written: implied units borrow it
    person: str | None = None  # the last person named with a title: whom "she" means
    read = 0  # sentences before this one were read for a person (only a figure's sentence asks)
    for index, sentence in enumerate(sentences):
        if len(found) >= _MAX_FIGURES:
            break
        if not may_hold_figures(sentence):
            continue  # nothing to find (and nothing found changes the currency)
        if retracted(sentence):
            continue  # text/corrections.py: "An earlier version of this story said ... 200 jobs"
        raws = numbers_in(sentence, where, currency)
        if not raws:
            continue  # no number token: no figure (and the currency stays)
        if context is None:
            context = _story_context(story, sentences, title)
        names, main, lower = context
        person = latest_person(sentences, read, index) or person
        read = index + 1
        prior = _prior(sentences, index, names, main, lower, story, title)
        figs = figures_of(
            sentence,
            raws,
            names=names,
            currency=currency,
            main=main,
            prior=prior,
            person=person,
            sentence_index=index,
        )
        found.extend(not_a_persons(figs, person, names, prior or main))
        currency = next((f.unit for f in reversed(figs) if f.kind == "money"), currency)
    if context is None:
        return []  # no sentence holds a number: no figure, and nothing below adds one
    names, main, _ = context
    found = comparison_followers(demonstrative_followers(repeated_counts(found)))
    found = partitive_counts(found)  # partitive.py: "1,940 cash points, 1,210 of them"
    found = founded_firms(found, sentences)  # founded.py: "her company, Umvelo, ..."
    found = pronoun_owners(found, sentences)  # coreference.py
    found = referred_changes(found, sentences)  # referred.py: "The increase adds £89.46 a year"
    found = pronoun_people(found, sentences, names, main)  # pronouns.py: "He sold ..."
    found = it_owners(found)  # pronouns.py: "shares in x lost 4.3% after it cut ..."
    found = rival_owners(found, sentences, names)  # pronouns.py: "while its rival's dropped"
    found = named_pronouns(found, sentences, names, main)  # pronouns.py: "They cut ... to 2,600p"
    found = kind_referents(found, sentences)  # kind_refs.py: "the bureau cut its forecast"
    found = target_referents(found, sentences)  # deals.py: "Shares in the target jumped 27%"
    found = place_owned(found, sentences, title or "")  # place_kinds.py: "the province's take"
    found = about_sections(found, sentences)  # about.py: "About SomnaTech. ... It has 420"
    found = product_owners(found, sentences, names)  # products.py: "its game, X, sold 4m"
    # forecast_for.py: "Harcourt's forecast for group revenue" is the story's firm's
    found = forecast_owners(found, main, lambda: story_owner(title, sentences, names))
    # organs.py: "the Management Board expects revenue of €150m" is the firm's
    found = organ_owners(found, main, lambda: story_owner(title, sentences, names))
    found = first_person_owners(found, sentences, title, names)  # first_person.py: "our wage bill"
    if main is None:
        # a country's official statistics (actors.py): the place, before the most-named name
        at = min(lead_at(sentences), len(sentences) - 1)
        found = national_figures(found, " ".join(sentences[at : at + 3]))
    if main is None and any(f.subject is None for f in found):  # owner.py, read only if needed
        found = with_owner(found, story_owner(title, sentences, names), story)
    found = story_owner_fill(found, names, story)  # inherit.py: no owner named: the story's
    found = ownerless(with_default(found, story_default(f"{title or ''}\n{story}")))  # actors.py
    found = companies_not_bodies(found, sentences)  # kind_refs.py: "The company was fined"
    found = sized_share_prices(found)  # share_moves.py: the learned metric may name it
    found = shaped_metrics(learned_metrics(found, sentences), sentences)  # shapes.py
    ranked = rank(classed(found))  # metric_model.py, classes.py
    ranked = whole_metrics(ranked, sentences)  # refine.py: ranked by the bare measure
    ranked = kin_qualified(qualified_metrics(ranked, sentences), sentences)  # qualify.py, kin.py
    ranked = premodified_metrics(ranked, sentences, names)  # around.py, premodified.py
    ranked = market_measures(ranked, sentences)  # markets.py: "the pound rose 0.3% against"
    ranked = bond_yield_owners(ranked, sentences)  # bond_yields.py: "the 10-year gilt yield"
    ranked = returned_metrics(ranked)  # returns.py: "its investments returned 7.8%"
    ranked = verbed_counts(ranked, sentences)  # verbed.py: "opened 148 shops"
    ranked = parallel_metrics(ranked, sentences)  # ellipsis.py: "..., while York rose 1.1%"
    ranked = fuller_names(ranked, sentences)  # ellipsis.py: "house prices ..., prices in Oslo"
    ranked = counted_ones(counted_alike(ranked, sentences))  # ellipsis.py, ones.py: "9 new ones"
    ranked = coordinated_metrics(ranked, sentences)  # coordinated.py: "cash and equivalents"
    ranked = table_figures(ranked, sentences)  # tables.py: a table's cells
    ranked = captioned_figures(ranked, sentences)  # caption_units.py: "(TL million unless stated)"
    ranked = own_scaled_counts(ranked)  # caption_units.py: "Containers handled (thousand TEU):"
    ranked = commodity_prices(ranked)  # markets.py: "Jet fuel prices have dropped 15%"
    ranked = with_parts(ranked)  # with_parts.py: "..., with whole milk powder up 4.4%"
    ranked = traded_goods(ranked)  # traded_goods.py: "Spodumene prices rose to $940 a tonne"
    ranked = its_named(ranked)  # its_named.py: "Its food delivery arm, Pellow Eats, made"
    ranked = quantity_metrics(ranked)  # quantity_of.py: "640,000 tonnes of copper"
    ranked = continued_metrics(ranked)  # continued.py: "earned C$164m, down 7%"
    ranked = stake_metrics(
        moved_to_prices(share_price_moves(ranked))
    )  # "Greystone Mining dropped 4.5% to 312p", "60% owned by"
    ranked = moved_metrics(ranked)  # moved.py: "will see their bills rise by 36%"
    ranked = raised_by_metrics(ranked)  # raised_by.py: "agreed to raise pilots' pay by 9%"
    ranked = of_measures(ranked)  # of_measure.py: "against a surplus of £4.2m"
    ranked = modified_metrics(ranked)  # modified.py: "a £14.5 million recovery plan"
    ranked = worth_values(ranked)  # modified.py: "a contract worth $265m": contract value
    ranked = money_acts(ranked)  # money_acts.py: "a 9% stake worth $2.8bn", "which put in €120m"
    ranked = previous_sentence_metrics(ranked)  # continued.py: "That was up from 3.1%"
    ranked = pay_rise_metrics(ranked, sentences)  # pay_rises.py: "staff will get a 6% rise"
    ranked = more_of_metrics(ranked)  # more_of.py: "stocked 14% more fish than"
    ranked = per_unit_metrics(ranked)  # per_unit.py: "roughly £630 a patient"
    ranked = sized_share_prices(ranked)  # share_moves.py: "raising €744 million" is no price
    ranked = taxed_metrics(ranked)  # taxed.py: "Profit after tax rose to €312m"
    ranked = profit_margins(ranked)  # margins.py: "operating profit ..., giving a margin of"
    ranked = earner_metrics(ranked)  # earners.py: "Scratch cards brought in C$410m in sales"
    ranked = labelled_metrics(ranked)  # labelled.py: "- Paying customers: 6,840"
    ranked = per_share_dividends(ranked)  # dividend_per_share.py: "a dividend of 45p a share"
    ranked = offer_prices(ranked)  # deals.py: "Kessler will pay CHF142 a share" in a takeover
    ranked = dividend_status(ranked)  # and one a board sets is still to be paid
    ranked = prior_periods(ranked)  # prior_brackets.py: "SEK 9,416 million (8,817)"
    ranked = possessive_metrics(ranked)  # possessive.py: "; PulseGym's edged up 3% to £251m"
    ranked = cost_things(ranked)  # costs.py: "open a factory ... at a cost of R850 million"
    ranked = allotted_metrics(ranked)  # allocated.py: "includes £38m for road repairs"
    ranked = debt_instruments(ranked)  # debt_of.py: "$700 million of new term loans"
    ranked = trading_volumes(ranked)  # traded.py: "14.8 billion shares changed hands"
    ranked = market_sizes(ranked)  # market_size.py: "The UK fitness market is worth £5.7bn"
    ranked = worth_things(ranked)  # worth.py: "ordered 1,150 hopper cars, worth about C$180m"
    ranked = box_office_kinds(ranked)  # box_office.py: "earned US$612 million worldwide"
    ranked = ratio_metrics(ranked)  # wage_ratio.py: "spent 58% of its turnover on salaries"
    ranked = measures_per_quantity(ranked)  # measure_per.py: "realisation ... Rs 5,860 a tonne"
    ranked = lead_in_metrics(ranked, sentences)  # lead_in.py: rows under "(CET1 ratio ...):"
    ranked = lead_in_status(ranked, sentences)  # lead_in_status.py: "will change as follows:"
    ranked = included_status(ranked, sentences)  # included_status.py: "It includes DKK 385m for"
    ranked = council_tax_metrics(ranked)  # council_tax.py: "A band D household will pay £2,104"
    ranked = economic_impacts(ranked)  # economic_impact.py: "bring £120m to the local economy"
    ranked = country_figures(ranked, story)  # central_bank.py: "the MPC ... inflation at 0.8%"
    ranked = gapped_owners(ranked)  # gapped.py: "Wheat makes up 11.2m tonnes, barley 2.9m"
    ranked = level_bases(ranked)  # moved_from.py: "rose to £9.6m from £8.1m, helped by a deal"
    ranked = point_levels(ranked)  # moved_from.py: "rose 2.4 percentage points to 86.7%"
    # continued.py again: a base or change whose figure a later rule named ("its combined
    # ratio improved to 91.4% ... from 97.8%", named by moved.py) measures the same
    ranked = continued_metrics(ranked)
    ranked = per_time_units(ranked)  # flow_rates.py: "412 megalitres a day"
    ranked = list_item_owners(ranked, names)  # list_items.py: "Apple (18%)", "and the EU 37%"
    ranked = per_share_results(ranked)  # per_share.py: "$18.3m, or 9 cents a share"
    ranked = named_owners(ranked)  # resubject.py: "Monday's sale of 1,146 sheep" is no Monday's
    ranked = measured_owners(ranked, main)  # measured_owner.py: "Membership grew 7%"
    ranked = held_shares(ranked)  # held_shares.py: "Lieferfix held 36%" in a story of shares
    ranked = main_owned(ranked, main)  # unowned.py: what no pass gave an owner
    ranked = phrase_metrics(ranked, names)  # np_metric.py: "Handling charges rose 5%"
    ranked = priced_metrics(ranked)  # priced.py: "Tickets for the game cost £35"
    ranked = capacity_counts(ranked)  # capacity.py: "The stadium holds 42,000"
    ranked = population_counts(ranked)  # population.py: "a city of about 78,000 people"
    ranked = head_qualified(ranked, sentences)  # head_kin.py: "smartphone shipments ... shipments"
    ranked = level_named_moves(ranked)  # level_moves.py: "sold 3.2 million tickets, 9% more"
    ranked = rate_names(ranked)  # rate_names.py: "Youth unemployment fell to 21.4%"
    if title:
        named = parse_sentence(title, story=story, names=names)

        def in_title(f: Figure) -> bool:
            return bool(f.surface and f.surface in title) or any(
                t.kind == f.kind
                and t.unit == f.unit
                and abs(t.value - f.value) <= 1e-6 * max(abs(t.value), abs(f.value))
                for t in named
            )

        ranked = [replace(f, score=f.score + 10.0) if in_title(f) else f for f in ranked]
        ranked.sort(key=lambda f: (-f.score, f.sentence_index))
    return ranked if own is sentences else restored(ranked, sentences, own)


__all__ = [
    "FIGURES_VERSION",
    "callouts",
    "extract_figures",
    "format_figure",
    "format_lead",
    "format_value",
    "metric_label",
    "parse_sentence",
]
