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

"$qs" report --input-format jsonl --format jsonl --explain "$train" >"$tmp/train.jsonl"
python3 "$top/bench/calibrate.py" "$train" "$tmp/train.jsonl" >"$tmp/weights.txt"
check "data/confidence_weights.txt is what bench/calibrate.py learns from this build" \
    cmp "$tmp/weights.txt" "$top/data/confidence_weights.txt"
if ! cmp -s "$tmp/weights.txt" "$top/data/confidence_weights.txt"; then
    echo "  relearn them: build/quotesrc report -i jsonl -f jsonl --explain $train > train.jsonl"
    echo "                python3 bench/calibrate.py $train train.jsonl > data/confidence_weights.txt"
fi

score() { # score MIN-CONFIDENCE SCORE-OPTIONS...
    local min=$1
    shift
    "$qs" report --input-format jsonl --format jsonl --min-confidence "$min" "$dev" \
        >"$tmp/dev-$min.jsonl" &&
        python3 "$shared/eval/score.py" "$dev" "$tmp/dev-$min.jsonl" "$@" >/dev/null
}
check "--min-confidence 0.55 on dev: end-to-end recall >= 0.5 at precision >= 0.81" \
    score 0.55 --min e2e_r=0.5 --min e2e_p=0.81
e2e_f1() {
    python3 "$shared/eval/score.py" "$dev" "$tmp/dev-$1.jsonl" --json |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["e2e_f1"])'
}
score 0 && score 0.3
check "--min-confidence 0.3 on dev keeps end-to-end F1" \
    python3 -c "import sys; sys.exit(not $(e2e_f1 0.3) >= $(e2e_f1 0))"
finish
