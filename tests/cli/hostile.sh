#!/usr/bin/env bash
# Hostile input (tests/hostile/make_hostile.py): entities reaching for a secret file,
# entity bombs, 10,000-deep nesting, zip bombs and '..' paths in drafts, a 2 GB sparse
# file, broken UTF-8 in every field, NULs, CR line ends, right-to-left marks, garbage
# policies.  Each gets one clear line of error or a correct report, within a time and
# memory limit, with the exit status --help documents.
set -u
qs=$(realpath "$1") # the zip-slip check runs it from another folder
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
h=$tmp/hostile
python3 tests/hostile/make_hostile.py "$h"
marker=QS-SECRET-MARKER-7f3a
# Peak memory allowed (KiB): the zip bomb unpacks to its 256 MiB limit, anything else
# stays small; sanitizer builds need more (QS_HOSTILE_RSS_SCALE=3 for ASan).
scale=${QS_HOSTILE_RSS_SCALE:-1}
small_rss=$((150 * 1024 * scale))
bomb_rss=$((600 * 1024 * scale))

# run NAME ARGS...: quotesrc ARGS with a time limit, into $tmp/NAME.{out,err,status,rss}
# (the peak resident memory in KiB, as getrusage gives it)
run() {
    local name=$1
    shift
    python3 - "$tmp/$name" "$qs" "$@" <<'PY'
import resource, subprocess, sys
base = sys.argv[1]
with open(base + ".out", "wb") as out, open(base + ".err", "wb") as err:
    try:
        status = subprocess.run(sys.argv[2:], stdout=out, stderr=err, timeout=60).returncode
    except subprocess.TimeoutExpired:
        status = "timeout"
open(base + ".status", "w").write(f"{status}\n")
open(base + ".rss", "w").write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\n")
PY
}
status_is() { [ "$(cat "$tmp/$1.status")" = "$2" ]; }
rss_below() { test "$(cat "$tmp/$1.rss")" -lt "$2"; }
# exactly one line of error, naming the file and saying why
one_error() { test "$(wc -l <"$tmp/$1.err")" -eq 1 && grep -q "^quotesrc: $2: .*$3" "$tmp/$1.err"; }
no_marker() { ! grep -q "$marker" "$tmp/$1.out" "$tmp/$1.err"; }
# every quote's line:column points at its text in FILE (lines end at LF, CRLF or CR)
# and the speakers are the expected ones, in order
quotes_are() {
    python3 - "$tmp/$1.out" "$2" "$3" <<'PY'
import json, re, sys
out, path, expected = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
raw = open(path, "rb").read().decode("utf-8", "replace")
lines = re.split("\r\n|\r|\n", raw)
got = []
for line in open(out, encoding="utf-8"):
    for q in json.loads(line)["quotes"]:
        at = lines[q["line"] - 1][q["column"] - 1:]
        assert at.startswith(q["text"][:8]), (q["line"], q["column"], at[:20], q["text"])
        got.append(q["speaker"]["text"] if q["speaker"] else "-")
assert got == expected, got
PY
}
# refused NAME FILE STATUS PATTERN: exit STATUS, one line naming FILE and matching
# PATTERN, no secret leaked, small memory
refused() {
    status_is "$1" "$3" && one_error "$1" "$2" "$4" && no_marker "$1" && rss_below "$1" $small_rss
}
# reported NAME [SPEAKER]: exit 0, valid UTF-8 JSON lines, no secret, the speaker found
reported() {
    status_is "$1" 0 && valid_json_lines "$1" && no_marker "$1" &&
        { [ $# -lt 2 ] || grep -q "\"name\":\"$2\"" "$tmp/$1.out"; }
}
valid_json_lines() { python3 -c "
import json, sys
for line in open(sys.argv[1], encoding='utf-8', errors='strict'): json.loads(line)" "$tmp/$1.out"; }

# ---- entities: nothing is read from disk or the network --------------------------------
for f in xxe-system.xml xxe-parameter.xml xxe-utf16.xml xxe.docx billion-laughs.xml \
    billion-laughs-utf16.xml billion-laughs.docx quadratic.xml; do
    run "$f" report --format jsonl "$h/$f"
    check "$f: refused (exit 1), one line, no secret, bounded" \
        refused "$f" "$h/$f" 1 'entity declarations are refused\|entity reference loop'
done
for f in xxe-external-dtd.xml xxe-http.xml xinclude.xml; do
    run "$f" report --format jsonl "$h/$f"
    check "$f: reported without what a DTD or an include would bring" reported "$f" "Jo Smith"
done
run xxe.html report --format jsonl "$h/xxe.html"
check "xxe.html: HTML declares no entities" reported xxe.html
# the secret as named pipes: opening one for reading would block until the timeout
rm "$h/secret.txt" "$h/secret.dtd"
mkfifo "$h/secret.txt" "$h/secret.dtd"
: >"$tmp/fifo.status"
for f in xxe-system.xml xxe-parameter.xml xxe-external-dtd.xml xinclude.xml xxe-utf16.xml xxe.html xxe.docx; do
    timeout 5 "$qs" report --format jsonl "$h/$f" >/dev/null 2>&1
    echo $? >>"$tmp/fifo.status"
done
check "no entity, DTD or include file is even opened" bash -c "! grep -qx 124 '$tmp/fifo.status'"

# ---- nesting 10,000 deep: refused with the parser's reason, not reported cut short ------
for f in deep.html deep-unclosed.html deep.xml deep.docx; do
    run "$f" report --format jsonl "$h/$f" corpus/iwpr-imu.txt
    check "$f: refused (exit 1) naming the depth, the next file still reported" \
        bash -c "grep -q Kamiljon '$tmp/$f.out'" && check "... bounded" refused "$f" "$h/$f" 1 'Excessive depth'
done

# ---- drafts: a zip bomb and '..' paths ---------------------------------------------------
run bomb report --format jsonl "$h/zip-bomb.docx"
check "zip bomb: refused at the unpacking limit" one_error bomb "$h/zip-bomb.docx" 'unpacks to more than 256 MiB'
check "zip bomb: exit 1, memory bounded" bash -c "test \$(cat '$tmp/bomb.status') = 1 && test \$(cat '$tmp/bomb.rss') -lt $bomb_rss"
rm -f /tmp/qs-zip-slip*.txt
mkdir -p "$tmp/a/b/c/d"
(cd "$tmp/a/b/c/d" && "$qs" report --format jsonl "$h/zip-slip.docx" >"$tmp/slip.out" 2>"$tmp/slip.err")
echo $? >"$tmp/slip.status"
check "'..' and absolute members: the body is read" reported slip "Jo Smith"
check "'..' and absolute members: nothing is written anywhere" \
    bash -c "! ls /tmp/qs-zip-slip*.txt 2>/dev/null && test -z \"\$(find '$tmp/a' -type f)\""
run slip-member report "$h/zip-slip-member.docx"
check "'../word/document.xml' is not the body" refused slip-member "$h/zip-slip-member.docx" 1 'no word/document.xml'

# ---- a 2 GB sparse file: what is read whole is refused unread; plain text is read in
# parts, and the first, all NUL bytes, stops it as binary -----------------------------------
truncate -s 2G "$tmp/sparse.txt" "$tmp/sparse.html" "$tmp/sparse.docx"
for f in sparse.html sparse.docx; do
    run "$f" report "$tmp/$f"
    check "2 GB $f: refused over --max-size (exit 1) without reading it" \
        refused "$f" "$tmp/$f" 1 'over the limit of 67108864 bytes (--max-size)'
done
run sparse.txt report "$tmp/sparse.txt"
check "2 GB sparse.txt: its first part refused as binary, the rest unread (exit 1), bounded" \
    refused sparse.txt "$tmp/sparse.txt" 1 'binary file'
run sparse-audit audit "$tmp/sparse.html"
check "audit: a file over --max-size is input that cannot be read (exit 2)" \
    refused sparse-audit "$tmp/sparse.html" 2 'max-size'
mkdir "$tmp/folder"
cp corpus/iwpr-imu.txt "$tmp/folder/"
ln "$tmp/sparse.html" "$tmp/folder/sparse.html"
run sparse-batch batch -q --jobs 2 "$tmp/folder"
check "batch: the file over --max-size is an error line, the others analysed (exit 1)" python3 -c "
import json
lines = [json.loads(l) for l in open('$tmp/sparse-batch.out')]
assert open('$tmp/sparse-batch.status').read().strip() == '1'
assert lines[0]['id'] == 'iwpr-imu' and 'max-size' in lines[1]['error'], lines"
check "batch: memory bounded" rss_below sparse-batch $small_rss
rm "$tmp/folder/sparse.html"
python3 -c "print('<html><body>' + '<p>Jo Smith said the port would reopen.</p>' * 50 + '</body></html>')" >"$tmp/page.html"
check "--max-size sets the limit" bash -c "'$qs' report --max-size 4K '$tmp/page.html' >/dev/null &&
    ! '$qs' report --max-size 1K '$tmp/page.html' >/dev/null 2>&1"
"$qs" report --max-size 12Q corpus/iwpr-imu.txt >/dev/null 2>"$tmp/err"
check "a bad --max-size is a usage error (exit 2)" bash -c "test $? -eq 2 && grep -q 'max-size' '$tmp/err'"

# ---- broken UTF-8 in every field ---------------------------------------------------------
run utf8-text report --format jsonl "$h/invalid-utf8.txt"
check "text: every bad sequence (overlong, surrogate, over U+10FFFF) replaced and counted" \
    grep -q 'invalid-utf8.txt: warning: 21 invalid UTF-8 sequences replaced with U+FFFD' "$tmp/utf8-text.err"
check "text: each quote found, at its line:column" quotes_are utf8-text "$h/invalid-utf8.txt" \
    "Jo Smith,Jo Smith,Jo Smith,Jo Smith,Jo Smith,Jo Smith,Jo Smith,Jo Smith"
check "text: overlong forms not decoded: no '/' and no NUL smuggled into a quote" python3 -c "
import json
for q in json.load(open('$tmp/utf8-text.out'))['quotes']: assert '/' not in q['text'] and '\0' not in q['text'], q"
run utf8-jsonl report --format jsonl "$h/invalid-utf8.jsonl"
check "JSON Lines: a record that is not UTF-8 is named, the next one reported (exit 1)" \
    bash -c "grep -q '\"id\":\"ok\"' '$tmp/utf8-jsonl.out'" &&
    check "... one line" refused utf8-jsonl "$h/invalid-utf8.jsonl" 1 'line 1: not JSON'
run surrogates report --format jsonl "$h/surrogates.jsonl"
check "JSON Lines: lone and reversed \\u surrogates refused by line, a real pair kept" bash -c "
    test \$(cat '$tmp/surrogates.status') -eq 1 &&
    grep -q 'line 1: not JSON' '$tmp/surrogates.err' && grep -q 'line 3: not JSON' '$tmp/surrogates.err' &&
    test \$(wc -l <'$tmp/surrogates.out') -eq 1 && grep -q \$'\\xf0\\x9f\\x98\\x80' '$tmp/surrogates.out'"
run utf8-html report --format jsonl "$h/invalid-utf8.html"
check "HTML declared UTF-8: title, author and text repaired, not read as Latin-1" python3 -c "
import json
d = json.load(open('$tmp/utf8-html.out', encoding='utf-8'))
assert d['author'] == 'Jo \ufffd\ufffd Smith' and d['title'] == 'T\ufffd\ufffd\ufffd', (d['author'], d['title'])
assert d['quotes'][0]['text'] == '\"We will ' + '\ufffd' * 5 + ' win,\"', d['quotes'][0]['text']
assert d['warnings'] == ['invalid UTF-8 replaced with U+FFFD (the page declares UTF-8)']"
for f in invalid-utf8.xml invalid-utf8.docx charrefs.xml; do
    run "$f" report "$h/$f"
    check "$f: not well-formed XML, refused (exit 1)" refused "$f" "$h/$f" 1 'malformed XML'
done
run charrefs report --format jsonl "$h/charrefs.html"
check "HTML: &#0;, surrogate and out-of-range references leave no bad character" reported charrefs "Jo Smith"
name=$(printf 'name-\xff\xfe-\xc0\xaf.txt')
cp corpus/harbour-strike.txt "$tmp/folder/$name"
for format in json jsonl csv xml html text; do
    "$qs" report --format $format "$tmp/folder/$name" >"$tmp/name.$format" 2>/dev/null
    check "a file name that is not UTF-8: a valid UTF-8 $format report" bash -c "
        test $? -eq 0 && iconv -f UTF-8 -t UTF-8 '$tmp/name.$format' >/dev/null && grep -q 'name-' '$tmp/name.$format'"
done
"$qs" audit --format sarif --fail-on never "$tmp/folder/$name" >"$tmp/name.sarif"
check "... and a valid SARIF log" python3 -c "import json; json.load(open('$tmp/name.sarif', encoding='utf-8'))"
"$qs" batch -q --jobs 1 "$tmp/folder" >"$tmp/name-batch.out" 2>/dev/null
check "... and valid batch JSON lines" valid_json_lines name-batch

# ---- NUL bytes ----------------------------------------------------------------------------
run nul-text report "$h/nul.txt"
check "NUL in text: refused as binary (exit 1)" refused nul-text "$h/nul.txt" 1 'binary file'
run nul-jsonl report --format jsonl "$h/nul.jsonl"
check "NUL in JSON Lines, raw or \\u0000: those records refused by line, the next reported" bash -c "
    test \$(cat '$tmp/nul-jsonl.status') -eq 1 && grep -q 'line 1: NUL byte' '$tmp/nul-jsonl.err' &&
    grep -q 'line 2: NUL character' '$tmp/nul-jsonl.err' && grep -q '\"id\":\"ok\"' '$tmp/nul-jsonl.out'"
run nul-html report --format jsonl "$h/nul.html"
check "NUL in HTML: dropped by the parser, none in the report" reported nul-html "Jo Smith"
check "... not even escaped" bash -c "! grep -q 'u0000' '$tmp/nul-html.out'"

# ---- line ends and right-to-left marks: line:column stay right ---------------------------
for f in crlf.txt cr.txt crlf.html cr.html cr.xml; do
    run "$f" report --format jsonl "$h/$f"
    check "$f: line:column of every quote point at it" quotes_are "$f" "$h/$f" "Jo Smith,Ann Lee"
done
run rtl report --format jsonl "$h/rtl.txt"
check "right-to-left text and marks: a valid report" reported rtl "Ann Lee"
check "... both quotes and their speakers, past the marks" quotes_are rtl "$h/rtl.txt" "Jo Smith,Ann Lee"
check "... with line:column right" python3 -c "
import json
q = json.load(open('$tmp/rtl.out'))['quotes'][-1]
assert (q['line'], q['column'], q['speaker']['text']) == (3, 43, 'Ann Lee'), q"

# ---- garbage policies --------------------------------------------------------------------
for f in garbage-binary.ini garbage-text.ini garbage-utf8.ini garbage-key.ini garbage-numbers.ini; do
    run "$f" audit --policy "$h/$f" corpus/iwpr-imu.txt
    check "$f: a bad policy (exit 2), one line naming it" refused "$f" "$h/$f" 2 ''
    check "... in UTF-8" iconv -f UTF-8 -t UTF-8 "$tmp/$f.err" -o /dev/null
done
run garbage-huge audit --policy "$h/garbage-huge.ini" --fail-on never corpus/iwpr-imu.txt
check "a policy of 200,000 words: read in bounded time and memory" bash -c "
    test \$(cat '$tmp/garbage-huge.status') = 0 && test \$(cat '$tmp/garbage-huge.rss') -lt $small_rss"

check "no GLib critical or warning, no sanitizer report, on any hostile input" \
    bash -c "! cat '$tmp'/*.err | grep -q 'CRITICAL\|GLib-WARNING\|runtime error\|Sanitizer'"
finish
