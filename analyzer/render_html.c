/* The HTML report: one self-contained page (no scripts, no external files) with the
 * article, each quote highlighted in its source's colour and titled with who said it,
 * speaker mentions and cues marked, unattributed quotes standing out, and the sources
 * listed beside it.  All text is escaped. */
#include "render.h"

#include <string.h>

static void escape(GString *out, const char *s, gssize len)
{
    const char *end = len < 0 ? s + strlen(s) : s + len;
    for (const char *p = s; p < end; p++) {
        switch (*p) {
        case '&':
            g_string_append(out, "&amp;");
            break;
        case '<':
            g_string_append(out, "&lt;");
            break;
        case '>':
            g_string_append(out, "&gt;");
            break;
        case '"':
            g_string_append(out, "&quot;");
            break;
        case '\'':
            g_string_append(out, "&#39;");
            break;
        case '\r':
            break;
        default:
            g_string_append_c(out, *p);
        }
    }
}

static const char style[] =
    "body{font:16px/1.55 Georgia,serif;margin:0;background:#fafaf7;color:#222}"
    "main{display:flex;gap:2em;max-width:1200px;margin:auto;padding:2em}"
    "article{flex:3}aside{flex:1;font:14px/1.4 sans-serif}"
    "mark.q{padding:0 1px;border-radius:2px;color:inherit}"
    "mark.unattributed{background:#fff;outline:2px dashed #c00}"
    ".speaker{font-weight:bold;text-decoration:underline}"
    ".cue{font-style:italic;border-bottom:2px dotted #555}"
    "aside li{margin:.5em 0}.swatch{display:inline-block;width:1em;height:1em;"
    "vertical-align:middle;border-radius:2px;margin-right:.3em}"
    ".meta{color:#666;font:13px sans-serif}";

/* A colour per source: hues spread by the golden angle. */
static void source_colours(GString *out, guint n)
{
    for (guint i = 0; i < n; i++)
        g_string_append_printf(out, ".s%u{background:hsl(%u,75%%,84%%)}", i + 1,
                               (guint)(i * 137.508) % 360);
}

static gint by_offset(gconstpointer x, gconstpointer y)
{
    guint32 a = *(const guint32 *)x, b = *(const guint32 *)y;
    return a < b ? -1 : a > b;
}

/* What covers one stretch of text between two cuts. */
typedef struct {
    gint quote; /* index, or -1 */
    gboolean speaker, cue;
} Marks;

/* The index of the first cut at or after @offset. */
static guint cut_index(const GArray *cuts, guint32 offset)
{
    guint lo = 0, hi = cuts->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (g_array_index(cuts, guint32, mid) < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

typedef enum { MARK_QUOTE, MARK_SPEAKER, MARK_CUE } MarkKind;

/* Marks the stretches of [start, end) with @kind: each stretch once per span covering
 * it, so the page is written in time linear in the text and its spans. */
static void mark(Marks *marks, const GArray *cuts, guint32 start, guint32 end, MarkKind kind,
                 gint quote)
{
    for (guint i = cut_index(cuts, start); i + 1 < cuts->len; i++) {
        if (g_array_index(cuts, guint32, i) >= end)
            break;
        if (kind == MARK_QUOTE && marks[i].quote < 0)
            marks[i].quote = quote;
        else if (kind == MARK_SPEAKER)
            marks[i].speaker = TRUE;
        else if (kind == MARK_CUE)
            marks[i].cue = TRUE;
    }
}

/* One stretch of text with the same marks, split at paragraph breaks. */
static void write_segment(GString *out, const QsAnalysis *a, guint32 from, guint32 to,
                          const Marks *m)
{
    gint q = m->quote;
    g_autoptr(GString) open = g_string_new(NULL);
    if (q >= 0) {
        const QsQuote *quote = &g_array_index(a->quotes, QsQuote, q);
        const QsMention *mention = qs_quote_mention(a, quote);
        if (mention != NULL) {
            const QsSource *s = g_ptr_array_index(a->sources, mention->source);
            g_string_append_printf(open, "<mark class=\"q s%u\" data-quote=\"%d\" title=\"",
                                   mention->source + 1, q + 1);
            escape(open, s->name, -1);
            g_string_append_printf(open, " (%s, %s)\">", qs_source_kind_name(s->kind),
                                   qs_quote_kind_name(quote->kind));
        } else {
            g_string_append_printf(open,
                                   "<mark class=\"q unattributed\" data-quote=\"%d\" "
                                   "title=\"unattributed\">",
                                   q + 1);
        }
    }
    if (m->speaker)
        g_string_append(open, "<span class=\"speaker\">");
    if (m->cue)
        g_string_append(open, "<span class=\"cue\">");
    const char *close = m->cue && m->speaker   ? "</span></span>"
                        : m->cue || m->speaker ? "</span>"
                                               : "";
    const char *text = a->doc->text;
    guint32 p = from;
    while (p < to) {
        /* a paragraph break inside the stretch closes and reopens the marks */
        const char *brk = g_strstr_len(text + p, to - p, "\n\n");
        guint32 stop = brk ? (guint32)(brk - text) : to;
        g_string_append(out, open->str);
        escape(out, text + p, stop - p);
        g_string_append(out, close);
        if (q >= 0)
            g_string_append(out, "</mark>");
        if (brk == NULL)
            break;
        while (stop < to && (text[stop] == '\n' || text[stop] == '\r'))
            stop++;
        g_string_append(out, "</p>\n<p>");
        p = stop;
    }
}

static void span_of_tokens(const QsAnalysis *a, guint32 first, guint32 end, guint32 *s, guint32 *e)
{
    *s = qs_tok(a, first)->start;
    *e = qs_tok(a, end - 1)->end;
}

static void write_article(GString *out, const QsAnalysis *a)
{
    g_autoptr(GArray) cuts = g_array_new(FALSE, FALSE, sizeof(guint32));
    guint32 edges[2] = {0, (guint32)a->doc->len};
    g_array_append_vals(cuts, edges, 2);
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        guint32 span[6] = {q->start, q->end, 0, 0, 0, 0};
        const QsMention *m = qs_quote_mention(a, q);
        if (m != NULL)
            span_of_tokens(a, m->tok_start, m->tok_end, &span[2], &span[3]);
        if (q->cue != QS_NONE) {
            const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
            span_of_tokens(a, c->tok_start, c->tok_end, &span[4], &span[5]);
        }
        g_array_append_vals(cuts, span, 6);
    }
    g_array_sort(cuts, by_offset);
    guint n = 0; /* without repeats */
    for (guint i = 0; i < cuts->len; i++)
        if (n == 0 || g_array_index(cuts, guint32, i) != g_array_index(cuts, guint32, n - 1))
            g_array_index(cuts, guint32, n++) = g_array_index(cuts, guint32, i);
    g_array_set_size(cuts, n);
    g_autofree Marks *marks = g_new(Marks, cuts->len);
    for (guint i = 0; i < cuts->len; i++)
        marks[i] = (Marks){-1, FALSE, FALSE};
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        mark(marks, cuts, q->start, q->end, MARK_QUOTE, (gint)i);
        const QsMention *m = qs_quote_mention(a, q);
        guint32 s, e;
        if (m != NULL && q->how != QS_HOW_CONTINUATION) {
            span_of_tokens(a, m->tok_start, m->tok_end, &s, &e);
            mark(marks, cuts, s, e, MARK_SPEAKER, -1);
        }
        if (q->cue != QS_NONE) {
            const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
            span_of_tokens(a, c->tok_start, c->tok_end, &s, &e);
            mark(marks, cuts, s, e, MARK_CUE, -1);
        }
    }
    g_string_append(out, "<p>");
    for (guint i = 0; i + 1 < cuts->len; i++) {
        guint32 from = g_array_index(cuts, guint32, i), to = g_array_index(cuts, guint32, i + 1);
        write_segment(out, a, from, to, &marks[i]);
    }
    g_string_append(out, "</p>\n");
}

static void write_sources(GString *out, const QsAnalysis *a)
{
    g_string_append(out, "<aside>\n<h2>Sources</h2>\n<ol>\n");
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        g_string_append_printf(out, "<li><span class=\"swatch s%u\"></span><b>", i + 1);
        if (s->title) {
            escape(out, s->title, -1);
            g_string_append_c(out, ' ');
        }
        escape(out, s->name, -1);
        g_string_append_printf(out, "</b> (%s), %u quote%s", qs_source_kind_name(s->kind),
                               s->quotes->len, s->quotes->len == 1 ? "" : "s");
        if (s->description) {
            g_string_append(out, "<br><span class=\"meta\">");
            escape(out, s->description, -1);
            g_string_append(out, "</span>");
        }
        g_string_append(out, "</li>\n");
    }
    g_string_append(out, "</ol>\n<p class=\"meta\">Quotes are highlighted in the colour of "
                         "their source; <span class=\"speaker\">speakers</span> are underlined, "
                         "<span class=\"cue\">cues</span> dotted; an unattributed quote has a "
                         "red dashed frame. Hover a quote to see who said it.</p>\n</aside>\n");
}

void qs_render_html(const QsAnalysis *a, GString *out)
{
    const char *title = a->doc->title ? a->doc->title : a->doc->path ? a->doc->path : "report";
    g_string_append(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<title>quotesrc: ");
    escape(out, title, -1);
    g_string_append_printf(out, "</title>\n<style>%s", style);
    source_colours(out, a->sources->len);
    g_string_append(out, "</style>\n</head>\n<body>\n<main>\n<article>\n<p class=\"meta\">");
    QsStats st;
    qs_render_stats(a, &st);
    if (a->doc->path) {
        escape(out, a->doc->path, -1);
        g_string_append(out, ": ");
    }
    g_string_append_printf(out, "%u quotes, %u attributed, %u sources</p>\n", st.quotes,
                           st.attributed, st.sources);
    write_article(out, a);
    g_string_append(out, "</article>\n");
    write_sources(out, a);
    g_string_append(out, "</main>\n</body>\n</html>\n");
}
