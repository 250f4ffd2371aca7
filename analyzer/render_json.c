/* The JSON report of docs/report-schema.md: pretty (--format json) or one line per
 * document (--format jsonl).  Offsets are converted to code points here, once. */
#include "render.h"

static gsize cp(const QsAnalysis *a, guint32 offset)
{
    return qs_document_char_offset(a->doc, offset);
}

static void member_span_text(QsJsonWriter *w, const QsAnalysis *a, const char *name, guint32 start,
                             guint32 end)
{
    qs_json_key(w, name);
    qs_json_string(w, a->doc->text + start, end - start);
}

static void write_stats(QsJsonWriter *w, const QsAnalysis *a)
{
    QsStat list[QS_N_STATS];
    qs_render_stat_list(a, list);
    qs_json_key(w, "stats");
    qs_json_open(w, '{');
    for (guint i = 0; i < QS_N_STATS; i++)
        qs_json_member_uint(w, list[i].name, list[i].value);
    qs_json_close(w, '}');
}

static void write_cue(QsJsonWriter *w, const QsAnalysis *a, const QsQuote *q)
{
    qs_json_key(w, "cue");
    if (q->cue == QS_NONE) {
        qs_json_null(w);
        return;
    }
    const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
    guint32 start = qs_tok(a, c->tok_start)->start, end = qs_tok(a, c->tok_end - 1)->end;
    qs_json_open(w, '{');
    member_span_text(w, a, "text", start, end);
    qs_json_member_string(w, "lemma", c->lemma);
    qs_json_member_uint(w, "start", cp(a, start));
    qs_json_member_uint(w, "end", cp(a, end));
    qs_json_close(w, '}');
}

static void write_speaker(QsJsonWriter *w, const QsAnalysis *a, const QsQuote *q)
{
    qs_json_key(w, "speaker");
    const QsMention *m = qs_quote_mention(a, q);
    if (m == NULL) {
        qs_json_null(w);
        return;
    }
    guint32 start = qs_tok(a, m->tok_start)->start, end = qs_tok(a, m->tok_end - 1)->end;
    qs_json_open(w, '{');
    member_span_text(w, a, "text", start, end);
    qs_json_member_uint(w, "start", cp(a, start));
    qs_json_member_uint(w, "end", cp(a, end));
    qs_json_member_uint(w, "source", (guint64)m->source + 1);
    qs_json_member_string(w, "how", qs_how_name(q->how));
    qs_json_close(w, '}');
}

/* A list of numbers on one line, even in a pretty report. */
static void write_compact_pairs(QsJsonWriter *w, const guint32 (*pairs)[2], guint n)
{
    qs_json_open(w, '[');
    gboolean pretty = w->pretty;
    for (guint f = 0; f < n; f++) {
        qs_json_element(w);
        w->pretty = FALSE;
        qs_json_open(w, '[');
        qs_json_element(w);
        qs_json_uint(w, pairs[f][0]);
        qs_json_element(w);
        qs_json_uint(w, pairs[f][1]);
        qs_json_close(w, ']');
        w->pretty = pretty;
    }
    qs_json_close(w, ']');
}

static void write_quote(QsJsonWriter *w, const QsAnalysis *a, QsRenderFlags flags, guint i)
{
    const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
    guint line, column;
    qs_document_line_column(a->doc, q->start, &line, &column);
    qs_json_element(w);
    qs_json_open(w, '{');
    qs_json_member_uint(w, "id", i + 1);
    qs_json_member_string(w, "kind", qs_quote_kind_name(q->kind));
    qs_json_member_uint(w, "start", cp(a, q->start));
    qs_json_member_uint(w, "end", cp(a, q->end));
    qs_json_member_uint(w, "line", line);
    qs_json_member_uint(w, "column", column);
    member_span_text(w, a, "text", q->start, q->end);
    if (q->frag2_start != QS_NONE) {
        const guint32 fragments[2][2] = {{cp(a, q->start), cp(a, q->frag_end)},
                                         {cp(a, q->frag2_start), cp(a, q->end)}};
        qs_json_key(w, "fragments");
        write_compact_pairs(w, fragments, 2);
    }
    qs_json_member_uint(w, "paragraph", qs_tok_para(a, q->first_tok) + 1);
    qs_json_member_uint(w, "sentence", qs_tok(a, q->first_tok)->sent + 1);
    write_cue(w, a, q);
    write_speaker(w, a, q);
    qs_json_key(w, "confidence");
    qs_json_double(w, q->confidence);
    if (flags & QS_RENDER_EXPLAIN)
        qs_json_member_string(w, "rule", q->rule);
    qs_json_close(w, '}');
}

static void write_source(QsJsonWriter *w, const QsSource *s, guint i)
{
    qs_json_element(w);
    qs_json_open(w, '{');
    qs_json_member_uint(w, "id", i + 1);
    qs_json_member_string(w, "name", s->name);
    qs_json_member_string(w, "kind", qs_source_kind_name(s->kind));
    qs_json_member_string(w, "title", s->title);
    qs_json_member_string(w, "description", s->description);
    qs_json_key(w, "aliases");
    qs_json_open(w, '[');
    for (guint k = 0; k < s->aliases->len; k++) {
        qs_json_element(w);
        qs_json_string(w, g_ptr_array_index(s->aliases, k), -1);
    }
    qs_json_close(w, ']');
    qs_json_key(w, "quotes");
    gboolean pretty = w->pretty;
    w->pretty = FALSE;
    qs_json_open(w, '[');
    for (guint k = 0; k < s->quotes->len; k++) {
        qs_json_element(w);
        qs_json_uint(w, g_array_index(s->quotes, guint32, k) + 1);
    }
    qs_json_close(w, ']');
    w->pretty = pretty;
    qs_json_close(w, '}');
}

void qs_render_json_members(QsJsonWriter *w, const QsAnalysis *a, QsRenderFlags flags)
{
    qs_json_member_uint(w, "schema", 1);
    qs_json_member_string(w, "id", a->doc->id);
    qs_json_member_string(w, "path", a->doc->path);
    qs_json_member_string(w, "format", a->doc->format);
    qs_json_member_string(w, "title", a->doc->title);
    if (a->doc->author != NULL)
        qs_json_member_string(w, "author", a->doc->author);
    if (a->doc->date != NULL)
        qs_json_member_string(w, "date", a->doc->date);
    const char *const *warnings = qs_document_get_warnings(a->doc);
    if (warnings != NULL) {
        qs_json_key(w, "warnings");
        qs_json_open(w, '[');
        for (guint i = 0; warnings[i]; i++) {
            qs_json_element(w);
            qs_json_string(w, warnings[i], -1);
        }
        qs_json_close(w, ']');
    }
    if (flags & QS_RENDER_INCLUDE_TEXT) {
        qs_json_key(w, "text");
        qs_json_string(w, a->doc->text, (gssize)a->doc->len);
    }
    write_stats(w, a);
    qs_json_key(w, "quotes");
    qs_json_open(w, '[');
    for (guint i = 0; i < a->quotes->len; i++)
        write_quote(w, a, flags, i);
    qs_json_close(w, ']');
    qs_json_key(w, "sources");
    qs_json_open(w, '[');
    for (guint i = 0; i < a->sources->len; i++)
        write_source(w, g_ptr_array_index(a->sources, i), i);
    qs_json_close(w, ']');
}

void qs_render_json(const QsAnalysis *a, gboolean pretty, QsRenderFlags flags, GString *out,
                    QsRenderFlushFn flush, gpointer data)
{
    QsJsonWriter w;
    qs_json_init(&w, out, pretty);
    qs_json_set_flush(&w, flush, data);
    qs_json_open(&w, '{');
    qs_render_json_members(&w, a, flags);
    qs_json_close(&w, '}');
    g_string_append_c(out, '\n');
}
