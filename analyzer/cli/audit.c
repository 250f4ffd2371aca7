/* quotesrc audit: the sourcing audit of each draft, as compiler diagnostics, JSON or
 * one SARIF log.  Exit 0 when nothing reaches --fail-on, 1 when something does, 2 on a
 * usage error, a bad policy or input that cannot be read. */
#include "cli.h"

#include <string.h>

#define QS_POLICY_FILE ".quotesrc.ini"

typedef enum { AUDIT_TEXT, AUDIT_JSON, AUDIT_SARIF } AuditFormat;

typedef struct {
    AuditFormat format;
    QsAuditPolicy *given;  /* --policy, or NULL */
    GHashTable *by_folder; /* folder -> QsAuditPolicy* found there (NULL value: none) */
    const char *path;      /* the file being read */
    gboolean policy_failed;
    QsSeverity fail_on; /* QS_SEVERITY_OFF: never */
    gboolean failed;    /* a finding reached fail_on */
    FILE *out;
    GString *buf;
    GPtrArray *kept; /* for SARIF: audits, analyses and documents, freed at the end */
} Audit;

/* The policy for a draft: --policy, else .quotesrc.ini in the draft's folder. */
static const QsAuditPolicy *policy_for(Audit *au, const char *path)
{
    if (au->given != NULL)
        return au->given;
    g_autofree char *folder =
        strcmp(path, "-") == 0 ? g_get_current_dir() : g_path_get_dirname(path);
    gpointer found;
    if (g_hash_table_lookup_extended(au->by_folder, folder, NULL, &found))
        return found;
    g_autofree char *file = g_build_filename(folder, QS_POLICY_FILE, NULL);
    QsAuditPolicy *policy = NULL;
    if (g_file_test(file, G_FILE_TEST_EXISTS)) {
        g_autoptr(GError) error = NULL;
        policy = qs_audit_policy_new();
        if (!qs_audit_policy_load(policy, file, &error)) {
            fprintf(stderr, "quotesrc: %s\n", error->message);
            au->policy_failed = TRUE;
            g_clear_pointer(&policy, qs_audit_policy_free);
        }
    }
    g_hash_table_insert(au->by_folder, g_strdup(folder), policy);
    return policy;
}

static void audit_document(QsDocument *doc, gpointer data)
{
    Audit *au = data;
    QsAnalysis *analysis = qs_analyze(doc, NULL);
    QsAudit *audit = qs_audit_new(analysis, policy_for(au, au->path));
    QsSeverity max = qs_audit_max_severity(audit);
    if (max != QS_SEVERITY_OFF && au->fail_on != QS_SEVERITY_OFF && max >= au->fail_on)
        au->failed = TRUE;
    if (au->format == AUDIT_SARIF) {
        g_ptr_array_add(au->kept, doc);
        g_ptr_array_add(au->kept, analysis);
        g_ptr_array_add(au->kept, audit);
        return;
    }
    g_string_truncate(au->buf, 0);
    if (au->format == AUDIT_TEXT)
        qs_render_audit_text(audit, au->buf);
    else
        qs_render_audit_json(audit, TRUE, au->buf);
    fwrite(au->buf->str, 1, au->buf->len, au->out);
    qs_audit_free(audit);
    qs_analysis_free(analysis);
    qs_document_free(doc);
}

/* For SARIF: one log of every audit kept, then everything freed in reverse. */
static void finish_sarif(Audit *au)
{
    g_autoptr(GPtrArray) audits = g_ptr_array_new();
    for (guint i = 2; i < au->kept->len; i += 3)
        g_ptr_array_add(audits, g_ptr_array_index(au->kept, i));
    g_string_truncate(au->buf, 0);
    qs_render_audit_sarif((const QsAudit *const *)audits->pdata, audits->len, au->buf);
    fwrite(au->buf->str, 1, au->buf->len, au->out);
    for (guint i = 0; i < au->kept->len; i += 3) {
        qs_audit_free(g_ptr_array_index(au->kept, i + 2));
        qs_analysis_free(g_ptr_array_index(au->kept, i + 1));
        qs_document_free(g_ptr_array_index(au->kept, i));
    }
}

int qs_cli_audit(int argc, char **argv)
{
    static const char *const formats[] = {"text", "json", "sarif", NULL};
    static const char *const levels[] = {"info", "warning", "error", "never", NULL};
    static const char *const input_formats[] = {"auto", "text", "jsonl", "html",
                                                "xml",  "docx", "odt",   NULL};
    g_autofree char *format = NULL, *fail_on = NULL, *policy = NULL, *input_format = NULL,
                    *output = NULL, *max_size = NULL;
    gboolean quiet = FALSE;
    GOptionEntry entries[] = {
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "text (compiler-style diagnostics, default), json, sarif (SARIF 2.1.0)", "FORMAT"},
        {"fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
         "Exit 1 when a finding is at least this severe: error (default), warning, info, never",
         "LEVEL"},
        {"policy", 'p', 0, G_OPTION_ARG_FILENAME, &policy,
         "Audit policy (INI) for every FILE, instead of .quotesrc.ini beside each", "FILE"},
        {"input-format", 'i', 0, G_OPTION_ARG_STRING, &input_format,
         "Input format: auto (default), text, jsonl, html, xml, docx, odt", "FORMAT"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write to FILE (replaced only when complete) instead of standard output", "FILE"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print warnings about repaired input",
         NULL},
        QS_CLI_MAX_SIZE_OPTION(max_size),
        G_OPTION_ENTRY_NULL};
    g_autoptr(GOptionContext) ctx = g_option_context_new("FILE... - audit the sourcing of drafts");
    g_option_context_set_summary(
        ctx, "Checks every quote is attributed and how well the piece is sourced: unattributed\n"
             "quotes, pronouns before names, unidentified and anonymous sources, one-source\n"
             "stories, loaded verbs, no-comment lines, unbalanced and repeated quotes.");
    g_option_context_set_description(
        ctx, "Policy: an INI file with [rules] RULE = error|warning|info|off, [thresholds]\n"
             "min-named-sources = 2, max-anonymous-share = 0.5, and [words] loaded-verbs and\n"
             "anonymous-words (lists separated by ;).  Without --policy, .quotesrc.ini in the\n"
             "draft's folder is used when there is one.  See docs/audit.md.\n"
             "\n"
             "Exit status: 0 no finding at or above --fail-on; 1 findings at or above it;\n"
             "2 usage error, bad policy, input that could not be read or was refused over\n"
             "--max-size, or output that could not be written.\n");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    int fmt = 0, level = QS_SEVERITY_ERROR, infmt = 0;
    guint64 max_bytes;
    if (!qs_cli_parse_options(ctx, "audit", &argc, &argv, &error) ||
        (format && !qs_cli_parse_choice("format", format, formats, &fmt, &error)) ||
        (fail_on && !qs_cli_parse_choice("level", fail_on, levels, &level, &error)) ||
        (input_format &&
         !qs_cli_parse_choice("input format", input_format, input_formats, &infmt, &error)) ||
        !qs_cli_parse_size(max_size, &max_bytes, &error)) {
        return qs_cli_usage_error("audit", error->message);
    }
    g_autoptr(QsAuditPolicy) given = NULL;
    if (policy != NULL) {
        given = qs_audit_policy_new();
        if (!qs_audit_policy_load(given, policy, &error)) {
            fprintf(stderr, "quotesrc: %s\n", error->message);
            return QS_EXIT_USAGE;
        }
    }
    QsCliOutput *out = qs_cli_output_open(output);
    if (out == NULL)
        return QS_EXIT_USAGE;
    g_autoptr(GHashTable) by_folder = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify)qs_audit_policy_free);
    g_autoptr(GString) buf = g_string_sized_new(1 << 14);
    g_autoptr(GPtrArray) kept = g_ptr_array_new();
    Audit au = {(AuditFormat)fmt,
                given,
                by_folder,
                NULL,
                FALSE,
                level == 3 ? QS_SEVERITY_OFF : (QsSeverity)level,
                FALSE,
                qs_cli_output_stream(out),
                buf,
                kept};
    gboolean ok = TRUE;
    const char *stdin_only[] = {"-"};
    const char *const *files = argc < 2 ? stdin_only : (const char *const *)argv + 1;
    int n = argc < 2 ? 1 : argc - 1;
    for (int i = 0; i < n && !ferror(au.out); i++) { /* no more once the output fails */
        au.path = files[i];
        ok &= qs_cli_each_document(files[i], (QsInputFormat)infmt, quiet, max_bytes, audit_document,
                                   &au);
    }
    if (au.format == AUDIT_SARIF)
        finish_sarif(&au);
    if (!qs_cli_output_close(out) || !ok || au.policy_failed)
        return QS_EXIT_USAGE;
    return au.failed ? QS_EXIT_INPUT_FAILED : QS_EXIT_OK;
}
