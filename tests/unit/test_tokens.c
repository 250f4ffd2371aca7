/* The tokenizer: words with inner hyphens, apostrophes and periods, numbers, marks,
 * paragraphs. */
#include "helpers.h"

static char *tok(const Fixture *f, guint32 i)
{
    return tokens_text(f, i, i + 1);
}

START_TEST(test_words_keep_inner_marks)
{
    Fixture f =
        fixture_new("The US-led force met Al-Qaeda's 3,000 U.S. fighters.", QS_STAGE_TOKENS);
    const char *expected[] = {"The",   "US-led", "force", "met",      "Al-Qaeda's",
                              "3,000", "U.S",    ".",     "fighters", "."};
    ck_assert_uint_eq(f.a->tokens->len, G_N_ELEMENTS(expected));
    for (guint i = 0; i < G_N_ELEMENTS(expected); i++) {
        g_autofree char *t = tok(&f, i);
        ck_assert_str_eq(t, expected[i]);
    }
    ck_assert_uint_eq(qs_tok(f.a, 5)->kind, QS_TOK_NUMBER);
    ck_assert(qs_tok(f.a, 0)->flags & QS_TF_CAP);
    ck_assert(qs_tok(f.a, 1)->flags & QS_TF_CAP);
    fixture_free(&f);
}
END_TEST

/* Words are found, lowercased and looked up eight bytes at a time: the ASCII bytes
 * next to the letter and digit ranges end a word, a word may span chunks or end the
 * text at any length, and case and look-up come out as a byte at a time. */
START_TEST(test_word_bytes_eight_at_a_time)
{
    Fixture f = fixture_new("ab/cd:ef@gh[ij`kl{mn\x7Fop 09 ACKNOWLEDGED Announced NATO NaTO "
                            "ABCDEFGHIJ abcdefghiJ X Said",
                            QS_STAGE_TOKENS);
    const char *expected[] = {"ab", "/", "cd", ":", "ef", "@", "gh", "[", "ij", "`", "kl",
                              "{",  "mn", "\x7F", "op", "09", "ACKNOWLEDGED", "Announced",
                              "NATO", "NaTO", "ABCDEFGHIJ", "abcdefghiJ", "X", "Said"};
    ck_assert_uint_eq(f.a->tokens->len, G_N_ELEMENTS(expected));
    for (guint i = 0; i < G_N_ELEMENTS(expected); i++) {
        g_autofree char *t = tok(&f, i);
        ck_assert_str_eq(t, expected[i]);
    }
    ck_assert(qs_tok_has(f.a, 16, QS_LEX_CUE)); /* two chunks, upper case */
    ck_assert(qs_tok_has(f.a, 17, QS_LEX_CUE));
    ck_assert(qs_tok_has(f.a, 23, QS_LEX_CUE)); /* ends the text */
    ck_assert(qs_tok(f.a, 18)->flags & QS_TF_ALLCAPS);
    ck_assert(!(qs_tok(f.a, 19)->flags & QS_TF_ALLCAPS));
    ck_assert(qs_tok(f.a, 20)->flags & QS_TF_ALLCAPS); /* capitals in both chunks */
    ck_assert(!(qs_tok(f.a, 21)->flags & (QS_TF_ALLCAPS | QS_TF_CAP)));
    ck_assert(qs_tok(f.a, 22)->flags & QS_TF_INITIAL);
    fixture_free(&f);
    for (guint n = 1; n <= 17; n++) { /* a last word of every length up to two chunks */
        g_autofree char *word = g_strnfill(n, 'w');
        g_autofree char *text = g_strconcat("said ", word, NULL);
        Fixture g = fixture_new(text, QS_STAGE_TOKENS);
        ck_assert_uint_eq(g.a->tokens->len, 2);
        ck_assert_uint_eq(qs_tok(g.a, 1)->end - qs_tok(g.a, 1)->start, n);
        fixture_free(&g);
    }
}
END_TEST

START_TEST(test_quotation_marks_and_apostrophes)
{
    Fixture f = fixture_new("“It’s over,” he said. «Non» „Ja“ ‘no’", QS_STAGE_TOKENS);
    ck_assert_uint_eq(qs_tok(f.a, 0)->mark, QS_MARK_OPEN_DOUBLE);
    g_autofree char *its = tok(&f, 1);
    ck_assert_str_eq(its, "It’s"); /* the apostrophe stays in the word */
    ck_assert_uint_eq(qs_tok(f.a, 4)->mark, QS_MARK_CLOSE_DOUBLE);
    ck_assert_uint_eq(qs_tok(f.a, 8)->mark, QS_MARK_OPEN_GUILLEMET);
    ck_assert_uint_eq(qs_tok(f.a, 10)->mark, QS_MARK_CLOSE_GUILLEMET);
    ck_assert_uint_eq(qs_tok(f.a, 11)->mark, QS_MARK_LOW_DOUBLE);
    ck_assert_uint_eq(qs_tok(f.a, 13)->mark, QS_MARK_OPEN_DOUBLE);
    ck_assert_uint_eq(qs_tok(f.a, 14)->mark, QS_MARK_OPEN_SINGLE);
    ck_assert_uint_eq(qs_tok(f.a, 16)->mark, QS_MARK_CLOSE_SINGLE);
    fixture_free(&f);
}
END_TEST

START_TEST(test_paragraphs_and_spaces)
{
    /* a blank line starts a paragraph; a line break before lower case does not;
     * a no-break space separates words */
    Fixture f = fixture_new("First para\nwraps here.\n\nSecond\u00a0para.\nThird para.",
                            QS_STAGE_SENTENCES);
    ck_assert_uint_eq(f.a->n_paragraphs, 3);
    ck_assert_uint_eq(qs_tok_para(f.a, 2), 0); /* "wraps" */
    g_autofree char *second = tok(&f, 5);
    ck_assert_str_eq(second, "Second");
    ck_assert(qs_tok(f.a, 5)->flags & QS_TF_PARA_START);
    ck_assert_uint_eq(qs_tok_para(f.a, 6), 1);
    ck_assert_uint_eq(qs_tok_para(f.a, 8), 2);
    fixture_free(&f);
}
END_TEST

START_TEST(test_dashes)
{
    Fixture f = fixture_new("Quote -- Jane Doe — envoy – fine", QS_STAGE_TOKENS);
    ck_assert(qs_tok(f.a, 1)->flags & QS_TF_DASH);
    ck_assert(qs_tok(f.a, 4)->flags & QS_TF_DASH);
    ck_assert(qs_tok(f.a, 6)->flags & QS_TF_DASH);
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_words_keep_inner_marks, test_word_bytes_eight_at_a_time,
                            test_quotation_marks_and_apostrophes,
                            test_paragraphs_and_spaces, test_dashes};
    return run_tests("tokens", tests, G_N_ELEMENTS(tests));
}
