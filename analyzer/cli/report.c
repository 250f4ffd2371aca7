/* quotesrc report: analyse each file and write its report.  A file that cannot be
 * read is named on stderr and skipped; the others are still reported (exit 1). */
#include "cli.h"

#include <string.h>

typedef struct {
    QsOutputFormat format;
    QsOptions analysis;
    QsRenderFlags render;
    FILE *out;
    GString *buf;
    guint documents;
    gboolean too_many; /* a second document for a one-page format */
} Report;

static void write_out(GString *out, gpointer data)
{
    Report *r = data;
    fwrite(out->str, 1, out->len, r->out);
    g_string_truncate(out, 0);
}

static void report_document(QsDocument *doc, gpointer data)
{
    Report *r = data;
    G_GNUC_UNUSED g_autoptr(QsDocument) owned = doc; /* freed on every return */
    if (r->format == QS_OUTPUT_HTML && r->documents > 0) {
        r->too_many = TRUE;
        return;
    }
    g_autoptr(QsAnalysis) analysis = qs_analyze(doc, &r->analysis);
    g_string_truncate(r->buf, 0);
    /* a long document's JSON goes out a mebibyte at a time, not held whole */
    qs_render_streamed(analysis, r->format, r->render | (r->documents ? QS_RENDER_NO_HEADER : 0),
                       r->buf, write_out, r);
    r->documents++;
    if (r->format == QS_OUTPUT_TEXT)
        g_string_append_c(r->buf, '\n');
    write_out(r->buf, r);
}

int qs_cli_report(int argc, char **argv)
{
    static const char *const formats[] = {"json", "jsonl", "text", "csv", "xml", "html", NULL};
    static const char *const input_formats[] = {"auto", "text", "jsonl", "html",
                                                "xml",  "docx", "odt",   NULL};
    g_autofree char *format = NULL, *input_format = NULL, *output = NULL, *max_size = NULL;
    gboolean quiet = FALSE, explain = FALSE, include_text = FALSE;
    double min_confidence = 0;
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "Report format: json (pretty, default), jsonl (one line per document), text", "FORMAT"},
        {"input-format", 'i', 0, G_OPTION_ARG_STRING, &input_format,
         "Input format: auto (default: *.jsonl and *.ndjson are JSON Lines), text, jsonl",
         "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write the report to FILE (replaced only when complete) instead of standard output",
         "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print warnings about repaired input",
         NULL},
        {"explain", 'e', 0, G_OPTION_ARG_NONE, &explain,
         "Name the rule that made each attribution (\"rule\" in JSON)", NULL},
        {"include-text", 't', 0, G_OPTION_ARG_NONE, &include_text,
         "JSON: add the document's text (for HTML, XML and drafts, the text extracted), which "
         "the offsets count into",
         NULL},
        {"min-confidence", 'm', 0, G_OPTION_ARG_DOUBLE, &min_confidence,
         "Report only attributions at least this likely to be right, 0 to 1 (default 0): "
         "trades recall for precision",
         "P"},
        QS_CLI_MAX_SIZE_OPTION(max_size),
        G_OPTION_ENTRY_NULL};
    g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - report who said what");
    g_option_context_set_summary(
        ctx, "Finds direct, indirect and mixed quotes in news text, their cues and speakers,\n"
             "and the sources the speakers resolve to.  FILE is plain text, JSON Lines (one\n"
             "{\"id\", \"text\"} object a line, ids kept), an HTML page, XML (NITF, NewsML-G2,\n"
             "TEI, other), or a .docx or .odt draft; '-' (or no FILE) is standard input.  For\n"
             "HTML and XML, line:column point into the original file.");
    g_option_context_set_description(
        ctx, "Each attribution has a confidence: how likely it is to be right, from a model of\n"
             "its rule, speaker, kind and cue learned on PolNeAR train\n"
             "(data/confidence_weights.txt).\n"
             "\n"
             "Exit status: 0 all input reported; 1 some input could not be read or was refused\n"
             "over --max-size (the rest is still reported), or the report could not be written;\n"
             "2 usage error.\n");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    int fmt = 0, infmt = 0;
    guint64 max_bytes;
    if (!qs_cli_parse_options(ctx, "report", &argc, &argv, &error) ||
        (format && !qs_cli_parse_choice("format", format, formats, &fmt, &error)) ||
        (input_format &&
         !qs_cli_parse_choice("input format", input_format, input_formats, &infmt, &error)) ||
        !qs_cli_parse_size(max_size, &max_bytes, &error)) {
        return qs_cli_usage_error("report", error->message);
    }
    if (min_confidence < 0 || min_confidence > 1) {
        return qs_cli_usage_error("report", "--min-confidence must be between 0 and 1");
    }
    if (!qs_render_available((QsOutputFormat)fmt, &error)) {
        fprintf(stderr, "quotesrc: %s\n", error->message);
        return QS_EXIT_INPUT_FAILED;
    }
    QsCliOutput *out = qs_cli_output_open(output);
    if (out == NULL)
        return QS_EXIT_INPUT_FAILED;
    g_autoptr(GString) buf = g_string_sized_new(1 << 16);
    Report r = {(QsOutputFormat)fmt,
                {min_confidence},
                (explain ? QS_RENDER_EXPLAIN : 0) | (include_text ? QS_RENDER_INCLUDE_TEXT : 0),
                qs_cli_output_stream(out),
                buf,
                0,
                FALSE};
    if (r.format == QS_OUTPUT_XML)
        fprintf(r.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports xmlns=\"%s\">\n",
                QS_XML_NAMESPACE);
    gboolean ok = TRUE;
    if (argc < 2)
        ok = qs_cli_each_document("-", (QsInputFormat)infmt, quiet, max_bytes, report_document, &r);
    for (int i = 1; i < argc && !ferror(r.out); i++) /* no more once the output fails */
        ok &= qs_cli_each_document(argv[i], (QsInputFormat)infmt, quiet, max_bytes, report_document,
                                   &r);
    if (r.format == QS_OUTPUT_XML)
        fputs("</reports>\n", r.out);
    if (r.too_many) {
        fprintf(stderr, "quotesrc: --format html writes one page: only the first document was "
                        "reported\n");
        ok = FALSE;
    }
    if (!qs_cli_output_close(out))
        return QS_EXIT_INPUT_FAILED;
    return ok ? QS_EXIT_OK : QS_EXIT_INPUT_FAILED;
}
