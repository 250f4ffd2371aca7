#!/usr/bin/env bash
# A 50 MB file on one line, and 50 MB of quotation marks, complete without
# quadratic slowdown: each must finish within the test's time limit, and the line
# must be analysed in full.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sentence='"The port will reopen on Monday," said Maria Okafor, a union spokeswoman. '
python3 -c "
import sys
s = sys.argv[1]
n = 50 * 1024 * 1024 // len(s)
open(sys.argv[2], 'w').write(s * n)
open(sys.argv[3], 'w').write('\"' * (50 * 1024 * 1024))
" "$sentence" "$tmp/line.txt" "$tmp/marks.txt"
expected=$(( 50 * 1024 * 1024 / ${#sentence} ))
timeout 120 "$qs" report --format jsonl "$tmp/line.txt" >"$tmp/out"
check "50 MB single line completes" test $? -eq 0
check "every sentence of the line is reported" \
    python3 -c "import json; d=json.load(open('$tmp/out')); assert d['stats']['quotes']==$expected, d['stats']"
timeout 120 "$qs" report --format jsonl "$tmp/marks.txt" >"$tmp/out"
check "50 MB of quotation marks completes" test $? -eq 0
finish
