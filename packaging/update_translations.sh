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
# Known lupdate limits (Python parser):
#   * text passed through a helper such as `_tr(text)` is not extracted at all;
#   * `tr = QCoreApplication.translate; tr("jobs", "text")` and a local
#     `def tr(text): return QCoreApplication.translate("MainWindow", text)` are
#     extracted into the EMPTY context ("jobs" even becomes the source text).
#     At run time those calls use the contexts "jobs" / "MainWindow", so before
#     compiling, step 2 copies such entries into the context they are looked up
#     in (see fix_contexts below). The .ts itself stays exactly as lupdate
#     writes it, so translations survive the next lupdate run.
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

tmp_dir="$(mktemp -d)"
trap 'rm -rf "$tmp_dir"' EXIT
compiled_ts="$tmp_dir/kinerja_en.ts"

# fix_contexts: empty-context entries -> the context used at run time.
"$VENV_BIN/python" - "$TS" "$compiled_ts" <<'PY'
import copy
import re
import sys
import xml.etree.ElementTree as ET

# Source file (as lupdate records it) -> context of its local tr() helper.
FILE_CONTEXT = {"main_window.py": "MainWindow"}

src, dst = sys.argv[1], sys.argv[2]
tree = ET.parse(src)
root = tree.getroot()
contexts = {c.findtext("name") or "": c for c in root.iter("context")}
empty = contexts.get("")
moved = 0
if empty is not None:
    current_file = ""
    for message in empty.findall("message"):
        for location in message.findall("location"):
            current_file = location.get("filename", current_file) or current_file
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        if comment and re.fullmatch(r"[A-Za-z_]\w*", source):
            target, new_source = source, comment       # tr("ctx", "text") misread
        else:
            target = FILE_CONTEXT.get(current_file.rsplit("/", 1)[-1], "")
            new_source = source
        if not target or any(m.findtext("source") == new_source
                             for m in (contexts[target].findall("message")
                                       if target in contexts else [])):
            continue
        ctx = contexts.get(target)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = target
            contexts[target] = ctx
        clone = copy.deepcopy(message)
        clone.find("source").text = new_source
        if comment and target == source:
            clone.remove(clone.find("comment"))
        ctx.append(clone)
        moved += 1
with open(dst, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    out.write(ET.tostring(root, encoding="unicode"))
print(f"    Copied {moved} empty-context entr{'y' if moved == 1 else 'ies'} "
      "to their run-time context")
PY

"$VENV_BIN/pyside6-lrelease" "$compiled_ts" -qm "$QM"
