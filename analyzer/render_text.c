/* The text report: a table of quote -> speaker for reading in a terminal, with the
 * sources listed below it. */
#include "render.h"

#include <string.h>

#define QS_TEXT_QUOTE_CHARS 64

/* Appends @len bytes of @s with white space runs folded to one space, cut to @max
 * characters with an ellipsis. */
static void append_folded(GString *out, const char *s, gsize len, guint max)
{
    guint chars = 0;
    gboolean space = FALSE;
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c) || c == 0x00A0) {
            space = chars > 0;
            continue;
        }
        if (chars + (space ? 1 : 0) >= max) {
            g_string_append(out, "\xE2\x80\xA6");
            return;
        }
        if (space) {
            g_string_append_c(out, ' ');
            chars++;
        }
        space = FALSE;
        g_string_append_unichar(out, c);
        chars++;
    }
}

/* Appends @s padded with spaces to @width characters. */
static void append_padded(GString *out, const char *s, guint width)
{
    gsize before = out->len;
    append_folded(out, s, strlen(s), width);
    glong n = g_utf8_strlen(out->str + before, -1);
    for (glong i = n; i < (glong)width + 1; i++)
        g_string_append_c(out, ' ');
}

void qs_render_text(const QsAnalysis *a, QsRenderFlags flags, GString *out)
{
    QsStats st;
    qs_render_stats(a, &st);
    const char *name = a->doc->path ? a->doc->path : a->doc->id ? a->doc->id : "(stdin)";
    g_string_append_printf(
        out, "%s: %u quotes (%u direct, %u indirect, %u mixed), %u attributed, %u sources\n", name,
        st.quotes, st.by_kind[QS_QUOTE_DIRECT], st.by_kind[QS_QUOTE_INDIRECT],
        st.by_kind[QS_QUOTE_MIXED], st.attributed, st.sources);
    const char *const *warnings = qs_document_get_warnings(a->doc);
    for (guint i = 0; warnings && warnings[i]; i++)
        g_string_append_printf(out, "warning: %s\n", warnings[i]);
    if (st.quotes > 0)
        g_string_append(out, "\n  #  kind      line:col  speaker                       source      "
                             "                  quote\n");
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        guint line, column;
        qs_document_line_column(a->doc, q->start, &line, &column);
        g_autofree char *pos = g_strdup_printf("%u:%u", line, column);
        g_string_append_printf(out, "%3u  %-8s  %-8s  ", i + 1, qs_quote_kind_name(q->kind), pos);
        const QsMention *m = qs_quote_mention(a, q);
        if (m != NULL) {
            guint32 s = qs_tok(a, m->tok_start)->start, e = qs_tok(a, m->tok_end - 1)->end;
            g_autofree char *mention = g_strndup(a->doc->text + s, e - s);
            append_padded(out, mention, 29);
            const QsSource *src = g_ptr_array_index(a->sources, m->source);
            append_padded(out, src->name, 29);
        } else {
            append_padded(out, "-", 29);
            append_padded(out, "(unattributed)", 29);
        }
        append_folded(out, a->doc->text + q->start, q->end - q->start, QS_TEXT_QUOTE_CHARS);
        if (flags & QS_RENDER_EXPLAIN)
            g_string_append_printf(out, "  [%s, %.2f]", q->rule, q->confidence);
        g_string_append_c(out, '\n');
    }
    if (a->sources->len > 0)
        g_string_append(out, "\nSources\n");
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        g_string_append_printf(out, "%3u  %s%s%s (%s), %u quote%s", i + 1, s->title ? s->title : "",
                               s->title ? " " : "", s->name, qs_source_kind_name(s->kind),
                               s->quotes->len, s->quotes->len == 1 ? "" : "s");
        if (s->description)
            g_string_append_printf(out, ": %s", s->description);
        g_string_append_c(out, '\n');
    }
}
