#!/usr/bin/env python3
"""Builds the benchmark's inputs from the PolNeAR training articles (bench/run calls it).

    make_inputs.py GOLD.jsonl OUTDIR MEGABYTES FILES LINES

Writes into OUTDIR, each file only when it is missing or of another size request:
  news.txt        the articles repeated until MEGABYTES, one blank line between them
  news.jsonl      the same as JSON Lines records {"id", "text"}
  folder/         FILES article files (.txt) holding the same bytes between them
  paragraph.txt   one paragraph of MEGABYTES / 10 (at least 1 MB): no line breaks
  quotes.txt      1 MB of quotation marks and short words between them
  lines.txt       LINES short lines (a million: "tiny files' worth"), about 40 MB
  tiny.jsonl      the same lines as LINES one-line JSON Lines documents
  article.txt     one article of about 5 KB (startup cost)
The articles are not stored anywhere else: the outputs stay in OUTDIR (a scratch
folder), since PolNeAR's text may not be redistributed.
"""
import json
import os
import sys


def articles(gold):
    with open(gold, encoding="utf-8") as f:
        return [json.loads(line)["text"].strip() for line in f if line.strip()]


def repeat(texts, target):
    """Yields article texts (cycling) until @target bytes have gone out."""
    total, i = 0, 0
    while total < target:
        text = texts[i % len(texts)]
        total += len(text.encode("utf-8")) + 2
        i += 1
        yield i, text


def stamp_ok(outdir, key):
    path = os.path.join(outdir, ".stamp")
    return os.path.exists(path) and open(path).read() == key


def main():
    gold, outdir = sys.argv[1], sys.argv[2]
    megabytes, files, n_lines = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    key = f"{os.path.abspath(gold)} {megabytes} {files} {n_lines}\n"
    os.makedirs(outdir, exist_ok=True)
    if stamp_ok(outdir, key):
        return
    texts = articles(gold)
    target = int(megabytes * 1e6)

    with open(os.path.join(outdir, "news.txt"), "w", encoding="utf-8") as txt, \
         open(os.path.join(outdir, "news.jsonl"), "w", encoding="utf-8") as jl:
        for i, text in repeat(texts, target):
            txt.write(text + "\n\n")
            jl.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")

    folder = os.path.join(outdir, "folder")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    per_file = target / files
    out, n, size = None, 0, per_file  # size: bytes in the current file
    for _, text in repeat(texts, target):
        if size >= per_file and n < files:
            if out:
                out.close()
            out = open(os.path.join(folder, f"{n:06d}.txt"), "w", encoding="utf-8")
            n, size = n + 1, 0
        out.write(text + "\n\n")
        size += len(text.encode("utf-8")) + 2
    out.close()

    with open(os.path.join(outdir, "paragraph.txt"), "w", encoding="utf-8") as f:
        for _, text in repeat(texts, max(target // 10, 1_000_000)):
            f.write(" ".join(text.split()) + " ")
    with open(os.path.join(outdir, "quotes.txt"), "w", encoding="utf-8") as f:
        unit = '"a" \u201cb\u201d "" \u201c\u201c \'c\' '
        f.write(unit * (1_000_000 // len(unit.encode("utf-8"))))
    words = " ".join(texts[:200]).split()
    short = [" ".join(words[k:k + 7]) for k in range(0, len(words) - 7, 7)]
    with open(os.path.join(outdir, "lines.txt"), "w", encoding="utf-8") as txt, \
         open(os.path.join(outdir, "tiny.jsonl"), "w", encoding="utf-8") as jl:
        for i in range(n_lines):
            line = short[i % len(short)]
            txt.write(line + "\n")
            jl.write(json.dumps({"id": str(i), "text": line}, ensure_ascii=False) + "\n")
    five_kb = min(texts, key=lambda t: abs(len(t.encode("utf-8")) - 5000))
    with open(os.path.join(outdir, "article.txt"), "w", encoding="utf-8") as f:
        f.write(five_kb + "\n")
    with open(os.path.join(outdir, ".stamp"), "w") as f:
        f.write(key)


if __name__ == "__main__":
    main()
