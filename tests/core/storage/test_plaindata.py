"""Work files of an archive run are plain data: they round-trip, and nothing else is ever built."""

from __future__ import annotations

import json
import pickle
import zlib
from collections import Counter
from datetime import date

import pytest

from tests.core.factories import analysis, mention
from timeline_app.core.errors import TimelineError
from timeline_app.core.model import Granularity
from timeline_app.core.reconcile.signatures import EventText
from timeline_app.core.storage.plaindata import decode, encode, pack, unpack

BODY = "The council met on 12 March 2021. It met again on Friday."


def _analysis():
    m = mention("12 March 2021", BODY, "2021-03-12", Granularity.DAY, date(2021, 3, 12),
                date(2021, 3, 13))
    return analysis("a1", BODY, [m], published=date(2021, 3, 20))


def test_analyses_and_the_run_s_other_values_round_trip():
    text = EventText(frozenset({"Holt", "Reyes"}), frozenset(), frozenset({"meet"}), frozenset(),
                     frozenset(), "holt meets reyes", ("a deal",))
    value = ([_analysis()], Counter({"council": 2}), {"e1": text}, (0.5, 3, 4), [(1.0, "a", "b")])
    back = unpack(pack(value))
    assert back == value
    assert type(back[0][0].events[0].mention.granularity) is Granularity
    assert isinstance(back[1], Counter) and isinstance(back[2], dict) and isinstance(back[3], tuple)


def test_a_class_outside_the_model_is_refused_when_written_and_when_read():
    with pytest.raises(TypeError):
        encode(object())
    planted = {"~data": "Popen", "fields": {"args": ["touch", "/tmp/owned"]}}
    with pytest.raises(TimelineError, match="unknown kind"):
        decode(planted)
    with pytest.raises(TimelineError, match="unknown kind"):
        decode({"~enum": ["Path", "/etc"]})
    for stored in ([planted], {"~tuple": [1, {"~enum": ["Path", "/etc"]}]}, {"~open": "/etc"}):
        with pytest.raises(TimelineError, match="unknown"):  # and when unpacked from bytes
            unpack(zlib.compress(json.dumps(stored).encode()))


def test_a_planted_pickle_is_refused_not_run(tmp_path):
    """A bucket others can write to: a pickle put where a work file belongs runs nothing."""
    marker = tmp_path / "ran"

    class Boom:
        def __reduce__(self):
            return (marker.write_text, ("x",))

    for payload in (zlib.compress(pickle.dumps(Boom())), pickle.dumps(Boom()), b"\x00garbage"):
        with pytest.raises(TimelineError, match="cannot be read"):
            unpack(payload)
    assert not marker.exists()


def test_the_stored_form_is_json():
    data = zlib.decompress(pack([_analysis()]))
    assert json.loads(data)[0]["~data"] == "ArticleAnalysis"
