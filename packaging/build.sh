#!/usr/bin/env bash
# Build dist/coresponse/ (the window and the command line in one folder) with PyInstaller,
# from a fresh clone: uv installs the locked dependencies and the `build` group (PyInstaller).
#   bash packaging/build.sh            # prints the build time and the folder size
# Works on Linux (verified), and runs as-is on macOS (also makes the .app) and in Git Bash
# on Windows; the README has the signing and installer steps for those.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v uv >/dev/null 2>&1; then
  echo "build.sh: uv is not installed (https://docs.astral.sh/uv/, or: python3 -m pip install uv)" >&2
  exit 2
fi

start=$(date +%s)
uv sync --quiet --group build
rm -rf dist/coresponse build/pyinstaller
# The window's translations: translations/*.ts (pyside6-lupdate over ui/) compiled to
# resources/translations/*.qm, which are also committed so a source checkout runs in Spanish.
for ts in translations/*.ts; do
  uv run pyside6-lrelease -silent "$ts" -qm "resources/translations/$(basename "${ts%.ts}").qm"
done
uv run --group build pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coresponse.spec
end=$(date +%s)

for exe in dist/coresponse/coresponse dist/coresponse/coresponse-wizard; do
  [ -x "$exe" ] || [ -x "$exe.exe" ] || { echo "build.sh: $exe was not built" >&2; exit 1; }
done
size=$(du -sm dist/coresponse | cut -f1)
echo "build.sh: built dist/coresponse/ in $((end - start)) s, ${size} MB (PyInstaller $(uv run --group build pyinstaller --version))"
