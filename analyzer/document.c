/* QsDocument: one valid UTF-8 text buffer and the maps from its byte offsets to code
 * point offsets and to line:column, built once when the document is made. */
#include "internal.h"

#include <string.h>

G_DEFINE_QUARK(quotesrc - error - quark, qs_error)

const char *qs_version(void)
{
    return QS_VERSION;
}

static guint count_invalid_sequences(const char *text, gsize len)
{
    guint n = 0;
    const char *p = text, *end = text + len, *bad;
    while (p < end && !g_utf8_validate_len(p, end - p, &bad)) {
        n++;
        /* skip the one bad byte; g_utf8_make_valid replaces runs the same way */
        p = bad + 1;
    }
    return n;
}

#define QS_MAX_HEADLINE_BYTES 200

/* A first line that is short, stands alone and does not end like a sentence is the
 * headline of a plain-text article. */
static char *guess_title(const char *text, gsize len)
{
    const char *p = text, *end = text + len;
    while (p < end && g_ascii_isspace(*p))
        p++;
    const char *eol = memchr(p, '\n', end - p);
    if (eol == NULL)
        return NULL; /* one line: the article itself, not a headline */
    const char *last = eol;
    while (last > p && g_ascii_isspace(last[-1]))
        last--;
    if (last == p || last - p > QS_MAX_HEADLINE_BYTES || memchr(p, ' ', last - p) == NULL)
        return NULL;
    if (strchr(".:,;\"", last[-1]) != NULL || *p == '"' || (unsigned char)*p == 0xE2)
        return NULL;
    return g_strndup(p, last - p);
}

/* The line starts and the code point count every QS_CHAR_MARK_STEP bytes, in passes
 * simple enough for the compiler to vectorise: this runs over every byte of input. */
static void build_maps(QsDocument *doc)
{
    const char *text = doc->text;
    gsize len = doc->len;
    doc->char_marks = g_array_sized_new(FALSE, FALSE, sizeof(guint32), len / QS_CHAR_MARK_STEP + 1);
    g_array_set_size(doc->char_marks, (guint)((len + QS_CHAR_MARK_STEP - 1) / QS_CHAR_MARK_STEP));
    guint32 *marks = (guint32 *)doc->char_marks->data;
    guint32 chars = 0; /* documents are under 4 GiB */
    for (gsize block = 0; block < len; block += QS_CHAR_MARK_STEP) {
        marks[block / QS_CHAR_MARK_STEP] = chars;
        gsize end = MIN(block + QS_CHAR_MARK_STEP, len);
        for (gsize i = block; i < end; i++)
            chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    }
    doc->line_starts = g_array_new(FALSE, FALSE, sizeof(guint32));
    guint32 zero = 0;
    g_array_append_val(doc->line_starts, zero);
    gboolean has_cr = memchr(text, '\r', len) != NULL;
    for (const char *p = text, *end = text + len; p < end; p++) {
        if (!has_cr) {
            p = memchr(p, '\n', (gsize)(end - p));
            if (p == NULL)
                break;
        }
        /* a lone CR ends a line as CRLF and LF do */
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) {
            guint32 next = (guint32)(p + 1 - text);
            g_array_append_val(doc->line_starts, next);
        }
    }
}

/* g_utf8_validate_len on the runs of non-ASCII bytes only: a valid sequence never holds
 * an ASCII byte, so the runs split the text where the validator would, and English
 * text is mostly ASCII, which is checked here eight bytes at a time. */
gboolean qs_utf8_valid(const char *text, gsize len)
{
    gsize i = 0;
    while (i < len) {
        guint64 word;
        if (i + sizeof word <= len) {
            memcpy(&word, text + i, sizeof word);
            if ((word & 0x8080808080808080u) == 0) {
                i += sizeof word;
                continue;
            }
        }
        if ((unsigned char)text[i] < 0x80) {
            i++;
            continue;
        }
        gsize run = i;
        while (i < len && (unsigned char)text[i] >= 0x80)
            i++;
        if (!g_utf8_validate_len(text + run, i - run, NULL))
            return FALSE;
    }
    return TRUE;
}

/* Whether @n bytes of @text cannot be a document: too large, or binary. */
static gboolean refused(const char *text, gsize n, GError **error)
{
    if (n > QS_MAX_DOCUMENT_BYTES) {
        g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE,
                    "document of %" G_GSIZE_FORMAT " bytes is over the limit of %" G_GSIZE_FORMAT,
                    n, QS_MAX_DOCUMENT_BYTES);
        return TRUE;
    }
    if (n > 0 && memchr(text, '\0', n) != NULL) {
        g_set_error(error, QS_ERROR, QS_ERROR_BINARY,
                    "binary file (contains NUL bytes), not analysed");
        return TRUE;
    }
    return FALSE;
}

static QsDocument *document_of(char *text, gsize n, const char *id, const char *path);

QsDocument *qs_document_new(const char *text, gssize len, const char *id, const char *path,
                            GError **error)
{
    g_return_val_if_fail(text != NULL || len == 0, NULL);
    gsize n = len < 0 ? strlen(text) : (gsize)len;
    if (refused(text, n, error))
        return NULL;
    char *copy = g_malloc(n + 1);
    if (n > 0)
        memcpy(copy, text, n);
    copy[n] = '\0';
    return document_of(copy, n, id, path);
}

QsDocument *qs_document_take(char *text, gsize n, const char *id, const char *path,
                             GError **error)
{
    if (refused(text, n, error)) {
        g_free(text);
        return NULL;
    }
    return document_of(text, n, id, path);
}

/* The document of @text, @n bytes and a NUL that refused() let through, which it takes:
 * the checks scan the whole text, so they run once, in the two callers. */
static QsDocument *document_of(char *text, gsize n, const char *id, const char *path)
{
    QsDocument *doc = g_new0(QsDocument, 1);
    doc->warnings = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(doc->warnings, NULL);
    if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        n -= 3;
        memmove(text, text + 3, n + 1);
    }
    if (qs_utf8_valid(text, n)) {
        doc->text = text;
        doc->len = n;
    } else {
        guint bad = count_invalid_sequences(text, n);
        doc->text = g_utf8_make_valid(text, n);
        doc->len = strlen(doc->text);
        g_free(text);
        g_autofree char *msg = g_strdup_printf("%u invalid UTF-8 sequence%s replaced with U+FFFD",
                                               bad, bad == 1 ? "" : "s");
        qs_document_add_warning(doc, msg);
    }
    /* file names need not be UTF-8; reports must be */
    doc->id = id ? g_utf8_make_valid(id, -1) : NULL;
    doc->path = path ? g_filename_display_name(path) : NULL;
    doc->title = guess_title(doc->text, doc->len);
    doc->format = "text";
    build_maps(doc);
    return doc;
}

void qs_document_free(QsDocument *doc)
{
    if (doc == NULL)
        return;
    g_free(doc->text);
    g_free(doc->id);
    g_free(doc->path);
    g_free(doc->title);
    g_free(doc->author);
    g_free(doc->date);
    if (doc->origin)
        g_array_unref(doc->origin);
    g_ptr_array_unref(doc->warnings);
    g_array_unref(doc->line_starts);
    g_array_unref(doc->char_marks);
    g_free(doc);
}

char *qs_utf8_take_valid(char *s)
{
    if (s == NULL || g_utf8_validate(s, -1, NULL))
        return s;
    char *valid = g_utf8_make_valid(s, -1);
    g_free(s);
    return valid;
}

void qs_document_add_warning(QsDocument *doc, const char *message)
{
    /* keep the array NULL-terminated for qs_document_get_warnings */
    g_ptr_array_index(doc->warnings, doc->warnings->len - 1) = g_strdup(message);
    g_ptr_array_add(doc->warnings, NULL);
}

const char *qs_document_get_text(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->text;
}

gsize qs_document_get_length(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, 0);
    return doc->len;
}

const char *qs_document_get_id(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->id;
}

const char *qs_document_get_path(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->path;
}

const char *qs_document_get_title(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->title;
}

const char *qs_document_get_author(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->author;
}

const char *qs_document_get_date(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->date;
}

const char *qs_document_get_format(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->format;
}

const char *const *qs_document_get_warnings(const QsDocument *doc)
{
    g_return_val_if_fail(doc != NULL, NULL);
    return doc->warnings->len > 1 ? (const char *const *)doc->warnings->pdata : NULL;
}

gsize qs_document_char_offset(const QsDocument *doc, gsize offset)
{
    g_return_val_if_fail(doc != NULL, 0);
    if (offset > doc->len)
        offset = doc->len;
    gsize mark = offset / QS_CHAR_MARK_STEP;
    if (mark >= doc->char_marks->len) /* offset == len on a step boundary */
        mark = doc->char_marks->len ? doc->char_marks->len - 1 : 0;
    gsize chars = doc->char_marks->len ? g_array_index(doc->char_marks, guint32, mark) : 0;
    gsize i = mark * QS_CHAR_MARK_STEP;
    /* eight bytes at a time: a byte continues a sequence (10xxxxxx) when its top bit is
     * set and the next bit clear; the multiplication adds up those bits, one a byte */
    for (guint64 word; i + sizeof word <= offset; i += sizeof word) {
        memcpy(&word, doc->text + i, sizeof word);
        guint64 continuing = (word & ~(word << 1) & 0x8080808080808080u) >> 7;
        chars += sizeof word - (gsize)((continuing * 0x0101010101010101u) >> 56);
    }
    for (; i < offset; i++)
        if (((unsigned char)doc->text[i] & 0xC0) != 0x80)
            chars++;
    return chars;
}

/* Line and column in the original markup: from the origin of the stretch of text
 * holding @offset, counting characters on from it. */
static void origin_line_column(const QsDocument *doc, gsize offset, guint *line, guint *column)
{
    const QsOrigin *o = (const QsOrigin *)doc->origin->data;
    guint lo = 0, hi = doc->origin->len;
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (o[mid].offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    if (line)
        *line = o[lo].line;
    if (column)
        *column = o[lo].column + (guint)(qs_document_char_offset(doc, offset) -
                                         qs_document_char_offset(doc, o[lo].offset));
}

void qs_document_line_column(const QsDocument *doc, gsize offset, guint *line, guint *column)
{
    g_return_if_fail(doc != NULL);
    if (offset > doc->len)
        offset = doc->len;
    if (doc->origin != NULL && doc->origin->len > 0) {
        origin_line_column(doc, offset, line, column);
        return;
    }
    const guint32 *starts = (const guint32 *)doc->line_starts->data;
    guint lo = 0, hi = doc->line_starts->len; /* last start <= offset */
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    if (line)
        *line = doc->line_base + lo + 1;
    if (column)
        *column = (guint)(qs_document_char_offset(doc, offset) -
                          qs_document_char_offset(doc, starts[lo])) +
                  1;
}
