/* HTML pages, read with libxml2's HTML parser (recover mode, network off): the article
 * body (<article>, <main>, or the element holding the most paragraph text), one
 * paragraph per <p>, <blockquote>, <li> or heading; scripts, styles, navigation,
 * headers, footers, asides, forms and comments dropped.  Title, author and date come
 * from the page's meta data. */
#include "internal.h"

#include "dynload.h"

#include <string.h>

static gboolean is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && g_ascii_strcasecmp((const char *)n->name, name) == 0;
}

static gboolean dropped(const xmlNode *n)
{
    static const char *const names[] = {"script", "style", "nav",      "header",   "footer",
                                        "aside",  "form",  "noscript", "template", "button",
                                        "select", "svg",   "iframe",   "dialog",   "menu"};
    for (guint i = 0; i < G_N_ELEMENTS(names); i++)
        if (is(n, names[i]))
            return TRUE;
    return FALSE;
}

static gboolean is_block(const xmlNode *n)
{
    static const char *const names[] = {"p",  "blockquote", "li", "h1", "h2", "h3",         "h4",
                                        "h5", "h6",         "dd", "dt", "td", "figcaption", "pre"};
    for (guint i = 0; i < G_N_ELEMENTS(names); i++)
        if (is(n, names[i]))
            return TRUE;
    return FALSE;
}

/* The length of the paragraph text directly inside @n's <p> children. */
static gsize paragraph_text(const xmlNode *n)
{
    gsize total = 0;
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is(c, "p")) {
            xmlChar *t = QS_XML(xmlNodeGetContent)(c);
            total += t ? strlen((const char *)t) : 0;
            (*QS_XML(xmlFree))(t);
        }
    return total;
}

static void best_container(xmlNode *n, xmlNode **best, gsize *best_len)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || dropped(c))
            continue;
        gsize len = paragraph_text(c);
        if (len > *best_len) {
            *best = c;
            *best_len = len;
        }
        best_container(c, best, best_len);
    }
}

static xmlNode *find_element(xmlNode *n, const char *name)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (is(c, name))
            return c;
        if (c->type == XML_ELEMENT_NODE && !dropped(c)) {
            xmlNode *found = find_element(c->children, name);
            if (found)
                return found;
        }
    }
    return NULL;
}

typedef struct {
    QsTextBuilder b;
} Extract;

static void begin(Extract *x, xmlNode *n)
{
    guint32 line = (guint32)QS_XML(xmlGetLineNo)(n);
    xmlChar *content = QS_XML(xmlNodeGetContent)(n);
    const char *text = content ? (const char *)content : "";
    while (g_ascii_isspace(*text))
        text++;
    guint32 column;
    qs_locate(&x->b, line, text, &line, &column);
    qs_text_begin_paragraph(&x->b, line, column);
    (*QS_XML(xmlFree))(content);
}

/* Text of @n into the current paragraph; a block inside starts a paragraph of its own. */
static void walk(Extract *x, xmlNode *n)
{
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (!x->b.in_paragraph)
                begin(x, c);
            qs_text_append(&x->b, (const char *)c->content, -1);
        } else if (c->type == XML_ELEMENT_NODE && !dropped(c)) {
            if (is(c, "br")) {
                qs_text_append(&x->b, " ", 1);
            } else if (is_block(c)) {
                qs_text_end_paragraph(&x->b);
                begin(x, c);
                walk(x, c);
                qs_text_end_paragraph(&x->b);
            } else {
                walk(x, c);
            }
        }
    }
}

static char *meta(xmlNode *head, const char *attr, const char *value)
{
    for (xmlNode *c = head ? head->children : NULL; c; c = c->next) {
        if (!is(c, "meta"))
            continue;
        xmlChar *v = QS_XML(xmlGetProp)(c, (const xmlChar *)attr);
        gboolean match = v && g_ascii_strcasecmp((const char *)v, value) == 0;
        (*QS_XML(xmlFree))(v);
        if (match) {
            xmlChar *content = QS_XML(xmlGetProp)(c, (const xmlChar *)"content");
            char *s = content ? g_strstrip(qs_utf8_take_valid(g_strdup((const char *)content)))
                              : NULL;
            (*QS_XML(xmlFree))(content);
            if (s && *s)
                return s;
            g_free(s);
        }
    }
    return NULL;
}

static char *element_text(xmlNode *n)
{
    if (n == NULL)
        return NULL;
    xmlChar *t = QS_XML(xmlNodeGetContent)(n);
    QsTextBuilder b;
    qs_text_builder_init(&b, NULL, 0);
    qs_text_append(&b, t ? (const char *)t : "", -1);
    (*QS_XML(xmlFree))(t);
    g_array_unref(b.origin);
    char *s = qs_utf8_take_valid(g_string_free(b.text, FALSE));
    if (*s == '\0')
        g_clear_pointer(&s, g_free);
    return s;
}

/* The page says it is UTF-8 (<meta charset="utf-8"> or the Content-Type equivalent) in
 * its first 1024 bytes, where HTML wants the declaration. */
static gboolean declares_utf8(const char *data, gsize len)
{
    g_autofree char *head = g_ascii_strdown(data, (gssize)MIN(len, 1024));
    for (const char *p = head; (p = strstr(p, "charset")) != NULL; p++) {
        const char *v = p + strlen("charset");
        while (*v == ' ' || *v == '=' || *v == '"' || *v == '\'')
            v++;
        if (g_str_has_prefix(v, "utf-8") || g_str_has_prefix(v, "utf8"))
            return TRUE;
    }
    return FALSE;
}

QsDocument *qs_load_html(const char *data, gsize len, const char *path, GError **error)
{
    if (qs_libxml2("reading HTML", error) == NULL)
        return NULL;
    if (len > G_MAXINT) {
        g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE, "HTML file over 2 GiB");
        return NULL;
    }
    /* On one broken byte, libxml2 reads the whole page as Latin-1, garbling every other
     * non-ASCII character; a page that says it is UTF-8 is repaired first instead, as
     * plain text is (one U+FFFD a bad byte, so columns stay right). */
    g_autofree char *repaired = NULL;
    if (!g_utf8_validate_len(data, len, NULL) && declares_utf8(data, len)) {
        repaired = g_utf8_make_valid(data, (gssize)len);
        data = repaired;
        len = strlen(repaired);
    }
    QS_XML(xmlResetLastError)();
    htmlDocPtr html =
        QS_XML(htmlReadMemory)(data, (int)len, NULL, NULL,
                       HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_NOIMPLIED | XML_PARSE_BIG_LINES);
    /* Recovering, the parser stops only where it must, with an internal error (elements
     * nested more than 256 deep): the page is refused rather than reported cut short.
     * Nothing is parsed after that error, so it is the last one. */
    const xmlError *last = QS_XML(xmlGetLastError)();
    gboolean halted = last != NULL && last->code == XML_ERR_INTERNAL_ERROR;
    g_autofree char *why =
        halted && last->message ? g_strstrip(qs_utf8_take_valid(g_strdup(last->message))) : NULL;
    xmlNode *root = html ? QS_XML(xmlDocGetRootElement)(html) : NULL;
    if (root == NULL || halted) {
        if (html)
            QS_XML(xmlFreeDoc)(html);
        if (halted)
            g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "HTML not read to its end (%s)",
                        why ? why : "the parser stopped");
        else
            g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "not an HTML page");
        return NULL;
    }
    xmlNode *body = find_element(root, "article");
    if (body == NULL)
        body = find_element(root, "main");
    if (body == NULL) {
        gsize best_len = 0;
        body = root;
        best_container(root, &body, &best_len);
    }
    Extract x;
    qs_text_builder_init(&x.b, data, len);
    walk(&x, body);
    QsDocument *doc = qs_text_builder_finish(&x.b, path, "html", error);
    if (doc != NULL) {
        xmlNode *head = find_element(root, "head");
        char *title = meta(head, "property", "og:title");
        if (title == NULL)
            title = element_text(find_element(root, "title"));
        if (title == NULL)
            title = element_text(find_element(root, "h1"));
        if (title != NULL) {
            g_free(doc->title);
            doc->title = title;
        }
        doc->author = meta(head, "name", "author");
        if (doc->author == NULL)
            doc->author = meta(head, "property", "article:author");
        doc->date = meta(head, "property", "article:published_time");
        if (doc->date == NULL)
            doc->date = meta(head, "name", "date");
        if (repaired != NULL)
            qs_document_add_warning(doc, "invalid UTF-8 replaced with U+FFFD (the page "
                                         "declares UTF-8)");
    }
    QS_XML(xmlFreeDoc)(html);
    return doc;
}
