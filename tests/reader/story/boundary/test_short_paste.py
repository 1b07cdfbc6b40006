"""End to end: short articles (paragraphs of one or two sentences, a short closing line) pasted
together split at each article's lede, with and without blank lines between the articles.

The scorer is trained on pastes whose sentences are regrouped into new paragraphs
(``reader.eval.concat.regroup``), so a short closing line no longer reads as a lede by its
length alone, and ``gap_blank`` sees a blank line the file does not usually put: the paste with
blank lines between the articles splits at each lede. Run together with no blank line, the
lexical search does not split it; the file-level judgement (``reader.story.boundary.filekind``)
reads it as several articles, so it is decoded by the scorer's odds alone
(``reader.story.boundary.decode``) and splits at each lede. So is an unheaded item after a
photo caption."""

from __future__ import annotations

from reader.pipeline import Document, split_document

HARBOUR = [
    "Dredging of the harbour at Port Ellery will begin next month after the port authority "
    "approved a £6 million contract with a Dutch marine firm.",
    "The work will deepen the main channel by two metres so that larger container ships can "
    "dock. It is expected to take eleven weeks.",
    "Fishing boats will use a temporary berth on the north quay while it goes on.",
    "The authority said the mud would be taken out to sea.",
]
LIBRARY = [
    "Kilbride's central library will open on Sundays from January, the town council announced "
    "on Tuesday, reversing cuts made eight years ago.",
    "The extra hours will be paid for from a bequest left by a former librarian, Margaret "
    "Hollis. Volunteers will run a reading group for children.",
    "Council leader Sam Osei called the decision long overdue.",
]
CYCLING = [
    "Belgian rider Lotte Verbeke won the opening stage of the Tour of the Fens on Saturday, "
    "sprinting clear of a 40-strong group in Ely.",
    "The 23-year-old finished a wheel ahead of Dutch champion Femke Smit. Rain and crosswinds "
    "split the field twice in the last hour.",
    "Sunday's stage runs 160 kilometres from Wisbech to King's Lynn.",
]
ARTICLES = [HARBOUR, LIBRARY, CYCLING]


def _starts(lines: list[str]) -> list[int]:
    """The 1-based first line of each story the pipeline finds in ``lines``."""
    stories = split_document(Document(path="paste.txt", lines=lines, digest=""))
    return sorted(min(src.first_line for src in s.sources) for s in stories)


def _paste(blank_between: bool) -> tuple[list[str], list[int]]:
    lines: list[str] = []
    starts: list[int] = []
    for k, article in enumerate(ARTICLES):
        if k and blank_between:
            lines.append("")
        starts.append(len(lines) + 1)
        lines += article
    return lines, starts


def test_blank_lines_between_articles_mark_the_starts() -> None:
    lines, starts = _paste(blank_between=True)
    assert _starts(lines) == starts


def test_short_articles_run_together_split_at_each_lede() -> None:
    # judged to hold several articles (reader.story.boundary.filekind): decoded by the odds
    lines, starts = _paste(blank_between=False)
    assert _starts(lines) == starts


FOUNDRY = [
    "Castleford Foundry, the Wrexley firm that casts manhole covers, has won a £9m order from "
    "the highways agency for the next four years.",
    "The company said the order would secure 90 jobs at its plant for at least four years.",
    "Managing director Owen Price said it was the largest order in the firm's history.",
    "The firm will also take on six apprentices next year.",
]
DAIRY = [
    "Meadowbank Dairies will shut its cheese plant in Hollinford in June, with the loss of "
    "64 jobs.",
    "The company blamed the cost of milk and power, and said production would move to its "
    "larger plant in Wales.",
    "The union said it would fight to keep the plant open and asked the firm for its figures.",
]
MARKET = [
    "Wrexley has been named the best town in the county to open a shop, in a survey of "
    "independent traders.",
    "The town scored well for low rents and busy streets.",
    "Mayor Ruth Okoye said the result showed Wrexley was open for business.",
]


def test_an_unheaded_item_after_a_photo_caption_is_a_story_of_its_own() -> None:
    # the caption's item scores p = 0.8, short of the p = 0.95 the lexical search asks before
    # it parts two items of three short paragraphs; the file is judged several: the odds decide
    lines = [
        "Foundry lands record highways order",
        *FOUNDRY,
        "Picture: Workers at the Castleford Foundry in Wrexley. Credit: Castleford Foundry",
        *DAIRY,
        "Wrexley tops survey of shopkeepers",
        *MARKET,
    ]
    stories = split_document(Document(path="paste.txt", lines=lines, digest=""))
    assert [s.paragraphs[0] for s in stories] == [FOUNDRY[0], DAIRY[0], MARKET[0]]


def test_explain_says_a_short_item_was_read_off_the_scorer() -> None:
    from dataclasses import replace

    from reader.cli.explain import explain_lines
    from reader.story.boundary.scorer import shipped, use_weights

    lines, _ = _paste(blank_between=False)
    # short files decoded by the scorer alone (the trainer's choice when it beats the lexical
    # search: ``boundary_decoding.choose_short_decoding``)
    use_weights(replace(shipped(), short_min=3, short_from=0.5))
    try:
        starts = [ln for ln in explain_lines(lines) if ln.startswith("----- story")]
    finally:
        use_weights(None)
    assert len(starts) >= 2
    assert "boundary scorer reads a new item" in starts[1]
