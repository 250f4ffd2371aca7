/* The corpus database: a batch run's documents, quotes, sources and mentions in
 * SQLite, one transaction per file, and the corpus-wide ranking of sources. */
#include "internal.h"

#include <sqlite3.h>

struct _QsStore {
    sqlite3 *db;
    sqlite3_stmt *has_file, *del_file, *add_file, *add_doc, *add_source, *add_quote, *add_mention;
};

static const char schema[] =
    "PRAGMA foreign_keys = ON;"
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "CREATE TABLE IF NOT EXISTS files ("
    "  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, error TEXT);"
    "CREATE TABLE IF NOT EXISTS documents ("
    "  id INTEGER PRIMARY KEY, path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,"
    "  doc_id TEXT, title TEXT, chars INTEGER);"
    "CREATE TABLE IF NOT EXISTS sources ("
    "  id INTEGER PRIMARY KEY,"
    "  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  name TEXT NOT NULL, kind TEXT NOT NULL, title TEXT, description TEXT);"
    "CREATE TABLE IF NOT EXISTS quotes ("
    "  id INTEGER PRIMARY KEY,"
    "  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    "  source INTEGER REFERENCES sources(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  line INTEGER NOT NULL, col INTEGER NOT NULL, text TEXT NOT NULL, confidence REAL);"
    "CREATE TABLE IF NOT EXISTS mentions ("
    "  id INTEGER PRIMARY KEY,"
    "  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,"
    "  source INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,"
    "  text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, how TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS documents_path ON documents(path);"
    "CREATE INDEX IF NOT EXISTS sources_document ON sources(document);"
    "CREATE INDEX IF NOT EXISTS sources_name ON sources(name COLLATE NOCASE);"
    "CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document);"
    "CREATE INDEX IF NOT EXISTS quotes_source ON quotes(source);"
    "CREATE INDEX IF NOT EXISTS mentions_quote ON mentions(quote);";

/* The ranking of `quotesrc sources` and of the view source_ranking.  Named persons and
 * bodies only: an unnamed source ("officials", "the company", whose name sources.c
 * writes lowercase) or a pronoun nobody was named for (kind "unknown") is a different
 * one in each article.  Names are one source whatever their case, and a person's with
 * or without one middle initial ("Donald J. Trump" is "Donald Trump"; not "George H. W.
 * Bush", which would be "George W. Bush"); case is ASCII case, as SQLite's lower()
 * knows it.  Each row shows the spelling most sources give (on a tie, the shortest:
 * "Ana Ruiz" before "Ana B. Ruiz"; then the first in byte order) and the kind most give
 * (on a tie, person, then organization: a surname alone is taken for a body where the
 * article never writes it in full).  Each source row carries its spelling's and its kind's
 * count as a fixed-width prefix, so that min() and max() pick them in the one pass of
 * the GROUP BY; a subquery or a join for each name would cost a pass over the sources
 * each. */
#define RANKING_SELECT                                                                             \
    "WITH named AS ("                                                                              \
    "  SELECT id, document, name, kind, lower(CASE"                                                \
    "    WHEN kind = 'person' AND instr(name, ' ') > 1"                                            \
    "     AND substr(name, instr(name, ' ') + 2, 2) = '. '"                                        \
    "     AND substr(name, instr(name, ' ') + 5, 1) <> '.'"                                        \
    "    THEN substr(name, 1, instr(name, ' ')) || substr(name, instr(name, ' ') + 4)"             \
    "    ELSE name END) AS key"                                                                    \
    "  FROM sources"                                                                               \
    "  WHERE kind IN ('person', 'organization') AND substr(name, 1, 1) NOT BETWEEN 'a' AND 'z'),"  \
    "ranked AS ("                                                                                  \
    "  SELECT id, document, key,"                                                                  \
    "    printf('%010d%06d', 9999999999 - COUNT(*) OVER (PARTITION BY key, name), length(name))"   \
    "      || name AS spelling,"                                                                   \
    "    printf('%010d', COUNT(*) OVER (PARTITION BY key, kind)) || kind AS guess"                 \
    "  FROM named) "                                                                               \
    "SELECT substr(min(r.spelling), 17) AS name, substr(max(r.guess), 11) AS kind,"                \
    "  COUNT(q.id) AS quotes, COUNT(DISTINCT r.document) AS articles"                              \
    "  FROM ranked r LEFT JOIN quotes q ON q.source = r.id"                                        \
    "  GROUP BY r.key"                                                                             \
    "  ORDER BY quotes DESC, articles DESC, name"

/* The view as sqlite_master keeps it, made again where an older quotesrc made it. */
static const char ranking_view[] = "CREATE VIEW source_ranking AS " RANKING_SELECT;

static gboolean fail(QsStore *s, GError **error, const char *what)
{
    g_set_error(error, QS_ERROR, QS_ERROR_DATABASE, "%s: %s", what,
                s->db ? sqlite3_errmsg(s->db) : "out of memory");
    return FALSE;
}

static gboolean prepare(QsStore *s, sqlite3_stmt **stmt, const char *sql, GError **error)
{
    return sqlite3_prepare_v2(s->db, sql, -1, stmt, NULL) == SQLITE_OK ||
           fail(s, error, "cannot prepare a statement");
}

/* Makes the view source_ranking again when it is not this version's.  A read-only
 * database keeps its view: `quotesrc sources` runs the query itself. */
static gboolean update_ranking_view(QsStore *s, GError **error)
{
    sqlite3_stmt *stmt;
    if (!prepare(s, &stmt,
                 "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = 'source_ranking'",
                 error))
        return FALSE;
    gboolean same = sqlite3_step(stmt) == SQLITE_ROW &&
                    g_strcmp0((const char *)sqlite3_column_text(stmt, 0), ranking_view) == 0;
    sqlite3_finalize(stmt);
    if (same || sqlite3_db_readonly(s->db, "main") == 1)
        return TRUE;
    /* one transaction, so that two processes opening the same database do not race */
    g_autofree char *sql = g_strconcat("BEGIN IMMEDIATE; DROP VIEW IF EXISTS source_ranking;",
                                       ranking_view, "; COMMIT;", NULL);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK)
        return TRUE;
    fail(s, error, "cannot make the view source_ranking");
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return FALSE;
}

QsStore *qs_store_open(const char *path, GError **error)
{
    g_return_val_if_fail(path != NULL, NULL);
    QsStore *s = g_new0(QsStore, 1);
    if (sqlite3_open(path, &s->db) != SQLITE_OK ||
        sqlite3_exec(s->db, schema, NULL, NULL, NULL) != SQLITE_OK) {
        fail(s, error, path);
        qs_store_close(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 10000);
    if (!update_ranking_view(s, error)) {
        qs_store_close(s);
        return NULL;
    }
    if (!prepare(s, &s->has_file,
                 "SELECT 1 FROM files WHERE path = ? AND size = ? AND mtime = ? AND error IS NULL",
                 error) ||
        !prepare(s, &s->del_file, "DELETE FROM files WHERE path = ?", error) ||
        !prepare(s, &s->add_file, "INSERT INTO files(path, size, mtime, error) VALUES (?,?,?,?)",
                 error) ||
        !prepare(s, &s->add_doc,
                 "INSERT INTO documents(path, doc_id, title, chars) VALUES (?,?,?,?)", error) ||
        !prepare(s, &s->add_source,
                 "INSERT INTO sources(document, name, kind, title, description) VALUES (?,?,?,?,?)",
                 error) ||
        !prepare(s, &s->add_quote,
                 "INSERT INTO quotes(document, source, kind, start, end, line, col, text, "
                 "confidence) VALUES (?,?,?,?,?,?,?,?,?)",
                 error) ||
        !prepare(s, &s->add_mention,
                 "INSERT INTO mentions(quote, source, text, start, end, how) VALUES (?,?,?,?,?,?)",
                 error)) {
        qs_store_close(s);
        return NULL;
    }
    return s;
}

void qs_store_close(QsStore *s)
{
    if (s == NULL)
        return;
    sqlite3_stmt *all[] = {s->has_file,   s->del_file,  s->add_file,   s->add_doc,
                           s->add_source, s->add_quote, s->add_mention};
    for (guint i = 0; i < G_N_ELEMENTS(all); i++)
        sqlite3_finalize(all[i]);
    sqlite3_close(s->db);
    g_free(s);
}

gboolean qs_store_has_file(QsStore *s, const char *path, guint64 size, gint64 mtime)
{
    sqlite3_reset(s->has_file);
    sqlite3_bind_text(s->has_file, 1, path, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s->has_file, 2, (sqlite3_int64)size);
    sqlite3_bind_int64(s->has_file, 3, mtime);
    return sqlite3_step(s->has_file) == SQLITE_ROW;
}

static void bind_text(sqlite3_stmt *stmt, int i, const char *text, gssize len)
{
    if (text == NULL)
        sqlite3_bind_null(stmt, i);
    else
        sqlite3_bind_text(stmt, i, text, (int)len, SQLITE_TRANSIENT);
}

static gboolean run(QsStore *s, sqlite3_stmt *stmt, GError **error)
{
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE || fail(s, error, "cannot store");
}

static gboolean add_analysis(QsStore *s, const char *path, const QsAnalysis *a, GError **error)
{
    const QsDocument *doc = a->doc;
    sqlite3_bind_text(s->add_doc, 1, path, -1, SQLITE_TRANSIENT);
    bind_text(s->add_doc, 2, doc->id, -1);
    bind_text(s->add_doc, 3, doc->title, -1);
    sqlite3_bind_int64(s->add_doc, 4, (sqlite3_int64)qs_document_char_offset(doc, doc->len));
    if (!run(s, s->add_doc, error))
        return FALSE;
    sqlite3_int64 document = sqlite3_last_insert_rowid(s->db);
    g_autofree sqlite3_int64 *source_ids = g_new(sqlite3_int64, a->sources->len + 1);
    for (guint i = 0; i < a->sources->len; i++) {
        const QsSource *src = g_ptr_array_index(a->sources, i);
        sqlite3_bind_int64(s->add_source, 1, document);
        bind_text(s->add_source, 2, src->name, -1);
        bind_text(s->add_source, 3, qs_source_kind_name(src->kind), -1);
        bind_text(s->add_source, 4, src->title, -1);
        bind_text(s->add_source, 5, src->description, -1);
        if (!run(s, s->add_source, error))
            return FALSE;
        source_ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    for (guint i = 0; i < a->quotes->len; i++) {
        const QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        const QsMention *m =
            q->mention == QS_NONE ? NULL : &g_array_index(a->mentions, QsMention, q->mention);
        guint line, column;
        qs_document_line_column(doc, q->start, &line, &column);
        sqlite3_bind_int64(s->add_quote, 1, document);
        if (m != NULL)
            sqlite3_bind_int64(s->add_quote, 2, source_ids[m->source]);
        else
            sqlite3_bind_null(s->add_quote, 2);
        bind_text(s->add_quote, 3, qs_quote_kind_name(q->kind), -1);
        sqlite3_bind_int64(s->add_quote, 4, (sqlite3_int64)qs_document_char_offset(doc, q->start));
        sqlite3_bind_int64(s->add_quote, 5, (sqlite3_int64)qs_document_char_offset(doc, q->end));
        sqlite3_bind_int(s->add_quote, 6, (int)line);
        sqlite3_bind_int(s->add_quote, 7, (int)column);
        bind_text(s->add_quote, 8, doc->text + q->start, q->end - q->start);
        sqlite3_bind_double(s->add_quote, 9, q->confidence);
        if (!run(s, s->add_quote, error))
            return FALSE;
        if (m == NULL)
            continue;
        guint32 ms = qs_tok(a, m->tok_start)->start, me = qs_tok(a, m->tok_end - 1)->end;
        sqlite3_bind_int64(s->add_mention, 1, sqlite3_last_insert_rowid(s->db));
        sqlite3_bind_int64(s->add_mention, 2, source_ids[m->source]);
        bind_text(s->add_mention, 3, doc->text + ms, me - ms);
        sqlite3_bind_int64(s->add_mention, 4, (sqlite3_int64)qs_document_char_offset(doc, ms));
        sqlite3_bind_int64(s->add_mention, 5, (sqlite3_int64)qs_document_char_offset(doc, me));
        bind_text(s->add_mention, 6, qs_how_name(q->how), -1);
        if (!run(s, s->add_mention, error))
            return FALSE;
    }
    return TRUE;
}

gboolean qs_store_add(QsStore *s, const QsCorpusItem *item, GError **error)
{
    g_return_val_if_fail(s != NULL && item != NULL, FALSE);
    const char *path = qs_corpus_item_get_path(item);
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return fail(s, error, "cannot begin a transaction");
    sqlite3_bind_text(s->del_file, 1, path, -1, SQLITE_TRANSIENT);
    gboolean ok = run(s, s->del_file, error);
    if (ok) {
        sqlite3_bind_text(s->add_file, 1, path, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s->add_file, 2, (sqlite3_int64)qs_corpus_item_get_size(item));
        sqlite3_bind_int64(s->add_file, 3, qs_corpus_item_get_mtime(item));
        bind_text(s->add_file, 4,
                  qs_corpus_item_get_n_errors(item) ? qs_corpus_item_get_error(item, 0) : NULL, -1);
        ok = run(s, s->add_file, error);
    }
    for (guint i = 0; ok && i < qs_corpus_item_get_n_analyses(item); i++)
        ok = add_analysis(s, path, qs_corpus_item_get_analysis(item, i), error);
    if (!ok) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return FALSE;
    }
    return sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK ||
           fail(s, error, "cannot commit");
}

gboolean qs_store_rank_sources(QsStore *s, guint top, QsSourceRowFn fn, gpointer data,
                               GError **error)
{
    g_return_val_if_fail(s != NULL && fn != NULL, FALSE);
    sqlite3_stmt *stmt;
    /* the query, not the view, which a read-only database may hold in an older form */
    if (!prepare(s, &stmt, RANKING_SELECT " LIMIT ?", error))
        return FALSE;
    sqlite3_bind_int64(stmt, 1, top ? (sqlite3_int64)top : -1);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        fn((const char *)sqlite3_column_text(stmt, 0), (const char *)sqlite3_column_text(stmt, 1),
           (guint)sqlite3_column_int(stmt, 2), (guint)sqlite3_column_int(stmt, 3), data);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE || fail(s, error, "cannot rank sources");
}

/* Every table's rows of the attached database "shard", their ids moved past the
 * ones already here so that nothing collides. */
static const char merge_sql[] =
    "BEGIN IMMEDIATE;"
    "CREATE TEMP TABLE base AS SELECT"
    "  (SELECT COALESCE(MAX(id), 0) FROM main.documents) AS d,"
    "  (SELECT COALESCE(MAX(id), 0) FROM main.sources) AS s,"
    "  (SELECT COALESCE(MAX(id), 0) FROM main.quotes) AS q,"
    "  (SELECT COALESCE(MAX(id), 0) FROM main.mentions) AS m;"
    "DELETE FROM main.files WHERE path IN (SELECT path FROM shard.files);"
    "INSERT INTO main.files SELECT path, size, mtime, error FROM shard.files;"
    "INSERT INTO main.documents SELECT id + (SELECT d FROM base), path, doc_id, title, chars"
    "  FROM shard.documents;"
    "INSERT INTO main.sources SELECT id + (SELECT s FROM base), document + (SELECT d FROM base),"
    "  name, kind, title, description FROM shard.sources;"
    "INSERT INTO main.quotes SELECT id + (SELECT q FROM base), document + (SELECT d FROM base),"
    "  source + (SELECT s FROM base), kind, start, end, line, col, text, confidence"
    "  FROM shard.quotes;"
    "INSERT INTO main.mentions SELECT id + (SELECT m FROM base), quote + (SELECT q FROM base),"
    "  source + (SELECT s FROM base), text, start, end, how FROM shard.mentions;"
    "DROP TABLE temp.base;"
    "COMMIT;";

gboolean qs_store_merge(QsStore *s, const char *path, GError **error)
{
    g_return_val_if_fail(s != NULL && path != NULL, FALSE);
    if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
        g_set_error(error, QS_ERROR, QS_ERROR_DATABASE, "%s: no such database", path);
        return FALSE;
    }
    sqlite3_stmt *attach;
    if (!prepare(s, &attach, "ATTACH DATABASE ? AS shard", error))
        return FALSE;
    sqlite3_bind_text(attach, 1, path, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (rc != SQLITE_DONE)
        return fail(s, error, path);
    gboolean ok = sqlite3_exec(s->db, merge_sql, NULL, NULL, NULL) == SQLITE_OK;
    if (!ok) {
        g_autofree char *what = g_strdup_printf("%s: cannot merge", path);
        fail(s, error, what);
        sqlite3_exec(s->db, "ROLLBACK; DROP TABLE IF EXISTS temp.base;", NULL, NULL, NULL);
    }
    sqlite3_exec(s->db, "DETACH DATABASE shard", NULL, NULL, NULL);
    return ok;
}
