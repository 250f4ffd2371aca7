#!/usr/bin/env bash
# A 50 MB file on one line, 50 MB of quotation marks, 20 MB of reported speech (also as
# an HTML page) and a page of 100,000 paragraphs complete without quadratic slowdown:
# each must finish within its time limit, and the text must be analysed in full.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
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
# reported speech and markup have their own paths through the pipeline
python3 -c "
import sys
s = 'Franks added that remnants of the IMU remained on Afghan territory. '
open(sys.argv[1], 'w').write(s * (20 * 1024 * 1024 // len(s)))
p = ['<p>Paragraph %d: Okafor said the port would reopen on Monday.</p>' % i for i in range(100000)]
open(sys.argv[2], 'w').write('<html><body><article>\\n' + '\\n'.join(p) + '\\n</article></body></html>\\n')
" "$tmp/indirect.txt" "$tmp/page.html"
timeout 120 "$qs" report --format jsonl "$tmp/indirect.txt" >/dev/null
check "20 MB of reported speech completes" test $? -eq 0
timeout 120 "$qs" report --format html "$tmp/indirect.txt" >/dev/null
check "its HTML page completes" test $? -eq 0
timeout 120 "$qs" report --format jsonl "$tmp/page.html" >"$tmp/out"
check "a page of 100,000 paragraphs completes, its lines counted past 65535" \
    python3 -c "import json; d = json.load(open('$tmp/out')); assert d['quotes'][-1]['line'] == 100001, d['quotes'][-1]['line']"
finish
