"""Robustness tier: shared set-up.

When a Hypothesis test fails, Hypothesis' pytest plugin imports ``hypothesis.extra._patching``,
which imports libcst, which imports mypy_extensions, which raises a DeprecationWarning at import.
Under ``filterwarnings = error`` that turns one failing property into an INTERNALERROR that ends
the whole session. Importing it here once, with that warning silenced, keeps a failure a failure.
"""

from __future__ import annotations

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import hypothesis.extra._patching  # noqa: F401
    except Exception:  # noqa: BLE001 - libcst absent or broken: nothing to pre-import
        pass
