"""What blind sets paste74 and paste75 taught (session 44): a lede may set its time frame
before its new subject ("Over the past three weeks, four retail stores in Ashburton have been
targeted"), and "Anyone who ..." introduces the people a public-health lede is about; a time
frame before a pronoun stays a continuation."""

from __future__ import annotations

from reader.story.boundary.lede import opens_as_lede


def test_a_time_frame_before_a_new_subject_opens_a_lede() -> None:
    assert opens_as_lede(
        "Over the past two weeks, three pharmacies in Greytown have been broken into overnight."
    )
    assert opens_as_lede("Since January, the regional council has spent $2.4m on flood repairs.")
    # the time frame before a pronoun or a connective goes on a story
    assert not opens_as_lede("Over the past week, it has rained on all but one day.")
    assert not opens_as_lede("Over the past week, he has met the minister twice.")


def test_anyone_who_opens_a_lede() -> None:
    assert opens_as_lede(
        "Anyone who visited the Riverside clinic on Friday morning is being asked to watch for"
        " symptoms of measles."
    )
