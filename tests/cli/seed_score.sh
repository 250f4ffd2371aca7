#!/usr/bin/env bash
# The seed article, scored by ../shared/eval/score.py: end to end F1 must be 1.000.
set -u
qs=$1
shared=$2
gold=$shared/eval/seed-gold.jsonl
if [ ! -f "$gold" ]; then
    echo "$gold not found: the seed article cannot be scored"
    # CI always has shared/ (beside the clone or its origin): a missing seed there is a failure
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$qs" report --input-format jsonl --format jsonl - <"$gold" >"$out" || exit 1
python3 "$shared/eval/score.py" "$gold" "$out" --min e2e_f1=1.0 --min quote_f1=1.0
