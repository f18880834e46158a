"""Checks texts retrieved for ../shared/corpus/web-dev against its manifest (see its README).
usage: python3 check-webdev.py TEXTS_DIR MANIFEST.json — prints one line per text and exits 1
when a text is missing or differs beyond whitespace (drop it, as the README says)."""
import hashlib, json, re, sys, unicodedata, os

texts, manifest = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
bad = 0
for m in manifest:
    path = os.path.join(texts, f"{m['id']}.txt")
    if not os.path.exists(path):
        print(m["id"], "MISSING"); bad += 1; continue
    t = open(path, encoding="utf-8").read()
    exact = hashlib.sha256(t.encode()).hexdigest() == m["excerpt_sha256"]
    norm = hashlib.sha256(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", t)).strip().encode()).hexdigest() == m["excerpt_sha256_norm"]
    print(m["id"], "exact" if exact else "whitespace only" if norm else "DIFFERENT TEXT: drop it")
    bad += 0 if exact or norm else 1
sys.exit(1 if bad else 0)
