/* Helpers shared by the unit suites. */
#include "helpers.h"

#include <stdlib.h>

Fixture fixture_new(const char *text, QsStage stage)
{
    Fixture f;
    f.doc = qs_document_new(text, -1, "test", NULL, NULL);
    ck_assert_ptr_nonnull(f.doc);
    f.a = qs_analyze_until(f.doc, NULL, stage);
    return f;
}

void fixture_free(Fixture *f)
{
    qs_analysis_free(f->a);
    qs_document_free(f->doc);
}

char *span(const Fixture *f, guint32 start, guint32 end)
{
    return g_strndup(f->doc->text + start, end - start);
}

char *tokens_text(const Fixture *f, guint32 start, guint32 end)
{
    return span(f, qs_tok(f->a, start)->start, qs_tok(f->a, end - 1)->end);
}

const QsQuote *quote_at(const Fixture *f, guint i)
{
    ck_assert_uint_lt(i, f->a->quotes->len);
    return &g_array_index(f->a->quotes, QsQuote, i);
}

char *quote_text(const Fixture *f, guint i)
{
    const QsQuote *q = quote_at(f, i);
    return span(f, q->start, q->end);
}

char *speaker_text(const Fixture *f, guint i)
{
    const QsQuote *q = quote_at(f, i);
    if (q->mention == QS_NONE)
        return NULL;
    const QsMention *m = &g_array_index(f->a->mentions, QsMention, q->mention);
    return tokens_text(f, m->tok_start, m->tok_end);
}

const char *quote_source(const Fixture *f, guint i)
{
    gint s = qs_quote_get_source(f->a, i);
    return s < 0 ? NULL : qs_source_get_name(f->a, (guint)s);
}

int run_tests(const char *name, const TTest *const *tests, gsize n)
{
    Suite *suite = suite_create(name);
    TCase *tc = tcase_create(name);
    for (gsize i = 0; i < n; i++)
        tcase_add_test(tc, tests[i]);
    suite_add_tcase(suite, tc);
    SRunner *runner = srunner_create(suite);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
