/* The loaders of markup: the article text of HTML and XML, where it came from, and what
 * is refused. */
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

int main(void)
{
    const TTest *tests[] = {test_html_article_text,
                            test_html_positions_point_into_the_page,
                            test_invisible_characters_keep_positions,
                            test_nitf_body_and_headline,
                            test_xml_entities_refused,
                            test_not_a_zip};
    return run_tests("load", tests, G_N_ELEMENTS(tests));
}
