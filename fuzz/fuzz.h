/* What the fuzz targets share: the libFuzzer entry point each defines, and the
 * pipeline run over every document a loader returns, so that a loader's output is
 * checked by everything downstream of it (offsets, line:column, renderers). */
#ifndef QS_FUZZ_H
#define QS_FUZZ_H

#include "internal.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Fails the run unless @report is valid UTF-8, as every report must be whatever came in:
 * abort(), which libFuzzer catches and keeps the input of (g_error's trap it would not). */
void qs_fuzz_check_report(const GString *report);

/* Analyses @doc, renders it as JSON (with the text) and as a text table, and frees it.
 * @doc may be NULL (the loader refused the input). */
void qs_fuzz_analyze(QsDocument *doc);

/* Reads the next document of @reader into *@doc, NULL for a record it refused (its error
 * dropped, as the program goes on past it); FALSE at the end of the input. */
gboolean qs_fuzz_next(QsReader *reader, QsDocument **doc);

/* A file descriptor path ("/proc/self/fd/N") holding @data, for the APIs that read a
 * path; close() the returned descriptor when done.  -1 when no memory file could be made. */
int qs_fuzz_file(const uint8_t *data, size_t size, char *path, size_t path_size);

#endif
