/* QsAnalysis: runs the stages in order.  This is the only file that knows the order:
 * tokens -> sentences -> quotes -> cues -> mentions -> reported -> attribute -> sources. */
#include "internal.h"

static void (*const stages[])(QsAnalysis *) = {
    [QS_STAGE_TOKENS] = qs_tokens_run,       [QS_STAGE_SENTENCES] = qs_sentences_run,
    [QS_STAGE_QUOTES] = qs_quotes_run,       [QS_STAGE_CUES] = qs_cues_run,
    [QS_STAGE_MENTIONS] = qs_mentions_run,   [QS_STAGE_REPORTED] = qs_reported_run,
    [QS_STAGE_ATTRIBUTE] = qs_attribute_run, [QS_STAGE_SOURCES] = qs_sources_run,
};

QsAnalysis *qs_analyze_until(const QsDocument *doc, const QsOptions *options, QsStage last)
{
    g_return_val_if_fail(doc != NULL, NULL);
    QsAnalysis *a = g_new0(QsAnalysis, 1);
    a->doc = doc;
    if (options != NULL)
        a->options = *options;
    a->lex = qs_lexicon_default();
    for (guint s = 0; s <= (guint)last && s < G_N_ELEMENTS(stages); s++)
        stages[s](a);
    return a;
}

QsAnalysis *qs_analyze(const QsDocument *doc, const QsOptions *options)
{
    return qs_analyze_until(doc, options, QS_STAGE_SOURCES);
}

void qs_analysis_free(QsAnalysis *a)
{
    if (a == NULL)
        return;
    g_clear_pointer(&a->tokens, g_array_unref);
    g_clear_pointer(&a->sentences, g_array_unref);
    g_clear_pointer(&a->directs, g_array_unref);
    g_clear_pointer(&a->stray_marks, g_array_unref);
    g_clear_pointer(&a->cues, g_array_unref);
    g_clear_pointer(&a->mentions, g_array_unref);
    g_clear_pointer(&a->quotes, g_array_unref);
    g_clear_pointer(&a->sources, g_ptr_array_unref);
    g_free(a);
}

const QsDocument *qs_analysis_get_document(const QsAnalysis *a)
{
    g_return_val_if_fail(a != NULL, NULL);
    return a->doc;
}

guint qs_analysis_get_n_quotes(const QsAnalysis *a)
{
    g_return_val_if_fail(a != NULL, 0);
    return a->quotes ? a->quotes->len : 0;
}

static const QsQuote *quote_at(const QsAnalysis *a, guint i)
{
    return &g_array_index(a->quotes, QsQuote, i);
}

QsQuoteKind qs_quote_get_kind(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_quotes(a), QS_QUOTE_DIRECT);
    return quote_at(a, i)->kind;
}

void qs_quote_get_span(const QsAnalysis *a, guint i, gsize *start, gsize *end)
{
    g_return_if_fail(a != NULL && i < qs_analysis_get_n_quotes(a));
    if (start)
        *start = quote_at(a, i)->start;
    if (end)
        *end = quote_at(a, i)->end;
}

gint qs_quote_get_source(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_quotes(a), -1);
    guint32 m = quote_at(a, i)->mention;
    if (m == QS_NONE || a->sources == NULL)
        return -1;
    return (gint)g_array_index(a->mentions, QsMention, m).source;
}

guint qs_analysis_get_n_sources(const QsAnalysis *a)
{
    g_return_val_if_fail(a != NULL, 0);
    return a->sources ? a->sources->len : 0;
}

static const QsSource *source_at(const QsAnalysis *a, guint i)
{
    return g_ptr_array_index(a->sources, i);
}

const char *qs_source_get_name(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_sources(a), NULL);
    return source_at(a, i)->name;
}

QsSourceKind qs_source_get_kind(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_sources(a), QS_SOURCE_UNKNOWN);
    return source_at(a, i)->kind;
}

const char *qs_source_get_title(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_sources(a), NULL);
    return source_at(a, i)->title;
}

const char *qs_source_get_description(const QsAnalysis *a, guint i)
{
    g_return_val_if_fail(a != NULL && i < qs_analysis_get_n_sources(a), NULL);
    return source_at(a, i)->description;
}

const char *qs_quote_kind_name(QsQuoteKind kind)
{
    static const char *const names[] = {"direct", "indirect", "mixed"};
    return names[kind];
}

const char *qs_source_kind_name(QsSourceKind kind)
{
    static const char *const names[] = {"person", "organization", "anonymous", "unknown"};
    return names[kind];
}
