#!/usr/bin/env bash
# Builds dist/KinerjaDesktop/ (one-folder bundle) on Linux or macOS.
# Same as `./run.sh package`: prepares .venv, installs requirements-packaging.txt,
# runs PyInstaller with packaging/kinerja_desktop.spec. Extra args go to PyInstaller.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash ./run.sh package "$@"
