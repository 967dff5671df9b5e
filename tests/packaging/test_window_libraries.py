"""The window's system libraries: the README names each one Qt's xcb plugin needs, and it starts.

Issue 17: on a minimal Debian or Ubuntu the window died with "Could not load the Qt platform
plugin xcb" (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 missing) and the README said nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REPO, clean_env

_NEEDED = re.compile(r"^\s*(lib(?:xcb|X11|xkbcommon|EGL|GL|fontconfig|dbus)[\w.+-]*\.so\.\d+)")


def _xcb_plugin() -> Path:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("this PySide6 has no xcb platform plugin")
    return plugin


def debian_package(soname: str) -> str:
    """Debian's name for the package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    base, _, version = soname.partition(".so.")
    name = base.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def test_the_readme_names_every_library_the_window_needs() -> None:
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("ldd on Linux only")
    listing = subprocess.run(["ldd", str(_xcb_plugin())], capture_output=True, text=True,
                             timeout=60).stdout  # fmt: skip
    needed = {debian_package(m.group(1)) for line in listing.splitlines()
              if (m := _NEEDED.match(line)) and not m.group(1).startswith(("libGLX", "libGLd"))}
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= needed, needed
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = sorted(p for p in needed if not re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])",
                                                        readme))  # fmt: skip
    assert missing == [], f"README.md does not name {missing}"


_WINDOW = """
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from timeline_app.gui.main_window import MainWindow
window = MainWindow(workers=1)
window.show()
for _ in range(20):
    app.processEvents()
print("platform", app.platformName(), "visible", window.isVisible())
window.close()
"""


def test_the_window_starts_under_xvfb(tmp_path: Path) -> None:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    _xcb_plugin()
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1.5)
        assert server.poll() is None, "Xvfb did not start"
        env = clean_env(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path),
                        XDG_RUNTIME_DIR=str(tmp_path))  # fmt: skip
        done = subprocess.run([sys.executable, "-c", _WINDOW, str(REPO)], capture_output=True,
                              text=True, timeout=120, env=env, cwd=tmp_path)  # fmt: skip
        assert done.returncode == 0, (
            "the window did not start; install the libraries the README names:\n"
            + done.stderr[-2000:]
        )
        assert "platform xcb visible True" in done.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
