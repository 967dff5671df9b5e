"""Recognise once, resolve many: the parse is anchor-free plain data, and resolving never
recognises again (anchor checks try dozens of anchors per article)."""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest

from timeline_app.core.model import Article
from timeline_app.core.reconcile import anchor_evidence
from timeline_app.core.temporal import Parse, recognise, recognition, resolve, tag

TEXT = ("On Wednesday the council met again, two days after the vote of Oct. 16, 2023. "
        "Last year it had failed; in 1998 it passed. The next session opens in June, and "
        "the mayor said on Friday that talks would resume next week.")
ANCHORS = [date(2023, 10, 19) + timedelta(days=37 * i) for i in range(26)]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every recognition run (not cache hits) appends its text here."""
    calls: list[str] = []
    real = recognition._candidates

    def counting(text: str, *args: str, **kw: bool) -> list:
        calls.append(text)
        return real(text, *args, **kw)

    recognition.clear_cache()
    monkeypatch.setattr(recognition, "_candidates", counting)
    yield calls
    recognition.clear_cache()


def test_resolving_a_parse_gives_what_tag_gives() -> None:
    parse = recognise(TEXT)
    for anchor in (*ANCHORS[:5], None):
        for prefer in ("past", "future"):
            assert resolve(parse, TEXT, anchor, prefer=prefer) == tag(TEXT, anchor, prefer=prefer)


def test_the_parse_is_anchor_free_plain_data() -> None:
    parse = recognise(TEXT)
    assert isinstance(parse, Parse)
    assert pickle.loads(pickle.dumps(parse)) == parse
    assert parse.fits(TEXT) and not parse.fits(TEXT + " ")
    first = parse.matches[0]
    assert (TEXT[first.start:first.end], first.rule) == ("Wednesday", "weekday")
    assert dict(first.groups)["weekday"] == "Wednesday"  # the original spelling, not lower-cased
    assert parse.sentence_starts[0] == 0 and len(parse.sentence_starts) == 3
    with pytest.raises(AttributeError):
        parse.matches = ()  # type: ignore[misc]


def test_resolving_against_many_anchors_recognises_once(counted: list[str]) -> None:
    parse = recognise(TEXT)
    values = {tuple(m.value for m in resolve(parse, TEXT, a)) for a in ANCHORS}
    for a in ANCHORS:
        tag(TEXT, a)
    assert counted == [TEXT]
    assert len(values) > 10  # the anchors really moved the relative expressions


def test_anchor_checks_re_resolve_the_cached_parse(counted: list[str]) -> None:
    article = Article(id="a", title="Council", text=TEXT)
    anchor_evidence._tagged.cache_clear()
    days = [anchor_evidence.tagged_events(article, a) for a in ANCHORS]
    assert counted == [TEXT]
    assert days[0] != days[-1]


def test_the_cache_is_bounded(counted: list[str]) -> None:
    for i in range(recognition.CACHE_SIZE + 10):
        recognise(f"Meeting number {i} is on Friday.")
    assert len(recognition._cache) == recognition.CACHE_SIZE
    recognise("Meeting number 0 is on Friday.")  # the oldest was dropped: recognised again
    assert len(counted) == recognition.CACHE_SIZE + 11


def test_the_cache_is_bounded_by_matches_too(counted: list[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recognition, "CACHE_MATCHES", 10)
    for i in range(6):  # two matches each ("Friday", "2023")
        recognise(f"Meeting {i} is on Friday in 2023.")
    assert recognition._matches <= 10 and len(recognition._cache) == 5
    big = " ".join(f"On Friday in {1990 + i}." for i in range(10))
    recognise(big)
    recognise(big)  # too big for the cache: kept on its own, the others stay
    assert counted.count(big) == 1 and len(recognition._cache) == 5
    recognise(big.replace("Friday", "Monday"))  # one big parse at a time: the newest
    recognise(big)
    assert counted.count(big) == 2 and len(recognition._cache) == 5


def test_a_parse_of_another_text_is_refused() -> None:
    with pytest.raises(ValueError):
        resolve(recognise(TEXT), TEXT + " More.", date(2023, 10, 19))


def test_content_hash_does_not_depend_on_the_process() -> None:
    # blake2b of the UTF-8 bytes: the same digest whatever PYTHONHASHSEED is
    assert recognition.content_hash("abc") == "cf4ab791c62b8d2b2109c90275287816"


def test_a_batch_is_recognised_as_each_text_alone() -> None:
    texts = [(TEXT, None), ("Am Mittwoch, dem 18. Oktober 2023, tagte der Rat.", "de"),
             ("three years ago", "en"), (TEXT.lower(), "en"), ("", None), ("İstanbul, 5 May", None)]
    recognition.clear_cache()
    alone = [recognise(text, lang) for text, lang in texts]
    recognition.clear_cache()
    recognition.recognise_batch(texts)
    assert [recognition.cached_parse(p.lang, p.digest) for p in alone] == alone
    recognition.clear_cache()
