#!/usr/bin/env bash
# The quotesrc program as a user meets it: help, errors, bad input, exit statuses.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

"$qs" --help >"$tmp/help" 2>&1
check "--help exits 0 and names the report command" grep -q "report" "$tmp/help"
"$qs" report --help >"$tmp/rhelp" 2>&1
check "report --help lists --format and the exit statuses" \
    bash -c "grep -q -- '--format' '$tmp/rhelp' && grep -q 'Exit status' '$tmp/rhelp'"
check "--version" bash -c "'$qs' --version | grep -q '^quotesrc [0-9]'"

"$qs" frobnicate >/dev/null 2>"$tmp/err"
check "unknown command exits 2" test $? -eq 2
"$qs" report --format yaml corpus/iwpr-imu.txt >/dev/null 2>"$tmp/err"
check "unknown format exits 2" test $? -eq 2
check "unknown format is named" grep -q "unknown format 'yaml'" "$tmp/err"

# A missing file is reported and the other files are still processed.
"$qs" report --format jsonl missing.txt corpus/iwpr-imu.txt >"$tmp/out" 2>"$tmp/err"
status=$?
check "missing file: exit 1" test $status -eq 1
check "missing file: message names it" grep -q "^quotesrc: missing.txt: No such file or directory$" "$tmp/err"
check "missing file: the other file is still reported" test "$(wc -l <"$tmp/out")" -eq 1

# Unreadable file (root reads everything, so only check when not root).
if [ "$(id -u)" -ne 0 ]; then
    printf 'Text.\n' >"$tmp/locked.txt"
    chmod 000 "$tmp/locked.txt"
    "$qs" report "$tmp/locked.txt" >/dev/null 2>"$tmp/err"
    check "unreadable file: exit 1 and reason" bash -c "test $? -eq 1 && grep -q 'Permission denied' '$tmp/err'"
fi
"$qs" report "$tmp" >/dev/null 2>"$tmp/err"
check "a directory given as a file is an error" grep -q "Is a directory" "$tmp/err"

# Empty file: an empty report.
: >"$tmp/empty.txt"
"$qs" report --format jsonl "$tmp/empty.txt" >"$tmp/out" 2>"$tmp/err"
check "empty file: exit 0" test $? -eq 0
check "empty file: zero quotes" grep -q '"quotes":\[\]' "$tmp/out"

# Invalid UTF-8 is repaired with a warning.
printf '"We will \xff win the vote,\xc3" said Jane Doe.\n' >"$tmp/bad.txt"
"$qs" report --format jsonl "$tmp/bad.txt" >"$tmp/out" 2>"$tmp/err"
check "invalid UTF-8: exit 0" test $? -eq 0
check "invalid UTF-8: warning names the file" grep -q "bad.txt: warning: 2 invalid UTF-8 sequences replaced with U+FFFD" "$tmp/err"
check "invalid UTF-8: the quote is still found" grep -q '"name":"Jane Doe"' "$tmp/out"
check "invalid UTF-8: output is valid JSON" python3 -c "import json,sys; json.load(open('$tmp/out'))"

# Binary input is refused.
printf 'PK\003\004\000\000\001binary' >"$tmp/file.txt"
"$qs" report "$tmp/file.txt" corpus/iwpr-imu.txt >"$tmp/out" 2>"$tmp/err"
check "binary: exit 1" test $? -eq 1
check "binary: message" grep -q "file.txt: binary file (contains NUL bytes), not analysed" "$tmp/err"

# Standard input and JSON Lines ids.
printf '{"id": "x-1", "text": "\\"We won,\\" said Jane Doe."}\n{"id": "x-2", "text": ""}\nnot json\n' >"$tmp/in.jsonl"
"$qs" report --input-format jsonl --format jsonl - <"$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
check "jsonl: a bad record fails the run (exit 1)" test $? -eq 1
check "jsonl: the bad record is named by line" grep -q "(stdin): line 3: not JSON" "$tmp/err"
check "jsonl: ids kept, good records reported" \
    python3 -c "import json; ids=[json.loads(l)['id'] for l in open('$tmp/out')]; assert ids==['x-1','x-2'], ids"
"$qs" report --format jsonl <corpus/iwpr-imu.txt >"$tmp/out" 2>/dev/null
check "no FILE reads standard input" grep -q '"quotes":\[{' "$tmp/out"

# Unbalanced quotation marks never swallow the document.
printf 'He said: "This never closes.\n\nThe next paragraph is narration. "A real quote," said Jo Smith.\n' >"$tmp/unbalanced.txt"
"$qs" report --format jsonl "$tmp/unbalanced.txt" >"$tmp/out"
check "unbalanced: the later quote keeps its speaker" grep -q '"name":"Jo Smith"' "$tmp/out"

# -o writes the whole report or nothing.
"$qs" report --format json -o "$tmp/report.json" corpus/iwpr-imu.txt
check "-o writes a complete JSON file" python3 -c "import json; d=json.load(open('$tmp/report.json')); assert len(d['quotes'])==d['stats']['quotes']>=19"
check "-o leaves no temporary file" test "$(ls "$tmp" | grep -c 'report.json.tmp')" -eq 0
if [ -w /dev/full ]; then
    "$qs" report corpus/iwpr-imu.txt >/dev/full 2>"$tmp/err"
    check "a full disk is a write error (exit 1)" bash -c "test $? -eq 1 && grep -q 'write error' '$tmp/err'"
fi

# --explain names the rule; --min-confidence trades recall for precision.
"$qs" report --format jsonl --explain corpus/iwpr-imu.txt >"$tmp/explained"
check "--explain adds each quote's rule" grep -q '"rule":"split-quote"\|"rule":"quote-then-cue"' "$tmp/explained"
"$qs" report --format jsonl corpus/iwpr-imu.txt >"$tmp/plain"
check "without --explain there is no rule" bash -c "! grep -q '\"rule\"' '$tmp/plain'"
"$qs" report --format jsonl --min-confidence 0.75 corpus/iwpr-imu.txt >"$tmp/confident"
check "--min-confidence keeps only the confident quotes" python3 -c "
import json
a = json.load(open('$tmp/plain')); b = json.load(open('$tmp/confident'))
assert 0 < len(b['quotes']) < len(a['quotes']), (len(a['quotes']), len(b['quotes']))
assert all(q['confidence'] >= 0.75 for q in b['quotes'])"
"$qs" report --min-confidence 2 corpus/iwpr-imu.txt >/dev/null 2>"$tmp/err"
check "--min-confidence outside 0..1 is a usage error" bash -c "test $? -eq 2 && grep -q 'between 0 and 1' '$tmp/err'"

# -o through a link writes the file it names and keeps the link; a device is written to.
ln -s "$tmp/target.json" "$tmp/link.json"
"$qs" report -o "$tmp/link.json" corpus/iwpr-imu.txt
check "-o through a symlink keeps the link" bash -c "test -L '$tmp/link.json' && test -s '$tmp/target.json'"
"$qs" report -f jsonl -o /dev/null corpus/iwpr-imu.txt
check "-o /dev/null leaves the device alone" test -c /dev/null

printf '{"id": 1.5, "text": "Jo Smith said the port would reopen."}\n' >"$tmp/float.jsonl"
"$qs" report -f jsonl "$tmp/float.jsonl" >"$tmp/out"
check "a numeric id that is not an integer is kept" grep -q '"id":"1.5"' "$tmp/out"
printf '{"id": "z", "text": "He said\\u0000 no."}\n' >"$tmp/nul.jsonl"
"$qs" report "$tmp/nul.jsonl" >/dev/null 2>"$tmp/err"
check "a NUL character in a JSON Lines text is refused" grep -q 'NUL character' "$tmp/err"
cp corpus/harbour-strike.txt "$tmp/$(printf 'caf\xe9.txt')"
"$qs" report -f jsonl "$tmp"/caf*.txt >"$tmp/out"
check "a file name that is not UTF-8 still gives valid JSON" python3 -c "import json; json.load(open('$tmp/out', encoding='utf-8'))"

# stopped by a signal, -o leaves no temporary file behind
python3 -c "print('\"We will win,\" said Jo Smith, a baker. ' * 2000000)" >"$tmp/big.txt"
"$qs" report -o "$tmp/big.json" "$tmp/big.txt" &
pid=$!
sleep 0.5
kill -TERM $pid 2>/dev/null
wait $pid 2>/dev/null
check "a run stopped by SIGTERM leaves no temporary file" test -z "$(ls "$tmp" | grep 'big.json.tmp')"

# --max-size bounds what cannot be measured before reading: a JSON Lines record, a pipe
python3 -c "print('{\"id\": 1, \"text\": \"' + 'a' * (3 << 20) + '\"}')" >"$tmp/long.jsonl"
printf '{"id": 2, "text": "Jo Smith said the port would reopen."}\n' >>"$tmp/long.jsonl"
"$qs" report -f jsonl --max-size 1M "$tmp/long.jsonl" >"$tmp/out" 2>"$tmp/err"
check "a JSON Lines record over --max-size: exit 1" test $? -eq 1
check "... refused by its line" grep -q 'line 1: record over the limit of 1048576 bytes' "$tmp/err"
check "... and the next record reported" grep -q '"id":"2"' "$tmp/out"
{ echo '<html><body><p>'; head -c 3000000 /dev/zero | tr '\0' a; } | "$qs" report --max-size 1M - >/dev/null 2>"$tmp/err"
check "an HTML page on standard input over --max-size: exit 1" test $? -eq 1
check "... said so, not read further" grep -q '(stdin): over the limit of 1048576 bytes' "$tmp/err"

# plain text over --max-size is read in parts cut at paragraph breaks, each a document:
# together they hold the whole file's quotes, at the same lines and columns
"$qs" report -f jsonl corpus/iwpr-imu.txt >"$tmp/whole.jsonl"
"$qs" report -f jsonl --max-size 2K corpus/iwpr-imu.txt >"$tmp/parts.jsonl" 2>"$tmp/err"
check "text over --max-size: read in parts (exit 0), each part said so" \
    bash -c "test $? -eq 0 && test \$(grep -c 'warning: part [12]: .*read in parts' '$tmp/err') -eq 2"
same_quotes() {
    python3 - "$tmp/whole.jsonl" "$1" "$2" <<'PY'
import json, sys
def quotes(path):
    return [(q["line"], q["column"], q["text"], q["speaker"]["text"] if q["speaker"] else None)
            for line in open(path) for q in json.loads(line)["quotes"]]
parts = [json.loads(line)["id"] for line in open(sys.argv[2])]
assert parts == [sys.argv[3] + "#1", sys.argv[3] + "#2"], parts
assert quotes(sys.argv[1]) == quotes(sys.argv[2]), (quotes(sys.argv[1]), quotes(sys.argv[2]))
PY
}
check "... two parts with the whole file's quotes, lines and columns" same_quotes "$tmp/parts.jsonl" iwpr-imu
"$qs" report -f jsonl --max-size 2K - <corpus/iwpr-imu.txt >"$tmp/parts-stdin.jsonl" 2>/dev/null
check "... standard input too" same_quotes "$tmp/parts-stdin.jsonl" ""

"$qs" report --format text corpus/iwpr-imu.txt >"$tmp/out"
check "text format: table and sources" bash -c "grep -q 'Kamiljon Jabbarov' '$tmp/out' && grep -q '^Sources' '$tmp/out'"
finish
