#!/usr/bin/env bash
# The confidence model (data/confidence_weights.txt):
#   - it is what bench/calibrate.py learns from this build's report of PolNeAR train, so
#     that the weights stay regenerable and follow every change of the rules;
#   - on PolNeAR dev, --min-confidence trades recall for precision: at 0.55 end-to-end
#     recall stays above 0.5 at an end-to-end precision above 0.81, and 0.3 keeps
#     end-to-end F1 at least as high as no threshold (figures of the model shipped).
#   tests/cli/confidence.sh QUOTESRC SHARED
set -u
qs=$1
shared=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
train=$shared/eval/polnear-train.jsonl
dev=$shared/eval/polnear-dev.jsonl
if [ ! -f "$train" ] || [ ! -f "$dev" ]; then
    echo "PolNeAR not found in $shared/eval: the confidence model cannot be checked"
    exit 77
fi
. "$top/tests/cli/lib.sh"

if ! "$qs" report --input-format jsonl --format jsonl --explain "$train" >"$tmp/train.jsonl"; then
    echo "FAIL: $qs could not report $train"
    exit 1
fi
if ! python3 "$top/bench/calibrate.py" "$train" "$tmp/train.jsonl" >"$tmp/weights.txt"; then
    echo "FAIL: bench/calibrate.py could not learn from the report of $train"
    exit 1
fi
same=true
cmp -s "$tmp/weights.txt" "$top/data/confidence_weights.txt" || same=false
check "data/confidence_weights.txt is what bench/calibrate.py learns from this build" $same
if ! $same; then
    diff "$top/data/confidence_weights.txt" "$tmp/weights.txt" | head -5
    echo "  relearn them: $qs report -i jsonl -f jsonl --explain $train > train.jsonl"
    echo "                python3 bench/calibrate.py $train train.jsonl > data/confidence_weights.txt"
fi

# report dev at --min-confidence $1 into $tmp/dev-$1.jsonl and print its score.py figures
figures() {
    "$qs" report --input-format jsonl --format jsonl --min-confidence "$1" "$dev" \
        >"$tmp/dev-$1.jsonl" &&
        python3 "$shared/eval/score.py" "$dev" "$tmp/dev-$1.jsonl" --json
}
e2e_at() { # e2e_at MIN-CONFIDENCE: "P R F1" end to end
    figures "$1" | python3 -c 'import json, sys; d = json.load(sys.stdin)
print(d["e2e_p"], d["e2e_r"], d["e2e_f1"])'
}
if ! all=$(e2e_at 0) || ! low=$(e2e_at 0.3) || ! high=$(e2e_at 0.55); then
    echo "FAIL: dev could not be reported or scored"
    exit 1
fi
read -r _ _ all_f1 <<<"$all"
read -r _ _ low_f1 <<<"$low"
read -r high_p high_r _ <<<"$high"
check "--min-confidence 0.55 on dev: end-to-end recall $high_r >= 0.5 at precision $high_p >= 0.81" \
    python3 -c "import sys; sys.exit(not ($high_r >= 0.5 and $high_p >= 0.81))"
check "--min-confidence 0.3 on dev keeps end-to-end F1 ($low_f1 >= $all_f1)" \
    python3 -c "import sys; sys.exit(not $low_f1 >= $all_f1)"
finish
