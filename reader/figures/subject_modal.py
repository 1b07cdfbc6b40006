"""The status a modal after a figure gives it when the figure is its clause's subject
(``status.status_for`` asks when the words before the figure give none): "Three of its 21
departments will be merged" (planned), "about 900 researchers could lose their posts"
(forecast), "the 20% share it would have gained" (hypothetical). Bounded windows, so linear.
"""

from __future__ import annotations

import re

from reader.figures.clause_split import clause_begin, has_verb

# the words between the figure and the modal: no clause of their own (a relative pronoun, a
# conjunction, a speech verb, a new subject: "fell to £34 but it could cost") and no sentence end
_BETWEEN = (
    r"(?:(?!\b(?:that|which|who|whom|whose|if|when|because|as|where|while|after|before|unless|"
    r"said|says|say|told|reported|thought|feared|believed|but|they|he|she|we)\b)[^,;:.!?]"
    r"|[.,](?=\d)){0,60}?"
)
_SUBJECT_MODAL = re.compile(
    _BETWEEN + r" (?P<modal>(?P<will>will|would|shall)|could|may|might) (?:also |still |then )?"
    r"(?P<verb>be \w+|have to|have \w+|get|lose|fall|go|close|shut|receive|begin|start|open|"
    r"cost|run|arrive|launch|join|serve|carry|take)\b"
)
_MODALS = (" will ", " would ", " shall ", " could ", " may ", " might ")
# "would be merged", "will be paid", "will be in free float": what is decided for it
_DONE_TO = re.compile(
    r"be (?:\w+ed|\w+en|paid|made|sold|cut|shut|put|set|held|lost|built|spent|kept|hit|run|"
    r"moved|closed|in)$"
)
# a preposition before the figure: it is no subject ("a workforce of 6,500 - could be lost")
_PREPOSITION = re.compile(
    r"\b(?:of|in|from|to|at|by|for|with|than|on|into|over|under)(?: the| its| their| a| an)? $"
)


# an amount or a move named by an event noun heads the subject: "a grant of £2m would pay for",
# "a cut of 50 basis points would leave", "the midpoint of its range of $10 to $11 would be"
# (not a state that exists: "a shortage of 30,000 homes would limit the damage")
_EVENT_OF = re.compile(
    r"\b(?:an? |the |its |their |any |this |that |such an? |with )(?:[\w'\u2019-]+ ){0,3}"
    r"(?:grants?|cuts?|rises?|increases?|hikes?|reductions?|payments?|investments?|injections?|"
    r"loans?|fees?|levy|levies|subsid(?:y|ies)|bonus(?:es)?|payouts?|awards?|settlements?|"
    r"fines?|penalt(?:y|ies)|charges?|discounts?|premiums?|ranges?|bailouts?|rebates?|refunds?|"
    r"price tags?|budgets?)"
    r" of (?:about |around |some |roughly |nearly |almost |up to |as much as |just )?$"
)
# "would pay for": what the money is to fund is a plan
_FUNDS = re.compile(r"(?:also |still |then )?(?:pay for|fund|finance|cover|go towards|go to)\b")
_ANY_VERB = re.compile(
    _BETWEEN + r" (?P<modal>will|would|could|might) (?:also |still |then |probably |only )?"
    r"(?P<verb>(?!not\b|never\b)[a-z]+(?: for)?)\b"
)


def _event_outlook(text: str, start: int, end: int) -> str | None:
    """ "planned" or "forecast" for a figure in an event noun's "of" phrase heading a clause
    whose verb is "would", "could" or "might" (``_EVENT_OF``); else None."""
    event = _EVENT_OF.search(text, max(0, start - 60), start)
    if event is None:
        return None
    if has_verb(text, clause_begin(text, start), event.start()):
        return None  # (the event noun may read as a verb: "a cut of")
    m = _ANY_VERB.match(text, end, end + 90)
    if m is None or has_verb(text, end, m.start("modal")):
        return None
    if m.group("verb") == "have":
        return None  # ("would have ...": read by status.py's hypothetical rule)
    if m.group("modal") == "will" or _FUNDS.match(text, m.end("modal") + 1):
        return "planned"  # "discounts of up to 70% will begin on Saturday": what is set
    return "forecast"


def subject_outlook(text: str, start: int, end: int) -> str | None:
    """ "planned", "forecast" or "hypothetical" when the figure heads its clause as subject and a
    modal follows it before any verb (module doc); else None."""
    window = text[end : end + 90]  # (every match of _SUBJECT_MODAL writes its modal in it)
    for modal in _MODALS:
        if modal in window:
            break
    else:
        return None
    if _PREPOSITION.search(text, max(0, start - 12), start):
        return _event_outlook(text, start, end)
    if has_verb(text, clause_begin(text, start), start):
        return None
    m = _SUBJECT_MODAL.match(text, end, end + 90)
    if m is None or has_verb(text, end, m.start("modal")):
        return None
    verb = m.group("verb")
    if verb.startswith("have") and m.group("modal") in ("would", "could", "might"):
        return "planned" if verb == "have to" else "hypothetical"
    if not m.group("will"):
        return "forecast"
    if verb.startswith("be"):
        return "planned" if _DONE_TO.match(verb) else "forecast"
    return "forecast" if verb.startswith("have") and verb != "have to" else "planned"
