"""Test configuration shared by every tier: Qt runs offscreen, set here and not by hand."""

from __future__ import annotations

import os
import warnings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

# When a Hypothesis test fails, its pytest plugin imports ``hypothesis.extra._patching``, which
# imports libcst, which imports mypy_extensions, which warns at import. Under ``filterwarnings =
# error`` one failing property would then end the whole session with an INTERNALERROR; importing
# it here once, with that warning silenced, keeps a failure a failure (in every tier).
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import hypothesis.extra._patching  # noqa: F401
    except Exception:  # libcst absent or broken: nothing to pre-import
        pass
