/* The JSON report of docs/report-schema.md: pretty (--format json) or one line per
 * document (--format jsonl).  Offsets are converted to code points here, once. */
#include "render.h"

typedef struct {
    GString *out;
    gboolean pretty;
    QsRenderFlags flags;
    guint depth;
    gboolean first; /* no member written yet in the open container */
} Writer;

static void newline(Writer *w)
{
    if (!w->pretty)
        return;
    g_string_append_c(w->out, '\n');
    for (guint i = 0; i < w->depth; i++)
        g_string_append(w->out, "  ");
}

/* Before a member or element: the comma and, when pretty, the line break. */
static void next(Writer *w)
{
    if (!w->first)
        g_string_append_c(w->out, ',');
    w->first = FALSE;
    newline(w);
}

static void open_container(Writer *w, char c)
{
    g_string_append_c(w->out, c);
    w->depth++;
    w->first = TRUE;
}

static void close_container(Writer *w, char c)
{
    w->depth--;
    if (!w->first)
        newline(w);
    g_string_append_c(w->out, c);
    w->first = FALSE;
}

static void string_value(Writer *w, const char *s, gssize len)
{
    GString *out = w->out;
    const char *end = len < 0 ? NULL : s + len;
    g_string_append_c(out, '"');
    for (const char *p = s; end ? p < end : *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        switch (c) {
        case '"':
            g_string_append(out, "\\\"");
            break;
        case '\\':
            g_string_append(out, "\\\\");
            break;
        case '\n':
            g_string_append(out, "\\n");
            break;
        case '\r':
            g_string_append(out, "\\r");
            break;
        case '\t':
            g_string_append(out, "\\t");
            break;
        default:
            if (c < 0x20)
                g_string_append_printf(out, "\\u%04x", c);
            else
                g_string_append_c(out, (char)c);
        }
    }
    g_string_append_c(out, '"');
}

static void key(Writer *w, const char *name)
{
    next(w);
    string_value(w, name, -1);
    g_string_append(w->out, w->pretty ? ": " : ":");
}

static void member_string(Writer *w, const char *name, const char *value)
{
    key(w, name);
    if (value)
        string_value(w, value, -1);
    else
        g_string_append(w->out, "null");
}

static void member_uint(Writer *w, const char *name, guint64 value)
{
    key(w, name);
    g_string_append_printf(w->out, "%" G_GUINT64_FORMAT, value);
}

static void element_uint(Writer *w, guint64 value)
{
    next(w);
    g_string_append_printf(w->out, "%" G_GUINT64_FORMAT, value);
}

static void member_span_text(Writer *w, const QsAnalysis *a, const char *name, guint32 start,
                             guint32 end)
{
    key(w, name);
    string_value(w, a->doc->text + start, end - start);
}

static gsize cp(const QsAnalysis *a, guint32 offset)
{
    return qs_document_char_offset(a->doc, offset);
}

static void write_stats(Writer *w, const QsAnalysis *a)
{
    QsStats st;
    qs_render_stats(a, &st);
    key(w, "stats");
    open_container(w, '{');
    member_uint(w, "chars", st.chars);
    member_uint(w, "sentences", st.sentences);
    member_uint(w, "paragraphs", st.paragraphs);
    member_uint(w, "quotes", st.quotes);
    member_uint(w, "direct", st.by_kind[QS_QUOTE_DIRECT]);
    member_uint(w, "indirect", st.by_kind[QS_QUOTE_INDIRECT]);
    member_uint(w, "mixed", st.by_kind[QS_QUOTE_MIXED]);
    member_uint(w, "attributed", st.attributed);
    member_uint(w, "sources", st.sources);
    close_container(w, '}');
}

static void write_cue(Writer *w, const QsAnalysis *a, const QsQuote *q)
{
    key(w, "cue");
    if (q->cue == QS_NONE) {
        g_string_append(w->out, "null");
        return;
    }
    const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
    guint32 start = qs_tok(a, c->tok_start)->start, end = qs_tok(a, c->tok_end - 1)->end;
    open_container(w, '{');
    member_span_text(w, a, "text", start, end);
    member_string(w, "lemma", c->lemma);
    member_uint(w, "start", cp(a, start));
    member_uint(w, "end", cp(a, end));
    close_container(w, '}');
}

static void write_speaker(Writer *w, const QsAnalysis *a, const QsQuote *q)
{
    key(w, "speaker");
    const QsMention *m = qs_quote_mention(a, q);
    if (m == NULL) {
        g_string_append(w->out, "null");
        return;
    }
    guint32 start = qs_tok(a, m->tok_start)->start, end = qs_tok(a, m->tok_end - 1)->end;
    open_container(w, '{');
    member_span_text(w, a, "text", start, end);
    member_uint(w, "start", cp(a, start));
    member_uint(w, "end", cp(a, end));
    member_uint(w, "source", (guint64)m->source + 1);
    member_string(w, "how", qs_how_name(q->how));
    close_container(w, '}');
}

static void write_quote(Writer *w, const QsAnalysis *a, guint i)
{
    const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
    guint line, column;
    qs_document_line_column(a->doc, q->start, &line, &column);
    next(w);
    open_container(w, '{');
    member_uint(w, "id", i + 1);
    member_string(w, "kind", qs_quote_kind_name(q->kind));
    member_uint(w, "start", cp(a, q->start));
    member_uint(w, "end", cp(a, q->end));
    member_uint(w, "line", line);
    member_uint(w, "column", column);
    member_span_text(w, a, "text", q->start, q->end);
    if (q->frag2_start != QS_NONE) {
        key(w, "fragments");
        open_container(w, '[');
        guint32 bounds[2][2] = {{q->start, q->frag_end}, {q->frag2_start, q->end}};
        for (guint f = 0; f < 2; f++) {
            next(w);
            gboolean pretty = w->pretty;
            w->pretty = FALSE; /* a pair on one line */
            open_container(w, '[');
            element_uint(w, cp(a, bounds[f][0]));
            element_uint(w, cp(a, bounds[f][1]));
            close_container(w, ']');
            w->pretty = pretty;
        }
        close_container(w, ']');
    }
    member_uint(w, "paragraph", qs_tok(a, q->first_tok)->para + 1);
    member_uint(w, "sentence", qs_tok(a, q->first_tok)->sent + 1);
    write_cue(w, a, q);
    write_speaker(w, a, q);
    key(w, "confidence");
    g_string_append_printf(w->out, "%.2f", q->confidence);
    if (w->flags & QS_RENDER_EXPLAIN)
        member_string(w, "rule", q->rule);
    close_container(w, '}');
}

static void write_source(Writer *w, const QsSource *s, guint i)
{
    next(w);
    open_container(w, '{');
    member_uint(w, "id", i + 1);
    member_string(w, "name", s->name);
    member_string(w, "kind", qs_source_kind_name(s->kind));
    member_string(w, "title", s->title);
    member_string(w, "description", s->description);
    key(w, "aliases");
    open_container(w, '[');
    for (guint k = 0; k < s->aliases->len; k++) {
        next(w);
        string_value(w, g_ptr_array_index(s->aliases, k), -1);
    }
    close_container(w, ']');
    key(w, "quotes");
    gboolean pretty = w->pretty;
    w->pretty = FALSE;
    open_container(w, '[');
    for (guint k = 0; k < s->quotes->len; k++)
        element_uint(w, g_array_index(s->quotes, guint32, k) + 1);
    close_container(w, ']');
    w->pretty = pretty;
    close_container(w, '}');
}

void qs_render_json(const QsAnalysis *a, gboolean pretty, QsRenderFlags flags, GString *out)
{
    Writer w = {out, pretty, flags, 0, TRUE};
    open_container(&w, '{');
    member_uint(&w, "schema", 1);
    member_string(&w, "id", a->doc->id);
    member_string(&w, "path", a->doc->path);
    member_string(&w, "format", a->doc->format);
    member_string(&w, "title", a->doc->title);
    const char *const *warnings = qs_document_get_warnings(a->doc);
    if (warnings != NULL) {
        key(&w, "warnings");
        open_container(&w, '[');
        for (guint i = 0; warnings[i]; i++) {
            next(&w);
            string_value(&w, warnings[i], -1);
        }
        close_container(&w, ']');
    }
    write_stats(&w, a);
    key(&w, "quotes");
    open_container(&w, '[');
    for (guint i = 0; i < a->quotes->len; i++)
        write_quote(&w, a, i);
    close_container(&w, ']');
    key(&w, "sources");
    open_container(&w, '[');
    for (guint i = 0; i < a->sources->len; i++)
        write_source(&w, g_ptr_array_index(a->sources, i), i);
    close_container(&w, ']');
    close_container(&w, '}');
    g_string_append_c(out, '\n');
}
