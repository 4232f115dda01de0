#!/usr/bin/env bash
# CI: build the wheel and the one-folder bundle, then start both from outside the repository:
# the wheel in a fresh venv answers the command line; the bundle prints its versions, renders
# the window offscreen and exports without a display. Usage: bash .ci/smoke_bundle.sh
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
outside="$scratch/elsewhere"
mkdir -p "$outside"

# From the clone's top folder, where python3 -m finds the package without an install.
(cd "$checkout" && python3 -m cqdesk.bundle --work "$scratch/work" --dist "$scratch/dist")
cd "$outside"  # nothing of the checkout is on a path from here

echo "== the wheel, installed in a fresh venv, run from $outside"
"$scratch/work/venv/bin/cqdesk" --version
"$scratch/work/venv/bin/cqdesk" search 24.33 --format tsv | cut -f1,3 | head -3

echo "== the bundle, run from $outside"
bundle="$scratch/dist/cqdesk/cqdesk"
"$bundle" --version | tee versions.txt
grep -q '^pyqtgraph [0-9]' versions.txt
"$bundle" show rural-online-retail-sales --format json > fact.json
grep -q '"value": 24330000000' fact.json
"$bundle" --screenshot window.png --category rural-ecommerce --fact rural-online-retail-sales
test "$(head -c 8 window.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a  # a PNG
test "$(stat -c %s window.png)" -gt 20000  # a drawn window, not an empty image
QT_QPA_PLATFORM=offscreen "$bundle" export --format csv --place banan -o banan.csv
grep -q '^banan-' banan.csv
"$bundle" export --format datapackage -o package
if [ -x "$checkout/.venv/bin/frictionless" ]; then
  "$checkout/.venv/bin/frictionless" validate package/datapackage.json >/dev/null
  echo "the bundle's data package validates"
fi
echo "bundle smoke test passed"
