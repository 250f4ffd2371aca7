/* Direct quotation spans: mark pairing, nesting, paragraphs, unclosed marks. */
#include "helpers.h"

static char *direct(const Fixture *f, guint i)
{
    ck_assert_uint_lt(i, f->a->directs->len);
    const QsDirect *d = &g_array_index(f->a->directs, QsDirect, i);
    return span(f, d->start, d->end);
}

static guint32 flags(const Fixture *f, guint i)
{
    return g_array_index(f->a->directs, QsDirect, i).flags;
}

START_TEST(test_straight_and_curly)
{
    Fixture f =
        fixture_new("\"We are ready,\" she said. “So are we,” he replied.", QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 2);
    g_autofree char *a = direct(&f, 0), *b = direct(&f, 1);
    ck_assert_str_eq(a, "\"We are ready,\"");
    ck_assert_str_eq(b, "“So are we,”");
    fixture_free(&f);
}
END_TEST

START_TEST(test_nested_single_and_apostrophes)
{
    Fixture f = fixture_new("“My opponent’s slogan was ‘time for a change,’ and voters didn’t "
                            "buy it,” she said.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 1);
    g_autofree char *q = direct(&f, 0);
    ck_assert_str_eq(q,
                     "“My opponent’s slogan was ‘time for a change,’ and voters didn’t buy it,”");
    fixture_free(&f);
}
END_TEST

/* British plain text quotes with straight single marks; an apostrophe, a year's elision
 * and a mark with no closer in its paragraph open nothing */
START_TEST(test_straight_single_marks)
{
    Fixture f = fixture_new("'We have to be realistic,' said Mr Pryce. 'Nobody wants the "
                            "shop to close.'\n\n"
                            "It was built in the '80s. Rock 'n' roll, she said, isn't dead.\n\n"
                            "'Nobody closed this one, he said.\n\n"
                            "The band played 'til midnight, and the drummers' set was loud. "
                            "'We will not stop until the Smiths' case is heard,' she said.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 3);
    g_autofree char *c = direct(&f, 2);
    ck_assert_str_eq(c, "'We will not stop until the Smiths' case is heard,'");
    g_autofree char *a = direct(&f, 0), *b = direct(&f, 1);
    ck_assert_str_eq(a, "'We have to be realistic,'");
    ck_assert_str_eq(b, "'Nobody wants the shop to close.'");
    fixture_free(&f);
}
END_TEST

START_TEST(test_guillemets_and_low_marks)
{
    Fixture f = fixture_new("The minister: « France will not sign. » Brandt said „Every tenth "
                            "of a degree matters“, and left.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 2);
    g_autofree char *a = direct(&f, 0), *b = direct(&f, 1);
    ck_assert_str_eq(a, "« France will not sign. »");
    ck_assert_str_eq(b, "„Every tenth of a degree matters“");
    fixture_free(&f);
}
END_TEST

START_TEST(test_quote_over_paragraphs)
{
    Fixture f = fixture_new("Whitfield said: “Four years ago the city was broke.\n\n"
                            "“Tonight you told me it is not.”\n\nThe crowd cheered.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 1);
    g_autofree char *q = direct(&f, 0);
    ck_assert_str_eq(q, "“Four years ago the city was broke.\n\n“Tonight you told me it is not.”");
    ck_assert(flags(&f, 0) & QS_SPAN_MULTI_PARA);
    fixture_free(&f);
}
END_TEST

START_TEST(test_unclosed_mark_ends_with_paragraph)
{
    Fixture f = fixture_new("Kovac said: \"We are sending ambulances away.\n\n"
                            "Not everyone agreed. \"This is real money,\" Pritchard said.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 2);
    g_autofree char *a = direct(&f, 0), *b = direct(&f, 1);
    ck_assert_str_eq(a, "\"We are sending ambulances away.");
    ck_assert(flags(&f, 0) & QS_SPAN_UNCLOSED);
    ck_assert_str_eq(b, "\"This is real money,\"");
    fixture_free(&f);
}
END_TEST

START_TEST(test_short_quotes_flagged)
{
    Fixture f = fixture_new("The so-called \"flexibility\" clause and his memoir “Open Roads” "
                            "were discussed.",
                            QS_STAGE_QUOTES);
    ck_assert_uint_eq(f.a->directs->len, 2);
    ck_assert(flags(&f, 0) & QS_SPAN_SHORT);
    ck_assert(flags(&f, 1) & QS_SPAN_SHORT);
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_straight_and_curly,    test_nested_single_and_apostrophes,
                            test_straight_single_marks, test_guillemets_and_low_marks,
                            test_quote_over_paragraphs, test_unclosed_mark_ends_with_paragraph,
                            test_short_quotes_flagged};
    return run_tests("quotes", tests, G_N_ELEMENTS(tests));
}
