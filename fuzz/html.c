/* Fuzz target: an HTML page through the HTML loader, then the pipeline. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qs_fuzz_analyze(qs_load_html((const char *)data, size, "fuzz.html", NULL));
    return 0;
}
