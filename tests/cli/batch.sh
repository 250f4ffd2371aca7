#!/usr/bin/env bash
# quotesrc batch over a generated corpus of 5,000 files in nested folders, bad ones
# among them (empty, binary, invalid UTF-8, a broken link, huge, malformed HTML, a bad
# JSON Lines record, a symlink loop, a hidden folder): every good file has its line, every bad one its error line, the output
# is the same on one thread and two; a run killed with SIGKILL and resumed leaves a
# complete database; quotesrc sources ranks the corpus.
set -u
qs=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
corpus=$tmp/corpus

python3 - "$corpus" <<'PY'
import os, sys, random
root = sys.argv[1]
random.seed(7)
names = ["Maria Okafor", "Samuel Adeyemi", "Lena Brandt", "Tomas Reyes", "Dana Whitfield"]
roles = ["a union spokeswoman", "the health minister", "a climate physicist", "the mayor"]
for i in range(5000):
    folder = os.path.join(root, f"{i % 7}", f"{i % 13}")
    os.makedirs(folder, exist_ok=True)
    who, role = names[i % len(names)], roles[i % len(roles)]
    text = (f"Story {i}\n\n\"We will decide by Friday,\" said {who}, {role}.\n\n"
            f"{who.split()[1]} added that talks would go on.\n")
    with open(os.path.join(folder, f"{i:05d}.txt"), "w") as f:
        f.write(text)
bad = os.path.join(root, "bad")
os.makedirs(bad)
open(os.path.join(bad, "empty.txt"), "w").close()
open(os.path.join(bad, "binary.txt"), "wb").write(b"PK\x03\x04\x00\x00binary")
open(os.path.join(bad, "latin1.txt"), "wb").write(b'"Caf\xe9 owners will strike," said Jo Smith, a baker.\n')
open(os.path.join(bad, "huge.txt"), "w").write("\"We will win,\" said Jo Smith, a baker. " * 100000)
open(os.path.join(bad, "tangled.html"), "w").write('<html><body><p>"We will <b>win," said <i>Jo Smith</b>, a baker.<p>Unclosed')
open(os.path.join(bad, "tags-only.html"), "w").write("<html><body><div><span></span></div></body></html>")
open(os.path.join(bad, "records.jsonl"), "w").write('{"id": "r1", "text": "Jo Smith said the port reopened."}\nnot json\n')
os.symlink(os.path.join(bad, "missing-target.txt"), os.path.join(bad, "broken.txt"))
os.symlink(root, os.path.join(bad, "loop"))
os.makedirs(os.path.join(root, ".hidden"))
open(os.path.join(root, ".hidden", "secret.txt"), "w").write("Jo Smith said nothing.\n")
PY
chmod 000 "$corpus/bad/latin1.txt" 2>/dev/null
[ "$(id -u)" -eq 0 ] && chmod 644 "$corpus/bad/latin1.txt" # root reads everything anyway

"$qs" batch -q --jobs 1 -o "$tmp/one.jsonl" "$corpus" 2>"$tmp/one.err"
check "a batch with bad files exits 1" test $? -eq 1
"$qs" batch -q --jobs 2 -o "$tmp/two.jsonl" "$corpus" 2>/dev/null
check "--jobs 1 and --jobs 2 write the same output" cmp -s "$tmp/one.jsonl" "$tmp/two.jsonl"
check "every file has its line, every bad one its error" python3 - "$tmp/one.jsonl" "$corpus" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
good = [l for l in lines if "error" not in l]
errors = {l["path"].split("/bad/")[-1]: l["error"] for l in lines if "error" in l}
stories = [l for l in good if l.get("title", "") and l["title"].startswith("Story ")]
assert len(stories) == 5000, len(stories)
walked = [l["path"].split("/") for l in lines]
assert walked == sorted(walked), "not in path order"
assert all(s["stats"]["quotes"] == 2 for s in stories), "a story lost its quotes"
assert set(errors) == {"binary.txt", "broken.txt", "records.jsonl", "tags-only.html"}, errors
assert "binary" in errors["binary.txt"] and "not JSON" in errors["records.jsonl"], errors
paths = [l["path"] for l in good]
assert not any("/.hidden/" in p for p in paths), "hidden file read"
assert sum(p.endswith("records.jsonl") for p in paths) == 1, "the good record is missing"
assert any(p.endswith("empty.txt") for p in paths) and any(p.endswith("huge.txt") for p in paths)
assert any(p.endswith("tangled.html") for p in paths), "malformed HTML lost"
assert len(paths) == len(set((p, l.get("id")) for p, l in zip(paths, good))), "a file twice (loop?)"
PY
check "each error is also named on stderr" grep -q "bad/binary.txt: binary file" "$tmp/one.err"

# Killed at any moment, resumed: every file once in the database.
"$qs" batch -q --jobs 2 --db "$tmp/full.sqlite" "$corpus" 2>/dev/null
# Kill it once some files are in, well before the end.  On a loaded machine the run may
# end before the poll sees it; then it is tried again, up to three times.
for _attempt in 1 2 3; do
    rm -f "$tmp"/killed.sqlite*
    "$qs" batch -q --jobs 2 --db "$tmp/killed.sqlite" "$corpus" 2>/dev/null &
    pid=$!
    for _ in $(seq 200); do
        n=$(sqlite3 "$tmp/killed.sqlite" 'SELECT COUNT(*) FROM files' 2>/dev/null || echo 0)
        [ "${n:-0}" -ge 300 ] && break
        sleep 0.05
    done
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
    killed_at=$(sqlite3 "$tmp/killed.sqlite" 'SELECT COUNT(*) FROM files')
    [ "$killed_at" -lt 5000 ] && break
done
check "the run was killed halfway ($killed_at files in)" test "$killed_at" -lt 5000
"$qs" batch -q --jobs 2 --db "$tmp/killed.sqlite" --resume "$corpus" 2>/dev/null
check "killed and resumed, the database has every file once" bash -c "
  a=\$(sqlite3 '$tmp/full.sqlite' 'SELECT path, (SELECT COUNT(*) FROM documents d WHERE d.path = f.path) FROM files f ORDER BY path')
  b=\$(sqlite3 '$tmp/killed.sqlite' 'SELECT path, (SELECT COUNT(*) FROM documents d WHERE d.path = f.path) FROM files f ORDER BY path')
  test -n \"\$a\" && test \"\$a\" = \"\$b\""
check "the database is consistent" bash -c "
  test -z \"\$(sqlite3 '$tmp/killed.sqlite' 'PRAGMA foreign_key_check;')\" &&
  test \"\$(sqlite3 '$tmp/killed.sqlite' 'SELECT COUNT(*) FROM quotes')\" = \"\$(sqlite3 '$tmp/full.sqlite' 'SELECT COUNT(*) FROM quotes')\""
"$qs" batch -q --db "$tmp/full.sqlite" --resume -o "$tmp/again.jsonl" "$corpus" 2>/dev/null
check "--resume skips what is stored (only failed files again)" python3 - "$tmp/again.jsonl" <<'PY'
import json, sys
paths = {json.loads(l)["path"].split("/bad/")[-1] for l in open(sys.argv[1])}
assert paths == {"binary.txt", "broken.txt", "records.jsonl", "tags-only.html"}, paths
PY

"$qs" sources --db "$tmp/full.sqlite" --top 3 --format csv >"$tmp/top.csv"
check "sources ranks the corpus, merging names across articles" python3 - "$tmp/top.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 3, rows
assert rows[0]["name"] == "Jo Smith" and int(rows[0]["quotes"]) > 100000, rows
assert rows[1]["articles"] == "1000" and rows[1]["quotes"] == "2000", rows
PY
# a one-word name is a person in two articles ("Mr. Lane") and a body in one (a bare
# "Lane", never written in full): one row, the kind most articles give; a middle
# initial makes no other person, two do ("George H. W. Bush"), and a tie of spellings
# shows the shorter ("Ana Ruiz"); unnamed sources
# ("officials", "the company") and pronouns nobody was named for are no sources of the
# corpus
mkdir -p "$tmp/ranked"
for i in 1 2; do printf 'Story\n\n"Talks will go on," Mr. Lane said.\n' >"$tmp/ranked/title$i.txt"; done
printf 'Story\n\n"Talks are over," Lane said.\n' >"$tmp/ranked/bare.txt"
printf 'Story\n\n"We will win," said Donald J. Trump.\n' >"$tmp/ranked/initial.txt"
for i in 1 2; do printf 'Story\n\n"We will win," said Donald Trump.\n' >"$tmp/ranked/full$i.txt"; done
for who in "George W. Bush" "George H. W. Bush" "Ana B. Ruiz" "Ana Ruiz"; do
    printf 'Story\n\n"We will win," said %s.\n' "$who" >"$tmp/ranked/$who.txt"
done
for i in 1 2 3 4; do
    printf 'Story\n\n"We are ready," he said.\n' >"$tmp/ranked/he$i.txt"
    printf 'Story\n\nOfficials said the talks were over. The company said it would appeal.\n' \
        >"$tmp/ranked/unnamed$i.txt"
done
"$qs" batch -q --db "$tmp/ranked.sqlite" "$tmp/ranked" >/dev/null
"$qs" sources --db "$tmp/ranked.sqlite" --format csv >"$tmp/ranked.csv"
check "sources ranks a name once, by its most common kind, and nothing unnamed" \
    python3 - "$tmp/ranked.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert [(r["name"], r["kind"], r["quotes"], r["articles"]) for r in rows] == [
    ("Donald Trump", "person", "3", "3"), ("Lane", "person", "3", "3"),
    ("Ana Ruiz", "person", "2", "2"),
    ("George H. W. Bush", "person", "1", "1"), ("George W. Bush", "person", "1", "1")], rows
PY
# a database an older quotesrc made has its view made again
sqlite3 "$tmp/ranked.sqlite" "DROP VIEW source_ranking; CREATE VIEW source_ranking AS
  SELECT name, kind, COUNT(*) AS quotes, 0 AS articles FROM sources GROUP BY name, kind"
"$qs" sources --db "$tmp/ranked.sqlite" --top 1 >/dev/null
check "an older view is made again" \
    test "$(sqlite3 "$tmp/ranked.sqlite" 'SELECT COUNT(*) FROM source_ranking')" = 5
"$qs" batch --shard 0/2 -q -o "$tmp/s0.jsonl" "$corpus" 2>/dev/null
"$qs" batch --shard 1/2 -q -o "$tmp/s1.jsonl" "$corpus" 2>/dev/null
check "two shards hold every line once" \
    test "$(cat "$tmp/s0.jsonl" "$tmp/s1.jsonl" | sort | md5sum)" = "$(sort "$tmp/one.jsonl" | md5sum)"
"$qs" batch --shard 2/2 "$corpus" >/dev/null 2>&1
check "a bad --shard is a usage error" test $? -eq 2
finish
