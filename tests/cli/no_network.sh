#!/usr/bin/env bash
# Without a network: every input of the suite (the sample articles, the format fixtures,
# the audit drafts, the hostile files) read in an empty network namespace (unshare -n)
# gives byte for byte the reports, messages and exit statuses of a normal run.  Skipped
# (77) where namespaces may not be made (no root, or a container that forbids them).
set -u
qs=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
if ! unshare -n true 2>/dev/null; then
    echo "skip: unshare -n is not permitted here"
    exit 77
fi
isolated() { # only loopback, and that down: even 127.0.0.1 is unreachable
    [ "$(unshare -n cat /proc/net/dev | tail -n +3 | awk '{print $1}')" = "lo:" ] &&
        unshare -n bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>&1 | grep -q 'unreachable'
}
check "the namespace has no network" isolated

in=$tmp/inputs
mkdir -p "$in/audit"
python3 tests/formats/make_fixtures.py corpus/iwpr-imu.txt "$in/formats"
python3 tests/hostile/make_hostile.py --no-bomb "$in/hostile"
cp corpus/*.txt "$in/"
for d in tests/audit/*/; do cp "$d/draft.txt" "$in/audit/$(basename "$d").txt"; done
mapfile -t files < <(find "$in" -type f ! -name '*.ini' ! -name 'secret.*' | sort)

# both runs: the same commands, once as they are and once in an empty namespace
runs() { # runs NAME ARGS...
    local name=$1
    shift
    "$qs" "$@" >"$tmp/$name.plain.out" 2>"$tmp/$name.plain.err"
    echo $? >"$tmp/$name.plain.status"
    unshare -n "$qs" "$@" >"$tmp/$name.isolated.out" 2>"$tmp/$name.isolated.err"
    echo $? >"$tmp/$name.isolated.status"
}
same() {
    for part in out err status; do
        cmp -s "$tmp/$1.plain.$part" "$tmp/$1.isolated.$part" || return 1
    done
}
runs report report --format jsonl --explain --include-text "${files[@]}"
check "report: ${#files[@]} files, the same reports, messages and exit status" same report
check "... and the reports are not empty" test "$(wc -l <"$tmp/report.plain.out")" -gt 30
runs xml report --format xml "${files[@]}"
check "report --format xml: the same" same xml
runs audit audit --format sarif --fail-on never "$in"/*.txt "$in"/audit/*.txt "$in"/formats/*.html "$in"/formats/*.docx
check "audit: the same SARIF log" same audit
runs policy audit --policy "$in/hostile/garbage-text.ini" corpus/iwpr-imu.txt
check "audit with a bad policy: the same error" same policy
runs batch batch -q --jobs 2 "$in"
check "batch: the same JSON lines" same batch
finish
