/* Attribution cues: the forms of the verbs in data/cue_verbs.txt, the phrases in
 * data/cue_phrases.txt (longest match wins over the verb inside it), a colon that
 * introduces a quotation, and a dash that credits one. */
#include "internal.h"

#include <string.h>

#define QS_NEGATION_REACH 3 /* "did not say", "would not immediately comment" */

static gboolean negated(const QsAnalysis *a, guint32 verb)
{
    const QsToken *v = qs_tok(a, verb);
    for (guint32 k = 1; k <= QS_NEGATION_REACH && k <= verb; k++) {
        const QsToken *t = qs_tok(a, verb - k);
        if (t->kind != QS_TOK_WORD || t->sent != v->sent)
            return FALSE;
        if (qs_tok_has(a, verb - k, QS_LEX_NEGATION))
            return TRUE;
        if (!qs_tok_has(a, verb - k, QS_LEX_VERB_MOD) && !qs_tok_is_adverb(a, verb - k))
            return FALSE;
    }
    return FALSE;
}

/* "Many say the", "Most said that", "One in five say they": after a quantity standing
 * for people, a base or past form followed by what opens a clause is their verb ("many
 * claims", "some reported cases" stay nouns and adjectives). */
static gboolean after_people(const QsAnalysis *a, guint32 i)
{
    guint8 form = qs_tok_lex(a, i)->verb_form;
    if (i == 0 || (form != QS_FORM_BASE && form != QS_FORM_PAST) || i + 1 >= a->tokens->len)
        return FALSE;
    gboolean quantity = qs_tok_stands_for_people(a, i - 1) || qs_tok_is_share(a, i - 1, 0);
    const QsToken *next = qs_tok(a, i + 1);
    return quantity && (qs_tok_has(a, i + 1, QS_LEX_DET | QS_LEX_PRONOUN) ||
                        qs_tok_is_word(a, i + 1, "that") || (next->flags & QS_TF_CAP) ||
                        next->kind == QS_TOK_QUOTE || qs_tok_is_char(a, i + 1, ',') ||
                        qs_tok_is_char(a, i + 1, ':'));
}

/* "the dispute", "a claim", "Clinton's challenge": a cue word after a determiner or
 * a possessive is a noun. */
static gboolean after_determiner(const QsAnalysis *a, guint32 i)
{
    if (after_people(a, i))
        return FALSE;
    if (i > 0 && qs_tok(a, i - 1)->kind == QS_TOK_NUMBER) /* "all 50 states", "two reports" */
        return qs_tok_lex(a, i)->verb_form == QS_FORM_S;
    if (i == 0 || qs_tok(a, i - 1)->kind != QS_TOK_WORD)
        return FALSE;
    /* a possessive, but not a pronoun's contraction ("he's said", lexicon) */
    if (qs_tok_ends_in_possessive(a, i - 1) && !qs_tok_has(a, i - 1, QS_LEX_PRONOUN))
        return TRUE;
    return qs_tok_has(a, i - 1, QS_LEX_DET);
}

/* See internal.h.  A verb after a singular subject would take its "-s" ("the campaign
 * report found"), and one after a possessive and a participle would have no subject. */
gboolean qs_tok_in_noun_compound(const QsAnalysis *a, guint32 i)
{
    static const char *const possessives[] = {"his", "her", "their", "its", "our", "my", "your"};
    static const char *const plurals[] = {"people", "men",   "women",  "children",
                                          "police", "media", "public", "staff"};
    if (i < 2 || !qs_tok_has(a, i, QS_LEX_CUE))
        return FALSE;
    const QsToken *noun = qs_tok(a, i - 1);
    /* (a word that opens a sentence has its determiner in the sentence before) */
    if (noun->kind != QS_TOK_WORD || (noun->flags & QS_TF_SENT_START) ||
        !qs_tok_has(a, i - 2, QS_LEX_DET))
        return FALSE;
    /* "say that", "say the country", "say they": a verb's content follows */
    gboolean content_follows = i + 1 < a->tokens->len &&
                               qs_tok_has(a, i + 1, QS_LEX_DET | QS_LEX_PRONOUN | QS_LEX_BOUNDARY);
    guint8 form = qs_tok_lex(a, i)->verb_form;
    if (qs_tok_is_one_of(a, i - 2, possessives, G_N_ELEMENTS(possessives)))
        return !(noun->flags & QS_TF_CAP) && qs_tok_lex(a, i - 1)->flags == 0 &&
               qs_tok_ends_in_ing(a, i - 1) && form != QS_FORM_ING && !content_follows;
    if (form != QS_FORM_BASE ||
        (qs_tok_lex(a, i - 1)->flags &
         ~(QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG | QS_LEX_PHRASE_START)) != 0 ||
        a->doc->text[noun->end - 1] == 's' ||
        qs_tok_is_one_of(a, i - 1, plurals, G_N_ELEMENTS(plurals)))
        return FALSE;
    /* the compound goes on with a noun ("show host said") */
    if (i + 1 >= a->tokens->len || qs_tok(a, i + 1)->kind != QS_TOK_WORD ||
        (qs_tok(a, i + 1)->flags & QS_TF_SENT_START) || content_follows ||
        qs_tok_has(a, i + 1, QS_LEX_PREP))
        return FALSE;
    /* "Supporters of the law hope": the subject is before the preposition */
    return !(i > 2 && qs_tok_has(a, i - 3, QS_LEX_PREP));
}

/* "continues to campaign": an aspectual verb before "to" carries that verb's action. */
static gboolean before_to(const QsAnalysis *a, guint32 i)
{
    return (qs_lexicon_lemma_flags(a->lex, qs_tok_lex(a, i)->lemma) & QS_LEMMA_ASPECTUAL) &&
           qs_tok_is_word(a, i + 1, "to");
}

/* "the meeting was brief", "it is clear": a base form right after a form of "be" is an
 * adjective or a noun, not a verb; but "all she could do was shout" */
static gboolean after_be(const QsAnalysis *a, guint32 i)
{
    static const char *const forms_of_do[] = {"do", "does", "did"};
    return i > 0 && qs_tok_lex(a, i)->verb_form == QS_FORM_BASE &&
           qs_tok_has(a, i - 1, QS_LEX_BE) &&
           !(i > 1 && qs_tok_is_one_of(a, i - 2, forms_of_do, G_N_ELEMENTS(forms_of_do)));
}

/* "to discuss": an infinitive, whose speaker is the subject of another verb. */
static gboolean after_to(const QsAnalysis *a, guint32 i)
{
    return i > 0 && qs_tok_is_word(a, i - 1, "to");
}

/* "the governor challenged by Sanders": an agent after the past form @i. */
static gboolean by_agent(const QsAnalysis *a, guint32 i)
{
    return i + 2 < a->tokens->len && qs_tok_is_word(a, i + 1, "by") &&
           ((qs_tok(a, i + 2)->flags & QS_TF_CAP) ||
            qs_tok_has(a, i + 2, QS_LEX_DET | QS_LEX_PRONOUN));
}

/* "was published", "is believed": a past form after a form of "be".  After a lower-case
 * noun, a participle that is no past tense ("a state known for") or a past form with
 * its agent ("the governor challenged by Sanders") is passive too; after an auxiliary
 * ("has known", "hasn't shown"), a pronoun ("they've written") or a name it is not. */
gboolean qs_tok_is_passive(const QsAnalysis *a, guint32 i)
{
    guint8 form = qs_tok_lex(a, i)->verb_form;
    if (form != QS_FORM_PAST && form != QS_FORM_PARTICIPLE)
        return FALSE;
    for (guint32 k = i; k-- > 0;) {
        if (qs_tok(a, k)->kind != QS_TOK_WORD)
            return FALSE;
        if (qs_tok_has(a, k, QS_LEX_BE))
            return TRUE;
        if (qs_tok_has(a, k, QS_LEX_FINITE))
            return FALSE;
        if (!qs_tok_has(a, k, QS_LEX_VERB_MOD) && !qs_tok_is_adverb(a, k))
            return !(qs_tok(a, k)->flags & QS_TF_CAP) && !qs_tok_has(a, k, QS_LEX_PRONOUN) &&
                   (form == QS_FORM_PARTICIPLE || by_agent(a, i));
    }
    return FALSE;
}

/* A passive cue is not its subject's: "was published".  But "is expected to win" stays
 * a cue, an expectation held by no one written (mentions.c finds no speaker for it and
 * reported.c reports the whole clause), and so does "was asked whether A", a question
 * put by no one written (reported.c reports the question). */
static gboolean passive(const QsAnalysis *a, guint32 i)
{
    if (!qs_tok_is_passive(a, i))
        return FALSE;
    gboolean infinitive =
        i + 2 < a->tokens->len && qs_tok_is_word(a, i + 1, "to") &&
        qs_tok(a, i + 2)->kind == QS_TOK_WORD && !(qs_tok(a, i + 2)->flags & QS_TF_CAP) &&
        !qs_tok_has(a, i + 2, QS_LEX_DET | QS_LEX_PRONOUN);
    /* not in a relative clause: "a race that had been expected to be closer" */
    guint32 k = i;
    while (k > 0 &&
           (qs_tok_has(a, k - 1, QS_LEX_BE | QS_LEX_VERB_MOD) || qs_tok_is_adverb(a, k - 1)))
        k--;
    if (k > 0 && qs_tok(a, k - 1)->kind == QS_TOK_WORD && qs_tok_has(a, k - 1, QS_LEX_PRONOUN) &&
        qs_tok_lex(a, k - 1)->pron_class == QS_PRON_RELATIVE)
        return TRUE;
    /* "was asked whether A", "was asked about A": the question is what was said */
    return !infinitive && !qs_tok_opens_question(a, i + 1);
}

/* "a consulting firm called Gavekal", "a short film dubbed \"Familias\"": a naming
 * participle after a noun that "a" or "an" opens gives the noun its name; nobody speaks.
 * After a subject ("The group called Trump a liar") it stays a cue. */
static gboolean names_a_noun(const QsAnalysis *a, guint32 i)
{
    static const char *const naming[] = {"call", "dub"};
    static const char *const indefinite[] = {"a", "an"};
    guint8 form = qs_tok_lex(a, i)->verb_form;
    if ((form != QS_FORM_PAST && form != QS_FORM_PARTICIPLE) || i + 1 >= a->tokens->len ||
        !(qs_tok(a, i + 1)->kind == QS_TOK_QUOTE || (qs_tok(a, i + 1)->flags & QS_TF_CAP)))
        return FALSE;
    const char *lemma = qs_tok_lex(a, i)->lemma;
    gboolean names = FALSE;
    for (gsize k = 0; k < G_N_ELEMENTS(naming) && !names; k++)
        names = lemma != NULL && strcmp(lemma, naming[k]) == 0;
    if (!names)
        return FALSE;
    /* the noun and up to three words before it, lower-case and no function words; an
     * "A" opening a sentence or a clause opens its subject ("A senior aide called Trump") */
    for (guint32 k = i; k-- > 0 && i - k <= 5;) {
        if (qs_tok_is_one_of(a, k, indefinite, G_N_ELEMENTS(indefinite)))
            return k + 1 < i && !(qs_tok(a, k)->flags & QS_TF_SENT_START) &&
                   !(k > 0 && qs_tok_is_char(a, k - 1, ','));
        if (qs_tok(a, k)->kind != QS_TOK_WORD || (qs_tok(a, k)->flags & QS_TF_CAP) ||
            qs_tok_has(a, k,
                       QS_LEX_FINITE | QS_LEX_PRONOUN | QS_LEX_DET | QS_LEX_BOUNDARY | QS_LEX_PREP))
            return FALSE;
    }
    return FALSE;
}

static guint32 match_phrase(const QsAnalysis *a, guint32 i, const QsCuePhrase **found)
{
    const GPtrArray *list = qs_lexicon_phrases(a->lex, qs_tok(a, i)->lex);
    if (list == NULL)
        return 0;
    for (guint p = 0; p < list->len; p++) {
        const QsCuePhrase *phrase = g_ptr_array_index(list, p);
        if (i + phrase->n_words > a->tokens->len)
            continue;
        guint k = 1;
        while (k < phrase->n_words && qs_tok(a, i + k)->lex == phrase->words[k] &&
               !(qs_tok(a, i + k)->flags & QS_TF_PARA_START)) /* within the paragraph */
            k++;
        if (k == phrase->n_words) {
            *found = phrase;
            return k;
        }
    }
    return 0;
}

/* Whether @tok is inside a quotation (a short one aside).  The cue pass asks about
 * tokens in document order, so *@next_direct, the first quotation not yet passed, only
 * moves forward: a binary search for every preposition cost a tenth of the pass. */
static gboolean inside_quotation(const QsAnalysis *a, guint32 tok, guint *next_direct)
{
    const GArray *directs = a->directs;
    while (*next_direct < directs->len &&
           g_array_index(directs, QsDirect, *next_direct).close_tok < tok)
        ++*next_direct;
    if (*next_direct == directs->len)
        return FALSE;
    const QsDirect *d = &g_array_index(directs, QsDirect, *next_direct);
    return tok >= d->open_tok && !(d->flags & QS_SPAN_SHORT);
}

#define QS_HEADLINE_SPEAKER_TOKENS 4

/* "Matthews: Well, speculation is bad", "Poll: Sanders leads": a name or a role noun
 * opening the sentence, then a colon, then words. */
static gboolean speaker_colon(const QsAnalysis *a, guint32 i)
{
    guint32 start = g_array_index(a->sentences, QsSentence, qs_tok(a, i)->sent).tok_start;
    if (i == start || i - start > QS_HEADLINE_SPEAKER_TOKENS || i + 1 >= a->tokens->len ||
        qs_tok(a, i + 1)->kind != QS_TOK_WORD || qs_tok(a, i + 1)->sent != qs_tok(a, i)->sent)
        return FALSE;
    for (guint32 k = start; k < i; k++)
        if (!qs_name_word(a, k) || (qs_tok(a, k)->flags & QS_TF_ALLCAPS))
            return FALSE; /* "WASHINGTON:" and "UPDATE:" are no speakers */
    return i - start >= 2 || qs_tok_has(a, start, QS_LEX_ROLE_PERSON | QS_LEX_ROLE_ORG) ||
           (qs_tok(a, start)->flags & QS_TF_PARA_START);
}

/* A colon before an opening mark (in this paragraph or opening the next), or after a
 * speaker opening the sentence. */
static gboolean colon_introduces(const QsAnalysis *a, guint32 i)
{
    if (!qs_tok_is_char(a, i, ':') || i + 1 >= a->tokens->len)
        return FALSE;
    return qs_tok_opens_quote(a, i + 1) || speaker_colon(a, i);
}

/* A dash right after a closing mark, or opening the paragraph after a quotation,
 * with a capitalised word after it: "..." -- Jane Doe, envoy.  Opening a paragraph, a
 * hyphen is a dash too ("- Jane Doe."). */
static gboolean dash_credits(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    gboolean dash = (t->flags & QS_TF_DASH) ||
                    ((t->flags & QS_TF_PARA_START) && qs_tok_is_char(a, i, '-'));
    if (!dash || i == 0 || i + 1 >= a->tokens->len)
        return FALSE;
    const QsToken *next = qs_tok(a, i + 1);
    if (next->kind != QS_TOK_WORD || !(next->flags & QS_TF_CAP))
        return FALSE;
    guint32 d = qs_direct_at(a, i - 1);
    return d != QS_NONE && g_array_index(a->directs, QsDirect, d).close_tok == i - 1;
}

#define QS_IN_SOURCE_REACH 12
#define QS_CLAUSE_VERB_REACH 8

/* The clause opening at @i has a finite cue verb of its own before its first comma or
 * quotation mark ("Priorities USA's Guy Cecil said: ..."). */
static gboolean clause_has_cue_verb(const QsAnalysis *a, guint32 i)
{
    for (guint32 k = i; k < a->tokens->len && k < i + QS_CLAUSE_VERB_REACH; k++) {
        const QsToken *t = qs_tok(a, k);
        if (t->kind == QS_TOK_QUOTE || qs_tok_is_char(a, k, ',') || (t->flags & QS_TF_END_PUNCT))
            return FALSE;
        guint8 form = qs_tok_lex(a, k)->verb_form;
        if (qs_tok_has(a, k, QS_LEX_CUE) && !(t->flags & QS_TF_CAP) &&
            (form == QS_FORM_S || form == QS_FORM_PAST))
            return TRUE;
    }
    return FALSE;
}

#define QS_IN_POLL_REACH 6

/* "Clinton stays well ahead of Sanders in the latest poll.": "in" and a noun phrase
 * whose head is a poll or a survey, ending a sentence that has no cue before it ("He
 * said he took part in the survey" is the verb's content).  Not after a participle or
 * an adverb ("were included in the poll", "worded differently in the survey"), nor
 * "in every poll", a generic reference as "in the polls" is. */
static gboolean in_a_poll_at_the_end(const QsAnalysis *a, guint32 i)
{
    static const char *const polls[] = {"poll", "survey"};
    static const char *const generic[] = {"every", "all", "most", "each", "any"};
    guint32 sent = qs_tok(a, i)->sent;
    if (a->cues->len > 0 &&
        qs_tok(a, g_array_index(a->cues, QsCue, a->cues->len - 1).tok_start)->sent == sent)
        return FALSE;
    if (i == 0 || qs_tok_ends_in_ed(a, i - 1) || qs_tok_is_adverb(a, i - 1))
        return FALSE;
    for (guint32 k = i + 1; k + 1 < a->tokens->len && k <= i + QS_IN_POLL_REACH; k++) {
        if (qs_tok_is_one_of(a, k, polls, G_N_ELEMENTS(polls)))
            return k > i + 1 && (qs_tok(a, k + 1)->flags & QS_TF_END_PUNCT);
        if ((qs_tok(a, k)->kind != QS_TOK_WORD && !qs_tok_is_char(a, k, '-') &&
             !qs_tok_is_char(a, k, '/')) ||
            qs_tok_has(a, k, QS_LEX_PREP | QS_LEX_FINITE) ||
            qs_tok_is_one_of(a, k, generic, G_N_ELEMENTS(generic)))
            return FALSE;
    }
    return FALSE;
}

/* "In a Washington Post-ABC News poll released Sunday, A" and "A, in the latest
 * survey.": "in" opening a clause (or ending the sentence: in_a_poll_at_the_end), then a noun
 * phrase whose head is a body or a report (a role noun of an organisation: "poll", "survey",
 * "study") ending the clause.  The source follows the cue, as after "according to". */
static gboolean in_a_source(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    if (!qs_tok_is_word(a, i, "in") || i + 2 >= a->tokens->len)
        return FALSE;
    if (!(t->flags & QS_TF_SENT_START) && !(i > 0 && qs_tok_is_char(a, i - 1, ',')))
        return in_a_poll_at_the_end(a, i);
    if (!qs_tok_has(a, i + 1, QS_LEX_DET) || qs_tok_has(a, i + 1, QS_LEX_PRONOUN))
        return FALSE;
    for (guint32 k = i + 2; k < a->tokens->len && k <= i + QS_IN_SOURCE_REACH; k++) {
        const QsToken *w = qs_tok(a, k);
        if (w->sent != t->sent || w->kind == QS_TOK_QUOTE ||
            (w->kind == QS_TOK_PUNCT && !qs_tok_is_char(a, k, '-') && !qs_tok_is_char(a, k, '/')))
            return FALSE;
        if (w->kind != QS_TOK_WORD || !qs_tok_has(a, k, QS_LEX_ROLE_ORG) || (w->flags & QS_TF_CAP))
            continue;
        if (k + 1 >= a->tokens->len)
            return TRUE;
        /* "In a statement, Cecil said: ...": the medium of the verb after it */
        if (qs_tok_is_char(a, k + 1, ','))
            return !clause_has_cue_verb(a, k + 2);
        if ((qs_tok(a, k + 1)->flags & QS_TF_END_PUNCT) ||
            qs_tok_ends_in_ed(a, k + 1)) /* "released Sunday", "conducted in May" */
            return TRUE;
    }
    return FALSE;
}

static void add(QsAnalysis *a, guint32 start, guint32 end, guint32 verb, const char *lemma,
                QsCueKind kind)
{
    QsCue c = {0};
    c.tok_start = start;
    c.tok_end = end;
    c.verb_tok = verb;
    c.lemma = lemma;
    c.kind = kind;
    c.negated = verb != QS_NONE && negated(a, verb);
    c.mention = QS_NONE;
    g_array_append_val(a->cues, c);
}

gboolean qs_cue_is_passive(const QsAnalysis *a, const QsCue *c)
{
    return c->kind == QS_CUE_VERB && c->verb_tok != QS_NONE && qs_tok_is_passive(a, c->verb_tok);
}

void qs_cues_run(QsAnalysis *a)
{
    a->cues = g_array_new(FALSE, FALSE, sizeof(QsCue));
    guint32 n = a->tokens->len;
    guint next_direct = 0;
    for (guint32 i = 0; i < n; i++) {
        const QsToken *t = qs_tok(a, i);
        if (t->kind == QS_TOK_PUNCT) {
            if (colon_introduces(a, i) && !(i > 0 && qs_tok_has(a, i - 1, QS_LEX_CUE)))
                add(a, i, i + 1, QS_NONE, ":", QS_CUE_COLON);
            else if (dash_credits(a, i))
                add(a, i, i + 1, QS_NONE, "-", QS_CUE_DASH);
            continue;
        }
        if (t->kind != QS_TOK_WORD)
            continue;
        guint32 flags = qs_tok_lex(a, i)->flags;
        if ((flags & QS_LEX_PREP) && !inside_quotation(a, i, &next_direct) && in_a_source(a, i)) {
            add(a, i, i + 1, QS_NONE, "in", QS_CUE_ACCORDING);
            continue;
        }
        if (!(flags & (QS_LEX_PHRASE_START | QS_LEX_CUE)) || inside_quotation(a, i, &next_direct))
            continue;
        if (flags & QS_LEX_PHRASE_START) {
            const QsCuePhrase *phrase = NULL;
            guint32 len = match_phrase(a, i, &phrase);
            if (len > 0) {
                guint32 verb = QS_NONE;
                for (guint32 k = i; k < i + len && verb == QS_NONE; k++)
                    if (qs_tok_has(a, k, QS_LEX_CUE))
                        verb = k;
                QsCue *last =
                    a->cues->len ? &g_array_index(a->cues, QsCue, a->cues->len - 1) : NULL;
                if (!phrase->source_follows && verb == QS_NONE && last != NULL &&
                    last->kind == QS_CUE_VERB && last->tok_end == i) {
                    last->tok_end = i + len; /* "said in a statement" is one cue */
                } else {
                    const char *lemma = verb != QS_NONE ? qs_tok_lex(a, verb)->lemma : phrase->text;
                    add(a, i, i + len, verb, lemma,
                        phrase->source_follows ? QS_CUE_ACCORDING : QS_CUE_PHRASE);
                }
                i += len - 1;
                continue;
            }
        }
        /* a capitalised cue word inside a sentence is a name ("Warner", "Claims Court") */
        if ((flags & QS_LEX_CUE) && (!(t->flags & QS_TF_CAP) || (t->flags & QS_TF_SENT_START)) &&
            !after_determiner(a, i) && !after_to(a, i) && !before_to(a, i) && !after_be(a, i) &&
            !passive(a, i) && !qs_tok_in_noun_compound(a, i) && !names_a_noun(a, i))
            add(a, i, i + 1, i, qs_tok_lex(a, i)->lemma, QS_CUE_VERB);
    }
}
