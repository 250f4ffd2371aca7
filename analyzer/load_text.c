/* Readers of a path or standard input: JSON Lines ({"id", "text"} a line, one document
 * each), or a whole file (plain text, or HTML, XML and word-processor files handed to
 * their loaders), chosen by extension, else by content. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define QS_READ_BLOCK 65536

struct _QsReader {
    FILE *fp;
    gboolean owns_fp;
    char *path; /* as given, for messages and the report */
    QsInputFormat format;
    gboolean done;
    guint64 line_no; /* JSON Lines: the last line read */
    char *line;
    gsize line_cap;
    /* JSON Lines are read in blocks with read(2), not a byte at a time through stdio:
     * one read a block, so a pipe's lines are reported as they come */
    char *block;
    gsize block_pos, block_len;
    int read_errno; /* 0, or why the last read failed */
    gsize max_bytes; /* a whole file, or one JSON Lines record */
    /* a plain text over max_bytes is read in parts (text_document) */
    guint part;           /* parts given so far */
    GByteArray *carry;    /* bytes read after the last part's end */
    guint64 lines_before; /* lines of the input before the next part */
};

static gboolean has_suffix_ci(const char *s, const char *suffix)
{
    gsize n = strlen(s), m = strlen(suffix);
    return n >= m && g_ascii_strcasecmp(s + n - m, suffix) == 0;
}

QsInputFormat qs_input_format_for_path(const char *path)
{
    static const struct {
        const char *suffix;
        QsInputFormat format;
    } known[] = {{".jsonl", QS_INPUT_JSONL}, {".ndjson", QS_INPUT_JSONL}, {".html", QS_INPUT_HTML},
                 {".htm", QS_INPUT_HTML},    {".xhtml", QS_INPUT_HTML},   {".xml", QS_INPUT_XML},
                 {".nitf", QS_INPUT_XML},    {".tei", QS_INPUT_XML},      {".docx", QS_INPUT_DOCX},
                 {".odt", QS_INPUT_ODT},     {".txt", QS_INPUT_TEXT},     {".text", QS_INPUT_TEXT}};
    for (guint i = 0; i < G_N_ELEMENTS(known); i++)
        if (has_suffix_ci(path, known[i].suffix))
            return known[i].format;
    return QS_INPUT_AUTO; /* decided by the content once read */
}

/* A zip archive is a word-processor file, "<html" a page, "<?xml" XML; else text. */
static QsInputFormat format_by_content(const char *data, gsize len)
{
    if (len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0)
        return g_strstr_len(data, MIN(len, 200), "opendocument.text") ? QS_INPUT_ODT
                                                                      : QS_INPUT_DOCX;
    const char *p = data;
    while (p < data + len && g_ascii_isspace(*p))
        p++;
    gsize head = MIN(len - (gsize)(p - data), 1024);
    g_autofree char *lower = g_ascii_strdown(p, (gssize)head);
    if (g_str_has_prefix(lower, "<!doctype html") || strstr(lower, "<html") != NULL)
        return QS_INPUT_HTML;
    if (g_str_has_prefix(lower, "<?xml"))
        return QS_INPUT_XML;
    return QS_INPUT_TEXT;
}

QsReader *qs_reader_new(const char *path, QsInputFormat format, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    FILE *fp;
    gboolean is_stdin = strcmp(path, "-") == 0;
    if (is_stdin) {
        fp = stdin;
    } else {
        fp = fopen(path, "rb");
        if (fp == NULL) {
            int saved = errno;
            g_set_error(error, QS_ERROR, QS_ERROR_IO, "%s", g_strerror(saved));
            return NULL;
        }
    }
    if (format == QS_INPUT_AUTO)
        format = qs_input_format_for_path(path);
    QsReader *r = g_new0(QsReader, 1);
    r->fp = fp;
    r->owns_fp = !is_stdin;
    r->path = g_strdup(path);
    r->format = format;
    r->max_bytes = QS_MAX_DOCUMENT_BYTES;
    return r;
}

void qs_reader_free(QsReader *r)
{
    if (r == NULL)
        return;
    if (r->owns_fp)
        fclose(r->fp);
    g_free(r->path);
    g_free(r->line);
    g_free(r->block);
    if (r->carry != NULL)
        g_byte_array_unref(r->carry);
    g_free(r);
}

/* Reads from @fp onto the end of @buf until it holds @limit bytes or the input ends.  A
 * regular file's bytes go straight into the buffer, sized once with room for the NUL
 * that makes them a document's text; the loop reads whatever is left (a pipe, a file
 * still growing). */
static gboolean read_upto(FILE *fp, GByteArray *buf, gsize limit, GError **error)
{
    struct stat st;
    off_t at;
    if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && (at = ftello(fp)) >= 0 &&
        st.st_size > at && buf->len < limit) {
        gsize had = buf->len;
        gsize want = (gsize)MIN((guint64)(st.st_size - at), (guint64)(limit - had));
        g_byte_array_set_size(buf, (guint)MIN(had + want + 1, (gsize)G_MAXUINT32));
        g_byte_array_set_size(buf, (guint)(had + fread(buf->data + had, 1, want, fp)));
    }
    guint8 chunk[65536];
    size_t n;
    while (buf->len < limit && (n = fread(chunk, 1, MIN(sizeof chunk, limit - buf->len), fp)) > 0)
        g_byte_array_append(buf, chunk, (guint)n);
    if (ferror(fp)) {
        int saved = errno;
        g_set_error(error, QS_ERROR, QS_ERROR_IO, "%s", g_strerror(saved ? saved : EIO));
        return FALSE;
    }
    return TRUE;
}

static gboolean is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Where a part of a text over the limit ends, given its first @limit bytes and the one
 * after them: after the last blank line in the second half, else after the last line
 * break there, else after the last space or tab there, else at the last character
 * boundary.  No part is shorter than half the limit, so reading in parts stays linear;
 * and no cut falls inside a word, a character or a CR LF pair. */
static gsize part_end(const char *data, gsize limit)
{
    gsize half = limit / 2, line_end = 0, space = 0;
    for (gsize i = limit; i > half; i--) {
        char c = data[i - 1];
        if (c == '\n') {
            gsize k = i - 1;
            while (k > half && is_blank(data[k - 1]))
                k--;
            if (k > half && data[k - 1] == '\n')
                return i;
            if (line_end == 0)
                line_end = i;
        } else if ((c == ' ' || c == '\t') && space == 0) {
            space = i;
        }
    }
    if (line_end != 0)
        return line_end;
    if (space != 0)
        return space;
    gsize i = limit;
    while (i > 0 && ((unsigned char)data[i] & 0xC0) == 0x80)
        i--;
    if (i > 1 && data[i - 1] == '\r' && data[i] == '\n')
        i--; /* a CR LF is one line end, in one part */
    return i > 0 ? i : limit;
}

/* The document of the plain text in @buf, which it takes.  Text over the limit is read
 * in parts (r->part counts them): this one ends at part_end(), and the bytes after it
 * are kept in r->carry for the next.  A part's offsets count from its own start; its
 * lines, from the start of the input. */
static QsDocument *text_document(QsReader *r, GByteArray *buf, GError **error)
{
    const char *path = strcmp(r->path, "-") == 0 ? NULL : r->path;
    /* the id is the file name without folders and extension, as corpora name articles */
    g_autofree char *base = g_path_get_basename(r->path);
    char *dot = strrchr(base, '.');
    if (dot != NULL && dot != base)
        *dot = '\0';
    gsize len = buf->len;
    if (len > r->max_bytes) {
        len = part_end((const char *)buf->data, r->max_bytes);
        r->carry = g_byte_array_new();
        g_byte_array_append(r->carry, buf->data + len, buf->len - len);
        g_byte_array_set_size(buf, (guint)len);
    }
    g_byte_array_append(buf, (const guint8 *)"", 1);
    /* a part's buffer also held the bytes carried to the next */
    char *text = g_realloc(g_byte_array_free(buf, FALSE), len + 1);
    if (r->carry == NULL && r->part == 0) /* the whole input: one document */
        return qs_document_take(text, len, path ? base : NULL, path, error);
    r->part++;
    g_autofree char *id = g_strdup_printf("%s#%u", path ? base : "", r->part);
    QsDocument *doc = qs_document_take(text, len, id, path, error);
    if (doc == NULL) {
        r->done = TRUE; /* a binary part: the rest of it is not read */
        return NULL;
    }
    doc->line_base = (guint)MIN(r->lines_before, (guint64)G_MAXUINT32);
    r->lines_before += doc->line_starts->len - 1;
    g_autofree char *note =
        g_strdup_printf("part %u: the text is over the limit of %" G_GSIZE_FORMAT
                        " bytes, so it is read in parts that end at paragraph breaks; speakers are "
                        "found within each part",
                        r->part, r->max_bytes);
    qs_document_add_warning(doc, note);
    return doc;
}

static QsDocument *next_whole_file(QsReader *r, GError **error)
{
    g_autoptr(GByteArray) buf = r->carry != NULL ? g_steal_pointer(&r->carry) : g_byte_array_new();
    /* one byte over the limit tells a text to read in parts from one that fits */
    if (!read_upto(r->fp, buf, r->max_bytes + 1, error)) {
        r->done = TRUE;
        return NULL;
    }
    gboolean over = buf->len > r->max_bytes;
    r->done = !over;
    const char *data = buf->len ? (const char *)buf->data : "";
    if (r->format == QS_INPUT_AUTO)
        r->format = format_by_content(data, buf->len);
    const char *path = strcmp(r->path, "-") == 0 ? NULL : r->path;
    if (r->format != QS_INPUT_TEXT && over) {
        r->done = TRUE;
        g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE,
                    "over the limit of %" G_GSIZE_FORMAT " bytes: not read further", r->max_bytes);
        return NULL;
    }
    switch (r->format) {
    case QS_INPUT_HTML:
        return qs_load_html(data, buf->len, path, error);
    case QS_INPUT_XML:
        return qs_load_xml(data, buf->len, path, error);
    case QS_INPUT_DOCX:
    case QS_INPUT_ODT:
        return qs_load_zipped(data, buf->len, path, r->format, error);
    default:
        return text_document(r, g_steal_pointer(&buf), error);
    }
}

/* Reads the next line, without its newline, into r->line; -1 at the end of input.  Of
 * a line over r->max_bytes only that much is kept, the rest is passed over, and
 * @too_long is set: getline() would hold any line whole, however long. */
static gssize read_line(QsReader *r, gboolean *too_long)
{
    gsize n = 0;
    gboolean any = FALSE;
    *too_long = FALSE;
    if (r->block == NULL)
        r->block = g_malloc(QS_READ_BLOCK);
    for (;;) {
        if (r->block_pos == r->block_len) {
            ssize_t got;
            do
                got = read(fileno(r->fp), r->block, QS_READ_BLOCK);
            while (got < 0 && errno == EINTR);
            if (got <= 0) {
                r->read_errno = got < 0 ? errno : 0;
                break;
            }
            r->block_pos = 0;
            r->block_len = (gsize)got;
        }
        const char *start = r->block + r->block_pos;
        gsize avail = r->block_len - r->block_pos;
        const char *newline = memchr(start, '\n', avail);
        gsize take = newline != NULL ? (gsize)(newline - start) : avail;
        gsize keep = n < r->max_bytes ? MIN(take, r->max_bytes - n) : 0;
        *too_long |= keep < take;
        if (n + keep + 1 > r->line_cap) {
            r->line_cap = MAX(MAX(256, r->line_cap * 2), n + keep + 1);
            r->line = g_realloc(r->line, r->line_cap);
        }
        memcpy(r->line + n, start, keep);
        n += keep;
        any = TRUE;
        r->block_pos += take + (newline != NULL);
        if (newline != NULL)
            break;
    }
    return any ? (gssize)n : -1;
}

static QsDocument *next_jsonl(QsReader *r, GError **error)
{
    for (;;) {
        errno = 0;
        gboolean too_long;
        gssize n = read_line(r, &too_long);
        if (n < 0 || r->read_errno != 0) {
            r->done = TRUE;
            if (r->read_errno != 0)
                g_set_error(error, QS_ERROR, QS_ERROR_IO, "%s", g_strerror(r->read_errno));
            return NULL;
        }
        r->line_no++;
        if (too_long) {
            g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE,
                        "line %" G_GUINT64_FORMAT ": record over the limit of %" G_GSIZE_FORMAT
                        " bytes: not read",
                        r->line_no, r->max_bytes);
            return NULL;
        }
        gsize len = (gsize)n;
        while (len > 0 && g_ascii_isspace(r->line[len - 1]))
            len--;
        gsize lead = 0;
        while (lead < len && g_ascii_isspace(r->line[lead]))
            lead++;
        if (lead == len)
            continue; /* blank lines separate nothing */
        if (memchr(r->line, '\0', len) != NULL) {
            g_set_error(error, QS_ERROR, QS_ERROR_BINARY,
                        "line %" G_GUINT64_FORMAT ": NUL byte in JSON Lines input", r->line_no);
            return NULL;
        }
        return qs_load_jsonl_record(r->line + lead, len - lead, r->line_no,
                                    strcmp(r->path, "-") == 0 ? NULL : r->path, error);
    }
}

void qs_reader_set_max_bytes(QsReader *r, gsize max)
{
    g_return_if_fail(r != NULL);
    r->max_bytes = max == 0 ? QS_MAX_DOCUMENT_BYTES : MIN(max, QS_MAX_DOCUMENT_BYTES);
}

QsDocument *qs_reader_next(QsReader *r, GError **error)
{
    g_return_val_if_fail(r != NULL, NULL);
    if (r->done)
        return NULL;
    return r->format == QS_INPUT_JSONL ? next_jsonl(r, error) : next_whole_file(r, error);
}
