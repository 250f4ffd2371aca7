/* A small streaming JSON writer: escapes strings, places commas, indents when
 * pretty.  Values are written as they come; nothing is built in memory first. */
#include "json_writer.h"

#include <quotesrc/quotesrc.h>

#include <math.h>
#include <string.h>

/* g_string_append_len without the call and checks of g_string_insert_len when the
 * bytes fit, as they nearly always do: output is a few appends per byte of input. */
static inline void put(GString *out, const char *s, gsize n)
{
    if (out->len + n < out->allocated_len) {
        memcpy(out->str + out->len, s, n);
        out->len += n;
        out->str[out->len] = '\0';
    } else {
        g_string_append_len(out, s, (gssize)n);
    }
}

void qs_json_init(QsJsonWriter *w, GString *out, gboolean pretty)
{
    *w = (QsJsonWriter){out, pretty, 0, TRUE, NULL, NULL};
}

void qs_json_set_flush(QsJsonWriter *w, void (*flush)(GString *out, gpointer data), gpointer data)
{
    w->flush = flush;
    w->flush_data = data;
}

static void newline(QsJsonWriter *w)
{
    static const char spaces[] = "                                                                ";
    if (!w->pretty)
        return;
    g_string_append_c(w->out, '\n');
    for (gsize left = 2 * (gsize)w->depth; left > 0;) {
        gsize n = MIN(left, sizeof spaces - 1);
        put(w->out, spaces, n);
        left -= n;
    }
}

void qs_json_element(QsJsonWriter *w)
{
    if (w->flush != NULL && w->out->len >= QS_JSON_FLUSH_BYTES)
        w->flush(w->out, w->flush_data);
    if (!w->first)
        g_string_append_c(w->out, ',');
    w->first = FALSE;
    newline(w);
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
    if (!w->first)
        newline(w);
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
        put(out, run, (gsize)(p - run));
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
            put(out, named, 2);
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

void qs_json_key(QsJsonWriter *w, const char *name)
{
    qs_json_element(w);
    g_string_append_c(w->out, '"');
    put(w->out, name, strlen(name));
    put(w->out, "\": ", w->pretty ? 3 : 2);
}

void qs_json_uint(QsJsonWriter *w, guint64 value)
{
    char digits[20]; /* printf's parsing costs more than the rest of a member */
    gsize n = 0;
    do {
        digits[sizeof digits - ++n] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    put(w->out, digits + sizeof digits - n, n);
}

void qs_json_double(QsJsonWriter *w, double value)
{
    if (value >= 0 && value < 1e6) { /* confidences and shares: hundredths by hand */
        guint64 hundredths = (guint64)rint(value * 100);
        qs_json_uint(w, hundredths / 100);
        char frac[3] = {'.', (char)('0' + hundredths / 10 % 10), (char)('0' + hundredths % 10)};
        put(w->out, frac, sizeof frac);
        return;
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(w->out, g_ascii_formatd(buf, sizeof buf, "%.2f", value));
}

void qs_json_null(QsJsonWriter *w)
{
    put(w->out, "null", sizeof "null" - 1);
}

void qs_json_member_string(QsJsonWriter *w, const char *name, const char *value)
{
    qs_json_key(w, name);
    qs_json_string(w, value, -1);
}

void qs_json_member_uint(QsJsonWriter *w, const char *name, guint64 value)
{
    qs_json_key(w, name);
    qs_json_uint(w, value);
}
