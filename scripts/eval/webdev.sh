#!/usr/bin/env bash
# Scores the real web texts of ../shared/corpus/web-dev, repeatably, from a folder of their texts.
# The texts are never committed: get them back as web-dev/README.md says (the `search` tool,
# corpus `pages`, the manifest's `query`, the result whose url matches), one dNN.txt each, into a
# folder outside the repository. Then:
#   scripts/eval/webdev.sh TEXTS_DIR OUT_DIR
# checks the hashes (a text differing beyond whitespace is dropped), renders exported, scanned and
# noisy PDFs (render-set.sh), imports and exports each kind with the CLI and scores it with
# score.py (score-pdfs.sh), and leaves OUT_DIR/KIND.pages.json for `npm run eval -- --webdev OUT_DIR`.
set -euo pipefail
texts=$1; out=$2
here=$(cd "$(dirname "$0")" && pwd)
webdev=${GLANEUR_WEBDEV:-$here/../../../shared/corpus/web-dev}
checked=$(mktemp -d); trap 'rm -rf "$checked"' EXIT
python3 "$here/check-webdev.py" "$texts" "$webdev/manifest.json" | tee "$checked/report" || true
while read -r id verdict; do
  case "$verdict" in exact|"whitespace only") cp "$texts/$id.txt" "$checked/";; esac
done < "$checked/report"
bash "$here/render-set.sh" "$checked" "$out"
bash "$here/score-pdfs.sh" "$webdev/gold" "$out" exported scanned noisy
