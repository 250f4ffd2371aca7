/* Text extracted from markup (HTML, XML, word-processor files): paragraphs separated by
 * a blank line, white space folded, and for each paragraph where it came from in the
 * original file, so that reports point editors at the source. */
#include "internal.h"

#include <string.h>

void qs_text_builder_init(QsTextBuilder *b, const char *raw, gsize raw_len)
{
    b->text = g_string_new(NULL);
    b->origin = g_array_new(FALSE, FALSE, sizeof(QsOrigin));
    b->in_paragraph = FALSE;
    b->space = FALSE;
    b->raw = raw;
    b->raw_len = raw_len;
    b->raw_lines = NULL;
    b->raw_cursor = 0;
}

void qs_text_begin_paragraph(QsTextBuilder *b, guint32 line, guint32 column)
{
    qs_text_end_paragraph(b);
    if (b->text->len > 0)
        g_string_append(b->text, "\n\n");
    QsOrigin o = {(guint32)b->text->len, line, column};
    g_array_append_val(b->origin, o);
    b->in_paragraph = TRUE;
    b->space = FALSE;
}

static gboolean locate_line_start(QsTextBuilder *b, const char *needle, guint32 *line,
                                  guint32 *column);

void qs_text_append(QsTextBuilder *b, const char *s, gssize len)
{
    const char *end = len < 0 ? s + strlen(s) : s + len;
    gsize paragraph_start =
        b->origin->len ? g_array_index(b->origin, QsOrigin, b->origin->len - 1).offset : 0;
    gboolean line_break = FALSE; /* in the white space before the next character */
    for (const char *p = s; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == (gunichar)-1 || c == (gunichar)-2)
            c = 0xFFFD; /* libxml2 hands out UTF-8, but a truncated file may end mid-char */
        if (c == 0xFEFF || c == 0x200B)
            continue; /* invisible, and a byte-order mark would be dropped at the start */
        if (g_unichar_isspace(c) || c == 0x00A0) {
            b->space = TRUE;
            line_break |= c == '\n' || c == '\r';
            continue;
        }
        if (b->space && b->text->len > paragraph_start) {
            g_string_append_c(b->text, ' ');
            /* a paragraph running over several lines of the file: where this line starts,
             * so that positions after it do not count on from the paragraph's start */
            guint32 line, column;
            if (line_break && b->raw != NULL && locate_line_start(b, p, &line, &column)) {
                QsOrigin o = {(guint32)b->text->len, line, column};
                g_array_append_val(b->origin, o);
            }
        }
        b->space = FALSE;
        line_break = FALSE;
        g_string_append_unichar(b->text, c);
    }
}

void qs_text_end_paragraph(QsTextBuilder *b)
{
    if (!b->in_paragraph)
        return;
    b->in_paragraph = FALSE;
    QsOrigin *last = &g_array_index(b->origin, QsOrigin, b->origin->len - 1);
    if (b->text->len == last->offset) { /* an empty paragraph leaves no trace */
        g_array_set_size(b->origin, b->origin->len - 1);
        if (b->text->len >= 2 && b->text->str[b->text->len - 1] == '\n')
            g_string_truncate(b->text, b->text->len - 2);
    }
}

QsDocument *qs_text_builder_finish(QsTextBuilder *b, const char *path, const char *format,
                                   GError **error)
{
    qs_text_end_paragraph(b);
    g_autoptr(GString) text = b->text;
    g_autoptr(GArray) origin = b->origin;
    b->text = NULL;
    b->origin = NULL;
    g_clear_pointer(&b->raw_lines, g_array_unref);
    if (text->len == 0) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "no article text found");
        return NULL;
    }
    g_autofree char *base = path ? g_path_get_basename(path) : NULL;
    char *dot = base ? strrchr(base, '.') : NULL;
    if (dot != NULL && dot != base)
        *dot = '\0';
    QsDocument *doc = qs_document_new(text->str, (gssize)text->len, base, path, error);
    if (doc == NULL)
        return NULL;
    doc->format = format;
    doc->origin = g_steal_pointer(&origin);
    return doc;
}

#define QS_LOCATE_WINDOW (16 * 1024) /* bytes searched past the last paragraph found */

/* The line map of the raw file, built once per file: a line is then a binary search away.
 * Lines end as the document's do: LF, CRLF or a lone CR. */
static const GArray *raw_lines(QsTextBuilder *b)
{
    if (b->raw_lines != NULL)
        return b->raw_lines;
    b->raw_lines = g_array_new(FALSE, FALSE, sizeof(guint32));
    guint32 zero = 0;
    g_array_append_val(b->raw_lines, zero);
    for (gsize i = 0; i < b->raw_len; i++)
        if (b->raw[i] == '\n' ||
            (b->raw[i] == '\r' && (i + 1 == b->raw_len || b->raw[i + 1] != '\n'))) {
            guint32 next = (guint32)(i + 1);
            g_array_append_val(b->raw_lines, next);
        }
    return b->raw_lines;
}

/* The line holding byte @at of the raw file: the last line start at or before it. */
static guint line_of(const GArray *lines, guint32 at)
{
    const guint32 *starts = (const guint32 *)lines->data;
    guint lo = 0, hi = lines->len;
    while (hi - lo > 1) {
        guint mid = lo + (hi - lo) / 2;
        if (starts[mid] <= at)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* @line and @column of byte @at of the raw file, and the cursor past the @n bytes of the
 * word found there. */
static void found_at(QsTextBuilder *b, guint32 at, gsize n, guint32 *line, guint32 *column)
{
    guint i = line_of(b->raw_lines, at);
    guint32 start = g_array_index(b->raw_lines, guint32, i);
    *line = i + 1;
    *column = (guint32)g_utf8_strlen(b->raw + start, at - start) + 1;
    b->raw_cursor = at + (guint32)n;
}

/* The length of the first word of @needle (at most 24 bytes), after the invisible
 * characters qs_text_append leaves out of the text. */
static gsize first_word(const char **needle)
{
    while (g_str_has_prefix(*needle, "\xEF\xBB\xBF") || g_str_has_prefix(*needle, "\xE2\x80\x8B"))
        *needle += 3;
    gsize n = 0;
    while ((*needle)[n] && !g_ascii_isspace((*needle)[n]) && n < 24)
        n++;
    return n;
}

#define QS_LINE_LOOKAHEAD 8 /* lines of markup alone a paragraph's line break may skip */

/* A word after a line break inside a paragraph opens one of the next lines of the file,
 * after white space: looked for there only, from the last word located on. */
static gboolean locate_line_start(QsTextBuilder *b, const char *needle, guint32 *line,
                                  guint32 *column)
{
    gsize n = first_word(&needle);
    const GArray *lines = raw_lines(b);
    guint first = line_of(lines, b->raw_cursor) + 1;
    for (guint i = first; i < lines->len && i < first + QS_LINE_LOOKAHEAD; i++) {
        const char *q = b->raw + g_array_index(lines, guint32, i), *end = b->raw + b->raw_len;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (n > 0 && (gsize)(end - q) >= n && memcmp(q, needle, n) == 0) {
            found_at(b, (guint32)(q - b->raw), n, line, column);
            return TRUE;
        }
    }
    /* not found (markup or an entity opens the line): the text did pass a line break, so
     * the next search starts a line on, and every line is looked at a bounded number of
     * times */
    if (first < lines->len)
        b->raw_cursor = MAX(b->raw_cursor, g_array_index(lines, guint32, first));
    return FALSE;
}

void qs_locate(QsTextBuilder *b, guint32 hint_line, const char *needle, guint32 *line,
               guint32 *column)
{
    *line = hint_line;
    *column = 1;
    if (b->raw == NULL)
        return;
    /* the first word of the paragraph, searched for after the paragraph before it:
     * paragraphs come in file order, so the whole file is read once; the parser's line
     * is right below 65535, where it saturates */
    gsize n = first_word(&needle);
    if (n == 0)
        return;
    const GArray *lines = raw_lines(b);
    guint32 start = b->raw_cursor;
    if (hint_line > 0 && hint_line < 65535 && hint_line <= lines->len)
        start = MAX(start, g_array_index(lines, guint32, hint_line - 1));
    const char *from = b->raw + start, *end = b->raw + b->raw_len;
    const char *stop = end - from > QS_LOCATE_WINDOW ? from + QS_LOCATE_WINDOW : end;
    for (const char *q = from; q + n <= stop; q++)
        if (memcmp(q, needle, n) == 0) {
            found_at(b, (guint32)(q - b->raw), n, line, column);
            return;
        }
}
