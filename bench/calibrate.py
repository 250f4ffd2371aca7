#!/usr/bin/env python3
"""Learns the confidence of each attribution rule from a gold file.

    bench/calibrate.py GOLD.jsonl PRED.jsonl > data/rule_confidence.txt

PRED is quotesrc's report of GOLD with --explain --format jsonl.  A rule's confidence (per rule and way
the speaker was found) is the share of its attributions that are right end to end (the quote matches a gold quote and the
speaker is right, as ../shared/eval/score.py judges them), smoothed towards 0.5 by
two pseudo-counts so that rare rules stay near the middle.  Run it on the training
split only: the dev split is for measuring.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), '.'))
import score  # noqa: E402  (../shared/eval/score.py, found beside the gold file)


def main():
    gold, pred = score.load(sys.argv[1]), score.load(sys.argv[2])
    right, seen = collections.Counter(), collections.Counter()
    for doc_id, g in gold.items():
        text = g['text']
        p = pred.get(doc_id, {'quotes': [], 'sources': []})
        sources = {s['id']: s for s in p.get('sources', [])}
        gs = [score.strip_span(text, q['start'], q['end']) + (q,) for q in g['quotes']]
        for q in p['quotes']:
            rule = (q.get('rule') or 'unknown') + '/' + ((q.get('speaker') or {}).get('how') or 'none')
            seen[rule] += 1
            c, d = score.strip_span(text, q['start'], q['end'])
            # the best overlapping gold quote, not the scorer's one-to-one pairing: close
            # enough for a confidence
            overlaps = [((min(b, d) - max(a, c)) / (max(b, d) - min(a, c)), i)
                         for i, (a, b, _) in enumerate(gs) if max(b, d) > min(a, c)]
            ratio, best = max(overlaps, default=(0, None))
            if ratio < 0.5:
                continue
            gq = gs[best][2]
            ps, pe, pname = score.pred_speaker(q, sources)
            if gq.get('speaker_start') is None and not gq.get('speaker'):
                ok = not q.get('speaker')
            else:
                ok = isinstance(ps, int) and min(gq['speaker_end'], pe) > max(gq['speaker_start'], ps)
                ok = ok or bool(score.words(gq.get('speaker')) & score.words(pname))
            right[rule] += ok
    print('# How often each attribution rule is right end to end, learned by')
    print('# bench/calibrate.py from PolNeAR train: RULE/HOW CONFIDENCE, where HOW is how the')
    print('# speaker was found ("none" when unattributed); right/seen, smoothed.')
    for rule in sorted(seen):
        print(f'{rule} {(right[rule] + 1) / (seen[rule] + 2):.2f}')


if __name__ == '__main__':
    main()
