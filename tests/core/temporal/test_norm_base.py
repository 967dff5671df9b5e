"""Norm's hand-written constructor stays what the dataclass would generate."""

from __future__ import annotations

import inspect
from dataclasses import MISSING, FrozenInstanceError, fields, replace

import pytest

from timeline_app.core.temporal.norm_base import Norm


def test_init_takes_every_field_in_order_with_its_default() -> None:
    params = list(inspect.signature(Norm.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in params] == [
        (f.name, inspect.Parameter.empty if f.default is MISSING else f.default)
        for f in fields(Norm)]


def test_a_norm_is_frozen_compares_by_value_and_replaces() -> None:
    norm = Norm("DATE", "2023-10-13", reference="anchor", span=(3, 9))
    assert norm == Norm("DATE", "2023-10-13", "", "anchor", 1.0, None, None, (3, 9))
    assert hash(norm) == hash(Norm("DATE", "2023-10-13", reference="anchor", span=(3, 9)))
    assert vars(norm) == {f.name: getattr(norm, f.name) for f in fields(Norm)}
    assert replace(norm, mod="END").mod == "END" and norm.mod == ""
    with pytest.raises(FrozenInstanceError):
        norm.value = "2023"  # type: ignore[misc]
