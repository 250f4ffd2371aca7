/* A small streaming JSON writer into a GString, pretty or compact, shared by the
 * renderers that write JSON (the report, the audit, SARIF). */
#ifndef QS_JSON_WRITER_H
#define QS_JSON_WRITER_H

#include <glib.h>

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
/* Starts a member of the open object; its value follows.  @name is written as it is:
 * the program's own member names need no escapes. */
void qs_json_key(QsJsonWriter *w, const char *name);
/* Starts an element of the open array; its value follows. */
void qs_json_element(QsJsonWriter *w);
/* A string value of @len bytes (-1: NUL-terminated), NULL writes null. */
void qs_json_string(QsJsonWriter *w, const char *s, gssize len);
void qs_json_uint(QsJsonWriter *w, guint64 value);
void qs_json_double(QsJsonWriter *w, double value);
void qs_json_null(QsJsonWriter *w);
/* A member of the open object in one call. */
void qs_json_member_string(QsJsonWriter *w, const char *name, const char *value);
void qs_json_member_uint(QsJsonWriter *w, const char *name, guint64 value);

#endif
