#!/usr/bin/env bash
# Renders a folder of texts (ID.txt, ID = first 3 characters of the name) into the three kinds of
# PDF the eval scores: OUT/exported/ID.pdf (text layer), OUT/scanned/ID-scan.pdf (page images, no
# text layer) and OUT/noisy/ID.pdf (the text passed through ocr_noise.py at the `real` level, then
# exported: a noisy text layer, as a real OCR'd PDF looks to the text-layer reader).
# usage: render-set.sh TEXTS_DIR OUT_DIR [ID-rendered-as-slides …]
# Needs ../shared/tools (make_pdfs.sh, ocr_noise.py) and the Debian packages they list.
set -euo pipefail
texts=$1; out=$2; shift 2
slides=" $* "
here=$(cd "$(dirname "$0")" && pwd)
tools=${GLANEUR_TOOLS:-$here/../../../shared/tools}
[ -f "$tools/make_pdfs.sh" ] || { echo "make_pdfs.sh not found in $tools (set GLANEUR_TOOLS)" >&2; exit 2; }
mkdir -p "$out/exported" "$out/scanned" "$out/noisy"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
seed=0
for txt in "$texts"/*.txt; do
  id=$(basename "$txt" .txt); seed=$((seed + 1))
  style=news; case "$slides" in *" $id "*) style=slides;; esac
  bash "$tools/make_pdfs.sh" "$style" "$txt" "$work/clean" "$id" "$seed"
  mv "$work/clean/$id.pdf" "$out/exported/$id.pdf"; mv "$work/clean/$id-scan.pdf" "$out/scanned/$id-scan.pdf"
  python3 "$tools/ocr_noise.py" --seed "$seed" --level real "$txt" "$work/$id-noisy.txt" 2>/dev/null
  bash "$tools/make_pdfs.sh" "$style" "$work/$id-noisy.txt" "$work/noisy" "$id" "$seed"
  mv "$work/noisy/$id.pdf" "$out/noisy/$id.pdf"
  echo "$id ($style)"
done
