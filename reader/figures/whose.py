"""Whose figure it is: the name rules of ``names.subject_for`` joined with the clause parse
of ``clause.clause_subject``, the story's people (``people.py``) and what its references
mean (``coreference.py``).

- "14 of Sudan's 18 states", "142 of parliament's 179 members" → the whole's owner;
- "he", "she", "her", "the 23-year-old" → the story's last-named person;
- a person named with a title ("Vantor Group chief executive Helen Marsh received ...",
  "Chief executive Tom Reilly, who earned ...") → that person;
- a relative clause's antecedent ("Castellan, which made £410m") → that name;
- "rival Vidora with 17%", "Tiny Giants came third with $9.1m" → the name before "with";
- a figure in what a person said ("Reilly said output would reach 310m tonnes") is not
  the speaker's: it is the clause's own subject, else the story's firm;
- in lower-case text (no capitals to read names from) the clause's noun phrase is the
  subject ("gold rose 1.4%", "shares in dunmore energy fell 11%"), and "it"/"the company"
  the story's firm or the firm saying the sentence (lower_owner.py);
- a name run that only stands in a reporting aside (", its studio X said,") gives way to
  the clause's subject;
- a penalty is the payer's ("fined Meridale Water £14.7m"), a commodity or a currency that is
  its clause's subject owns the clause's figures ("Copper prices rose 2.4%", "The pound rose
  0.3%"), and "the council", "the regulator", "the union" mean a body of that kind, the
  story's firm only when its name says so: payers.py;
- a group's own measure written with "their" ("Households cut their spending by 3%") is
  the group's (groups.py);
- a stake is its holder's ("26% owned by the Irish government") and a name's measure written
  with "of" that name's ("Penmore's closing price of 228 pence"): actors.py;
- a place in a leading prepositional phrase ("In the US, The Quiet Floor 2 led ...") is a
  setting, not the owner, when the clause names something after it;
- a source names the owner rather than owns the figure: "IDC said Apple shipped 50m iPhones",
  "According to Kantar, Harrowby's sales grew 5%", "Wall Street had forecast 2.4 million",
  "Brackley Securities analyst John Smith forecast" (speaker.py); "a 5% rise in her salary" is hers.
"""

from __future__ import annotations

import re

from reader.figures.actors import described, written_owner
from reader.figures.clause import (
    PERSON,
    REF,
    clause_begin,
    clause_subject,
    modifier_only,
)
from reader.figures.clause_openers import past_openers, with_moving
from reader.figures.compared import compared_firm
from reader.figures.coreference import ref_target
from reader.figures.deals import deal_target
from reader.figures.existential import existential_owner
from reader.figures.gate import led
from reader.figures.groups import (
    deciding_members,
    lower_group,
    measured_in,
    members_decide,
    part_of_group,
    people_in_place,
    place_meant,
    tally_holder,
    their_group,
)
from reader.figures.letters import CAP, TITLED_PERSON, has_capital
from reader.figures.lower_owner import lower_case_owner
from reader.figures.name_words import not_name
from reader.figures.names import PLACES, subject_for
from reader.figures.openers import common_plural_opener, group_opener
from reader.figures.payers import body_of, payer_or_kind
from reader.figures.prefer_clause import TIME_WORDS, prefer_clause
from reader.figures.refs import ref_owner
from reader.figures.run_by import run_by
from reader.figures.settings import modifies_noun
from reader.figures.sources import reported_by
from reader.figures.speaker import (
    acts_for_firm,
    analysts_firm,
    analysts_view,
    closing_firm,
    foresees,
    target_owner,
)
from reader.figures.spelled import NUMBER_WORD
from reader.text.stop_words import sumy_stop_words

_WITH = re.compile(
    rf"({CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*){{0,3}})(?: (?:came|finished|was|placed|fell to|rose to|"
    r"moved to|climbed to|slipped to|stayed)(?: [a-z]+){0,2})? with (?:about |almost |nearly |"
    r"around |some |just )?$"
)
# a preposition before the name before "with": the name is an object, not who has the figure
_OBJECT_BEFORE = re.compile(r"\b(?:of|in|at|for) $")
# a lower-case possessive owner right before the figure: "the government's £2bn"
_OWNER = re.compile(r"\b(?:the )?([a-z][a-z-]{2,20})(?:'s|\u2019s) (?:[a-z-]+ )?$")
REF_NOUN = re.compile(r"company|firm|group|club|bank|business|film|studio|service|chain")
# "Thirty-one of Japan's 47 prefectures", "three of Sicily's nine provinces": whose whole it is
_WHOLE = r"(?:\d|(?i:" + NUMBER_WORD + r")\b)"
_PART_OF = re.compile(r"[\w.,-]+ of (?:the )?([A-Za-z][\w-]+)(?:'s|\u2019s) " + _WHOLE)
_RELATIVE_TAIL = re.compile(r", (?:which|who|whose) [^,;]*$")
_FIGURE_END = re.compile(r"\d(?:[\d.,]*)(?: ?(?:%|m|bn|k|million|billion|crowns|euros|pounds))?$")
# the source a figure is reported from, never its owner: "a report from", "a survey by"
_SOURCE_AT = led(
    r"\b(?:report|study|survey|analysis|research|data|figures|estimates?|poll|note|ranking|"
    r"tally|census) (?:from|by|at) (?:the )?$",
    re.I,
)
# a person's pay moved by the figure: "a 5% rise in her salary", "a 10% cut in his pay"
_THEIR_PAY = re.compile(
    r"[^\s,;]* (?:rise|increase|cut|raise|rises|increases|cuts) in (?:his|her) "
    r"(?:salary|pay|bonus|wages?|pension|basic pay|base salary)\b"
)


def _not_an_owner(word: str) -> bool:
    """A time word ("the year's") or a function word: "that's within 1,200 miles" is "that
    is", and "everyone's" owns nothing a figure measures."""
    return word in TIME_WORDS or word in sumy_stop_words()


def subject_of(
    text: str,
    start: int,
    names: frozenset[str],
    main: str | None = None,
    prior: str | None = None,
    person: str | None = None,
) -> str | None:
    """Whose figure it is (module doc); null rather than a guess. An analyst's or a broker's
    price target for the story's firm's shares (``speaker.target_owner``), target, estimate or
    forecast of its figures is the firm's (``speaker.analysts_view``)."""
    found = _subject_of(text, start, names, main, prior, person)
    if (target := target_owner(text, start, found, main)) is not None:
        return target
    if (changed := _change_in_owners(text, start)) is not None:
        return changed
    return main if found and analysts_view(text, found, main) else found


# a change "of" the figure "in" an owner's measure: "a cut of 25 basis points in the ECB's
# deposit rate", "a rise of 2% in Tesco's sales"
_CHANGE_OF = re.compile(
    r"\b(?:cut|cuts|rise|rises|increase|increases|fall|falls|drop|drops|reduction|hike|hikes|"
    r"decline|declines|jump|gain|gains) of (?:about |around |some |nearly |almost |another )?$"
)
_IN_OWNERS = re.compile(
    rf"(?:(?! in )[^,;:()]){{1,30}}? in (?:the )?({CAP}[\w&.'-]*(?: {CAP}[\w&.'-]*){{0,3}})(?:'s|\u2019s) "
    r"(?:[a-z-]+ ){0,2}[a-z-]+"
)


def _change_in_owners(text: str, start: int) -> str | None:
    """The owner of the measure a change written "of" the figure is "in" ("a cut of 25 basis
    points in the ECB's deposit rate": the ECB's), else None."""
    if _CHANGE_OF.search(text, max(0, start - 40), start) is None:
        return None
    m = _IN_OWNERS.match(text, start)
    return m.group(1) if m is not None and not any(c.isdigit() for c in m.group(1)) else None


def _subject_of(
    text: str,
    start: int,
    names: frozenset[str],
    main: str | None,
    prior: str | None,
    person: str | None,
) -> str | None:
    whole = (
        _whole_or_setter(text, start, names, person)
        or compared_firm(text, start)
        or run_by(text, start)  # run_by.py: "The facility run by Cleanloop at Hexthorpe"
    )
    if whole is not None:
        return whole  # (compared.py: "against £27.50 at PulseGym")
    clause = clause_subject(text, start)
    early = (
        their_group(text, start, clause_begin(text, start), clause)  # groups.py: "Households
        # cut their spending by 3%" is the households', "Average rents in Barcelona fell
        # 4.2%" Barcelona's
        or measured_in(text, start)
        or existential_owner(text, start, main, prior)  # "There were 4,182 ... in the county"
        or body_of(text, start, clause, main, prior)  # payers.py
        or payer_or_kind(text, start, clause, prior or main)
        # "she expected to hire about 20 more staff": the story's firm hires them (speaker.py)
        or (
            main
            if clause == PERSON and acts_for_firm(text, clause_begin(text, start), start)
            else None
        )
    )
    if early is not None:
        return early
    if clause == PERSON and person:
        # (not "He expects skier days to recover to 1.5m": the firm's, speaker.py)
        return person if not foresees(text, clause_begin(text, start), start) else prior or main
    owner = _OWNER.search(text, max(0, start - 40), start)
    if owner is not None and not _not_an_owner(owner.group(1).lower()):
        word = owner.group(1)
        if REF_NOUN.fullmatch(word.lower()):
            return prior or main
        return place_meant(text, owner.start(1), word)  # "the government's £2bn budget"
    if clause is not None and clause != REF:
        titled = TITLED_PERSON.search(clause)
        if titled:
            return titled.group(1)
    if not has_capital(text[:2000]):  # lower-case text
        return lower_case_owner(text, start, clause, main, prior, person)  # lower_owner.py
    if (
        clause
        and clause[:1].isupper()
        and not not_name(clause.split()[0])  # (not "For Veluwe Energie N.V., which ...")
        and _named_antecedent(text, start)
    ):
        return clause  # "ahead of the sequel Paper Moons, which earned $22.6m": the antecedent
    if (with_name := _with_owner(text, start)) is not None:
        return with_name
    base = subject_for(text, start, names, main, prior)
    if base is not None:
        base = past_openers(text, start, base, names, main, prior)
    if clause == REF:
        base = ref_owner(text, start, base, names, main, prior)  # refs.py
    found = prefer_clause(text, start, base, clause, person, main or prior, names)
    found = _past_place(text, start, _described(text, start, found, main, prior), main, prior)
    at = text.find(found) if found else -1
    if found and analysts_firm(text, at, found):
        return main
    if (
        found
        and at > 0
        and clause is not None
        and clause not in (REF, PERSON, found)
        and clause[:1].isupper()
        and found not in clause
        and _SOURCE_AT.search(text, max(0, at - 30), at)
    ):
        return clause  # "A report from Counterpoint said SK Hynix had 70%": not the source's
    return _opener_owner(text, start, found, clause, names, main) or _reporter(
        text, start, names, clause, main
    )


# a measure "its" or "their" possesses, taken in a place: "Sales of its generic drugs in",
# "Its revenue in", "their exports to"
_ITS_MEASURE_IN = re.compile(
    r"(?:^|[,;]\s|\b(?:and|but|while|as) )(?:[A-Z][a-z]+ of )?(?:[Ii]ts|[Tt]heir) "
    r"(?:[a-z][\w-]* ){1,4}(?:in|across|to|from) (?:the )?$"
)


def _past_place(
    text: str, start: int, found: str | None, main: str | None, prior: str | None
) -> str | None:
    """The story's firm for a place a measure "its" possesses is taken in ("Sales of its
    generic drugs in Israel fell 3%": the firm's, ``_its_measure_in``), a registry its
    accounts were filed at ("Accounts filed at Companies House show turnover rose 24%") or a
    name in an aside on the measure that opens the sentence (``_MEASURE_ASIDE``); else
    ``found``."""
    if not found or not (main or prior):
        return found
    at = text.rfind(found, 0, start)
    if _its_measure_in(text, start, found, at) or (
        at > 0 and _FILED_AT.search(text, max(0, at - 30), at)
    ):
        return main or prior
    aside = _MEASURE_ASIDE.match(text)
    if aside is not None and aside.start(2) <= at < aside.end(2) and start >= aside.end():
        return main or prior  # "Broadcasting income, most of it from the Premier League's ..."
    return found


# a sentence opening on a measure with an aside on it before its verb: "Broadcasting income,
# most of it from the Premier League's central deals, was £201.4m" (the aside's name is where
# the money came from, not whose it is)
_MEASURE_ASIDE = re.compile(
    r"([A-Z][a-z]+(?: [a-z]+){0,3}), ((?:most|much|all|part|some|half) of (?:it|them|which) "
    r"[^,;]{3,80}|(?:mostly|largely|mainly|chiefly) [^,;]{3,80}), (?:was|were|is|are|rose|fell|grew|jumped|"
    r"climbed|reached|totalled|totaled|came to|stood at|increased|decreased|dropped)\b"
)


# where a firm's accounts or a filing were lodged: a registry, no owner of the figures in them
_FILED_AT = re.compile(r"\b(?:filed|lodged|registered|deposited) (?:at|with) (?:the )?$")


def _its_measure_in(text: str, start: int, found: str, at: int) -> bool:
    """Whether ``found``, written last before the figure at ``at``, is the place a measure the
    story's firm possesses is taken in, right before the figure's verb ("Sales of its generic
    drugs in Israel fell 3% to NIS 412 million"): the place is where, the firm whose."""
    if at <= 0 or found not in PLACES:
        return False
    if _ITS_MEASURE_IN.search(text, max(0, at - 60), at) is None:
        return False
    return re.match(r"(?:[^,;.]|\.(?=\d)){0,40}$", text[at + len(found) : start]) is not None


def _with_owner(text: str, start: int) -> str | None:
    """The name "with" gives the figure: "Tiny Giants came third with $9.1m" (not "elected
    mayor of Port Aldwin with 52.4%": a place the clause names, not its actor), or the name a
    "with" clause moves ("Technology shares slipped 0.7%, with Ottawa software maker Rideau
    Cloud Inc. sliding 9.4% to $63.05": Rideau Cloud's, not the sector's)."""
    with_name = _WITH.search(text, max(0, start - 80), start)
    if (
        with_name is not None
        and with_name.end() == start
        and not _OBJECT_BEFORE.search(text, max(0, with_name.start() - 4), with_name.start())
        and not all(map(not_name, with_name.group(1).split()))  # "ended September with 412"
    ):
        return with_name.group(1)
    return with_moving(text, start)


def _reporter(
    text: str, start: int, names: frozenset[str], clause: str | None, main: str | None
) -> str | None:
    """Who reports a figure nothing else owns: a firm in a closing reporting clause, else
    (in a story with no firm of its own) the sentence's source ("..., according to Fair
    Basket": sources.py)."""
    speaker = closing_firm(text, start, names)
    if speaker is not None or main is not None or clause in (REF, PERSON):
        return speaker
    return reported_by(text, names, clause_begin(text, start))


def _whole_or_setter(
    text: str, start: int, names: frozenset[str], person: str | None
) -> str | None:
    """The owner of the whole a figure is part of ("14 of Sudan's 18 states"), the place
    before the tax it sets ("a 10% US tariff"), a stake's holder ("26% owned by the Irish
    government"), a name's measure ("Penmore's closing price of 228 pence"), the name it
    describes ("the 18,000-seat X"), the person whose pay it moves ("a 5% rise in her
    salary")."""
    whole = _PART_OF.match(text, start)
    if whole is not None and whole.group(1).lower() not in TIME_WORDS:
        return place_meant(text, whole.start(1), whole.group(1))  # "the town's": groups.py
    if person and _THEIR_PAY.match(text, start):
        return person
    if (group := part_of_group(text, start)) is not None:
        return group  # "Nineteen of the 31 growers": groups.py
    return written_owner(text, start) or deal_target(text, start) or described(text, start, names)


def _described(
    text: str, start: int, found: str | None, main: str | None, prior: str | None
) -> str | None:
    """The firm a description means when the name found only modifies it ("The US carmaker's
    deliveries": US describes the carmaker)."""
    if found and found != main and _unnamed_body(text, found):
        # "A Limerick broadband provider added 41,000 customers": the story's firm, or where
        # the story names none, the body as described ("Dunedin bakery chain"), not its place
        return main or _described_body(text, found) or found
    if found and found != main and modifier_only(text, start, found):
        return ref_target(text, start, None if prior == found else prior, main) or found
    if found and (body := deciding_members(text, start, found)) is not None:
        # "Councillors approved a budget of £210m": the council's, the story's or the one
        # named ("Councillors in Harbour City approved"; groups.py)
        return main or prior or body or None
    return found


_BODY_WORDS = re.compile(
    r"((?: [a-z][a-z-]*){1,3}?) (?=(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)"
)


_RELATIVE_WORD = re.compile(r"\b(?:whose|which|who|that|where|is|are|was|were)\b")


def _described_body(text: str, found: str) -> str | None:
    """The description a sentence opens on after its place ("A Dunedin bakery chain has gone
    into receivership": "Dunedin bakery chain"; "A German firm whose main product is ...":
    "German firm"), or None."""
    at = text.find(found)
    m = _BODY_WORDS.match(text, at + len(found)) if at >= 0 else None
    if m is None:
        return None
    words = m.group(1)
    if (rel := _RELATIVE_WORD.search(words)) is not None:
        # the description ends where a relative clause opens: "A Krakow start-up that sells
        # payroll software has raised ...": Krakow start-up
        words = words[: rel.start()].rstrip()
    return f"{found}{words}" if words else None


def _unnamed_body(text: str, found: str) -> bool:
    """``found`` is a sentence's opening "A"/"An" description of a body by its place and kind
    ("A Limerick broadband provider", "An Oslo fish exporter"), naming no firm."""
    article = next((a for a in ("A ", "An ") if text.startswith(a + found)), None)
    if article is None:
        return False
    at, first = len(article), found.split()[0]
    return first[:1].isupper() and modifies_noun(text, first, at, at + len(first))


def _opener_owner(
    text: str,
    start: int,
    found: str | None,
    clause: str | None,
    names: frozenset[str],
    main: str | None,
) -> str | None:
    """A common plural opening the sentence: people who speak ("Analysts had expected") give
    way to the story's firm; a group that owns ("Insurers have received") is the owner, and
    so are people in a place ("Nurses in Scotland have voted": groups.py)."""
    if clause and (body := deciding_members(text, start, clause.split()[0])) is not None:
        # "Councillors in Harbour City have approved £38m": the city's; "Councillors have
        # approved a £38m plan": whom ``_described`` gave it (the story's body, the previous
        # sentence's, or no one), not theirs (groups.py)
        return body or found
    group = people_in_place(clause, found)
    if group is not None:
        return group
    if found in (None, clause, main) and _group_owns(text, start, clause):
        return clause  # "Donors have pledged $1.6bn": theirs, in a story of another body
    if found and common_plural_opener(text, found, names):
        return main  # "Analysts had expected", "Organisers said": people, not an owner
    if found is None and main is None and group_opener(text, clause):
        return clause  # "Insurers have received 48,000 claims": the claims are theirs
    if found in (None, main) and (tally := tally_holder(clause)) is not None:
        return tally  # "A petition against the cuts has 2,700 signatures": groups.py
    if found in (None, main) and lower_group(clause) and not members_decide(text, start, clause):
        return clause  # "The regulator said suppliers had built up £3.2bn": the suppliers'
    return found


# a verb by which a group gives, gets or holds its own figure: "Donors have pledged"
_OWNS_AFTER = re.compile(
    r" (?:have |had |has )?(?:also )?(?:pledged|donated|given|gave|paid|spent|lost|received|raised|"
    r"bought|borrowed|saved|earned|owe|owed|hold|held|own|owned|put in|invested)\b"
)


def _group_owns(text: str, start: int, clause: str | None) -> bool:
    """A plural group opening the sentence gives, gets or holds the figure its verb reaches
    with no comma between ("Donors have pledged $1.6bn"; not "..., 20,000 workers lost")."""
    if not group_opener(text, clause):
        return False
    verb = _OWNS_AFTER.match(text, len(clause or ""))
    return verb is not None and verb.end() <= start and "," not in text[verb.end() : start]


def _named_antecedent(text: str, start: int) -> bool:
    """The figure sits in a relative clause (", which earned $22.6m") whose antecedent is not
    itself a figure ("a fee of £58m, which could rise to £65m")."""
    lo = max(0, start - 80)
    if ", wh" not in text[lo:start]:
        return False
    relative = _RELATIVE_TAIL.search(text, lo, start)
    if relative is None:
        return False
    return not _FIGURE_END.search(text, max(0, relative.start() - 20), relative.start())
