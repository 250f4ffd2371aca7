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

void qs_text_append(QsTextBuilder *b, const char *s, gssize len)
{
    const char *end = len < 0 ? s + strlen(s) : s + len;
    gsize paragraph_start =
        b->origin->len ? g_array_index(b->origin, QsOrigin, b->origin->len - 1).offset : 0;
    for (const char *p = s; p < end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == (gunichar)-1 || c == (gunichar)-2)
            c = 0xFFFD; /* libxml2 hands out UTF-8, but a truncated file may end mid-char */
        if (c == 0xFEFF || c == 0x200B)
            continue; /* invisible, and a byte-order mark would be dropped at the start */
        if (g_unichar_isspace(c) || c == 0x00A0) {
            b->space = TRUE;
            continue;
        }
        if (b->space && b->text->len > paragraph_start)
            g_string_append_c(b->text, ' ');
        b->space = FALSE;
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

void qs_locate(QsTextBuilder *b, guint32 hint_line, const char *needle, guint32 *line,
               guint32 *column)
{
    *line = hint_line;
    *column = 1;
    if (b->raw == NULL)
        return;
    if (b->raw_lines == NULL) { /* once per file: a line is then a binary search away */
        b->raw_lines = g_array_new(FALSE, FALSE, sizeof(guint32));
        guint32 zero = 0;
        g_array_append_val(b->raw_lines, zero);
        for (const char *p = b->raw; (p = memchr(p, '\n', b->raw + b->raw_len - p)) != NULL;) {
            guint32 next = (guint32)(++p - b->raw);
            g_array_append_val(b->raw_lines, next);
        }
    }
    /* the first word of the paragraph, searched for after the paragraph before it:
     * paragraphs come in file order, so the whole file is read once */
    while (g_str_has_prefix(needle, "\xEF\xBB\xBF") || g_str_has_prefix(needle, "\xE2\x80\x8B"))
        needle += 3; /* invisible, and left out of the text (qs_text_append) */
    gsize n = 0;
    while (needle[n] && !g_ascii_isspace(needle[n]) && n < 24)
        n++;
    if (n == 0)
        return;
    /* the parser's line is right below 65535, where it saturates */
    guint32 start = b->raw_cursor;
    if (hint_line > 0 && hint_line < 65535 && hint_line <= b->raw_lines->len)
        start = MAX(start, g_array_index(b->raw_lines, guint32, hint_line - 1));
    const char *from = b->raw + start, *end = b->raw + b->raw_len;
    const char *stop = end - from > QS_LOCATE_WINDOW ? from + QS_LOCATE_WINDOW : end;
    for (const char *q = from; q + n <= stop; q++) {
        if (memcmp(q, needle, n) != 0)
            continue;
        guint32 at = (guint32)(q - b->raw);
        const guint32 *starts = (const guint32 *)b->raw_lines->data;
        guint lo = 0, hi = b->raw_lines->len;
        while (hi - lo > 1) {
            guint mid = lo + (hi - lo) / 2;
            if (starts[mid] <= at)
                lo = mid;
            else
                hi = mid;
        }
        *line = lo + 1;
        *column = (guint32)g_utf8_strlen(b->raw + starts[lo], at - starts[lo]) + 1;
        b->raw_cursor = at + (guint32)n;
        return;
    }
}
