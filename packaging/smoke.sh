#!/usr/bin/env bash
# Smoke-test the frozen program in dist/coresponse/ (made by packaging/build.sh), the way an
# installed copy is used: from another folder, with no uv, no virtual environment and no
# source tree on the path. Exits non-zero on the first failure.
#   bash packaging/smoke.sh [DIST_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=$(cd "${1:-dist/coresponse}" && pwd)
CLI="$DIST/coresponse"
GUI="$DIST/coresponse-wizard"
[ -x "$CLI" ] && [ -x "$GUI" ] || { echo "smoke.sh: no frozen program in $DIST (run packaging/build.sh)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Nothing from the checkout or the user's settings: a clean home, offscreen Qt.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

step() { echo "smoke: $*"; }
fail() { echo "smoke.sh: FAILED: $*" >&2; exit 1; }

step "the project's modules are byte-compiled into the archive, not shipped as source"
if find "$DIST" -name '*.py' -path '*/wizard/*' -o -name '*.py' -path '*/ui/*' | grep -q .; then
  fail "source files of wizard/ or ui/ were collected"
fi

step "coresponse presets / new / check / export / verify"
"$CLI" presets | grep -q '^large-city' || fail "presets does not list large-city"
"$CLI" new --preset large-city -o x.yaml
[ -s x.yaml ] || fail "new wrote nothing"
rc=0; "$CLI" check x.yaml >check.txt || rc=$?
[ "$rc" -le 1 ] || fail "check exited $rc"
"$CLI" export x.yaml -o x.pdf
head -c 5 x.pdf | grep -q '%PDF-' || fail "export did not write a PDF"
"$CLI" verify x.pdf >verify.txt || fail "verify exited $? on a fresh charter"
grep -q 'status: INTACT' verify.txt || fail "verify did not report INTACT"
"$CLI" worksheet -o worksheet.pdf
"$CLI" new --preset mid-city -o m.yaml && "$CLI" export x.yaml m.yaml -o batch/ --jobs 2 2>/dev/null
[ -s batch/x.pdf ] && [ -s batch/m.pdf ] || fail "batch export with 2 processes"

step "the Word review copy, a Spanish charter, a shared plan"
"$CLI" export x.yaml -o x.docx >/dev/null || fail "export to .docx failed"
head -c 2 x.docx | grep -q 'PK' || fail "the Word copy is not a .docx (zip) file"
"$CLI" --lang es export x.yaml -o es.pdf >/dev/null || fail "Spanish export failed (Babel data or the es pack missing?)"
"$CLI" --lang es check x.yaml >es-check.txt || true
grep -qi 'impedimento\|advertencia\|sugerencia\|hallazgo' es-check.txt || fail "check --lang es did not speak Spanish"
cp x.yaml shared.yaml && "$CLI" share shared.yaml --as "Smoke Test" >/dev/null || fail "share failed (pycrdt missing?)"
"$CLI" set shared.yaml agency.name="Shared PD" --as "Smoke Test" >/dev/null || fail "set on a shared plan failed"
"$CLI" get shared.yaml agency.name | grep -q 'Shared PD' || fail "get did not return the merged value"

step "launch kit: calendar and datasheet"
"$CLI" calendar x.yaml -o x.ics --tz America/Chicago
grep -q '^RRULE:' x.ics || fail "calendar has no recurring events"
"$CLI" datasheet x.yaml -o x.xlsx
[ -s x.xlsx ] || fail "datasheet wrote nothing"

step "a bad input gives one line and exit 2"
printf 'agency: [unclosed\n' >bad.yaml
rc=0; "$CLI" check bad.yaml 2>err.txt || rc=$?
[ "$rc" -eq 2 ] && [ "$(wc -l <err.txt)" -eq 1 ] && grep -q 'bad.yaml' err.txt || fail "bad input: exit $rc, $(cat err.txt)"

step "coresponse-wizard --exit-after-start (offscreen)"
t0=$(date +%s%N)
"$GUI" --exit-after-start || fail "the window did not start"
t1=$(date +%s%N)
echo "smoke: start to first paint and exit: $(( (t1 - t0) / 1000000 )) ms"
"$GUI" --exit-after-start x.yaml || fail "the window did not open a plan"
"$GUI" --exit-after-start x.pdf || fail "the window did not open a charter"

step "a charter in the preview (QtPdf)"
"$GUI" --exit-after-start --preview x.pdf 2>preview.txt || fail "the preview did not show the charter: $(cat preview.txt)"
grep -Eq ': [1-9][0-9]* pages' preview.txt || fail "preview: $(cat preview.txt)"

echo "smoke.sh: all passed ($DIST)"
