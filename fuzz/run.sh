#!/usr/bin/env bash
# Runs every fuzz target of a -DQS_FUZZ=ON build, one after the other on one core, and
# prints each one's executions, speed, coverage and corpus:
#
#     fuzz/run.sh [--quick | --seconds N] [--target NAME]... BUILD_DIR
#
# --quick: 30 s a target (the CI run); default 600 s.  Seeds come from corpus/, the test
# fixtures and the hostile files (fuzz/seeds.sh); the corpus each run grows is kept in
# BUILD_DIR/fuzz/corpus/TARGET for the next run.  A crash, leak or timeout leaves its input
# in BUILD_DIR/fuzz/artifacts/TARGET/ and makes the run fail: minimise it
# (fuzz_TARGET -minimize_crash=1 FILE), fix it, and keep it in fuzz/regressions/TARGET/.
set -u
seconds=600
targets=()
while [ $# -gt 1 ]; do
    case $1 in
    --quick) seconds=30 ;;
    --seconds) seconds=$2; shift ;;
    --target) targets+=("$2"); shift ;;
    *) echo "usage: $0 [--quick | --seconds N] [--target NAME]... BUILD_DIR" >&2; exit 2 ;;
    esac
    shift
done
[ $# -eq 1 ] || { echo "usage: $0 [--quick | --seconds N] [--target NAME]... BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
[ ${#targets[@]} -gt 0 ] || targets=(text parts html xml docx jsonl policy)

bash "$here/seeds.sh" "$build/fuzz/seeds" || exit 1
failed=0
printf '%-7s %12s %8s %7s %7s %7s  %s\n' target executions exec/s cov ft corpus result
for t in "${targets[@]}"; do
    corpus=$build/fuzz/corpus/$t
    artifacts=$build/fuzz/artifacts/$t
    log=$build/fuzz/$t.log
    mkdir -p "$corpus" "$artifacts"
    dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    # -timeout: an input taking 10 s is a hang (the pipeline is linear time);
    # -rss_limit_mb: memory must stay bounded whatever the input
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$artifacts/" "${dict[@]}" \
        "$corpus" "$build/fuzz/seeds/$t" >"$log" 2>&1
    status=$?
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
    field() { sed -n "s/.* $1: *\([0-9]*\).*/\1/p" <<<"$last"; }
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    result=ok
    if [ $status -ne 0 ]; then
        result="FAILED (exit $status): $(grep -m1 -E '^==[0-9]+==ERROR|^SUMMARY|deadly signal|Timeout' "$log"), input in $artifacts, log $log"
        failed=1
    fi
    printf '%-7s %12s %8s %7s %7s %7s  %s\n' "$t" "${execs:-?}" "${speed:-?}" "$(field cov)" \
        "$(field ft)" "$(ls "$corpus" | wc -l)" "$result"
done
exit $failed
