/* A small streaming JSON writer into a GString, pretty or compact, shared by the
 * renderers that write JSON (the report, the audit, SARIF). */
#ifndef QS_JSON_WRITER_H
#define QS_JSON_WRITER_H

#include <glib.h>
#include <string.h>

typedef struct {
    GString *out;
    gboolean pretty;
    guint depth;
    gboolean first;      /* no member written yet in the open container */
    void (*flush)(GString *out, gpointer data); /* NULL: all of it stays in out */
    gpointer flush_data;
} QsJsonWriter;

/* How much output a writer with a flush function holds before handing it over. */
#define QS_JSON_FLUSH_BYTES (1u << 20)

void qs_json_init(QsJsonWriter *w, GString *out, gboolean pretty);
/* Hands @out to @flush, which writes and empties it, whenever an element begins with
 * QS_JSON_FLUSH_BYTES or more in it. */
void qs_json_set_flush(QsJsonWriter *w, void (*flush)(GString *out, gpointer data), gpointer data);
void qs_json_open(QsJsonWriter *w, char bracket);  /* '{' or '[' */
void qs_json_close(QsJsonWriter *w, char bracket); /* '}' or ']' */
/* A string value of @len bytes (-1: NUL-terminated), NULL writes null. */
void qs_json_string(QsJsonWriter *w, const char *s, gssize len);
void qs_json_double(QsJsonWriter *w, double value);
void qs_json_null(QsJsonWriter *w);
/* A line break and the indent of the depth: pretty output only. */
void qs_json_newline(QsJsonWriter *w);

/* The calls below are inline: output is several of them per byte of input, and a member
 * name is a literal whose length the compiler then knows. */

/* g_string_append_len without the call and checks of g_string_insert_len when the
 * bytes fit, as they nearly always do. */
static inline void qs_json_put(GString *out, const char *s, gsize n)
{
    if (out->len + n < out->allocated_len) {
        memcpy(out->str + out->len, s, n);
        out->len += n;
        out->str[out->len] = '\0';
    } else {
        g_string_append_len(out, s, (gssize)n);
    }
}

/* Starts an element of the open array; its value follows. */
static inline void qs_json_element(QsJsonWriter *w)
{
    if (w->flush != NULL && w->out->len >= QS_JSON_FLUSH_BYTES)
        w->flush(w->out, w->flush_data);
    if (!w->first)
        qs_json_put(w->out, ",", 1);
    w->first = FALSE;
    if (w->pretty)
        qs_json_newline(w);
}

/* Starts a member of the open object; its value follows.  @name is written as it is:
 * the program's own member names need no escapes. */
G_ALWAYS_INLINE static inline void qs_json_key(QsJsonWriter *w, const char *name)
{
    qs_json_element(w);
    qs_json_put(w->out, "\"", 1);
    qs_json_put(w->out, name, strlen(name));
    qs_json_put(w->out, "\": ", w->pretty ? 3 : 2);
}

static inline void qs_json_uint(QsJsonWriter *w, guint64 value)
{
    char digits[20]; /* printf's parsing costs more than the rest of a member */
    gsize n = 0;
    do {
        digits[sizeof digits - ++n] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    qs_json_put(w->out, digits + sizeof digits - n, n);
}

/* A member of the open object in one call. */
G_ALWAYS_INLINE static inline void qs_json_member_string(QsJsonWriter *w, const char *name,
                                                         const char *value)
{
    qs_json_key(w, name);
    qs_json_string(w, value, -1);
}

G_ALWAYS_INLINE static inline void qs_json_member_uint(QsJsonWriter *w, const char *name,
                                                       guint64 value)
{
    qs_json_key(w, name);
    qs_json_uint(w, value);
}

#endif
