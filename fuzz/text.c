/* Fuzz target: a plain-text article through the whole pipeline, every renderer and
 * the audit. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QsDocument *doc = qs_document_new((const char *)data, (gssize)size, "fuzz", "fuzz.txt", NULL);
    if (doc == NULL)
        return 0;
    QsAnalysis *analysis = qs_analyze(doc, NULL);
    GString *out = g_string_new(NULL);
    for (QsOutputFormat f = QS_OUTPUT_JSON; f <= QS_OUTPUT_HTML; f++)
        qs_render(analysis, f, QS_RENDER_EXPLAIN | QS_RENDER_INCLUDE_TEXT, out);
    QsAudit *audit = qs_audit_new(analysis, NULL);
    qs_render_audit_text(audit, out);
    qs_render_audit_json(audit, FALSE, out);
    const QsAudit *audits[] = {audit};
    qs_render_audit_sarif(audits, 1, out);
    qs_fuzz_check_report(out);
    qs_audit_free(audit);
    g_string_free(out, TRUE);
    qs_analysis_free(analysis);
    qs_document_free(doc);
    return 0;
}
