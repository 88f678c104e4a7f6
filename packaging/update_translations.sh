#!/usr/bin/env bash
# Regenerates the English translation of the Indonesian UI strings.
#   1. pyside6-lupdate scans the GUI sources and Designer forms into
#      resources/translations/kinerja_en.ts (source language id, target en).
#      Strings that disappeared from the sources are dropped (-no-obsolete);
#      new ones appear as type="unfinished" for a translator to fill in;
#      existing translations are kept.
#   2. pyside6-lrelease compiles it to resources/translations/kinerja_en.qm,
#      which kinerja_desktop/app.py loads when the "umum/bahasa" setting is "en".
#
# lupdate (Python parser) only extracts literal strings passed to self.tr("…"),
# QCoreApplication.translate("Context", "…") and QT_TRANSLATE_NOOP("Context", "…")
# (kinerja_desktop.gui.i18n) under those exact names. Text passed through a helper
# or an alias (`_tr(text)`, `tr = QCoreApplication.translate`) is not extracted,
# or lands in the wrong (empty) context: mark table strings with
# QT_TRANSLATE_NOOP and translate them with QCoreApplication.translate where shown.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV_BIN="${VENV_BIN:-.venv/bin}"
OUT_DIR="resources/translations"
TS="$OUT_DIR/kinerja_en.ts"
QM="$OUT_DIR/kinerja_en.qm"

mkdir -p "$OUT_DIR"
shopt -s nullglob
sources=(kinerja_desktop/gui/*.py kinerja_desktop/app.py ui/*.ui)

"$VENV_BIN/pyside6-lupdate" \
    -source-language id \
    -target-language en \
    -no-obsolete \
    -locations relative \
    "${sources[@]}" \
    -ts "$TS"

"$VENV_BIN/pyside6-lrelease" "$TS" -qm "$QM"
