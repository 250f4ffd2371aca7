/* Batch analysis of a corpus: walks folders (sorted, hidden entries skipped, each
 * folder once however many links lead to it), analyses the files on a pool of threads
 * and hands the results back in file order, whatever the number of threads.  A file
 * that cannot be read becomes an item with an error; the run goes on. */
#include "internal.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
    char *path;
    char *error; /* set when the walk could not read it */
} Entry;

struct _QsCorpus {
    GArray *entries; /* Entry, in walk order */
    gsize max_bytes; /* a file read whole, or a JSON Lines record; 0: the library's */
};

struct _QsCorpusItem {
    char *path;
    guint64 size;
    gint64 mtime;
    gboolean skipped;
    GPtrArray *errors;    /* char*: the file's, or one per bad JSON Lines record */
    GPtrArray *documents; /* QsDocument* */
    GPtrArray *analyses;  /* QsAnalysis*, one per document */
    gpointer data;        /* the prepare function's */
    GDestroyNotify data_destroy;
};

static void entry_clear(gpointer p)
{
    Entry *e = p;
    g_free(e->path);
    g_free(e->error);
}

static void add_entry(QsCorpus *c, const char *path, const char *error)
{
    Entry e = {g_strdup(path), g_strdup(error)};
    g_array_append_val(c->entries, e);
}

/* Files a batch reads: those whose extension names a format the reader knows. */
static gboolean wanted(const char *name)
{
    return qs_input_format_for_path(name) != QS_INPUT_AUTO;
}

static gint compare_names(gconstpointer x, gconstpointer y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Walks @dir depth first, each folder once (keyed by device and inode, so a symlink
 * loop ends), names in byte order. */
static void walk(QsCorpus *c, const char *dir, GHashTable *seen)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        add_entry(c, dir, g_strerror(errno));
        return;
    }
    char *key = g_strdup_printf("%ju:%ju", (uintmax_t)st.st_dev, (uintmax_t)st.st_ino);
    if (!g_hash_table_add(seen, key))
        return; /* already walked: a symlink loop or a second link */
    g_autoptr(GError) error = NULL;
    GDir *d = g_dir_open(dir, 0, &error);
    if (d == NULL) {
        add_entry(c, dir, error->message);
        return;
    }
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
    const char *name;
    while ((name = g_dir_read_name(d)) != NULL)
        if (name[0] != '.')
            g_ptr_array_add(names, g_strdup(name));
    g_dir_close(d);
    g_ptr_array_sort(names, compare_names);
    for (guint i = 0; i < names->len; i++) {
        const char *n = g_ptr_array_index(names, i);
        g_autofree char *path = g_build_filename(dir, n, NULL);
        if (stat(path, &st) != 0)
            add_entry(c, path, g_strerror(errno)); /* a broken link */
        else if (S_ISDIR(st.st_mode))
            walk(c, path, seen);
        else if (S_ISREG(st.st_mode) && wanted(n))
            add_entry(c, path, NULL);
    }
}

QsCorpus *qs_corpus_new(const char *const *roots)
{
    g_return_val_if_fail(roots != NULL, NULL);
    QsCorpus *c = g_new0(QsCorpus, 1);
    c->entries = g_array_new(FALSE, FALSE, sizeof(Entry));
    g_array_set_clear_func(c->entries, entry_clear);
    g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = 0; roots[i]; i++) {
        struct stat st;
        if (stat(roots[i], &st) == 0 && S_ISDIR(st.st_mode))
            walk(c, roots[i], seen);
        else /* a file named on the command line is read whatever its name */
            add_entry(c, roots[i], stat(roots[i], &st) == 0 ? NULL : g_strerror(errno));
    }
    return c;
}

void qs_corpus_free(QsCorpus *c)
{
    if (c == NULL)
        return;
    g_array_unref(c->entries);
    g_free(c);
}

guint qs_corpus_get_n_files(const QsCorpus *c)
{
    g_return_val_if_fail(c != NULL, 0);
    return c->entries->len;
}

const char *qs_corpus_get_path(const QsCorpus *c, guint i)
{
    g_return_val_if_fail(c != NULL && i < c->entries->len, NULL);
    return g_array_index(c->entries, Entry, i).path;
}

/* ---- items ------------------------------------------------------------------------ */

static QsCorpusItem *item_new(const char *path)
{
    QsCorpusItem *item = g_new0(QsCorpusItem, 1);
    item->path = g_strdup(path);
    item->errors = g_ptr_array_new_with_free_func(g_free);
    item->documents = g_ptr_array_new_with_free_func((GDestroyNotify)qs_document_free);
    item->analyses = g_ptr_array_new_with_free_func((GDestroyNotify)qs_analysis_free);
    return item;
}

static void item_free(QsCorpusItem *item)
{
    if (item->data_destroy != NULL)
        item->data_destroy(item->data);
    g_free(item->path);
    g_ptr_array_unref(item->errors);
    g_ptr_array_unref(item->analyses); /* before the documents they borrow */
    g_ptr_array_unref(item->documents);
    g_free(item);
}

static void stat_item(QsCorpusItem *item)
{
    struct stat st;
    if (stat(item->path, &st) == 0) {
        item->size = (guint64)st.st_size;
        item->mtime = (gint64)st.st_mtime;
    }
}

static void read_item(QsCorpusItem *item, gsize max_bytes, const QsOptions *options)
{
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) reader = qs_reader_new(item->path, QS_INPUT_AUTO, &error);
    if (reader == NULL) {
        g_ptr_array_add(item->errors, g_strdup(error->message));
        return;
    }
    qs_reader_set_max_bytes(reader, max_bytes);
    for (;;) {
        g_clear_error(&error);
        QsDocument *doc = qs_reader_next(reader, &error);
        if (doc == NULL) {
            if (error == NULL)
                break;
            g_ptr_array_add(item->errors, g_strdup(error->message));
            continue; /* the reader goes on with the next record, if there is one */
        }
        g_ptr_array_add(item->documents, doc);
        g_ptr_array_add(item->analyses, qs_analyze(doc, options));
    }
}

const char *qs_corpus_item_get_path(const QsCorpusItem *item)
{
    return item->path;
}

guint64 qs_corpus_item_get_size(const QsCorpusItem *item)
{
    return item->size;
}

gint64 qs_corpus_item_get_mtime(const QsCorpusItem *item)
{
    return item->mtime;
}

gboolean qs_corpus_item_is_skipped(const QsCorpusItem *item)
{
    return item->skipped;
}

guint qs_corpus_item_get_n_errors(const QsCorpusItem *item)
{
    return item->errors->len;
}

const char *qs_corpus_item_get_error(const QsCorpusItem *item, guint i)
{
    g_return_val_if_fail(i < item->errors->len, NULL);
    return g_ptr_array_index(item->errors, i);
}

guint qs_corpus_item_get_n_analyses(const QsCorpusItem *item)
{
    return item->analyses->len;
}

const QsAnalysis *qs_corpus_item_get_analysis(const QsCorpusItem *item, guint i)
{
    g_return_val_if_fail(i < item->analyses->len, NULL);
    return g_ptr_array_index(item->analyses, i);
}

void qs_corpus_set_max_bytes(QsCorpus *corpus, gsize max)
{
    g_return_if_fail(corpus != NULL);
    corpus->max_bytes = max;
}

void qs_corpus_item_set_data(QsCorpusItem *item, gpointer data, GDestroyNotify destroy)
{
    if (item->data_destroy != NULL)
        item->data_destroy(item->data);
    item->data = data;
    item->data_destroy = destroy;
}

gpointer qs_corpus_item_get_data(const QsCorpusItem *item)
{
    return item->data;
}

/* ---- the run ---------------------------------------------------------------------- */

typedef struct {
    const QsCorpus *corpus;
    const QsOptions *options;
    QsCorpusPrepareFn prepare;
    gpointer data;
    QsCorpusItem **done; /* slot per file, filled by the workers */
    guint awaited;       /* the file the ordering waits for, G_MAXUINT when none */
    GMutex lock;
    GCond ready;
} Run;

static void work(gpointer data, gpointer user_data)
{
    Run *run = user_data;
    guint i = GPOINTER_TO_UINT(data) - 1;
    const Entry *e = &g_array_index(run->corpus->entries, Entry, i);
    QsCorpusItem *item = item_new(e->path);
    if (e->error != NULL) {
        g_ptr_array_add(item->errors, g_strdup(e->error));
    } else {
        stat_item(item);
        read_item(item, run->corpus->max_bytes, run->options);
    }
    if (run->prepare != NULL)
        run->prepare(item, run->data);
    g_mutex_lock(&run->lock);
    run->done[i] = item;
    if (i == run->awaited) /* waking the ordering for any other file would only cost a switch */
        g_cond_signal(&run->ready);
    g_mutex_unlock(&run->lock);
}

/* Files in flight at most, per thread: bounds the memory the ordering holds. */
#define QS_BATCH_WINDOW_PER_JOB 8
#define QS_MAX_JOBS 1024

void qs_corpus_run(const QsCorpus *c, guint jobs, const QsOptions *options, QsCorpusSkipFn skip,
                   QsCorpusPrepareFn prepare, QsCorpusFn fn, gpointer data)
{
    g_return_if_fail(c != NULL && fn != NULL);
    guint n = c->entries->len;
    Run run = {c, options, prepare, data, g_new0(QsCorpusItem *, n), G_MAXUINT, {0}, {0}};
    g_mutex_init(&run.lock);
    g_cond_init(&run.ready);
    jobs = CLAMP(jobs, 1, QS_MAX_JOBS);
    GThreadPool *pool = g_thread_pool_new(work, &run, (gint)jobs, FALSE, NULL);
    guint window = jobs * QS_BATCH_WINDOW_PER_JOB;
    guint pushed = 0;
    for (guint next = 0; next < n; next++) {
        /* keep the pool fed; skipped files never go to it */
        for (; pushed < n && pushed < next + window; pushed++) {
            const Entry *e = &g_array_index(c->entries, Entry, pushed);
            QsCorpusItem *probe = NULL;
            if (skip != NULL) {
                probe = item_new(e->path);
                stat_item(probe);
                probe->skipped = skip(probe, data);
            }
            if (probe != NULL && probe->skipped) {
                g_mutex_lock(&run.lock);
                run.done[pushed] = probe;
                g_mutex_unlock(&run.lock);
                continue;
            }
            if (probe != NULL)
                item_free(probe);
            g_thread_pool_push(pool, GUINT_TO_POINTER(pushed + 1), NULL);
        }
        g_mutex_lock(&run.lock);
        run.awaited = next;
        while (run.done[next] == NULL)
            g_cond_wait(&run.ready, &run.lock);
        run.awaited = G_MAXUINT;
        QsCorpusItem *item = run.done[next];
        run.done[next] = NULL;
        g_mutex_unlock(&run.lock);
        fn(item, data);
        item_free(item);
    }
    g_thread_pool_free(pool, FALSE, TRUE);
    g_mutex_clear(&run.lock);
    g_cond_clear(&run.ready);
    g_free(run.done);
}
