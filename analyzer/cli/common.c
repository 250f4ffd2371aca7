/* What the subcommands share: option value parsing, messages on stderr, reading every
 * document of a file, and an output file replaced only when complete. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

gboolean qs_cli_parse_choice(const char *what, const char *value, const char *const *names,
                             int *out, GError **error)
{
    for (int i = 0; names[i] != NULL; i++)
        if (strcmp(value, names[i]) == 0) {
            *out = i;
            return TRUE;
        }
    g_autofree char *known = g_strjoinv(", ", (char **)names);
    g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "unknown %s '%s' (known: %s)",
                what, value, known);
    return FALSE;
}

gboolean qs_cli_parse_options(GOptionContext *ctx, const char *command, int *argc, char ***argv,
                              GError **error)
{
    g_autofree char *prgname = g_strconcat("quotesrc ", command, NULL);
    g_set_prgname(prgname); /* --help then names the subcommand */
    return g_option_context_parse(ctx, argc, argv, error);
}

int qs_cli_usage_error(const char *command, const char *message)
{
    fprintf(stderr, "quotesrc: %s\nTry 'quotesrc %s --help'.\n", message, command);
    return QS_EXIT_USAGE;
}

void qs_cli_message(const char *path, const char *level, const char *text)
{
    fprintf(stderr, "quotesrc: %s: %s%s\n", strcmp(path, "-") == 0 ? "(stdin)" : path, level, text);
}

gboolean qs_cli_parse_size(const char *value, guint64 *out, GError **error)
{
    if (value == NULL) {
        *out = QS_CLI_DEFAULT_MAX_SIZE;
        return TRUE;
    }
    char *end;
    guint64 n = g_ascii_strtoull(value, &end, 10);
    guint shift = 0;
    if (*end != '\0' && end[1] == '\0' && strchr("kKmMgG", *end) != NULL) {
        shift = g_ascii_tolower(*end) == 'k' ? 10 : g_ascii_tolower(*end) == 'm' ? 20 : 30;
        end++;
    }
    if (!g_ascii_isdigit(*value) || *end != '\0' || n == 0 || n > (G_MAXUINT64 >> shift)) {
        g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                    "--max-size takes a number of bytes, with K, M or G after it if need be: "
                    "'%s'",
                    value);
        return FALSE;
    }
    *out = n << shift;
    return TRUE;
}

char *qs_cli_size_refusal(const char *path, QsInputFormat format, guint64 size, guint64 max_size)
{
    if (format == QS_INPUT_AUTO)
        format = qs_input_format_for_path(path);
    /* plain text is read in parts and JSON Lines a record at a time; a file whose
     * format is known only from its content is left to the reader, which reads a part */
    if (format == QS_INPUT_TEXT || format == QS_INPUT_JSONL || format == QS_INPUT_AUTO ||
        size <= max_size)
        return NULL;
    return g_strdup_printf("%" G_GUINT64_FORMAT " bytes, over the limit of %" G_GUINT64_FORMAT
                           " bytes (--max-size): not read",
                           size, max_size);
}

gboolean qs_cli_each_document(const char *path, QsInputFormat format, gboolean quiet,
                              guint64 max_size, QsDocumentFn fn, gpointer data)
{
    /* a regular file that must be read whole is refused before reading it; the reader
     * cuts off standard input, devices and JSON Lines records once over the limit, and
     * reads plain text over it in parts */
    GStatBuf st;
    if (strcmp(path, "-") != 0 && g_stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        g_autofree char *refusal = qs_cli_size_refusal(path, format, (guint64)st.st_size, max_size);
        if (refusal != NULL) {
            qs_cli_message(path, "", refusal);
            return FALSE;
        }
    }
    g_autoptr(GError) error = NULL;
    g_autoptr(QsReader) reader = qs_reader_new(path, format, &error);
    if (reader == NULL) {
        qs_cli_message(path, "", error->message);
        return FALSE;
    }
    qs_reader_set_max_bytes(reader, (gsize)MIN(max_size, G_MAXSIZE)); /* pipes, records */
    gboolean ok = TRUE;
    for (;;) {
        g_clear_error(&error);
        QsDocument *doc = qs_reader_next(reader, &error);
        if (doc == NULL) {
            if (error == NULL)
                break;
            qs_cli_message(path, "", error->message);
            ok = FALSE;
            continue; /* the reader goes on with the next record, if there is one */
        }
        const char *const *warnings = qs_document_get_warnings(doc);
        for (guint i = 0; warnings && warnings[i] && !quiet; i++)
            qs_cli_message(path, "warning: ", warnings[i]);
        fn(doc, data);
    }
    return ok;
}

/* The temporary file being written, removed if the program is stopped by a signal. */
static char *volatile pending_tmp;

static void remove_pending(int sig)
{
    char *tmp = pending_tmp;
    if (tmp != NULL)
        unlink(tmp); /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig);
}

struct _QsCliOutput {
    FILE *fp;
    char *path; /* NULL: standard output */
    char *tmp;
};

QsCliOutput *qs_cli_output_open(const char *path)
{
    QsCliOutput *o = g_new0(QsCliOutput, 1);
    o->fp = stdout;
    if (path == NULL)
        return o;
    /* a link is followed to the file it names; a device or a pipe is written to as it is,
     * since there is nothing to replace atomically */
    g_autofree char *target = g_file_read_link(path, NULL);
    if (target != NULL && !g_path_is_absolute(target)) {
        g_autofree char *dir = g_path_get_dirname(path);
        char *joined = g_build_filename(dir, target, NULL);
        g_free(target);
        target = joined;
    }
    const char *real = target ? target : path;
    gboolean special =
        g_file_test(real, G_FILE_TEST_EXISTS) && !g_file_test(real, G_FILE_TEST_IS_REGULAR);
    o->path = g_strdup(real);
    o->tmp = special ? NULL : g_strdup_printf("%s.tmp.%d", real, (int)getpid());
    o->fp = fopen(special ? real : o->tmp, "wb");
    if (o->fp != NULL && o->tmp != NULL) {
        pending_tmp = o->tmp;
        signal(SIGTERM, remove_pending);
        signal(SIGINT, remove_pending);
        signal(SIGHUP, remove_pending);
    }
    if (o->fp == NULL) {
        fprintf(stderr, "quotesrc: %s: %s\n", special ? real : o->tmp, g_strerror(errno));
        g_free(o->path);
        g_free(o->tmp);
        g_free(o);
        return NULL;
    }
    return o;
}

FILE *qs_cli_output_stream(const QsCliOutput *o)
{
    return o->fp;
}

gboolean qs_cli_output_close(QsCliOutput *o)
{
    gboolean written = fflush(o->fp) == 0 && !ferror(o->fp);
    int saved = errno;
    if (o->path != NULL) {
        written &= fclose(o->fp) == 0;
        if (o->tmp != NULL && written && g_rename(o->tmp, o->path) != 0) {
            saved = errno;
            written = FALSE;
        }
        if (o->tmp != NULL && !written)
            g_unlink(o->tmp);
    }
    pending_tmp = NULL;
    if (!written)
        fprintf(stderr, "quotesrc: %s: write error: %s\n", o->path ? o->path : "standard output",
                g_strerror(saved ? saved : EIO));
    g_free(o->path);
    g_free(o->tmp);
    g_free(o);
    return written;
}
