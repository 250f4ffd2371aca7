#!/usr/bin/env bash
# Every article in corpus/ gives exactly the JSON report stored beside it
# (corpus/NAME.expected.json).  With --update, rewrites the expected reports.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
for article in corpus/*.txt; do
    expected=${article%.txt}.expected.json
    if [ "${2:-}" = "--update" ]; then
        "$qs" report --format json --explain "$article" >"$expected"
        continue
    fi
    check "$article gives $expected" \
        bash -c "'$qs' report --format json --explain '$article' | diff -u '$expected' -"
done
finish
