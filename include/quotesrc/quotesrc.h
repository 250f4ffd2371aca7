/* quotesrc: find quoted and reported speech in news text and who said it.
 *
 * The one public header of libquotesrc.  Types are opaque; every _new has a _free
 * that accepts NULL.  Ownership: functions returning a pointer say "(transfer full)"
 * when the caller frees it, "(transfer none)" when it belongs to the object it came
 * from and lives as long as that object.  Recoverable failures return NULL/FALSE and
 * set a GError in the QS_ERROR domain; misuse is caught by g_return_val_if_fail.
 * Offsets returned by the library are byte offsets into the document's UTF-8 text;
 * the renderers convert them to code points once, at output.
 */
#ifndef QUOTESRC_H
#define QUOTESRC_H

#include <glib.h>

G_BEGIN_DECLS

#define QS_API __attribute__((visibility("default")))

#define QS_ERROR (qs_error_quark())
typedef enum {
    QS_ERROR_IO,        /* the file could not be opened or read */
    QS_ERROR_BINARY,    /* the input holds NUL bytes: not text */
    QS_ERROR_TOO_LARGE, /* a document over QS_MAX_DOCUMENT_BYTES */
    QS_ERROR_PARSE,     /* a JSON Lines record that is not {"text": ...} */
    QS_ERROR_OUTPUT,    /* the report could not be written */
    QS_ERROR_POLICY,    /* an audit policy file with an unknown key or a bad value */
    QS_ERROR_DATABASE,  /* the corpus database could not be opened or written */
    QS_ERROR_FORMAT     /* malformed or refused HTML, XML or word-processor input */
} QsErrorCode;
QS_API GQuark qs_error_quark(void);

/* Offsets are 32-bit inside the library: larger documents are refused. */
#define QS_MAX_DOCUMENT_BYTES ((gsize)G_MAXUINT32 - 1)

typedef enum {
    QS_INPUT_AUTO,
    QS_INPUT_TEXT,
    QS_INPUT_JSONL,
    QS_INPUT_HTML,
    QS_INPUT_XML,
    QS_INPUT_DOCX,
    QS_INPUT_ODT
} QsInputFormat;
typedef enum {
    QS_OUTPUT_JSON,
    QS_OUTPUT_JSONL,
    QS_OUTPUT_TEXT,
    QS_OUTPUT_CSV, /* RFC 4180, one row per quote */
    QS_OUTPUT_XML, /* one <report> element; wrap a run's reports in <reports> */
    QS_OUTPUT_HTML /* one self-contained page */
} QsOutputFormat;

/* The namespace of the XML report (docs/report.rng). */
#define QS_XML_NAMESPACE "urn:x-quotesrc:report:1"
typedef enum { QS_QUOTE_DIRECT, QS_QUOTE_INDIRECT, QS_QUOTE_MIXED } QsQuoteKind;
typedef enum {
    QS_SOURCE_PERSON,
    QS_SOURCE_ORGANIZATION,
    QS_SOURCE_ANONYMOUS,
    QS_SOURCE_UNKNOWN
} QsSourceKind;

/* ---- documents ---------------------------------------------------------------- */

typedef struct _QsDocument QsDocument;

/* A document over a copy of @text (@len bytes, or -1 for NUL-terminated).  Invalid
 * UTF-8 is replaced by U+FFFD and noted in the warnings; a byte-order mark is dropped.
 * Fails with QS_ERROR_BINARY when @text holds a NUL byte.  @id and @path may be NULL.
 * Returns: (transfer full) (nullable). */
QS_API QsDocument *qs_document_new(const char *text, gssize len, const char *id, const char *path,
                                   GError **error);
QS_API void qs_document_free(QsDocument *doc);
/* (transfer none) */
QS_API const char *qs_document_get_text(const QsDocument *doc);
QS_API gsize qs_document_get_length(const QsDocument *doc);
/* (transfer none) (nullable) */
QS_API const char *qs_document_get_id(const QsDocument *doc);
QS_API const char *qs_document_get_path(const QsDocument *doc);
/* The headline: the page's title, or a short first line standing alone.
 * (transfer none) (nullable) */
QS_API const char *qs_document_get_title(const QsDocument *doc);
/* Author and date from an HTML page's meta data.  (transfer none) (nullable) */
QS_API const char *qs_document_get_author(const QsDocument *doc);
QS_API const char *qs_document_get_date(const QsDocument *doc);
/* The format the document was read from: "text", "jsonl", "html", "xml", "docx", "odt". */
QS_API const char *qs_document_get_format(const QsDocument *doc);
/* Problems repaired while loading, as sentences ("3 invalid UTF-8 sequences replaced
 * with U+FFFD").  Returns: (transfer none) (nullable) NULL-terminated. */
QS_API const char *const *qs_document_get_warnings(const QsDocument *doc);
/* 0-based code point offset of byte @offset. */
QS_API gsize qs_document_char_offset(const QsDocument *doc, gsize offset);
/* 1-based line and column (in code points) of byte @offset in the original input:
 * the text itself, or the HTML/XML source it was extracted from. */
QS_API void qs_document_line_column(const QsDocument *doc, gsize offset, guint *line,
                                    guint *column);

/* ---- readers: a file or standard input as a stream of documents ---------------- */

typedef struct _QsReader QsReader;

/* @path "-" reads standard input.  QS_INPUT_AUTO picks the format by extension
 * (.jsonl and .ndjson, .html and .htm, .xml, .nitf and .tei, .docx, .odt) and, failing
 * that, by content (a zip archive, "<?xml", "<html"); plain text otherwise.  HTML, XML
 * and word-processor files give one document of their extracted article text, whose
 * line/column map back into the original file.  Returns: (transfer full) (nullable). */
QS_API QsReader *qs_reader_new(const char *path, QsInputFormat format, GError **error);
/* The format a file's extension names (case-insensitive), or QS_INPUT_AUTO when it
 * names none. */
QS_API QsInputFormat qs_input_format_for_path(const char *path);
/* The next document, or NULL: at the end (no error set) or for a record that could not
 * be read (error set).  After an error the next call goes on with the next record (a
 * JSON Lines file), or returns NULL without error when nothing more can be read.
 * Returns: (transfer full) (nullable). */
QS_API QsDocument *qs_reader_next(QsReader *reader, GError **error);
/* The most bytes a document may take from the input; 0 restores the library's limit,
 * QS_MAX_DOCUMENT_BYTES.  Plain text over it is read in parts of at most @max bytes,
 * each a document: they end at a paragraph break if one is in their second half (else a
 * line break, a space, a character boundary there), their ids are the file's with "#1",
 * "#2", ... after it, their offsets count from their own start and their lines from the
 * input's, and each carries a warning saying so.  An HTML, XML or word-processor file
 * over it is refused with QS_ERROR_TOO_LARGE without reading it further, and so is a
 * JSON Lines record (the next record is still read). */
QS_API void qs_reader_set_max_bytes(QsReader *reader, gsize max);
QS_API void qs_reader_free(QsReader *reader);

/* ---- analysis ---------------------------------------------------------------------- */

typedef struct _QsAnalysis QsAnalysis;

/* What an analysis may be asked to do differently.  A zeroed struct is the default. */
typedef struct {
    /* Drop attributions less likely to be right than this (0 to 1): the confidence of
     * each comes from a model of its rule, speaker, kind and cue learned on PolNeAR
     * train. */
    double min_confidence;
} QsOptions;

/* Runs the whole pipeline.  @doc is borrowed and must outlive the analysis; @options
 * may be NULL for the defaults.  Returns: (transfer full). */
QS_API QsAnalysis *qs_analyze(const QsDocument *doc, const QsOptions *options);
QS_API void qs_analysis_free(QsAnalysis *analysis);
/* (transfer none) */
QS_API const QsDocument *qs_analysis_get_document(const QsAnalysis *analysis);

QS_API guint qs_analysis_get_n_quotes(const QsAnalysis *analysis);
QS_API QsQuoteKind qs_quote_get_kind(const QsAnalysis *analysis, guint quote);
/* Byte span of quote @quote (0-based, in text order), end exclusive. */
QS_API void qs_quote_get_span(const QsAnalysis *analysis, guint quote, gsize *start, gsize *end);
/* Index of the quote's source, or -1 when unattributed. */
QS_API gint qs_quote_get_source(const QsAnalysis *analysis, guint quote);

QS_API guint qs_analysis_get_n_sources(const QsAnalysis *analysis);
/* Canonical name, without title.  Returns: (transfer none). */
QS_API const char *qs_source_get_name(const QsAnalysis *analysis, guint source);
QS_API QsSourceKind qs_source_get_kind(const QsAnalysis *analysis, guint source);
/* Returns: (transfer none) (nullable). */
QS_API const char *qs_source_get_title(const QsAnalysis *analysis, guint source);
QS_API const char *qs_source_get_description(const QsAnalysis *analysis, guint source);

/* ---- corpora: many files, analysed in parallel ------------------------------------- */

/* The files under some folders: the formats the report command reads (by extension),
 * hidden entries skipped, in byte order of names, each folder walked once even when
 * links lead to it again (so symlink loops end).  What cannot be walked is kept as a
 * file whose item will carry the error. */
typedef struct _QsCorpus QsCorpus;
/* @roots: folders or files, NULL-terminated.  Returns: (transfer full). */
QS_API QsCorpus *qs_corpus_new(const char *const *roots);
QS_API void qs_corpus_free(QsCorpus *corpus);
QS_API guint qs_corpus_get_n_files(const QsCorpus *corpus);
/* Returns: (transfer none). */
QS_API const char *qs_corpus_get_path(const QsCorpus *corpus, guint i);
/* The limit a run passes to qs_reader_set_max_bytes() for every file. */
QS_API void qs_corpus_set_max_bytes(QsCorpus *corpus, gsize max);

/* One file's results, handed to a QsCorpusFn; valid only during the call. */
typedef struct _QsCorpusItem QsCorpusItem;
QS_API const char *qs_corpus_item_get_path(const QsCorpusItem *item);
QS_API guint64 qs_corpus_item_get_size(const QsCorpusItem *item);
QS_API gint64 qs_corpus_item_get_mtime(const QsCorpusItem *item);
/* TRUE when the skip function passed over it: it holds no analysis. */
QS_API gboolean qs_corpus_item_is_skipped(const QsCorpusItem *item);
/* Why the file, or a record of it, could not be read. */
QS_API guint qs_corpus_item_get_n_errors(const QsCorpusItem *item);
QS_API const char *qs_corpus_item_get_error(const QsCorpusItem *item, guint i);
/* One analysis per document of the file (a JSON Lines file holds several). */
QS_API guint qs_corpus_item_get_n_analyses(const QsCorpusItem *item);
QS_API const QsAnalysis *qs_corpus_item_get_analysis(const QsCorpusItem *item, guint i);

/* Attaches @data to @item, freed with @destroy (may be NULL) when the item is. */
QS_API void qs_corpus_item_set_data(QsCorpusItem *item, gpointer data, GDestroyNotify destroy);
QS_API gpointer qs_corpus_item_get_data(const QsCorpusItem *item);

/* Asked, in the calling thread, before a file is analysed (its path, size and mtime
 * are set): TRUE skips it. */
typedef gboolean (*QsCorpusSkipFn)(const QsCorpusItem *item, gpointer data);
/* Called in the worker thread that analysed @item, right after: for work that can run
 * in parallel, such as rendering, whose result it attaches with
 * qs_corpus_item_set_data().  It runs on several threads at once. */
typedef void (*QsCorpusPrepareFn)(QsCorpusItem *item, gpointer data);
typedef void (*QsCorpusFn)(const QsCorpusItem *item, gpointer data);
/* Analyses every file of @corpus on @jobs threads and calls @fn, in the calling
 * thread, once per file in corpus order, whatever @jobs is.  @skip and @prepare may
 * be NULL. */
QS_API void qs_corpus_run(const QsCorpus *corpus, guint jobs, const QsOptions *options,
                          QsCorpusSkipFn skip, QsCorpusPrepareFn prepare, QsCorpusFn fn,
                          gpointer data);

/* ---- a corpus database (SQLite) ------------------------------------------------------ */

/* Documents, quotes, sources and mentions of a batch run, one transaction per file, so
 * a run killed at any moment leaves every finished file in and no half file. */
typedef struct _QsStore QsStore;
/* Opens or creates the database at @path.  Returns: (transfer full) (nullable). */
QS_API QsStore *qs_store_open(const char *path, GError **error);
QS_API void qs_store_close(QsStore *store);
/* TRUE when @path was stored with this size and modification time, and without an
 * error (a file that failed is tried again). */
QS_API gboolean qs_store_has_file(QsStore *store, const char *path, guint64 size, gint64 mtime);
/* Stores one file's results, replacing what an earlier run stored for its path. */
QS_API gboolean qs_store_add(QsStore *store, const QsCorpusItem *item, GError **error);
/* Adds everything the database at @path holds (a shard of the same corpus), replacing
 * what @store holds for the same files; one transaction. */
QS_API gboolean qs_store_merge(QsStore *store, const char *path, GError **error);
/* Calls @fn with each row of the corpus-wide source ranking (sources merged by
 * canonical name), best first, @top rows at most (0: all). */
typedef void (*QsSourceRowFn)(const char *name, const char *kind, guint quotes, guint articles,
                              gpointer data);
QS_API gboolean qs_store_rank_sources(QsStore *store, guint top, QsSourceRowFn fn, gpointer data,
                                      GError **error);

/* ---- sourcing audits ------------------------------------------------------------------ */

typedef enum {
    QS_SEVERITY_INFO,
    QS_SEVERITY_WARNING,
    QS_SEVERITY_ERROR,
    QS_SEVERITY_OFF
} QsSeverity;

/* The rules of an audit, their severities and thresholds: the defaults, changed by an
 * INI file (see docs/audit.md). */
typedef struct _QsAuditPolicy QsAuditPolicy;
/* Returns: (transfer full). */
QS_API QsAuditPolicy *qs_audit_policy_new(void);
/* Applies the INI file at @path over @policy.  Fails with QS_ERROR_POLICY naming the
 * first unknown group, key or bad value, or with QS_ERROR_IO. */
QS_API gboolean qs_audit_policy_load(QsAuditPolicy *policy, const char *path, GError **error);
QS_API void qs_audit_policy_free(QsAuditPolicy *policy);

typedef struct _QsAudit QsAudit;
/* Audits a finished analysis, which is borrowed and must outlive the audit.  @policy
 * may be NULL for the defaults.  Returns: (transfer full). */
QS_API QsAudit *qs_audit_new(const QsAnalysis *analysis, const QsAuditPolicy *policy);
QS_API void qs_audit_free(QsAudit *audit);
QS_API guint qs_audit_get_n_findings(const QsAudit *audit);
/* The rule id of finding @i ("anonymous-source").  (transfer none) */
QS_API const char *qs_audit_finding_rule(const QsAudit *audit, guint i);
QS_API QsSeverity qs_audit_finding_severity(const QsAudit *audit, guint i);
/* The highest severity found, or QS_SEVERITY_OFF when there is no finding. */
QS_API QsSeverity qs_audit_max_severity(const QsAudit *audit);

/* ---- reports ------------------------------------------------------------------------ */

typedef enum {
    QS_RENDER_EXPLAIN = 1 << 0,     /* name the rule that made each attribution */
    QS_RENDER_NO_HEADER = 1 << 1,   /* CSV: no header row (for the documents after the first) */
    QS_RENDER_INCLUDE_TEXT = 1 << 2 /* JSON: the document's text, which offsets count into */
} QsRenderFlags;

/* Appends the audit of one document to @out: compiler-style diagnostics with the
 * source line and a caret under the span, then a summary of the sourcing (text), or
 * the JSON report of the analysis with "audit" and "audit_summary" added. */
QS_API void qs_render_audit_text(const QsAudit *audit, GString *out);
QS_API void qs_render_audit_json(const QsAudit *audit, gboolean pretty, GString *out);
/* Appends one SARIF 2.1.0 log holding the findings of all @n @audits. */
QS_API void qs_render_audit_sarif(const QsAudit *const *audits, guint n, GString *out);

/* Whether this installation can write @format: FALSE with @error when a library it
 * needs cannot be opened (XML output needs libxml2, opened on first use).  qs_render()
 * writes nothing for a format this refuses. */
QS_API gboolean qs_render_available(QsOutputFormat format, GError **error);
/* Appends the report of @analysis in @format to @out. */
QS_API void qs_render(const QsAnalysis *analysis, QsOutputFormat format, QsRenderFlags flags,
                      GString *out);
/* Hands the report written so far to a QsRenderFlushFn, which writes it out and
 * empties @out. */
typedef void (*QsRenderFlushFn)(GString *out, gpointer data);
/* As qs_render(), but a JSON report is handed to @flush each time @out holds a
 * mebibyte or more, so that the report of a long document is never all in memory.  What
 * is left in @out at the end is the caller's to write. */
QS_API void qs_render_streamed(const QsAnalysis *analysis, QsOutputFormat format,
                               QsRenderFlags flags, GString *out, QsRenderFlushFn flush,
                               gpointer data);

QS_API const char *qs_version(void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsDocument, qs_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsReader, qs_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsAnalysis, qs_analysis_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsAuditPolicy, qs_audit_policy_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsAudit, qs_audit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsCorpus, qs_corpus_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(QsStore, qs_store_close)

/* ---- JSON Lines, for programs that write or merge them --------------------------- */
/* Appends @s (UTF-8) to @out as a JSON string: quoted, with the escapes JSON needs. */
QS_API void qs_json_append_string(GString *out, const char *s);
/* The string member @name of the JSON object that is all of @json (@len bytes): a new
 * string, or NULL with @error when @json is not such an object (strict RFC 8259). */
QS_API char *qs_json_get_string_member(const char *json, gsize len, const char *name,
                                       GError **error);

G_END_DECLS

#endif /* QUOTESRC_H */
