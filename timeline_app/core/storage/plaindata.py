"""The app's own data as JSON, for files that workers share: data in, data out, never code.

An archive run keeps its intermediate results (analyses, slices, scored pairs, clusters) in its
output folder, which may be a bucket other people can write to. Unpickling such a file would run
whatever it holds; decoding one of these runs nothing: only the types named in :data:`TYPES`
(the value types of :mod:`timeline_app.core.model`) are ever built, from JSON alone.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from collections import Counter
from datetime import date, datetime
from enum import Enum
from typing import Any

from timeline_app.core.errors import TimelineError
from timeline_app.core.model import (
    Anchor,
    AnchorSource,
    Article,
    ArticleAnalysis,
    Event,
    Granularity,
    Interval,
    Mention,
    PublishedSource,
    TimexType,
)
from timeline_app.core.reconcile.signatures import EventText

__all__ = ["TYPES", "decode", "encode", "pack", "unpack"]

TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Anchor, AnchorSource, Article, ArticleAnalysis, Event, EventText, Granularity,
                Interval, Mention, PublishedSource, TimexType)
}  # fmt: skip
"""Every class a file may name (the model's values, and the wording clustering compares);
anything else is refused."""


def encode(value: Any) -> Any:
    """``value`` as JSON-ready data; tuples, dates, enums, counters and dataclasses are tagged.

    The common kinds are told by their exact type first (an archive part is some million values:
    a chain of ``isinstance`` and ``dataclasses.fields`` per value cost more than the JSON).
    """
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is list:
        return [encode(v) for v in value]
    names = _ENCODED.get(kind)
    if names is not None:
        return {"~data": kind.__name__, "fields": {n: encode(getattr(value, n)) for n in names}}
    if kind is frozenset:
        items = [encode(v) for v in value]
        if all(type(v) is str for v in items):  # (sorted: the same set is always the same bytes)
            items.sort()
        else:
            items.sort(key=json.dumps)
        return {"~frozenset": items}
    if kind in _ENUMS:
        return {"~enum": [kind.__name__, value.value]}
    if kind is date:
        return {"~date": value.isoformat()}
    if kind is tuple:
        return {"~tuple": [encode(v) for v in value]}
    if kind is dict:
        return {"~dict": [[encode(k), encode(v)] for k, v in value.items()]}
    return _encode_other(value)


def _encode_other(value: Any) -> Any:
    if isinstance(value, Enum):  # (first: a StrEnum is a str too)
        _ENUMS.add(type(value))
        return {"~enum": [type(value).__name__, value.value]}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"~datetime": value.isoformat()}
    if isinstance(value, date):
        return {"~date": value.isoformat()}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"~tuple": [encode(v) for v in value]}
    if isinstance(value, frozenset):  # (sorted: the same set is always the same bytes)
        return {"~frozenset": sorted((encode(v) for v in value), key=json.dumps)}
    if isinstance(value, Counter):
        return {"~counter": [[encode(k), n] for k, n in value.items()]}
    if isinstance(value, dict):
        return {"~dict": [[encode(k), encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and TYPES.get(type(value).__name__) is type(value):
        _ENCODED[type(value)] = tuple(f.name for f in dataclasses.fields(value))
        return encode(value)
    raise TypeError(f"cannot store a {type(value).__name__} as plain data")


_ENCODED: dict[type, tuple[str, ...]] = {}
"""The field names of each class of :data:`TYPES` met by :func:`encode`, found once."""
_ENUMS: set[type] = set()
"""The enum classes met by :func:`encode`."""


def _tagged(name: str, item: Any) -> Any:  # noqa: PLR0911 - one branch a tag
    if name == "~tuple":
        return tuple(decode(v) for v in item)
    if name == "~dict":
        return {decode(k): decode(v) for k, v in item}
    if name == "~frozenset":
        return frozenset(decode(v) for v in item)
    if name == "~counter":
        return Counter({decode(k): n for k, n in item})
    if name == "~date":
        return date.fromisoformat(item)
    if name == "~datetime":
        return datetime.fromisoformat(item)
    if name == "~enum":
        cls = TYPES.get(item[0])
        if cls is None or not issubclass(cls, Enum):
            raise TimelineError(f"stored data names an unknown kind of value: {item[0]!r}")
        return cls(item[1])
    raise TimelineError(f"stored data holds an unknown tag: {name!r}")


def _made(data: dict, fields: dict) -> Any:
    """The model's value that ``data`` (``{"~data": name, ...}``) names, from ``fields``."""
    name = data["~data"]
    known = _FIELDS.get(name)
    if known is None:
        cls = TYPES.get(name)
        if cls is None or not dataclasses.is_dataclass(cls):
            raise TimelineError(f"stored data names an unknown kind of value: {name!r}")
        known = _FIELDS[name] = frozenset(f.name for f in dataclasses.fields(cls))
    return TYPES[name](**{k: v for k, v in fields.items() if k in known})


_FIELDS: dict[str, frozenset[str]] = {}
"""Each stored class's field names, found once (``dataclasses.fields`` per value cost more than
building the value)."""


def decode(data: Any) -> Any:
    """What :func:`encode` gave, back as values; only :data:`TYPES` are ever constructed."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "~data" in data:
        return _made(data, {k: decode(v) for k, v in data["fields"].items()})
    ((name, item),) = data.items()
    return _tagged(name, item)


def _hook(data: dict) -> Any:
    """:func:`decode` of one JSON object, its contents decoded already.

    ``json.loads`` calls it innermost first (``object_hook``): lists and scalars are
    never walked in Python. A class's ``fields`` object is left a dict for its ``~data``
    object, which comes next.
    """
    if "~data" in data:
        return _made(data, data["fields"])
    if len(data) != 1:
        return data
    ((name, item),) = data.items()
    if name == "~tuple":
        return tuple(item)
    if name == "~frozenset":
        return frozenset(item)
    if name == "~dict":
        return {k: v for k, v in item}
    if name == "~counter":
        return Counter({k: n for k, n in item})
    if not name.startswith("~"):
        return data  # the fields of a class of one field
    return _tagged(name, item)  # scalars inside: a date, a datetime, an enum


def pack(value: Any) -> bytes:
    """``value`` as compressed JSON bytes."""
    text = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def unpack(data: bytes) -> Any:
    """Bytes from :func:`pack`, back as values; damaged or foreign bytes raise TimelineError."""
    try:
        text = zlib.decompress(data).decode("utf-8", "surrogatepass")
        return json.loads(text, object_hook=_hook)
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, ValueError, TypeError,
            KeyError) as exc:  # fmt: skip
        raise TimelineError(f"stored data cannot be read ({exc})") from None
