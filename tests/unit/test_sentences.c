/* Sentence boundaries: abbreviations, initials, quotation marks, paragraphs. */
#include "helpers.h"

static char *sentence(const Fixture *f, guint i)
{
    const QsSentence *s = &g_array_index(f->a->sentences, QsSentence, i);
    return tokens_text(f, s->tok_start, s->tok_end);
}

/* @text has @n sentences, and sentence @i reads @expected. */
static void check_sentence(const char *text, guint n, guint i, const char *expected)
{
    Fixture f = fixture_new(text, QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, n);
    g_autofree char *got = sentence(&f, i);
    ck_assert_str_eq(got, expected);
    fixture_free(&f);
}

START_TEST(test_abbreviations_and_initials)
{
    check_sentence("Dr. Anita Kovac met Gen. J. K. Smith at 9 a.m. on Monday. Then "
                   "the U.S. envoy left.",
                   2, 1, "Then the U.S. envoy left.");
}
END_TEST

/* A title after a hyphen keeps its period: "then-Sen. Barack Obama". */
START_TEST(test_title_after_hyphen)
{
    check_sentence("The gap with then-Sen. Barack Obama was narrow. It grew.", 2, 0,
                   "The gap with then-Sen. Barack Obama was narrow.");
    /* an abbreviation after a hyphen that is no title ends the sentence */
    check_sentence("Smith wrote an op-ed. Jones replied.", 2, 1, "Jones replied.");
}
END_TEST

START_TEST(test_closing_marks_stay_with_their_sentence)
{
    const char *text = "\"We will win.\" The crowd cheered. \"Why?\" he asked. Nobody answered.";
    check_sentence(text, 4, 0, "\"We will win.\"");
    check_sentence(text, 4, 2, "\"Why?\" he asked.");
}
END_TEST

START_TEST(test_paragraph_ends_sentence)
{
    Fixture f =
        fixture_new("US Fails to Curb IMU Threat\n\nAmerica admits it.", QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 2);
    ck_assert_uint_eq(g_array_index(f.a->sentences, QsSentence, 1).para, 1);
    fixture_free(&f);
}
END_TEST

/* A sentence may open with a bracket; a bracket inside a sentence opens none. */
START_TEST(test_sentence_in_brackets)
{
    check_sentence("Aides said donors gave more. (The record was set in 2012.) The count "
                   "(Sept. 30) grew.",
                   3, 1, "(The record was set in 2012.)");
}
END_TEST

/* A run of 1,000 words with no boundary is cut every 400 tokens, in one paragraph: the
 * later stages scan within a sentence, and this keeps them linear.  A comma near the
 * limit is a softer place to cut. */
START_TEST(test_long_run_is_cut)
{
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < 1000; i++)
        g_string_append(text, "word ");
    Fixture f = fixture_new(text->str, QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 3);
    const guint32 lengths[] = {400, 400, 200};
    for (guint i = 0; i < 3; i++) {
        const QsSentence *s = &g_array_index(f.a->sentences, QsSentence, i);
        ck_assert_uint_eq(s->tok_end - s->tok_start, lengths[i]);
        ck_assert_uint_eq(s->para, 0);
    }
    fixture_free(&f);
    /* with a comma in the run's last quarter, after the comma: "Smith said" stays whole */
    g_string_truncate(text, 0);
    for (guint i = 0; i < 395; i++)
        g_string_append(text, "word ");
    g_string_append(text, "word, Smith said the plan would fail.");
    f = fixture_new(text->str, QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 2);
    g_autofree char *second = sentence(&f, 1);
    ck_assert_str_eq(second, "Smith said the plan would fail.");
    ck_assert(qs_tok(f.a, g_array_index(f.a->sentences, QsSentence, 1).tok_start)->flags &
              QS_TF_SENT_START);
    ck_assert_uint_eq(qs_tok(f.a, 398)->sent, 1); /* "said", seen before the cut */
    fixture_free(&f);
    g_string_free(text, TRUE);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_abbreviations_and_initials,
                            test_title_after_hyphen,
                            test_closing_marks_stay_with_their_sentence,
                            test_paragraph_ends_sentence,
                            test_sentence_in_brackets,
                            test_long_run_is_cut};
    return run_tests("sentences", tests, G_N_ELEMENTS(tests));
}
