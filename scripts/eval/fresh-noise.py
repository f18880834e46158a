#!/usr/bin/env python3
"""Fresh OCR noise over page dumps: the eval's noisy kind with other draws of the same error profile.

usage: fresh-noise.py SEED_BASE OUT_ROOT DUMP_ROOT/SET [DUMP_ROOT/SET …]

For each set folder (the page dumps `npm run eval` reads: SET/exported.pages.json), writes
OUT_ROOT/SET/noisy.pages.json: every page of the exported dump passed line by line through
../shared/tools/ocr_noise.py (level `real`, seed SEED_BASE + the document's index), and links
OUT_ROOT/SET/exported.pages.json to the original. Score it with
`npm run eval -- --web SET=OUT_ROOT/SET …`: the noisy cells then measure the OCR repairs on noise
that no rule was tuned on (the eval's own noisy PDFs always draw seeds 1..15, so rules fitted to
them may fit those draws only). The noise goes over the text as the PDF reader returned it, not
before rendering as render-set.sh does: line breaks are the exported PDF's. Set GLANEUR_TOOLS to the
folder of ocr_noise.py when it is not ../shared/tools from the repository root.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("GLANEUR_TOOLS", os.path.join(HERE, "..", "..", "..", "shared", "tools")))
from ocr_noise import Noiser  # noqa: E402


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    base, out_root, sets = int(argv[0]), argv[1], argv[2:]
    for folder in sets:
        name = os.path.basename(os.path.normpath(folder))
        source = os.path.join(folder, "exported.pages.json")
        with open(source, encoding="utf-8") as handle:
            documents = json.load(handle)
        noisy = []
        for index, document in enumerate(documents):
            noiser = Noiser(base + index, "real")
            pages = []
            for page in document["pages"]:
                lines = page["text"].split("\n")
                text = "\n".join(noiser.line(line, number + 1000 * page["page"]) for number, line in enumerate(lines))
                pages.append({**page, "text": text})
            noisy.append({**document, "pages": pages})
        target = os.path.join(out_root, name)
        os.makedirs(target, exist_ok=True)
        with open(os.path.join(target, "noisy.pages.json"), "w", encoding="utf-8") as handle:
            json.dump(noisy, handle, ensure_ascii=False)
        link = os.path.join(target, "exported.pages.json")
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(source), link)
        print(f"{name}: {len(noisy)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
