/* quotesrc: the program's entry point, dispatching to one subcommand. */
#define _POSIX_C_SOURCE 200809L /* SIGPIPE */
#include "cli.h"

#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "Usage: quotesrc COMMAND [OPTIONS] FILE...\n"
    "\n"
    "Finds quoted and reported speech in news text and who said it.\n"
    "\n"
    "Commands:\n"
    "  report    the quotes of each FILE, their speakers and sources\n"
    "            (json, jsonl, text, csv, xml, html)\n"
    "  audit     the sourcing of each draft, as diagnostics (text, json, sarif)\n"
    "  batch     a corpus of folders on many threads, into JSON Lines or SQLite\n"
    "  sources   the sources of a batch database, ranked across the corpus\n"
    "  merge     the shards of batch --shard runs, JSON Lines or databases, joined\n"
    "\n"
    "Run 'quotesrc COMMAND --help' for the options of a command.\n"
    "Options: -h, --help  this help;  -V, --version  the version.\n";

/* Memory freed stays in the process for the next document.  A part of a large text takes
 * arrays of a few times its size; glibc maps each array of more than 32 MB afresh and
 * unmaps it when freed, so every part paid the kernel again for zeroed pages: on 300 MB
 * of news in 64 MB parts, 321,600 page faults and 1.3-1.5 s of system time in 11-13 s,
 * against 100,700 and 0.8 s with this.  The peak is what the largest document needs
 * either way.  A thread's arena keeps its own heap: an array too big for it fails there
 * and glibc takes it from the main heap instead. */
static void keep_freed_memory(void)
{
#ifdef __GLIBC__
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, G_MAXINT);
#endif
}

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    keep_freed_memory();
    /* a reader that goes away is a write error, said and reported by the exit status like
     * any other, rather than a silent death in the middle of a report */
    signal(SIGPIPE, SIG_IGN);
    if (argc < 2) {
        fputs(usage, stderr);
        return QS_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return QS_EXIT_OK;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("quotesrc %s\n", qs_version());
        return QS_EXIT_OK;
    }
    if (strcmp(cmd, "report") == 0)
        return qs_cli_report(argc - 1, argv + 1);
    if (strcmp(cmd, "audit") == 0)
        return qs_cli_audit(argc - 1, argv + 1);
    if (strcmp(cmd, "batch") == 0)
        return qs_cli_batch(argc - 1, argv + 1);
    if (strcmp(cmd, "sources") == 0)
        return qs_cli_sources(argc - 1, argv + 1);
    if (strcmp(cmd, "merge") == 0)
        return qs_cli_merge(argc - 1, argv + 1);
    fprintf(stderr, "quotesrc: unknown command '%s'\n\n%s", cmd, usage);
    return QS_EXIT_USAGE;
}
