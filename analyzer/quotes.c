/* Direct quotation spans: pairs the marks (" “ ” „ « », ‘ ’ nested inside or opening
 * one, and a straight ' that opens and closes one in a paragraph), joins a
 * quotation that is reopened at the start of each following paragraph, and ends an
 * unclosed one with its paragraph so that it never swallows the rest of the text.
 * Short quotations (scare quotes, titles) are flagged here and judged by attribute.c,
 * which knows whether a speaker is near. */
#include "internal.h"

#define QS_SHORT_QUOTE_WORDS 3

typedef enum { FAMILY_DOUBLE, FAMILY_LOW, FAMILY_GUILLEMET, FAMILY_SINGLE } Family;

typedef struct {
    QsAnalysis *a;
    guint32 open_tok; /* QS_NONE when no quotation is open */
    Family family;
    guint32 flags;
    gboolean single_open; /* a nested ‘...’ inside the open quotation */
    /* the last look for a single closer: from token closer_from, it found closer, or
     * QS_NONE up to its paragraph's end closer_limit; kept because the marks come in
     * text order, so that a paragraph of lone straight marks is scanned once */
    guint32 closer_from, closer, closer_limit;
} Pairing;

static gboolean space_before(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    return (t->flags & (QS_TF_SPACE_BEFORE | QS_TF_PARA_START)) || i == 0;
}

static gboolean space_after(const QsAnalysis *a, guint32 i)
{
    return i + 1 >= a->tokens->len || space_before(a, i + 1);
}

/* A mark glued to the word after it and spaced from the one before opens. */
static gboolean looks_opening(const QsAnalysis *a, guint32 i)
{
    return space_before(a, i) && !space_after(a, i);
}

static gboolean looks_closing(const QsAnalysis *a, guint32 i)
{
    return !space_before(a, i);
}

/* A straight ' closing a quotation: glued to the word before, and not a plural's
 * possessive before its noun ("the Smiths' case", "the drummers' set"), where no
 * punctuation comes before it and a lower-case word after. */
static gboolean straight_single_closes(const QsAnalysis *a, guint32 i)
{
    if (!looks_closing(a, i))
        return FALSE;
    if (qs_tok(a, i - 1)->kind == QS_TOK_PUNCT || i + 1 >= a->tokens->len)
        return TRUE;
    const QsToken *after = qs_tok(a, i + 1);
    return !(after->kind == QS_TOK_WORD && !(after->flags & (QS_TF_CAP | QS_TF_PARA_START)));
}

/* Quoted speech ends with punctuation inside its marks ("...," he said); a quoted
 * fragment has none and its sentence runs on in words: 'said "local forces" must'. */
static gboolean runs_on(const QsAnalysis *a, guint32 close_tok)
{
    guint32 next = close_tok + 1;
    if (next >= a->tokens->len || close_tok == 0)
        return FALSE;
    const QsToken *after = qs_tok(a, next), *last = qs_tok(a, close_tok - 1);
    return (after->kind == QS_TOK_WORD || after->kind == QS_TOK_NUMBER) &&
           !(after->flags & (QS_TF_PARA_START | QS_TF_SENT_START)) && last->kind != QS_TOK_PUNCT;
}

static void emit(Pairing *p, guint32 close_tok, gboolean closed)
{
    QsAnalysis *a = p->a;
    QsDirect d = {0};
    d.open_tok = p->open_tok;
    d.close_tok = close_tok;
    d.start = qs_tok(a, p->open_tok)->start;
    d.end = qs_tok(a, close_tok)->end;
    d.flags = p->flags | (closed ? 0 : QS_SPAN_UNCLOSED);
    for (guint32 i = p->open_tok + 1; i < close_tok + (closed ? 0 : 1); i++) {
        guint8 kind = qs_tok(a, i)->kind;
        if (kind == QS_TOK_WORD || kind == QS_TOK_NUMBER)
            d.n_words++;
    }
    if (d.n_words <= QS_SHORT_QUOTE_WORDS)
        d.flags |= QS_SPAN_SHORT;
    if (closed && runs_on(a, close_tok))
        d.flags |= QS_SPAN_FRAGMENT;
    if (d.n_words > 0)
        g_array_append_val(a->directs, d);
    p->open_tok = QS_NONE;
    p->flags = 0;
    p->single_open = FALSE;
}

static void open_at(Pairing *p, guint32 i, Family family)
{
    p->open_tok = i;
    p->family = family;
    p->flags = 0;
    p->single_open = FALSE;
}

static gboolean is_reopening(const QsToken *t, Family family)
{
    if (t->kind != QS_TOK_QUOTE)
        return FALSE;
    switch (family) {
    case FAMILY_DOUBLE:
        return t->mark == QS_MARK_DOUBLE || t->mark == QS_MARK_OPEN_DOUBLE;
    case FAMILY_LOW:
        return t->mark == QS_MARK_LOW_DOUBLE;
    case FAMILY_GUILLEMET:
        return t->mark == QS_MARK_OPEN_GUILLEMET;
    case FAMILY_SINGLE:
        return t->mark == QS_MARK_OPEN_SINGLE || t->mark == QS_MARK_SINGLE;
    }
    return FALSE;
}

static void nested_single(Pairing *p, guint32 i, QsMark mark)
{
    if (!p->single_open &&
        (mark == QS_MARK_OPEN_SINGLE || (mark == QS_MARK_SINGLE && looks_opening(p->a, i))))
        p->single_open = TRUE;
    else if (p->single_open && mark != QS_MARK_OPEN_SINGLE && looks_closing(p->a, i))
        p->single_open = FALSE;
}

/* One quotation mark while a quotation is open. */
static void inside(Pairing *p, guint32 i, QsMark mark)
{
    QsAnalysis *a = p->a;
    switch (mark) {
    case QS_MARK_SINGLE:
    case QS_MARK_OPEN_SINGLE:
    case QS_MARK_CLOSE_SINGLE:
        if (p->family == FAMILY_SINGLE) {
            if (mark != QS_MARK_OPEN_SINGLE && !p->single_open &&
                (mark == QS_MARK_SINGLE ? straight_single_closes(a, i) : looks_closing(a, i)))
                emit(p, i, TRUE);
        } else {
            nested_single(p, i, mark);
        }
        return;
    case QS_MARK_OPEN_DOUBLE:
        if (p->family == FAMILY_LOW || (p->family == FAMILY_DOUBLE && looks_closing(a, i))) {
            emit(p, i, TRUE); /* „...“, or “ used for both marks */
        } else if (p->family == FAMILY_DOUBLE) {
            /* a new opening while one is open: the first one was never closed */
            emit(p, i - 1, FALSE);
            open_at(p, i, FAMILY_DOUBLE);
        }
        return;
    case QS_MARK_DOUBLE:
    case QS_MARK_CLOSE_DOUBLE:
        if (p->family == FAMILY_DOUBLE || p->family == FAMILY_LOW)
            emit(p, i, TRUE);
        return;
    case QS_MARK_CLOSE_GUILLEMET:
        if (p->family == FAMILY_GUILLEMET)
            emit(p, i, TRUE);
        return;
    default:
        return;
    }
}

/* A straight ' opening a quotation, as in British plain text ('We lost,' he said): spaced
 * from the word before, glued to the one after, and closed in its paragraph; not a
 * year's ("the '80s") or a word's elision ("rock 'n' roll", "'til", "'cause"). */
static gboolean straight_single_opens(Pairing *p, guint32 i)
{
    const QsAnalysis *a = p->a;
    static const char *const elided[] = {"til", "cause", "em", "tis", "n"};
    if (!looks_opening(a, i) || qs_tok(a, i + 1)->kind == QS_TOK_NUMBER ||
        qs_tok_is_one_of(a, i + 1, elided, G_N_ELEMENTS(elided)))
        return FALSE;
    guint32 from = i + 2;
    gboolean known = from >= p->closer_from &&
                     (p->closer != QS_NONE ? p->closer >= from : from < p->closer_limit);
    if (!known) {
        guint32 para = qs_tok_para(a, i), k = from;
        p->closer = QS_NONE;
        for (; k < a->tokens->len && qs_tok_para(a, k) == para && p->closer == QS_NONE; k++) {
            const QsToken *t = qs_tok(a, k);
            if (t->kind == QS_TOK_QUOTE &&
                (t->mark == QS_MARK_SINGLE
                     ? straight_single_closes(a, k)
                     : t->mark == QS_MARK_CLOSE_SINGLE && looks_closing(a, k)))
                p->closer = k;
        }
        p->closer_from = from;
        p->closer_limit = k;
    }
    return p->closer != QS_NONE;
}

/* One quotation mark while none is open. */
static void outside(Pairing *p, guint32 i, QsMark mark)
{
    QsAnalysis *a = p->a;
    switch (mark) {
    case QS_MARK_DOUBLE:
        /* a straight mark glued to the word before it, with none open, is a stray closer */
        if (!(looks_closing(a, i) && space_after(a, i)))
            open_at(p, i, FAMILY_DOUBLE);
        else
            g_array_append_val(a->stray_marks, i);
        return;
    case QS_MARK_OPEN_DOUBLE:
        open_at(p, i, FAMILY_DOUBLE);
        return;
    case QS_MARK_CLOSE_DOUBLE:
        if (looks_opening(a, i)) /* ” used for both marks */
            open_at(p, i, FAMILY_DOUBLE);
        else
            g_array_append_val(a->stray_marks, i);
        return;
    case QS_MARK_CLOSE_GUILLEMET:
        g_array_append_val(a->stray_marks, i);
        return;
    case QS_MARK_LOW_DOUBLE:
        open_at(p, i, FAMILY_LOW);
        return;
    case QS_MARK_OPEN_GUILLEMET:
        open_at(p, i, FAMILY_GUILLEMET);
        return;
    case QS_MARK_OPEN_SINGLE:
        if (looks_opening(a, i))
            open_at(p, i, FAMILY_SINGLE);
        return;
    case QS_MARK_SINGLE:
        if (straight_single_opens(p, i))
            open_at(p, i, FAMILY_SINGLE);
        return;
    default:
        return; /* stray closers */
    }
}

void qs_quotes_run(QsAnalysis *a)
{
    a->directs = g_array_new(FALSE, FALSE, sizeof(QsDirect));
    a->stray_marks = g_array_new(FALSE, FALSE, sizeof(guint32));
    Pairing p = {a, QS_NONE, FAMILY_DOUBLE, 0, FALSE, 0, QS_NONE, 0};
    guint32 n = a->tokens->len;
    for (guint32 i = 0; i < n; i++) {
        const QsToken *t = qs_tok(a, i);
        if (p.open_tok != QS_NONE && (t->flags & QS_TF_PARA_START) && i > p.open_tok) {
            if (is_reopening(t, p.family)) {
                p.flags |= QS_SPAN_MULTI_PARA; /* the quotation goes on: skip the reopening */
                p.single_open = FALSE;
                continue;
            }
            emit(&p, i - 1, FALSE);
        }
        if (t->kind != QS_TOK_QUOTE)
            continue;
        if (p.open_tok != QS_NONE)
            inside(&p, i, t->mark);
        else
            outside(&p, i, t->mark);
    }
    if (p.open_tok != QS_NONE && n > 0)
        emit(&p, n - 1, FALSE);
}

guint32 qs_direct_at(const QsAnalysis *a, guint32 tok)
{
    guint lo = 0, hi = a->directs->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        const QsDirect *d = &g_array_index(a->directs, QsDirect, mid);
        if (tok < d->open_tok)
            hi = mid;
        else if (tok > d->close_tok)
            lo = mid + 1;
        else
            return mid;
    }
    return QS_NONE;
}

/* Spans open on a quotation mark, and closed ones end on one: a token of another kind
 * is answered without the binary search, which most callers' tokens are. */
gboolean qs_tok_opens_quote(const QsAnalysis *a, guint32 i)
{
    if (i >= a->tokens->len || qs_tok(a, i)->kind != QS_TOK_QUOTE)
        return FALSE;
    guint32 d = qs_direct_at(a, i);
    return d != QS_NONE && g_array_index(a->directs, QsDirect, d).open_tok == i;
}

static gboolean introducer(const QsAnalysis *a, guint32 i)
{
    return qs_tok_is_char(a, i, ',') || qs_tok_is_char(a, i, ':');
}

guint32 qs_direct_opening_at(const QsAnalysis *a, guint32 i)
{
    if (i < a->tokens->len && introducer(a, i))
        i++;
    if (i >= a->tokens->len || !qs_tok_opens_quote(a, i))
        return QS_NONE;
    return qs_direct_at(a, i);
}

guint32 qs_direct_closing_before(const QsAnalysis *a, guint32 i)
{
    if (i == 0)
        return QS_NONE;
    i--;
    if (introducer(a, i) && i > 0)
        i--;
    if (qs_tok(a, i)->kind != QS_TOK_QUOTE)
        return QS_NONE;
    guint32 d = qs_direct_at(a, i);
    if (d == QS_NONE || g_array_index(a->directs, QsDirect, d).close_tok != i ||
        (g_array_index(a->directs, QsDirect, d).flags & QS_SPAN_UNCLOSED))
        return QS_NONE;
    return d;
}
