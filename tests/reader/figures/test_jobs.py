"""What a count of jobs or staff measures, from the verb before it (jobs.py)."""

from __future__ import annotations

import pytest

from reader.figures.jobs import jobs_metric


@pytest.mark.parametrize(
    ("head", "noun", "want"),
    [
        ("The insurer will axe ", "jobs", "jobs cut"),
        ("The chain plans to hire ", "staff", "jobs added"),
        ("The brewery employs ", "people", "employees"),
        ("The museum will shed 40 of its ", "posts", "employees"),  # the whole workforce
        ("Aid agencies cut rations for ", "people", None),  # cut what is for them
        ("Its grant was cut by 5% to £2m, and it has ", "staff", None),  # another clause's verb
        ("The bakery sold ", "loaves", None),  # no count of jobs
        ("The mill aims to cut costs by £5m and plans to hire ", "staff", "jobs added"),  # nearest
        ("After hiring 20 chefs last year, the chain will now cut ", "jobs", "jobs cut"),
    ],
)
def test_the_verb_before_a_count_of_jobs(head: str, noun: str, want: str | None) -> None:
    assert jobs_metric(head, noun, noun) == want
