/* The attribution sieve for direct quotations, most certain rule first:
 *   1. a cue clause right after the closing mark:  "...," said X / "...," X said
 *   2. a cue clause right before the opening mark: X said, "..." / X: "..."
 *      (a quotation with both, split by its cue, is one quote in two fragments)
 *   3. a quotation with no cue of its own that opens the sentence after a cue clause
 *      with a speaker and nothing else to introduce ('Brook agreed. "..."') has that
 *      speaker; else, continuation: it continues the speaker of the quote before it in
 *      its paragraph (joining that quote as its second fragment when the speaker's cue
 *      closed it), or in the paragraph before when it opens its own
 *   4. a short quotation (a scare quote or a title) with no speaker is dropped; a longer
 *      one is reported unattributed.
 * Indirect and mixed quotes come from reported.c; all are then put in text order. */
#include "internal.h"

#include <math.h>
#include <string.h>

typedef struct {
    guint32 cue; /* QS_NONE when no cue clause touches the quotation */
    gboolean cue_follows;
} Link;

static QsHow how_for(const QsAnalysis *a, const QsCue *c)
{
    if (c->kind == QS_CUE_DASH)
        return QS_HOW_DASH;
    if (c->kind == QS_CUE_COLON)
        return QS_HOW_COLON;
    if (c->kind == QS_CUE_ACCORDING)
        return QS_HOW_ACCORDING_TO;
    if (c->mention == QS_NONE)
        return QS_HOW_NAME;
    switch (g_array_index(a->mentions, QsMention, c->mention).kind) {
    case QS_MENTION_PRONOUN:
        return QS_HOW_PRONOUN;
    case QS_MENTION_NOMINAL:
        return QS_HOW_NOMINAL;
    default:
        return QS_HOW_NAME;
    }
}

const char *qs_how_name(QsHow how)
{
    static const char *const names[] = {"name",         "pronoun", "nominal", "continuation",
                                        "according-to", "dash",    "colon"};
    return names[how];
}

static gboolean same_paragraph(const QsAnalysis *a, guint32 i, guint32 j)
{
    return qs_tok_para(a, i) == qs_tok_para(a, j);
}

/* A quotation handed to the cue after it ends its sentence inside the marks ("...,"
 * "...?") or before a comma; a short one without that is a title or a scare quote
 * inside the narration ('the "flexibility" clause in the latest offer'). */
static gboolean ends_as_speech(const QsAnalysis *a, const QsDirect *d)
{
    if (!(d->flags & QS_SPAN_SHORT))
        return TRUE;
    guint32 last = d->close_tok - 1;
    return qs_tok_is_char(a, last, ',') || (qs_tok(a, last)->flags & QS_TF_END_PUNCT) ||
           qs_tok_is_char(a, d->close_tok + 1, ',');
}

#define QS_INTRO_REACH 10 /* "told her supporters in Concord on Tuesday, \"...\"" */

/* The direct quotation a cue clause ending at @hi introduces: right after it, or after
 * a few words ("told her supporters, "), always behind a comma or colon; in the
 * paragraph after only behind a colon ("released the following statement:"). */
static guint32 quote_introduced(const QsAnalysis *a, guint32 ci, guint32 hi)
{
    guint32 d = qs_direct_opening_at(a, hi);
    if (d != QS_NONE) {
        const QsDirect *q = &g_array_index(a->directs, QsDirect, d);
        /* the colon after the clause, or the colon cue that is the clause */
        gboolean colon = qs_tok_is_char(a, hi, ':') || qs_tok_is_char(a, hi - 1, ':');
        return same_paragraph(a, q->open_tok, hi - 1) || colon ? d : QS_NONE;
    }
    guint32 next_cue =
        ci + 1 < a->cues->len ? g_array_index(a->cues, QsCue, ci + 1).tok_start : a->tokens->len;
    for (guint32 k = hi; k < hi + QS_INTRO_REACH && k < next_cue && k + 1 < a->tokens->len; k++) {
        const QsToken *t = qs_tok(a, k);
        if (t->kind == QS_TOK_QUOTE || (t->flags & QS_TF_END_PUNCT) ||
            t->sent != qs_tok(a, hi)->sent)
            return QS_NONE;
        if ((qs_tok_is_char(a, k, ',') || qs_tok_is_char(a, k, ':')) &&
            qs_tok_opens_quote(a, k + 1))
            return qs_tok_para(a, k + 1) == qs_tok_para(a, k) || qs_tok_is_char(a, k, ':')
                       ? qs_direct_at(a, k + 1)
                       : QS_NONE;
    }
    return QS_NONE;
}

/* TRUE when cue @ci (or QS_NONE) names a speaker: a cue without one gives way to a
 * later cue that has one ('with a caveat: "...," the source said'). */
static gboolean has_speaker(const QsAnalysis *a, guint32 ci)
{
    return ci != QS_NONE && g_array_index(a->cues, QsCue, ci).mention != QS_NONE;
}

/* Rules 1 and 2: which cue clause touches each direct quotation. */
static Link *link_cues(const QsAnalysis *a)
{
    Link *links = g_new(Link, a->directs->len);
    for (guint i = 0; i < a->directs->len; i++)
        links[i] = (Link){QS_NONE, FALSE};
    for (guint ci = 0; ci < a->cues->len; ci++) {
        const QsCue *c = &g_array_index(a->cues, QsCue, ci);
        if (c->negated)
            continue;
        guint32 lo, hi;
        qs_cue_clause(a, c, &lo, &hi);
        /* ', saying' leans on the main clause: a quotation before it is not its own; a
         * dash credit may open the paragraph after its quotation (cues.c) */
        guint32 before = c->shares_mention ? QS_NONE : qs_direct_closing_before(a, lo);
        if (before != QS_NONE && !has_speaker(a, links[before].cue) &&
            ends_as_speech(a, &g_array_index(a->directs, QsDirect, before)) &&
            (same_paragraph(a, g_array_index(a->directs, QsDirect, before).close_tok, lo) ||
             c->kind == QS_CUE_DASH))
            links[before] = (Link){ci, TRUE};
        guint32 after = quote_introduced(a, ci, hi);
        if (after != QS_NONE && !has_speaker(a, links[after].cue) &&
            !(g_array_index(a->directs, QsDirect, after).flags & QS_SPAN_FRAGMENT))
            links[after] = (Link){ci, FALSE};
    }
    return links;
}

/* Speaker @mention (or QS_NONE) has an affiliation set off by a comma: "Kamiljon
 * Jabbarov, from the defence ministry"; "Tom Carper of Delaware" is one noun phrase. */
static gboolean set_off_affiliation(const QsAnalysis *a, guint32 mention)
{
    if (mention == QS_NONE)
        return FALSE;
    const QsMention *m = &g_array_index(a->mentions, QsMention, mention);
    if (m->desc_start == m->desc_end)
        return FALSE;
    guint32 t = qs_token_at(a, m->desc_start);
    return t != QS_NONE && t > 0 && qs_tok_has(a, t, QS_LEX_PREP) && qs_tok_is_char(a, t - 1, ',');
}

/* The first token of the words that open the quotation's sentence before its mark,
 * when the quotation ends a sentence of narration: 'Nabisco issued a notice and "that
 * group is leaving," she said' is one mixed statement.  QS_NONE otherwise. */
static guint32 narration_before(const QsAnalysis *a, const QsDirect *d)
{
    if (d->open_tok == 0 || (qs_tok(a, d->open_tok)->flags & QS_TF_SENT_START))
        return QS_NONE;
    const QsToken *prev = qs_tok(a, d->open_tok - 1);
    if (prev->kind != QS_TOK_WORD || qs_tok_has(a, d->open_tok - 1, QS_LEX_CUE))
        return QS_NONE;
    guint32 start = g_array_index(a->sentences, QsSentence, qs_tok(a, d->open_tok)->sent).tok_start;
    for (guint32 k = start; k < d->open_tok; k++)
        if (qs_tok(a, k)->kind == QS_TOK_QUOTE)
            return QS_NONE;
    return start;
}

/* The quotation after direct @i is its second fragment: "A," he said, "B." shares the
 * cue; so does "A," he said. "B." when B opens the next sentence with no cue of its
 * own, as PolNeAR annotates it.  After a speaker given with an affiliation set off by a
 * comma ("said X, from the defence ministry.") the next quotation stays separate, as
 * the seed article's annotation has it; "said Sen. Tom Carper of Delaware." does not
 * stop it. */
static gboolean continues_after_cue(const QsAnalysis *a, const Link *links, guint i)
{
    const QsDirect *next = &g_array_index(a->directs, QsDirect, i + 1);
    if (next->flags & QS_SPAN_ABSORBED)
        return FALSE;
    if (links[i + 1].cue == links[i].cue && !links[i + 1].cue_follows)
        return qs_tok_is_char(a, next->open_tok - 1, ',');
    if (links[i + 1].cue != QS_NONE)
        return FALSE;
    /* B opens the sentence after the cue's, in its paragraph ("said Wednesday
     * afternoon." and "said as she accepted her award." included) */
    guint32 ci = links[i].cue;
    const QsCue *c = &g_array_index(a->cues, QsCue, ci);
    const QsToken *open = qs_tok(a, next->open_tok);
    if (open->sent != qs_tok(a, c->tok_start)->sent + 1 ||
        qs_tok_para(a, next->open_tok) != qs_tok_para(a, c->tok_start) ||
        !(qs_tok(a, next->open_tok - 1)->flags & QS_TF_END_PUNCT))
        return FALSE;
    return !set_off_affiliation(a, c->mention);
}

static gint by_start(gconstpointer x, gconstpointer y)
{
    const QsQuote *p = x, *q = y;
    return p->start < q->start ? -1 : p->start > q->start;
}

/* The cue of the sentence before the one direct quotation @q opens, when that cue has a
 * speaker, ends its sentence and introduced nothing else: 'Bystrom agreed. "Mainstream
 * Republicans are running out of time."'  QS_NONE otherwise.  @next_cue is the first
 * cue not yet passed: quotations come in text order, so the cues are walked once. */
static guint32 cue_of_sentence_before(const QsAnalysis *a, const QsQuote *q, const gboolean *used,
                                      guint32 *next_cue)
{
    /* the opening mark: before the first token of attribute.c's quotations, the first
     * token itself of reported.c's wholly quoted contents ('"It appears good."') */
    guint32 open = q->first_tok;
    if (qs_tok(a, open)->kind != QS_TOK_QUOTE) {
        if (open == 0)
            return QS_NONE;
        open--;
    }
    const QsToken *mark = qs_tok(a, open);
    if (!(mark->flags & QS_TF_SENT_START) || mark->sent == 0)
        return QS_NONE;
    const QsSentence *before = &g_array_index(a->sentences, QsSentence, mark->sent - 1);
    while (*next_cue < a->cues->len &&
           g_array_index(a->cues, QsCue, *next_cue).tok_start < before->tok_end)
        (*next_cue)++;
    if (before->para != qs_tok_para(a, open) || *next_cue == 0)
        return QS_NONE;
    guint32 ci = *next_cue - 1; /* the last cue before the quotation's sentence */
    const QsCue *c = &g_array_index(a->cues, QsCue, ci);
    if (c->tok_start < before->tok_start || c->mention == QS_NONE || used[ci] || c->negated)
        return QS_NONE;
    guint32 lo, hi;
    qs_cue_clause(a, c, &lo, &hi);
    gboolean ends_sentence =
        hi + 1 == before->tok_end && (qs_tok(a, hi)->flags & QS_TF_END_PUNCT);
    return ends_sentence ? ci : QS_NONE;
}

/* A continuation in @prev's paragraph joins @prev as its second fragment when @prev's
 * cue closed it ('"A," he said, and went on. "B."', 'A, he said. "B."'): PolNeAR
 * annotates such a run as one attribution.  Not after a speaker set off with an
 * affiliation, as in continues_after_cue. */
static gboolean joins_quote_before(const QsAnalysis *a, const QsQuote *prev)
{
    return prev->cue != QS_NONE &&
           qs_tok(a, g_array_index(a->cues, QsCue, prev->cue).tok_start)->start >= prev->frag_end &&
           !set_off_affiliation(a, prev->mention);
}

/* Rule 3 over the quotes in text order. */
static void continue_speakers(QsAnalysis *a)
{
    g_autofree gboolean *used = g_new0(gboolean, a->cues->len);
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->cue != QS_NONE)
            used[q->cue] = TRUE;
    }
    QsQuote *prev = NULL;
    guint32 next_cue = 0;
    guint kept = 0;
    for (guint i = 0; i < a->quotes->len; i++) {
        QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        guint32 before = q->mention == QS_NONE && q->kind == QS_QUOTE_DIRECT && !q->is_short
                             ? cue_of_sentence_before(a, q, used, &next_cue)
                             : QS_NONE;
        if (before != QS_NONE) {
            const QsCue *c = &g_array_index(a->cues, QsCue, before);
            q->cue = before;
            q->mention = c->mention;
            q->how = how_for(a, c);
            q->rule = "cue-sentence-before";
            used[before] = TRUE;
        } else if (q->mention == QS_NONE && q->kind == QS_QUOTE_DIRECT && !q->is_short &&
                   prev != NULL) {
            guint32 para = qs_tok_para(a, q->first_tok);
            guint32 prev_para = qs_tok_para(a, prev->first_tok);
            gboolean opens_para = (qs_tok(a, q->first_tok - 1)->flags & QS_TF_PARA_START) != 0;
            /* a quotation with a cue of its own, even one naming nobody, is no fragment
             * of the one before ('Her husband was more blunt: "B."') */
            if (para == prev_para && q->cue == QS_NONE && joins_quote_before(a, prev)) {
                if (prev->frag2_start == QS_NONE) {
                    prev->frag_end = prev->end;
                    prev->frag2_start = q->start;
                }
                prev->end = q->end;
                if (prev->kind == QS_QUOTE_INDIRECT)
                    prev->kind = QS_QUOTE_MIXED; /* 'A, he said. "B."' holds a quotation */
                continue; /* q is now part of prev */
            }
            if (para == prev_para || (opens_para && para == prev_para + 1)) {
                q->mention = prev->mention;
                q->how = QS_HOW_CONTINUATION;
                q->rule = "continuation";
            }
        }
        QsQuote *out = &g_array_index(a->quotes, QsQuote, kept++);
        *out = *q;
        if (out->mention != QS_NONE)
            prev = out;
    }
    g_array_set_size(a->quotes, kept);
}

/* Adds to *@z the weight of the confidence feature "@name @value" or, with a @detail,
 * "@name @value|@detail"; FALSE when the model has no such feature.  The key is joined by
 * hand: printf's parsing cost more than the rest of judging a quote. */
static gboolean add_weight(const QsAnalysis *a, const char *name, const char *value,
                           const char *detail, double *z)
{
    char key[128];
    gsize n = strlen(name), v = strlen(value), d = detail != NULL ? strlen(detail) : 0;
    if (n + v + d + 3 > sizeof key)
        return FALSE;
    memcpy(key, name, n);
    key[n] = ' ';
    memcpy(key + n + 1, value, v);
    gsize len = n + 1 + v;
    if (detail != NULL) {
        key[len++] = '|';
        memcpy(key + len, detail, d);
        len += d;
    }
    key[len] = '\0';
    double w = 0;
    gboolean found = qs_lexicon_confidence_weight(a->lex, key, &w);
    *z += w;
    return found;
}

/* How likely attribution @q is to be right end to end: the logistic model that
 * bench/calibrate.py learns from PolNeAR train (data/confidence_weights.txt), over its
 * rule with the way its speaker was found, its kind and its cue's lemma.  calibrate.py
 * builds the same features. */
static double confidence_of(const QsAnalysis *a, const QsQuote *q)
{
    const char *how = q->mention == QS_NONE ? "none" : qs_how_name(q->how);
    const char *lemma = q->cue == QS_NONE ? "none" : g_array_index(a->cues, QsCue, q->cue).lemma;
    double z = 0, bias;
    if (qs_lexicon_confidence_weight(a->lex, "bias", &bias))
        z += bias;
    add_weight(a, "rule+how", q->rule, how, &z);
    add_weight(a, "kind", qs_quote_kind_name(q->kind), NULL, &z);
    if (!add_weight(a, "lemma", lemma, NULL, &z))
        add_weight(a, "lemma", "rare", NULL, &z);
    return 1 / (1 + exp(-z));
}

/* Rule 4, and the confidence of each attribution; those below the --min-confidence
 * asked for go too. */
static void judge(QsAnalysis *a)
{
    guint kept = 0;
    for (guint i = 0; i < a->quotes->len; i++) {
        QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        q->confidence = confidence_of(a, q);
        if (!(q->is_short && q->mention == QS_NONE) && q->confidence >= a->options.min_confidence)
            g_array_index(a->quotes, QsQuote, kept++) = *q;
    }
    g_array_set_size(a->quotes, kept);
}

void qs_attribute_run(QsAnalysis *a)
{
    g_autofree Link *links = link_cues(a);
    for (guint i = 0; i < a->directs->len; i++) {
        const QsDirect *d = &g_array_index(a->directs, QsDirect, i);
        if (d->flags & QS_SPAN_ABSORBED)
            continue;
        QsQuote q = {0};
        q.kind = QS_QUOTE_DIRECT;
        q.start = d->start;
        q.end = q.frag_end = d->end;
        q.frag2_start = QS_NONE;
        q.first_tok = d->open_tok + 1;
        q.cue = links[i].cue;
        q.mention = QS_NONE;
        q.is_short = (d->flags & QS_SPAN_SHORT) != 0;
        q.rule = "unattributed";
        if (q.cue != QS_NONE) {
            const QsCue *c = &g_array_index(a->cues, QsCue, q.cue);
            q.mention = c->mention;
            q.how = how_for(a, c);
            q.rule = links[i].cue_follows ? "quote-then-cue" : "cue-then-quote";
            guint32 lead = links[i].cue_follows ? narration_before(a, d) : QS_NONE;
            if (lead !=
                QS_NONE) { /* 'Nabisco issued a notice and "that group is leaving," she said' */
                q.start = qs_tok(a, lead)->start;
                q.first_tok = lead;
                q.kind = QS_QUOTE_MIXED;
            }
            if (links[i].cue_follows && i + 1 < a->directs->len &&
                continues_after_cue(a, links, i)) {
                const QsDirect *next = &g_array_index(a->directs, QsDirect, i + 1);
                q.end = next->end;
                q.frag2_start = next->start;
                q.rule = "split-quote";
                i++;
            }
        }
        g_array_append_val(a->quotes, q);
    }
    g_array_sort(a->quotes, by_start);
    continue_speakers(a);
    judge(a);
}
