/* Fuzz target: an audit policy file through the INI parser, then an audit of one
 * fixed article under the policy it gives. */
#include "fuzz.h"

#include <unistd.h>

static const char article[] =
    "\"We will not back down,\" said Maria Lopez, the union's leader. Officials said the\n"
    "port would reopen. \"It is over,\" an official who asked not to be named said.\n"
    "The minister claimed the deal was fair, according to a spokesman.\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QsDocument *doc;
    static QsAnalysis *analysis;
    if (analysis == NULL) { /* built once: only the policy changes */
        doc = qs_document_new(article, -1, "article", NULL, NULL);
        analysis = qs_analyze(doc, NULL);
    }
    char path[64];
    int fd = qs_fuzz_file(data, size, path, sizeof path);
    if (fd < 0)
        return 0;
    QsAuditPolicy *policy = qs_audit_policy_new();
    GError *error = NULL;
    if (qs_audit_policy_load(policy, path, &error)) {
        QsAudit *audit = qs_audit_new(analysis, policy);
        GString *out = g_string_new(NULL);
        qs_render_audit_text(audit, out);
        g_string_free(out, TRUE);
        qs_audit_free(audit);
    }
    g_clear_error(&error);
    qs_audit_policy_free(policy);
    close(fd);
    return 0;
}
