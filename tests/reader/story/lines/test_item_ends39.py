"""What blind set paste55 taught (session 39): a writer's one-sentence biography ending on the
outlet ("Dalia Okafor covers courts for the Avalanche-Journal.") ends an item wherever it
stands in a paste of headless items, not only as the file's last line or under a byline; and
a sign-up box's line may open with its question ("Want the day's top stories in your inbox?
Sign up for ...")."""

from __future__ import annotations

from reader.story.lines.bio import outlet_bio
from reader.story.lines.classify import classify_rules
from reader.story.lines.patterns import is_promo

PASTE = [
    "A county jury on Tuesday found a 31-year-old man guilty of murder in the shooting of a store clerk.",
    "Jurors deliberated for three hours after a six-day trial, the district attorney's office said.",
    "The clerk's daughter wept as the verdict was read.",
    "Marta Quill covers courts and public safety for the Plainsman-Journal.",
    "Most households would pay about $6 more a month for electricity from October under a plan.",
    "Board members did not vote on Tuesday. A public hearing is set for June 15.",
    "Want weather alerts and the day's top stories in your inbox? Sign up for our free newsletter.",
    "Hail as large as golf balls pounded parts of the city on Wednesday evening.",
]


def test_a_one_sentence_bio_ending_on_the_outlet() -> None:
    assert outlet_bio("Marta Quill covers courts and public safety for the Plainsman-Journal.")
    assert outlet_bio("Jo Hart is a reporter for The Courier. Follow her on Bluesky.")
    # a story about a reporter goes on past the outlet
    assert not outlet_bio("Evan Park is a reporter for the Tribune who was held for two days.")


def test_a_sign_up_line_after_its_question_is_a_promo() -> None:
    assert is_promo(PASTE[6])
    assert not is_promo("Want to know more? The council will hold a meeting on June 15.")


def test_the_bio_and_the_sign_up_line_are_no_body_in_a_headless_paste() -> None:
    kinds = [ln.kind for ln in classify_rules(PASTE)]
    assert kinds[3] == "credit"
    assert kinds[6] == "promo"
    assert kinds[4] == kinds[5] == kinds[7] == "body"
