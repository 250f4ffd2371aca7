/* A small streaming JSON writer: escapes strings, places commas, indents when
 * pretty.  Values are written as they come; nothing is built in memory first. */
#include "json_writer.h"

#include <quotesrc/quotesrc.h>

#include <math.h>
#include <string.h>

void qs_json_init(QsJsonWriter *w, GString *out, gboolean pretty)
{
    *w = (QsJsonWriter){out, pretty, 0, TRUE, NULL, NULL};
}

void qs_json_set_flush(QsJsonWriter *w, void (*flush)(GString *out, gpointer data), gpointer data)
{
    w->flush = flush;
    w->flush_data = data;
}

void qs_json_newline(QsJsonWriter *w)
{
    static const char spaces[] = "                                                                ";
    g_string_append_c(w->out, '\n');
    for (gsize left = 2 * (gsize)w->depth; left > 0;) {
        gsize n = MIN(left, sizeof spaces - 1);
        qs_json_put(w->out, spaces, n);
        left -= n;
    }
}

void qs_json_open(QsJsonWriter *w, char bracket)
{
    g_string_append_c(w->out, bracket);
    w->depth++;
    w->first = TRUE;
}

void qs_json_close(QsJsonWriter *w, char bracket)
{
    w->depth--;
    if (!w->first && w->pretty)
        qs_json_newline(w);
    g_string_append_c(w->out, bracket);
    w->first = FALSE;
}

/* @s to @end as a JSON string literal, quotes included. */
static void append_literal(GString *out, const char *s, const char *end)
{
    g_string_append_c(out, '"');
    /* bytes that need an escape: control characters, '"' and '\\' */
    static const guint8 escaped[256] = {1, 1, 1, 1, 1, 1, 1, 1, 1,         1,         1, 1,
                                        1, 1, 1, 1, 1, 1, 1, 1, 1,         1,         1, 1,
                                        1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1};
    for (const char *p = s; p < end; p++) {
        const char *run = p; /* characters that need no escape go out in one piece */
        while (p < end && !escaped[(unsigned char)*p])
            p++;
        qs_json_put(out, run, (gsize)(p - run));
        if (p == end)
            break;
        unsigned char c = (unsigned char)*p;
        const char *named = c == '"'    ? "\\\""
                            : c == '\\' ? "\\\\"
                            : c == '\n' ? "\\n"
                            : c == '\r' ? "\\r"
                            : c == '\t' ? "\\t"
                                        : NULL;
        if (named != NULL)
            qs_json_put(out, named, 2);
        else /* the other control characters */
            g_string_append_printf(out, "\\u%04x", c);
    }
    g_string_append_c(out, '"');
}

void qs_json_string(QsJsonWriter *w, const char *s, gssize len)
{
    if (s == NULL)
        qs_json_null(w);
    else
        append_literal(w->out, s, s + (len < 0 ? strlen(s) : (gsize)len));
}

void qs_json_append_string(GString *out, const char *s)
{
    append_literal(out, s, s + strlen(s));
}

void qs_json_double(QsJsonWriter *w, double value)
{
    if (value >= 0 && value < 1e6) { /* confidences and shares: hundredths by hand */
        guint64 hundredths = (guint64)rint(value * 100);
        qs_json_uint(w, hundredths / 100);
        char frac[3] = {'.', (char)('0' + hundredths / 10 % 10), (char)('0' + hundredths % 10)};
        qs_json_put(w->out, frac, sizeof frac);
        return;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(w->out, g_ascii_formatd(buf, sizeof buf, "%.2f", value));
}

void qs_json_null(QsJsonWriter *w)
{
    qs_json_put(w->out, "null", sizeof "null" - 1);
}
