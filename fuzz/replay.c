/* Replays inputs through a fuzz target without libFuzzer, so that the crashes fuzzing
 * found (fuzz/regressions/TARGET/) guard every build, gcc's included:
 *
 *     replay FILE_OR_DIR...
 *
 * Fails when an argument cannot be read or when nothing was replayed (a misspelt
 * folder would otherwise pass); a regression that comes back crashes it. */
#include "fuzz.h"

#include <stdio.h>

static gboolean replay_file(const char *path)
{
    g_autofree char *data = NULL;
    gsize len = 0;
    g_autoptr(GError) error = NULL;
    if (!g_file_get_contents(path, &data, &len, &error)) {
        fprintf(stderr, "replay: %s\n", error->message);
        return FALSE;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, len);
    return TRUE;
}

int main(int argc, char **argv)
{
    guint replayed = 0;
    gboolean ok = TRUE;
    for (int i = 1; i < argc; i++) {
        if (!g_file_test(argv[i], G_FILE_TEST_IS_DIR)) {
            ok &= replay_file(argv[i]);
            replayed++;
            continue;
        }
        g_autoptr(GError) error = NULL;
        g_autoptr(GDir) dir = g_dir_open(argv[i], 0, &error);
        if (dir == NULL) {
            fprintf(stderr, "replay: %s\n", error->message);
            ok = FALSE;
            continue;
        }
        for (const char *name; (name = g_dir_read_name(dir)) != NULL;) {
            g_autofree char *path = g_build_filename(argv[i], name, NULL);
            if (g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
                ok &= replay_file(path);
                replayed++;
            }
        }
    }
    printf("%u inputs replayed\n", replayed);
    return ok && replayed > 0 ? 0 : 1;
}
