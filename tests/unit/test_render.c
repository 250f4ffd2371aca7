/* The JSON and text reports: valid JSON, code point offsets, the schema's fields. */
#include "helpers.h"

#include <json-glib/json-glib.h>
#include <string.h>

static const char TEXT[] = "Zoë Müller Speaks\n\n“We won,” said Zoë Müller, the mayor.";

static JsonObject *render_and_parse(const Fixture *f, QsOutputFormat format, JsonParser *parser)
{
    g_autoptr(GString) out = g_string_new(NULL);
    qs_render(f->a, format, 0, out);
    g_autoptr(GError) error = NULL;
    ck_assert_msg(json_parser_load_from_data(parser, out->str, out->len, &error), "%s",
                  error ? error->message : "");
    return json_node_get_object(json_parser_get_root(parser));
}

START_TEST(test_json_fields_and_code_points)
{
    Fixture f = fixture_new(TEXT, QS_STAGE_SOURCES);
    g_autoptr(JsonParser) parser = json_parser_new();
    JsonObject *root = render_and_parse(&f, QS_OUTPUT_JSON, parser);
    ck_assert_int_eq(json_object_get_int_member(root, "schema"), 1);
    ck_assert_str_eq(json_object_get_string_member(root, "id"), "test");
    ck_assert_str_eq(json_object_get_string_member(root, "title"), "Zoë Müller Speaks");
    JsonArray *quotes = json_object_get_array_member(root, "quotes");
    ck_assert_uint_eq(json_array_get_length(quotes), 1);
    JsonObject *q = json_array_get_object_element(quotes, 0);
    /* code points: the headline has 17 characters but 19 bytes */
    ck_assert_int_eq(json_object_get_int_member(q, "start"), 19);
    ck_assert_int_eq(json_object_get_int_member(q, "end"), 28);
    ck_assert_str_eq(json_object_get_string_member(q, "text"), "“We won,”");
    ck_assert_int_eq(json_object_get_int_member(q, "line"), 3);
    ck_assert_int_eq(json_object_get_int_member(q, "column"), 1);
    JsonObject *speaker = json_object_get_object_member(q, "speaker");
    ck_assert_str_eq(json_object_get_string_member(speaker, "text"), "Zoë Müller");
    ck_assert_int_eq(json_object_get_int_member(speaker, "start"), 34);
    ck_assert_int_eq(json_object_get_int_member(speaker, "source"), 1);
    JsonObject *cue = json_object_get_object_member(q, "cue");
    ck_assert_str_eq(json_object_get_string_member(cue, "lemma"), "say");
    JsonObject *src =
        json_array_get_object_element(json_object_get_array_member(root, "sources"), 0);
    ck_assert_str_eq(json_object_get_string_member(src, "name"), "Zoë Müller");
    ck_assert_str_eq(json_object_get_string_member(src, "description"), "the mayor");
    fixture_free(&f);
}
END_TEST

START_TEST(test_jsonl_is_one_line)
{
    Fixture f = fixture_new(TEXT, QS_STAGE_SOURCES);
    g_autoptr(GString) out = g_string_new(NULL);
    qs_render(f.a, QS_OUTPUT_JSONL, 0, out);
    ck_assert_ptr_eq(strchr(out->str, '\n'), out->str + out->len - 1);
    fixture_free(&f);
}
END_TEST

START_TEST(test_escaping)
{
    Fixture f =
        fixture_new("\"A \\ back\tslash and a\x01 control,\" said Jo Smith.", QS_STAGE_SOURCES);
    g_autoptr(JsonParser) parser = json_parser_new();
    JsonObject *root = render_and_parse(&f, QS_OUTPUT_JSONL, parser);
    JsonObject *q = json_array_get_object_element(json_object_get_array_member(root, "quotes"), 0);
    ck_assert_str_eq(json_object_get_string_member(q, "text"),
                     "\"A \\ back\tslash and a\x01 control,\"");
    fixture_free(&f);
}
END_TEST

/* The strings batch writes into its error lines, read back by an independent parser. */
START_TEST(test_json_append_string)
{
    static const char *const strings[] = {"plain", "quote \" and \\ back", "tab\tnew\nline\r\x01\x1f",
                                          "Zo\xC3\xAB \xE2\x80\x9Cquoted\xE2\x80\x9D", ""};
    for (guint i = 0; i < G_N_ELEMENTS(strings); i++) {
        g_autoptr(GString) json = g_string_new("[");
        qs_json_append_string(json, strings[i]);
        g_string_append_c(json, ']');
        g_autoptr(JsonParser) parser = json_parser_new();
        g_autoptr(GError) error = NULL;
        ck_assert_msg(json_parser_load_from_data(parser, json->str, json->len, &error), "%s: %s",
                      json->str, error ? error->message : "");
        JsonArray *array = json_node_get_array(json_parser_get_root(parser));
        ck_assert_str_eq(json_array_get_string_element(array, 0), strings[i]);
    }
}
END_TEST

START_TEST(test_text_table)
{
    Fixture f = fixture_new(TEXT, QS_STAGE_SOURCES);
    g_autoptr(GString) out = g_string_new(NULL);
    qs_render(f.a, QS_OUTPUT_TEXT, QS_RENDER_EXPLAIN, out);
    ck_assert_ptr_nonnull(strstr(out->str, "1 quotes (1 direct, 0 indirect, 0 mixed)"));
    ck_assert_ptr_nonnull(strstr(out->str, "Zoë Müller (person), 1 quote: the mayor"));
    ck_assert_ptr_nonnull(strstr(out->str, "[quote-then-cue, "));
    fixture_free(&f);
}
END_TEST

typedef struct {
    GString *written;
    guint calls; /* of the writer's, each with a mebibyte or more */
} Sink;

static void collect(GString *out, gpointer data)
{
    Sink *sink = data;
    sink->calls += out->len >= (1u << 20);
    g_string_append_len(sink->written, out->str, out->len);
    g_string_truncate(out, 0);
}

/* A long document's report goes out in pieces of a mebibyte or more, and the pieces
 * make the report qs_render() writes whole. */
START_TEST(test_streamed_json)
{
    GString *text = g_string_new(NULL);
    for (guint i = 0; i < 6000; i++)
        g_string_append(text, "\"We will win this count,\" said Jo Smith, a baker.\n\n");
    Fixture f = fixture_new(text->str, QS_STAGE_SOURCES);
    g_string_free(text, TRUE);
    g_autoptr(GString) whole = g_string_new(NULL);
    qs_render(f.a, QS_OUTPUT_JSON, 0, whole);
    Sink sink = {g_string_new(NULL), 0};
    g_autoptr(GString) out = g_string_new(NULL);
    qs_render_streamed(f.a, QS_OUTPUT_JSON, 0, out, collect, &sink);
    collect(out, &sink);
    ck_assert_uint_gt(whole->len, 2u << 20);
    ck_assert_uint_ge(sink.calls, 3);
    ck_assert_str_eq(sink.written->str, whole->str);
    g_string_free(sink.written, TRUE);
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_json_fields_and_code_points, test_jsonl_is_one_line, test_escaping,
                            test_json_append_string,
                            test_text_table, test_streamed_json};
    return run_tests("render", tests, G_N_ELEMENTS(tests));
}
