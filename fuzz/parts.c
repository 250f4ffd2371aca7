/* Fuzz target: plain text over the reader's limit, read in parts.  The first byte sets
 * the limit (16 to 1036 bytes), the rest is the text.  Every part goes through the
 * pipeline; and when the reader keeps the text byte for byte (no NUL, valid UTF-8, no
 * U+FEFF, which a document drops where it opens one), the parts put back together are
 * the text, none over the limit, each starting on the line of the text it starts on. */
#include "fuzz.h"

#include <string.h>
#include <unistd.h>

/* The line ends of @text (@len bytes) before offset @at, counted as documents count
 * them in the whole text: LF, CR LF and a lone CR. */
static guint lines_before(const char *text, gsize len, gsize at)
{
    guint lines = 0;
    for (gsize i = 0; i < at; i++)
        lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'));
    return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    gsize limit = 16 + (gsize)data[0] * 4;
    const char *text = (const char *)data + 1;
    gsize len = size - 1;
    char path[64];
    int fd = qs_fuzz_file(data + 1, len, path, sizeof path);
    if (fd < 0)
        return 0;
    gboolean kept = memchr(text, '\0', len) == NULL && g_utf8_validate_len(text, len, NULL) &&
                    g_strstr_len(text, (gssize)len, "\xEF\xBB\xBF") == NULL;
    QsReader *reader = qs_reader_new(path, QS_INPUT_TEXT, NULL);
    qs_reader_set_max_bytes(reader, limit);
    gsize at = 0;
    QsDocument *doc;
    while (qs_fuzz_next(reader, &doc)) {
        if (doc != NULL && kept) {
            const char *part = qs_document_get_text(doc);
            gsize n = strlen(part);
            guint line;
            qs_document_line_column(doc, 0, &line, NULL);
            if (n > limit || at + n > len || memcmp(part, text + at, n) != 0 ||
                line != lines_before(text, len, at) + 1)
                abort();
            at += n;
        }
        qs_fuzz_analyze(doc);
    }
    if (kept && at != len)
        abort();
    qs_reader_free(reader);
    close(fd);
    return 0;
}
