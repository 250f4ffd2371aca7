/* Fuzz target: an XML file through the XML loader, then the pipeline. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qs_fuzz_analyze(qs_load_xml((const char *)data, size, "fuzz.xml", NULL));
    return 0;
}
