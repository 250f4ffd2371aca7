/* libxml2 and libarchive, opened with dlopen the first time a document needs them.
 * Linked at start-up, they and the libraries behind them (ICU and libstdc++ for
 * libxml2; zstd, lz4, nettle, acl and libxml2 again for libarchive) took 5 ms of the
 * 7 ms every run spent in the dynamic loader, though most runs read plain text or JSON
 * Lines (bench/run: start-up).  systemd loads its optional libraries the same way.
 *
 * Code that uses them asks for the table once with qs_libxml2() or qs_libarchive(),
 * which report a library that cannot be loaded, and then calls through QS_XML(fn) and
 * QS_ARCHIVE(fn).  The table's members have the types of the functions in the headers,
 * so calls are checked as usual, and no object of the library links libxml2 or
 * libarchive: a direct call that slipped in would fail to link. */
#ifndef QS_DYNLOAD_H
#define QS_DYNLOAD_H

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#define QS_LIBXML2_SYMBOLS(X)                                                                   \
    X(xmlInitParser)                                                                            \
    X(htmlReadMemory)                                                                           \
    X(xmlReadMemory)                                                                            \
    X(xmlFreeDoc)                                                                               \
    X(xmlDocGetRootElement)                                                                     \
    X(xmlNodeGetContent)                                                                        \
    X(xmlGetProp)                                                                               \
    X(xmlGetLineNo)                                                                             \
    X(xmlGetLastError)                                                                          \
    X(xmlResetLastError)                                                                        \
    X(xmlFree) /* a variable holding the function: call (*QS_XML(xmlFree))(p) */                \
    X(xmlBufferCreate)                                                                          \
    X(xmlBufferFree)                                                                            \
    X(xmlBufferContent)                                                                         \
    X(xmlBufferLength)                                                                          \
    X(xmlNewTextWriterMemory)                                                                   \
    X(xmlFreeTextWriter)                                                                        \
    X(xmlTextWriterSetIndent)                                                                   \
    X(xmlTextWriterSetIndentString)                                                             \
    X(xmlTextWriterStartElement)                                                                \
    X(xmlTextWriterStartElementNS)                                                              \
    X(xmlTextWriterEndElement)                                                                  \
    X(xmlTextWriterWriteElement)                                                                \
    X(xmlTextWriterWriteAttribute)                                                              \
    X(xmlTextWriterWriteFormatAttribute)                                                        \
    X(xmlTextWriterWriteString)

#define QS_LIBARCHIVE_SYMBOLS(X)                                                                \
    X(archive_read_new)                                                                         \
    X(archive_read_support_format_zip)                                                          \
    X(archive_read_open_memory)                                                                 \
    X(archive_read_next_header)                                                                 \
    X(archive_entry_pathname)                                                                   \
    X(archive_entry_is_encrypted)                                                               \
    X(archive_read_data)                                                                        \
    X(archive_error_string)                                                                     \
    X(archive_read_free)

#define QS_DYNLOAD_MEMBER(symbol) __typeof__(&symbol) symbol;
typedef struct {
    QS_LIBXML2_SYMBOLS(QS_DYNLOAD_MEMBER)
} QsLibxml2;
typedef struct {
    QS_LIBARCHIVE_SYMBOLS(QS_DYNLOAD_MEMBER)
} QsLibarchive;

/* The library's functions, loaded on the first call (thread-safe; libxml2 is then
 * initialised for use from several threads); NULL with @error (QS_ERROR_FORMAT, naming
 * @what needs it) when it cannot be loaded.  Later calls cost a call and an atomic read,
 * which QS_XML() and QS_ARCHIVE() pay on every use: small beside libxml2's own work. */
const QsLibxml2 *qs_libxml2(const char *what, GError **error);
const QsLibarchive *qs_libarchive(const char *what, GError **error);

/* A function of a library already loaded by the calls above. */
#define QS_XML(fn) (qs_libxml2(NULL, NULL)->fn)
#define QS_ARCHIVE(fn) (qs_libarchive(NULL, NULL)->fn)

#endif
