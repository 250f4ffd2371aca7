/* Shared by the fuzz targets: see fuzz.h. */
#define _GNU_SOURCE
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

void qs_fuzz_check_report(const GString *report)
{
    if (g_utf8_validate_len(report->str, report->len, NULL))
        return;
    fprintf(stderr, "qs-fuzz: a report that is not valid UTF-8\n");
    abort();
}

void qs_fuzz_analyze(QsDocument *doc)
{
    if (doc == NULL)
        return;
    QsAnalysis *analysis = qs_analyze(doc, NULL);
    GString *out = g_string_new(NULL);
    qs_render(analysis, QS_OUTPUT_JSON, QS_RENDER_EXPLAIN | QS_RENDER_INCLUDE_TEXT, out);
    qs_render(analysis, QS_OUTPUT_TEXT, 0, out);
    qs_fuzz_check_report(out);
    g_string_free(out, TRUE);
    qs_analysis_free(analysis);
    qs_document_free(doc);
}

int qs_fuzz_file(const uint8_t *data, size_t size, char *path, size_t path_size)
{
    int fd = memfd_create("qs-fuzz", 0);
    if (fd < 0)
        return -1;
    for (size_t done = 0; done < size;) {
        ssize_t n = write(fd, data + done, size - done);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)n;
    }
    snprintf(path, path_size, "/proc/self/fd/%d", fd);
    return fd;
}

gboolean qs_fuzz_next(QsReader *reader, QsDocument **doc)
{
    GError *error = NULL;
    *doc = qs_reader_next(reader, &error);
    if (*doc == NULL && error == NULL)
        return FALSE;
    g_clear_error(&error);
    return TRUE;
}
