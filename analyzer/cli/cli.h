/* The subcommands of the quotesrc program.  No analysis logic lives in cli/: each
 * subcommand parses its options, calls the library and writes what it returns. */
#ifndef QS_CLI_H
#define QS_CLI_H

#include <quotesrc/quotesrc.h>

/* Exit statuses, as documented in --help and the README. */
typedef enum {
    QS_EXIT_OK = 0,
    QS_EXIT_INPUT_FAILED = 1, /* some input could not be read or analysed */
    QS_EXIT_USAGE = 2
} QsExit;

int qs_cli_report(int argc, char **argv);

#endif
