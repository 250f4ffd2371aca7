/* quotesrc batch: a corpus of folders on many threads, one JSON line per document in
 * file order, errors as lines of their own, optionally into SQLite; and quotesrc
 * sources: the corpus-wide ranking of sources from that database; quotesrc merge: the
 * outputs of sharded runs joined into one. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    QsStore *store;
    gboolean resume;
    guint shard, shards; /* shards == 0: every file */
    guint64 max_size;
    FILE *out; /* NULL: no JSON output */
    gboolean progress;
    guint done, total;
    guint64 bytes;
    gint64 started;
    gboolean failed;
    gboolean store_failed;
} Batch;

/* FNV-1a: a hash of the path that stays the same on every machine and version. */
static guint32 path_hash(const char *path)
{
    guint32 h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static gboolean in_shard(const Batch *b, const char *path)
{
    return b->shards == 0 || path_hash(path) % b->shards == b->shard;
}

/* Why a file of this run is refused for its size, or NULL.  (transfer full) */
static char *size_refusal(const Batch *b, const QsCorpusItem *item)
{
    return qs_cli_size_refusal(qs_corpus_item_get_path(item), QS_INPUT_AUTO,
                               qs_corpus_item_get_size(item), b->max_size);
}

static gboolean skip_file(const QsCorpusItem *item, gpointer data)
{
    Batch *b = data;
    const char *path = qs_corpus_item_get_path(item);
    if (!in_shard(b, path) || (b->out != NULL && ferror(b->out)))
        return TRUE; /* another shard's, or the output failed: nothing to write it to */
    g_autofree char *refusal = size_refusal(b, item);
    if (refusal != NULL)
        return TRUE; /* not read; batch_item reports it */
    return b->resume && b->store != NULL &&
           qs_store_has_file(b->store, path, qs_corpus_item_get_size(item),
                             qs_corpus_item_get_mtime(item));
}

static void show_progress(Batch *b)
{
    double seconds = (double)(g_get_monotonic_time() - b->started) / G_USEC_PER_SEC;
    double mbs = seconds > 0 ? (double)b->bytes / 1e6 / seconds : 0;
    double eta = b->done > 0 ? seconds * (b->total - b->done) / b->done : 0;
    fprintf(stderr, "\r%u/%u files  %.1f MB/s  ETA %.0fs   ", b->done, b->total, mbs, eta);
    if (b->done == b->total)
        fputc('\n', stderr);
}

/* {"path": ..., "error": ...}: a file (or record) that could not be analysed keeps
 * its place in the output. */
static void write_error_line(Batch *b, const char *path, const char *error)
{
    qs_cli_message(path, "", error);
    if (b->out == NULL)
        return;
    g_autoptr(GString) line = g_string_new("{\"path\":");
    qs_json_append_string(line, path);
    g_string_append(line, ",\"error\":");
    qs_json_append_string(line, error);
    fprintf(b->out, "%s}\n", line->str);
}

static void free_lines(gpointer lines)
{
    g_string_free(lines, TRUE);
}

/* In the worker thread: the file's JSON lines, so that rendering runs in parallel too. */
static void render_item(QsCorpusItem *item, gpointer data)
{
    const Batch *b = data;
    guint n = qs_corpus_item_get_n_analyses(item);
    if (b->out == NULL || n == 0)
        return;
    GString *lines = g_string_sized_new(4096);
    for (guint i = 0; i < n; i++)
        qs_render(qs_corpus_item_get_analysis(item, i), QS_OUTPUT_JSONL, 0, lines);
    qs_corpus_item_set_data(item, lines, free_lines);
}

static void batch_item(const QsCorpusItem *item, gpointer data)
{
    Batch *b = data;
    b->done++;
    g_autofree char *refusal = NULL;
    if (qs_corpus_item_is_skipped(item) && in_shard(b, qs_corpus_item_get_path(item)) &&
        (refusal = size_refusal(b, item)) != NULL) {
        b->failed = TRUE;
        write_error_line(b, qs_corpus_item_get_path(item), refusal);
    } else if (!qs_corpus_item_is_skipped(item)) {
        const char *path = qs_corpus_item_get_path(item);
        b->bytes += qs_corpus_item_get_size(item);
        for (guint i = 0; i < qs_corpus_item_get_n_errors(item); i++) {
            b->failed = TRUE;
            write_error_line(b, path, qs_corpus_item_get_error(item, i));
        }
        const GString *lines = qs_corpus_item_get_data(item);
        if (b->out != NULL && lines != NULL)
            fwrite(lines->str, 1, lines->len, b->out);
        g_autoptr(GError) error = NULL;
        if (b->store != NULL && !qs_store_add(b->store, item, &error)) {
            qs_cli_message(path, "", error->message);
            b->store_failed = TRUE;
        }
    }
    if (b->progress)
        show_progress(b);
}

static gboolean parse_shard(const char *value, guint *shard, guint *shards)
{
    char *end;
    guint64 i = g_ascii_strtoull(value, &end, 10);
    if (end == value || *end != '/')
        return FALSE;
    const char *rest = end + 1;
    guint64 n = g_ascii_strtoull(rest, &end, 10);
    if (end == rest || *end != '\0' || n == 0 || i >= n || n > G_MAXUINT)
        return FALSE;
    *shard = (guint)i;
    *shards = (guint)n;
    return TRUE;
}

int qs_cli_batch(int argc, char **argv)
{
    g_autofree char *output = NULL, *db = NULL, *shard = NULL, *max_size = NULL;
    gboolean resume = FALSE, quiet = FALSE;
    gint jobs = 0;
    GOptionEntry entries[] = {
        {"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Threads (default: the number of cores)", "N"},
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write the JSON lines to FILE (replaced only when complete)", "FILE"},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
         "Store the results in this SQLite database (then JSON lines only with -o)", "FILE"},
        {"resume", 0, 0, G_OPTION_ARG_NONE, &resume,
         "Skip files already in --db with the same size and modification time", NULL},
        {"shard", 0, 0, G_OPTION_ARG_STRING, &shard,
         "Only the files whose path hashes to shard I of N (0 <= I < N)", "I/N"},
        {"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress bar", NULL},
        QS_CLI_MAX_SIZE_OPTION(max_size),
        G_OPTION_ENTRY_NULL};
    g_autoptr(GOptionContext) ctx = g_option_context_new("DIR... - analyse a corpus");
    g_option_context_set_summary(
        ctx, "Walks the folders (.txt .text .jsonl .ndjson .html .htm .xhtml .xml .nitf .tei\n"
             ".docx .odt, in any case; hidden entries skipped; names in byte order), analyses\n"
             "the files on several threads and writes one JSON line per document, in the same\n"
             "order whatever the number of threads.  A file that cannot be read becomes a line\n"
             "{\"path\", \"error\"}, and the run goes on.");
    g_option_context_set_description(
        ctx, "Exit status: 0 every file analysed; 1 some file could not be read, was\n"
             "refused over --max-size or could not be stored; 2 usage error.\n");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    Batch b = {0};
    if (!qs_cli_parse_options(ctx, "batch", &argc, &argv, &error) ||
        !qs_cli_parse_size(max_size, &b.max_size, &error))
        return qs_cli_usage_error("batch", error->message);
    if (argc < 2 || jobs < 0 || jobs > 1024 || (resume && db == NULL) ||
        (shard != NULL && !parse_shard(shard, &b.shard, &b.shards))) {
        return qs_cli_usage_error("batch", argc < 2 ? "no folder given"
                                           : jobs < 0 || jobs > 1024
                                               ? "--jobs takes 1 to 1024 threads"
                                           : resume && !db ? "--resume needs --db"
                                                           : "--shard takes I/N with 0 <= I < N");
    }
    g_autoptr(QsStore) store = NULL;
    if (db != NULL && (store = qs_store_open(db, &error)) == NULL) {
        fprintf(stderr, "quotesrc: %s\n", error->message);
        return QS_EXIT_INPUT_FAILED;
    }
    QsCliOutput *out = NULL;
    if (output != NULL || db == NULL) {
        out = qs_cli_output_open(output);
        if (out == NULL)
            return QS_EXIT_INPUT_FAILED;
    }
    g_autoptr(QsCorpus) corpus = qs_corpus_new((const char *const *)argv + 1);
    qs_corpus_set_max_bytes(corpus, (gsize)MIN(b.max_size, G_MAXSIZE)); /* JSON Lines records */
    b.store = store;
    b.resume = resume;
    b.out = out ? qs_cli_output_stream(out) : NULL;
    b.progress = !quiet && isatty(STDERR_FILENO);
    b.total = qs_corpus_get_n_files(corpus);
    b.started = g_get_monotonic_time();
    guint threads = jobs > 0 ? (guint)jobs : g_get_num_processors();
    qs_corpus_run(corpus, threads, NULL, skip_file, render_item, batch_item, &b);
    if (out != NULL && !qs_cli_output_close(out))
        return QS_EXIT_INPUT_FAILED;
    return b.failed || b.store_failed ? QS_EXIT_INPUT_FAILED : QS_EXIT_OK;
}

static void print_row(const char *name, const char *kind, guint quotes, guint articles,
                      gpointer data)
{
    const char *format = data;
    if (strcmp(format, "text") == 0) {
        printf("%6u quotes  %5u articles  %s (%s)\n", quotes, articles, name, kind);
    } else if (strcmp(format, "csv") == 0) {
        g_autoptr(GString) field = g_string_new(name);
        g_string_replace(field, "\"", "\"\"", 0);
        printf("\"%s\",%s,%u,%u\r\n", field->str, kind, quotes, articles);
    } else {
        g_autoptr(GString) line = g_string_new("{\"name\":");
        qs_json_append_string(line, name);
        g_string_append(line, ",\"kind\":");
        qs_json_append_string(line, kind);
        g_string_append_printf(line, ",\"quotes\":%u,\"articles\":%u}", quotes, articles);
        printf("%s\n", line->str);
    }
}

int qs_cli_sources(int argc, char **argv)
{
    static const char *const formats[] = {"text", "csv", "json", NULL};
    g_autofree char *db = NULL, *format = NULL;
    gint top = 0;
    GOptionEntry entries[] = {
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database of quotesrc batch --db", "FILE"},
        {"top", 'n', 0, G_OPTION_ARG_INT, &top, "Only the N most quoted (default: all)", "N"},
        {"format", 'f', 0, G_OPTION_ARG_STRING, &format,
         "text (default), csv (RFC 4180), json (one object a line)", "FORMAT"},
        G_OPTION_ENTRY_NULL};
    g_autoptr(GOptionContext) ctx = g_option_context_new("- rank the sources of a corpus");
    g_option_context_set_summary(
        ctx, "The named persons and organisations of every article in a batch database, the\n"
             "same name in different articles counted as one source (with or without one\n"
             "middle initial), most quoted first.\n"
             "Unnamed sources in lower case (\"officials\", \"the company\") and pronouns no\n"
             "name was found for are left out: each is someone different in each article.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    int fmt = 0;
    if (!qs_cli_parse_options(ctx, "sources", &argc, &argv, &error) ||
        (format && !qs_cli_parse_choice("format", format, formats, &fmt, &error))) {
        return qs_cli_usage_error("sources", error->message);
    }
    if (db == NULL || top < 0) {
        return qs_cli_usage_error("sources",
                                  db == NULL ? "--db is required" : "--top must be positive");
    }
    if (!g_file_test(db, G_FILE_TEST_IS_REGULAR)) {
        fprintf(stderr, "quotesrc: %s: no such database\n", db);
        return QS_EXIT_INPUT_FAILED;
    }
    g_autoptr(QsStore) store = qs_store_open(db, &error);
    if (store == NULL) {
        fprintf(stderr, "quotesrc: %s\n", error->message);
        return QS_EXIT_INPUT_FAILED;
    }
    QsCliOutput *out = qs_cli_output_open(NULL); /* standard output, checked at the end */
    if (fmt == 1)
        printf("name,kind,quotes,articles\r\n");
    gboolean ranked =
        qs_store_rank_sources(store, (guint)top, print_row, (gpointer)formats[fmt], &error);
    if (!ranked)
        fprintf(stderr, "quotesrc: %s\n", error->message);
    return qs_cli_output_close(out) && ranked ? QS_EXIT_OK : QS_EXIT_INPUT_FAILED;
}

/* ---- merge -------------------------------------------------------------------------- */

typedef struct {
    FILE *fp;
    const char *name;
    char *line;
    size_t cap;
    gssize len;  /* -1 at the end */
    char **path; /* the line's "path", split at '/' */
} Shard;

static gboolean shard_next(Shard *s, GError **error)
{
    g_strfreev(s->path);
    s->path = NULL;
    s->len = getline(&s->line, &s->cap, s->fp);
    if (s->len < 0)
        return TRUE;
    gsize len = (gsize)s->len;
    while (len > 0 && (s->line[len - 1] == '\n' || s->line[len - 1] == '\r'))
        len--;
    g_autofree char *path = qs_json_get_string_member(s->line, len, "path", error);
    if (path == NULL)
        return FALSE;
    s->path = g_strsplit(path, "/", -1);
    return TRUE;
}

/* Folder by folder, names in byte order: the order batch walks in. */
static int compare_paths(char **x, char **y)
{
    for (guint i = 0;; i++) {
        if (x[i] == NULL || y[i] == NULL)
            return (x[i] != NULL) - (y[i] != NULL);
        int c = strcmp(x[i], y[i]);
        if (c != 0)
            return c;
    }
}

/* The JSON lines of several shards, merged into the order of one batch run. */
static gboolean merge_lines(char **inputs, int n, FILE *out)
{
    g_autofree Shard *shards = g_new0(Shard, n);
    gboolean ok = TRUE;
    for (int i = 0; i < n; i++) {
        shards[i].name = inputs[i];
        shards[i].fp = fopen(inputs[i], "rb");
        g_autoptr(GError) error = NULL;
        if (shards[i].fp == NULL) {
            qs_cli_message(inputs[i], "", g_strerror(errno));
            ok = FALSE;
            shards[i].len = -1;
        } else if (!shard_next(&shards[i], &error)) {
            qs_cli_message(inputs[i], "", error->message);
            ok = FALSE;
            shards[i].len = -1;
        }
    }
    for (;;) {
        Shard *best = NULL;
        for (int i = 0; i < n; i++)
            if (shards[i].len >= 0 &&
                (best == NULL || compare_paths(shards[i].path, best->path) < 0))
                best = &shards[i];
        if (best == NULL)
            break;
        fwrite(best->line, 1, best->len, out);
        g_autoptr(GError) error = NULL;
        if (!shard_next(best, &error)) {
            qs_cli_message(best->name, "", error->message);
            ok = FALSE;
            best->len = -1;
        }
    }
    for (int i = 0; i < n; i++) {
        if (shards[i].fp)
            fclose(shards[i].fp);
        free(shards[i].line); /* allocated by getline */
        g_strfreev(shards[i].path);
    }
    return ok;
}

int qs_cli_merge(int argc, char **argv)
{
    g_autofree char *output = NULL, *db = NULL;
    GOptionEntry entries[] = {
        {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         "Write the merged JSON lines to FILE instead of standard output", "FILE"},
        {"db", 0, 0, G_OPTION_ARG_FILENAME, &db,
         "Merge shard databases (the INPUTs) into this SQLite database", "FILE"},
        G_OPTION_ENTRY_NULL};
    g_autoptr(GOptionContext) ctx = g_option_context_new("INPUT... - join the shards of a batch");
    g_option_context_set_summary(
        ctx, "Joins the outputs of batch --shard runs: JSON Lines files into one, in the\n"
             "order a single run writes, or with --db, shard databases into one database.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    g_autoptr(GError) error = NULL;
    if (!qs_cli_parse_options(ctx, "merge", &argc, &argv, &error) || argc < 2)
        return qs_cli_usage_error("merge", error ? error->message : "no input given");
    if (db != NULL) {
        g_autoptr(QsStore) store = qs_store_open(db, &error);
        if (store == NULL) {
            fprintf(stderr, "quotesrc: %s\n", error->message);
            return QS_EXIT_INPUT_FAILED;
        }
        gboolean ok = TRUE;
        for (int i = 1; i < argc; i++) {
            g_clear_error(&error);
            if (!qs_store_merge(store, argv[i], &error)) {
                fprintf(stderr, "quotesrc: %s\n", error->message);
                ok = FALSE;
            }
        }
        return ok ? QS_EXIT_OK : QS_EXIT_INPUT_FAILED;
    }
    QsCliOutput *out = qs_cli_output_open(output);
    if (out == NULL)
        return QS_EXIT_INPUT_FAILED;
    gboolean ok = merge_lines(argv + 1, argc - 1, qs_cli_output_stream(out));
    return qs_cli_output_close(out) && ok ? QS_EXIT_OK : QS_EXIT_INPUT_FAILED;
}
