#!/usr/bin/env bash
# Scores quotesrc on a gold file of ../shared/eval with its scorer.
#   bench/eval.sh [QUOTESRC] [GOLD.jsonl] [score.py options...]
# Defaults: build/quotesrc on PolNeAR dev.  Extra options go to score.py, for example
# --json or --min quote_f1=0.75.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
qs=${1:-$top/build/quotesrc}
gold=${2:-$top/../shared/eval/polnear-dev.jsonl}
shift $(( $# > 2 ? 2 : $# ))
if [ ! -f "$gold" ]; then
    echo "$gold not found" >&2
    exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$qs" report --input-format jsonl --format jsonl "$gold" >"$out"
python3 "$(dirname "$gold")/score.py" "$gold" "$out" "$@"
