/* Indirect and mixed speech: the content clause of each cue that does not introduce a
 * direct quotation.  Content follows the cue ("said (that) ..."), precedes it at the
 * end of a sentence ("..., X said."), surrounds it ("A, X added, B."), or follows
 * "According to X,".  A clause holding a quoted fragment is mixed speech, and the
 * fragment is reported as part of it. */
#include "internal.h"

#include <string.h>

#define QS_THAT_REACH 8    /* "told a rally outside the main gate that" */
#define QS_FINITE_REACH 12 /* a bare clause shows its verb within this many tokens */

/* A finite verb by the lexicon or its "-ed", not by a final "-s", which a plural noun
 * has too ("told aides that"). */
static gboolean looks_finite_verb(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    if (t->kind != QS_TOK_WORD || (t->flags & QS_TF_CAP))
        return FALSE;
    const QsLexEntry *e = qs_tok_lex(a, i);
    if ((e->flags & QS_LEX_FINITE) ||
        ((e->flags & QS_LEX_CUE) && (e->verb_form == QS_FORM_S || e->verb_form == QS_FORM_PAST)))
        return TRUE;
    return qs_tok_ends_in_ed(a, i);
}

/* looks_finite_verb, or a present "-s" form after a word that is no determiner or
 * preposition ("the transition reflects"); not "-ss" or "-us" ("business", "status") */
static gboolean looks_finite(const QsAnalysis *a, guint32 i)
{
    if (looks_finite_verb(a, i))
        return TRUE;
    const QsToken *t = qs_tok(a, i);
    const char *end = a->doc->text + t->end;
    if (i == 0)
        return FALSE;
    guint32 before = i > 1 && qs_tok_opens_quote(a, i - 1) ? i - 2 : i - 1; /* 'it "humanizes"' */
    return t->kind == QS_TOK_WORD && !(t->flags & QS_TF_CAP) && t->end - t->start > 3 &&
           end[-1] == 's' && end[-2] != 's' && end[-2] != 'u' &&
           qs_tok(a, before)->kind == QS_TOK_WORD &&
           !qs_tok_has(a, before, QS_LEX_DET | QS_LEX_PREP);
}

/* The present forms of stance verbs double as nouns ("the latest offer", "strong
 * views"): their object counts only after a subject that names a source, a name, a
 * pronoun, a role or a quantity of people. */
static gboolean names_its_source(const QsAnalysis *a, const QsCue *c)
{
    guint8 form = c->verb_tok == QS_NONE ? QS_FORM_BASE : qs_tok_lex(a, c->verb_tok)->verb_form;
    if (form != QS_FORM_BASE && form != QS_FORM_S)
        return TRUE;
    const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
    if (m->kind == QS_MENTION_PRONOUN) /* "it threatens the work": not a source */
        return m->pron_class != QS_PRON_NEUTER;
    if (m->kind != QS_MENTION_NOMINAL)
        return TRUE;
    if (qs_span_stands_for_people(a, m->tok_start, m->tok_end))
        return TRUE; /* "Others call it", "Many favor" */
    return qs_tok_has(a, m->tok_end - 1, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG | QS_LEX_TITLE);
}

static gboolean takes_prepositional_object(const QsAnalysis *a, guint32 i)
{
    static const char *const preps[] = {"about", "against", "for"};
    return qs_tok_is_one_of(a, i, preps, G_N_ELEMENTS(preps));
}

/* "spoke to reporters", "talked to CNN": "to" before a determiner, a pronoun, a name or
 * a number is a preposition, not the mark of an infinitive ("vowed to fight"). */
static gboolean to_preposition(const QsAnalysis *a, guint32 to, guint32 sent_end)
{
    if (qs_tok_opens_quote(a, to + 1))
        to++; /* 'vowed to "defend the act"': the quotation's first word tells */
    if (to + 1 >= sent_end)
        return TRUE;
    const QsToken *t = qs_tok(a, to + 1);
    return t->kind != QS_TOK_WORD || (t->flags & QS_TF_CAP) ||
           qs_tok_has(a, to + 1, QS_LEX_DET | QS_LEX_PRONOUN);
}

/* Past a time adjunct between a cue and its content at @hi: "said on Friday he met",
 * "announced Sunday she will resign", "said last week the plan"; else @hi. */
static guint32 past_time_adjunct(const QsAnalysis *a, guint32 hi, guint32 end)
{
    guint32 k = qs_time_adjunct_end(a, hi, end);
    return k > hi && k < end && qs_tok(a, k)->kind == QS_TOK_WORD ? k : hi;
}

/* A personal pronoun at @i that opens a clause whatever form its verb has ("they
 * empathize"); not "it", as often an object ("said it again"). */
static gboolean personal_subject(const QsAnalysis *a, guint32 i, guint32 sent_end)
{
    const QsLexEntry *e = qs_tok_lex(a, i);
    return (e->flags & QS_LEX_PRONOUN) && e->pron_class != QS_PRON_RELATIVE &&
           e->pron_class != QS_PRON_NEUTER && i + 1 < sent_end &&
           qs_tok(a, i + 1)->kind == QS_TOK_WORD && !(qs_tok(a, i + 1)->flags & QS_TF_CAP);
}

#define QS_ASIDE_MAX 12 /* tokens between the dashes of "— Iowa's biggest media market —" */

/* When token @k opens a short aside that closes before @sent_end, a dash with a dash or
 * "(" with ")", the closing token; else QS_NONE: a lone dash ("2015–16", "5 - 4") is
 * none. */
static guint32 aside_close(const QsAnalysis *a, guint32 k, guint32 sent_end)
{
    gboolean dash = (qs_tok(a, k)->flags & QS_TF_DASH) != 0;
    if (!dash && !qs_tok_is_char(a, k, '('))
        return QS_NONE;
    for (guint32 j = k + 1; j < sent_end && j <= k + QS_ASIDE_MAX + 1; j++)
        if (dash ? (qs_tok(a, j)->flags & QS_TF_DASH) != 0 : qs_tok_is_char(a, j, ')'))
            return j;
    return QS_NONE;
}

/* The token after @k, or after the aside between dashes that @k opens ("the levy — a tax
 * on soda — will pass"): the step of the scans that a trailing dash ends. */
static guint32 next_past_dash_aside(const QsAnalysis *a, guint32 k, guint32 sent_end)
{
    guint32 close = (qs_tok(a, k)->flags & QS_TF_DASH) ? aside_close(a, k, sent_end) : QS_NONE;
    return (close != QS_NONE ? close : k) + 1;
}

/* A dash that sets off the rest of the sentence before @sent_end: one with a space before
 * it, neither the "–" of "2015–16" nor a range ("2015 - 2016"), nor the first of a pair
 * around an aside. */
static gboolean trailing_dash(const QsAnalysis *a, guint32 k, guint32 sent_end)
{
    if (!(qs_tok(a, k)->flags & QS_TF_DASH) || !(qs_tok(a, k)->flags & QS_TF_SPACE_BEFORE))
        return FALSE;
    if (k > 0 && k + 1 < sent_end && qs_tok(a, k - 1)->kind == QS_TOK_NUMBER &&
        qs_tok(a, k + 1)->kind == QS_TOK_NUMBER)
        return FALSE;
    return aside_close(a, k, sent_end) == QS_NONE;
}

/* A finite verb within QS_FINITE_REACH tokens of @hi, where an aside between dashes or
 * brackets does not count: "said Trump's visit to Des Moines — Iowa's biggest media
 * market — last Friday would earn".  Asides included, no more than three times the
 * reach is looked at: a sentence of asides is not walked to its end for every cue. */
static gboolean finite_within_reach(const QsAnalysis *a, guint32 hi, guint32 sent_end)
{
    guint counted = 0;
    for (guint32 k = hi; k < sent_end && k < hi + 3 * QS_FINITE_REACH && counted < QS_FINITE_REACH;
         k++) {
        guint32 close = aside_close(a, k, sent_end);
        if (close != QS_NONE) {
            k = close;
            continue;
        }
        if (looks_finite(a, k))
            return TRUE;
        counted++;
    }
    return FALSE;
}

/* "that" at @i opens a phrase of time, "that night", "that year", not a clause. */
static gboolean that_time(const QsAnalysis *a, guint32 i, guint32 sent_end)
{
    return i + 1 < sent_end && (qs_tok_is_day_part(a, i + 1) || qs_tok_is_period(a, i + 1) ||
                                qs_tok_is_word(a, i + 1, "day"));
}

#define QS_THAT_ASIDE_REACH 6 /* "said, before this campaign began, that" */

/* Past an aside set off by commas between a cue and "that" ("testified, for example,
 * that"); else @hi. */
static guint32 past_aside_before_that(const QsAnalysis *a, guint32 hi, guint32 sent_end)
{
    if (hi >= sent_end || !qs_tok_is_char(a, hi, ','))
        return hi;
    for (guint32 k = hi + 1; k + 1 < sent_end && k <= hi + QS_THAT_ASIDE_REACH; k++) {
        if (qs_tok_is_char(a, k, ','))
            return k > hi + 1 && qs_tok_is_word(a, k + 1, "that") && !that_time(a, k + 1, sent_end)
                       ? k + 1
                       : hi;
        if (qs_tok(a, k)->kind != QS_TOK_WORD)
            return hi;
    }
    return hi;
}

/* Where the content after the cue clause begins, or QS_NONE: after "that"; a clause
 * without "that" for the verbs that take one; an object, a to-infinitive or a
 * wh-clause for the verbs whose object is what the source holds. */
static guint32 forward_start(const QsAnalysis *a, const QsCue *c, guint32 hi, guint32 sent_end,
                             gboolean *noun_phrase)
{
    *noun_phrase = FALSE;
    /* 'tweeted, "Thank you Indiana!" on Friday': a quotation the sentence runs on after
     * (a whole one is attribute.c's) */
    if ((qs_tok_is_char(a, hi, ',') || qs_tok_is_char(a, hi, ':')) && hi + 1 < sent_end &&
        qs_tok_opens_quote(a, hi + 1))
        return hi + 1;
    guint32 from = past_aside_before_that(a, hi, sent_end);
    guint32 reach = from + QS_THAT_REACH;
    for (guint32 k = from; k < sent_end && k < reach; k++) {
        /* 'said on ''Meet the Press'' that': a title, a short quotation opening on a
         * capital and not after a determiner, is passed and counts as one word; not a
         * scare quote ('the "temporary" measures that') */
        guint32 title = qs_tok_opens_quote(a, k) ? qs_direct_at(a, k) : QS_NONE;
        if (title != QS_NONE &&
            (g_array_index(a->directs, QsDirect, title).flags & QS_SPAN_SHORT) &&
            (qs_tok(a, k + 1)->flags & QS_TF_CAP) && !(k > 0 && qs_tok_has(a, k - 1, QS_LEX_DET))) {
            reach += g_array_index(a->directs, QsDirect, title).close_tok - k;
            k = g_array_index(a->directs, QsDirect, title).close_tok;
            continue;
        }
        const QsToken *t = qs_tok(a, k);
        /* past a comma or a verb the clause has begun: a later "that" is inside it
         * ("believes there are no good options, but that ..."); past "while" it is
         * a participle's ("vowed to rebuild while acknowledging that") */
        if (t->kind == QS_TOK_QUOTE || t->kind == QS_TOK_PUNCT || looks_finite_verb(a, k) ||
            qs_tok_is_word(a, k, "while"))
            break;
        if (qs_tok_is_word(a, k, "that")) {
            if (k + 1 >= sent_end)
                return QS_NONE;
            /* "said that is wrong": "that" is the content's subject; else the
             * content starts after it, as the seed article's annotation has it */
            if (qs_tok_has(a, k + 1, QS_LEX_FINITE | QS_LEX_VERB_MOD))
                return k;
            /* "added that, in Wisconsin, A": the content starts after the comma */
            return qs_tok_is_char(a, k + 1, ',') && k + 2 < sent_end ? k + 2 : k + 1;
        }
    }
    if (hi >= sent_end)
        return QS_NONE;
    hi = past_time_adjunct(a, hi, sent_end);
    guint lemma = qs_lexicon_lemma_flags(a->lex, c->lemma);
    if (lemma & QS_LEMMA_THAT_ONLY)
        return QS_NONE;
    /* "75 percent of Democrats said yes, but": the answer is the content */
    if ((lemma & QS_LEMMA_BARE_CLAUSE) &&
        (qs_tok_is_word(a, hi, "yes") || qs_tok_is_word(a, hi, "no")) &&
        (hi + 1 == sent_end || qs_tok(a, hi + 1)->kind == QS_TOK_PUNCT)) {
        *noun_phrase = TRUE;
        return hi;
    }
    /* "said in private they would run": a short phrase before a personal subject */
    if ((lemma & QS_LEMMA_BARE_CLAUSE) && qs_tok_has(a, hi, QS_LEX_PREP))
        for (guint32 k = hi + 2; k < sent_end && k <= hi + 4; k++) {
            if (qs_tok(a, k - 1)->kind != QS_TOK_WORD)
                break;
            if (personal_subject(a, k, sent_end))
                return k;
        }
    const QsToken *t = qs_tok(a, hi);
    /* a verb that takes no bare clause takes an object ("called Carson a 'special
     * person'"), as do the bare-clause verbs listed with one and phrases ending in a
     * preposition ("called for") */
    gboolean object = (c->kind == QS_CUE_VERB && !(lemma & QS_LEMMA_BARE_CLAUSE)) ||
                      (lemma & QS_LEMMA_OBJECT) ||
                      (c->kind == QS_CUE_PHRASE && qs_tok_has(a, c->tok_end - 1, QS_LEX_PREP));
    if (object && !names_its_source(a, c))
        object = FALSE;
    if (object && ((qs_tok_is_word(a, hi, "to") && !to_preposition(a, hi, sent_end)) ||
                   qs_tok_is_wh_word(a, hi)))
        return hi + 1 < sent_end ? hi : QS_NONE;
    /* "railed against Christie", "joked about stereotypes": a cue verb and a preposition
     * hold the preposition's object as their content */
    if (c->kind == QS_CUE_VERB && names_its_source(a, c) && hi + 1 < sent_end &&
        takes_prepositional_object(a, hi) && qs_tok(a, hi + 1)->kind == QS_TOK_WORD) {
        *noun_phrase = TRUE;
        return hi + 1;
    }
    /* "said if elected he could work": a clause opening with its subordinate one */
    gboolean subordinate = qs_tok_is_wh_word(a, hi) || qs_tok_is_word(a, hi, "because") ||
                           qs_tok_is_word(a, hi, "although") || qs_tok_is_word(a, hi, "unless");
    if (subordinate && (lemma & QS_LEMMA_BARE_CLAUSE))
        return hi + 1 < sent_end ? hi : QS_NONE;
    if ((t->kind != QS_TOK_WORD && t->kind != QS_TOK_NUMBER && !qs_tok_opens_quote(a, hi)) ||
        qs_tok_has(a, hi, QS_LEX_PREP | QS_LEX_BOUNDARY | QS_LEX_VERB_MOD))
        return QS_NONE;
    if (object) {
        *noun_phrase = TRUE;
        return hi;
    }
    if (!(lemma & QS_LEMMA_BARE_CLAUSE))
        return QS_NONE;
    if (personal_subject(a, hi, sent_end))
        return hi; /* "say they empathize" */
    if (finite_within_reach(a, hi, sent_end))
        return hi;
    /* "three-quarters said the same of Sanders": no clause, an object */
    if ((qs_tok_is_word(a, hi, "the") || qs_tok_is_word(a, hi, "a")) && !(t->flags & QS_TF_CAP) &&
        names_its_source(a, c)) {
        *noun_phrase = TRUE;
        return hi;
    }
    return QS_NONE;
}

#define QS_HEARER_REACH 4 /* "told the council", "told The Associated Press" */

/* One past the hearer at @hi of a cue whose object is the hearer ("told her", "told
 * POLITICO", "assured the council", "told reporters"); @hi when there is none. */
static guint32 past_hearer(const QsAnalysis *a, const QsCue *c, guint32 hi, guint32 end)
{
    static const char *const objects[] = {"him", "her", "them", "me", "us", "you"};
    if (!(qs_lexicon_lemma_flags(a->lex, c->lemma) & QS_LEMMA_HEARER) ||
        qs_tok(a, hi)->kind != QS_TOK_WORD)
        return hi;
    if (qs_name_word(a, hi))
        return qs_name_run_right(a, hi, end);
    if (qs_tok_has(a, hi, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG)) /* "told reporters" */
        return hi + 1;
    if (qs_tok_has(a, hi, QS_LEX_DET)) { /* "told the council", "told her staff" */
        guint32 k = hi + 1;
        while (k < end && k <= hi + QS_HEARER_REACH && qs_tok(a, k)->kind == QS_TOK_WORD &&
               !qs_tok_has(a, k,
                           QS_LEX_PREP | QS_LEX_BOUNDARY | QS_LEX_FINITE | QS_LEX_DET |
                               QS_LEX_PRONOUN) &&
               !looks_finite_verb(a, k))
            k++;
        if (k > hi + 1 && k <= hi + QS_HEARER_REACH)
            return k;
    }
    return qs_tok_is_one_of(a, hi, objects, G_N_ELEMENTS(objects)) ? hi + 1 : hi;
}

/* "A, officials said.", "A, officials said on Monday.", "A, he said in an interview
 * with CNN.", "A, the president told her.": after the cue clause at @hi, nothing but a
 * hearer and an adjunct of time or place (no verb, no "that", no comma, no quotation)
 * runs to the sentence's @end, after a finite cue verb and its speaker. */
static gboolean ends_the_sentence(const QsAnalysis *a, const QsCue *c, guint32 hi, guint32 end)
{
    static const char *const openers[] = {"in",  "on",   "at",   "during",  "from",
                                          "via", "last", "this", "earlier", "later"};
    if (hi >= end)
        return TRUE;
    if (end - hi > QS_FINITE_REACH || c->kind != QS_CUE_VERB || c->mention == QS_NONE ||
        c->verb_tok == QS_NONE)
        return FALSE;
    /* not "..., a physicist who advises the delegation.": a relative clause's object */
    const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
    if (m->side != QS_SIDE_BEFORE || m->pron_class == QS_PRON_RELATIVE)
        return FALSE;
    guint8 form = qs_tok_lex(a, c->verb_tok)->verb_form;
    if (form != QS_FORM_PAST && form != QS_FORM_S)
        return FALSE;
    hi = past_hearer(a, c, hi, end);
    if (hi >= end)
        return TRUE;
    if (!(qs_tok_is_one_of(a, hi, openers, G_N_ELEMENTS(openers)) || qs_tok_is_day(a, hi)))
        return FALSE;
    for (guint32 k = hi; k < end; k++) {
        const QsToken *t = qs_tok(a, k);
        if (t->kind == QS_TOK_QUOTE || t->kind == QS_TOK_PUNCT || qs_tok_is_word(a, k, "that") ||
            qs_tok_is_word(a, k, "to") || looks_finite(a, k))
            return FALSE;
    }
    return TRUE;
}

/* One past the last token of the sentence's content: final . ! ? dropped. */
static guint32 trimmed_end(const QsAnalysis *a, guint32 start, guint32 end)
{
    while (end > start && (qs_tok(a, end - 1)->flags & QS_TF_END_PUNCT))
        end--;
    return end;
}

static gboolean coordinator(const QsAnalysis *a, guint32 i)
{
    static const char *const words[] = {"and",     "but", "or",     "while",
                                        "whereas", "yet", "though", "although"};
    return qs_tok_is_char(a, i, ',') || qs_tok_is_char(a, i, ';') ||
           qs_tok_is_one_of(a, i, words, G_N_ELEMENTS(words));
}

/* Whether a comma stands in [@from, @to). */
static gboolean comma_within(const QsAnalysis *a, guint32 from, guint32 to)
{
    for (guint32 k = from; k < to; k++)
        if (qs_tok_is_char(a, k, ','))
            return TRUE;
    return FALSE;
}

/* Forward content ends where the next attribution begins ("A will brand you a liar
 * and NBC News will accuse you"), at a semicolon, at a comma before a closing appositive
 * once the clause has its verb ("there is an active conversation about Trump, one that
 * will dominate the meeting"; not "met Smith, a lawyer, on Monday", which a comma
 * closes), and drops a conjunction or comma left dangling before that point. */
static guint32 content_end(const QsAnalysis *a, guint32 ci, guint32 cs, guint32 end)
{
    static const char *const appositive[] = {"a", "an", "one"};
    /* the content's first finite verb; QS_NONE, above every token, while there is none */
    guint32 first_verb = QS_NONE;
    for (guint32 k = cs; k < end; k++) {
        if (qs_tok_is_char(a, k, ';') ||
            (qs_tok_is_char(a, k, ':') && qs_tok_opens_quote(a, k + 1)) ||
            (first_verb < k && qs_tok_is_char(a, k, ',') &&
             qs_tok_is_one_of(a, k + 1, appositive, G_N_ELEMENTS(appositive)) &&
             !comma_within(a, k + 1, end))) {
            end = k;
            break;
        }
        if (first_verb == QS_NONE && looks_finite_verb(a, k))
            first_verb = k;
    }
    for (guint j = ci + 1; j < a->cues->len; j++) {
        const QsCue *next = &g_array_index(a->cues, QsCue, j);
        if (next->tok_start >= end)
            break;
        guint32 lo, hi;
        qs_cue_clause(a, next, &lo, &hi);
        /* "A, according to X": the source of A is outside the content */
        if (next->kind == QS_CUE_ACCORDING && next->tok_start > cs + 1 &&
            qs_tok_is_char(a, next->tok_start - 1, ',')) {
            end = next->tok_start - 1;
            break;
        }
        /* a verb, or a phrase that holds one ("and warned of") or opens with no
         * preposition (", referring to", "but Democrats have pushed for"): not "in a
         * statement" */
        gboolean verb_phrase =
            next->kind == QS_CUE_PHRASE &&
            (next->verb_tok != QS_NONE || !qs_tok_has(a, next->tok_start, QS_LEX_PREP));
        if ((next->kind != QS_CUE_VERB && !verb_phrase) || next->mention == QS_NONE ||
            qs_direct_at(a, next->tok_start) != QS_NONE)
            continue;
        /* a nested attribution ("said that Y believes Z") stays inside; a coordinated
         * one ("..., and Y said", '"...," he claimed') starts a new content */
        if (lo <= cs + 1)
            continue;
        /* "but did not suggest": a verb sharing the subject starts with its auxiliaries */
        if (next->shares_mention)
            lo = qs_verb_group_start(a, next, lo, cs + 1);
        guint32 before = lo - 1;
        if (before > cs && qs_tok(a, before)->kind == QS_TOK_QUOTE)
            before--; /* '"...friends," he claimed' */
        /* a relative clause's cue reaches back over its antecedent's clause: after a
         * comma that closes an opening phrase, before the content's verb, it goes on the
         * content ("added that, in Wisconsin, Trump's coalition consists of voters who
         * describe themselves as"), but not after a clause ("would fail, while Jones, who
         * argued otherwise, left") */
        gboolean relative =
            g_array_index(a->mentions, QsMention, next->mention).pron_class == QS_PRON_RELATIVE;
        if (before > cs && coordinator(a, before) && !(relative && first_verb > before)) {
            end = lo;
            break;
        }
    }
    while (end > cs &&
           (qs_tok_is_char(a, end - 1, ',') ||
            (qs_tok(a, end - 1)->kind == QS_TOK_WORD && qs_tok_has(a, end - 1, QS_LEX_BOUNDARY))))
        end--;
    return end;
}

#define QS_ASIDE_REACH 4

/* When the comma at @k opens a name set off by commas (", Tashkent,"), the comma that
 * closes it; else QS_NONE. */
static guint32 named_aside(const QsAnalysis *a, guint32 k, guint32 end)
{
    for (guint32 i = k + 1; i < end && i <= k + QS_ASIDE_REACH; i++) {
        if (qs_tok_is_char(a, i, ','))
            return i > k + 1 ? i : QS_NONE;
        if (!(qs_tok(a, i)->flags & QS_TF_CAP))
            return QS_NONE;
    }
    return QS_NONE;
}

#define QS_LIST_REACH 12

/* When the comma at @k goes on a list that closes with "and" or "or" ("his parents,
 * his siblings and his children"), the conjunction; else QS_NONE. */
static guint32 list_goes_on(const QsAnalysis *a, guint32 k, guint32 end)
{
    for (guint32 i = k + 1; i < end && i <= k + QS_LIST_REACH; i++) {
        if (qs_tok_is_word(a, i, "and") || qs_tok_is_word(a, i, "or"))
            return i > k + 1 ? i : QS_NONE;
        if (qs_tok(a, i)->kind == QS_TOK_QUOTE || qs_tok_is_char(a, i, ';') ||
            looks_finite_verb(a, i) || qs_tok_has(a, i, QS_LEX_PREP | QS_LEX_BOUNDARY))
            return QS_NONE;
    }
    return QS_NONE;
}

/* "the skilled and dedicated workers": the "and" at @k between two words in "-ed" that
 * the lexicon does not know joins adjectives, not verbs. */
static gboolean adjective_pair(const QsAnalysis *a, guint32 k)
{
    return k > 0 && qs_tok_lex(a, k - 1)->flags == 0 && qs_tok_ends_in_ed(a, k - 1) &&
           qs_tok_lex(a, k + 1)->flags == 0 && qs_tok_ends_in_ed(a, k + 1);
}

/* An object ends at a comma, at "but", at "and" before a verb sharing the subject, or at
 * a dash that sets off the rest of the sentence: "referred to jihadism but was careful not to link
 * it to religion" holds the object "jihadism", "mentioned her remarks and went back to its panel"
 * the object "her remarks".  A comma before "including" or "along with" goes on with it: "cited
 * reports of attacks, including this week's". */
static guint32 noun_phrase_end(const QsAnalysis *a, guint32 cs, guint32 end)
{
    for (guint32 k = cs + 1; k < end; k = next_past_dash_aside(a, k, end)) {
        if (qs_tok_is_char(a, k, ',')) {
            if (k + 1 < end && (qs_tok_is_word(a, k + 1, "including") ||
                                (qs_tok_is_word(a, k + 1, "along") && k + 2 < end &&
                                 qs_tok_is_word(a, k + 2, "with"))))
                continue;
            guint32 aside = named_aside(a, k, end);
            if (aside == QS_NONE)
                aside = list_goes_on(a, k, end);
            if (aside == QS_NONE)
                return k;
            k = aside; /* "the capital, Tashkent, in February" */
        } else if (qs_tok_is_char(a, k, ';') || qs_tok_is_word(a, k, "but") ||
                   (qs_tok_is_word(a, k, "and") && k + 1 < end && looks_finite_verb(a, k + 1) &&
                    !adjective_pair(a, k)) ||
                   trailing_dash(a, k, end)) {
            return k;
        }
    }
    return end;
}

#define QS_OVERLAP_LOOKBACK 8
#define QS_MAX_ENCLOSURES 2

/* Whether a content over bytes [@start, @end) may be added; if so, counts it as an
 * enclosure of the contents it overlaps.  A content may overlap an earlier one only when
 * it holds that content's cue: the outer attributions of "A told B that C, according to
 * X, according to Y" are contents of their own.  And only two outer contents may enclose
 * a content: without a limit, a sentence that repeats ", according to X" would be
 * reported once per cue, the report growing as the square of the sentence.  Contents
 * come in cue order and stay within their cue's sentence, so only the last few can
 * overlap a new one: looking further back would make long texts quadratic. */
static gboolean claim_span(QsAnalysis *a, guint32 start, guint32 end)
{
    guint from = a->quotes->len > QS_OVERLAP_LOOKBACK ? a->quotes->len - QS_OVERLAP_LOOKBACK : 0;
    for (guint i = from; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (!(q->start < end && start < q->end))
            continue;
        const QsCue *o = &g_array_index(a->cues, QsCue, q->cue);
        guint32 o_start = qs_tok(a, o->tok_start)->start, o_end = qs_tok(a, o->tok_end - 1)->end;
        if (q->enclosures >= QS_MAX_ENCLOSURES || !(o_start >= start && o_end <= end))
            return FALSE;
    }
    for (guint i = from; i < a->quotes->len; i++) {
        QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        q->enclosures += q->start < end && start < q->end;
    }
    return TRUE;
}

/* The first direct quotation opening at or after token @tok (binary search). */
static guint first_direct_from(const QsAnalysis *a, guint32 tok)
{
    guint lo = 0, hi = a->directs->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(a->directs, QsDirect, mid).open_tok < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A content of @min_words words at least ("endorsed Clinton" has one, a clause two). */
static void add_content(QsAnalysis *a, guint32 cue, guint32 cs, guint32 ce, guint min_words,
                        const char *rule)
{
    guint words = 0;
    for (guint32 k = cs; k < ce && words < min_words; k++)
        words += qs_tok(a, k)->kind == QS_TOK_WORD || qs_tok(a, k)->kind == QS_TOK_NUMBER;
    if (words < min_words)
        return;
    /* a quotation running past the sentence carries the content to its close */
    guint32 last = qs_direct_at(a, ce - 1);
    if (last != QS_NONE)
        ce = MAX(ce, g_array_index(a->directs, QsDirect, last).close_tok + 1);
    QsQuote q = {0};
    q.start = qs_tok(a, cs)->start;
    q.end = qs_tok(a, ce - 1)->end;
    if (!claim_span(a, q.start, q.end))
        return;
    guint32 first = qs_direct_at(a, cs);
    gboolean quoted = FALSE,
             all_quoted = first != QS_NONE &&
                          g_array_index(a->directs, QsDirect, first).open_tok == cs &&
                          g_array_index(a->directs, QsDirect, first).close_tok + 1 >= ce;
    for (guint i = first_direct_from(a, cs); i < a->directs->len; i++) {
        QsDirect *d = &g_array_index(a->directs, QsDirect, i);
        if (d->open_tok >= ce)
            break;
        if (d->close_tok < ce) {
            d->flags |= QS_SPAN_ABSORBED;
            quoted = TRUE;
        }
    }
    const QsCue *c = &g_array_index(a->cues, QsCue, cue);
    q.kind = all_quoted ? QS_QUOTE_DIRECT : quoted ? QS_QUOTE_MIXED : QS_QUOTE_INDIRECT;
    q.frag_end = q.end;
    q.frag2_start = QS_NONE;
    q.first_tok = cs;
    q.cue = cue;
    q.mention = c->mention;
    q.rule = rule;
    if (c->kind == QS_CUE_ACCORDING) {
        q.how = QS_HOW_ACCORDING_TO;
    } else if (c->mention != QS_NONE) {
        const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
        q.how = m->kind == QS_MENTION_NAME      ? QS_HOW_NAME
                : m->kind == QS_MENTION_PRONOUN ? QS_HOW_PRONOUN
                                                : QS_HOW_NOMINAL;
    }
    g_array_append_val(a->quotes, q);
}

/* The cue clause opens with a relative pronoun standing for its content's subject:
 * "which Democrats say could be", "that he said was drafted", "what she said is". */
static gboolean relative_before(const QsAnalysis *a, const QsCue *c, guint32 lo, guint32 start)
{
    if (lo <= start || c->shares_mention)
        return FALSE;
    const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
    if (m->side != QS_SIDE_BEFORE || m->relative != QS_NONE || m->antecedent != QS_NONE)
        return FALSE;
    return qs_tok_is_word(a, lo - 1, "that") || qs_tok_is_word(a, lo - 1, "which") ||
           qs_tok_is_word(a, lo - 1, "what");
}

#define QS_QUESTION_REACH 6 /* "Asked at the business conference about" */

/* "Asked whether A, X said", "Asked Tuesday about A, X said": a participle opening the
 * sentence before a wh-clause or "about", perhaps after a short phrase of time, place or
 * asker; where the question starts, or QS_NONE.  Its speaker is the one who asked, not
 * written. */
static guint32 opening_participle(const QsAnalysis *a, const QsCue *c, guint32 hi, guint32 end)
{
    guint8 form = qs_tok_lex(a, c->verb_tok)->verb_form;
    if (form != QS_FORM_PAST && form != QS_FORM_PARTICIPLE)
        return QS_NONE;
    for (guint32 k = hi; k < end && k <= hi + QS_QUESTION_REACH; k++) {
        /* not "about" after a preposition: "Asked at about noon whether" */
        if (qs_tok_opens_question(a, k) &&
            !(k > hi && qs_tok_is_word(a, k, "about") && qs_tok_has(a, k - 1, QS_LEX_PREP)))
            return k;
        if (qs_tok(a, k)->kind != QS_TOK_WORD || looks_finite_verb(a, k))
            return QS_NONE;
    }
    return QS_NONE;
}

/* Whether token @k, with the one after it, joins two clauses: ";", ":", "(", and a
 * comma before "but", "while", "yet", "although" or "though". */
static gboolean joins_clauses(const QsAnalysis *a, guint32 k)
{
    static const char *const conjunctions[] = {"but", "while", "yet", "although", "though"};
    return qs_tok_is_char(a, k, ';') || qs_tok_is_char(a, k, ':') || qs_tok_is_char(a, k, '(') ||
           (qs_tok_is_char(a, k, ',') &&
            qs_tok_is_one_of(a, k + 1, conjunctions, G_N_ELEMENTS(conjunctions)));
}

/* Whether [@from, @cue) holds a word that may be the cue's subject, not only auxiliaries
 * and adverbs: not "is" in "Apple Inc., the iPhone maker, is expected to". */
static gboolean has_subject(const QsAnalysis *a, guint32 from, guint32 cue)
{
    for (guint32 k = from; k < cue; k++)
        if (!qs_tok_has(a, k, QS_LEX_VERB_MOD))
            return TRUE;
    return FALSE;
}

/* The start of the clause holding cue @ci, not before @start: after a clause joint, and
 * after an earlier cue of the sentence, whose content it is ("X said Clinton didn't appear
 * concerned"); and after the comma nearest the cue when words stand between them, which
 * close an opening phrase or clause ("Indeed, a broader swath of voters appears", "Though
 * he lost there, Indiana appears") or open a relative one ("Trump, who seems mired"). */
static guint32 clause_start(const QsAnalysis *a, guint32 ci, guint32 start)
{
    guint32 cue = g_array_index(a->cues, QsCue, ci).tok_start;
    if (ci > 0 && g_array_index(a->cues, QsCue, ci - 1).tok_end > start &&
        g_array_index(a->cues, QsCue, ci - 1).tok_end <= cue)
        start = g_array_index(a->cues, QsCue, ci - 1).tok_end;
    gboolean nearest_comma = TRUE;
    for (guint32 k = cue; k-- > start;) {
        if (joins_clauses(a, k))
            return qs_tok_is_char(a, k, ',') ? k + 2 : k + 1;
        if (nearest_comma && qs_tok_is_char(a, k, ',')) {
            if (has_subject(a, k + 1, cue))
                return k + 1;
            nearest_comma = FALSE;
        }
    }
    return start;
}

/* The end of the clause going on from @hi, not past @end: at a clause joint, a dash that
 * sets off the rest of the sentence, or a comma before a participle, "with" or "despite"
 * ("The council is expected to sign the measure, opening a new front"). */
static guint32 clause_end(const QsAnalysis *a, guint32 hi, guint32 end)
{
    for (guint32 k = hi; k < end; k = next_past_dash_aside(a, k, end))
        if (joins_clauses(a, k) || trailing_dash(a, k, end) ||
            (qs_tok_is_char(a, k, ',') && k + 1 < end &&
             ((qs_tok_ends_in_ing(a, k + 1) && !(qs_tok(a, k + 1)->flags & QS_TF_CAP)) ||
              qs_tok_is_word(a, k + 1, "with") || qs_tok_is_word(a, k + 1, "despite"))))
            return k;
    return qs_tok_is_char(a, end - 1, ',') ? end - 1 : end; /* a text cut after a comma */
}

/* "It appears that X": X; "was asked whether X", "was asked about X": the question;
 * "The speaker appeared closer to an endorsement": the whole clause.  Not "appeared on
 * CNN" or "appeared in court", where the verb is "show up". */
static void impersonal_content(QsAnalysis *a, guint32 ci, guint32 start, guint32 hi, guint32 end)
{
    if (hi >= end || qs_tok(a, hi)->kind != QS_TOK_WORD)
        return;
    if (qs_tok_is_word(a, hi, "that"))
        add_content(a, ci, hi + 1, end, 2, "impersonal");
    else if (qs_tok_opens_question(a, hi))
        add_content(a, ci, hi, end, 2, "impersonal"); /* "was asked whether A", "about A" */
    else if (qs_tok_is_word(a, hi, "to") || qs_tok_is_word(a, hi, "like") || qs_tok_is_word(a, hi, "as") ||
             !qs_tok_has(a, hi, QS_LEX_PREP | QS_LEX_BOUNDARY))
        add_content(a, ci, clause_start(a, ci, start), clause_end(a, hi, end), 2, "impersonal");
}

/* A cue inside brackets has its content inside them: "(93 percent were white,
 * according to exit polls)" narrows [@first, @end) to the brackets around [@lo, @hi). */
static void bracket_scope(const QsAnalysis *a, guint32 lo, guint32 hi, guint32 *first, guint32 *end)
{
    guint32 open = QS_NONE, close = QS_NONE;
    for (guint32 k = lo; k-- > *first;) {
        if (qs_tok_is_char(a, k, ')'))
            return;
        if (qs_tok_is_char(a, k, '(')) {
            open = k;
            break;
        }
    }
    for (guint32 k = hi; open != QS_NONE && k < *end; k++) {
        if (qs_tok_is_char(a, k, '('))
            return;
        if (qs_tok_is_char(a, k, ')')) {
            close = k;
            break;
        }
    }
    if (close == QS_NONE)
        return;
    *first = open + 1;
    *end = close;
}

#define QS_SUBORDINATE_REACH 16 /* "When the governor of the state said" */

/* "When she opposed the pact, it was a victory": a cue in a clause that a subordinator
 * opens at the sentence's start has its content end with that clause, at the comma that
 * closes it: not one right after the cue ("As the paper noted, A" has the content A),
 * nor one inside a list ("taxes, fees and tolls").  A subordinator that is also a
 * preposition ("after", "before", "since") opens a clause only right before its subject
 * ("After Ryan said", not "After the debate Trump said").  Only a cue near the
 * sentence's start is looked at, so that the search for the clause's comma stays
 * linear in a long sentence. */
static void subordinate_scope(const QsAnalysis *a, const QsCue *c, guint32 lo, guint32 hi,
                              guint32 first, guint32 *end)
{
    if (!qs_tok_has(a, first, QS_LEX_SUBORDINATOR) || hi >= *end || qs_tok_is_char(a, hi, ',') ||
        lo > first + QS_SUBORDINATE_REACH)
        return;
    for (guint32 k = first; k < lo; k++)
        if (qs_tok_is_char(a, k, ','))
            return;
    if (qs_tok_has(a, first, QS_LEX_PREP) &&
        (c->mention == QS_NONE || c->shares_mention ||
         g_array_index(a->mentions, QsMention, c->mention).tok_start != first + 1))
        return;
    guint32 last = QS_NONE; /* the last comma outside a quotation */
    for (guint32 k = *end; k-- > hi + 1 && last == QS_NONE;)
        if (qs_tok_is_char(a, k, ',') && qs_direct_at(a, k) == QS_NONE)
            last = k;
    for (guint32 k = hi + 1; last != QS_NONE && k <= last; k++) {
        if (!qs_tok_is_char(a, k, ',') || qs_direct_at(a, k) != QS_NONE)
            continue;
        /* a list goes on only when the clause's own comma still follows it */
        guint32 list = list_goes_on(a, k, *end);
        if (list == QS_NONE || list > last) {
            *end = k;
            return;
        }
        k = list;
    }
}

/* Past a bracketed aside that runs from @hi to the sentence's @end: "A, according to
 * exit polls (a sizable margin)." */
static guint32 past_aside(const QsAnalysis *a, guint32 hi, guint32 end)
{
    if (hi + 1 >= end || !qs_tok_is_char(a, hi, '(') || !qs_tok_is_char(a, end - 1, ')'))
        return hi;
    for (guint32 k = hi + 1; k < end - 1; k++)
        if (qs_tok_is_char(a, k, '(') || qs_tok_is_char(a, k, ')'))
            return hi;
    return end;
}

/* What follows the comma after a cue clause, from @k to the sentence's @end, describes
 * its speaker rather than going on with the content: a relative clause ("said David
 * Autor, who teaches economics", "according to SITE, which monitors extremists"), or a
 * noun phrase with no verb or cue word, perhaps before one ("said Ms. Gil, a teacher at
 * the school, who runs it"). */
static gboolean describes_speaker(const QsAnalysis *a, guint32 k, guint32 end)
{
    static const char *const relatives[] = {"who", "which", "whose", "whom"};
    static const char *const determiners[] = {"a", "an", "the"};
    if (qs_tok_is_one_of(a, k, relatives, G_N_ELEMENTS(relatives)))
        return TRUE;
    if (!qs_tok_is_one_of(a, k, determiners, G_N_ELEMENTS(determiners)))
        return FALSE;
    for (guint32 i = k + 1; i < end; i++) {
        if (qs_tok_is_char(a, i, ','))
            return qs_tok_is_one_of(a, i + 1, relatives, G_N_ELEMENTS(relatives));
        /* "the deficit grows too fast", "the voters know it": a clause, "A, X said, B" */
        if (looks_finite(a, i) || qs_tok_has(a, i, QS_LEX_CUE) ||
            qs_tok(a, i)->kind == QS_TOK_QUOTE)
            return FALSE;
    }
    return TRUE;
}

/* The cue clause at @lo follows an "As" opening its sentence at @first, perhaps after
 * "But" or "And": "As the paper noted, A", "But as Clyburn noted, A". */
static gboolean opening_as(const QsAnalysis *a, guint32 lo, guint32 first)
{
    static const char *const conjunctions[] = {"but", "and", "so"};
    if (lo == first || !qs_tok_is_word(a, lo - 1, "as"))
        return FALSE;
    return lo - 1 == first || (lo - 2 == first && qs_tok_is_one_of(a, first, conjunctions,
                                                                   G_N_ELEMENTS(conjunctions)));
}

/* Whether the speaker of cue @c stands in tokens [from, to): "A city official, speaking
 * on condition of anonymity, said" has no content before its participle, which shares
 * the subject of "said". */
static gboolean speaker_within(const QsAnalysis *a, const QsCue *c, guint32 from, guint32 to)
{
    if (c->mention == QS_NONE)
        return FALSE;
    const QsMention *m = &g_array_index(a->mentions, QsMention, c->mention);
    return m->tok_start < to && m->tok_end > from;
}

static void content_of(QsAnalysis *a, guint32 ci)
{
    const QsCue *c = &g_array_index(a->cues, QsCue, ci);
    if (c->kind == QS_CUE_DASH)
        return;
    guint32 lo, hi;
    qs_cue_clause(a, c, &lo, &hi);
    guint32 opening = qs_direct_opening_at(a, hi);
    guint32 closing = qs_direct_closing_before(a, lo);
    /* a quotation that ended the sentence before is not this cue's: in
     * '"... style." Gingrich said the transition ...' the cue has its own content */
    if (closing != QS_NONE &&
        qs_tok(a, g_array_index(a->directs, QsDirect, closing).close_tok)->sent !=
            qs_tok(a, lo)->sent)
        closing = QS_NONE;
    /* nor one that an earlier content took in: 'admitted that they had "been friends,"
     * he claimed they never met'; nor one before a participle leaning on the main clause:
     * 'what was called the "Golden Week," saying that' */
    if (closing != QS_NONE &&
        ((g_array_index(a->directs, QsDirect, closing).flags & QS_SPAN_ABSORBED) ||
         c->shares_mention))
        closing = QS_NONE;
    if ((opening != QS_NONE &&
         !(g_array_index(a->directs, QsDirect, opening).flags & QS_SPAN_FRAGMENT)) ||
        closing != QS_NONE)
        return; /* a direct quotation's cue: attribute.c links it */
    const QsSentence *s = &g_array_index(a->sentences, QsSentence, qs_tok(a, c->tok_start)->sent);
    guint32 first = s->tok_start, end = trimmed_end(a, s->tok_start, s->tok_end);
    /* "A, according to X:" before a list */
    if (c->kind == QS_CUE_ACCORDING && end > hi && qs_tok_is_char(a, end - 1, ':'))
        end--;
    bracket_scope(a, lo, hi, &first, &end);
    subordinate_scope(a, c, lo, hi, first, &end);
    guint lemma = qs_lexicon_lemma_flags(a->lex, c->lemma);
    if ((lemma & QS_LEMMA_IMPERSONAL) || qs_cue_is_passive(a, c)) {
        impersonal_content(a, ci, first, hi, end);
        return;
    }
    /* "A, as X has warned.", "A, as X said, B.": "as" before the cue clause changes
     * nothing for a verb that takes a clause; others read as time ("The crowd fell
     * silent, as the president spoke") */
    gboolean as_after_comma = lo > first + 2 && qs_tok_is_word(a, lo - 1, "as") &&
                              qs_tok_is_char(a, lo - 2, ',') && (lemma & QS_LEMMA_BARE_CLAUSE);
    gboolean comma_before = as_after_comma || (lo > first && qs_tok_is_char(a, lo - 1, ','));
    guint32 before_end = as_after_comma ? lo - 2 : lo - 1; /* the comma before the cue */
    gboolean comma_after = hi < end && qs_tok_is_char(a, hi, ',');
    /* "A, Spicer said, adding ...": the sentence goes on with another cue, so the
     * content is A alone */
    gboolean cue_follows = comma_after && ci + 1 < a->cues->len &&
                           g_array_index(a->cues, QsCue, ci + 1).tok_start == hi + 1;
    gboolean takes_clause = c->kind != QS_CUE_VERB || (lemma & QS_LEMMA_BARE_CLAUSE);
    /* "A, said X, who teaches economics.": A alone */
    gboolean described = comma_after && takes_clause && describes_speaker(a, hi + 1, end);
    gboolean after_when =
        lo > first && (qs_tok_is_word(a, lo - 1, "when") || qs_tok_is_char(a, lo - 1, ','));
    guint32 question =
        c->kind == QS_CUE_VERB && c->mention == QS_NONE && (lo == first || after_when)
            ? opening_participle(a, c, hi, end)
            : QS_NONE;
    /* after a comma the participle may be a verb sharing the subject before it ("Clinton
     * paused, asked aides whether"): only the question right after it is sure */
    if (question != hi && lo > first && qs_tok_is_char(a, lo - 1, ','))
        question = QS_NONE;
    if (question != QS_NONE) {
        guint32 ce = question;
        while (ce < end && !qs_tok_is_char(a, ce, ','))
            ce++;
        /* "Asked whether A, the senator said": A, with no speaker; "the senator said
         * when asked how A." */
        if (ce < end || after_when)
            add_content(a, ci, question, ce, 1, "opening-participle");
        return;
    }
    if (c->kind == QS_CUE_COLON) {
        if (c->mention != QS_NONE && hi < end) /* "Poll: Sanders leads Clinton" */
            add_content(a, ci, hi, end, 2, "speaker-colon");
    } else if (comma_before && comma_after && hi + 1 < end && !cue_follows && !described &&
               takes_clause) {
        add_content(a, ci, first, end, 2, "parenthetical"); /* "A, X added, B." */
    } else if (comma_before && !speaker_within(a, c, first, before_end) &&
               (cue_follows || described || ends_the_sentence(a, c, past_aside(a, hi, end), end))) {
        add_content(a, ci, first, before_end, 2, "clause-final"); /* "A, X said." */
    } else if (c->kind == QS_CUE_ACCORDING && !comma_before && hi >= end && lo > first + 1) {
        add_content(a, ci, first, lo, 2, "clause-final"); /* "A according to X." */
    } else if (c->kind == QS_CUE_ACCORDING && comma_after && lo == first) {
        add_content(a, ci, hi + 1, end, 2, "according-to-first"); /* "According to X, A." */
    } else if (c->kind != QS_CUE_ACCORDING && c->mention != QS_NONE && comma_after &&
               opening_as(a, lo, first)) {
        add_content(a, ci, hi + 1, end, 2, "as-first"); /* "As the paper noted, A." */
    } else if (c->kind != QS_CUE_ACCORDING && c->mention != QS_NONE &&
               relative_before(a, c, lo, first) && hi < end && looks_finite(a, hi)) {
        /* "a strike that executives said could affect earnings": the relative clause
         * whose subject the cue's content lost */
        add_content(a, ci, lo - 1, content_end(a, ci, lo - 1, end), 2, "complement");
    } else if (c->kind != QS_CUE_ACCORDING && c->mention != QS_NONE) {
        gboolean noun_phrase;
        guint32 cs = forward_start(a, c, hi, end, &noun_phrase);
        if (cs != QS_NONE && noun_phrase)
            end = noun_phrase_end(a, cs, end);
        if (cs != QS_NONE)
            add_content(a, ci, cs, content_end(a, ci, cs, end), noun_phrase ? 1 : 2,
                        "complement"); /* "X said (that) A." */
    }
}

void qs_reported_run(QsAnalysis *a)
{
    a->quotes = g_array_new(FALSE, FALSE, sizeof(QsQuote));
    for (guint i = 0; i < a->cues->len; i++)
        content_of(a, i);
}
