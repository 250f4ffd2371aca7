#!/usr/bin/env python3
"""Learns how likely each attribution is to be right, from a gold file.

    bench/calibrate.py GOLD.jsonl PRED.jsonl > data/confidence_weights.txt

PRED is quotesrc's report of GOLD with --explain --format jsonl.  The model is a
logistic regression over a few facts the report gives about each attribution: the rule
that made it with the way its speaker was found, its kind, and its cue's lemma (lemmas
seen fewer than MIN_LEMMA times share one weight).  (Its length in words, alone and
with the rule, was tried too: it moved the precision at a given recall on dev by less
than 0.005, and cost the analyzer a scan of every quote.)  An attribution counts as
right when it is right end to end: its quote matches a gold quote and its speaker is
right, as ../shared/eval/score.py judges them.  Training runs to convergence (the
penalised problem has one optimum), so that the same report gives the same weights
whatever the order of its attributions.  Run it on the training split only: the dev
split is for measuring.

The analyzer (attribute.c, confidence_of) computes the same features; the two must
change together.
"""
import collections
import math
import os
import sys

MIN_LEMMA = 30  # a lemma with fewer attributions than this in training has no weight of its own
PRIOR = 10.0  # the L2 penalty: a weight needs some ten attributions of evidence to grow
TOLERANCE = 1e-9  # training stops when no weight moves more than this
MAX_ROUNDS = 5000

score = None  # ../shared/eval/score.py, imported from beside the gold file in main()


def features(q, lemmas):
    """The names of the features of report quote @q, as attribute.c builds them."""
    how = (q.get('speaker') or {}).get('how') or 'none'
    lemma = (q.get('cue') or {}).get('lemma') or 'none'
    if lemma not in lemmas:
        lemma = 'rare'
    return ['bias', f'rule+how {q["rule"]}|{how}', f'kind {q["kind"]}', f'lemma {lemma}']


def right_end_to_end(gold, pred):
    """(quote, right?) for every predicted quote."""
    for doc_id, g in gold.items():
        text = g['text']
        p = pred.get(doc_id, {'quotes': [], 'sources': []})
        sources = {s['id']: s for s in p.get('sources', [])}
        gs = [score.strip_span(text, q['start'], q['end']) + (q,) for q in g['quotes']]
        for q in p['quotes']:
            c, d = score.strip_span(text, q['start'], q['end'])
            # the best overlapping gold quote, not the scorer's one-to-one pairing: close
            # enough for a confidence
            overlaps = [((min(b, d) - max(a, c)) / (max(b, d) - min(a, c)), i)
                        for i, (a, b, _) in enumerate(gs) if max(b, d) > min(a, c)]
            ratio, best = max(overlaps, default=(0, None))
            ok = False
            if ratio >= 0.5:
                gq = gs[best][2]
                ps, pe, pname = score.pred_speaker(q, sources)
                if gq.get('speaker_start') is None and not gq.get('speaker'):
                    ok = not q.get('speaker')
                else:
                    ok = isinstance(ps, int) and min(gq['speaker_end'], pe) > max(gq['speaker_start'], ps)
                    ok = ok or bool(score.words(gq.get('speaker')) & score.words(pname))
            yield q, ok


def train(patterns):
    """The weights of L2-penalised logistic regression, to convergence, so that they do
    not depend on the order of the attributions: cyclic coordinate descent, each weight in
    turn moved by a Newton step on its own, as liblinear does."""
    rows = list(patterns.items())
    z = [0.0] * len(rows)  # each pattern's score
    holding = collections.defaultdict(list)  # feature -> the patterns that have it
    for i, (names, _) in enumerate(rows):
        for name in names:
            holding[name].append(i)
    weights = dict.fromkeys(sorted(holding), 0.0)
    for _ in range(MAX_ROUNDS):
        moved = 0.0
        for name in weights:
            gradient, curvature = PRIOR * weights[name], PRIOR
            for i in holding[name]:
                n, right = rows[i][1]
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z[i]))))
                gradient += n * p - right
                curvature += n * p * (1.0 - p)
            step = max(-1.0, min(1.0, -gradient / curvature))
            weights[name] += step
            for i in holding[name]:
                z[i] += step
            moved = max(moved, abs(step))
        if moved < TOLERANCE:
            return weights
    print(f'calibrate.py: not converged after {MAX_ROUNDS} rounds (a weight still moved '
          f'{moved:.2g})', file=sys.stderr)
    return weights


def main():
    global score
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[1])))
    import score  # noqa: F401 (bound to the module's global)
    gold, pred = score.load(sys.argv[1]), score.load(sys.argv[2])
    seen = list(right_end_to_end(gold, pred))
    if not seen:
        sys.exit(f'{sys.argv[2]}: no attributions to learn from')
    if any('rule' not in q for q, _ in seen):
        sys.exit(f'{sys.argv[2]}: attributions without a "rule": report with --explain')
    counts = collections.Counter((q.get('cue') or {}).get('lemma') or 'none' for q, _ in seen)
    lemmas = {lemma for lemma, n in counts.items() if n >= MIN_LEMMA}
    # attributions with the same features count as one pattern: (seen, right)
    patterns = collections.defaultdict(lambda: [0, 0])
    for q, ok in seen:
        pattern = patterns[tuple(features(q, lemmas))]
        pattern[0] += 1
        pattern[1] += ok
    weights = train(patterns)
    print('# How likely an attribution is to be right end to end: a logistic model learned')
    print('# by bench/calibrate.py from PolNeAR train. WEIGHT FEATURE; a feature not listed')
    print('# weighs 0, and a cue lemma not listed is "lemma rare".')
    for name in sorted(weights):
        print(f'{weights[name]:.3f} {name}')


if __name__ == '__main__':
    main()
