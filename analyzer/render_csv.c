/* The CSV report: RFC 4180 (quoted fields, doubled quotation marks, CRLF), a header
 * row, one row per quote. */
#include "render.h"

#include <string.h>

static void field(GString *out, const char *s, gssize len, gboolean last)
{
    g_string_append_c(out, '"');
    const char *end = len < 0 ? s + strlen(s) : s + len;
    for (const char *p = s; p < end; p++) {
        if (*p == '"')
            g_string_append_c(out, '"');
        g_string_append_c(out, *p);
    }
    g_string_append(out, last ? "\"\r\n" : "\",");
}

static void number(GString *out, guint64 n)
{
    g_string_append_printf(out, "%" G_GUINT64_FORMAT ",", n);
}

void qs_render_csv(const QsAnalysis *a, gboolean header, GString *out)
{
    if (header)
        g_string_append(out, "document,quote,kind,start,end,line,column,speaker,source,"
                             "source_kind,cue,text\r\n");
    const QsDocument *doc = a->doc;
    const char *name = doc->id ? doc->id : doc->path ? doc->path : "";
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        const QsMention *m = qs_quote_mention(a, q);
        guint line, column;
        qs_document_line_column(doc, q->start, &line, &column);
        field(out, name, -1, FALSE);
        number(out, i + 1);
        field(out, qs_quote_kind_name(q->kind), -1, FALSE);
        number(out, qs_document_char_offset(doc, q->start));
        number(out, qs_document_char_offset(doc, q->end));
        number(out, line);
        number(out, column);
        if (m != NULL) {
            guint32 s = qs_tok(a, m->tok_start)->start, e = qs_tok(a, m->tok_end - 1)->end;
            const QsSource *src = g_ptr_array_index(a->sources, m->source);
            field(out, doc->text + s, e - s, FALSE);
            field(out, src->name, -1, FALSE);
            field(out, qs_source_kind_name(src->kind), -1, FALSE);
        } else {
            g_string_append(out, ",,,");
        }
        if (q->cue != QS_NONE) {
            const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
            guint32 s = qs_tok(a, c->tok_start)->start, e = qs_tok(a, c->tok_end - 1)->end;
            field(out, doc->text + s, e - s, FALSE);
        } else {
            g_string_append_c(out, ',');
        }
        field(out, doc->text + q->start, q->end - q->start, TRUE);
    }
}
