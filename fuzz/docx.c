/* Fuzz target: a zip archive through the word-processor loader, read both as .docx
 * and as .odt (each looks for its own member), then the pipeline. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qs_fuzz_analyze(qs_load_zipped((const char *)data, size, "fuzz.docx", QS_INPUT_DOCX, NULL));
    qs_fuzz_analyze(qs_load_zipped((const char *)data, size, "fuzz.odt", QS_INPUT_ODT, NULL));
    return 0;
}
