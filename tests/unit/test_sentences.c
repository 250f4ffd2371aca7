/* Sentence boundaries: abbreviations, initials, quotation marks, paragraphs. */
#include "helpers.h"

static char *sentence(const Fixture *f, guint i)
{
    const QsSentence *s = &g_array_index(f->a->sentences, QsSentence, i);
    return tokens_text(f, s->tok_start, s->tok_end);
}

START_TEST(test_abbreviations_and_initials)
{
    Fixture f = fixture_new("Dr. Anita Kovac met Gen. J. K. Smith at 9 a.m. on Monday. Then "
                            "the U.S. envoy left.",
                            QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 2);
    g_autofree char *second = sentence(&f, 1);
    ck_assert_str_eq(second, "Then the U.S. envoy left.");
    fixture_free(&f);
}
END_TEST

START_TEST(test_closing_marks_stay_with_their_sentence)
{
    Fixture f = fixture_new("\"We will win.\" The crowd cheered. \"Why?\" he asked. "
                            "Nobody answered.",
                            QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 4);
    g_autofree char *first = sentence(&f, 0);
    ck_assert_str_eq(first, "\"We will win.\"");
    g_autofree char *third = sentence(&f, 2);
    ck_assert_str_eq(third, "\"Why?\" he asked.");
    fixture_free(&f);
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
    Fixture f = fixture_new("Aides said donors gave more. (The record was set in 2012.) The "
                            "count (Sept. 30) grew.",
                            QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->sentences->len, 3);
    g_autofree char *second = sentence(&f, 1);
    ck_assert_str_eq(second, "(The record was set in 2012.)");
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_abbreviations_and_initials,
                            test_closing_marks_stay_with_their_sentence,
                            test_paragraph_ends_sentence, test_sentence_in_brackets};
    return run_tests("sentences", tests, G_N_ELEMENTS(tests));
}
