/* Speaker mentions: for each cue, the noun phrase that names who is speaking, with its
 * title and description.  "X said" and "X, a Y, said" look left of the verb; "said X,
 * the Z of W" and "according to X" look right; "X: «...»" and "... -- X" use the colon
 * and dash.  A relative pronoun ("X who visited Y said") stands for the phrase before
 * it.  Only the words matter here; sources.c decides who a mention refers to. */
#include "internal.h"

#include <string.h>

#define QS_MAX_SUBJECT_TOKENS 12
#define QS_MAX_INVERTED_TOKENS 10
#define QS_MAX_ACCORDING_TOKENS 24

static gboolean is_word(const QsAnalysis *a, guint32 i)
{
    return i < a->tokens->len && qs_tok(a, i)->kind == QS_TOK_WORD;
}

static gboolean is_wordish(const QsAnalysis *a, guint32 i)
{
    return i < a->tokens->len &&
           (qs_tok(a, i)->kind == QS_TOK_WORD || qs_tok(a, i)->kind == QS_TOK_NUMBER);
}

/* The "%" of "47%": a number's sign, part of the noun phrase ("47% say"). */
static gboolean is_percent(const QsAnalysis *a, guint32 i)
{
    return i > 0 && qs_tok_is_char(a, i, '%') && !(qs_tok(a, i)->flags & QS_TF_SPACE_BEFORE) &&
           qs_tok(a, i - 1)->kind == QS_TOK_NUMBER;
}

static gboolean same_sentence(const QsAnalysis *a, guint32 i, guint32 j)
{
    return i < a->tokens->len && j < a->tokens->len && qs_tok(a, i)->sent == qs_tok(a, j)->sent;
}

/* A capitalised word that can be part of a name. */
gboolean qs_name_word(const QsAnalysis *a, guint32 i)
{
    if (!is_word(a, i))
        return FALSE;
    const QsToken *t = qs_tok(a, i);
    return (t->flags & (QS_TF_CAP | QS_TF_ALLCAPS)) && !qs_tok_has(a, i, QS_LEX_NAME_STOP);
}

/* The "$" of "$30 billion": a currency sign glued to the number after it. */
static gboolean is_currency(const QsAnalysis *a, guint32 i)
{
    if (i + 1 >= a->tokens->len || qs_tok(a, i + 1)->kind != QS_TOK_NUMBER ||
        (qs_tok(a, i + 1)->flags & QS_TF_SPACE_BEFORE))
        return FALSE;
    static const char *const signs[] = {"$", "\u00a3", "\u20ac"}; /* $, pound, euro */
    const QsToken *t = qs_tok(a, i);
    for (gsize k = 0; k < G_N_ELEMENTS(signs); k++)
        if (t->end - t->start == strlen(signs[k]) &&
            memcmp(a->doc->text + t->start, signs[k], t->end - t->start) == 0)
            return TRUE;
    return FALSE;
}

/* A token glued inside a noun phrase: the period of "Gen." or "J.", the apostrophe of
 * "dockworkers'", an ampersand. */
static gboolean glue(const QsAnalysis *a, guint32 i)
{
    if (i == 0 || i >= a->tokens->len || (qs_tok(a, i)->flags & QS_TF_SPACE_BEFORE))
        return FALSE;
    const QsToken *t = qs_tok(a, i);
    if (qs_tok_is_char(a, i, '.')) {
        const QsToken *w = qs_tok(a, i - 1); /* "J.", "Gen.", "N.C." */
        return (w->flags & QS_TF_INITIAL) || qs_tok_has(a, i - 1, QS_LEX_ABBREV) ||
               (w->kind == QS_TOK_WORD && memchr(a->doc->text + w->start, '.', w->end - w->start));
    }
    if (t->kind == QS_TOK_QUOTE && (t->mark == QS_MARK_SINGLE || t->mark == QS_MARK_CLOSE_SINGLE))
        return is_word(a, i - 1) && a->doc->text[qs_tok(a, i - 1)->end - 1] == 's';
    return FALSE;
}

/* First token of the name ending at @j (inclusive), not before @floor. */
static guint32 name_run_left(const QsAnalysis *a, guint32 j, guint32 floor)
{
    guint32 k = j;
    while (k > floor && !(qs_tok(a, k)->flags & QS_TF_SENT_START)) {
        guint32 p = k - 1;
        if (qs_name_word(a, p) || (glue(a, p) && p > floor && qs_name_word(a, p - 1)))
            k = p;
        else if (qs_tok_has(a, p, QS_LEX_PARTICLE) && is_word(a, p) && p > floor &&
                 qs_name_word(a, p - 1))
            k = p;
        else
            break;
    }
    return k;
}

/* One past the last token of the name starting at @i. */
guint32 qs_name_run_right(const QsAnalysis *a, guint32 i, guint32 limit)
{
    guint32 k = i;
    while (k < limit && (k == i || !(qs_tok(a, k)->flags & QS_TF_SENT_START))) {
        if (qs_name_word(a, k) || (k > i && glue(a, k)))
            k++;
        else if (k > i && qs_tok_has(a, k, QS_LEX_PARTICLE) && qs_name_word(a, k + 1))
            k++;
        else
            break;
    }
    return k;
}

/* The first token after the title at the start of name run [start, end): the run up
 * to its last title word ("Health Minister Tomas Reyes"), when a name follows. */
guint32 qs_after_title(const QsAnalysis *a, guint32 start, guint32 end)
{
    guint32 name = start;
    for (guint32 k = start; k < end; k++) {
        if (qs_tok_has(a, k, QS_LEX_TITLE)) {
            guint32 next = k + 1;
            if (next < end && qs_tok_is_char(a, next, '.'))
                next++;
            if (next < end && qs_name_word(a, next))
                name = next;
        }
    }
    return name;
}

guint32 qs_after_title_of(const QsAnalysis *a, guint32 start, guint32 end)
{
    return start >= 2 && end - start >= 3 && qs_tok_is_word(a, start - 1, "of") &&
                   qs_tok_has(a, start - 2, QS_LEX_TITLE)
               ? start + 1
               : start;
}

static gboolean is_subject_pronoun(const QsAnalysis *a, guint32 i)
{
    const QsLexEntry *e = qs_tok_lex(a, i);
    return (e->flags & QS_LEX_PRONOUN) && e->pron_class != QS_PRON_RELATIVE;
}

static gboolean is_relative(const QsAnalysis *a, guint32 i)
{
    if (!is_word(a, i))
        return FALSE;
    const QsLexEntry *e = qs_tok_lex(a, i);
    if (!(e->flags & QS_LEX_PRONOUN) || e->pron_class != QS_PRON_RELATIVE)
        return FALSE;
    /* after a verb, "that" opens the reported clause: "argued that the target would" */
    if (qs_tok_is_word(a, i, "that"))
        return i > 0 && is_word(a, i - 1) && !qs_tok_has(a, i - 1, QS_LEX_CUE | QS_LEX_FINITE);
    return TRUE;
}

/* "and"/"or" joins two speakers ("sources and military leaders") when a name or a
 * role noun stands before it. */
static gboolean joins_speakers(const QsAnalysis *a, guint32 i)
{
    if (i == 0)
        return FALSE;
    const char *w = a->doc->text + qs_tok(a, i)->start;
    gsize n = qs_tok(a, i)->end - qs_tok(a, i)->start;
    gboolean conj = (n == 3 && g_ascii_strncasecmp(w, "and", 3) == 0) ||
                    (n == 2 && g_ascii_strncasecmp(w, "or", 2) == 0);
    return conj &&
           (qs_name_word(a, i - 1) || qs_tok_has(a, i - 1, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG));
}

#define QS_BRACKET_REACH 8

/* The "(" of the ")" at @close, a few tokens back, or QS_NONE. */
static guint32 opening_bracket(const QsAnalysis *a, guint32 close, guint32 floor)
{
    for (guint32 k = close; k-- > floor && close - k <= QS_BRACKET_REACH;)
        if (qs_tok_is_char(a, k, '('))
            return k;
    return QS_NONE;
}

/* "Podesta — Bill Clinton’s former White House chief of staff — offered" */
#define QS_DASH_ASIDE_REACH 30

/* The dash opening the aside that the dash at @close ends, or QS_NONE. */
static guint32 opening_dash(const QsAnalysis *a, guint32 close, guint32 floor)
{
    for (guint32 k = close; k-- > floor && close - k <= QS_DASH_ASIDE_REACH;)
        if (qs_tok(a, k)->flags & QS_TF_DASH)
            return k;
    return QS_NONE;
}

/* First token of the noun phrase ending at @j, scanning left inside the sentence. */
static guint32 phrase_left(const QsAnalysis *a, guint32 j, guint32 floor)
{
    guint32 k = j;
    while (k > floor) {
        guint32 p = k - 1;
        if (is_wordish(a, p)) {
            guint32 flags = qs_tok_lex(a, p)->flags;
            if ((flags & QS_LEX_BOUNDARY) && !joins_speakers(a, p))
                break;
            if ((flags & (QS_LEX_CUE | QS_LEX_FINITE)) && !(qs_tok(a, p)->flags & QS_TF_CAP) &&
                !qs_tok_in_noun_compound(a, p))
                break;
            k = p;
        } else if (glue(a, p) || qs_tok_is_char(a, p, '&') || is_percent(a, p)) {
            k = p;
        } else if (qs_tok_is_char(a, p, ')') && opening_bracket(a, p, floor) != QS_NONE) {
            k = opening_bracket(a, p, floor); /* "Sen. Bernie Sanders (I-Vt.)" */
        } else {
            break;
        }
    }
    return k;
}

/* Drops what opens a subject chunk but is not part of the speaker: a leading
 * prepositional phrase ("On Tuesday the minister") and sentence adverbs ("Meanwhile"). */
static guint32 trim_phrase(const QsAnalysis *a, guint32 k, guint32 j)
{
    if (qs_tok_has(a, k, QS_LEX_PREP)) {
        guint32 d = k + 1;
        while (d < j && !qs_tok_has(a, d, QS_LEX_DET))
            d++;
        /* "including 18%": the preposition alone when no determiner follows */
        k = d < j ? d : MIN(k + 1, j);
    }
    while (k < j && qs_tok_has(a, k, QS_LEX_NAME_STOP) &&
           !qs_tok_has(a, k, QS_LEX_DET | QS_LEX_PRONOUN))
        k++;
    if (j - k + 1 > QS_MAX_SUBJECT_TOKENS)
        k = j + 1 - QS_MAX_SUBJECT_TOKENS;
    return k;
}

/* The head noun of a phrase: its last word, or the word before a preposition that
 * follows a common noun ("a spokeswoman for the union"). */
static guint32 head_of(const QsAnalysis *a, guint32 start, guint32 end)
{
    for (guint32 k = start + 1; k + 1 < end; k++)
        if (is_word(a, k) && qs_tok_has(a, k, QS_LEX_PREP) && is_word(a, k - 1) &&
            !(qs_tok(a, k - 1)->flags & QS_TF_CAP))
            return k - 1;
    return end - 1;
}

QsSourceKind qs_guess_source_kind(const QsAnalysis *a, guint32 start, guint32 end)
{
    if (end - start == 1 && is_subject_pronoun(a, start)) {
        switch (qs_tok_lex(a, start)->pron_class) {
        case QS_PRON_MASC:
        case QS_PRON_FEM:
            return QS_SOURCE_PERSON;
        case QS_PRON_NEUTER:
            return QS_SOURCE_ORGANIZATION;
        default:
            return QS_SOURCE_UNKNOWN;
        }
    }
    if (qs_span_stands_for_people(a, start, end))
        return QS_SOURCE_ANONYMOUS; /* "Others say", "Many believe" */
    guint32 head = head_of(a, start, end);
    gboolean definite = qs_tok_has(a, start, QS_LEX_DET);
    /* "a Republican", "the Democrat": a role written as a title, no name after it, is
     * someone not named ("Amy Pope" and "Howard Dean" are named) */
    if (qs_name_word(a, head) &&
        !(qs_tok_has(a, head, QS_LEX_TITLE) && qs_tok_has(a, head, QS_LEX_ROLE_PERSON)) &&
        !(head == start && qs_tok_has(a, head, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG))) {
        guint32 run = name_run_left(a, head, start);
        /* a body's word in the name, not in a title before it ("Senate Majority Leader
         * Mitch McConnell" is a person, "Republican National Committee" a body) */
        guint32 name = qs_after_title(a, run, head + 1);
        if (qs_span_has_lex(a, name, head + 1, QS_LEX_ROLE_ORG))
            return QS_SOURCE_ORGANIZATION;
        if (name > run)
            return QS_SOURCE_PERSON;
        if ((definite && run > start) || (head == run && (qs_tok(a, head)->flags & QS_TF_ALLCAPS)))
            return QS_SOURCE_ORGANIZATION;
        return head > run ? QS_SOURCE_PERSON : QS_SOURCE_UNKNOWN;
    }
    if (qs_tok_has(a, head, QS_LEX_ROLE_ORG))
        return QS_SOURCE_ORGANIZATION;
    return QS_SOURCE_ANONYMOUS;
}

/* "Doctors fear": a role noun capitalised only because it opens the sentence. */
static gboolean role_noun_as_name(const QsAnalysis *a, guint32 head, guint32 start)
{
    return head == start && !(qs_tok(a, head)->flags & QS_TF_ALLCAPS) &&
           qs_tok_has(a, head, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG);
}

/* "An AFP correspondent in Geneva": a name after a preposition with a common noun
 * before it belongs to the noun's modifier, not to the speaker. */
static gboolean name_after_preposition(const QsAnalysis *a, const QsMention *m)
{
    guint32 run = name_run_left(a, m->tok_end - 1, m->tok_start);
    if (run <= m->tok_start || !qs_tok_has(a, run - 1, QS_LEX_PREP) ||
        qs_after_title_of(a, run, m->tok_end) > run) /* "the secretary of State John Kerry" */
        return FALSE;
    for (guint32 k = m->tok_start; k + 1 < run; k++)
        if (is_word(a, k) && !(qs_tok(a, k)->flags & QS_TF_CAP) && !qs_tok_has(a, k, QS_LEX_DET))
            return TRUE;
    return FALSE;
}

/* Gives @m the description of tokens [first, last]. */
static void describe(const QsAnalysis *a, QsMention *m, guint32 first, guint32 last)
{
    m->desc_start = qs_tok(a, first)->start;
    m->desc_end = qs_tok(a, last)->end;
}

/* The first token of name [start, head] after its last possessive ("CNN's Dana Bash",
 * "Florida's Rick Wilson"; a headline's "Trump's Virginia" too), or @start when none;
 * not in a body's name ("the Clark County Coroner's Office"). */
static guint32 name_after_possessive(const QsAnalysis *a, guint32 start, guint32 head)
{
    for (guint32 k = head; k-- > start && !qs_tok_has(a, k + 1, QS_LEX_ROLE_ORG);)
        if (qs_tok_ends_in_possessive(a, k))
            return k + 1;
    return start;
}

/* The "of" of "Senator Bernie Sanders of Vermont", "Mr. Peck of SunTrust" in tokens
 * [start, head]: after a person's name (two words, or one after a title, with no role
 * noun: not "the Bank of England", "Supervisor of Elections"), QS_NONE if none. */
static guint32 of_after_person(const QsAnalysis *a, guint32 start, guint32 head)
{
    for (guint32 k = start + 1; k < head; k++) {
        if (!qs_tok_is_word(a, k, "of") || !qs_name_word(a, k - 1))
            continue;
        guint32 run = name_run_left(a, k - 1, start);
        guint32 name = qs_after_title(a, run, k);
        if ((k - name >= 2 || name > run) && !qs_span_has_possessive(a, run, k) &&
            !qs_span_has_lex(a, name, k, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG | QS_LEX_TITLE))
            return k;
    }
    return QS_NONE;
}

/* Fills kind, name_start and source_kind of @m from its tokens. */
static void classify(const QsAnalysis *a, QsMention *m)
{
    guint32 head = m->tok_end - 1;
    guint32 of = of_after_person(a, m->tok_start, head);
    if (of != QS_NONE) { /* "of Vermont" describes the person */
        if (m->desc_start == m->desc_end)
            describe(a, m, of, head);
        m->tok_end = of;
        head = of - 1;
    }
    if (m->tok_end - m->tok_start == 1 && is_subject_pronoun(a, m->tok_start)) {
        m->kind = QS_MENTION_PRONOUN;
        m->pron_class = qs_tok_lex(a, m->tok_start)->pron_class;
    } else if (qs_name_word(a, head) && !qs_tok_has(a, head, QS_LEX_TITLE) &&
               !role_noun_as_name(a, head, m->tok_start) && !name_after_preposition(a, m)) {
        guint32 run = qs_after_title_of(a, name_run_left(a, head, m->tok_start), head + 1);
        m->kind = QS_MENTION_NAME;
        /* not "The Bank of England", whose name goes on through "of" */
        if (run > m->tok_start && !qs_tok_has(a, run - 1, QS_LEX_DET) &&
            !qs_tok_is_word(a, run - 1, "of") && m->desc_start == m->desc_end) {
            /* "Leading political analyst Professor Faizulla Iskhakov" */
            describe(a, m, m->tok_start, run - 1);
            m->tok_start = run;
        }
        guint32 owned = name_after_possessive(a, m->tok_start, head);
        if (owned > m->tok_start) { /* "CNN's" describes Dana Bash */
            if (m->desc_start == m->desc_end)
                describe(a, m, m->tok_start, owned - 1);
            m->tok_start = owned;
        }
    } else {
        m->kind = QS_MENTION_NOMINAL;
    }
    m->source_kind = qs_guess_source_kind(a, m->tok_start, m->tok_end);
    /* "officials in the FBI and at the Justice Department": a name inside a common
     * noun's phrase does not name the speaker */
    if (m->kind == QS_MENTION_NAME && m->source_kind == QS_SOURCE_ANONYMOUS)
        m->kind = QS_MENTION_NOMINAL;
    /* a body's name keeps the words a person's title would have ("Republican Party"),
     * not its article ("the State Department") */
    if (m->kind != QS_MENTION_NAME)
        m->name_start = m->tok_start;
    else if (m->source_kind != QS_SOURCE_ORGANIZATION)
        m->name_start = qs_after_title(a, m->tok_start, m->tok_end);
    else /* not "The Trump claim", whose "Trump" would take the person's quotes */
        m->name_start = m->tok_start +
                        (m->tok_end - m->tok_start > 2 && qs_tok_is_word(a, m->tok_start, "the"));
}

static QsMention new_mention(guint32 start, guint32 end, QsMentionSide side)
{
    QsMention m = {0};
    m.tok_start = m.clause_start = start;
    m.tok_end = m.clause_end = end;
    m.side = side;
    m.antecedent = QS_NONE;
    m.relative = QS_NONE;
    m.source = QS_NONE;
    return m;
}

/* A description after a comma: ", from the Uzbek defence ministry." up to the end of
 * the sentence, a quotation mark or the next comma.  Returns one past its last token,
 * or @i when there is none. */
static guint32 trailing_description(const QsAnalysis *a, guint32 i, QsMention *m)
{
    if (!qs_tok_is_char(a, i, ',') || !is_wordish(a, i + 1) || !same_sentence(a, i, i + 1))
        return i;
    if (is_subject_pronoun(a, i + 1) || qs_tok_has(a, i + 1, QS_LEX_CUE | QS_LEX_BOUNDARY))
        return i;
    guint32 k = i + 1;
    while (k < a->tokens->len && same_sentence(a, i, k) &&
           (is_wordish(a, k) || glue(a, k) || qs_tok_is_char(a, k, '-')) && !is_relative(a, k) &&
           !(is_word(a, k) && qs_tok_has(a, k, QS_LEX_CUE) && !(qs_tok(a, k)->flags & QS_TF_CAP) &&
             !qs_tok_is_passive(a, k)))
        k++;
    describe(a, m, i + 1, k - 1);
    return k;
}

/* The speaker after the cue: "said Kamiljon Jabbarov, from ...", "according to X".
 * It must end the clause: a comma, a full stop or a quotation mark follows. */
static gboolean mention_after(const QsAnalysis *a, const QsCue *c, QsMention *out)
{
    guint32 s = c->tok_end, n = a->tokens->len;
    if (s >= n || !is_word(a, s) || !same_sentence(a, c->tok_start, s) ||
        qs_tok_has(a, s, QS_LEX_PREP))
        return FALSE;
    guint32 e;
    if (is_subject_pronoun(a, s)) {
        e = s + 1;
    } else if (c->kind == QS_CUE_ACCORDING) {
        /* "according to a poll of 400 voters released on Friday by Latino Decisions":
         * the source is all of the phrase up to the comma or the end of the sentence */
        e = s;
        while (e < n && e - s < QS_MAX_ACCORDING_TOKENS && same_sentence(a, s, e) &&
               (is_wordish(a, e) || glue(a, e) || qs_tok_is_char(a, e, '&') ||
                qs_tok_is_char(a, e, '-') || qs_tok_is_char(a, e, '/')))
            e++;
    } else if (qs_time_adjunct_end(a, s, n) > s) {
        return FALSE; /* "Asked Tuesday about Sullivan,": a time, no speaker, follows */
    } else {
        e = s;
        while (e < n && e - s < QS_MAX_INVERTED_TOKENS && same_sentence(a, s, e) &&
               (is_wordish(a, e) || glue(a, e) || qs_tok_is_char(a, e, '&')) &&
               !(e > s && is_relative(a, e))) {
            guint32 flags = qs_tok_lex(a, e)->flags;
            gboolean cap = (qs_tok(a, e)->flags & QS_TF_CAP) != 0;
            if (!cap && (flags & (QS_LEX_BOUNDARY | QS_LEX_FINITE | QS_LEX_CUE)))
                break;
            e++;
        }
        if (e == s)
            return FALSE;
    }
    /* "said the IMU had lost": content, not a speaker; "said one source who asked not
     * to be named": a speaker with a relative clause */
    if (e < n && same_sentence(a, s, e) && qs_tok(a, e)->kind == QS_TOK_WORD &&
        !is_relative(a, e))
        return FALSE;
    if (e < n && qs_tok(a, e)->kind == QS_TOK_NUMBER)
        return FALSE;
    *out = new_mention(s, e, QS_SIDE_AFTER);
    /* "said Smith of the ministry": the name, with the rest as its description */
    if (qs_name_word(a, s) && !qs_tok_has(a, s, QS_LEX_DET)) {
        guint32 run = qs_name_run_right(a, s, e);
        if (run < e && run > s && !qs_tok_has(a, run - 1, QS_LEX_TITLE)) {
            describe(a, out, run, e - 1);
            out->tok_end = run;
        }
    }
    classify(a, out);
    /* "..., said an official who was briefed on the talks.": the relative clause
     * describes the speaker and belongs to the cue's clause, up to a comma; a "that"
     * after a hearer opens the content ("told the group that they") */
    if (e < n && same_sentence(a, s, e) && is_relative(a, e) && !qs_tok_is_word(a, e, "that")) {
        guint32 k = e;
        while (k < n && same_sentence(a, e, k) && qs_tok(a, k)->kind != QS_TOK_QUOTE &&
               !qs_tok_is_char(a, k, ',') && !qs_tok_is_char(a, k, ';') &&
               !(qs_tok(a, k)->flags & (QS_TF_DASH | QS_TF_END_PUNCT)))
            k++;
        out->clause_end = k;
        return TRUE;
    }
    /* "According to X, the content": a description must not swallow it */
    gboolean opens_sentence = (qs_tok(a, c->tok_start)->flags & QS_TF_SENT_START) != 0;
    if (out->kind == QS_MENTION_NAME && out->desc_start == out->desc_end) {
        QsMention described = *out;
        guint32 end = trailing_description(a, e, &described);
        if (!opens_sentence || qs_tok_is_char(a, end, ',')) {
            *out = described;
            out->clause_end = end;
        }
    }
    return TRUE;
}

/* A lowercase word in "-ed": after a noun, the verb of the clause ("The mayor paused");
 * before one it is an adjective ("the retired general"), which callers let pass. */
static gboolean past_tense_like(const QsAnalysis *a, guint32 i)
{
    return !(qs_tok(a, i)->flags & QS_TF_CAP) && qs_tok_ends_in_ed(a, i);
}

/* A lower-case finite verb, or an "-ed" form after an auxiliary or a pronoun ("has
 * pushed back", "had voiced support", "she voiced"): it ends no noun phrase, so no
 * speaker; "those surveyed" is a phrase. */
static gboolean verb_like(const QsAnalysis *a, guint32 i)
{
    if ((qs_tok(a, i)->flags & QS_TF_CAP) || qs_tok_has(a, i, QS_LEX_PRONOUN))
        return FALSE; /* "he's": the pronoun's contraction is its subject */
    if (qs_tok_has(a, i, QS_LEX_FINITE))
        return TRUE;
    return i > 0 && past_tense_like(a, i) &&
           (qs_tok_has(a, i - 1, QS_LEX_FINITE) || is_subject_pronoun(a, i - 1));
}

/* A determiner standing for people as a subject: "Both have promised", "Many say",
 * and the share of "One in five say", "All but two said". */
static gboolean stands_alone(const QsAnalysis *a, guint32 j, guint32 floor)
{
    /* "One said", "Two agreed": a speaker here, where the cue is already known; but too
     * often before a noun for cues.c to make the next word a verb ("one question that") */
    static const char *const singular[] = {"other", "one", "two", "three"};
    if (qs_tok_is_share(a, j, floor))
        return TRUE;
    if (j > floor && is_wordish(a, j - 1) && !qs_tok_has(a, j - 1, QS_LEX_BOUNDARY))
        return FALSE;
    return qs_tok_stands_for_people(a, j) ||
           qs_tok_is_one_of(a, j, singular, G_N_ELEMENTS(singular));
}

/* The noun phrase ending at @j, or the one a relative pronoun at its left edge stands
 * for ("An IWPR correspondent who visited northern Afghanistan said"). */
static gboolean phrase_ending_at(const QsAnalysis *a, guint32 j, guint32 floor, QsMention *out)
{
    if (j < floor || j >= a->tokens->len)
        return FALSE;
    gboolean percent = is_percent(a, j);
    /* a personal pronoun is a phrase of its own: "liked the way she responded" */
    gboolean personal = qs_tok_has(a, j, QS_LEX_PRONOUN) &&
                        qs_tok_lex(a, j)->pron_class != QS_PRON_RELATIVE;
    guint32 left = (is_wordish(a, j) || percent) && !personal ? phrase_left(a, j, floor) : j;
    if (qs_tok_is_share(a, j, floor) && left > j - 2)
        left = j - 2; /* "All but two": "but" ends no phrase here */
    /* "who visited Afghanistan said": the words after the relative are its verb
     * phrase; "in which he compared": they are a subject of their own */
    gboolean own_subject =
        is_wordish(a, left) &&
        (qs_tok_has(a, left, QS_LEX_DET | QS_LEX_PRONOUN | QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG) ||
         (qs_tok(a, left)->flags & QS_TF_CAP) || qs_tok(a, left)->kind == QS_TOK_NUMBER);
    if (is_relative(a, j) || (left > floor && is_relative(a, left - 1) && !own_subject)) {
        guint32 rel = is_relative(a, j) ? j : left - 1;
        guint32 p = rel;
        if (p > floor && qs_tok_is_char(a, p - 1, ','))
            p--;
        /* "18% who say"; "Donald Trump Jr., who suggested": the phrase ends at the
         * abbreviation, as before a verb */
        if (p > floor + 1 && glue(a, p - 1) && qs_tok_is_char(a, p - 1, '.'))
            p--;
        if (p == floor || !(is_wordish(a, p - 1) || is_percent(a, p - 1)))
            return FALSE;
        guint32 k = trim_phrase(a, phrase_left(a, p - 1, floor), p - 1);
        *out = new_mention(k, p, QS_SIDE_BEFORE);
        out->clause_end = j + 1;
        if (rel == j)
            out->relative = rel; /* "officials who said": "who" names them at the cue */
        classify(a, out);
        return TRUE;
    }
    /* a phrase never ends in "of" or "the" ("the number of pledged delegates"), but
     * "Both", "Some" and "Many" stand for people */
    if ((!is_wordish(a, j) && !percent) || qs_tok_has(a, j, QS_LEX_BOUNDARY | QS_LEX_PREP) ||
        (qs_tok_has(a, j, QS_LEX_DET) && !stands_alone(a, j, floor)))
        return FALSE;
    guint32 k = trim_phrase(a, left, j);
    *out = new_mention(k, j + 1, QS_SIDE_BEFORE);
    /* words trimmed off the front still belong to the cue's clause: '"...," former
     * Ohio governor Dale Brenner said' touches its quotation */
    out->clause_start = left;
    classify(a, out);
    return TRUE;
}

/* "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the first
 * comma-separated part of the subject that is a full name or a titled one; the parts
 * after it describe the speaker. */
static gboolean named_part_before(const QsAnalysis *a, guint32 comma, guint32 floor, QsMention *out)
{
    guint32 part = floor;
    for (guint32 k = floor; k < comma; k++)
        if (qs_tok(a, k)->kind == QS_TOK_QUOTE && !glue(a, k))
            part = k + 1; /* the subject begins after a quotation */
    for (guint32 k = part; k < comma; k++) {
        if (!qs_tok_is_char(a, k, ','))
            continue;
        QsMention m;
        guint32 last = k - 1;
        /* "Rep. Zoe Lofgren (D-Calif.), who introduced ..., said" */
        guint32 open = k > part && qs_tok_is_char(a, last, ')') ? opening_bracket(a, last, part)
                                                                 : QS_NONE;
        if (open != QS_NONE && open > part)
            last = open - 1;
        if (k > part && phrase_ending_at(a, last, part, &m) && m.kind == QS_MENTION_NAME &&
            (m.tok_end - m.name_start >= 2 || m.name_start > m.tok_start)) {
            *out = m;
            if (k + 1 < comma && !qs_tok_has(a, k + 1, QS_LEX_BOUNDARY)) {
                describe(a, out, k + 1, comma - 1);
            }
            out->clause_end = comma + 1;
            return TRUE;
        }
        part = k + 1;
    }
    return FALSE;
}

/* Whether tokens [@k, @end) between two commas can describe the speaker before them:
 * a noun phrase, perhaps with a relative clause ("a lawyer who represents the city",
 * "whose company employs 40"),
 * not a clause of its own ("In a year of restless voters, candidates have room, said"). */
static gboolean describes(const QsAnalysis *a, guint32 k, guint32 end)
{
    /* ", led by X,", ", backed by X,": a participle with its agent opening the part
     * ("turnout fell by 5 percent" is a clause) */
    if (k + 1 < end && qs_tok_has(a, k, QS_LEX_FINITE) && qs_tok_is_word(a, k + 1, "by"))
        k += 2;
    /* ", speaking on condition of anonymity because the talks are private,": a
     * participle opening the part makes it an aside, whatever clause it goes on to */
    if (k < end && qs_tok_ends_in_ing(a, k) && !(qs_tok(a, k)->flags & QS_TF_CAP) &&
        !qs_tok_has(a, k, QS_LEX_PREP)) /* not "during" */
        return TRUE;
    /* "whose" and "whom" open a relative clause too, but are never its subject */
    for (; k < end && !is_relative(a, k) && !qs_tok_is_word(a, k, "whose") &&
           !qs_tok_is_word(a, k, "whom");
         k++)
        if (qs_tok_has(a, k, QS_LEX_FINITE) && !(qs_tok(a, k)->flags & QS_TF_CAP))
            return FALSE;
    return TRUE;
}

/* "His spokesman, Jason Miller, said": a name in tokens [@k, @comma), between the
 * commas after nominal @out, is the speaker, and @out describes them; not after a name
 * ("a pastor in Elizabeth, Colorado, said": the place goes on). */
static gboolean name_set_off(const QsAnalysis *a, QsMention *out, guint32 k, guint32 comma)
{
    QsMention name;
    if (out->kind != QS_MENTION_NOMINAL || (qs_tok(a, out->tok_end - 1)->flags & QS_TF_CAP) ||
        !(qs_tok(a, k)->flags & QS_TF_CAP) || !phrase_ending_at(a, comma - 1, k, &name) ||
        name.kind != QS_MENTION_NAME || name.tok_start != k)
        return FALSE;
    describe(a, &name, out->tok_start, out->tok_end - 1);
    name.clause_start = out->clause_start;
    name.clause_end = comma + 1;
    *out = name;
    return TRUE;
}

/* "Bakhodyr Musaev, an independent expert, said": @comma is the comma before the verb. */
static gboolean appositive_before(const QsAnalysis *a, guint32 comma, guint32 floor, QsMention *out)
{
    if (named_part_before(a, comma, floor, out))
        return TRUE;
    guint32 k = comma;
    /* "Smith, who won 45% of the vote, said"; "Mondelez, which made $30 billion, said" */
    while (k > floor && (is_wordish(a, k - 1) || glue(a, k - 1) || qs_tok_is_char(a, k - 1, '-') ||
                         qs_tok_is_char(a, k - 1, '(') || qs_tok_is_char(a, k - 1, ')') ||
                         is_percent(a, k - 1) || is_currency(a, k - 1)))
        k--;
    if (k == comma || k <= floor + 1 || !qs_tok_is_char(a, k - 1, ',') || !describes(a, k, comma))
        return FALSE;
    guint32 name_end = k - 2; /* the word before the first comma */
    /* "Sanders, meanwhile, who sits at zero, said": a lower-case word set off by commas
     * is an aside */
    if (name_end > floor + 1 && is_word(a, name_end) && !(qs_tok(a, name_end)->flags & QS_TF_CAP) &&
        qs_tok_is_char(a, name_end - 1, ','))
        name_end -= 2;
    if (!phrase_ending_at(a, name_end, floor, out))
        return FALSE;
    if (out->kind == QS_MENTION_PRONOUN)
        return FALSE;
    if (name_set_off(a, out, k, comma))
        return TRUE;
    if (!qs_tok_has(a, k, QS_LEX_BOUNDARY))
        describe(a, out, k, comma - 1);
    out->clause_end = comma + 1;
    return TRUE;
}

/* "have in particular noted", "has in the past described": where the auxiliary
 * stands when a preposition and one to three more words come between it and the verb at
 * @j; else @j. */
static guint32 auxiliary_before_phrase(const QsAnalysis *a, guint32 j, guint32 floor)
{
    if (j < floor + 2)
        return j;
    for (guint32 p = j - 1; p > floor && p + 4 >= j && is_word(a, p); p--)
        if (qs_tok_has(a, p, QS_LEX_PREP))
            return p + 1 < j && qs_tok_has(a, p - 1, QS_LEX_VERB_MOD) &&
                           qs_tok_has(a, p - 1, QS_LEX_FINITE)
                       ? p - 1
                       : j;
    return j;
}

/* "Carson and Paul have both argued", "the ministers all urged": a quantifier after
 * the subject it counts; "All said", "of all ages" and "and all said" are no such
 * thing. */
static gboolean floating_quantifier(const QsAnalysis *a, guint32 i, guint32 floor)
{
    static const char *const words[] = {"all", "both", "each"};
    return i > floor && qs_tok_is_one_of(a, i, words, G_N_ELEMENTS(words)) &&
           qs_tok(a, i - 1)->kind == QS_TOK_WORD &&
           !qs_tok_has(a, i - 1, QS_LEX_DET | QS_LEX_PREP | QS_LEX_BOUNDARY);
}

/* "since" at @i is an adverb after a perfect auxiliary: "She has since said". */
static gboolean perfect_since(const QsAnalysis *a, guint32 i, guint32 floor)
{
    static const char *const perfect[] = {"has", "have", "had"};
    return i > floor && qs_tok_is_word(a, i, "since") &&
           qs_tok_is_one_of(a, i - 1, perfect, G_N_ELEMENTS(perfect));
}

/* Where the verb group of cue @c begins, @j its first token so far: before the
 * auxiliaries and adverbs in front of it ("has repeatedly said", "have been urging")
 * and, for a participle, the verb it goes on ("kept insisting", "put off deciding"). */
guint32 qs_verb_group_start(const QsAnalysis *a, const QsCue *c, guint32 j, guint32 floor)
{
    static const char *const particles[] = {"off", "up", "out", "on", "down"};
    gboolean ing = c->verb_tok != QS_NONE && qs_tok_lex(a, c->verb_tok)->verb_form == QS_FORM_ING;
    if (ing && j > floor + 1 && qs_tok_is_one_of(a, j - 1, particles, G_N_ELEMENTS(particles)) &&
        qs_tok_has(a, j - 2, QS_LEX_FINITE) && !qs_tok_has(a, j - 2, QS_LEX_BE))
        j--; /* "put off" */
    if (ing && j > floor + 1 && is_word(a, j - 1) && !(qs_tok(a, j - 1)->flags & QS_TF_CAP) &&
        !qs_tok_has(a, j - 1, QS_LEX_BE | QS_LEX_PRONOUN) &&
        (qs_tok_has(a, j - 1, QS_LEX_FINITE) || past_tense_like(a, j - 1)) && is_word(a, j - 2))
        j--; /* "stopped saying", "kept insisting" */
    for (;;) {
        if (j > floor && is_word(a, j - 1) &&
            (qs_tok_has(a, j - 1, QS_LEX_VERB_MOD) || qs_tok_is_adverb(a, j - 1) ||
             (ing && qs_tok_has(a, j - 1, QS_LEX_BE)) || floating_quantifier(a, j - 1, floor) ||
             perfect_since(a, j - 1, floor))) {
            j--;
            continue;
        }
        guint32 aux = auxiliary_before_phrase(a, j, floor);
        if (aux == j)
            return j;
        j = aux;
    }
}

static gboolean sentence_subject(const QsAnalysis *a, guint32 limit, QsMention *out);

/* A mention that is a sum of money and nothing more ("$513,000", "$2 million") or a
 * year alone ("2013" of "The ads ran in 2013 denouncing"). */
static gboolean amount_or_year(const QsAnalysis *a, const QsMention *m)
{
    static const char *const scales[] = {"thousand", "million", "billion", "trillion"};
    guint32 i = m->tok_start;
    if (qs_tok(a, i)->kind != QS_TOK_NUMBER)
        return FALSE;
    if (i > 0 && is_currency(a, i - 1))
        return m->tok_end == i + 1 ||
               (m->tok_end == i + 2 && qs_tok_is_one_of(a, i + 1, scales, G_N_ELEMENTS(scales)));
    const QsToken *t = qs_tok(a, i);
    const char *s = a->doc->text + t->start;
    return m->tok_end == i + 1 && t->end - t->start == 4 && (s[0] == '1' || s[0] == '2') &&
           g_ascii_isdigit(s[1]) && g_ascii_isdigit(s[2]) && g_ascii_isdigit(s[3]);
}

/* How far before a medium the verb that issued it may stand ("put out a short
 * statement"). */
#define QS_ISSUING_REACH 5

/* A participle cue right after a phrase whose head is a medium its subject issued ("put
 * out a statement saying", "launched petitions calling on"); not one it received
 * ("obtained a memo saying"). */
static gboolean medium_before_participle(const QsAnalysis *a, const QsCue *c, const QsMention *m)
{
    if (c->verb_tok != c->tok_start || qs_tok_lex(a, c->verb_tok)->verb_form != QS_FORM_ING ||
        m->kind != QS_MENTION_NOMINAL || m->tok_end != c->tok_start ||
        !qs_tok_has(a, m->tok_end - 1, QS_LEX_MEDIUM))
        return FALSE;
    guint32 floor =
        g_array_index(a->sentences, QsSentence, qs_tok(a, c->tok_start)->sent).tok_start;
    for (guint32 k = m->tok_end - 1; k-- > floor && m->tok_end - 1 - k <= QS_ISSUING_REACH;) {
        if (qs_tok_has(a, k, QS_LEX_ISSUING))
            return TRUE;
        if (qs_tok_has(a, k, QS_LEX_FINITE | QS_LEX_CUE))
            return FALSE;
    }
    return FALSE;
}

/* The speaker of a verb or phrase cue whose source stands before it. */
static gboolean mention_before(const QsAnalysis *a, const QsCue *c, QsMention *out)
{
    guint32 floor =
        g_array_index(a->sentences, QsSentence, qs_tok(a, c->tok_start)->sent).tok_start;
    guint32 j = c->tok_start;
    /* "Trump has avoided directly criticizing", "Police had last month charged": the
     * verb group and a time, as often as they alternate */
    for (guint32 was = QS_NONE; j != was;) {
        was = j;
        j = qs_time_adjunct_start(a, qs_verb_group_start(a, c, j, floor), floor);
    }
    if (j == floor)
        return FALSE;
    j--;
    /* "Sen. Elizabeth Warren (D-MA) said": the bracket is an aside */
    guint32 open = qs_tok_is_char(a, j, ')') ? opening_bracket(a, j, floor) : QS_NONE;
    if (open != QS_NONE && open > floor)
        j = open - 1;
    /* "Democrats — and some Republicans — say": so is an aside between dashes, when it
     * is no clause ("WASHINGTON — The plan is dead — said") and a phrase stands before
     * it */
    open = (qs_tok(a, j)->flags & QS_TF_DASH) ? opening_dash(a, j, floor) : QS_NONE;
    if (open != QS_NONE && open > floor && describes(a, open + 1, j) &&
        !qs_tok_has(a, open - 1, QS_LEX_CUE | QS_LEX_FINITE))
        j = open - 1;
    if (qs_tok_is_char(a, j, ','))
        return appositive_before(a, j, floor, out);
    if (qs_tok(a, j)->kind == QS_TOK_QUOTE)
        return FALSE;
    /* "Joseph R. Biden Jr. said", "Acme Inc. said": the phrase ends at the abbreviation */
    if (j > floor && glue(a, j) && qs_tok_is_char(a, j, '.'))
        j--;
    /* "She has pushed back", "Trump had voiced support": the cue goes on a verb, whose
     * subject is the speaker */
    if (verb_like(a, j))
        return sentence_subject(a, j, out);
    if (!phrase_ending_at(a, j, floor, out))
        return FALSE;
    /* "The group spent $2 million supporting Clinton", "The ads ran in 2013 denouncing":
     * an amount or a year never speaks; the cue goes with the clause, whose subject does */
    if (amount_or_year(a, out))
        return sentence_subject(a, c->tok_start, out);
    /* "His office put out a statement saying": the medium speaks for the subject */
    QsMention subject;
    if (medium_before_participle(a, c, out) && sentence_subject(a, c->tok_start, &subject))
        *out = subject;
    return TRUE;
}

/* Whether mention @m is a person's name, a pronoun or a role: "Her husband", not "the
 * mood" of "By Friday, the mood had changed:". */
static gboolean names_a_person(const QsAnalysis *a, const QsMention *m)
{
    return m->kind != QS_MENTION_NOMINAL ||
           qs_tok_has(a, m->tok_end - 1, QS_LEX_ROLE_PERSON | QS_LEX_TITLE);
}

/* Whether tokens [@from, @to) hold a verb: "was more blunt", not "but with a caveat". */
static gboolean has_verb(const QsAnalysis *a, guint32 from, guint32 to)
{
    for (guint32 k = from; k < to; k++)
        if (verb_like(a, k) || past_tense_like(a, k))
            return TRUE;
    return FALSE;
}

/* The speaker before a colon: "Franks: «...»" or the subject opening the sentence,
 * "The minister put it bluntly: «...»". */
static gboolean mention_for_colon(const QsAnalysis *a, const QsCue *c, QsMention *out)
{
    guint32 colon = c->tok_start;
    guint32 start = g_array_index(a->sentences, QsSentence, qs_tok(a, colon)->sent).tok_start;
    guint32 floor = start;
    if (colon == floor)
        return FALSE;
    if (qs_name_word(a, colon - 1) && name_run_left(a, colon - 1, floor) == floor)
        return phrase_ending_at(a, colon - 1, floor, out);
    /* "When Trump suggested ..., Rubio fired back: «...»": the clause before the colon */
    for (guint32 p = colon; p-- > floor + 1;)
        if (qs_tok_is_char(a, p, ',') || (qs_tok(a, p)->flags & QS_TF_DASH)) {
            floor = p + 1;
            break;
        }
    guint32 k = floor;
    while (k < colon && qs_tok_has(a, k, QS_LEX_NAME_STOP) &&
           !qs_tok_has(a, k, QS_LEX_DET | QS_LEX_PRONOUN))
        k++;
    guint32 e = k;
    if (is_subject_pronoun(a, e)) { /* "He demurred: «...»" */
        e = k + 1;
    } else if (qs_name_word(a, e)) {
        e = qs_name_run_right(a, e, colon);
    } else if (qs_tok_has(a, e, QS_LEX_DET)) {
        while (e < colon && e - k < 5 && is_word(a, e) &&
               !qs_tok_has(a, e, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG | QS_LEX_TITLE))
            e++;
        if (e < colon && is_word(a, e))
            e++;
        else if (floor == start || !has_verb(a, floor, colon)) /* "His final assessment:" */
            return FALSE;
        else /* "Her husband, Carl, was more blunt:": the sentence's subject, a person */
            return sentence_subject(a, colon, out) && names_a_person(a, out);
    }
    /* "..., then leaned in and boomed: «...»" and "McConnell, R-Ky., delivered a blunt
     * message to Trump:": the sentence's subject */
    if (e == k)
        return sentence_subject(a, colon, out);
    *out = new_mention(k, e, QS_SIDE_BEFORE);
    out->clause_end = colon;
    classify(a, out);
    return TRUE;
}

/* The speaker after a dash credit: "... -- Ingrid Halvorsen, Norwegian climate envoy". */
static gboolean mention_for_dash(const QsAnalysis *a, const QsCue *c, QsMention *out)
{
    guint32 s = c->tok_end;
    guint32 e = qs_name_run_right(a, s, a->tokens->len);
    if (e == s)
        return FALSE;
    *out = new_mention(s, e, QS_SIDE_AFTER);
    out->clause_end = trailing_description(a, e, out);
    classify(a, out);
    return TRUE;
}

/* A verb that can come before its speaker: after a quotation or a comma ('"...,"
 * said X', ', said X.') or opening the sentence.  Elsewhere the phrase after a verb is
 * its object: "endorsed Clinton, saying". */
static gboolean may_invert(const QsAnalysis *a, const QsCue *c)
{
    if (c->kind != QS_CUE_VERB || (qs_tok(a, c->tok_start)->flags & QS_TF_SENT_START))
        return TRUE;
    const QsToken *before = qs_tok(a, c->tok_start - 1);
    return before->kind == QS_TOK_QUOTE || qs_tok_is_char(a, c->tok_start - 1, ',');
}

static gboolean find_mention(const QsAnalysis *a, const QsCue *c, QsMention *m)
{
    switch (c->kind) {
    case QS_CUE_ACCORDING:
        return mention_after(a, c, m);
    case QS_CUE_COLON:
        return mention_for_colon(a, c, m);
    case QS_CUE_DASH:
        return mention_for_dash(a, c, m);
    default:
        /* "X said" first; "said X" where nothing fits on the left, if the verb can
         * come before its speaker (may_invert) and the cue does not end in a
         * preposition, whose noun phrase is its object ("referring to the debate") */
        return mention_before(a, c, m) ||
               (may_invert(a, c) && !qs_tok_has(a, c->tok_end - 1, QS_LEX_PREP) &&
                mention_after(a, c, m));
    }
}

/* A cue that leans on the clause before it and so has its speaker: a participle after
 * a comma or a preposition (", saying that", "by saying"), a verb after "and" or "but"
 * ("... and added that"), a phrase after "to" ("to call for"). */
static gboolean leans_on_main_clause(const QsAnalysis *a, const QsCue *c)
{
    if (c->kind != QS_CUE_VERB && c->kind != QS_CUE_PHRASE)
        return FALSE;
    gboolean ing;
    if (c->verb_tok == c->tok_start) {
        ing = qs_tok_lex(a, c->verb_tok)->verb_form == QS_FORM_ING;
    } else if (c->verb_tok == QS_NONE && c->kind == QS_CUE_PHRASE) {
        /* a phrase whose verb is no cue verb: ", referring to", ", pointing out" */
        ing = !(qs_tok(a, c->tok_start)->flags & QS_TF_CAP) && qs_tok_ends_in_ing(a, c->tok_start);
        if (!ing)
            return FALSE;
    } else {
        return FALSE;
    }
    /* the verb group's auxiliaries, negation and adverbs stand before the cue: ",
     * forcefully denouncing", "after initially saying", "and has gone so far as to",
     * "but did not suggest" */
    guint32 floor =
        g_array_index(a->sentences, QsSentence, qs_tok(a, c->tok_start)->sent).tok_start;
    guint32 group = qs_verb_group_start(a, c, c->tok_start, floor);
    if (group == floor)
        return FALSE;
    guint32 before = group - 1;
    /* '... the "Golden Week," saying that' */
    if (before > floor && qs_tok(a, before)->kind == QS_TOK_QUOTE &&
        qs_tok_is_char(a, before - 1, ','))
        before--;
    if (qs_tok_is_char(a, before, ','))
        return ing;
    /* "by saying", "while acknowledging": a preposition's or a subordinator's participle */
    if (ing && is_word(a, before) &&
        (qs_tok_has(a, before, QS_LEX_PREP) || qs_tok_has(a, before, QS_LEX_SUBORDINATOR)) &&
        !(qs_tok(a, before)->flags & QS_TF_SENT_START))
        return TRUE;
    /* "will work with unions to call for amendments": an infinitive's subject */
    if (c->kind == QS_CUE_PHRASE && qs_tok_is_word(a, before, "to"))
        return TRUE;
    return qs_tok_is_word(a, before, "and") || qs_tok_is_word(a, before, "but");
}

/* An adverb or participle opening a phrase before the subject: "Essentially, ...",
 * "Arriving upon the scene, police began", "Facing criticism, Trump released". */
static gboolean opening_modifier(const QsAnalysis *a, guint32 k)
{
    const QsToken *t = qs_tok(a, k);
    const char *end = a->doc->text + t->end;
    if (!(t->flags & QS_TF_SENT_START) || t->kind != QS_TOK_WORD || t->end - t->start < 6 ||
        qs_tok_has(a, k, QS_LEX_PRONOUN | QS_LEX_DET | QS_LEX_NAME_STOP))
        return FALSE;
    /* "Reached by POLITICO, Bennett denied": a participle before its preposition, not
     * a name ("Mohammed, a local farmer") */
    gboolean participle =
        qs_tok_ends_in_ed(a, k) && k + 1 < a->tokens->len && qs_tok_has(a, k + 1, QS_LEX_PREP);
    return memcmp(end - 2, "ly", 2) == 0 || qs_tok_ends_in_ing(a, k) || participle;
}

/* A time or place phrase opening a sentence is a few words long: "The next month,". */
#define QS_OPENER_CHUNK 4

/* Whether the capitalised words from @k to @comma finish the place of a phrase before
 * them ("in Salem,") and a name follows that is the subject, going on with a verb: "in
 * Salem, New Hampshire, Trump went"; not "In Iowa, Sanders, Clinton's rival," nor "In
 * Iowa, Sanders, Vermont senator,". */
static gboolean place_before_name(const QsAnalysis *a, guint32 k, guint32 comma, guint32 limit)
{
    if (k < 3 || !qs_name_word(a, k - 2) || !qs_tok_has(a, k - 3, QS_LEX_PREP) ||
        !qs_name_word(a, comma + 1) || qs_tok_has(a, comma + 1, QS_LEX_TITLE))
        return FALSE;
    guint32 end = qs_name_run_right(a, comma + 1, limit);
    return !qs_span_has_possessive(a, comma + 1, end) && end < limit && is_word(a, end) &&
           !(qs_tok(a, end)->flags & QS_TF_CAP) &&
           !qs_tok_has(a, end, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG);
}

/* The comma ending the phrase at @k that opens the sentence before its subject, or
 * QS_NONE: a preposition's phrase, an adverb or participle, a time ("The next month,"),
 * or between two such phrases the rest of a place ("in Portsmouth, N.H., on Tuesday,"). */
static guint32 opening_phrase_end(const QsAnalysis *a, guint32 k, guint32 limit, gboolean first)
{
    gboolean opener =
        qs_tok_has(a, k, QS_LEX_PREP | QS_LEX_BOUNDARY) || opening_modifier(a, k) ||
        (qs_tok_has(a, k, QS_LEX_NAME_STOP) && !qs_tok_has(a, k, QS_LEX_DET | QS_LEX_PRONOUN) &&
         (qs_tok_is_char(a, k + 1, ',') || qs_tok_has(a, k + 1, QS_LEX_PREP)));
    /* an opener's phrase runs to its comma; any other phrase is looked at only when short */
    guint32 reach = opener ? limit : MIN(limit, k + QS_OPENER_CHUNK + 1);
    guint32 comma = k + 1;
    while (comma < reach && !qs_tok_is_char(a, comma, ','))
        comma++;
    if (comma >= reach)
        return QS_NONE;
    /* "The next month,", "Minutes later,", "Two years ago," */
    static const char *const relative_times[] = {"later", "earlier", "ago"};
    if (opener || qs_tok_is_day(a, comma - 1) || qs_tok_is_period(a, comma - 1) ||
        qs_tok_is_one_of(a, comma - 1, relative_times, G_N_ELEMENTS(relative_times)))
        return comma;
    /* the rest of a place between two phrases ("in Portsmouth, N.H., on Tuesday,"), or
     * before a subject that is a name ("in Salem, New Hampshire, Trump went"); not "On
     * Tuesday, Sanders, the Vermont senator," nor "In Iowa, Sanders, 74," */
    if (first || comma + 1 >= limit)
        return QS_NONE;
    for (guint32 p = k; p < comma; p++)
        if (!(qs_tok(a, p)->flags & QS_TF_CAP) && !glue(a, p))
            return QS_NONE;
    return qs_tok_has(a, comma + 1, QS_LEX_PREP) || qs_tok_is_day(a, comma + 1) ||
                   place_before_name(a, k, comma, limit)
               ? comma
               : QS_NONE;
}

/* The noun phrase opening the sentence of token @limit: its subject, as far as words
 * tell ("But the governor, ..."). */
static gboolean sentence_subject(const QsAnalysis *a, guint32 limit, QsMention *out)
{
    guint32 k = g_array_index(a->sentences, QsSentence, qs_tok(a, limit)->sent).tok_start;
    /* "Before the convention, Cleveland Police Chief Calvin Williams lobbied",
     * "Later in the day, she escalated" and "Thursday, after remaining neutral, Warren
     * appeared": the subject follows the opening phrases, each ended by a comma */
    guint32 start = k;
    while (k + 1 < limit) {
        guint32 comma = opening_phrase_end(a, k, limit, k == start);
        if (comma == QS_NONE)
            break;
        k = comma + 1;
    }
    /* a dateline: "WASHINGTON (AP) — Sen. Bernie Sanders ...", "New York (AFP) – Vice
     * President Joe Biden ...", "DECATUR, Ill. — Sen. Ted Cruz ..." */
    gboolean city_state = (qs_tok(a, k)->flags & QS_TF_ALLCAPS) && qs_tok_is_char(a, k + 1, ',');
    for (guint32 p = k; p < limit && p < k + QS_BRACKET_REACH; p++)
        if ((qs_tok(a, p)->flags & QS_TF_DASH) && p > k &&
            (city_state || (qs_tok(a, p - 1)->flags & QS_TF_ALLCAPS) ||
             qs_tok_is_char(a, p - 1, ')'))) {
            k = p + 1;
            break;
        } else if (qs_tok(a, p)->kind == QS_TOK_WORD && !(qs_tok(a, p)->flags & QS_TF_CAP)) {
            break;
        }
    while (k < limit && is_word(a, k) && qs_tok_has(a, k, QS_LEX_NAME_STOP) &&
           !qs_tok_has(a, k, QS_LEX_DET | QS_LEX_PRONOUN))
        k++;
    guint32 e = k;
    if (k >= limit || !is_word(a, k))
        return FALSE;
    if (is_subject_pronoun(a, k)) {
        e = k + 1;
    } else if (qs_name_word(a, k)) {
        e = qs_name_run_right(a, k, limit);
        /* "Sanders supporters", "Gulf sources": a name before the role noun it qualifies */
        if (e < limit && is_word(a, e) && qs_tok_has(a, e, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG) &&
            !(qs_tok(a, e)->flags & QS_TF_CAP))
            e++;
        /* "Sen. Bernie Sanders (I-Vt.)" */
        if (qs_tok_is_char(a, e, '('))
            for (guint32 p = e + 1; p < limit && p <= e + QS_BRACKET_REACH; p++)
                if (qs_tok_is_char(a, p, ')')) {
                    e = p + 1;
                    break;
                }
    } else if (qs_tok_has(a, k, QS_LEX_DET)) {
        e = k + 1;
        /* a capitalised cue word is a name: "The Post intervened" */
        while (e < limit && e - k < 6 && is_word(a, e) &&
               !qs_tok_has(a, e, QS_LEX_FINITE | QS_LEX_BOUNDARY | QS_LEX_PREP) &&
               !(qs_tok_has(a, e, QS_LEX_CUE) && !(qs_tok(a, e)->flags & QS_TF_CAP)) &&
               !(e > k + 1 && past_tense_like(a, e)))
            e++;
        if (e == k + 1)
            return FALSE;
    } else if (k + 1 < limit && qs_tok_has(a, k, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG) &&
               (qs_tok_has(a, k + 1, QS_LEX_FINITE) || past_tense_like(a, k + 1))) {
        e = k + 1; /* "police began", "officials warned" */
    }
    if (e == k)
        return FALSE;
    *out = new_mention(k, e, QS_SIDE_BEFORE);
    classify(a, out);
    /* "Her husband, Carl, was": the name set off after the phrase */
    guint32 name_end =
        e + 1 < limit && qs_tok_is_char(a, e, ',') ? qs_name_run_right(a, e + 1, limit) : e;
    if (name_end > e + 1 && name_end < limit && qs_tok_is_char(a, name_end, ','))
        name_set_off(a, out, e + 1, name_end);
    return TRUE;
}

/* Appends the speaker mention @m of a cue and returns its index.  For "officials who
 * said", the mention at the cue is "who", standing for the phrase before it. */
static guint32 add_mention(QsAnalysis *a, QsMention *m)
{
    g_assert(m->tok_end > m->tok_start); /* the writers read its last token */
    g_array_append_val(a->mentions, *m);
    if (m->relative == QS_NONE)
        return a->mentions->len - 1;
    QsMention rel = new_mention(m->relative, m->relative + 1, QS_SIDE_BEFORE);
    rel.kind = QS_MENTION_PRONOUN;
    rel.pron_class = QS_PRON_RELATIVE;
    rel.source_kind = m->source_kind;
    rel.clause_start = m->clause_start;
    rel.antecedent = a->mentions->len - 1;
    g_array_append_val(a->mentions, rel);
    return a->mentions->len - 1;
}

/* "Noting that ..., Trump said", "By offering Kasich the spot, Trump would show": a
 * participle opening the sentence, alone or after a preposition, has the subject that
 * follows it; "Asked whether ..." is left to the content rules, which give it none. */
static gboolean participle_opens_sentence(const QsAnalysis *a, const QsCue *c)
{
    if (c->kind != QS_CUE_VERB || c->verb_tok != c->tok_start ||
        qs_tok_lex(a, c->verb_tok)->verb_form != QS_FORM_ING)
        return FALSE;
    guint32 k = c->tok_start;
    if (k > 0 && is_word(a, k - 1) && qs_tok_has(a, k - 1, QS_LEX_PREP))
        k--;
    return (qs_tok(a, k)->flags & QS_TF_SENT_START) != 0;
}

/* "A, Spicer said, adding": cue @c follows the clause of cue @prev and a comma. */
static gboolean right_after_cue_clause(const QsAnalysis *a, const QsCue *prev, const QsCue *c)
{
    guint32 lo, hi;
    qs_cue_clause(a, prev, &lo, &hi);
    return hi + 1 == c->tok_start && qs_tok_is_char(a, hi, ',');
}

/* Verb cue @prev has its own subject right after a subordinator, and @c is a verb joined
 * to it with no comma between ("and criticized"), so that @c shares that subject, not
 * the sentence's: "The anxiety was underscored when Ryan lamented A and criticized B";
 * but "After Ryan criticized the plan, Trump went golfing and denied it". */
static gboolean coordinated_in_subordinate(const QsAnalysis *a, const QsCue *prev, const QsCue *c)
{
    if (prev == NULL || prev->kind != QS_CUE_VERB || prev->shares_mention ||
        c->verb_tok == QS_NONE || qs_tok_lex(a, c->verb_tok)->verb_form == QS_FORM_ING)
        return FALSE;
    const QsMention *m = &g_array_index(a->mentions, QsMention, prev->mention);
    if (m->side != QS_SIDE_BEFORE || m->tok_start == 0 ||
        !qs_tok_has(a, m->tok_start - 1, QS_LEX_SUBORDINATOR))
        return FALSE;
    for (guint32 k = prev->tok_end; k < c->tok_start; k++)
        if (qs_tok_is_char(a, k, ',') && qs_direct_at(a, k) == QS_NONE)
            return FALSE;
    return TRUE;
}

void qs_mentions_run(QsAnalysis *a)
{
    a->mentions = g_array_new(FALSE, FALSE, sizeof(QsMention));
    guint32 last_in_sentence = QS_NONE; /* the latest cue with a speaker, and its sentence */
    guint32 last_sentence = QS_NONE;
    for (guint i = 0; i < a->cues->len; i++) {
        QsCue *c = &g_array_index(a->cues, QsCue, i);
        guint32 sent = qs_tok(a, c->tok_start)->sent;
        QsMention m;
        if ((qs_lexicon_lemma_flags(a->lex, c->lemma) & QS_LEMMA_IMPERSONAL) ||
            qs_cue_is_passive(a, c))
            continue; /* "appears", "is expected to": an impression with no one to hold it */
        /* "Clinton claimed victory in a tweet": the medium phrase after the verb's
         * clause has the verb's speaker, not the object before it */
        gboolean medium = c->kind == QS_CUE_PHRASE && qs_tok_has(a, c->tok_start, QS_LEX_PREP) &&
                          last_sentence == sent;
        if (medium) {
            c->shares_mention = TRUE;
            c->mention = g_array_index(a->cues, QsCue, last_in_sentence).mention;
        } else if (participle_opens_sentence(a, c)) {
            const QsSentence *s = &g_array_index(a->sentences, QsSentence, sent);
            c->shares_mention = TRUE;
            if (sentence_subject(a, s->tok_end - 1, &m) && m.tok_start > c->tok_end)
                c->mention = add_mention(a, &m);
        } else if (leans_on_main_clause(a, c)) {
            c->shares_mention = TRUE;
            /* the main clause's subject ("Sanders sent a mass text message to his
             * supporters, asking"), not the nearer phrase an earlier cue word took for its
             * speaker ("a mass").  That cue's speaker right after its clause ("A, Spicer
             * said, adding"), when words tell no subject, when it is the subject as
             * that cue found it, which may run longer ("Sen. Ted Cruz of Texas"), and when
             * it opens a subordinate clause this verb goes on ("when Ryan lamented A and
             * criticized B"). */
            const QsCue *prev =
                last_sentence == sent ? &g_array_index(a->cues, QsCue, last_in_sentence) : NULL;
            gboolean subject = (prev == NULL || !right_after_cue_clause(a, prev, c)) &&
                               !coordinated_in_subordinate(a, prev, c) &&
                               sentence_subject(a, c->tok_start, &m);
            if (subject && prev != NULL &&
                g_array_index(a->mentions, QsMention, prev->mention).tok_start == m.tok_start)
                subject = FALSE;
            if (subject)
                c->mention = add_mention(a, &m);
            else if (prev != NULL)
                c->mention = prev->mention;
        } else if (find_mention(a, c, &m)) {
            c->mention = add_mention(a, &m);
        }
        if (c->mention != QS_NONE) {
            last_in_sentence = i;
            last_sentence = sent;
        }
    }
}

void qs_cue_clause(const QsAnalysis *a, const QsCue *c, guint32 *lo, guint32 *hi)
{
    *lo = c->tok_start;
    *hi = c->tok_end;
    if (c->mention == QS_NONE || c->shares_mention)
        return;
    const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
    if (m->side == QS_SIDE_BEFORE)
        *lo = MIN(m->clause_start, m->tok_start);
    else
        *hi = MAX(m->clause_end, m->tok_end);
}
