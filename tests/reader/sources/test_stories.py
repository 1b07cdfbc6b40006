"""Stories from structured sources: clean one-line fields, ids shared with the text path."""

from __future__ import annotations

from unittest import mock

import reader.story.decode
from reader.sources.stories import again, make_story, one_line
from reader.story.decode import normalise_text
from reader.story.dedupe import story_id


def test_fields_are_clean_text_and_the_id_is_the_content_hash() -> None:
    story = make_story(
        ["Body \x1b[2J text\x07 here.", "", "Second\u202e paragraph."],
        source="https://x.example/a",
        title="Title \x1b]52;c;Zm9v\x07 here",
        url="https://x.example/a\x1b[0m",
        site="Feed\x9b1m name",
        byline="By Ana Ruiz",
    )
    assert story is not None
    for value in (story.title, story.url, story.site, story.byline, *story.paragraphs):
        assert value is not None
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in value), value
        assert "\u202e" not in value
    assert story.byline == "Ana Ruiz"
    assert story.id == story_id(story.paragraphs)
    assert story.sources[0].first_line == 1 and story.sources[0].last_line == 2


def test_no_text_no_story_and_no_title_a_generated_one() -> None:
    assert make_story(["", "  "], source="x") is None
    story = make_story(
        ["Harbour cranes will be replaced with electric ones by 2028, the port said."],
        source="x",
    )
    assert story is not None and story.title_generated and story.title


def test_one_line_is_the_normalised_text_for_every_character() -> None:
    # the short way (split and join, for text with nothing to clean) gives what normalising
    # gives, for every character in the contexts that matter: between words, alone, in a run,
    # after a letter it could combine with
    planes = [*range(0x30000), *range(0xE0000, 0xE0200)]
    for cp in planes:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for text in (f"a{c}b c", c, f"x {c}{c} y", f"\u00e9{c}", f"e{c}&amp;"):
            assert one_line(text) == " ".join(normalise_text(text).split()), hex(cp)


def test_clean_text_is_only_split_and_joined() -> None:
    spy = mock.Mock(wraps=normalise_text)
    with mock.patch.object(reader.story.decode, "normalise_text", spy):
        assert one_line("  Prices rose\n 3%  in “March”, café  ") == (
            "Prices rose 3% in “March”, café"
        )
        assert spy.call_count == 0
        assert one_line("Tom &amp; Jerry\x1b[2J") == "Tom & Jerry"
        assert spy.call_count == 1


def test_cleaning_a_clean_paragraph_again_is_what_one_line_gives_for_every_character() -> None:
    # a feed item's paragraphs come from one_line already: again() only cleans those with a
    # '&' once more (a reference that decodes to another one), the rest are their own cleaning
    planes = [*range(0x30000), *range(0xE0000, 0xE0200)]
    for cp in planes:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        for text in (f"a{c}b c", f"\u00e9{c}", f"e{c}&amp;amp;", f"&#{cp};"):
            once = one_line(text)
            assert again(once) == one_line(once), hex(cp)
    assert again(one_line("AT&amp;amp;T")) == "AT&T" == one_line(one_line("AT&amp;amp;T"))


def test_a_story_of_clean_paragraphs_is_the_story_of_the_raw_ones_cleaned_twice() -> None:
    raw = ["Profit\u00a0rose &amp;amp; fell", "  ", "Caf\u0065\u0301 \x1b[2J sales\u200b up  3%"]
    cleaned = [p for p in map(one_line, raw) if p]
    twice = make_story([one_line(p) for p in raw], source="https://x.example/a", title="T")
    story = make_story(cleaned, source="https://x.example/a", title="T", cleaned=True)
    assert story is not None and story == twice
    assert story.paragraphs[0] == "Profit rose & fell"
