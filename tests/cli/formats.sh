#!/usr/bin/env bash
# Input formats: the seed article as a web page, NITF, .docx and .odt gives the same
# attributions as the plain text, with line:column into the original file; broken and
# hostile files are refused with one line naming them.  Output formats: CSV parses as
# RFC 4180, XML validates against docs/report.rng.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
python3 tests/formats/make_fixtures.py corpus/iwpr-imu.txt "$tmp"
"$qs" report --format json corpus/iwpr-imu.txt >"$tmp/plain.json"

for fixture in seed.html seed.nitf.xml seed.docx seed.odt; do
    "$qs" report --format json "$tmp/$fixture" >"$tmp/$fixture.json"
    check "$fixture gives the plain text's quotes and sources" python3 - "$tmp/plain.json" "$tmp/$fixture.json" <<'PY'
import json, sys
def summary(path):
    d = json.load(open(path))
    names = {s["id"]: s["name"] for s in d["sources"]}
    return sorted((" ".join(q["text"].split()), names.get((q["speaker"] or {}).get("source"))) for q in d["quotes"])
plain, other = summary(sys.argv[1]), summary(sys.argv[2])
assert plain == other, [x for x in plain if x not in other] + ["/"] + [x for x in other if x not in plain]
PY
done
check "the page's title, author and date are in the report" python3 -c "
import json; d = json.load(open('$tmp/seed.html.json'))
assert d['title'] == 'US Fails to Curb IMU Threat' and d['author'] == 'Galima Bukharbaeva' and d['date'] == '2002-06-14', d['title']
assert d['format'] == 'html'"
check "HTML line:column point at each quote in the page" python3 - "$tmp/seed.html" "$tmp/seed.html.json" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for q in json.load(open(sys.argv[2]))["quotes"]:
    at = lines[q["line"] - 1][q["column"] - 1:]
    assert at.startswith(q["text"][:20]), (q["line"], q["column"], at[:30], q["text"][:20])
PY
"$qs" report --format jsonl --include-text "$tmp/seed.html" >"$tmp/with-text.json"
check "--include-text gives the extracted text the offsets count into" python3 -c "
import json; d = json.load(open('$tmp/with-text.json'))
assert all(d['text'][q['start']:q['end']] == q['text'] for q in d['quotes'])
assert d['text'].startswith('US Fails to Curb IMU Threat')"
check "navigation, scripts, cookie banner, aside and footer are left out" \
    bash -c "! grep -q 'lawyers\|editors said\|News said today' '$tmp/seed.html.json'"
check "deleted text of a draft is left out" bash -c "! grep -q 'Deleted words' '$tmp/seed.docx.json'"

# Broken and hostile files: one clear line each, and the run goes on.
for bad in tags-only.html truncated.xml xxe.xml bomb.xml not-a-docx.docx encrypted.docx empty.docx; do
    "$qs" report "$tmp/bad/$bad" corpus/iwpr-imu.txt >"$tmp/out" 2>"$tmp/err"
    status=$?
    check "$bad: exit 1, one line naming it, the next file still reported" bash -c "
        test $status -eq 1 && test \$(wc -l <'$tmp/err') -eq 1 &&
        grep -q '^quotesrc: $tmp/bad/$bad: ' '$tmp/err' && grep -q 'Kamiljon' '$tmp/out'"
done
for hostile in xxe.xml bomb.xml; do
    check "$hostile: entities are refused, never followed" \
        bash -c "'$qs' report '$tmp/bad/$hostile' 2>&1 | grep -q 'entity declarations are refused'"
done
"$qs" report --format jsonl "$tmp/bad/tangled.html" >"$tmp/out" 2>&1
check "tangled HTML is read as well as it can be" grep -q '"name":"Jo Smith"' "$tmp/out"

# Output formats
"$qs" report --format csv corpus/iwpr-imu.txt corpus/harbour-strike.txt >"$tmp/out.csv"
check "CSV: a header row, then one row per quote of every file" python3 - "$tmp/out.csv" "$tmp/plain.json" <<'PY'
import csv, json, sys
raw = open(sys.argv[1], newline="").read()
assert raw.endswith("\r\n") and raw.count("document,quote,kind") == 1
rows = list(csv.DictReader(raw.splitlines(keepends=True)))
seed = [r for r in rows if r["document"] == "iwpr-imu"]
plain = json.load(open(sys.argv[2]))["quotes"]
assert [r["text"] for r in seed] == [q["text"] for q in plain]
first = next(r for r in seed if r["text"].startswith('"In the course'))
assert first["source"] == "Kamiljon Jabbarov" and first["cue"] == "said", first
PY
if command -v xmllint >/dev/null; then
    "$qs" report --format xml --explain corpus/*.txt "$tmp/seed.html" "$tmp/seed.docx" >"$tmp/out.xml"
    check "XML validates against docs/report.rng" xmllint --noout --relaxng docs/report.rng "$tmp/out.xml"
fi
"$qs" report --format html corpus/iwpr-imu.txt corpus/harbour-strike.txt >/dev/null 2>"$tmp/err"
check "HTML takes one document a page" bash -c "test $? -eq 1 && grep -q 'one page' '$tmp/err'"
# libxml2 and libarchive are opened on first use (analyzer/dynload.h): plain text
# starts without them, and a page read when libxml2 cannot be opened is refused by name.
loaded() { LD_DEBUG=files "$@" 2>&1 >/dev/null | grep -oE "lib(xml2|archive)\.so" | sort -u | tr '\n' ' '; }
check "plain text loads neither libxml2 nor libarchive" test -z "$(loaded "$qs" report corpus/iwpr-imu.txt)"
check "a web page loads libxml2 only" test "$(loaded "$qs" report "$tmp/seed.html")" = "libxml2.so "
check "a .docx loads both" test "$(loaded "$qs" report "$tmp/seed.docx")" = "libarchive.so libxml2.so "
mkdir "$tmp/broken-libs"
echo "not a library" >"$tmp/broken-libs/libxml2.so.2"
LD_LIBRARY_PATH="$tmp/broken-libs" "$qs" report "$tmp/seed.html" corpus/iwpr-imu.txt >"$tmp/nolib.json" 2>"$tmp/nolib.err"
status=$?
check "without a loadable libxml2, a page is refused with the reason" grep -q "seed.html: reading HTML needs a library that could not be loaded: .*libxml2\.so" "$tmp/nolib.err"
check "... the run fails, and the text file after it is still reported" test "$status" -ne 0 -a -s "$tmp/nolib.json"
LD_LIBRARY_PATH="$tmp/broken-libs" "$qs" report --format xml corpus/iwpr-imu.txt >"$tmp/nolib.xml" 2>"$tmp/nolib-xml.err"
status=$?
check "without libxml2, XML output is refused up front: exit 1, one message, nothing written" \
    test "$status" -eq 1 -a ! -s "$tmp/nolib.xml" -a "$(wc -l <"$tmp/nolib-xml.err")" -eq 1
check "... naming what needs it" grep -q "XML output needs a library that could not be loaded" "$tmp/nolib-xml.err"

finish
