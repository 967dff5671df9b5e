"""Portuguese development pages (``hand_780`` onward): stamps found, mentions tagged in Portuguese.

Brazilian, Portuguese, Angolan and Mozambican layouts written with the ``pt`` rule folder (see
``bench/data/pages/README.md``): no page given a date not its own, each dated page's date found
exactly from its own line but for ``MISSED`` (left undated, as honest), and every gold mention
tagged with its value against the page's date, the page detected as Portuguese.
"""

from __future__ import annotations

from .test_pages_gate import _eval_module, round_results

FIRST, LAST = 780, 799
MISSED = {"hand_789_mozambican_aim_yearless_dateline_copyright"}
"""A yearless agency dateline (``Maputo, 14 Mar (AIM) -``) whose year only the site's copyright
line gives: no date found (the ingest's, not the grammar's)."""


def _golds() -> list[dict]:
    return [gold for gold in _eval_module().golds() if gold["id"].startswith("hand_")
            and FIRST <= int(gold["id"].split("_")[1]) <= LAST]


def test_portuguese_pages_are_dated_from_their_own_line() -> None:
    results = round_results(FIRST, LAST)
    assert len(results) >= 12
    for page, found, source, gold, gold_source in results:
        if page in MISSED:
            assert found is None, page
            continue
        assert found == gold, page
        if gold is not None:
            assert source == gold_source, page


def test_portuguese_pages_are_read_as_portuguese() -> None:
    module = _eval_module()
    assert {module.page_article(gold).lang for gold in _golds()} == {"pt"}


def test_portuguese_pages_mentions_get_their_values() -> None:
    from datetime import date

    from timeline_app.core.model import Anchor, AnchorSource
    from timeline_app.core.story.pipeline import analyze

    module = _eval_module()
    checked = 0
    for gold in _golds():
        if not gold["published"]:
            continue
        anchor = Anchor(date.fromisoformat(gold["published"]), AnchorSource.MANUAL)
        found = {(m.text, m.value) for m in analyze(module.page_article(gold), anchor).mentions}
        for mention in gold["mentions"]:
            assert (mention["text"], mention["value"]) in found, (gold["id"], mention)
            checked += 1
    assert checked >= 40
