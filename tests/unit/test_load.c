/* The loaders: the article text of HTML and XML, where it came from, and what is
 * refused; JSON Lines records. */
#include "helpers.h"

#include <string.h>

static const char PAGE[] =
    "<!DOCTYPE html>\n<html><head><title>Port Strike | Daily</title>\n"
    "<meta name=\"author\" content=\"A. Writer\"></head>\n<body>\n"
    "<nav><a href=\"/\">Home, the editor said</a></nav>\n"
    "<div class=\"cookie\">We use cookies, the lawyers said.</div>\n"
    "<article><h1>Port Strike Enters Third Day</h1>\n"
    "<p>\"We did not want this strike,\" said Maria Okafor, a union spokeswoman.</p>\n"
    "<script>var said = 1;</script>\n"
    "<p>Talks resume on <b>Monday</b> &amp; run late.</p></article>\n"
    "<footer>Contact us</footer></body></html>\n";

START_TEST(test_html_article_text)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(QsDocument) doc = qs_load_html(PAGE, strlen(PAGE), "page.html", &error);
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(qs_document_get_text(doc),
                     "Port Strike Enters Third Day\n\n\"We did not want this strike,\" said Maria "
                     "Okafor, a union spokeswoman.\n\nTalks resume on Monday & run late.");
    ck_assert_str_eq(qs_document_get_title(doc), "Port Strike | Daily");
    ck_assert_str_eq(qs_document_get_author(doc), "A. Writer");
    ck_assert_str_eq(qs_document_get_format(doc), "html");
}
END_TEST

START_TEST(test_html_positions_point_into_the_page)
{
    g_autoptr(QsDocument) doc = qs_load_html(PAGE, strlen(PAGE), "page.html", NULL);
    const char *text = qs_document_get_text(doc);
    guint line, column;
    qs_document_line_column(doc, strstr(text, "said Maria") - text, &line, &column);
    ck_assert_uint_eq(line, 8);
    ck_assert_uint_eq(column, 35); /* <p> and the quote before it */
}
END_TEST

START_TEST(test_invisible_characters_keep_positions)
{
    const char *page = "<html><body><article>\n<p>\xEF\xBB\xBFOkafor said the port reopened.</p>"
                       "</article></body></html>";
    g_autoptr(QsDocument) doc = qs_load_html(page, strlen(page), "bom.html", NULL);
    ck_assert_str_eq(qs_document_get_text(doc), "Okafor said the port reopened.");
    guint line, column;
    qs_document_line_column(doc, 0, &line, &column);
    ck_assert_uint_eq(line, 2);
    ck_assert_uint_eq(column, 5); /* after <p> and the byte-order mark */
}
END_TEST

/* libxml2 passes UTF-8-encoded surrogates (ED A0 80) through in attribute values and
 * titles; GLib and every JSON reader reject them.  Found by fuzzing. */
START_TEST(test_html_metadata_made_valid_utf8)
{
    const char *page = "<html><head><meta property=\"og:title\" content=\"T\xED\xA0\x80\">"
                       "<meta name=\"author\" content=\"A\xED\xA0\x80 Writer\">"
                       "<meta name=\"date\" content=\"2016\xED\xB0\x80\"></head>"
                       "<body><p>\"We will win,\" said Jo Smith.</p></body></html>";
    g_autoptr(QsDocument) doc = qs_load_html(page, strlen(page), "s.html", NULL);
    ck_assert_ptr_nonnull(doc);
    ck_assert(g_utf8_validate(qs_document_get_title(doc), -1, NULL));
    ck_assert(g_utf8_validate(qs_document_get_author(doc), -1, NULL));
    ck_assert(g_utf8_validate(qs_document_get_date(doc), -1, NULL));
    ck_assert_str_eq(qs_document_get_author(doc), "A\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD Writer");

    const char *titled = "<html><head><title>T\xED\xA0\x80</title></head>"
                         "<body><p>Okafor said it.</p></body></html>";
    g_autoptr(QsDocument) doc2 = qs_load_html(titled, strlen(titled), "t.html", NULL);
    ck_assert_ptr_nonnull(doc2);
    ck_assert(g_utf8_validate(qs_document_get_title(doc2), -1, NULL));
}
END_TEST

START_TEST(test_nitf_body_and_headline)
{
    const char *nitf = "<?xml version=\"1.0\"?>\n<nitf><head><title>T</title></head><body>"
                       "<body.head><hedline><hl1>Strike Ends</hl1></hedline></body.head>\n"
                       "<body.content><p>Okafor said the strike was over.</p>\n"
                       "<p>Ships sailed.</p></body.content></body></nitf>";
    g_autoptr(QsDocument) doc = qs_load_xml(nitf, strlen(nitf), "a.xml", NULL);
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(qs_document_get_text(doc),
                     "Okafor said the strike was over.\n\nShips sailed.");
    ck_assert_str_eq(qs_document_get_title(doc), "Strike Ends");
}
END_TEST

START_TEST(test_xml_entities_refused)
{
    const char *xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<r><p>&x;</p></r>";
    g_autoptr(GError) error = NULL;
    ck_assert_ptr_null(qs_load_xml(xxe, strlen(xxe), "x.xml", &error));
    ck_assert(g_error_matches(error, QS_ERROR, QS_ERROR_FORMAT));
    g_clear_error(&error);
    const char *truncated = "<?xml version=\"1.0\"?><r><p>Okafor said";
    ck_assert_ptr_null(qs_load_xml(truncated, strlen(truncated), "t.xml", &error));
    ck_assert(g_str_has_prefix(error->message, "malformed XML"));
}
END_TEST

START_TEST(test_not_a_zip)
{
    g_autoptr(GError) error = NULL;
    ck_assert_ptr_null(qs_load_zipped("plain text", 10, "a.docx", QS_INPUT_DOCX, &error));
    ck_assert(g_str_has_prefix(error->message, "not a zip archive"));
}
END_TEST

static QsDocument *record(const char *json, GError **error)
{
    return qs_load_jsonl_record(json, strlen(json), 7, NULL, error);
}

START_TEST(test_jsonl_record_members)
{
    g_autoptr(QsDocument) doc =
        record("{\"meta\": {\"tags\": [1, -2.5e3, true, null, {\"x\": \"}\"}]}, \"text\": 3,"
               " \"id\": \"a\\/b\", \"text\": \"\\\"We won,\\\" said Jo \\u00c9lise\\ud83d\\ude00.\\n\"}",
               NULL);
    ck_assert_ptr_nonnull(doc);
    ck_assert_str_eq(qs_document_get_id(doc), "a/b");
    ck_assert_str_eq(qs_document_get_text(doc),
                     "\"We won,\" said Jo \xC3\x89lise\xF0\x9F\x98\x80.\n"); /* the last "text" */
}
END_TEST

START_TEST(test_jsonl_record_ids)
{
    static const struct {
        const char *json, *id;
    } cases[] = {{"{\"id\": 12, \"text\": \"\"}", "12"},
                 {"{\"id\": -0, \"text\": \"\"}", "0"},
                 {"{\"id\": 1.50, \"text\": \"\"}", "1.5"},
                 {"{\"id\": 99999999999999999999, \"text\": \"\"}", "1e+20"},
                 {"{\"id\": [\"x\"], \"text\": \"\"}", "7"}, /* no usable id: the line */
                 {"{\"text\": \"\"}", "7"}};
    for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
        g_autoptr(QsDocument) doc = record(cases[i].json, NULL);
        ck_assert_msg(doc != NULL, "%s", cases[i].json);
        ck_assert_str_eq(qs_document_get_id(doc), cases[i].id);
    }
}
END_TEST

START_TEST(test_jsonl_record_refused)
{
    static const char *const bad[] = {
        "", "[]", "{\"text\": \"a\"} x", "{\"text\" \"a\"}", "{\"text\": \"a\",}",
        "{\"text\": \"a\\q\"}", "{\"text\": \"a\tb\"}", "{\"text\": \"\\ud800\"}",
        "{\"text\": \"\\udc00\\ud800\"}", "{\"text\": \"a\\u12\"}", "{\"text\": \"abc",
        "{\"n\": 01, \"text\": \"a\"}", "{\"n\": 1., \"text\": \"a\"}", "{\"n\": tru, \"text\": \"\"}",
        "{\"text\": \"caf\xC3\"}", "{\"id\": \"x\"}", "{\"text\": [\"a\"]}"};
    for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
        g_autoptr(GError) error = NULL;
        ck_assert_msg(record(bad[i], &error) == NULL, "accepted: %s", bad[i]);
        ck_assert_msg(g_str_has_prefix(error->message, "line 7: not"), "%s", error->message);
    }
    GString *deep = g_string_new("{\"n\": ");
    for (guint i = 0; i < 10000; i++)
        g_string_append_c(deep, '[');
    g_autoptr(GError) error = NULL;
    ck_assert_ptr_null(record(deep->str, &error));
    ck_assert_ptr_nonnull(strstr(error->message, "nested too deeply"));
    g_string_free(deep, TRUE);
    g_autoptr(GError) nul = NULL;
    ck_assert_ptr_null(record("{\"text\": \"a\\u0000b\"}", &nul));
    ck_assert_int_eq(nul->code, QS_ERROR_BINARY);
}
END_TEST

/* What merge reads from a line of a batch run: its "path". */
START_TEST(test_json_string_member)
{
    static const char line[] = "{\"quotes\": [{\"path\": 1}], \"path\": \"a\\/b\\u00e9.txt\"}";
    g_autofree char *path = qs_json_get_string_member(line, strlen(line), "path", NULL);
    ck_assert_str_eq(path, "a/b\xC3\xA9.txt"); /* the object's own, not the nested one's */
    static const char *const refused[] = {"{\"id\": \"x\"}", "{\"path\": 3}",
                                          "{\"path\": \"a\", \"path\": null}", "[\"path\"]",
                                          "{\"path\": \"a\"", "{\"path\": \"\xC3\"}"};
    for (guint i = 0; i < G_N_ELEMENTS(refused); i++) {
        g_autoptr(GError) error = NULL;
        ck_assert_msg(qs_json_get_string_member(refused[i], strlen(refused[i]), "path", &error) ==
                          NULL,
                      "accepted: %s", refused[i]);
        ck_assert_msg(g_str_has_prefix(error->message, "not JSON with a \"path\" string"), "%s",
                      error->message);
    }
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_html_article_text,
                            test_html_positions_point_into_the_page,
                            test_invisible_characters_keep_positions,
                            test_html_metadata_made_valid_utf8,
                            test_nitf_body_and_headline,
                            test_xml_entities_refused,
                            test_not_a_zip,
                            test_jsonl_record_members,
                            test_jsonl_record_ids,
                            test_jsonl_record_refused,
                            test_json_string_member};
    return run_tests("load", tests, G_N_ELEMENTS(tests));
}
