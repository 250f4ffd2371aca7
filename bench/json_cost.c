/* Measures what writing the JSON report costs next to the analysis, with quotesrc's
 * streaming writer and with json-glib (a JsonBuilder tree, then JsonGenerator), on a
 * JSON Lines gold file.  Both write the same members, so the comparison is fair.
 *
 *   qs-json-cost ../shared/eval/polnear-train.jsonl
 *
 * Prints the seconds of analysis, of each writer, and each writer's share of the run. */
#include "internal.h"
#include "render.h"

#include <json-glib/json-glib.h>
#include <stdio.h>

/* The report's members through json-glib: a tree first, then text. */
static gsize render_with_json_glib(const QsAnalysis *a)
{
    g_autoptr(JsonBuilder) b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "id");
    json_builder_add_string_value(b, a->doc->id);
    json_builder_set_member_name(b, "quotes");
    json_builder_begin_array(b);
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "id");
        json_builder_add_int_value(b, i + 1);
        json_builder_set_member_name(b, "kind");
        json_builder_add_string_value(b, qs_quote_kind_name(q->kind));
        json_builder_set_member_name(b, "start");
        json_builder_add_int_value(b, (gint64)qs_document_char_offset(a->doc, q->start));
        json_builder_set_member_name(b, "end");
        json_builder_add_int_value(b, (gint64)qs_document_char_offset(a->doc, q->end));
        guint line, column;
        qs_document_line_column(a->doc, q->start, &line, &column);
        json_builder_set_member_name(b, "line");
        json_builder_add_int_value(b, line);
        json_builder_set_member_name(b, "column");
        json_builder_add_int_value(b, column);
        g_autofree char *text = g_strndup(a->doc->text + q->start, q->end - q->start);
        json_builder_set_member_name(b, "text");
        json_builder_add_string_value(b, text);
        json_builder_set_member_name(b, "confidence");
        json_builder_add_double_value(b, q->confidence);
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "sources");
    json_builder_begin_array(b);
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "name");
        json_builder_add_string_value(b, s->name);
        json_builder_set_member_name(b, "kind");
        json_builder_add_string_value(b, qs_source_kind_name(s->kind));
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
    g_autoptr(JsonNode) root = json_builder_get_root(b);
    g_autoptr(JsonGenerator) gen = json_generator_new();
    json_generator_set_root(gen, root);
    gsize len;
    g_autofree char *out = json_generator_to_data(gen, &len);
    return len;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.jsonl\n", argv[0]);
        return 2;
    }
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) reader = qs_reader_new(argv[1], QS_INPUT_JSONL, &error);
    if (reader == NULL) {
        fprintf(stderr, "%s: %s\n", argv[1], error->message);
        return 1;
    }
    double analyse = 0, ours = 0, glib = 0;
    gsize bytes = 0;
    g_autoptr(GString) out = g_string_new(NULL);
    QsDocument *doc;
    while ((doc = qs_reader_next(reader, &error)) != NULL) {
        gint64 t0 = g_get_monotonic_time();
        QsAnalysis *a = qs_analyze(doc, NULL);
        gint64 t1 = g_get_monotonic_time();
        g_string_truncate(out, 0);
        qs_render(a, QS_OUTPUT_JSONL, 0, out);
        gint64 t2 = g_get_monotonic_time();
        bytes += render_with_json_glib(a);
        gint64 t3 = g_get_monotonic_time();
        analyse += (t1 - t0) / 1e6;
        ours += (t2 - t1) / 1e6;
        glib += (t3 - t2) / 1e6;
        qs_analysis_free(a);
        qs_document_free(doc);
    }
    printf("analysis %.3f s; quotesrc writer %.3f s (%.1f%% of analysis + writing); "
           "json-glib %.3f s (%.1f%%), %" G_GSIZE_FORMAT " bytes\n",
           analyse, ours, 100 * ours / (analyse + ours), glib, 100 * glib / (analyse + glib), bytes);
    return 0;
}
