/* The audit's outputs: compiler-style diagnostics with the source line and a caret,
 * the JSON report with the findings added, and a SARIF 2.1.0 log.  Read-only. */
#include "audit.h"
#include "render.h"

#include <string.h>

#define QS_CONTEXT_BEFORE 40 /* characters of the line shown before a finding */
#define QS_CONTEXT_SPAN 60   /* characters of the finding itself shown at most */

static const char *display_name(const QsDocument *doc)
{
    return doc->path ? doc->path : doc->id ? doc->id : "<stdin>";
}

static const QsFinding *finding_at(const QsAudit *au, guint i)
{
    return &g_array_index(au->findings, QsFinding, i);
}

/* ---- text ------------------------------------------------------------------------- */

static gboolean ends_line(char c)
{
    return c == '\n' || c == '\r';
}

/* The part of the finding's line around it, and a caret line under the finding. */
static void append_excerpt(GString *out, const QsDocument *doc, guint32 start, guint32 end)
{
    const char *text = doc->text;
    guint32 line_start = start, line_end = start;
    while (line_start > 0 && !ends_line(text[line_start - 1]))
        line_start--;
    while (line_end < doc->len && !ends_line(text[line_end]))
        line_end++;
    if (end > line_end)
        end = line_end;
    const char *from = text + start;
    for (guint n = 0; n < QS_CONTEXT_BEFORE && from > text + line_start; n++)
        from = g_utf8_prev_char(from);
    const char *to = text + start;
    for (guint n = 0; n < QS_CONTEXT_SPAN && to < text + end; n++)
        to = g_utf8_next_char(to);
    const char *stop = to;
    for (guint n = 0; n < 20 && stop < text + line_end; n++)
        stop = g_utf8_next_char(stop);
    GString *caret = g_string_new("    ");
    g_string_append(out, "    ");
    if (from > text + line_start) {
        g_string_append(out, "\xE2\x80\xA6");
        g_string_append_c(caret, ' ');
    }
    for (const char *p = from; p < stop; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        g_string_append_unichar(out, c == '\t' ? ' ' : c);
        if (p < text + start)
            g_string_append_c(caret, ' ');
        else if (p < to)
            g_string_append_c(caret, p == text + start ? '^' : '~');
    }
    if (stop < text + line_end)
        g_string_append(out, "\xE2\x80\xA6");
    g_string_append_c(out, '\n');
    g_string_append(out, caret->str);
    g_string_append_c(out, '\n');
    g_string_free(caret, TRUE);
}

static void append_summary(GString *out, const QsAudit *au)
{
    const QsAnalysis *a = au->a;
    guint by_severity[3] = {0}, by_kind[4] = {0};
    for (guint i = 0; i < au->findings->len; i++)
        by_severity[finding_at(au, i)->severity]++;
    for (guint i = 0; i < a->sources->len; i++)
        by_kind[((const QsSource *)g_ptr_array_index(a->sources, i))->kind]++;
    g_string_append_printf(
        out,
        "%s: %u error%s, %u warning%s, %u info; %u quotes from %u sources "
        "(%u person, %u organization, %u anonymous, %u unknown)\n",
        display_name(a->doc), by_severity[QS_SEVERITY_ERROR],
        by_severity[QS_SEVERITY_ERROR] == 1 ? "" : "s", by_severity[QS_SEVERITY_WARNING],
        by_severity[QS_SEVERITY_WARNING] == 1 ? "" : "s", by_severity[QS_SEVERITY_INFO],
        a->quotes->len, a->sources->len, by_kind[QS_SOURCE_PERSON], by_kind[QS_SOURCE_ORGANIZATION],
        by_kind[QS_SOURCE_ANONYMOUS], by_kind[QS_SOURCE_UNKNOWN]);
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *s = g_ptr_array_index(a->sources, i);
        double share = au->attributed_chars
                           ? 100.0 * (double)au->shares[i].chars / (double)au->attributed_chars
                           : 0;
        g_string_append_printf(out, "  %s (%s): %u quote%s, %.0f%% of attributed material\n",
                               s->name, qs_source_kind_name(s->kind), au->shares[i].quotes,
                               au->shares[i].quotes == 1 ? "" : "s", share);
    }
}

void qs_render_audit_text(const QsAudit *au, GString *out)
{
    g_return_if_fail(au != NULL && out != NULL);
    const QsDocument *doc = au->a->doc;
    for (guint i = 0; i < au->findings->len; i++) {
        const QsFinding *f = finding_at(au, i);
        guint line, column;
        qs_document_line_column(doc, f->start, &line, &column);
        g_string_append_printf(out, "%s:%u:%u: %s: %s [%s]\n", display_name(doc), line, column,
                               qs_severity_name(f->severity), f->message,
                               qs_audit_rules[f->rule].id);
        if (f->end > f->start)
            append_excerpt(out, doc, f->start, f->end);
    }
    append_summary(out, au);
}

/* ---- JSON -------------------------------------------------------------------------- */

static void member_position(QsJsonWriter *w, const QsDocument *doc, const char *line_key,
                            const char *column_key, guint32 offset)
{
    guint line, column;
    qs_document_line_column(doc, offset, &line, &column);
    qs_json_member_uint(w, line_key, line);
    qs_json_member_uint(w, column_key, column);
}

void qs_render_audit_json(const QsAudit *au, gboolean pretty, GString *out)
{
    g_return_if_fail(au != NULL && out != NULL);
    const QsAnalysis *a = au->a;
    QsJsonWriter w;
    qs_json_init(&w, out, pretty);
    qs_json_open(&w, '{');
    qs_render_json_members(&w, a, 0);
    qs_json_key(&w, "audit");
    qs_json_open(&w, '[');
    for (guint i = 0; i < au->findings->len; i++) {
        const QsFinding *f = finding_at(au, i);
        qs_json_element(&w);
        qs_json_open(&w, '{');
        qs_json_member_string(&w, "rule", qs_audit_rules[f->rule].id);
        qs_json_member_string(&w, "severity", qs_severity_name(f->severity));
        qs_json_key(&w, "quote");
        if (f->quote >= 0)
            qs_json_uint(&w, (guint64)f->quote + 1);
        else
            qs_json_null(&w);
        member_position(&w, a->doc, "line", "column", f->start);
        member_position(&w, a->doc, "end_line", "end_column", f->end);
        qs_json_member_uint(&w, "start", qs_document_char_offset(a->doc, f->start));
        qs_json_member_uint(&w, "end", qs_document_char_offset(a->doc, f->end));
        qs_json_member_string(&w, "message", f->message);
        qs_json_close(&w, '}');
    }
    qs_json_close(&w, ']');
    qs_json_key(&w, "audit_summary");
    qs_json_open(&w, '[');
    for (guint i = 0; i < a->sources->len; i++) {
        qs_json_element(&w);
        qs_json_open(&w, '{');
        qs_json_member_uint(&w, "source", i + 1);
        qs_json_member_uint(&w, "quotes", au->shares[i].quotes);
        qs_json_key(&w, "share");
        qs_json_double(&w, au->attributed_chars
                               ? (double)au->shares[i].chars / (double)au->attributed_chars
                               : 0);
        qs_json_close(&w, '}');
    }
    qs_json_close(&w, ']');
    qs_json_close(&w, '}');
    g_string_append_c(out, '\n');
}

/* ---- SARIF ------------------------------------------------------------------------- */

static const char *sarif_level(QsSeverity severity)
{
    return severity == QS_SEVERITY_ERROR     ? "error"
           : severity == QS_SEVERITY_WARNING ? "warning"
                                             : "note";
}

static void write_sarif_rules(QsJsonWriter *w)
{
    qs_json_key(w, "rules");
    qs_json_open(w, '[');
    for (guint i = 0; i < QS_N_RULES; i++) {
        qs_json_element(w);
        qs_json_open(w, '{');
        qs_json_member_string(w, "id", qs_audit_rules[i].id);
        qs_json_key(w, "shortDescription");
        qs_json_open(w, '{');
        qs_json_member_string(w, "text", qs_audit_rules[i].description);
        qs_json_close(w, '}');
        qs_json_key(w, "defaultConfiguration");
        qs_json_open(w, '{');
        qs_json_member_string(w, "level", sarif_level(qs_audit_rules[i].severity));
        qs_json_close(w, '}');
        qs_json_close(w, '}');
    }
    qs_json_close(w, ']');
}

static void write_sarif_result(QsJsonWriter *w, const QsAudit *au, const QsFinding *f)
{
    const QsDocument *doc = au->a->doc;
    qs_json_element(w);
    qs_json_open(w, '{');
    qs_json_member_string(w, "ruleId", qs_audit_rules[f->rule].id);
    qs_json_member_uint(w, "ruleIndex", f->rule);
    qs_json_member_string(w, "level", sarif_level(f->severity));
    qs_json_key(w, "message");
    qs_json_open(w, '{');
    qs_json_member_string(w, "text", f->message);
    qs_json_close(w, '}');
    qs_json_key(w, "locations");
    qs_json_open(w, '[');
    qs_json_element(w);
    qs_json_open(w, '{');
    qs_json_key(w, "physicalLocation");
    qs_json_open(w, '{');
    qs_json_key(w, "artifactLocation");
    qs_json_open(w, '{');
    g_autofree char *uri = g_uri_escape_string(display_name(doc), "/", TRUE);
    qs_json_member_string(w, "uri", uri);
    qs_json_close(w, '}');
    qs_json_key(w, "region");
    qs_json_open(w, '{');
    member_position(w, doc, "startLine", "startColumn", f->start);
    member_position(w, doc, "endLine", "endColumn", f->end > f->start ? f->end : f->start);
    qs_json_close(w, '}');
    qs_json_close(w, '}');
    qs_json_close(w, '}');
    qs_json_close(w, ']');
    qs_json_close(w, '}');
}

void qs_render_audit_sarif(const QsAudit *const *audits, guint n, GString *out)
{
    g_return_if_fail(out != NULL);
    QsJsonWriter w;
    qs_json_init(&w, out, TRUE);
    qs_json_open(&w, '{');
    qs_json_member_string(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    qs_json_member_string(&w, "version", "2.1.0");
    qs_json_key(&w, "runs");
    qs_json_open(&w, '[');
    qs_json_element(&w);
    qs_json_open(&w, '{');
    qs_json_key(&w, "tool");
    qs_json_open(&w, '{');
    qs_json_key(&w, "driver");
    qs_json_open(&w, '{');
    qs_json_member_string(&w, "name", "quotesrc");
    qs_json_member_string(&w, "version", qs_version());
    write_sarif_rules(&w);
    qs_json_close(&w, '}');
    qs_json_close(&w, '}');
    /* columns count code points, as in every quotesrc report */
    qs_json_member_string(&w, "columnKind", "unicodeCodePoints");
    qs_json_key(&w, "results");
    qs_json_open(&w, '[');
    for (guint d = 0; d < n; d++)
        for (guint i = 0; i < audits[d]->findings->len; i++)
            write_sarif_result(&w, audits[d], finding_at(audits[d], i));
    qs_json_close(&w, ']');
    qs_json_close(&w, '}');
    qs_json_close(&w, ']');
    qs_json_close(&w, '}');
    g_string_append_c(out, '\n');
}
