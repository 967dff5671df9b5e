"""The packaging files themselves: the desktop entry, the icons, the spec and the build script."""

from __future__ import annotations

import ast
import configparser
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from .conftest import REPO

PACKAGING = REPO / "packaging"
ICONS = REPO / "resources" / "icons" / "app"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "timeline-app.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Comment"]
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for key in entry:
        assert key[:1].isupper() or key.startswith("X-"), key


def test_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    entry = _entry()
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] in scripts
    assert (ICONS / f"{entry['Icon']}.svg").is_file()


def test_the_svg_icon_is_square_and_well_formed() -> None:
    root = ET.parse(ICONS / "timeline-app.svg").getroot()
    assert root.tag.endswith("svg")
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    assert not any(el.tag.endswith(("script", "image", "foreignObject")) for el in root.iter())


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_icon_has_its_size(size: int) -> None:
    data = (ICONS / f"timeline-app-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_the_platform_icons_exist() -> None:
    assert (ICONS / "timeline-app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "timeline-app.icns").read_bytes()[:4] == b"icns"


def test_the_spec_and_build_script_parse() -> None:
    ast.parse((PACKAGING / "timeline_app.spec").read_text(encoding="utf-8"))
    ast.parse((PACKAGING / "launcher.py").read_text(encoding="utf-8"))
    done = subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], capture_output=True)
    assert done.returncode == 0, done.stderr
    assert (PACKAGING / "build.sh").stat().st_mode & 0o111
    assert (PACKAGING / "README.md").is_file()
