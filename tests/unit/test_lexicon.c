/* The embedded word lists: sizes, verb forms, classes. */
#include "helpers.h"

#include <string.h>

static const QsLexEntry *word(const char *w)
{
    const QsLexicon *lex = qs_lexicon_default();
    return qs_lexicon_entry(lex, qs_lexicon_lookup(lex, w, strlen(w)));
}

START_TEST(test_at_least_150_cue_lemmas)
{
    ck_assert_uint_ge(qs_lexicon_n_cue_lemmas(qs_lexicon_default()), 150);
}
END_TEST

START_TEST(test_every_inflection_maps_to_its_lemma)
{
    const char *forms[][2] = {{"say", "say"},          {"says", "say"},        {"said", "say"},
                              {"saying", "say"},       {"told", "tell"},       {"warned", "warn"},
                              {"admits", "admit"},     {"insisted", "insist"}, {"written", "write"},
                              {"believes", "believe"}, {"feared", "fear"}};
    for (guint i = 0; i < G_N_ELEMENTS(forms); i++) {
        const QsLexEntry *e = word(forms[i][0]);
        ck_assert_msg(e->flags & QS_LEX_CUE, "%s is not a cue", forms[i][0]);
        ck_assert_str_eq(e->lemma, forms[i][1]);
    }
    ck_assert_uint_eq(word("said")->verb_form, QS_FORM_PAST);
    ck_assert_uint_eq(word("saying")->verb_form, QS_FORM_ING);
    ck_assert(!(word("table")->flags & QS_LEX_CUE));
}
END_TEST

START_TEST(test_word_classes)
{
    ck_assert(word("general")->flags & QS_LEX_TITLE);
    ck_assert(word("dr")->flags & QS_LEX_ABBREV);
    ck_assert(word("sources")->flags & QS_LEX_ROLE_PERSON);
    ck_assert(word("ministry")->flags & QS_LEX_ROLE_ORG);
    ck_assert_uint_eq(word("he")->pron_class, QS_PRON_MASC);
    ck_assert_uint_eq(word("who")->pron_class, QS_PRON_RELATIVE);
    ck_assert(word("according")->flags & QS_LEX_PHRASE_START);
    ck_assert(word("bin")->flags & QS_LEX_PARTICLE);
    const QsLexicon *lex = qs_lexicon_default();
    ck_assert(qs_lexicon_lemma_flags(lex, word("believes")->lemma) & QS_LEMMA_BARE_CLAUSE);
    ck_assert(!(qs_lexicon_lemma_flags(lex, word("rejected")->lemma) & QS_LEMMA_BARE_CLAUSE));
    ck_assert(qs_lexicon_lemma_flags(lex, word("vowed")->lemma) & QS_LEMMA_OBJECT);
    ck_assert(!(qs_lexicon_lemma_flags(lex, word("endorsed")->lemma) & QS_LEMMA_OBJECT));
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_at_least_150_cue_lemmas, test_every_inflection_maps_to_its_lemma,
                            test_word_classes};
    return run_tests("lexicon", tests, G_N_ELEMENTS(tests));
}
