/* Opens libxml2 and libarchive on first use: see dynload.h for why. */
#include "dynload.h"

#include "internal.h"

#include <dlfcn.h>

typedef struct {
    gpointer table; /* QsLibxml2 or QsLibarchive, NULL when loading failed */
    char *why;      /* when it failed */
} Loaded;

/* Opens @soname and fills @table through @fill; the reason in @why when it fails. */
static gpointer open_library(const char *soname, gpointer table,
                             const char *(*fill)(void *handle, gpointer table), char **why)
{
    void *handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        *why = g_strdup(dlerror());
        return NULL;
    }
    const char *missing = fill(handle, table);
    if (missing != NULL) {
        *why = g_strdup_printf("%s has no symbol %s", soname, missing);
        dlclose(handle);
        return NULL;
    }
    return table;
}

/* Each symbol from @handle into the member of the same name; the first one missing. */
#define QS_DYNLOAD_FILL(symbol)                                                                 \
    if ((t->symbol = (__typeof__(t->symbol))dlsym(handle, #symbol)) == NULL)                    \
        return #symbol;

static const char *fill_libxml2(void *handle, gpointer table)
{
    QsLibxml2 *t = table;
    QS_LIBXML2_SYMBOLS(QS_DYNLOAD_FILL)
    return NULL;
}

static const char *fill_libarchive(void *handle, gpointer table)
{
    QsLibarchive *t = table;
    QS_LIBARCHIVE_SYMBOLS(QS_DYNLOAD_FILL)
    return NULL;
}

static gpointer load_libxml2(gpointer data)
{
    static QsLibxml2 table;
    Loaded *loaded = data;
    loaded->table = open_library(QS_LIBXML2_SONAME, &table, fill_libxml2, &loaded->why);
    if (loaded->table != NULL)
        table.xmlInitParser(); /* before threads use it */
    return loaded;
}

static gpointer load_libarchive(gpointer data)
{
    static QsLibarchive table;
    Loaded *loaded = data;
    loaded->table = open_library(QS_LIBARCHIVE_SONAME, &table, fill_libarchive, &loaded->why);
    return loaded;
}

static gpointer table_or_error(const Loaded *loaded, const char *what, GError **error)
{
    if (loaded->table == NULL)
        g_set_error(error, QS_ERROR, QS_ERROR_FORMAT, "%s needs a library that could not be loaded: %s",
                    what, loaded->why);
    return loaded->table;
}

const QsLibxml2 *qs_libxml2(const char *what, GError **error)
{
    static GOnce once = G_ONCE_INIT;
    static Loaded loaded;
    return table_or_error(g_once(&once, load_libxml2, &loaded), what, error);
}

const QsLibarchive *qs_libarchive(const char *what, GError **error)
{
    static GOnce once = G_ONCE_INIT;
    static Loaded loaded;
    return table_or_error(g_once(&once, load_libarchive, &loaded), what, error);
}
