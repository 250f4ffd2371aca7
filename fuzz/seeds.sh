#!/usr/bin/env bash
# Assembles the seed corpus of each fuzz target in OUTDIR/TARGET from the repository's
# own inputs: the sample articles of corpus/, the audit drafts and policies of tests/,
# the format fixtures (tests/formats/make_fixtures.py) and the hostile files
# (tests/hostile/make_hostile.py, without the zip bomb).
#
#     fuzz/seeds.sh OUTDIR
set -eu
out=$1
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$out"/{text,parts,html,xml,docx,jsonl,policy} "$out/fixtures" "$out/hostile"
python3 "$root/tests/formats/make_fixtures.py" "$root/corpus/iwpr-imu.txt" "$out/fixtures"
python3 "$root/tests/hostile/make_hostile.py" --no-bomb "$out/hostile"
f=$out/fixtures h=$out/hostile

cp "$root"/corpus/*.txt "$h"/*.txt "$out/text/"
for d in "$root"/tests/audit/*/; do cp "$d/draft.txt" "$out/text/$(basename "$d").txt"; done
# parts: the sample articles and hostile texts behind a first byte that sets the limit
# (16 + 4 x byte: 16, 216, 536 and 1036 bytes)
for article in "$root"/corpus/*.txt "$h"/*.txt; do
    for byte in '\000' '\062' '\202' '\377'; do
        { printf "$byte"; cat "$article"; } >"$out/parts/$(basename "$article" .txt)-$(printf '%s' "$byte" | tr -d '\\').txt"
    done
done
cp "$f/seed.html" "$f"/bad/*.html "$h"/*.html "$out/html/"
cp "$f/seed.nitf.xml" "$f"/bad/*.xml "$h"/*.xml "$out/xml/"
cp "$f/seed.docx" "$f/seed.odt" "$f"/bad/*.docx "$h"/*.docx "$out/docx/"
cp "$h"/*.jsonl "$out/jsonl/"
# the sample articles as JSON Lines records, two to a file
python3 - "$out/jsonl" "$root"/corpus/*.txt <<'PY'
import json, os, sys
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
for i in range(0, len(texts), 2):
    with open(os.path.join(sys.argv[1], f"corpus-{i}.jsonl"), "w") as f:
        for j, t in enumerate(texts[i:i + 2]):
            f.write(json.dumps({"id": i + j, "text": t}) + "\n")
PY
for ini in "$root"/tests/audit/*/.quotesrc.ini; do
    cp "$ini" "$out/policy/$(basename "$(dirname "$ini")").ini"
done
cp "$h"/garbage-[!h]*.ini "$out/policy/" # not garbage-huge.ini: 1.6 MB would set the length fuzzed
printf '[rules]\nloaded-verb = off\nanonymous-source = error\n[thresholds]\nmin-named-sources = 3\nmax-anonymous-share = 0.25\n[words]\nanonymous-words = authorities;officials\nloaded-verbs = claimed; admitted\n' >"$out/policy/full.ini"
rm -rf "$out/fixtures" "$out/hostile"
