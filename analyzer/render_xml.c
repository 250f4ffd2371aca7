/* The XML report, written with libxml2's text writer: one <report> element in the
 * urn:x-quotesrc:report:1 namespace per document, as docs/report.rng describes.  The
 * program wraps the reports of a run in one <reports> element. */
#include "render.h"

#include "dynload.h"


/* Text XML 1.0 can hold: control characters other than tab and line ends become
 * U+FFFD, so the report always parses. */
static char *xml_safe(const char *s, gssize len)
{
    const char *end = len < 0 ? s + strlen(s) : s + len;
    GString *out = g_string_sized_new(end - s);
    for (const char *p = s; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
            c = 0xFFFD;
        g_string_append_unichar(out, c);
    }
    return g_string_free(out, FALSE);
}

static void text_element(xmlTextWriterPtr w, const char *name, const char *s, gssize len)
{
    if (s == NULL)
        return;
    g_autofree char *safe = xml_safe(s, len);
    QS_XML(xmlTextWriterWriteElement)(w, BAD_CAST name, BAD_CAST safe);
}

static void attr_uint(xmlTextWriterPtr w, const char *name, guint64 value)
{
    QS_XML(xmlTextWriterWriteFormatAttribute)(w, BAD_CAST name, "%" G_GUINT64_FORMAT, value);
}

static void attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    if (value == NULL)
        return;
    g_autofree char *safe = xml_safe(value, -1);
    QS_XML(xmlTextWriterWriteAttribute)(w, BAD_CAST name, BAD_CAST safe);
}

/* The span's code point offsets as attributes and its text as content. */
static void write_span(xmlTextWriterPtr w, const QsAnalysis *a, guint32 start, guint32 end)
{
    attr_uint(w, "start", qs_document_char_offset(a->doc, start));
    attr_uint(w, "end", qs_document_char_offset(a->doc, end));
    g_autofree char *safe = xml_safe(a->doc->text + start, end - start);
    QS_XML(xmlTextWriterWriteString)(w, BAD_CAST safe);
}

static void write_quote(xmlTextWriterPtr w, const QsAnalysis *a, QsRenderFlags flags, guint i)
{
    const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
    guint line, column;
    qs_document_line_column(a->doc, q->start, &line, &column);
    QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "quote");
    attr_uint(w, "id", i + 1);
    attr(w, "kind", qs_quote_kind_name(q->kind));
    attr_uint(w, "start", qs_document_char_offset(a->doc, q->start));
    attr_uint(w, "end", qs_document_char_offset(a->doc, q->end));
    attr_uint(w, "line", line);
    attr_uint(w, "column", column);
    attr_uint(w, "paragraph", qs_tok_para(a, q->first_tok) + 1);
    attr_uint(w, "sentence", qs_tok(a, q->first_tok)->sent + 1);
    char confidence[G_ASCII_DTOSTR_BUF_SIZE];
    attr(w, "confidence", g_ascii_formatd(confidence, sizeof confidence, "%.2f", q->confidence));
    if (flags & QS_RENDER_EXPLAIN)
        attr(w, "rule", q->rule);
    text_element(w, "text", a->doc->text + q->start, q->end - q->start);
    if (q->cue != QS_NONE) {
        const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
        QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "cue");
        attr(w, "lemma", c->lemma);
        write_span(w, a, qs_tok(a, c->tok_start)->start, qs_tok(a, c->tok_end - 1)->end);
        QS_XML(xmlTextWriterEndElement)(w);
    }
    const QsMention *m = qs_quote_mention(a, q);
    if (m != NULL) {
        QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "speaker");
        attr_uint(w, "source", (guint64)m->source + 1);
        attr(w, "how", qs_how_name(q->how));
        write_span(w, a, qs_tok(a, m->tok_start)->start, qs_tok(a, m->tok_end - 1)->end);
        QS_XML(xmlTextWriterEndElement)(w);
    }
    QS_XML(xmlTextWriterEndElement)(w);
}

static void write_source(xmlTextWriterPtr w, const QsSource *s, guint i)
{
    QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "source");
    attr_uint(w, "id", i + 1);
    attr(w, "kind", qs_source_kind_name(s->kind));
    text_element(w, "name", s->name, -1);
    text_element(w, "title", s->title, -1);
    text_element(w, "description", s->description, -1);
    for (guint k = 0; k < s->aliases->len; k++)
        text_element(w, "alias", g_ptr_array_index(s->aliases, k), -1);
    for (guint k = 0; k < s->quotes->len; k++) {
        QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "quote-ref");
        attr_uint(w, "quote", g_array_index(s->quotes, guint32, k) + 1);
        QS_XML(xmlTextWriterEndElement)(w);
    }
    QS_XML(xmlTextWriterEndElement)(w);
}

void qs_render_xml(const QsAnalysis *a, QsRenderFlags flags, GString *out)
{
    g_return_if_fail(qs_render_available(QS_OUTPUT_XML, NULL));
    xmlBufferPtr buf = QS_XML(xmlBufferCreate)();
    xmlTextWriterPtr w = QS_XML(xmlNewTextWriterMemory)(buf, 0);
    QS_XML(xmlTextWriterSetIndent)(w, 1);
    QS_XML(xmlTextWriterSetIndentString)(w, BAD_CAST "  ");
    QS_XML(xmlTextWriterStartElementNS)(w, NULL, BAD_CAST "report", BAD_CAST QS_XML_NAMESPACE);
    attr(w, "schema", "1");
    attr(w, "id", a->doc->id);
    attr(w, "path", a->doc->path);
    attr(w, "format", a->doc->format);
    text_element(w, "title", a->doc->title, -1);
    text_element(w, "author", a->doc->author, -1);
    text_element(w, "date", a->doc->date, -1);
    QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "stats");
    QsStat list[QS_N_STATS];
    qs_render_stat_list(a, list);
    for (guint k = 0; k < QS_N_STATS; k++)
        attr_uint(w, list[k].name, list[k].value);
    QS_XML(xmlTextWriterEndElement)(w);
    QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "quotes");
    for (guint i = 0; i < a->quotes->len; i++)
        write_quote(w, a, flags, i);
    QS_XML(xmlTextWriterEndElement)(w);
    QS_XML(xmlTextWriterStartElement)(w, BAD_CAST "sources");
    for (guint i = 0; i < a->sources->len; i++)
        write_source(w, g_ptr_array_index(a->sources, i), i);
    QS_XML(xmlTextWriterEndElement)(w);
    QS_XML(xmlTextWriterEndElement)(w);
    QS_XML(xmlFreeTextWriter)(w); /* flushes into buf */
    g_string_append_len(out, (const char *)QS_XML(xmlBufferContent)(buf), QS_XML(xmlBufferLength)(buf));
    g_string_append_c(out, '\n');
    QS_XML(xmlBufferFree)(buf);
}
