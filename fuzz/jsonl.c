/* Fuzz target: a JSON Lines file through the reader (every record, bad ones skipped as
 * the program does), then the pipeline for each document. */
#include "fuzz.h"

#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64];
    int fd = qs_fuzz_file(data, size, path, sizeof path);
    if (fd < 0)
        return 0;
    QsReader *reader = qs_reader_new(path, QS_INPUT_JSONL, NULL);
    QsDocument *doc;
    while (qs_fuzz_next(reader, &doc))
        qs_fuzz_analyze(doc);
    qs_reader_free(reader);
    close(fd);
    return 0;
}
