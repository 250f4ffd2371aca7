/* Shared by the unit suites: analyse a text up to one stage and read spans back. */
#ifndef QS_TEST_HELPERS_H
#define QS_TEST_HELPERS_H

#include <check.h>

#include "internal.h"

typedef struct {
    QsDocument *doc;
    QsAnalysis *a;
} Fixture;

/* Analyses @text up to and including @stage; free with fixture_free. */
Fixture fixture_new(const char *text, QsStage stage);
void fixture_free(Fixture *f);

/* The text of byte span [start, end), of tokens [start, end), of quote @i and of the
 * speaker mention of quote @i (NULL when none).  (transfer full) */
char *span(const Fixture *f, guint32 start, guint32 end);
char *tokens_text(const Fixture *f, guint32 start, guint32 end);
char *quote_text(const Fixture *f, guint i);
char *speaker_text(const Fixture *f, guint i);
/* The canonical name of the source of quote @i, or NULL. */
const char *quote_source(const Fixture *f, guint i);
const QsQuote *quote_at(const Fixture *f, guint i);

/* Runs the @n @tests as suite @name; returns the process exit status. */
int run_tests(const char *name, const TTest *const *tests, gsize n);

#endif
