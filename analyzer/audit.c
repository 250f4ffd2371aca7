/* The sourcing audit: editorial rules over a finished analysis (unattributed quotes,
 * anonymous and unidentified sources, one-source stories, loaded verbs, ...), each with
 * a severity a policy file can change. */
#include "audit.h"

#include <string.h>

#define QS_REPEATED_QUOTE_MIN_WORDS 4
#define QS_QUOTE_PREVIEW_CHARS 40

const QsAuditRule qs_audit_rules[QS_N_RULES] = {
    [QS_RULE_UNATTRIBUTED_QUOTE] = {"unattributed-quote", QS_SEVERITY_ERROR,
                                    "A quotation with no speaker."},
    [QS_RULE_PRONOUN_BEFORE_NAME] = {"pronoun-before-name", QS_SEVERITY_ERROR,
                                     "A quote attributed to a pronoun before anyone it could "
                                     "stand for is named."},
    [QS_RULE_UNIDENTIFIED_SOURCE] = {"unidentified-source", QS_SEVERITY_WARNING,
                                     "A named person whose role or affiliation the piece never "
                                     "gives."},
    [QS_RULE_ANONYMOUS_SOURCE] = {"anonymous-source", QS_SEVERITY_WARNING,
                                  "A source the piece does not name (\"officials\", \"an "
                                  "expert\")."},
    [QS_RULE_SINGLE_SOURCE] = {"single-source", QS_SEVERITY_WARNING,
                               "All attributed material comes from one source."},
    [QS_RULE_FEW_NAMED_SOURCES] = {"few-named-sources", QS_SEVERITY_WARNING,
                                   "Fewer named sources than the policy's minimum."},
    [QS_RULE_ANONYMOUS_SHARE] = {"anonymous-share", QS_SEVERITY_WARNING,
                                 "Anonymous sources carry more than the policy's share of the "
                                 "attributed material."},
    [QS_RULE_LOADED_VERB] = {"loaded-verb", QS_SEVERITY_INFO,
                             "An attribution verb that editorialises; \"said\" is neutral."},
    [QS_RULE_NO_COMMENT] = {"no-comment", QS_SEVERITY_INFO,
                            "A source declined to comment or did not respond."},
    [QS_RULE_UNBALANCED_QUOTES] = {"unbalanced-quotes", QS_SEVERITY_ERROR,
                                   "A quotation mark that never closes or never opens."},
    [QS_RULE_REPEATED_QUOTE] = {"repeated-quote", QS_SEVERITY_WARNING,
                                "The same quote twice in one piece."},
};

struct _QsAuditPolicy {
    QsSeverity severity[QS_N_RULES];
    guint min_named_sources;
    double max_anonymous_share;
    GHashTable *loaded_verbs;    /* extra lowercase lemmas */
    GHashTable *anonymous_words; /* extra lowercase words that make a source anonymous */
};

const char *qs_severity_name(QsSeverity severity)
{
    static const char *const names[] = {"info", "warning", "error", "off"};
    return names[severity];
}

/* ---- policy ----------------------------------------------------------------------- */

QsAuditPolicy *qs_audit_policy_new(void)
{
    QsAuditPolicy *p = g_new0(QsAuditPolicy, 1);
    for (guint i = 0; i < QS_N_RULES; i++)
        p->severity[i] = qs_audit_rules[i].severity;
    p->min_named_sources = 2;
    p->max_anonymous_share = 0.5;
    p->loaded_verbs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    p->anonymous_words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    return p;
}

void qs_audit_policy_free(QsAuditPolicy *p)
{
    if (p == NULL)
        return;
    g_hash_table_unref(p->loaded_verbs);
    g_hash_table_unref(p->anonymous_words);
    g_free(p);
}

/* Messages are UTF-8 whatever the file's name and the garbage it holds (a key is named). */
static gboolean policy_error(GError **error, QsErrorCode code, const char *path, const char *what)
{
    g_autofree char *name = g_filename_display_name(path);
    g_autofree char *valid = g_utf8_make_valid(what, -1);
    g_set_error(error, QS_ERROR, code, "%s: %s", name, valid);
    return FALSE;
}

static gboolean load_rules(QsAuditPolicy *p, GKeyFile *kf, const char *path, GError **error)
{
    g_auto(GStrv) keys = g_key_file_get_keys(kf, "rules", NULL, NULL);
    for (guint k = 0; keys && keys[k]; k++) {
        guint rule = 0;
        while (rule < QS_N_RULES && strcmp(qs_audit_rules[rule].id, keys[k]) != 0)
            rule++;
        if (rule == QS_N_RULES) {
            g_autofree char *what = g_strdup_printf("unknown rule '%s' in [rules]", keys[k]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        g_autofree char *value = g_key_file_get_string(kf, "rules", keys[k], NULL);
        if (value == NULL) { /* GKeyFile gives no value that is not valid UTF-8 */
            g_autofree char *what =
                g_strdup_printf("rule '%s': the value is not valid UTF-8", keys[k]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        g_strstrip(value);
        guint sev = 0;
        while (sev <= QS_SEVERITY_OFF && strcmp(qs_severity_name(sev), value) != 0)
            sev++;
        if (sev > QS_SEVERITY_OFF) {
            g_autofree char *what = g_strdup_printf(
                "rule '%s': '%s' is not error, warning, info or off", keys[k], value);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        p->severity[rule] = sev;
    }
    return TRUE;
}

static gboolean load_thresholds(QsAuditPolicy *p, GKeyFile *kf, const char *path, GError **error)
{
    g_auto(GStrv) keys = g_key_file_get_keys(kf, "thresholds", NULL, NULL);
    for (guint k = 0; keys && keys[k]; k++) {
        g_autoptr(GError) bad = NULL;
        if (strcmp(keys[k], "min-named-sources") == 0) {
            gint n = g_key_file_get_integer(kf, "thresholds", keys[k], &bad);
            if (bad == NULL && n >= 0) {
                p->min_named_sources = (guint)n;
                continue;
            }
        } else if (strcmp(keys[k], "max-anonymous-share") == 0) {
            double share = g_key_file_get_double(kf, "thresholds", keys[k], &bad);
            if (bad == NULL && share >= 0 && share <= 1) {
                p->max_anonymous_share = share;
                continue;
            }
        } else {
            g_autofree char *what = g_strdup_printf("unknown key '%s' in [thresholds]", keys[k]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        g_autofree char *what = g_strdup_printf("bad value for '%s' in [thresholds]", keys[k]);
        return policy_error(error, QS_ERROR_POLICY, path, what);
    }
    return TRUE;
}

static gboolean load_words(QsAuditPolicy *p, GKeyFile *kf, const char *path, GError **error)
{
    g_auto(GStrv) keys = g_key_file_get_keys(kf, "words", NULL, NULL);
    for (guint k = 0; keys && keys[k]; k++) {
        GHashTable *set = strcmp(keys[k], "loaded-verbs") == 0      ? p->loaded_verbs
                          : strcmp(keys[k], "anonymous-words") == 0 ? p->anonymous_words
                                                                    : NULL;
        if (set == NULL) {
            g_autofree char *what = g_strdup_printf("unknown key '%s' in [words]", keys[k]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        g_auto(GStrv) words = g_key_file_get_string_list(kf, "words", keys[k], NULL, NULL);
        if (words == NULL) { /* the value is not valid UTF-8 */
            g_autofree char *what = g_strdup_printf("'%s' in [words] is not valid UTF-8", keys[k]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
        for (guint i = 0; words && words[i]; i++) {
            char *w = g_utf8_strdown(g_strstrip(words[i]), -1);
            if (*w != '\0')
                g_hash_table_add(set, w);
            else
                g_free(w);
        }
    }
    return TRUE;
}

gboolean qs_audit_policy_load(QsAuditPolicy *p, const char *path, GError **error)
{
    g_return_val_if_fail(p != NULL && path != NULL, FALSE);
    g_autoptr(GKeyFile) kf = g_key_file_new();
    g_autoptr(GError) parse = NULL;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &parse)) {
        return policy_error(error, parse->domain == G_FILE_ERROR ? QS_ERROR_IO : QS_ERROR_POLICY,
                            path, parse->message);
    }
    g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
    for (guint g = 0; groups[g]; g++)
        if (strcmp(groups[g], "rules") != 0 && strcmp(groups[g], "thresholds") != 0 &&
            strcmp(groups[g], "words") != 0) {
            g_autofree char *what = g_strdup_printf(
                "unknown group [%s] (known: [rules], [thresholds], [words])", groups[g]);
            return policy_error(error, QS_ERROR_POLICY, path, what);
        }
    return load_rules(p, kf, path, error) && load_thresholds(p, kf, path, error) &&
           load_words(p, kf, path, error);
}

/* ---- the rules ----------------------------------------------------------------------- */

typedef struct {
    QsAudit *audit;
    const QsAuditPolicy *policy;
} Run;

static void add(Run *r, QsRuleId rule, guint32 start, guint32 end, gint quote, char *message)
{
    QsSeverity severity = r->policy->severity[rule];
    if (severity == QS_SEVERITY_OFF) {
        g_free(message);
        return;
    }
    QsFinding f = {rule, severity, start, end, quote, message};
    g_array_append_val(r->audit->findings, f);
}

static char *text_of(const QsAnalysis *a, guint32 start, guint32 end)
{
    return g_strndup(a->doc->text + start, end - start);
}

static void mention_span(const QsAnalysis *a, const QsMention *m, guint32 *start, guint32 *end)
{
    *start = qs_tok(a, m->tok_start)->start;
    *end = qs_tok(a, m->tok_end - 1)->end;
}

/* The first characters of a quote, white space folded, for a message. */
static char *preview(const QsAnalysis *a, const QsQuote *q)
{
    GString *s = g_string_new(NULL);
    guint chars = 0;
    gboolean space = FALSE;
    for (const char *p = a->doc->text + q->start; p < a->doc->text + q->end;
         p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c)) {
            space = s->len > 0;
            continue;
        }
        if (chars == QS_QUOTE_PREVIEW_CHARS) {
            g_string_append(s, "\xE2\x80\xA6");
            break;
        }
        if (space)
            g_string_append_c(s, ' ');
        space = FALSE;
        g_string_append_unichar(s, c);
        chars++;
    }
    return g_string_free(s, FALSE);
}

static void rule_unattributed(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->mention != QS_NONE)
            continue;
        g_autofree char *text = preview(a, q);
        add(r, QS_RULE_UNATTRIBUTED_QUOTE, q->start, q->end, (gint)i,
            g_strdup_printf("quote with no speaker: %s", text));
    }
}

static void rule_pronoun_before_name(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->mention == QS_NONE || q->how == QS_HOW_CONTINUATION)
            continue;
        const QsMention *m = &g_array_index(a->mentions, QsMention, q->mention);
        const QsSource *s = g_ptr_array_index(a->sources, m->source);
        /* sources.c names a source after the pronoun only when nobody came before it */
        if (m->kind != QS_MENTION_PRONOUN || s->kind != QS_SOURCE_UNKNOWN ||
            s->first_mention != q->mention)
            continue;
        guint32 start, end;
        mention_span(a, m, &start, &end);
        g_autofree char *who = text_of(a, start, end);
        add(r, QS_RULE_PRONOUN_BEFORE_NAME, start, end, (gint)i,
            g_strdup_printf("quote attributed to \"%s\" before anyone is named", who));
    }
}

static gboolean has_anonymous_word(const QsAuditPolicy *p, const char *name)
{
    if (g_hash_table_size(p->anonymous_words) == 0)
        return FALSE;
    g_autofree char *lower = g_utf8_strdown(name, -1);
    g_auto(GStrv) words = g_strsplit_set(lower, " -", -1);
    for (guint i = 0; words[i]; i++)
        if (g_hash_table_contains(p->anonymous_words, words[i]))
            return TRUE;
    return FALSE;
}

static gboolean is_anonymous(const Run *r, const QsSource *s)
{
    return s->kind == QS_SOURCE_ANONYMOUS || has_anonymous_word(r->policy, s->name);
}

/* anonymous-source and unidentified-source, at each source's first mention */
static void rule_sources(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        if (s->first_mention == QS_NONE)
            continue;
        guint32 start, end;
        mention_span(a, &g_array_index(a->mentions, QsMention, s->first_mention), &start, &end);
        g_autofree char *written = text_of(a, start, end);
        gint quote = s->quotes->len ? (gint)g_array_index(s->quotes, guint32, 0) : -1;
        if (is_anonymous(r, s))
            add(r, QS_RULE_ANONYMOUS_SOURCE, start, end, quote,
                g_strdup_printf("anonymous source \"%s\"", written));
        else if (s->kind == QS_SOURCE_PERSON && s->title == NULL && s->description == NULL)
            add(r, QS_RULE_UNIDENTIFIED_SOURCE, start, end, quote,
                g_strdup_printf("source \"%s\" is never identified by a role or affiliation",
                                s->name));
    }
}

/* single-source, few-named-sources and anonymous-share: the story as a whole, reported
 * at its first quote (or its start when it has none) */
static void rule_balance(Run *r)
{
    QsAudit *au = r->audit;
    const QsAnalysis *a = au->a;
    guint quoted = 0, named = 0;
    gsize anonymous_chars = 0;
    guint32 only = QS_NONE;
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        if (s->quotes->len == 0)
            continue;
        quoted++;
        only = i;
        if (is_anonymous(r, s))
            anonymous_chars += au->shares[i].chars;
        else if (s->kind == QS_SOURCE_PERSON || s->kind == QS_SOURCE_ORGANIZATION)
            named++;
    }
    guint32 at = a->quotes->len ? g_array_index(a->quotes, QsQuote, 0).start : 0;
    guint32 at_end = a->quotes->len ? g_array_index(a->quotes, QsQuote, 0).end : 0;
    gint first = a->quotes->len ? 0 : -1;
    if (quoted == 1) {
        const QsSource *s = g_ptr_array_index(a->sources, only);
        add(r, QS_RULE_SINGLE_SOURCE, at, at_end, first,
            g_strdup_printf("all attributed material comes from one source, \"%s\"", s->name));
    } else if (named < r->policy->min_named_sources) {
        /* a one-source story already says as much */
        add(r, QS_RULE_FEW_NAMED_SOURCES, at, at_end, first,
            g_strdup_printf("%u named source%s; the policy asks for at least %u", named,
                            named == 1 ? "" : "s", r->policy->min_named_sources));
    }
    if (au->attributed_chars > 0) {
        double share = (double)anonymous_chars / (double)au->attributed_chars;
        if (share > r->policy->max_anonymous_share)
            add(r, QS_RULE_ANONYMOUS_SHARE, at, at_end, first,
                g_strdup_printf("anonymous sources carry %.0f%% of the attributed material; the "
                                "policy allows %.0f%%",
                                share * 100, r->policy->max_anonymous_share * 100));
    }
}

static void rule_loaded_verbs(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    guint32 last_cue = QS_NONE;
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->cue == QS_NONE || q->cue == last_cue)
            continue;
        last_cue = q->cue;
        const QsCue *c = &g_array_index(a->cues, QsCue, q->cue);
        if (c->verb_tok == QS_NONE)
            continue;
        gboolean loaded = (qs_lexicon_lemma_flags(a->lex, c->lemma) & QS_LEMMA_LOADED) ||
                          g_hash_table_contains(r->policy->loaded_verbs, c->lemma);
        if (!loaded)
            continue;
        const QsToken *v = qs_tok(a, c->verb_tok);
        g_autofree char *verb = text_of(a, v->start, v->end);
        add(r, QS_RULE_LOADED_VERB, v->start, v->end, (gint)i,
            g_strdup_printf("loaded verb \"%s\": consider \"said\"", verb));
    }
}

static gboolean word_boundary(const char *text, gsize len, gsize at)
{
    return at >= len || !g_ascii_isalnum(text[at]);
}

static void rule_no_comment(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    const GPtrArray *phrases = qs_lexicon_no_comment_phrases(a->lex);
    for (guint s = 0; s < a->sentences->len; s++) {
        const QsSentence *sent = &g_array_index(a->sentences, QsSentence, s);
        guint32 start = qs_tok(a, sent->tok_start)->start;
        guint32 end = qs_tok(a, sent->tok_end - 1)->end;
        g_autofree char *lower = g_ascii_strdown(a->doc->text + start, end - start);
        for (guint p = 0; p < phrases->len; p++) {
            const char *phrase = g_ptr_array_index(phrases, p);
            const char *hit = strstr(lower, phrase);
            gsize at = hit ? (gsize)(hit - lower) : 0, n = strlen(phrase);
            if (hit == NULL || (at > 0 && g_ascii_isalnum(lower[at - 1])) ||
                !word_boundary(lower, end - start, at + n))
                continue;
            g_autofree char *said = text_of(a, start + at, start + at + n);
            add(r, QS_RULE_NO_COMMENT, start + at, start + at + n, -1,
                g_strdup_printf("no comment: \"%s\"", said));
            break; /* one finding a sentence */
        }
    }
}

static void rule_unbalanced(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    for (guint i = 0; i < a->directs->len; i++) {
        const QsDirect *d = &g_array_index(a->directs, QsDirect, i);
        if (d->flags & QS_SPAN_UNCLOSED) {
            const QsToken *mark = qs_tok(a, d->open_tok);
            add(r, QS_RULE_UNBALANCED_QUOTES, mark->start, mark->end, -1,
                g_strdup("quotation mark opens here and never closes"));
        }
    }
    for (guint i = 0; i < a->stray_marks->len; i++) {
        const QsToken *mark = qs_tok(a, g_array_index(a->stray_marks, guint32, i));
        add(r, QS_RULE_UNBALANCED_QUOTES, mark->start, mark->end, -1,
            g_strdup("closing quotation mark with no opening mark"));
    }
}

/* The words of a quote, lowercase, without marks or punctuation: two quotes with the
 * same key say the same thing. */
static char *quote_key(const QsAnalysis *a, const QsQuote *q, guint *words)
{
    GString *key = g_string_new(NULL);
    *words = 0;
    for (guint32 t = qs_token_at(a, q->start); t != QS_NONE && t < a->tokens->len; t++) {
        const QsToken *tok = qs_tok(a, t);
        if (tok->start >= q->end)
            break;
        if (tok->kind != QS_TOK_WORD && tok->kind != QS_TOK_NUMBER)
            continue;
        g_autofree char *w = g_utf8_strdown(a->doc->text + tok->start, tok->end - tok->start);
        if (key->len)
            g_string_append_c(key, ' ');
        g_string_append(key, w);
        (*words)++;
    }
    return g_string_free(key, FALSE);
}

static void rule_repeated(Run *r)
{
    const QsAnalysis *a = r->audit->a;
    g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        guint words;
        char *key = quote_key(a, q, &words);
        gpointer first;
        if (words < QS_REPEATED_QUOTE_MIN_WORDS) {
            g_free(key);
        } else if (g_hash_table_lookup_extended(seen, key, NULL, &first)) {
            const QsQuote *earlier = &g_array_index(a->quotes, QsQuote, GPOINTER_TO_UINT(first));
            guint line;
            qs_document_line_column(a->doc, earlier->start, &line, NULL);
            add(r, QS_RULE_REPEATED_QUOTE, q->start, q->end, (gint)i,
                g_strdup_printf("the same quote as on line %u", line));
            g_free(key);
        } else {
            g_hash_table_insert(seen, key, GUINT_TO_POINTER(i));
        }
    }
}

static void measure_shares(QsAudit *au)
{
    const QsAnalysis *a = au->a;
    au->shares = g_new0(QsSourceShare, a->sources->len);
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->mention == QS_NONE)
            continue;
        guint32 s = g_array_index(a->mentions, QsMention, q->mention).source;
        gsize chars =
            qs_document_char_offset(a->doc, q->end) - qs_document_char_offset(a->doc, q->start);
        au->shares[s].quotes++;
        au->shares[s].chars += chars;
        au->attributed_chars += chars;
    }
}

static gint by_position(gconstpointer x, gconstpointer y)
{
    const QsFinding *f = x, *g = y;
    if (f->start != g->start)
        return f->start < g->start ? -1 : 1;
    return (gint)f->rule - (gint)g->rule;
}

static void finding_clear(gpointer p)
{
    g_free(((QsFinding *)p)->message);
}

QsAudit *qs_audit_new(const QsAnalysis *a, const QsAuditPolicy *policy)
{
    g_return_val_if_fail(a != NULL, NULL);
    g_autoptr(QsAuditPolicy) defaults = policy ? NULL : qs_audit_policy_new();
    QsAudit *au = g_new0(QsAudit, 1);
    au->a = a;
    au->findings = g_array_new(FALSE, FALSE, sizeof(QsFinding));
    g_array_set_clear_func(au->findings, finding_clear);
    measure_shares(au);
    Run r = {au, policy ? policy : defaults};
    rule_unattributed(&r);
    rule_pronoun_before_name(&r);
    rule_sources(&r);
    rule_balance(&r);
    rule_loaded_verbs(&r);
    rule_no_comment(&r);
    rule_unbalanced(&r);
    rule_repeated(&r);
    g_array_sort(au->findings, by_position);
    return au;
}

void qs_audit_free(QsAudit *au)
{
    if (au == NULL)
        return;
    g_array_unref(au->findings);
    g_free(au->shares);
    g_free(au);
}

static const QsFinding *finding(const QsAudit *au, guint i)
{
    return &g_array_index(au->findings, QsFinding, i);
}

guint qs_audit_get_n_findings(const QsAudit *au)
{
    g_return_val_if_fail(au != NULL, 0);
    return au->findings->len;
}

const char *qs_audit_finding_rule(const QsAudit *au, guint i)
{
    g_return_val_if_fail(au != NULL && i < au->findings->len, NULL);
    return qs_audit_rules[finding(au, i)->rule].id;
}

QsSeverity qs_audit_finding_severity(const QsAudit *au, guint i)
{
    g_return_val_if_fail(au != NULL && i < au->findings->len, QS_SEVERITY_OFF);
    return finding(au, i)->severity;
}

QsSeverity qs_audit_max_severity(const QsAudit *au)
{
    g_return_val_if_fail(au != NULL, QS_SEVERITY_OFF);
    QsSeverity max = QS_SEVERITY_OFF;
    for (guint i = 0; i < au->findings->len; i++) {
        QsSeverity s = finding(au, i)->severity;
        if (max == QS_SEVERITY_OFF || s > max)
            max = s;
    }
    return max;
}
