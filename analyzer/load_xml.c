/* XML news formats read with libxml2, network off and entities refused: NITF
 * (body.content), NewsML-G2 (inlineXML), TEI (text/body), and any other XML as its
 * text.  Every element with text of its own is a paragraph.  Word-processor files
 * (.docx, .odt) are zip archives of XML, unpacked here with libarchive. */
#include "internal.h"

#include "dynload.h"

#include <string.h>

/* The most a word-processor file may unpack to: a zip bomb stops here. */
#define QS_MAX_UNPACKED_BYTES ((gsize)256 * 1024 * 1024)

static gboolean named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *find(xmlNode *n, const char *name)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (named(c, name))
            return c;
        if (c->type == XML_ELEMENT_NODE) {
            xmlNode *found = find(c->children, name);
            if (found)
                return found;
        }
    }
    return NULL;
}

static gboolean has_own_text(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            for (const xmlChar *p = c->content; *p; p++)
                if (!g_ascii_isspace(*p))
                    return TRUE;
    return FALSE;
}

typedef struct {
    QsTextBuilder b;
    const char *break_name; /* an element read as a line break ("br", "w:br"), or NULL */
} Extract;

static void append_inline(Extract *x, const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            qs_text_append(&x->b, (const char *)c->content, -1);
        else if (c->type == XML_ELEMENT_NODE && x->break_name && named(c, x->break_name))
            qs_text_append(&x->b, " ", 1);
        else if (c->type == XML_ELEMENT_NODE && !named(c, "delText") && !named(c, "instrText"))
            append_inline(x, c); /* deleted text and field codes of a draft are not its text */
    }
}

/* Every element with text of its own is one paragraph, inline children included. */
static void walk(Extract *x, const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE)
        return;
    if (!has_own_text(n)) {
        for (const xmlNode *c = n->children; c; c = c->next)
            walk(x, c);
        return;
    }
    xmlChar *content = QS_XML(xmlNodeGetContent)(n);
    const char *text = content ? (const char *)content : "";
    while (g_ascii_isspace(*text))
        text++;
    guint32 line = (guint32)QS_XML(xmlGetLineNo)(n);
    guint32 column;
    qs_locate(&x->b, line, text, &line, &column);
    qs_text_begin_paragraph(&x->b, line, column);
    (*QS_XML(xmlFree))(content);
    append_inline(x, n);
    qs_text_end_paragraph(&x->b);
}

/* A parse with network access off, no DTD loading and no entity substitution; a file
 * declaring entities is refused outright, so that neither an external entity nor an
 * expansion bomb is ever followed. */
static xmlDoc *parse_safely(const char *data, gsize len, GError **error)
{
    if (qs_libxml2("reading XML", error) == NULL)
        return NULL;
    if (len > G_MAXINT) {
        g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE, "XML file over 2 GiB");
        return NULL;
    }
    if (g_strstr_len(data, (gssize)len, "<!ENTITY") != NULL) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT,
                    "XML entity declarations are refused (external entities and entity "
                    "expansion are never followed)");
        return NULL;
    }
    xmlDoc *doc = QS_XML(xmlReadMemory)(data, (int)len, NULL, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc != NULL && doc->intSubset != NULL &&
        (doc->intSubset->entities != NULL || doc->intSubset->pentities != NULL)) {
        /* declared in an encoding the byte search above cannot see (UTF-16) */
        QS_XML(xmlFreeDoc)(doc);
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT,
                    "XML entity declarations are refused (external entities and entity "
                    "expansion are never followed)");
        return NULL;
    }
    if (doc == NULL) {
        const xmlError *e = QS_XML(xmlGetLastError)();
        g_autofree char *why =
            e && e->message ? g_strstrip(qs_utf8_take_valid(g_strdup(e->message))) : NULL;
        if (why != NULL)
            g_strdelimit(why, "\n", ' '); /* one message, one line ("... !\nBytes: 0xFF") */
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "malformed XML%s%s%s", why ? " (" : "",
                    why ? why : "", why ? ")" : "");
    }
    return doc;
}

static char *text_of(xmlNode *n)
{
    if (n == NULL)
        return NULL;
    xmlChar *t = QS_XML(xmlNodeGetContent)(n);
    char *s = g_strstrip(qs_utf8_take_valid(g_strdup(t ? (const char *)t : "")));
    (*QS_XML(xmlFree))(t);
    if (*s == '\0')
        g_clear_pointer(&s, g_free);
    return s;
}

static QsDocument *extract(xmlDoc *xml, const char *data, gsize len, const char *path,
                           const char *format, GError **error)
{
    xmlNode *root = QS_XML(xmlDocGetRootElement)(xml);
    if (root == NULL) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "empty XML document");
        return NULL;
    }
    /* the article body of the news formats, else the whole document */
    xmlNode *body = find(root, "body.content");
    if (body == NULL)
        body = find(root, "inlineXML");
    if (body == NULL && named(root, "TEI")) {
        xmlNode *text = find(root, "text");
        body = text ? find(text->children, "body") : NULL;
    }
    Extract x = {{0}, NULL};
    if (body == NULL) {
        body = root;
        x.break_name = "br";
    }
    qs_text_builder_init(&x.b, data, len);
    walk(&x, body);
    QsDocument *doc = qs_text_builder_finish(&x.b, path, format, error);
    if (doc != NULL) {
        char *title = text_of(find(root, "hl1"));
        if (title == NULL)
            title = text_of(find(root, "headline"));
        if (title == NULL)
            title = text_of(find(root, "title"));
        if (title != NULL) {
            g_free(doc->title);
            doc->title = title;
        }
    }
    return doc;
}

QsDocument *qs_load_xml(const char *data, gsize len, const char *path, GError **error)
{
    xmlDoc *xml = parse_safely(data, len, error);
    if (xml == NULL)
        return NULL;
    QsDocument *doc = extract(xml, data, len, path, "xml", error);
    QS_XML(xmlFreeDoc)(xml);
    return doc;
}

/* ---- word-processor files ------------------------------------------------------------ */

/* The bytes of @member in the zip archive @data, at most QS_MAX_UNPACKED_BYTES. */
static GByteArray *unzip_member(const char *data, gsize len, const char *member, GError **error)
{
    if (qs_libarchive("reading word-processor files", error) == NULL)
        return NULL;
    struct archive *a = QS_ARCHIVE(archive_read_new)();
    QS_ARCHIVE(archive_read_support_format_zip)(a);
    if (QS_ARCHIVE(archive_read_open_memory)(a, data, len) != ARCHIVE_OK) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "not a zip archive: %s",
                    QS_ARCHIVE(archive_error_string)(a));
        QS_ARCHIVE(archive_read_free)(a);
        return NULL;
    }
    GByteArray *out = NULL;
    struct archive_entry *entry;
    int rc;
    while ((rc = QS_ARCHIVE(archive_read_next_header)(a, &entry)) == ARCHIVE_OK) {
        if (strcmp(QS_ARCHIVE(archive_entry_pathname)(entry), member) != 0)
            continue;
        if (QS_ARCHIVE(archive_entry_is_encrypted)(entry)) {
            g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "encrypted document");
            break;
        }
        out = g_byte_array_new();
        char buf[65536];
        la_ssize_t n;
        while ((n = QS_ARCHIVE(archive_read_data)(a, buf, sizeof buf)) > 0) {
            if (out->len + (gsize)n > QS_MAX_UNPACKED_BYTES) {
                g_set_error(error, QS_ERROR, QS_ERROR_TOO_LARGE,
                            "%s unpacks to more than %" G_GSIZE_FORMAT " MiB", member,
                            QS_MAX_UNPACKED_BYTES >> 20);
                break;
            }
            g_byte_array_append(out, (const guint8 *)buf, (guint)n);
        }
        if (n < 0)
            g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "%s: %s", member,
                        QS_ARCHIVE(archive_error_string)(a));
        break;
    }
    if (rc != ARCHIVE_OK && rc != ARCHIVE_EOF && out == NULL && (error == NULL || *error == NULL))
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "not a readable zip archive: %s",
                    QS_ARCHIVE(archive_error_string)(a));
    QS_ARCHIVE(archive_read_free)(a);
    if (error && *error) {
        if (out)
            g_byte_array_unref(out);
        return NULL;
    }
    if (out == NULL)
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "no %s in the archive", member);
    else if (out->len == 0) {
        g_byte_array_unref(out);
        out = NULL;
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "%s is empty", member);
    }
    return out;
}

QsDocument *qs_load_zipped(const char *data, gsize len, const char *path, QsInputFormat format,
                           GError **error)
{
    const char *member = format == QS_INPUT_ODT ? "content.xml" : "word/document.xml";
    if (len == 0) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "empty file, not a word-processor document");
        return NULL;
    }
    if (len >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) {
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT,
                    "an encrypted or old-format (.doc) Word file, not a .docx zip archive");
        return NULL;
    }
    g_autoptr(GByteArray) xml_bytes = unzip_member(data, len, member, error);
    if (xml_bytes == NULL)
        return NULL;
    xmlDoc *xml = parse_safely((const char *)xml_bytes->data, xml_bytes->len, error);
    if (xml == NULL)
        return NULL;
    /* word's text is in w:t runs of w:p paragraphs; ODF's in text:p and text:h */
    xmlNode *root = QS_XML(xmlDocGetRootElement)(xml);
    Extract x = {{0}, format == QS_INPUT_ODT ? "line-break" : "br"};
    qs_text_builder_init(&x.b, NULL, 0); /* a paragraph's "line" is its number */
    const char *paragraph = "p";
    guint32 count = 0;
    for (xmlNode *n = root; n;) {
        if (n->type == XML_ELEMENT_NODE &&
            (named(n, paragraph) || (format == QS_INPUT_ODT && named(n, "h")))) {
            qs_text_begin_paragraph(&x.b, ++count, 1);
            append_inline(&x, n);
            qs_text_end_paragraph(&x.b);
        } else if (n->children) {
            n = n->children;
            continue;
        }
        while (n && n->next == NULL)
            n = n->parent;
        if (n)
            n = n->next;
    }
    QsDocument *doc =
        qs_text_builder_finish(&x.b, path, format == QS_INPUT_ODT ? "odt" : "docx", error);
    QS_XML(xmlFreeDoc)(xml);
    return doc;
}
