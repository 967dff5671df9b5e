#!/usr/bin/env bash
# Build the one-folder app with PyInstaller:  packaging/build.sh [DIST_DIR] [WORK_DIR]
# The app lands in DIST_DIR/timeline-app/ (default dist/timeline-app/); run DIST_DIR/timeline-app/timeline-app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
dist="${1:-$repo/dist}"
work="${2:-$repo/build/pyinstaller}"
python="${PYTHON:-python}"
"$python" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
    --distpath "$dist" --workpath "$work" "$here/timeline_app.spec"
echo "built $dist/timeline-app/timeline-app"
