#!/usr/bin/env bash
# Output that cannot be written: a full disk (a small tmpfs, mounted in a mount namespace
# of this test's own so that it goes away with it) and a closed pipe.  Every command must
# say so and exit non-zero, and never leave a truncated file looking complete: -o files
# are not there at all, a database holds whole files only.  Skipped (77) where mount
# namespaces may not be made.
set -u
if [ -z "${QS_FAULTS_NS:-}" ]; then
    unshare -m true 2>/dev/null || { echo "skip: unshare -m is not permitted here"; exit 77; }
    QS_FAULTS_NS=1 exec unshare -m bash "$0" "$@"
fi
qs=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
full=$tmp/full
mkdir "$full"
mount -t tmpfs -o size=256k tmpfs "$full" || { echo "skip: cannot mount a tmpfs"; exit 77; }
trap 'umount "$full"; rm -rf "$tmp"' EXIT
# what is left free holds the start of a report, not a whole one
head -c 236K /dev/zero >"$full/filler"
mkdir "$tmp/corpus"
cp corpus/*.txt "$tmp/corpus/"
for i in $(seq 40); do cp corpus/iwpr-imu.txt "$tmp/corpus/copy-$i.txt"; done

# failed NAME STATUS: the run exited STATUS and said why in one line
failed() {
    test "$(cat "$tmp/$1.status")" -eq "$2" && grep -q "No space left on device\|disk is full\|disk I/O error\|Broken pipe" "$tmp/$1.err"
}
only_filler() { [ "$(ls -A "$full")" = filler ]; }
failed_clean() { failed "$1" "$2" && only_filler; }

"$qs" report --format json --include-text -o "$full/report.json" "$tmp"/corpus/*.txt 2>"$tmp/report.err"
echo $? >"$tmp/report.status"
check "report -o to a full disk: write error, exit 1" failed report 1
check "report -o to a full disk: neither the report nor its temporary file left" only_filler

"$qs" report --format json --include-text "$tmp"/corpus/*.txt >"$full/stdout.json" 2>"$tmp/stdout.err"
echo $? >"$tmp/stdout.status"
check "report to a standard output on a full disk: write error, exit 1" failed stdout 1
check "... naming standard output" grep -q "standard output" "$tmp/stdout.err"
rm -f "$full/stdout.json"

for format in text sarif; do
    "$qs" audit --format $format --fail-on never -o "$full/audit" "$tmp"/corpus/*.txt 2>"$tmp/audit-$format.err"
    echo $? >"$tmp/audit-$format.status"
    check "audit --format $format -o to a full disk: write error, exit 2, nothing left" \
        failed_clean audit-$format 2
done

"$qs" batch -q --jobs 2 -o "$full/batch.jsonl" "$tmp/corpus" 2>"$tmp/batch.err"
echo $? >"$tmp/batch.status"
check "batch -o to a full disk: write error, exit 1, nothing left" failed_clean batch 1
# room for the schema and some files, not all: the disk fills in the middle of the run
rm "$full/filler"
head -c 8K /dev/zero >"$full/filler"
"$qs" batch -q --jobs 2 --db "$full/corpus.sqlite" "$tmp/corpus" 2>"$tmp/db.err"
echo $? >"$tmp/db.status"
check "batch --db to a full disk: errors, exit 1" failed db 1
rm "$full/filler" # room to read the database back (a rollback journal may be pending)
check "batch --db to a full disk: every file in the database is whole" python3 - "$full/corpus.sqlite" "$tmp/corpus" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
stored = db.execute("SELECT path FROM files WHERE error IS NULL").fetchall()
assert 0 < len(stored) < 45, len(stored)  # the disk filled part way through
# every stored copy of the seed article has all of its quotes
quotes = db.execute("SELECT d.path, COUNT(q.id) FROM documents d LEFT JOIN quotes q ON q.document = d.id "
                    "WHERE d.path LIKE '%copy-%' GROUP BY d.path").fetchall()
assert len({n for _, n in quotes}) <= 1, quotes
PY
rm -f "$full"/corpus.sqlite*

# a closed pipe: the reader is gone (true has exited) before the first write
"$qs" batch -q --db "$tmp/ok.sqlite" "$tmp/corpus"
closed_pipe() { # closed_pipe NAME ARGS...
    local name=$1
    shift
    {
        sleep 0.3
        "$qs" "$@" 2>"$tmp/$name.err"
        echo $? >"$tmp/$name.status"
    } | true
}
closed_pipe report-pipe report --format json "$tmp"/corpus/*.txt
check "report to a closed pipe: write error on stderr, exit 1" failed report-pipe 1
closed_pipe audit-pipe audit --fail-on never "$tmp"/corpus/*.txt
check "audit to a closed pipe: write error on stderr, exit 2" failed audit-pipe 2
closed_pipe batch-pipe batch -q --jobs 2 "$tmp/corpus"
check "batch to a closed pipe: write error on stderr, exit 1" failed batch-pipe 1
closed_pipe sources-pipe sources --db "$tmp/ok.sqlite"
check "sources to a closed pipe: write error on stderr, exit 1" failed sources-pipe 1
check "... each said once, naming standard output" \
    bash -c "test \$(cat '$tmp'/*-pipe.err | grep -c '^quotesrc: standard output: write error: Broken pipe$') -eq 4"
finish
