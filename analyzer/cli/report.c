/* quotesrc report: analyse each file and write its report.  A file that cannot be
 * read is named on stderr and skipped; the others are still reported (exit 1). */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    QsOutputFormat format;
    QsInputFormat input_format;
    const char *output; /* NULL: standard output */
    gboolean quiet;
    QsOptions analysis;
    QsRenderFlags render;
} ReportOptions;

static gboolean parse_choice(const char *what, const char *value, const char *const *names,
                             int *out, GError **error)
{
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp(value, names[i]) == 0) {
            *out = i;
            return TRUE;
        }
    g_autofree char *known = g_strjoinv(", ", (char **)names);
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "unknown %s '%s' (known: %s)",
                what, value, known);
    return FALSE;
}

static void message(const char *path, const char *level, const char *text)
{
    fprintf(stderr, "quotesrc: %s: %s%s\n", strcmp(path, "-") == 0 ? "(stdin)" : path, level, text);
}

/* Analyses every document of @path into @out; FALSE when something could not be read. */
static gboolean report_file(const char *path, const ReportOptions *opt, FILE *out)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) reader = qs_reader_new(path, opt->input_format, &error);
    if (reader == NULL) {
        message(path, "", error->message);
        return FALSE;
    }
    gboolean ok = TRUE;
    g_autoptr(GString) buf = g_string_sized_new(1 << 16);
    for (;;) {
        g_clear_error(&error);
        g_autoptr(QsDocument) doc = qs_reader_next(reader, &error);
        if (doc == NULL) {
            if (error == NULL)
                break;
            message(path, "", error->message);
            ok = FALSE;
            if (error->code == QS_ERROR_PARSE || error->code == QS_ERROR_BINARY)
                continue; /* one bad JSON Lines record: the next may be fine */
            break;
        }
        const char *const *warnings = qs_document_get_warnings(doc);
        for (guint i = 0; warnings && warnings[i] && !opt->quiet; i++)
            message(path, "warning: ", warnings[i]);
        g_autoptr(QsAnalysis) analysis = qs_analyze(doc, &opt->analysis);
        g_string_truncate(buf, 0);
        qs_render(analysis, opt->format, opt->render, buf);
        if (opt->format == QS_OUTPUT_TEXT)
            g_string_append_c(buf, '\n');
        fwrite(buf->str, 1, buf->len, out);
    }
    return ok;
}

int qs_cli_report(int argc, char **argv)
{
    static const char *const formats[] = {"json", "jsonl", "text", NULL};
    static const char *const input_formats[] = {"auto", "text", "jsonl", NULL};
    g_autofree char *format = NULL, *input_format = NULL, *output = NULL;
    gboolean quiet = FALSE, explain = FALSE;
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
        {"min-confidence", 'm', 0, G_OPTION_ARG_DOUBLE, &min_confidence,
         "Report only attributions at least this likely to be right, 0 to 1 (default 0): "
         "trades recall for precision",
         "P"},
        {NULL}};
    g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - report who said what");
    g_option_context_set_summary(
        ctx, "Finds direct, indirect and mixed quotes in news text, their cues and speakers,\n"
             "and the sources the speakers resolve to.  FILE '-' is standard input; with no\n"
             "FILE, standard input is read.  JSON Lines input holds one {\"id\", \"text\"}\n"
             "object a line and keeps each id in the report.");
    g_option_context_set_description(
        ctx, "Each attribution has a confidence: how often the rule that made it was right on\n"
             "PolNeAR train (data/rule_confidence.txt).\n"
             "\n"
             "Exit status: 0 all input reported; 1 some input could not be read (the rest is\n"
             "still reported); 2 usage error.\n");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *prgname = g_strdup("quotesrc report");
    g_set_prgname(prgname);
    ReportOptions opt = {QS_OUTPUT_JSON, QS_INPUT_AUTO, NULL, FALSE, {0}, 0};
    int fmt = 0, infmt = 0;
    if (!g_option_context_parse(ctx, &argc, &argv, &error) ||
        (format && !parse_choice("format", format, formats, &fmt, &error)) ||
        (input_format &&
         !parse_choice("input format", input_format, input_formats, &infmt, &error))) {
        fprintf(stderr, "quotesrc: %s\nTry 'quotesrc report --help'.\n", error->message);
        return QS_EXIT_USAGE;
    }
    opt.format = (QsOutputFormat)fmt;
    opt.input_format = (QsInputFormat)infmt;
    opt.output = output;
    opt.quiet = quiet;
    opt.analysis.min_confidence = min_confidence;
    opt.render = explain ? QS_RENDER_EXPLAIN : 0;
    if (min_confidence < 0 || min_confidence > 1) {
        fprintf(stderr, "quotesrc: --min-confidence must be between 0 and 1, not %g\n",
                min_confidence);
        return QS_EXIT_USAGE;
    }

    FILE *out = stdout;
    g_autofree char *tmp = NULL;
    if (output != NULL) {
        tmp = g_strdup_printf("%s.tmp.%d", output, (int)getpid());
        out = fopen(tmp, "wb");
        if (out == NULL) {
            fprintf(stderr, "quotesrc: %s: %s\n", output, g_strerror(errno));
            return QS_EXIT_INPUT_FAILED;
        }
    }
    gboolean ok = TRUE;
    if (argc < 2) {
        ok = report_file("-", &opt, out);
    } else {
        for (int i = 1; i < argc; i++)
            ok &= report_file(argv[i], &opt, out);
    }
    gboolean written = fflush(out) == 0 && !ferror(out);
    int saved = errno;
    if (output != NULL) {
        written &= fclose(out) == 0;
        if (written && g_rename(tmp, output) != 0) {
            saved = errno;
            written = FALSE;
        }
        if (!written)
            g_unlink(tmp);
    }
    if (!written) {
        fprintf(stderr, "quotesrc: %s: write error: %s\n", output ? output : "standard output",
                g_strerror(saved ? saved : EIO));
        return QS_EXIT_INPUT_FAILED;
    }
    return ok ? QS_EXIT_OK : QS_EXIT_INPUT_FAILED;
}
