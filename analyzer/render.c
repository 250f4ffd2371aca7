/* The render core shared by every output format: names of kinds, document
 * statistics, and the dispatch from QsOutputFormat to one renderer. */
#include "render.h"

#include "dynload.h"

#include <string.h>

gboolean qs_render_available(QsOutputFormat format, GError **error)
{
    return format != QS_OUTPUT_XML || qs_libxml2("XML output", error) != NULL;
}

void qs_render_stats(const QsAnalysis *a, QsStats *st)
{
    *st = (QsStats){0};
    st->chars = qs_document_char_offset(a->doc, a->doc->len);
    st->sentences = a->sentences->len;
    st->paragraphs = a->n_paragraphs;
    st->quotes = a->quotes->len;
    st->sources = a->sources->len;
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        st->by_kind[q->kind]++;
        st->attributed += q->mention != QS_NONE;
    }
}

void qs_render_stat_list(const QsAnalysis *a, QsStat list[QS_N_STATS])
{
    QsStats st;
    qs_render_stats(a, &st);
    const QsStat all[QS_N_STATS] = {{"chars", st.chars},
                                    {"sentences", st.sentences},
                                    {"paragraphs", st.paragraphs},
                                    {"quotes", st.quotes},
                                    {"direct", st.by_kind[QS_QUOTE_DIRECT]},
                                    {"indirect", st.by_kind[QS_QUOTE_INDIRECT]},
                                    {"mixed", st.by_kind[QS_QUOTE_MIXED]},
                                    {"attributed", st.attributed},
                                    {"sources", st.sources}};
    memcpy(list, all, sizeof all);
}

const QsMention *qs_quote_mention(const QsAnalysis *a, const QsQuote *q)
{
    return q->mention == QS_NONE ? NULL : &g_array_index(a->mentions, QsMention, q->mention);
}

void qs_render(const QsAnalysis *a, QsOutputFormat format, QsRenderFlags flags, GString *out)
{
    qs_render_streamed(a, format, flags, out, NULL, NULL);
}

void qs_render_streamed(const QsAnalysis *a, QsOutputFormat format, QsRenderFlags flags,
                        GString *out, QsRenderFlushFn flush, gpointer data)
{
    g_return_if_fail(a != NULL && out != NULL);
    switch (format) {
    case QS_OUTPUT_JSON:
        qs_render_json(a, TRUE, flags, out, flush, data);
        break;
    case QS_OUTPUT_JSONL:
        qs_render_json(a, FALSE, flags, out, flush, data);
        break;
    case QS_OUTPUT_TEXT:
        qs_render_text(a, flags, out);
        break;
    case QS_OUTPUT_CSV:
        qs_render_csv(a, !(flags & QS_RENDER_NO_HEADER), out);
        break;
    case QS_OUTPUT_XML:
        qs_render_xml(a, flags, out);
        break;
    case QS_OUTPUT_HTML:
        qs_render_html(a, out);
        break;
    }
}
