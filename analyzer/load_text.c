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
    g_free(r);
}

static gboolean read_all(FILE *fp, GByteArray *buf, gsize max_bytes, GError **error)
{
    /* A regular file goes straight into a buffer of its size and the NUL that makes it a
     * document's text, without regrowing and copying; the loop below reads whatever is
     * left (a pipe, a file still growing). */
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (guint64)st.st_size <= max_bytes) {
        g_byte_array_set_size(buf, (guint)st.st_size + 1);
        g_byte_array_set_size(buf, (guint)fread(buf->data, 1, buf->len, fp));
    }
    guint8 chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (buf->len + n > max_bytes) {
            g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE,
                        "over the limit of %" G_GSIZE_FORMAT " bytes: not read further",
                        max_bytes);
            return FALSE;
        }
        g_byte_array_append(buf, chunk, (guint)n);
    }
    if (ferror(fp)) {
        int saved = errno;
        g_set_error(error, QS_ERROR, QS_ERROR_IO, "%s", g_strerror(saved ? saved : EIO));
        return FALSE;
    }
    return TRUE;
}

static QsDocument *next_whole_file(QsReader *r, GError **error)
{
    r->done = TRUE;
    g_autoptr(GByteArray) buf = g_byte_array_new();
    if (!read_all(r->fp, buf, r->max_bytes, error))
        return NULL;
    const char *data = buf->len ? (const char *)buf->data : "";
    QsInputFormat format =
        r->format == QS_INPUT_AUTO ? format_by_content(data, buf->len) : r->format;
    const char *path = strcmp(r->path, "-") == 0 ? NULL : r->path;
    switch (format) {
    case QS_INPUT_HTML:
        return qs_load_html(data, buf->len, path, error);
    case QS_INPUT_XML:
        return qs_load_xml(data, buf->len, path, error);
    case QS_INPUT_DOCX:
    case QS_INPUT_ODT:
        return qs_load_zipped(data, buf->len, path, format, error);
    default:
        break;
    }
    /* the id is the file name without folders and extension, as corpora name articles */
    g_autofree char *base = g_path_get_basename(r->path);
    char *dot = strrchr(base, '.');
    if (dot != NULL && dot != base)
        *dot = '\0';
    gsize len = buf->len;
    g_byte_array_append(buf, (const guint8 *)"", 1);
    char *text = (char *)g_byte_array_free(g_steal_pointer(&buf), FALSE);
    return qs_document_take(text, len, path ? base : NULL, path, error);
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
