"""Regressions named after what broke: bugs the robustness suite found in other modules.

Each is listed with its input and cause in ``docs/robustness-bugs.md``.
"""

from __future__ import annotations

from pathlib import Path

from timeline_app.core.ingest import read_file

ARTICLE = """Budget passes after long night

The city council met on Tuesday evening to debate the budget, which had been delayed for months by disputes between the parties.

The vote was held on 12 March 2021 at noon.

Opposition members said they would challenge the decision in court, while the mayor called it a victory.
"""  # noqa: E501


def test_short_dated_sentence_stays_in_the_text(tmp_path: Path) -> None:
    """B1: a short sentence with a date near the top was cut out as if it were a byline."""
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    articles, problems = read_file(path)
    assert problems == []
    [article] = articles
    assert "The vote was held on 12 March 2021 at noon." in article.text
    assert article.published is None  # nothing on the page says when it was published


def test_one_sentence_article_loads(tmp_path: Path) -> None:
    """B1: a one-sentence article was refused as being all page furniture."""
    path = tmp_path / "brief.txt"
    path.write_text("On 12 March 2021 the council approved the budget.\n", encoding="utf-8")
    articles, problems = read_file(path)
    assert problems == []
    assert [a.text for a in articles] == ["On 12 March 2021 the council approved the budget."]
