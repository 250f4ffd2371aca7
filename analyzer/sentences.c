/* Sentence boundaries: paragraph starts, and . ! ? (with any closing quotation marks
 * and brackets glued to them) before a capitalised word, a number or an opening mark,
 * perhaps in an opening bracket, unless the period belongs to an abbreviation, a title or an
 * initial. */
#include "internal.h"

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

/* The period at token @i is part of an abbreviation ("Dr.", "U.S.") or an initial. */
static gboolean abbreviation_period(const QsAnalysis *a, guint32 i)
{
    if (i == 0 || !qs_tok_is_char(a, i, '.'))
        return FALSE;
    const QsToken *prev = qs_tok(a, i - 1);
    if (prev->kind != QS_TOK_WORD || (qs_tok(a, i)->flags & QS_TF_SPACE_BEFORE))
        return FALSE;
    return (prev->flags & QS_TF_INITIAL) || qs_tok_has(a, i - 1, QS_LEX_ABBREV);
}

void qs_sentences_run(QsAnalysis *a)
{
    guint n = a->tokens->len;
    a->sentences = g_array_new(FALSE, FALSE, sizeof(QsSentence));
    QsToken *toks = (QsToken *)a->tokens->data;
    QsSentence cur = {0, 0, 0};
    gboolean open = FALSE;
    guint32 paragraphs = 0; /* begun so far; the first token begins one */
    for (guint32 i = 0; i < n; i++) {
        gboolean starts = (toks[i].flags & QS_TF_PARA_START) != 0;
        paragraphs += starts;
        if (!starts && i > 0 && open && (toks[i].flags & QS_TF_SPACE_BEFORE)) {
            /* find the last end punctuation before i, with only closers between */
            guint32 j = i - 1;
            while (j > cur.tok_start && !(toks[j].flags & QS_TF_END_PUNCT) &&
                   (closes_after_punct(&toks[j]) || closing_bracket(a, j)))
                j--;
            if ((toks[j].flags & QS_TF_END_PUNCT) && can_open_sentence(a, i) &&
                !abbreviation_period(a, j))
                starts = TRUE;
        }
        if (starts && open) {
            cur.tok_end = i;
            g_array_append_val(a->sentences, cur);
        }
        if (starts || !open) {
            cur.tok_start = i;
            cur.para = paragraphs - 1;
            toks[i].flags |= QS_TF_SENT_START;
            open = TRUE;
        }
        toks[i].sent = a->sentences->len;
    }
    if (open) {
        cur.tok_end = n;
        g_array_append_val(a->sentences, cur);
    }
}
