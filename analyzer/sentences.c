/* Sentence boundaries: paragraph starts, and . ! ? (with any closing quotation marks
 * and brackets glued to them) before a capitalised word, a number or an opening mark,
 * perhaps in an opening bracket, unless the period belongs to an abbreviation, a title or an
 * initial.  A run of QS_SENTENCE_MAX tokens with no boundary is cut (soft_cut): no
 * news sentence comes near it (PolNeAR's longest is 198 tokens), and every later stage
 * scans within a sentence, so the cut keeps hostile input (one sentence of 100,000 "he
 * said") linear. */
#include "internal.h"

#define QS_SENTENCE_MAX 400

static gboolean closes_after_punct(const QsToken *t)
{
    if (t->flags & QS_TF_SPACE_BEFORE)
        return FALSE;
    if (t->kind == QS_TOK_QUOTE)
        return t->mark != QS_MARK_OPEN_DOUBLE && t->mark != QS_MARK_OPEN_GUILLEMET &&
               t->mark != QS_MARK_LOW_DOUBLE && t->mark != QS_MARK_OPEN_SINGLE;
    return t->kind == QS_TOK_PUNCT && (t->flags & QS_TF_END_PUNCT);
}

static gboolean closing_bracket(const QsAnalysis *a, guint32 i)
{
    return qs_tok_is_char(a, i, ')') || qs_tok_is_char(a, i, ']');
}

/* Token @i can open a sentence: a capitalised word, a number, an opening mark, or a
 * bracket before one of those ("... this stage. (Obama had collected ...)"). */
static gboolean can_open_sentence(const QsAnalysis *a, guint32 i)
{
    if ((qs_tok_is_char(a, i, '(') || qs_tok_is_char(a, i, '[')) && i + 1 < a->tokens->len &&
        !(qs_tok(a, i + 1)->flags & QS_TF_SPACE_BEFORE))
        i++;
    const QsToken *t = qs_tok(a, i);
    if (t->kind == QS_TOK_QUOTE || t->kind == QS_TOK_NUMBER)
        return TRUE;
    return t->kind == QS_TOK_WORD && (t->flags & QS_TF_CAP);
}

#define QS_ABBREV_MAX 8 /* letters of an abbreviation looked up after a hyphen ("Sen", "Gov") */

/* The period at token @i is part of an abbreviation ("Dr.", "U.S.") or an initial. */
static gboolean abbreviation_period(const QsAnalysis *a, guint32 i)
{
    if (i == 0 || !qs_tok_is_char(a, i, '.'))
        return FALSE;
    const QsToken *prev = qs_tok(a, i - 1);
    if (prev->kind != QS_TOK_WORD || (qs_tok(a, i)->flags & QS_TF_SPACE_BEFORE))
        return FALSE;
    if ((prev->flags & QS_TF_INITIAL) || qs_tok_has(a, i - 1, QS_LEX_ABBREV))
        return TRUE;
    /* "then-Sen. Barack Obama": the title after a hyphen */
    const char *word = a->doc->text + prev->start, *end = a->doc->text + prev->end;
    const char *hyphen = g_strrstr_len(word, end - word, "-");
    if (hyphen == NULL || end - (hyphen + 1) > QS_ABBREV_MAX)
        return FALSE;
    char lower[QS_ABBREV_MAX];
    gsize n = (gsize)(end - (hyphen + 1));
    for (gsize k = 0; k < n; k++)
        lower[k] = g_ascii_tolower(hyphen[1 + k]);
    guint32 entry = qs_lexicon_lookup(a->lex, lower, n);
    guint32 flags = entry != 0 ? qs_lexicon_entry(a->lex, entry)->flags : 0;
    return (flags & QS_LEX_ABBREV) && (flags & QS_LEX_TITLE); /* not "op-ed." */
}

/* Sentence @s is set in title case, as headlines are: four words or more, three in four
 * of them capitalised, and at most one lower-case word of five letters or more (short
 * ones are the prepositions and articles headlines leave in lower case: "Bernie
 * Sanders Says He's Already Started Writing His Inaugural Address"). */
static gboolean title_case(const QsAnalysis *a, const QsSentence *s)
{
    guint words = 0, capitalised = 0, long_lower = 0;
    for (guint32 i = s->tok_start; i < s->tok_end; i++) {
        const QsToken *t = qs_tok(a, i);
        if (t->kind != QS_TOK_WORD)
            continue;
        words++;
        if (t->flags & QS_TF_CAP)
            capitalised++;
        else if (t->end - t->start > 4 && ++long_lower > 1)
            return FALSE; /* most sentences are told within a few words */
    }
    return words >= 4 && capitalised * 4 >= words * 3;
}

/* A headline's capitals are typography, not names: its verbs after the first word (cue
 * verbs, finite verbs, modals, forms of "be") lose QS_TF_CAP, so that "Bellwether
 * County Says Trump Should Win" has the cue "Says" after the name and a clause with the
 * verb "Should".  The first word keeps it: it opens the sentence. */
static void uncap_headline_verbs(QsAnalysis *a, const QsSentence *s)
{
    if (!s->title_case)
        return;
    QsToken *toks = (QsToken *)a->tokens->data;
    gboolean first = TRUE;
    for (guint32 i = s->tok_start; i < s->tok_end; i++) {
        if (toks[i].kind != QS_TOK_WORD)
            continue;
        if (!first && qs_tok_has(a, i, QS_LEX_CUE | QS_LEX_FINITE | QS_LEX_VERB_MOD | QS_LEX_BE))
            toks[i].flags &= ~QS_TF_CAP;
        first = FALSE;
    }
}

/* Where a run of QS_SENTENCE_MAX tokens with no boundary, ending before token @i, is cut:
 * after its last comma, semicolon or colon in the final quarter, so that a cue and its
 * speaker stay together; else at @i. */
static guint32 soft_cut(const QsAnalysis *a, guint32 i)
{
    for (guint32 k = i; k-- > i - QS_SENTENCE_MAX / 4;)
        if (qs_tok_is_char(a, k, ',') || qs_tok_is_char(a, k, ';') || qs_tok_is_char(a, k, ':'))
            return k + 1 < i ? k + 1 : i;
    return i;
}

/* Ends sentence @s before token @end and appends it. */
static void close_sentence(QsAnalysis *a, QsSentence *s, guint32 end)
{
    s->tok_end = end;
    s->title_case = title_case(a, s);
    uncap_headline_verbs(a, s);
    g_array_append_val(a->sentences, *s);
}

void qs_sentences_run(QsAnalysis *a)
{
    guint n = a->tokens->len;
    a->sentences = g_array_new(FALSE, FALSE, sizeof(QsSentence));
    QsToken *toks = (QsToken *)a->tokens->data;
    QsSentence cur = {0};
    gboolean open = FALSE;
    guint32 paragraphs = 0; /* begun so far; the first token begins one */
    /* the last end punctuation of the sentence before token i with only closers after
     * it, or QS_NONE: kept as the tokens go by, so that a run of closers is not walked
     * again at each token */
    guint32 punct = QS_NONE;
    for (guint32 i = 0; i < n; i++) {
        gboolean starts = (toks[i].flags & QS_TF_PARA_START) != 0;
        paragraphs += starts;
        if (!starts && open && punct != QS_NONE && (toks[i].flags & QS_TF_SPACE_BEFORE) &&
            can_open_sentence(a, i) && !abbreviation_period(a, punct))
            starts = TRUE;
        if (!starts && open && i - cur.tok_start >= QS_SENTENCE_MAX) {
            guint32 cut = soft_cut(a, i);
            if (cut < i) { /* the tokens after the cut move to the next sentence */
                close_sentence(a, &cur, cut);
                cur.tok_start = cut;
                toks[cut].flags |= QS_TF_SENT_START;
                for (guint32 j = cut; j < i; j++)
                    toks[j].sent = a->sentences->len;
            } else {
                starts = TRUE;
            }
        }
        if (starts && open)
            close_sentence(a, &cur, i);
        if (starts || !open) {
            cur.tok_start = i;
            cur.para = paragraphs - 1;
            toks[i].flags |= QS_TF_SENT_START;
            open = TRUE;
        }
        toks[i].sent = a->sentences->len;
        if (toks[i].flags & QS_TF_END_PUNCT)
            punct = i;
        else if (!(closes_after_punct(&toks[i]) || closing_bracket(a, i)) || i == cur.tok_start)
            punct = QS_NONE;
    }
    if (open)
        close_sentence(a, &cur, n);
}
