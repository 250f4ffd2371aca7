/* The sourcing audit: rules on real sentences, and policies. */
#include "helpers.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* The rule ids found in @text under @policy (NULL: defaults), space separated. */
static char *rules_found(const char *text, const QsAuditPolicy *policy)
{
    Fixture f = fixture_new(text, QS_STAGE_SOURCES);
    g_autoptr(QsAudit) audit = qs_audit_new(f.a, policy);
    GString *ids = g_string_new(NULL);
    for (guint i = 0; i < qs_audit_get_n_findings(audit); i++)
        g_string_append_printf(ids, "%s%s", ids->len ? " " : "", qs_audit_finding_rule(audit, i));
    fixture_free(&f);
    return g_string_free(ids, FALSE);
}

static const char SOURCED[] =
    "\"We cannot wait another winter,\" said Ana Lopez, the mayor of Riverton.\n\n"
    "Ben Ortiz, an engineer with the county, said the work would take three weeks.\n\n";

START_TEST(test_rules_in_text_order)
{
    g_autofree char *text = g_strconcat(SOURCED,
                                        "Officials claimed the bid was fair.\n\n"
                                        "The contractor would not comment.\n",
                                        NULL);
    g_autofree char *found = rules_found(text, NULL);
    ck_assert_str_eq(found, "anonymous-source loaded-verb no-comment");
}
END_TEST

START_TEST(test_clean_text_has_no_finding)
{
    g_autofree char *found = rules_found(SOURCED, NULL);
    ck_assert_str_eq(found, "");
}
END_TEST

/* Every later quote of an unnamed "she" goes to the same source: one finding, at the
 * first, where the editor names her. */
START_TEST(test_pronoun_before_name_once_per_pronoun)
{
    g_autofree char *text = g_strconcat("\"We will reopen in May,\" she said.\n\n"
                                        "\"The roof is dry,\" she added.\n\n",
                                        SOURCED, NULL);
    g_autofree char *found = rules_found(text, NULL);
    ck_assert_str_eq(found, "pronoun-before-name");
}
END_TEST

/* Loads @ini as a policy file; FALSE with @error set when it is refused. */
static gboolean load_policy(QsAuditPolicy *policy, const char *ini, GError **error)
{
    g_autofree char *path = NULL;
    int fd = g_file_open_tmp("qs-policy-XXXXXX.ini", &path, NULL);
    ck_assert_int_eq(write(fd, ini, strlen(ini)), (int)strlen(ini));
    close(fd);
    gboolean ok = qs_audit_policy_load(policy, path, error);
    g_unlink(path);
    return ok;
}

START_TEST(test_policy_changes_rules_and_thresholds)
{
    g_autoptr(QsAuditPolicy) policy = qs_audit_policy_new();
    g_autoptr(GError) error = NULL;
    ck_assert(load_policy(
        policy, "[rules]\nloaded-verb = off\n[thresholds]\nmin-named-sources = 3\n", &error));
    g_autofree char *text = g_strconcat(SOURCED, "Lopez claimed the bid was fair.\n", NULL);
    g_autofree char *found = rules_found(text, policy);
    ck_assert_str_eq(found, "few-named-sources");
}
END_TEST

START_TEST(test_policy_unknown_key_is_named)
{
    g_autoptr(QsAuditPolicy) policy = qs_audit_policy_new();
    g_autoptr(GError) error = NULL;
    ck_assert(!load_policy(policy, "[thresholds]\nmax-anonymous-shares = 0.2\n", &error));
    ck_assert(g_error_matches(error, QS_ERROR, QS_ERROR_POLICY));
    ck_assert_ptr_nonnull(strstr(error->message, "unknown key 'max-anonymous-shares'"));
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_rules_in_text_order, test_clean_text_has_no_finding,
                            test_pronoun_before_name_once_per_pronoun,
                            test_policy_changes_rules_and_thresholds,
                            test_policy_unknown_key_is_named};
    return run_tests("audit", tests, G_N_ELEMENTS(tests));
}
