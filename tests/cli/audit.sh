#!/usr/bin/env bash
# quotesrc audit: each draft of tests/audit/RULE/ triggers exactly RULE (clean/ none),
# the seed article's audit, exit statuses, policies, SARIF.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

rules_of() { # the sorted rule ids of the findings of one draft, space separated
    "$qs" audit --format json --fail-on never "$1" |
        python3 -c 'import json,sys; print(" ".join(sorted({f["rule"] for f in json.load(sys.stdin)["audit"]})))'
}
for dir in tests/audit/*/; do
    rule=$(basename "$dir")
    expected=$rule
    [ "$rule" = clean ] && expected=""
    got=$(rules_of "$dir/draft.txt")
    check "$rule draft triggers exactly '$expected' (got '$got')" test "$got" = "$expected"
done

# The seed article: its anonymous sources at their lines, the no-comment sentence, the
# loaded "admits", and no unattributed quote.
"$qs" audit --format json corpus/iwpr-imu.txt >"$tmp/seed.json"
check "seed audit exits 0 (no errors)" test $? -eq 0
check "seed audit lists what an editor must see" python3 - "$tmp/seed.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
found = {(f["rule"], f["line"], f["message"]) for f in d["audit"]}
anonymous = {(f["line"], f["message"]) for f in d["audit"] if f["rule"] == "anonymous-source"}
assert anonymous == {
    (9, 'anonymous source "Uzbek defence sources and American military leaders"'),
    (21, 'anonymous source "Independent sources"'),
    (27, 'anonymous source "An IWPR correspondent"'),
    (35, 'anonymous source "Other experts"')}, anonymous
assert ("no-comment", 29, 'no comment: "would not comment"') in found, found
assert any(r == "loaded-verb" and "admits" in m for r, _, m in found), found
assert not any(r == "unattributed-quote" for r, _, _ in found), found
PY

"$qs" audit tests/audit/unattributed-quote/draft.txt >"$tmp/out"
check "an error finding exits 1" test $? -eq 1
check "diagnostics read like a compiler's" \
    grep -q '^tests/audit/unattributed-quote/draft.txt:9:1: error: quote with no speaker: .* \[unattributed-quote\]$' "$tmp/out"
check "the source line and a caret follow" grep -q '^    \^~~~' "$tmp/out"
"$qs" audit tests/audit/clean/draft.txt >/dev/null
check "a clean draft exits 0" test $? -eq 0
"$qs" audit tests/audit/anonymous-source/draft.txt >/dev/null
check "warnings pass the default --fail-on error" test $? -eq 0
"$qs" audit --fail-on warning tests/audit/anonymous-source/draft.txt >/dev/null
check "--fail-on warning fails on a warning" test $? -eq 1
"$qs" audit --fail-on never tests/audit/unattributed-quote/draft.txt >/dev/null
check "--fail-on never never fails" test $? -eq 0
"$qs" audit missing.txt tests/audit/clean/draft.txt >"$tmp/out" 2>"$tmp/err"
check "unreadable input exits 2 and the rest is audited" \
    bash -c "test $? -eq 2 && grep -q 'missing.txt: No such file' '$tmp/err' && grep -q 'clean/draft.txt: 0 errors' '$tmp/out'"

printf '[rules]\nanonymous-sauce = off\n' >"$tmp/typo.ini"
"$qs" audit --policy "$tmp/typo.ini" corpus/iwpr-imu.txt >/dev/null 2>"$tmp/err"
check "an unknown policy key is an error naming it (exit 2)" \
    bash -c "test $? -eq 2 && grep -q \"unknown rule 'anonymous-sauce'\" '$tmp/err'"
head -c 300 /dev/urandom >"$tmp/garbage.ini"
"$qs" audit --policy "$tmp/garbage.ini" corpus/iwpr-imu.txt >/dev/null 2>"$tmp/err"
check "a garbage policy is an error (exit 2)" test $? -eq 2
printf '[rules]\nloaded-verb = off\nanonymous-source = error\n[words]\nanonymous-words = authorities\n' >"$tmp/strict.ini"
"$qs" audit --format json --fail-on never --policy "$tmp/strict.ini" corpus/iwpr-imu.txt >"$tmp/strict.json"
check "a policy turns rules off, changes severities and adds anonymous words" python3 - "$tmp/strict.json" <<'PY'
import json, sys
audit = json.load(open(sys.argv[1]))["audit"]
assert not any(f["rule"] == "loaded-verb" for f in audit)
anon = [f for f in audit if f["rule"] == "anonymous-source"]
assert all(f["severity"] == "error" for f in anon) and len(anon) == 5, anon
PY

"$qs" audit --format sarif --fail-on never tests/audit/*/draft.txt corpus/iwpr-imu.txt >"$tmp/log.sarif"
check "SARIF output is valid SARIF 2.1.0" python3 "$here/sarif_check.py" "$tmp/log.sarif"
check "SARIF holds every draft's findings" python3 -c "
import json; r = json.load(open('$tmp/log.sarif'))['runs'][0]['results']
assert {x['ruleId'] for x in r} >= {'unattributed-quote','loaded-verb','anonymous-source','repeated-quote'}"
finish
