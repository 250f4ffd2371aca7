/* A small streaming JSON writer: escapes strings, places commas, indents when
 * pretty.  Values are written as they come; nothing is built in memory first. */
#include "json_writer.h"

#include <string.h>

void qs_json_init(QsJsonWriter *w, GString *out, gboolean pretty)
{
    *w = (QsJsonWriter){out, pretty, 0, TRUE};
}

static void newline(QsJsonWriter *w)
{
    static const char spaces[] = "                                                                ";
    if (!w->pretty)
        return;
    g_string_append_c(w->out, '\n');
    for (gsize left = 2 * (gsize)w->depth; left > 0;) {
        gsize n = MIN(left, sizeof spaces - 1);
        g_string_append_len(w->out, spaces, (gssize)n);
        left -= n;
    }
}

void qs_json_element(QsJsonWriter *w)
{
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

void qs_json_string(QsJsonWriter *w, const char *s, gssize len)
{
    if (s == NULL) {
        qs_json_null(w);
        return;
    }
    GString *out = w->out;
    const char *end = s + (len < 0 ? strlen(s) : (gsize)len);
    g_string_append_c(out, '"');
    for (const char *p = s; p < end; p++) {
        const char *run = p; /* characters that need no escape go out in one piece */
        while (p < end && (unsigned char)*p >= 0x20 && *p != '"' && *p != '\\')
            p++;
        g_string_append_len(out, run, p - run);
        if (p == end)
            break;
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
        default: /* the other control characters */
            g_string_append_printf(out, "\\u%04x", c);
        }
    }
    g_string_append_c(out, '"');
}

void qs_json_key(QsJsonWriter *w, const char *name)
{
    qs_json_element(w);
    qs_json_string(w, name, -1);
    g_string_append(w->out, w->pretty ? ": " : ":");
}

void qs_json_uint(QsJsonWriter *w, guint64 value)
{
    char digits[20]; /* printf's parsing costs more than the rest of a member */
    gsize n = 0;
    do {
        digits[sizeof digits - ++n] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    g_string_append_len(w->out, digits + sizeof digits - n, (gssize)n);
}

void qs_json_double(QsJsonWriter *w, double value)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(w->out, g_ascii_formatd(buf, sizeof buf, "%.2f", value));
}

void qs_json_null(QsJsonWriter *w)
{
    g_string_append(w->out, "null");
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
