/* The attribution sieve for direct quotations. */
#include "helpers.h"

#include <math.h>

/* Attributes @text and checks that it gives @n quotes, in text order, with these
 * speakers (NULL: none) and rules (a NULL list or entry is not checked). */
static void check_attributions(const char *text, guint n, const char *const *speakers,
                               const char *const *rules)
{
    Fixture f = fixture_new(text, QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, n);
    for (guint i = 0; i < n; i++) {
        g_autofree char *speaker = speaker_text(&f, i);
        ck_assert_pstr_eq(speaker, speakers[i]);
        if (rules != NULL && rules[i] != NULL)
            ck_assert_str_eq(quote_at(&f, i)->rule, rules[i]);
    }
    fixture_free(&f);
}

START_TEST(test_cue_after_and_before)
{
    check_attributions("\"It is too early,\" said Kamiljon Jabbarov.\n\n"
                       "Bakhodyr Musaev said: \"It is desperation.\"\n\n"
                       "\"We will follow,\" he said.",
                       3, (const char *const[]){"Kamiljon Jabbarov", "Bakhodyr Musaev", "he"},
                       (const char *const[]){"quote-then-cue", "cue-then-quote", "quote-then-cue"});
}
END_TEST

START_TEST(test_cue_clause_with_premodifiers_and_colon_before_paragraph)
{
    check_attributions("\"We lost,\" former Ohio governor Dale Brenner said.\n\n"
                       "The mayor was blunt:\n\n"
                       "\"Our thoughts are with the families.\"",
                       2, (const char *const[]){"Dale Brenner", "The mayor"},
                       (const char *const[]){"quote-then-cue", "cue-then-quote"});
}
END_TEST

START_TEST(test_cue_in_the_sentence_before)
{
    Fixture f = fixture_new("The vote is close.\n\nProfessor Dianne Brook agreed. \"Mainstream "
                            "voters are running out of time.\"\n\nThe mayor said the count "
                            "would take a week. \"We will count every ballot.\"",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 3);
    g_autofree char *first = speaker_text(&f, 0);
    ck_assert_str_eq(first, "Professor Dianne Brook");
    ck_assert_str_eq(quote_at(&f, 0)->rule, "cue-sentence-before");
    /* a cue that introduced reported speech is spent: the quotation after it continues
     * the speaker of that quote instead */
    ck_assert_uint_eq(quote_at(&f, 1)->kind, QS_QUOTE_INDIRECT);
    ck_assert_str_eq(quote_at(&f, 2)->rule, "continuation");
    fixture_free(&f);
}
END_TEST

/* A wholly quoted impersonal content opening the document has no sentence before it
 * (it crashed the look-up of the cue before its sentence). */
START_TEST(test_quoted_content_opening_the_document)
{
    check_attributions("\"It appears good.\"", 1, (const char *const[]){NULL}, NULL);
}
END_TEST

START_TEST(test_dash_credit_in_the_next_paragraph)
{
    check_attributions("\"Small countries did not cause this crisis.\"\n\n- Ingrid "
                       "Halvorsen.\n\nThe talks resume - slowly - on Monday.",
                       1, (const char *const[]){"Ingrid Halvorsen"},
                       (const char *const[]){"quote-then-cue"});
}
END_TEST

START_TEST(test_cue_a_few_words_before)
{
    check_attributions("Clinton told her supporters in Concord, \"I still love New Hampshire, "
                       "and I always will.\"\n\nThe Herald responded:\n\n\"If there are "
                       "people in this country who are so prone to terror, arrest them.\"",
                       2, (const char *const[]){"Clinton", "The Herald"},
                       (const char *const[]){NULL, "cue-then-quote"});
}
END_TEST

START_TEST(test_narration_before_the_quotation)
{
    Fixture f = fixture_new("Nabisco issued a notice in January and \"that group of employees is "
                            "now leaving the business,\" Laurie Guzzinati said.",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    ck_assert_uint_eq(quote_at(&f, 0)->kind, QS_QUOTE_MIXED);
    g_autofree char *q = quote_text(&f, 0);
    ck_assert(g_str_has_prefix(q, "Nabisco issued"));
    fixture_free(&f);
}
END_TEST

/* @text gives one quote, made by @rule, in these two fragments. */
static void check_fragments(const char *text, const char *rule, const char *first,
                            const char *second)
{
    Fixture f = fixture_new(text, QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    const QsQuote *q = quote_at(&f, 0);
    ck_assert_str_eq(q->rule, rule);
    g_autofree char *got_first = span(&f, q->start, q->frag_end);
    g_autofree char *got_second = span(&f, q->frag2_start, q->end);
    ck_assert_str_eq(got_first, first);
    ck_assert_str_eq(got_second, second);
    fixture_free(&f);
}

START_TEST(test_split_quote_is_one)
{
    check_fragments("\"We came for numbers,\" Diallo said, \"not for promises.\"", "split-quote",
                    "\"We came for numbers,\"", "\"not for promises.\"");
}
END_TEST

START_TEST(test_quote_after_a_short_cue_clause_is_its_second_fragment)
{
    Fixture f = fixture_new("\"We have some big plans,\" he said. \"The final month is ours.\"\n\n"
                            "\"It is too early,\" said Kamiljon Jabbarov, from the defence "
                            "ministry. \"A portion of the fighters survived.\"\n\n"
                            "\"We should debate it,\" said Sen. Tom Carper of Delaware. \"There "
                            "is a middle ground.\"",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 4);
    ck_assert_str_eq(quote_at(&f, 0)->rule, "split-quote");
    g_autofree char *second = span(&f, quote_at(&f, 0)->frag2_start, quote_at(&f, 0)->end);
    ck_assert_str_eq(second, "\"The final month is ours.\"");
    /* after a speaker given with an affiliation the next quotation stays separate */
    ck_assert_str_eq(quote_at(&f, 1)->rule, "quote-then-cue");
    ck_assert_str_eq(quote_at(&f, 2)->rule, "continuation");
    /* "of Delaware" belongs to the name, set off by no comma: one quote */
    ck_assert_str_eq(quote_at(&f, 3)->rule, "split-quote");
    g_autofree char *carper = span(&f, quote_at(&f, 3)->frag2_start, quote_at(&f, 3)->end);
    ck_assert_str_eq(carper, "\"There is a middle ground.\"");
    fixture_free(&f);
}
END_TEST

START_TEST(test_continuation)
{
    Fixture f = fixture_new(
        "\"It is too early,\" said Kamiljon Jabbarov, from the ministry. \"A portion of the "
        "fighters survived.\"\n\n"
        "\"They can be used by another country.\"\n\nThe talks ended.",
        QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 3);
    for (guint i = 1; i < 3; i++) {
        g_autofree char *sp = speaker_text(&f, i);
        ck_assert_str_eq(sp, "Kamiljon Jabbarov");
        ck_assert_uint_eq(quote_at(&f, i)->how, QS_HOW_CONTINUATION);
        ck_assert_uint_eq(quote_at(&f, i)->cue, QS_NONE);
    }
    fixture_free(&f);
}
END_TEST

/* A quotation later in the paragraph of a quote whose speaker closed it, with no cue of
 * its own, is that quote's second fragment; a third goes on the second. */
START_TEST(test_continuation_in_the_paragraph_joins_the_quote)
{
    check_fragments("\"We lost the vote,\" Mayor Ruth Gale said. The hall was quiet. \"We will "
                    "try again.\" \"Next year is ours.\"",
                    "quote-then-cue", "\"We lost the vote,\"",
                    "\"We will try again.\" \"Next year is ours.\"");
    /* not after a speaker set off with an affiliation; a new paragraph's quotation
     * after the run continues its speaker as a quote of its own */
    check_attributions("\"We lost,\" said Ruth Gale, of the council. The hall was quiet. \"We "
                       "will try again.\"\n\n\"Next year is ours.\"",
                       3, (const char *const[]){"Ruth Gale", "Ruth Gale", "Ruth Gale"},
                       (const char *const[]){"quote-then-cue", "continuation", "continuation"});
}
END_TEST

START_TEST(test_scare_quotes_and_titles_dropped)
{
    Fixture f = fixture_new("The so-called \"flexibility\" clause angered workers.\n\n"
                            "His memoir “Open Roads” sold well.\n\n"
                            "\"No,\" she said.",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    g_autofree char *q = quote_text(&f, 0);
    ck_assert_str_eq(q, "\"No,\"");
    fixture_free(&f);
}
END_TEST

START_TEST(test_long_quote_without_speaker_kept)
{
    Fixture f =
        fixture_new("A banner with \"Workers of the port will never give up\" hung over the gate.",
                    QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    ck_assert_uint_eq(quote_at(&f, 0)->mention, QS_NONE);
    fixture_free(&f);
}
END_TEST

/* A colon with no speaker before it gives its quotation to the cue after it. */
START_TEST(test_cue_with_speaker_wins_over_bare_colon)
{
    check_attributions("Officials spoke, but with a caveat: \"The person in question is one "
                       "of the main organisers,\" the source said.",
                       1, (const char *const[]){"the source"}, NULL);
}
END_TEST

/* "X, R-Ky., delivered a message to Y: "..."": the subject opening the sentence. */
START_TEST(test_colon_after_a_clause)
{
    check_attributions("Senator Mitch McConnell, R-Ky., delivered a blunt message to the "
                       "candidate: \"It is time to quit attacking people.\"",
                       1, (const char *const[]){"Senator Mitch McConnell"}, NULL);
}
END_TEST

/* ", referring to X" leans on the speaker before it; X is its object, not a speaker. */
START_TEST(test_referring_to_is_no_speaker)
{
    Fixture f = fixture_new("\"The debate had 23 million viewers,\" Jane Doe said, referring to "
                            "the September debate. \"How about we do it again?\"",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 2);
    ck_assert_uint_eq(quote_at(&f, 0)->kind, QS_QUOTE_DIRECT);
    g_autofree char *sp = speaker_text(&f, 0), *obj = quote_text(&f, 1), *sp2 = speaker_text(&f, 1);
    ck_assert_str_eq(sp, "Jane Doe");
    ck_assert_str_eq(obj, "the September debate");
    ck_assert_str_eq(sp2, "Jane Doe");
    fixture_free(&f);
}
END_TEST

/* The weight of confidence feature @feature, which the model must have. */
static double weight_of(const Fixture *f, const char *feature)
{
    double w = 0;
    ck_assert_msg(qs_lexicon_confidence_weight(f->a->lex, feature, &w), "no weight for '%s'",
                  feature);
    return w;
}

/* The confidence of a direct quote that rule quote-then-cue attributed to a name, by the
 * weight of its cue's lemma. */
static double named_direct_confidence(const Fixture *f, double lemma)
{
    double z = weight_of(f, "bias") + weight_of(f, "rule+how quote-then-cue|name") +
               weight_of(f, "kind direct") + lemma;
    return 1 / (1 + exp(-z));
}

/* A quote's confidence is the logistic of the weights of its rule with the way its
 * speaker was found, its kind and its cue's lemma ("rare" for one seldom seen in
 * training): the features bench/calibrate.py learns weights for. */
START_TEST(test_confidence_from_learned_weights)
{
    Fixture f = fixture_new("\"Nobody knows who said this, and nobody will ever know.\"\n\n"
                            "\"We will win this,\" Smith said.\n\n"
                            "\"It was never ours to lose,\" Jones lamented.",
                            QS_STAGE_ATTRIBUTE);
    ck_assert_uint_eq(f.a->quotes->len, 3);
    ck_assert_double_eq_tol(quote_at(&f, 1)->confidence,
                            named_direct_confidence(&f, weight_of(&f, "lemma say")), 1e-9);
    /* a lemma seen fewer than 30 times in training ("lament", so far) weighs as "rare" */
    double lemma;
    if (!qs_lexicon_confidence_weight(f.a->lex, "lemma lament", &lemma))
        lemma = weight_of(&f, "lemma rare");
    ck_assert_double_eq_tol(quote_at(&f, 2)->confidence, named_direct_confidence(&f, lemma), 1e-9);
    /* an unattributed quotation is much less likely right than an attributed one */
    ck_assert_str_eq(quote_at(&f, 0)->rule, "unattributed");
    ck_assert_double_lt(quote_at(&f, 0)->confidence, 0.3);
    ck_assert_double_gt(quote_at(&f, 1)->confidence, 0.8);
    fixture_free(&f);
}
END_TEST

/* A colon after a clause is the quotation's own cue: the sentence's subject speaks, the
 * name set off after it when there is one, and with no speaker found the quotation is
 * no second fragment of the one before */
START_TEST(test_colon_after_subject_with_name_set_off)
{
    check_attributions("\"I do not know,\" she said. Her husband, Carl, was more blunt: \"They are "
                       "killing us.\"",
                       2, (const char *const[]){"she", "Carl"},
                       (const char *const[]){"quote-then-cue", "cue-then-quote"});
    check_attributions("\"I do not know,\" she said. Her husband was more blunt: \"They are "
                       "killing us.\"",
                       2, (const char *const[]){"she", "Her husband"}, NULL);
    check_attributions("\"I do not know,\" she said. The reply was blunt: \"They are killing "
                       "us.\"",
                       2, (const char *const[]){"she", "she"},
                       (const char *const[]){"quote-then-cue", "continuation"});
    /* a thing as the subject is no speaker: the cue after the quotation names one */
    check_attributions("By Friday, the mood had changed: \"We are hopeful,\" said Tom Reyes.", 1,
                       (const char *const[]){"Tom Reyes"}, NULL);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_confidence_from_learned_weights,
                            test_cue_after_and_before,
                            test_cue_clause_with_premodifiers_and_colon_before_paragraph,
                            test_cue_in_the_sentence_before,
                            test_dash_credit_in_the_next_paragraph,
                            test_quoted_content_opening_the_document,
                            test_referring_to_is_no_speaker,
                            test_cue_with_speaker_wins_over_bare_colon,
                            test_colon_after_a_clause,
                            test_cue_a_few_words_before,
                            test_narration_before_the_quotation,
                            test_split_quote_is_one,
                            test_quote_after_a_short_cue_clause_is_its_second_fragment,
                            test_continuation,
                            test_continuation_in_the_paragraph_joins_the_quote,
                            test_scare_quotes_and_titles_dropped,
                            test_long_quote_without_speaker_kept,
                            test_colon_after_subject_with_name_set_off};
    return run_tests("attribute", tests, G_N_ELEMENTS(tests));
}
