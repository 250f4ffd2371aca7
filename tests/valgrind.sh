#!/usr/bin/env bash
# Valgrind memcheck over the unit tests, the fuzz regressions and the program on every
# kind of input (the sample articles in each output format, HTML, NITF, .docx, .odt,
# JSON Lines, the hostile files, an audit, a batch into SQLite on two threads): fails on
# any memory error or definite leak.  Takes a build without sanitizers:
#
#     tests/valgrind.sh BUILD_DIR
#
# (several minutes: everything runs some 30 times slower under valgrind).
set -u
build=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
if nm "$build/quotesrc" 2>/dev/null | grep -q __asan_init; then
    echo "$build is built with sanitizers, which valgrind cannot run" >&2
    exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
logs=$tmp/logs
mkdir "$logs"
n=0
failed=0
# one run; its log is kept when it fails
vg() { # vg NAME COMMAND...
    local name=$1
    shift
    n=$((n + 1))
    # definite leaks are errors; GLib's and libxml2's one-time allocations are "still
    # reachable" or "possibly lost", which are not
    CK_FORK=no G_DEBUG=gc-friendly valgrind -q --tool=memcheck --leak-check=full \
        --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=99 \
        --suppressions="$root/tests/valgrind.supp" \
        --log-file="$logs/$name.log" "$@" >/dev/null 2>"$logs/$name.err"
    if [ $? -eq 99 ] || [ -s "$logs/$name.log" ]; then
        failed=$((failed + 1))
        echo "FAIL: $name"
        sed 's/^/    /' "$logs/$name.log" | head -n 60
    else
        echo "ok: $name"
    fi
}

for t in "$build"/tests/test_*; do
    vg "unit-$(basename "$t")" "$t"
done
for t in "$build"/tests/replay_*; do
    [ -x "$t" ] && vg "$(basename "$t")" "$t" "fuzz/regressions/${t##*replay_}"
done

python3 tests/formats/make_fixtures.py corpus/iwpr-imu.txt "$tmp/formats" >/dev/null
python3 tests/hostile/make_hostile.py --no-bomb "$tmp/hostile"
qs=$build/quotesrc
for format in json text csv xml; do
    vg "report-$format" "$qs" report --format $format --explain corpus/*.txt
done
vg report-html "$qs" report --format html corpus/iwpr-imu.txt
vg report-formats "$qs" report --format jsonl --include-text "$tmp"/formats/seed.* "$tmp"/formats/bad/*
vg report-hostile "$qs" report --format jsonl "$tmp"/hostile/*.{txt,html,xml,docx,jsonl}
python3 -c "
import json, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({'id': i, 'text': open(p, encoding='utf-8').read()}))" corpus/*.txt >"$tmp/corpus.jsonl"
vg report-jsonl "$qs" report --format jsonl "$tmp/corpus.jsonl"
vg report-stdin bash -c "'$qs' report --format csv - <corpus/iwpr-imu.txt"
vg audit-sarif "$qs" audit --format sarif --fail-on never corpus/*.txt "$tmp/formats/seed.html"
vg audit-policy "$qs" audit --policy "$tmp/hostile/garbage-key.ini" corpus/iwpr-imu.txt
mkdir "$tmp/corpus"
cp corpus/*.txt "$tmp"/formats/seed.* "$tmp/corpus/"
vg batch-db "$qs" batch -q --jobs 2 --db "$tmp/corpus.sqlite" -o "$tmp/batch.jsonl" "$tmp/corpus"
vg sources "$qs" sources --db "$tmp/corpus.sqlite" --format json
echo "$((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
