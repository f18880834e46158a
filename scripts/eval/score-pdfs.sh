#!/usr/bin/env bash
# Scores rendered PDFs end to end, as a user gets them: for each kind (a folder of PDF_ROOT made by
# render-set.sh), `glaneur import` into a fresh corpus, `glaneur export`, then score.py against GOLD_DIR.
# usage: score-pdfs.sh GOLD_DIR PDF_ROOT [KIND …]   (kinds default to: exported scanned noisy)
# Also writes PDF_ROOT/KIND.csv (the export) and PDF_ROOT/KIND.pages.json (page texts, for npm run eval).
set -euo pipefail
gold=$1; root=$2; shift 2
kinds=${*:-exported scanned noisy}
here=$(cd "$(dirname "$0")" && pwd); repo=$here/../..
scorer=$repo/../shared/corpus/score.py; [ -f "$scorer" ] || scorer=$repo/fixtures/corpus/score.py
for kind in $kinds; do
  [ -d "$root/$kind" ] || continue
  db=$(mktemp -u --suffix=.glaneur)
  node "$repo/bin/glaneur.js" import --db "$db" "$root/$kind" > "$root/$kind.import.log" 2>&1 || true
  node "$repo/bin/glaneur.js" export --db "$db" --out "$root/$kind.csv" > /dev/null
  python3 - "$db" "$root/$kind.pages.json" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1]); out = []
for doc_id, name in db.execute("SELECT id, file_name FROM documents ORDER BY file_name"):
    rows = db.execute("SELECT number, source, text FROM pages WHERE document_id = ? ORDER BY number", (doc_id,))
    out.append({"file": name, "pages": [{"page": n, "source": s, "text": t} for n, s, t in rows]})
json.dump(out, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
  rm -f "$db" "$db"-*
  echo "## $kind"; python3 "$scorer" "$gold" "$root/$kind.csv"
done
