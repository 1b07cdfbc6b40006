"""Titles for stories that arrive without a headline: a short clause from the lead sentence.

No parser or model data: the lead sentence is cut at the first clause boundary that leaves a
readable 5-12 word phrase, which in news prose is nearly always subject + verb + object.
"""

from __future__ import annotations

import re

from reader.story.lines.shape import split_lede_dateline
from reader.story.titles.form import headline_form, is_verb
from reader.story.titles.words import (
    ANY_PREP,
    AUX,
    CLAUSE,
    CLAUSE_ONLY,
    CLAUSE_VERBS,
    DETERMINERS,
    MID_ADVERBS,
    OBJECT_START,
    OPEN_END,
    PREP,
    PRONOUNS,
    REPORTING,
    SMALL,
    STRONG,
    SUBJECT_PREP,
    TAKES_INFINITIVE,
)
from reader.text.calendar import FRONTED_TIME

MAX_WORDS = 12
MIN_WORDS = 5
# A first sentence shorter than this is an opener ("Good morning."), not the news.
MIN_OPENER_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\"”’])[.!?](?=[\"”’]?\s+[\"“‘A-Z])")


def lead_sentence(text: str) -> str:
    """The first sentence of ``text`` (a light split: good enough for a title)."""
    m = _SENTENCE_END.search(text)
    return text[: m.start()] if m else text.rstrip(".!? ")


def _bad_end(words: list[str]) -> bool:
    """True when a phrase would stop on a word that needs what follows it."""
    if not words:
        return True
    last = words[-1].lower().strip(",;:")
    if last in SMALL or last in AUX or last in OPEN_END:
        return True
    # "... is preparing", "... may consider seeking": a verb chain cut before its object
    before = words[-2].lower() if len(words) > 1 else ""
    if last in PRONOUNS and before in CLAUSE_VERBS:
        return True  # "... MTV reckons it": the subject of a clause cut off
    if before in AUX and (last in MID_ADVERBS or last.endswith("ly")):
        return True  # "... will soon", "... has already": the verb is still to come
    if _subject_only(words):
        return True
    return last.endswith("ing") and (before in AUX or before.endswith("ing"))


# Adverbs that sit between an auxiliary and its verb.


def _subject_only(words: list[str]) -> bool:
    """True when the last few words open a reported clause and stop before its verb: "...
    denied reports that Gordon Brown", "Yukos said a US bankruptcy court"."""
    for k in range(max(1, len(words) - 4), len(words)):
        opener = words[k - 1].lower().strip(",;:")
        tail = words[k:]
        if (opener in CLAUSE_ONLY or opener in REPORTING) and (
            tail[0][:1].isupper() or tail[0].lower() in DETERMINERS
        ):
            return not any(is_verb(["x", *tail], i + 1) for i in range(len(tail)))
    return False


def _cut_ok(prefix: str) -> bool:
    return not _bad_end(prefix.split())


def _tidy(words: list[str]) -> str:
    dropped_to = False
    while len(words) > 1:
        last = words[-1].lower().strip(",;:.!?\"'“”‘’")
        if last in REPORTING and (cut := _last_comma(words)) >= 2:
            words = words[: cut + 1]  # '"We will win," the minister said' → 'We will win'
            continue
        before = words[-2].lower().strip(",;:")
        if last in PRONOUNS and len(words) > 3 and before in CLAUSE_VERBS | OPEN_END:
            words = words[:-2]  # "... and MTV reckons it", "... if it": the clause is gone
            continue
        if (
            last in SMALL
            or last in AUX
            or last in OPEN_END
            or (dropped_to and last in TAKES_INFINITIVE)
        ):
            dropped_to = dropped_to or last == "to"
            words = words[:-1]
            continue
        break
    text = " ".join(words).rstrip(",;:—–- ")
    if len(text) > 2 and text[-1] in '"”’' and text[-2] in ",;:":
        text = text[:-2] + text[-1]  # '"… in June,"' → '"… in June"'
    text = text.strip('"“”‘’') if text.count('"') % 2 or text[:1] in "“‘" else text
    if len(text) > 2 and text[0] == text[-1] == '"' and '"' not in text[1:-1]:
        text = text[1:-1]  # a quote standing alone as the title needs no quote marks
    text = text.rstrip(",;:—–- ")
    return text[:1].upper() + text[1:] if text else text


def _last_comma(words: list[str]) -> int:
    """Index of the last word (before the final one) that closes a clause with a comma."""
    for k in range(len(words) - 2, -1, -1):
        if words[k].rstrip("\"'”’").endswith(","):
            return k
    return -1


UNTITLED = "Untitled story"


def generate_title(first_paragraph: str) -> str:
    """A short (<= 12 words) readable title from the lead sentence of a story; never empty."""
    title = _generate(first_paragraph)
    if not any(ch.isalnum() for ch in title):
        title = _tidy(first_paragraph.split()[:MAX_WORDS])
    return title if any(ch.isalnum() for ch in title) else UNTITLED


# "Harbour Holdings said on Tuesday it would buy …" → "Harbour Holdings to buy …": the wire
# lead's announcement in headline form (not for pronoun subjects or a negated verb).
_WILL_DO = re.compile(
    r"^(?P<subject>[A-Z][^,;:]{2,70}?) (?:said|says|announced)"
    r"(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?: that)?"
    r" (?:it|they) (?:would|will|plans to|planned to|is to|was to) (?!not\b|never\b)(?P<rest>[a-z].+)$"
)
# "Brightline said that it had laid off 300 staff" → "Brightline laid off 300 staff"
_HAS_DONE = re.compile(
    r"^(?P<subject>[A-Z][^,;:]{2,70}?) (?:said|says|announced)(?: that)?"
    r" (?:it|they) (?:had|has|have) (?!not\b|never\b|been\b|to\b)(?P<rest>(?:[a-z]+ed|laid|paid|sold|bought|made|won|lost|cut|held|built|found|struck|sent|spent|quit)\b.+)$"
)
_PRONOUN_SUBJECT = re.compile(r"^(?:it|he|she|they|we|i|you|this|that)\b", re.I)


def _headline_form(sentence: str) -> str:
    m = _WILL_DO.match(sentence)
    if m is not None and not _PRONOUN_SUBJECT.match(m.group("subject")):
        return f"{m.group('subject')} to {m.group('rest')}"
    m = _HAS_DONE.match(sentence)
    if m is not None and not _PRONOUN_SUBJECT.match(m.group("subject")):
        return f"{m.group('subject')} {m.group('rest')}"
    return sentence


def _generate(first_paragraph: str) -> str:
    _, text = split_lede_dateline(first_paragraph)
    text = text.strip()
    lead = lead_sentence(text)
    m = _SENTENCE_END.search(text)
    if len(lead.split()) < MIN_OPENER_WORDS and m is not None:
        # "Good morning." / "Imagine this.": an opener, the news is in the next sentence
        lead = lead_sentence(text[m.end() :].strip())
    fronted = FRONTED_TIME.match(lead)
    if fronted is not None and len(lead[fronted.end() :].split()) >= MIN_WORDS:
        # "Starting Monday, Msunduzi Municipality will cut water ...": the news after the time
        lead = lead[fronted.end() :]
        lead = lead[:1].upper() + lead[1:]
    lead, v = headline_form(lead)
    sentence = _headline_form(lead)
    if sentence != lead:
        v = -1
    words, v = _short_subject(sentence.split(), v)
    sentence = lead = " ".join(words) if sentence == lead else sentence
    if len(words) <= MAX_WORDS:
        return _tidy(words)
    # the cut keeps the main verb and the word after it: never a subject (and time) alone
    least = max(MIN_WORDS, v + 2) if 0 < v <= MAX_WORDS - 2 else MIN_WORDS
    for marker in STRONG:
        best = ""
        start = 0
        while (at := sentence.find(marker, start)) >= 0:
            n = len(sentence[:at].split())
            if least <= n <= MAX_WORDS and _cut_ok(sentence[:at]):
                best = sentence[:at]
            if n > MAX_WORDS:
                break
            start = at + 1
        if best:
            return _tidy(best.split())
    clause = _longest_prefix(sentence, CLAUSE, least)
    if clause:
        return _tidy(clause.split())
    for marker in PREP:
        if marker == " to " and sentence != lead:
            continue  # "Harbour Holdings | to buy …": the "to" carries the verb
        prefix = _longest_prefix(sentence, (marker,), least)
        if prefix:
            return _tidy(prefix.split())
    head = _tidy(_phrase_cut(words, least))
    return head if _ends_phrase(words, len(head.split())) else head + ELLIPSIS


# A title cut inside a phrase ("Most EU countries failed to put …") says so, as a headline
# list does, rather than passing the fragment off as a whole headline.
ELLIPSIS = "…"


def _ends_phrase(words: list[str], n: int) -> bool:
    """True when the first ``n`` words of the lead end where a phrase ends: the lead's end, a
    comma, or before a function word, an auxiliary or a clause opener."""
    if n >= len(words) or n == 0 or words[n - 1][-1:] in ",;:":
        return True
    nxt = words[n].lower().strip("\"'“”‘’(")
    opener = nxt in SMALL or nxt in AUX or nxt in REPORTING or f" {nxt} " in CLAUSE
    participle = len(nxt) > 5 and nxt.endswith("ing") and not nxt.endswith("thing")
    return opener or participle or nxt in ANY_PREP or words[n][:1] in "—–-("


def _short_subject(words: list[str], v: int) -> tuple[list[str], int]:
    """A shorter subject when it leaves no room for the verb phrase in a title: the name that
    ends it ("Veteran Labour MP and former minister Jack Cunningham has said …" → "Jack
    Cunningham has said …") or the subject without its prepositional modifier ("The number
    of people out of work in Europe's largest economy has risen …" → "The number of people
    out of work has risen …")."""
    if len(words) <= MAX_WORDS or v < 2 or v + 4 <= MAX_WORDS:
        return words, v
    subject = words[:v]
    if any(w.endswith((",", ";", ":")) for w in subject):
        return words, v
    k = v
    while k > 0 and subject[k - 1][:1].isupper():
        k -= 1
    if k > 0 and v - k >= 2 and not any(w.lower() in ANY_PREP for w in subject[:k]):
        return words[k:], v - k  # a descriptor ("Tory leader") before a name
    if v + 2 <= MAX_WORDS:
        return words, v
    for p in range(3, v - 1):  # "The growth | in …": a two-word head says too little
        if words[p] in SUBJECT_PREP and p + 2 <= MAX_WORDS:
            return words[:p] + words[v:], p
    return words, v


def _phrase_cut(words: list[str], least: int = MIN_WORDS) -> list[str]:
    """At most MAX_WORDS words, ending where a phrase ends if one ends late enough: before a
    function word ("... stake | in ...") or at a comma, and never on an auxiliary."""
    for n in range(MAX_WORDS, least - 1, -1):
        if n >= len(words):
            continue
        head = words[:n]
        nxt = words[n].lower()
        if (
            _bad_end(head)
            or (nxt == "to" and head[-1].lower() in TAKES_INFINITIVE)
            or (nxt in AUX and head[-1].lower() in PRONOUNS)  # "... reckons it | will"
            or (nxt == "to" and n < MIN_WORDS + 3)  # "Harbour Holdings | to buy …": the verb
            or (nxt in ("a", "an", "the") and len(head) > 1 and head[-2].lower() == "to")
            or (nxt == "of" and len(head) > 1 and head[-2].lower() in ("a", "an"))  # "a batch"
            or (nxt in ("a", "an", "the") and _wants_object(head))
        ):
            continue
        if nxt in SMALL or nxt in AUX or head[-1].endswith(","):
            return head
        object_next = n + 1 < len(words) and words[n + 1].lower() in OBJECT_START
        if object_next and _participle_verb([*head, words[n]]):  # "… flight | carrying a …"
            return head
    cut = words[:MAX_WORDS]
    # not inside a name ("… leather goods maker Bottega | Rinaldi"): stop before the name
    k = len(cut)
    while k > MIN_WORDS and k < len(words) and words[k][:1].isupper() and cut[k - 1][:1].isupper():
        k -= 1
    if MIN_WORDS < k < len(cut) and not _bad_end(cut[:k]):
        return cut[:k]
    for k in range(len(cut), least - 1, -1):  # not "… process queries up | to five times"
        if k < len(words) and words[k] == "to" and cut[k - 1].lower() in TAKES_INFINITIVE:
            continue
        if not _bad_end(cut[:k]):
            return cut[:k]
    return cut


def _participle_verb(words: list[str]) -> bool:
    """True when the last word is an '-ing' verb right after a noun ("flight carrying")."""
    last, before = words[-1].lower(), words[-2].lower() if len(words) > 1 else ""
    return (
        len(last) > 5
        and last.endswith("ing")
        and not last.endswith("thing")
        and before.isalpha()
        and before not in SMALL | AUX | OPEN_END
        and not before.endswith("ed")
        and not words[-2][:1].isupper()
    )


def _wants_object(words: list[str]) -> bool:
    """An '-ing' verb after a noun phrase: "… the second flight carrying | a batch"."""
    last = words[-1].lower()
    return (
        len(last) > 5
        and last.endswith("ing")
        and not last.endswith("thing")
        and any(w.lower() in ("the", "a", "an", "its", "their") for w in words[-5:-2])
    )


def _longest_prefix(sentence: str, markers: tuple[str, ...], least: int = MIN_WORDS) -> str:
    """The longest text before any of ``markers`` that has MIN_WORDS + 1 to MAX_WORDS words."""
    best = ""
    for marker in markers:
        start = 0
        while (at := sentence.find(marker, start)) >= 0:
            n = len(sentence[:at].split())
            if n > MAX_WORDS:
                break
            if (
                n >= max(MIN_WORDS + 1, least)
                and at > len(best)
                and _cut_ok(sentence[:at])
                and not (marker == " to " and _wants_infinitive(sentence[:at]))
            ):
                best = sentence[:at]
            start = at + 1
    return best


def _wants_infinitive(prefix: str) -> bool:
    words = prefix.split()
    return bool(words) and words[-1].lower() in TAKES_INFINITIVE
