"""Whom a reference means: "it", "the bank" (the previous sentence's firm, or the story's
main firm when only it is of that kind), a sentence opening "That is 16% below ..." (the
previous sentence's figure), a pronoun after a description that only holds a name ("This
HBM strength helped it overtake ...": "it" is the previous sentence's named subject, not
"HBM"), and a lower-case story's firm (the subject of its lead)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.figures.clause import PERSON, REF, clause_subject, clean_phrase, is_verb
from reader.figures.letters import CAP, TITLED_PERSON, has_capital, title_before
from reader.figures.markets import traded_name
from reader.figures.names import antecedent, lead_name, name_runs, opens_with_reference
from reader.figures.noun_phrase import KIND_NOUNS
from reader.figures.speaker import trailing_speaker
from reader.model import Figure
from reader.text.stop_words import sumy_stop_words

SAID = re.compile(r"\b(?:said|says|told|added|estimated|reported|posted|announced)\b")


def demonstrative_followers(figures: Sequence[Figure]) -> list[Figure]:
    """ "That is 16% below last year's harvest": a sentence opening with "That is"/"This is"
    compares the previous sentence's figure, so its figures take that figure's subject (and
    its status when that is an estimate or a forecast) where they have none."""
    out: list[Figure] = []
    last: dict[int, Figure] = {}
    for f in sorted(figures, key=lambda g: g.sentence_index):
        ref = last.get(f.sentence_index - 1)
        if ref is not None and _THAT_IS.match(f.sentence):
            if f.subject is None and ref.subject is not None:
                f = replace(f, subject=ref.subject)
            if f.status is None and ref.status in ("expected", "forecast"):
                f = replace(f, status=ref.status)
        out.append(f)
        last.setdefault(f.sentence_index, f)  # the sentence's first figure: what "that" means
    return out


# a name used as a modifier in a description: "This HBM strength", "the Kestrel deal"
_DESCRIBED = re.compile(r"(?:^|\s)(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he|[Ii]ts|[Tt]heir) $")
_PRONOUN = re.compile(r"\b(?:it|they|them)\b")
_NAME_RUN = re.compile(rf"{CAP}[\w&.'\u2019-]*(?: (?:&|of|{CAP}[\w&.'\u2019-]*))*")
_NOT_SUBJECTS = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|"
    r"They|He|She|We|In|On|At|But|And)$"
)


def pronoun_owners(figures: Sequence[Figure], sentences: Sequence[str]) -> list[Figure]:
    """ "This HBM strength helped it overtake Samsung, with a 36% share": a figure whose owner
    the rules read from a name that only describes a noun ("This HBM strength", "The Kestrel
    deal") while a pronoun ("it", "they", "them") between that description and the figure
    is the clause's actor, belongs to whom the pronoun means: the last name of the previous
    sentence that is a clause's subject ("... said that SK Hynix had captured 70%")."""
    out: list[Figure] = []
    for f in figures:
        i = f.sentence_index
        if f.subject and 0 < i < len(sentences) and _described(sentences[i], f):
            owner = named_subject(sentences[i - 1])
            if owner is not None and owner != f.subject:
                f = replace(f, subject=owner)
        out.append(f)
    return out


def _described(text: str, f: Figure) -> bool:
    """Whether ``f``'s owner is a name modifying a noun, with a pronoun after it before the
    figure."""
    subject = f.subject or ""
    at = text.find(subject)
    end = at + len(subject)
    fig_at = text.find(f.surface, end) if at >= 0 else -1
    if at < 0 or fig_at < 0:
        return False
    noun = re.match(r" ([a-z][a-z-]+)\b", text[end:])
    if not _DESCRIBED.search(text, max(0, at - 8), at) or noun is None:
        return False
    if noun.group(1) in sumy_stop_words() or is_verb(noun.group(1)):
        return False  # "the Hanbit S25 and a foldable": no noun it describes
    return _PRONOUN.search(text, end, fig_at) is not None


def named_subject(sentence: str) -> str | None:
    """The last capitalised name in ``sentence`` that is a clause's subject (a verb the clause
    parse knows follows it, an adverb between allowed), and not a date or a function word."""
    found: str | None = None
    for m in _NAME_RUN.finditer(sentence[:400]):
        name = m.group(0).removesuffix("'s").removesuffix("\u2019s")
        if _NOT_SUBJECTS.match(name.split()[0]) or name.endswith(("'", "\u2019")):
            continue
        if m.start() == 0 and " " not in name:
            continue  # "Sales slipped": a lone opener may be a common word
        after = sentence[m.end() : m.end() + 40].split()
        words = [w.strip(",.;:").lower() for w in after[:2]]
        if words and (
            is_verb(words[0]) or (len(words) > 1 and words[0].endswith("ly") and is_verb(words[1]))
        ):
            found = name
    return found


_LOCATIVE = re.compile(
    r"\b(?:in|near|across|outside|around|on|at|since|until|by) (?:the )?"
    # (the places listed after it too: "in Mexico and Morocco", "in Leeds, York or Hull")
    r"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)*(?:, | and | or ))*$"
)
_IT_OPENS = re.compile(r"(?:It|Its|It's|It\u2019s) [a-z]")


def _titled(text: str, at: int) -> bool:
    """The name at ``at`` follows a title: "chief executive Owen Platt" is a person."""
    return title_before(text, at) and any(
        m.start(1) == at for m in TITLED_PERSON.finditer(text, max(0, at - 40), at + 80)
    )


def sole_firm(previous: str, sentence: str, names: frozenset[str]) -> str | None:
    """Whom "It"/"Its" opening ``sentence`` means when ``previous`` does not open with a firm:
    the one name ``previous`` gives that "it" can stand for ("The results from Ostwick Bank
    disappointed investors. Its shares fell 5%."), else None (none, or two firms)."""
    if not _IT_OPENS.match(sentence):
        return None
    if _opens_with_ref(previous):
        # "The chain made £212m, Medway Health said. Its shares ...": the firm saying it; else
        # "The company sold ... Its shares": the chain goes on to the story's firm
        speaker = trailing_speaker(previous, 0)
        return speaker[0] if speaker is not None and antecedent(speaker[0], names) else None
    found = {
        name
        for name, at, end in name_runs(previous[:300], names)
        if antecedent(name, names)
        and not _NOT_SUBJECTS.match(name.removesuffix("s"))  # "on Mondays"
        and not TITLED_PERSON.search(previous[max(0, at - 40) : at])
        and not _titled(previous, at)
        and not _LOCATIVE.search(previous[max(0, at - 60) : at])
        and not _attributive(previous, at, end)
        and not _AFFILIATION.search(previous, max(0, at - 5), at)
    }
    return found.pop() if len(found) == 1 else None


# a name in apposition after "a"/"an" is what a person is ("Cllr Grant, a Liberal Democrat,
# proposed ..."): a party, a faith, a home town; "it" cannot mean it
_AFFILIATION = re.compile(r", an? $")


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")
_MODIFIED_AFTER = re.compile(r"\b(?:the|its|their|of) $")


def _attributive(text: str, at: int, end: int) -> bool:
    """A name written as a modifier between "the", "its", "their" or "of" and a noun ("to
    convert the Turin line", "the Orbis models", "at its Kalgoorlie refinery", "tonnes of NdPr
    oxide"): it describes the noun, "it" cannot mean it."""
    if not _MODIFIED_AFTER.search(text, max(0, at - 6), at):
        return False  # (not "The Ostwick Bank said", a sentence's subject)
    noun = _NEXT_WORD.match(text, end)
    if noun is None:
        return False
    word = noun.group(1)
    return not (is_verb(word) or word.endswith(("ed", "ly")) or SAID.fullmatch(word))


# a sentence that refers to a firm by its kind ("The company sold ...") and never as "it"
_FIRM_KIND = re.compile(r"\b[Tt]he (?:" + KIND_NOUNS + r")\b")
_IT = re.compile(r"\b(?:[Ii]t|[Ii]ts)\b")


def traded_prior(prior: str, previous: str, sentence: str) -> bool:
    """Whether the name opening the previous sentence is a traded thing ("Bitcoin traded at
    ...", "Dutch TTF gas rose 6%": markets.py) while ``sentence`` refers only to a firm by its
    kind ("The company sold ..."): "the company" cannot mean it ("it" could: "In 2005 it will
    rise toward 13,000" is the Nikkei)."""
    return (
        _FIRM_KIND.search(sentence) is not None
        and _IT.search(sentence) is None
        and traded_name(prior, previous)
    )


# a product's or a model's code: "PMX7", "X2", "A350-1000" (letters, then a digit, in a
# one-word name; not "3M" or "7-Eleven")
_CODE = re.compile(r"[A-Za-z]+-?\d[\w-]*")


def coded_prior(prior: str, sentence: str) -> bool:
    """Whether the previous sentence opened on a product's code ("The PMX7 family of voltage
    regulators ... brought in RM412 million") while ``sentence`` refers only to a firm by its
    kind ("For the fourth quarter the company expects ..."): "the company" is no product."""
    return (
        " " not in prior
        and _CODE.fullmatch(prior) is not None
        and _FIRM_KIND.search(sentence) is not None
        and _IT.search(sentence) is None
    )


# a name written as a public body by the lower-case word after it: "Doncaster council",
# "the Welsh government", "Leeds city council"
_BODY_AFTER = re.compile(
    r" (?:city |county |borough |district |regional |state |local )?(council|government|"
    r"authority|ministry|police|health board)\b"
)
_KIND_REF = re.compile(r"\b[Tt]he (" + KIND_NOUNS + r")\b")


def other_kind_prior(prior: str, previous: str, sentence: str) -> bool:
    """Whether the previous sentence writes its name as a public body ("Doncaster council,
    the largest customer, sends ...", "The WA Government said") while ``sentence`` refers to a firm of another kind
    ("The company plans to spend £12m"): "the company" is not the council."""
    at = previous.find(prior)
    body = _BODY_AFTER.match(previous, at + len(prior)) if at >= 0 else None
    named = _BODY_AFTER.match(" " + prior.split()[-1].lower() + " ")  # "The WA Government"
    body_kind = body.group(1) if body is not None else named.group(1) if named else None
    if body_kind is None:
        return False
    kind = _KIND_REF.search(sentence)
    if kind is None or kind.group(1).lower() == body_kind:
        return False
    it = _IT.search(sentence)
    return it is None or kind.start() < it.start()  # the kind named first: "it" means it too


_THAT_IS = re.compile(r"(?:That|This) (?:is|was|would be|will be) (?:about |around |some )?\d")
_REF_KIND = re.compile(r"\b[Tt]he ([a-z]+)\b")
_MERGED = frozenset(["combined", "enlarged", "merged"])


def ref_target(text: str, start: int, prior: str | None, main: str | None) -> str | None:
    """Whom "it"/"the bank" means: the previous sentence's firm, unless the phrase names a
    kind only the story's main firm is ("The bank" after "The FCA fined Castellan Bank")."""
    if prior and main and prior != main:
        kinds = [m.group(1).lower() for m in _REF_KIND.finditer(text, max(0, start - 160), start)]
        if kinds and kinds[-1] in main.lower().split() and kinds[-1] not in prior.lower().split():
            return main
        if kinds and kinds[-1] in _MERGED:
            return main  # "the combined group": the buyer the story is about, not the target
        if (
            kinds
            and kinds[-1] in _EMPLOYERS
            and _STAFF_BODY.search(prior)
            and not _STAFF_BODY.search(main)
        ):
            return main  # "the union is seeking 9%; the company has offered 4%": the firm's
    return prior or main


# what the firm is called across a table from its staff's body ("the company has offered 4%",
# "the management has offered ₹25" after a union's claim): the story's firm, not the union
_EMPLOYERS = frozenset(["company", "firm", "group", "employer", "employers", "management",
                        "business", "operator", "airline", "carrier", "bank", "insurer",
                        "chain", "retailer", "maker", "mill", "plant", "board", "owner",
                        "owners"])  # fmt: skip
_STAFF_BODY = re.compile(
    r"\b(?:Union|Unions|Federation|Association|Guild|Alliance|Congress|Confederation|Syndicate)\b"
)


def lower_case_main(sentences: Sequence[str]) -> str | None:
    """A lower-case story's firm: the subject of its lead's first clause, when a later
    sentence names it again ("shares in dunmore energy fell ..." / "dunmore's rival")."""
    if not sentences or any(has_capital(s[1:300]) for s in sentences[:3]):
        return None  # (not one sentence with no name in it: the story is written lower case)
    headline = sentences[0][:1].islower() and not _ENDED.search(sentences[0])
    opens = 1 if headline and len(sentences) > 1 else 0
    lead = sentences[opens][:300]  # (a headline the story's first line kept: "q3 sales up")
    verb = _FIRST_AMOUNT.search(lead)
    subject = clause_subject(lead, verb.start() if verb else len(lead))
    said = SAID.search(lead, 0, verb.start() if verb else len(lead))
    if (subject is None or subject in (REF, PERSON)) and said is not None and said.start() > 0:
        speaker = _AUXILIARY.sub("", lead[: said.start()])
        subject = clean_phrase(speaker)  # "brindle foods said net sales rose 6.3%"
    apposed = APPOSED_KIND.match(lead)
    named = _NAMED_KIND.match(lead) or apposed
    if (subject is None or subject == REF or apposed) and named is not None:
        # "the northern dispatch group, which publishes ...", "northvale hydro, the utility
        # that supplies ...": its name
        subject = named.group(1)
    if subject is None or subject in (REF, PERSON):
        return None
    subject = without_description(_DATELINE.sub("", subject))
    first = subject.split()[0]
    again = re.compile(r"\b" + re.escape(first) + r"\b")
    later = sentences[opens + 1 : 40]
    if any(again.search(s[:2000]) for s in later) or any(_opens_with_ref(s) for s in later):
        return subject
    return None


# a sentence's end: what a headline kept as the story's first line lacks
_ENDED = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
# the lead's first number that is no year ("founded in 2009, said ... $0.0041": the amount)
_FIRST_AMOUNT = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")
# a lower-case lead opened by a firm's name that ends in its kind: "the northern dispatch group,"
_NAMED_KIND = re.compile(
    r"(?:the )?((?:[a-z][a-z&'-]* ){1,4}(?:group|company|bank|holdings|trust|society|"
    r"airlines?|motors|foods|energy|mining|pharma|partners|capital))(?:,| said\b)"
)
# a lower-case lead opened by a name its apposition says is a firm: "northvale hydro, the
# utility that supplies ..."
APPOSED_KIND = re.compile(
    r"((?:[a-z][a-z&'-]* ){0,3}[a-z][a-z&'-]*), (?:the|a|an) (?:[a-z-]+ ){0,3}(?:"
    + KIND_NOUNS
    + r")\b"
)
# what a lower-case lead writes before its firm's name: a dateline ("miami (reuters) - "), a
# description ("uk lender ", "german carmaker ") when a name follows it
_DATELINE = re.compile(r"^[a-z .,]{2,30} \([a-z ]{2,20}\) [-\u2013\u2014]+ ")
_LEAD_DESCRIPTOR = re.compile(
    r"^(?:(?:uk|us|eu|british|american|german|french|japanese|chinese|indian|irish|dutch|"
    r"swiss|australian|canadian|spanish|italian|swedish|danish|norwegian|korean) )?"
    r"(?:[a-z-]+ )?(?:lender|bank|insurer|retailer|grocer|[a-z]*maker|miner|airline|carrier|"
    r"builder|housebuilder|broadcaster|publisher|operator|firm|company|group|giant|chain|"
    r"developer|producer|supplier|utility|start-?up) (?!(?:of|and|for|the|in)\b)(?=[a-z][\w&'-]* )"
)


def without_description(phrase: str) -> str:
    """A lower-case firm's name without the description before it ("uk lender brookfield
    building society" -> "brookfield building society")."""
    return _LEAD_DESCRIPTOR.sub("", phrase) or phrase


_AUXILIARY = re.compile(r"(?:\s(?:has|have|had|also|is|was|on \w+day))+\s*$")


def _opens_with_ref(sentence: str) -> bool:
    """ "it also said", "its shares", "the packaged-food maker cut": a story about one firm."""
    words = sentence[:80].split()
    return any(clean_phrase(" ".join(words[:k])) == REF for k in (1, 2, 3))


_CHAIN = 3  # sentences a chain of references ("It ...", "The company ...") is followed back


def chained_firm(
    sentences: Sequence[str], index: int, names: frozenset[str], main: str | None
) -> str | None:
    """The firm a run of sentences opening with a reference goes back to ("Cambria Fibre
    expects ... It plans to hire 600 engineers. The company said ..." → Cambria Fibre): the
    name opening the last sentence before the run, when the sentence at ``index`` and the one
    before it open with a reference; else None (and not a traded thing: "Dutch TTF gas rose
    6%. The company sold ... It got 1,890 zlotys a tonne"); the story's firm when the name is
    its short form ("Harlow" for "Harlow Foods")."""
    j = index - 1
    if j < 1 or not (opens_with_reference(sentences[index]) and opens_with_reference(sentences[j])):
        return None
    for k in range(j - 1, max(-1, j - 1 - _CHAIN), -1):
        if not opens_with_reference(sentences[k]):
            name = lead_name(sentences[k][:300], names)
            if (
                name is None
                or _NOT_SUBJECTS.match(name.split()[0])
                or traded_name(name, sentences[k])
            ):
                return None  # (not "Thursday's report was drawn up by ...")
            return main if main and set(name.split()) <= set(main.split()) else name
    return None
