/* One JSON Lines record, {"id": ..., "text": "..."}, read into a document.  A
 * hand-written reader rather than json-glib's parser: a corpus of short records spent
 * half its time building and freeing json-glib's tree (bench/run, tiny.jsonl), and a
 * record needs only two members.  It reads strict JSON (RFC 8259): other members are
 * skipped whatever they hold, a repeated member counts as written last, and what is not
 * JSON is refused with where and why. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define QS_JSON_MAX_DEPTH 512 /* nesting in members that are skipped */

typedef struct {
    const char *p, *end;
    const char *why; /* set on failure */
} Scan;

static gboolean fail(Scan *s, const char *why)
{
    s->why = why;
    return FALSE;
}

static void skip_space(Scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

static gboolean expect(Scan *s, char c, const char *why)
{
    skip_space(s);
    if (s->p >= s->end || *s->p != c)
        return fail(s, why);
    s->p++;
    return TRUE;
}

static gint hex4(const char *p)
{
    gint v = 0;
    for (int i = 0; i < 4; i++) {
        gint d = g_ascii_xdigit_value(p[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A \u escape at s->p (after the backslash and 'u'), with the low half of a surrogate
 * pair after it when it is the high half.  A lone half is refused: it is no character. */
static gboolean unicode_escape(Scan *s, GString *out)
{
    if (s->end - s->p < 4)
        return fail(s, "truncated \\u escape");
    gint c = hex4(s->p);
    if (c < 0)
        return fail(s, "bad \\u escape");
    s->p += 4;
    if (c >= 0xDC00 && c <= 0xDFFF)
        return fail(s, "lone low surrogate in a \\u escape");
    if (c >= 0xD800 && c <= 0xDBFF) {
        gint low = s->end - s->p >= 6 && s->p[0] == '\\' && s->p[1] == 'u' ? hex4(s->p + 2) : -1;
        if (low < 0xDC00 || low > 0xDFFF)
            return fail(s, "lone high surrogate in a \\u escape");
        s->p += 6;
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }
    if (out != NULL)
        g_string_append_unichar(out, (gunichar)c);
    return TRUE;
}

/* A string at s->p (the opening quote), decoded into @out, or skipped when @out is NULL.
 * The line was checked to be UTF-8 before. */
static gboolean string(Scan *s, GString *out)
{
    if (s->p >= s->end || *s->p != '"')
        return fail(s, "a string expected");
    s->p++;
    /* bytes that end a run of plain characters: '"', '\\' and control characters */
    static const guint8 special[256] = {1, 1, 1, 1, 1, 1, 1, 1, 1,         1,          1, 1,
                                        1, 1, 1, 1, 1, 1, 1, 1, 1,         1,          1, 1,
                                        1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1};
    for (;;) {
        const char *run = s->p;
        while (s->p < s->end && !special[(guchar)*s->p])
            s->p++;
        if (out != NULL)
            g_string_append_len(out, run, s->p - run);
        if (s->p >= s->end)
            return fail(s, "unterminated string");
        char c = *s->p++;
        if (c == '"')
            return TRUE;
        if (c != '\\')
            return fail(s, "control character in a string");
        if (s->p >= s->end)
            return fail(s, "unterminated string");
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *known = strchr(from, *s->p);
        if (*s->p != '\0' && known != NULL) {
            if (out != NULL)
                g_string_append_c(out, to[known - from]);
            s->p++;
        } else if (*s->p == 'u') {
            s->p++;
            if (!unicode_escape(s, out))
                return FALSE;
        } else {
            return fail(s, "unknown escape in a string");
        }
    }
}

/* A number at s->p, by RFC 8259's grammar; its extent goes to @start and @len. */
static gboolean number(Scan *s, const char **start, gboolean *integral)
{
    *start = s->p;
    *integral = TRUE;
    if (s->p < s->end && *s->p == '-')
        s->p++;
    if (s->p >= s->end || !g_ascii_isdigit(*s->p))
        return fail(s, "a value expected");
    if (*s->p == '0')
        s->p++;
    else
        while (s->p < s->end && g_ascii_isdigit(*s->p))
            s->p++;
    if (s->p < s->end && *s->p == '.') {
        *integral = FALSE;
        s->p++;
        if (s->p >= s->end || !g_ascii_isdigit(*s->p))
            return fail(s, "digits expected after '.'");
        while (s->p < s->end && g_ascii_isdigit(*s->p))
            s->p++;
    }
    if (s->p < s->end && (*s->p == 'e' || *s->p == 'E')) {
        *integral = FALSE;
        s->p++;
        if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
            s->p++;
        if (s->p >= s->end || !g_ascii_isdigit(*s->p))
            return fail(s, "digits expected in an exponent");
        while (s->p < s->end && g_ascii_isdigit(*s->p))
            s->p++;
    }
    return TRUE;
}

static gboolean word(Scan *s, const char *literal)
{
    gsize n = strlen(literal);
    if ((gsize)(s->end - s->p) < n || memcmp(s->p, literal, n) != 0)
        return fail(s, "a value expected");
    s->p += n;
    return TRUE;
}

static gboolean skip_value(Scan *s, guint depth);

/* The members of an object or the elements of an array at s->p, past the bracket. */
static gboolean skip_container(Scan *s, char close, guint depth)
{
    if (depth > QS_JSON_MAX_DEPTH)
        return fail(s, "nested too deeply");
    skip_space(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        return TRUE;
    }
    for (;;) {
        skip_space(s);
        if (close == '}' && (!string(s, NULL) || !expect(s, ':', "':' expected")))
            return FALSE;
        if (!skip_value(s, depth + 1))
            return FALSE;
        skip_space(s);
        if (s->p < s->end && *s->p == ',') {
            s->p++;
            continue;
        }
        return expect(s, close, close == '}' ? "',' or '}' expected" : "',' or ']' expected");
    }
}

static gboolean skip_value(Scan *s, guint depth)
{
    skip_space(s);
    if (s->p >= s->end)
        return fail(s, "a value expected");
    const char *start;
    gboolean integral;
    switch (*s->p) {
    case '"':
        return string(s, NULL);
    case '{':
    case '[':
        s->p++;
        return skip_container(s, s->p[-1] == '{' ? '}' : ']', depth);
    case 't':
        return word(s, "true");
    case 'f':
        return word(s, "false");
    case 'n':
        return word(s, "null");
    default:
        return number(s, &start, &integral);
    }
}

/* The "id" member: a string as it is, a number as JSON wrote it for an integer and in
 * its shortest form otherwise ("1.50" -> "1.5"); NULL for other values. */
static gboolean id_value(Scan *s, char **id)
{
    skip_space(s);
    g_clear_pointer(id, g_free);
    if (s->p < s->end && *s->p == '"') {
        GString *out = g_string_new(NULL);
        if (!string(s, out)) {
            g_string_free(out, TRUE);
            return FALSE;
        }
        *id = g_string_free(out, FALSE);
        return TRUE;
    }
    if (s->p < s->end && (*s->p == '-' || g_ascii_isdigit(*s->p))) {
        const char *start;
        gboolean integral;
        if (!number(s, &start, &integral))
            return FALSE;
        g_autofree char *written = g_strndup(start, s->p - start);
        errno = 0;
        gint64 whole = integral ? g_ascii_strtoll(written, NULL, 10) : 0;
        if (integral && errno == 0) {
            *id = g_strdup_printf("%" G_GINT64_FORMAT, whole);
        } else {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];
            *id = g_strdup(g_ascii_dtostr(buf, sizeof buf, g_ascii_strtod(written, NULL)));
        }
        return TRUE;
    }
    return skip_value(s, 0);
}

/* Reads the value of member @key at s->p, past its ':'. */
typedef gboolean (*MemberFn)(Scan *s, const char *key, gpointer data);

/* Reads the object at s->p, which must be all of the line, calling @member_fn on each
 * member; FALSE with s->why when it is not JSON. */
static gboolean object(Scan *s, MemberFn member_fn, gpointer data)
{
    if (!expect(s, '{', "not an object"))
        return FALSE;
    skip_space(s);
    if (s->p < s->end && *s->p == '}') {
        s->p++;
    } else {
        g_autoptr(GString) key = g_string_new(NULL);
        for (;;) {
            skip_space(s);
            g_string_truncate(key, 0);
            if (!string(s, key) || !expect(s, ':', "':' expected"))
                return FALSE;
            skip_space(s);
            if (!member_fn(s, key->str, data))
                return FALSE;
            skip_space(s);
            if (s->p < s->end && *s->p == ',') {
                s->p++;
                continue;
            }
            if (!expect(s, '}', "',' or '}' expected"))
                return FALSE;
            break;
        }
    }
    skip_space(s);
    return s->p == s->end || fail(s, "text after the object");
}

typedef struct {
    char *id;
    GString *text;
    gboolean has_text; /* "text" was a string */
} Record;

static gboolean record_member(Scan *s, const char *key, gpointer data)
{
    Record *r = data;
    if (strcmp(key, "text") == 0 && s->p < s->end && *s->p == '"') {
        g_string_truncate(r->text, 0);
        return r->has_text = string(s, r->text);
    }
    if (strcmp(key, "text") == 0)
        r->has_text = FALSE;
    else if (strcmp(key, "id") == 0)
        return id_value(s, &r->id);
    return skip_value(s, 0);
}

typedef struct {
    const char *name;
    GString *value; /* NULL until the member is read as a string */
} StringMember;

static gboolean string_member(Scan *s, const char *key, gpointer data)
{
    StringMember *m = data;
    if (strcmp(key, m->name) == 0 && s->p < s->end && *s->p == '"') {
        if (m->value == NULL)
            m->value = g_string_new(NULL);
        g_string_truncate(m->value, 0);
        return string(s, m->value);
    }
    if (strcmp(key, m->name) == 0 && m->value != NULL) /* repeated, last as another value */
        g_string_free(g_steal_pointer(&m->value), TRUE);
    return skip_value(s, 0);
}

char *qs_json_get_string_member(const char *json, gsize len, const char *name, GError **error)
{
    Scan s = {json, json + len, NULL};
    StringMember m = {name, NULL};
    if (!qs_utf8_valid(json, len))
        s.why = "invalid UTF-8";
    else if (object(&s, string_member, &m) && m.value == NULL)
        s.why = "no string member";
    if (s.why == NULL)
        return g_string_free(m.value, FALSE);
    if (m.value != NULL)
        g_string_free(m.value, TRUE);
    g_set_error(error, QS_ERROR, QS_ERROR_PARSE, "not JSON with a \"%s\" string: %s at byte %" G_GSIZE_FORMAT,
                name, s.why, (gsize)(s.p - json) + 1);
    return NULL;
}

QsDocument *qs_load_jsonl_record(const char *line, gsize len, guint64 line_no, const char *path,
                                 GError **error)
{
    if (!qs_utf8_valid(line, len)) {
        g_set_error(error, QS_ERROR, QS_ERROR_PARSE,
                    "line %" G_GUINT64_FORMAT ": not JSON: invalid UTF-8", line_no);
        return NULL;
    }
    Scan s = {line, line + len, NULL};
    g_autoptr(GString) text = g_string_new(NULL);
    Record r = {NULL, text, FALSE};
    gboolean ok = object(&s, record_member, &r);
    g_autofree char *id = r.id;
    if (!ok) {
        g_set_error(error, QS_ERROR, QS_ERROR_PARSE,
                    "line %" G_GUINT64_FORMAT ": not JSON: %s at byte %" G_GSIZE_FORMAT, line_no,
                    s.why, (gsize)(s.p - line) + 1);
        return NULL;
    }
    if (!r.has_text) {
        g_set_error(error, QS_ERROR, QS_ERROR_PARSE,
                    "line %" G_GUINT64_FORMAT ": not an object with a \"text\" string", line_no);
        return NULL;
    }
    if (memchr(text->str, '\0', text->len) != NULL) { /* a \u0000 */
        g_set_error(error, QS_ERROR, QS_ERROR_BINARY,
                    "line %" G_GUINT64_FORMAT ": NUL character (\\u0000) in the text", line_no);
        return NULL;
    }
    if (id == NULL)
        id = g_strdup_printf("%" G_GUINT64_FORMAT, line_no);
    g_autoptr(GError) doc_error = NULL;
    gsize text_len = text->len;
    QsDocument *doc =
        qs_document_take(g_string_free(g_steal_pointer(&text), FALSE), text_len, id, path, &doc_error);
    if (doc != NULL)
        doc->format = "jsonl";
    else
        g_set_error(error, QS_ERROR, doc_error->code, "line %" G_GUINT64_FORMAT ": %s", line_no,
                    doc_error->message);
    return doc;
}
