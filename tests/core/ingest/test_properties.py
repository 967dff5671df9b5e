"""Properties over arbitrary input: nothing raises, and cleaning only ever removes text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.core.ingest import article_from_text, read_file
from timeline_app.core.ingest.plaintext import clean_text

LINES = st.sampled_from(
    [
        "Share",
        "Related",
        "Advertisement",
        "By Jane Roe",
        "Published: 2021-04-05",
        "Wednesday 18 October 2023 07:00 EDT",
        "Storm hits the coast",
        "Officials said the storm would pass by Friday, and schools would reopen on Monday.",
        "“We are ready,” the mayor said. “We have done this before.”",
        "- Another headline about something else entirely",
        "Your support helps us tell the story.",
        "Menu An icon of three lines. Search An icon of a glass. Close An icon of a cross.",
        "",
        "   ",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(LINES, max_size=25).map("\n".join))


def _subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(char in it for char in needle)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_cleaning_never_raises_and_only_removes(raw: str) -> None:
    cleaned = clean_text(raw)
    squeeze = re.compile(r"\s+")
    assert _subsequence(squeeze.sub("", cleaned.text), squeeze.sub("", raw))
    assert "\n\n\n" not in cleaned.text
    assert cleaned.text == cleaned.text.strip()
    article = article_from_text(raw, article_id="p")
    assert isinstance(article.title, str)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=600), st.sampled_from([".txt", ".html", ".json", ".jsonl"]))
def test_read_file_never_raises_on_arbitrary_bytes(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    articles, problems = read_file(path)
    assert len(articles) + len(problems) >= 1 or not data.strip()
    for problem in problems:
        assert problem.message and "\n" not in problem.message
