/* Private types of the sourcing audit, shared by audit.c (the rules) and
 * render_audit.c (diagnostics, JSON, SARIF). */
#ifndef QS_AUDIT_H
#define QS_AUDIT_H

#include "internal.h"

typedef enum {
    QS_RULE_UNATTRIBUTED_QUOTE,
    QS_RULE_PRONOUN_BEFORE_NAME,
    QS_RULE_UNIDENTIFIED_SOURCE,
    QS_RULE_ANONYMOUS_SOURCE,
    QS_RULE_SINGLE_SOURCE,
    QS_RULE_FEW_NAMED_SOURCES,
    QS_RULE_ANONYMOUS_SHARE,
    QS_RULE_LOADED_VERB,
    QS_RULE_NO_COMMENT,
    QS_RULE_UNBALANCED_QUOTES,
    QS_RULE_REPEATED_QUOTE,
    QS_N_RULES
} QsRuleId;

typedef struct {
    const char *id;
    QsSeverity severity; /* the default */
    const char *description;
} QsAuditRule;

/* The rules, indexed by QsRuleId. */
extern const QsAuditRule qs_audit_rules[QS_N_RULES];

typedef struct {
    QsRuleId rule;
    QsSeverity severity;
    guint32 start, end; /* bytes of the text the finding points at */
    gint quote;         /* index of the quote it is about, or -1 */
    char *message;
} QsFinding;

/* What one source contributes, for the summary. */
typedef struct {
    guint quotes;
    gsize chars; /* code points of attributed material */
} QsSourceShare;

struct _QsAudit {
    const QsAnalysis *a;
    GArray *findings;      /* QsFinding, in text order */
    QsSourceShare *shares; /* one per source */
    gsize attributed_chars;
};

const char *qs_severity_name(QsSeverity severity);

#endif
