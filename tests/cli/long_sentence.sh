#!/usr/bin/env bash
# One huge sentence costs no more than its length: hostile input that repeats a cue
# construction thousands of times in a single sentence ("Officials said he said the
# plan would work he said the plan would work ...") must stay linear in time and in the
# size of its report.  For each construction, a sentence four times as long may cost at
# most 4.4 times the instructions (counted by callgrind, past those of an empty file)
# and 4.4 times the output.  The sentence splitter cuts a run of 400 tokens (sentences.c),
# which bounds any rule's scan within a sentence: this test fails when the cut goes, or
# when a stage rescans beyond its sentence or repeats a sentence per quote.  Needs
# valgrind and python3; skips (77) without them or on a sanitizer build.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
command -v valgrind >/dev/null || { echo "valgrind not installed: skipped"; exit 77; }
command -v python3 >/dev/null || { echo "python3 not installed: skipped"; exit 77; }
if nm "$qs" 2>/dev/null | grep -q __asan_init; then
    echo "sanitizer build: skipped"
    exit 77
fi
# name, then the sentence's opening, its repeated part and its close
constructions=(
    "nested|Officials said |he said the plan would work |."
    "subordinate|When |he said that |."
    "dash-asides|Officials said |— he said — |."
    "brackets|Officials said |[he said] (it works) |."
    "semicolons|Officials said |he said; |."
    "colons|Officials said |he said: \"a\" |."
    "according-to|A |, according to Smith|."
    "parenthetical|A|, he said|."
    "relative|Smith, |who said |said."
    "object|He |mentioned the plan |."
    "participle|It worked |when asked whether he said |."
    "impersonal|It |seemed likely it |."
    "relative-clause|A |strike that executives said |could work."
    "closers|He said it. |) |"
    "straight-singles|He said |x 'a |."
)
instructions() {
    if ! valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$qs" report -q -f jsonl \
        "$1" >"$tmp/out.jsonl" 2>"$tmp/cg.err"; then
        echo "FAIL: $qs under callgrind on $1:" >&2
        cat "$tmp/cg.err" >&2
        exit 1
    fi
    sed -n 's/^summary: //p' "$tmp/cg.out"
}
: >"$tmp/empty.txt"
base=$(instructions "$tmp/empty.txt") || exit 1
for construction in "${constructions[@]}"; do
    IFS='|' read -r name opening part close <<<"$construction"
    for n in 1000 4000; do
        python3 -c 'import sys; o, p, c, n = sys.argv[1:]; print(o + p * int(n) + c)' \
            "$opening" "$part" "$close" "$n" >"$tmp/$n.txt"
        cost[$n]=$(instructions "$tmp/$n.txt") || exit 1
        out[$n]=$(wc -c <"$tmp/out.jsonl")
    done
    read -r work output < <(python3 -c "
base, small, large = $base, ${cost[1000]}, ${cost[4000]}
print(f'{(large - base) / max(small - base, 1):.2f} {${out[4000]} / ${out[1000]}:.2f}')")
    echo "$name: ${cost[1000]} and ${cost[4000]} instructions (x$work), ${out[1000]} and ${out[4000]} bytes out (x$output)"
    check "$name: four times the sentence costs at most 4.4 times the instructions" \
        python3 -c "import sys; sys.exit(0 if $work <= 4.4 else 1)"
    check "$name: four times the sentence writes at most 4.4 times the output" \
        python3 -c "import sys; sys.exit(0 if $output <= 4.4 else 1)"
done
finish
