#!/usr/bin/env bash
# The pipeline is linear in the size of one document: the instructions (counted by
# callgrind, which the machine's load does not move) for a document four times as long
# must be at most 4.4 times as many.  A rule that rescans the document per quote or cue
# shows here long before it shows in a benchmark.  Needs valgrind; skips (77) without it
# or on a sanitizer build, which valgrind cannot run.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
command -v valgrind >/dev/null || { echo "valgrind not installed: skipped"; exit 77; }
if nm "$qs" 2>/dev/null | grep -q __asan_init; then
    echo "sanitizer build: skipped"
    exit 77
fi
# the sample articles, with what takes the rarer paths: quotations with no cue, a cue
# sentence before a quotation, colons and dash credits
python3 - "$tmp" corpus/*.txt <<'PY'
import sys
out, paths = sys.argv[1], sys.argv[2:]
extra = ('Professor Dianne Brook agreed. "Mainstream voters are running out of time."\n\n'
         '"Nobody knows what happens next."\n\n- Ingrid Halvorsen.\n\n'
         'The mayor was blunt:\n\n"We will count every ballot."\n\n'
         + '"The count goes on into the night." ' * 20 + '\n\n')
unit = "".join(open(p, encoding="utf-8").read() + "\n\n" + extra for p in paths)
for name, size in (("small", 250_000), ("large", 1_000_000)):
    with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(unit * (size // len(unit) + 1))
PY
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$qs" report -q -f jsonl "$1" \
        >/dev/null 2>"$tmp/cg.err" || return 1
    sed -n 's/^summary: //p' "$tmp/cg.out"
}
small=$(instructions "$tmp/small.txt")
large=$(instructions "$tmp/large.txt")
ratio=$(python3 -c "
small, large = $small, $large
b_small = $(stat -c %s "$tmp/small.txt"); b_large = $(stat -c %s "$tmp/large.txt")
print(f'{(large / b_large) / (small / b_small) * 4:.2f}')")
echo "instructions: $small for the small document, $large for the large one; ratio per 4x: $ratio"
check "four times the document costs at most 4.4 times the instructions" \
    python3 -c "import sys; sys.exit(0 if $ratio <= 4.4 else 1)"
finish
