/* QsDocument and the readers: UTF-8 repair, binary refusal, offset maps, JSON Lines. */
#include "helpers.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

START_TEST(test_code_point_offsets)
{
    const char *text = "Müller said “yes” to Zoë.";
    g_autoptr(QsDocument) doc = qs_document_new(text, -1, NULL, NULL, NULL);
    const char *quote = strstr(text, "“");
    ck_assert_uint_eq(qs_document_char_offset(doc, quote - text), 12);
    ck_assert_uint_eq(qs_document_char_offset(doc, strlen(text)), g_utf8_strlen(text, -1));
}
END_TEST

START_TEST(test_offsets_past_many_marks)
{
    /* 3,000 two-byte characters cross several offset marks */
    GString *s = g_string_new(NULL);
    for (int i = 0; i < 3000; i++)
        g_string_append(s, "é");
    g_string_append(s, "x");
    g_autoptr(QsDocument) doc = qs_document_new(s->str, s->len, NULL, NULL, NULL);
    ck_assert_uint_eq(qs_document_char_offset(doc, 6000), 3000);
    ck_assert_uint_eq(qs_document_char_offset(doc, 2048), 1024);
    g_string_free(s, TRUE);
    /* one to four bytes a character, at every character boundary: the count goes eight
     * bytes at a time and must agree with GLib's */
    static const char *const mixed[] = {"a", "é", "€", "😀", "“", "Z", " "};
    GString *m = g_string_new(NULL);
    for (guint i = 0; i < 400; i++)
        g_string_append(m, mixed[(i * 7 + i / 3) % G_N_ELEMENTS(mixed)]);
    g_autoptr(QsDocument) mdoc = qs_document_new(m->str, m->len, NULL, NULL, NULL);
    for (const char *p = m->str; p <= m->str + m->len; p = g_utf8_next_char(p)) {
        ck_assert_uint_eq(qs_document_char_offset(mdoc, p - m->str),
                          g_utf8_strlen(m->str, p - m->str));
        if (*p == '\0')
            break;
    }
    g_string_free(m, TRUE);
}
END_TEST

START_TEST(test_line_and_column)
{
    const char *text = "First line\r\nSecond “line”\rThird\nFourth";
    g_autoptr(QsDocument) doc = qs_document_new(text, -1, NULL, NULL, NULL);
    guint line, column;
    qs_document_line_column(doc, strstr(text, "line”") - text, &line, &column);
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(column, 9);
    qs_document_line_column(doc, strstr(text, "Third") - text, &line, &column);
    ck_assert_uint_eq(line, 3);
    ck_assert_uint_eq(column, 1);
    qs_document_line_column(doc, strstr(text, "Fourth") - text, &line, &column);
    ck_assert_uint_eq(line, 4);
}
END_TEST

START_TEST(test_invalid_utf8_repaired)
{
    const char text[] = "He said \xff\xfe \"fine\xc3\" today.";
    g_autoptr(QsDocument) doc = qs_document_new(text, sizeof text - 1, NULL, NULL, NULL);
    ck_assert_ptr_nonnull(doc);
    ck_assert(g_utf8_validate(qs_document_get_text(doc), -1, NULL));
    ck_assert_ptr_nonnull(strstr(qs_document_get_text(doc), "\xEF\xBF\xBD"));
    const char *const *warnings = qs_document_get_warnings(doc);
    ck_assert_ptr_nonnull(warnings);
    ck_assert_str_eq(warnings[0], "3 invalid UTF-8 sequences replaced with U+FFFD");
}
END_TEST

/* Validation skips ASCII eight bytes at a time: bad sequences after long ASCII runs,
 * at every alignment, must still be found. */
START_TEST(test_invalid_utf8_after_ascii_runs)
{
    static const char *const bad[] = {"\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\xE2\x80"};
    for (guint pad = 0; pad < 9; pad++)
        for (guint k = 0; k < G_N_ELEMENTS(bad); k++) {
            g_autofree char *text =
                g_strdup_printf("%.*sOkafor said%s it would reopen.", pad, "xxxxxxxxx", bad[k]);
            g_autoptr(QsDocument) doc = qs_document_new(text, -1, NULL, NULL, NULL);
            ck_assert(g_utf8_validate(qs_document_get_text(doc), -1, NULL));
            ck_assert_ptr_nonnull(qs_document_get_warnings(doc)[0]);
        }
    g_autoptr(QsDocument) good =
        qs_document_new("Okafor said \xE2\x80\x9Cyes\xE2\x80\x9D, na\xC3\xAFvely.", -1, NULL,
                        NULL, NULL);
    ck_assert_ptr_null(qs_document_get_warnings(good));
}
END_TEST

START_TEST(test_nul_is_binary)
{
    const char text[] = "PK\x03\x04\0\0binary";
    g_autoptr(GError) error = NULL;
    QsDocument *doc = qs_document_new(text, sizeof text - 1, NULL, NULL, &error);
    ck_assert_ptr_null(doc);
    ck_assert(g_error_matches(error, QS_ERROR, QS_ERROR_BINARY));
}
END_TEST

START_TEST(test_bom_dropped_and_headline)
{
    g_autoptr(QsDocument) doc = qs_document_new(
        "\xEF\xBB\xBFPort Strike Enters Third Day\n\nDockworkers said...", -1, NULL, NULL, NULL);
    ck_assert(g_str_has_prefix(qs_document_get_text(doc), "Port"));
    ck_assert_str_eq(qs_document_get_title(doc), "Port Strike Enters Third Day");
    g_autoptr(QsDocument) one_line = qs_document_new("He said it was over.", -1, NULL, NULL, NULL);
    ck_assert_ptr_null(qs_document_get_title(one_line));
}
END_TEST

START_TEST(test_jsonl_reader_keeps_ids_and_goes_on)
{
    g_autofree char *path = NULL;
    int fd = g_file_open_tmp("qs-test-XXXXXX.jsonl", &path, NULL);
    const char *lines = "{\"id\": \"a-1\", \"text\": \"Smith said no.\"}\n"
                        "\n"
                        "not json\n"
                        "{\"id\": 42, \"text\": \"Jones agreed.\"}\n";
    ck_assert_int_eq(write(fd, lines, strlen(lines)), (int)strlen(lines));
    close(fd);
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) r = qs_reader_new(path, QS_INPUT_AUTO, &error);
    ck_assert_ptr_nonnull(r);
    g_autoptr(QsDocument) first = qs_reader_next(r, &error);
    ck_assert_str_eq(qs_document_get_id(first), "a-1");
    ck_assert_str_eq(qs_document_get_text(first), "Smith said no.");
    QsDocument *bad = qs_reader_next(r, &error);
    ck_assert_ptr_null(bad);
    ck_assert(g_error_matches(error, QS_ERROR, QS_ERROR_PARSE));
    ck_assert_ptr_nonnull(strstr(error->message, "line 3"));
    g_clear_error(&error);
    g_autoptr(QsDocument) second = qs_reader_next(r, &error);
    ck_assert_str_eq(qs_document_get_id(second), "42");
    ck_assert_ptr_null(qs_reader_next(r, &error));
    ck_assert_ptr_null(error);
    g_unlink(path);
}
END_TEST

/* Records are read in blocks of 64 KB: a record may span several, and the last line
 * may lack its newline or end in CRLF. */
START_TEST(test_jsonl_reader_lines_across_blocks)
{
    g_autofree char *path = NULL;
    int fd = g_file_open_tmp("qs-test-XXXXXX.jsonl", &path, NULL);
    g_autofree char *long_text = g_strnfill(150000, 'a');
    g_autofree char *lines =
        g_strdup_printf("{\"id\": \"long\", \"text\": \"%s said.\"}\r\n"
                        "{\"id\": \"last\", \"text\": \"Jones agreed.\"}",
                        long_text);
    ck_assert_int_eq(write(fd, lines, strlen(lines)), (int)strlen(lines));
    close(fd);
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) r = qs_reader_new(path, QS_INPUT_AUTO, &error);
    g_autoptr(QsDocument) first = qs_reader_next(r, &error);
    ck_assert_ptr_nonnull(first);
    ck_assert_str_eq(qs_document_get_id(first), "long");
    ck_assert_uint_eq(strlen(qs_document_get_text(first)), 150000 + strlen(" said."));
    g_autoptr(QsDocument) second = qs_reader_next(r, &error);
    ck_assert_ptr_nonnull(second);
    ck_assert_str_eq(qs_document_get_text(second), "Jones agreed.");
    ck_assert_ptr_null(qs_reader_next(r, &error));
    ck_assert_ptr_null(error);
    g_unlink(path);
}
END_TEST

START_TEST(test_missing_file)
{
    g_autoptr(GError) error = NULL;
    QsReader *r = qs_reader_new("/nonexistent/article.txt", QS_INPUT_AUTO, &error);
    ck_assert_ptr_null(r);
    ck_assert_str_eq(error->message, "No such file or directory");
}
END_TEST

/* Writes @text to a temporary file named *@suffix and reads it with a limit of @max
 * bytes: the documents (transfer full), and in @errors the messages of those refused. */
static GPtrArray *read_with_limit(const char *text, gsize len, const char *suffix, gsize max,
                                  GPtrArray *errors)
{
    g_autofree char *templ = g_strconcat("qs-test-XXXXXX", suffix, NULL);
    g_autofree char *path = NULL;
    int fd = g_file_open_tmp(templ, &path, NULL);
    ck_assert_int_eq(write(fd, text, len), (int)len);
    close(fd);
    g_autoptr(QsReader) r = qs_reader_new(path, QS_INPUT_AUTO, NULL);
    qs_reader_set_max_bytes(r, max);
    GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)qs_document_free);
    for (;;) {
        g_autoptr(GError) error = NULL;
        QsDocument *doc = qs_reader_next(r, &error);
        if (doc != NULL)
            g_ptr_array_add(docs, doc);
        else if (error != NULL)
            g_ptr_array_add(errors, g_strdup(error->message));
        else
            break;
    }
    g_unlink(path);
    return docs;
}

/* The parts of a text over the limit, put back together, are the text. */
static char *joined(GPtrArray *docs)
{
    GString *all = g_string_new(NULL);
    for (guint i = 0; i < docs->len; i++)
        g_string_append(all, qs_document_get_text(g_ptr_array_index(docs, i)));
    return g_string_free(all, FALSE);
}

/* A plain text over the limit is read in parts that end after a blank line, each no
 * larger than the limit, with ids numbering them and lines counted from the start of
 * the file; nothing is lost or repeated. */
START_TEST(test_text_over_limit_read_in_parts)
{
    static const char *const breaks[] = {"\n", "\r\n"};
    for (guint b = 0; b < G_N_ELEMENTS(breaks); b++) {
        const char *nl = breaks[b];
        GString *text = g_string_new(NULL);
        for (guint i = 0; i < 30; i++)
            g_string_append_printf(text, "Paragraph %u, said Jones.%sIt goes on.%s%s", i, nl, nl,
                                   nl);
        g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
        g_autoptr(GPtrArray) docs = read_with_limit(text->str, text->len, "-news.txt", 200, errors);
        ck_assert_uint_eq(errors->len, 0);
        ck_assert_uint_ge(docs->len, 5);
        g_autofree char *all = joined(docs);
        ck_assert_str_eq(all, text->str);
        guint lines_before = 0;
        for (guint i = 0; i < docs->len; i++) {
            const QsDocument *doc = g_ptr_array_index(docs, i);
            const char *part = qs_document_get_text(doc);
            ck_assert_uint_le(strlen(part), 200);
            if (i + 1 < docs->len) { /* the last part is what is left */
                g_autofree char *blank = g_strconcat(nl, nl, NULL);
                ck_assert(g_str_has_suffix(part, blank));
            }
            g_autofree char *id = g_strdup_printf("#%u", i + 1);
            ck_assert(g_str_has_suffix(qs_document_get_id(doc), id));
            ck_assert_ptr_nonnull(strstr(qs_document_get_warnings(doc)[0], "read in parts"));
            guint line, column;
            qs_document_line_column(doc, 0, &line, &column);
            ck_assert_uint_eq(line, lines_before + 1);
            ck_assert_uint_eq(column, 1);
            for (const char *p = part; *p; p++)
                lines_before += *p == '\n';
        }
        g_string_free(text, TRUE);
    }
}
END_TEST

/* Without line breaks a part ends after a space; without spaces, between characters. */
START_TEST(test_text_parts_without_breaks)
{
    g_autofree char *words = g_strnfill(1000, ' ');
    for (guint i = 0; i < 1000; i += 5)
        memcpy(words + i, "word", 4);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) docs = read_with_limit(words, 1000, ".txt", 64, errors);
    g_autofree char *all = joined(docs);
    ck_assert_str_eq(all, words);
    for (guint i = 0; i + 1 < docs->len; i++)
        ck_assert(g_str_has_suffix(qs_document_get_text(g_ptr_array_index(docs, i)), " "));

    GString *accents = g_string_new(NULL);
    for (guint i = 0; i < 301; i++)
        g_string_append(accents, i % 2 ? "\xC3\xA9" : "\xE2\x80\x94"); /* é and — */
    g_autoptr(GPtrArray) docs2 = read_with_limit(accents->str, accents->len, ".txt", 64, errors);
    ck_assert_uint_eq(errors->len, 0);
    ck_assert_uint_gt(docs2->len, 10);
    g_autofree char *all2 = joined(docs2);
    ck_assert_str_eq(all2, accents->str);
    for (guint i = 0; i < docs2->len; i++) /* no part was repaired: every cut between characters */
        ck_assert_uint_eq(
            g_strv_length((char **)qs_document_get_warnings(g_ptr_array_index(docs2, i))), 1);
    g_string_free(accents, TRUE);
}
END_TEST

/* What must be read whole is refused over the limit; a binary text stops at its first part. */
START_TEST(test_over_limit_refused_when_not_text)
{
    g_autofree char *page = g_strdup_printf("<html><body><p>%0500d</p></body></html>", 0);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) docs = read_with_limit(page, strlen(page), ".html", 100, errors);
    ck_assert_uint_eq(docs->len, 0);
    ck_assert_uint_eq(errors->len, 1);
    ck_assert_str_eq(g_ptr_array_index(errors, 0), "over the limit of 100 bytes: not read further");

    char zeros[1000] = {0};
    g_autoptr(GPtrArray) errors2 = g_ptr_array_new_with_free_func(g_free);
    g_autoptr(GPtrArray) docs2 = read_with_limit(zeros, sizeof zeros, ".txt", 100, errors2);
    ck_assert_uint_eq(docs2->len, 0);
    ck_assert_uint_eq(errors2->len, 1);
    ck_assert_ptr_nonnull(strstr(g_ptr_array_index(errors2, 0), "binary"));
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_code_point_offsets,
                            test_jsonl_reader_lines_across_blocks,
                            test_offsets_past_many_marks,
                            test_line_and_column,
                            test_invalid_utf8_repaired,
                            test_invalid_utf8_after_ascii_runs,
                            test_nul_is_binary,
                            test_bom_dropped_and_headline,
                            test_jsonl_reader_keeps_ids_and_goes_on,
                            test_missing_file,
                            test_text_over_limit_read_in_parts,
                            test_text_parts_without_breaks,
                            test_over_limit_refused_when_not_text};
    return run_tests("document", tests, G_N_ELEMENTS(tests));
}
