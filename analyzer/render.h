/* Private interface of the renderers: read-only views of a finished analysis. */
#ifndef QS_RENDER_H
#define QS_RENDER_H

#include "internal.h"
#include "json_writer.h"

typedef struct {
    gsize chars;
    guint sentences, paragraphs, quotes, attributed, sources;
    guint by_kind[3]; /* indexed by QsQuoteKind */
} QsStats;

void qs_render_stats(const QsAnalysis *a, QsStats *st);
/* The statistics as named numbers, in report order, for the renderers that list them. */
#define QS_N_STATS 9
typedef struct {
    const char *name;
    guint64 value;
} QsStat;
void qs_render_stat_list(const QsAnalysis *a, QsStat list[QS_N_STATS]);
/* The speaker mention of @q, or NULL when unattributed. */
const QsMention *qs_quote_mention(const QsAnalysis *a, const QsQuote *q);

void qs_render_json(const QsAnalysis *a, gboolean pretty, QsRenderFlags flags, GString *out,
                    QsRenderFlushFn flush, gpointer data);
/* The members of a report object, for renderers that add their own after them. */
void qs_render_json_members(QsJsonWriter *w, const QsAnalysis *a, QsRenderFlags flags);
void qs_render_text(const QsAnalysis *a, QsRenderFlags flags, GString *out);
void qs_render_csv(const QsAnalysis *a, gboolean header, GString *out);
void qs_render_xml(const QsAnalysis *a, QsRenderFlags flags, GString *out);
void qs_render_html(const QsAnalysis *a, GString *out);

#endif
