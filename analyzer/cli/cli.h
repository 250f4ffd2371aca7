/* The subcommands of the quotesrc program.  No analysis logic lives in cli/: each
 * subcommand parses its options, calls the library and writes what it returns. */
#ifndef QS_CLI_H
#define QS_CLI_H

#include <quotesrc/quotesrc.h>
#include <stdio.h>

/* Exit statuses, as documented in --help and the README. */
typedef enum {
    QS_EXIT_OK = 0,
    QS_EXIT_INPUT_FAILED = 1, /* report: some input could not be read; audit: findings */
    QS_EXIT_USAGE = 2
} QsExit;

int qs_cli_report(int argc, char **argv);
int qs_cli_audit(int argc, char **argv);
int qs_cli_batch(int argc, char **argv);
int qs_cli_sources(int argc, char **argv);
int qs_cli_merge(int argc, char **argv);

/* common.c */
/* Sets *out to the index of @value in the NULL-terminated @names, or fails with a
 * G_OPTION_ERROR naming @what and the known values. */
gboolean qs_cli_parse_choice(const char *what, const char *value, const char *const *names,
                             int *out, GError **error);
/* Parses the options of subcommand @command ("report"), named so in --help. */
gboolean qs_cli_parse_options(GOptionContext *ctx, const char *command, int *argc, char ***argv,
                              GError **error);
/* "quotesrc: MESSAGE" and a pointer to --help on stderr; returns QS_EXIT_USAGE. */
int qs_cli_usage_error(const char *command, const char *message);
/* "quotesrc: PATH: LEVELTEXT" on stderr; PATH "-" is shown as (stdin). */
void qs_cli_message(const char *path, const char *level, const char *text);
/* The most a document may take from the input: analysing one takes about five times
 * its size in memory.  Plain text over it is read in parts; files read whole (HTML, XML,
 * drafts) over it are refused unread, as a 2 GB file would otherwise be read before
 * anything could be said; JSON Lines records over it are refused. */
#define QS_CLI_DEFAULT_MAX_SIZE ((guint64)64 << 20)
/* The --max-size option, into the string @value. */
#define QS_CLI_MAX_SIZE_OPTION(value)                                                              \
    {                                                                                              \
        "max-size", 0, 0, G_OPTION_ARG_STRING, &(value),                                           \
            "Read plain text over SIZE bytes (suffix K, M or G; default 64M) in parts of at most " \
            "SIZE, cut at paragraph breaks; refuse HTML, XML and drafts over it unread, and "      \
            "JSON Lines records over it",                                                          \
            "SIZE"                                                                                 \
    }
/* Parses a --max-size value (NULL: the default) into @out. */
gboolean qs_cli_parse_size(const char *value, guint64 *out, GError **error);
/* Why the file @path of @size bytes, read as @format, is refused under @max_size before
 * reading it, or NULL when it is not: only a format read whole (HTML, XML, word
 * processor) known from @format or the extension is.  (transfer full) */
char *qs_cli_size_refusal(const char *path, QsInputFormat format, guint64 size, guint64 max_size);
/* Calls @fn on every document of @path (transfer full), reporting what cannot be
 * read (a file read whole over @max_size is not read; plain text over it is read in
 * parts, each a document) and its repaired problems; FALSE when some input could not
 * be read. */
typedef void (*QsDocumentFn)(QsDocument *doc, gpointer data);
gboolean qs_cli_each_document(const char *path, QsInputFormat format, gboolean quiet,
                              guint64 max_size, QsDocumentFn fn, gpointer data);
/* Standard output, or a file written under a temporary name and renamed into place
 * by qs_cli_output_close when everything was written. */
typedef struct _QsCliOutput QsCliOutput;
QsCliOutput *qs_cli_output_open(const char *path);
FILE *qs_cli_output_stream(const QsCliOutput *output);
/* FALSE (and a message) when the output could not be written in full. */
gboolean qs_cli_output_close(QsCliOutput *output);

#endif
