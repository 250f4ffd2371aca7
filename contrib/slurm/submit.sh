#!/usr/bin/env bash
# Splits a corpus over N Slurm array tasks and merges their results:
#   contrib/slurm/submit.sh CORPUS OUTDIR N [sbatch options...]
# Prints the id of the merge job; OUTDIR/corpus.jsonl and OUTDIR/corpus.sqlite are
# complete when it ends.  QUOTESRC may name the program (default: quotesrc on PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(realpath "$1")
out=$(realpath -m "$2")
n=$3
shift 3
mkdir -p "$out"
array=$(sbatch --parsable --chdir="$out" --array="0-$((n - 1))" "$@" \
    "$here/shard.sbatch" "$corpus" "$out")
sbatch --parsable --chdir="$out" --dependency="afterany:${array%%;*}" "$@" \
    "$here/merge.sbatch" "$out"
