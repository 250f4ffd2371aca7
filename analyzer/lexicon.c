/* The word lists of data/ (compiled into the library by cmake/embed_data.cmake),
 * loaded once into one open-addressing table from lowercase word to an entry of flags,
 * so a token needs one look-up.  Loading runs at every start of the program, so it
 * splits the lists in place and hashes each word once. */
#include "internal.h"

#include <math.h>
#include <string.h>

/* A slot of the word table (open addressing, linear probing): cheaper per token than a
 * GHashTable, which hashes and copies again.  Eight bytes, so that the table stays in
 * the cache: every word of the input probes it, and most probes end at an empty slot
 * or a hash that differs, without reading the word. */
typedef struct {
    guint32 hash;
    guint16 entry; /* 0: empty slot */
    guint16 len;
} QsWordSlot;

struct _QsLexicon {
    QsWordSlot *words; /* a power of two of slots, at most half full */
    guint32 words_mask;
    GPtrArray *spellings; /* const char*, the lowercase word of each entry */
    GArray *entries; /* QsLexEntry; entry 0 is "unknown word" */
    GPtrArray *text; /* the lists' text, split in place: the words point into it */
    GHashTable *lemmas; /* interned lemma strings (a set) */
    /* by the entry of their first word, a GPtrArray of QsCuePhrase* or NULL: an array,
     * not a hash table, as every word that may start one asks */
    GPtrArray *phrases;
    GPtrArray *all_phrases;
    GHashTable *lemma_flags; /* interned cue lemma -> QS_LEMMA_* flags */
    GHashTable *weights;     /* feature -> double*, from confidence_weights.txt */
    GPtrArray *no_comment;   /* lowercase phrases, from no_comment_phrases.txt */
    guint n_lemmas;
};

static void phrase_free(gpointer p)
{
    QsCuePhrase *phrase = p;
    g_free((gpointer)phrase->words);
    g_free(phrase);
}

static guint32 word_hash(const char *word, gsize len)
{
    guint64 hash = QS_WORD_HASH_SEED;
    gsize i = 0;
    for (; i + 8 <= len; i += 8) {
        guint64 chunk;
        memcpy(&chunk, word + i, sizeof chunk);
        hash = qs_word_hash_step(hash, GUINT64_FROM_LE(chunk));
    }
    if (i < len) {
        guint64 chunk = 0;
        for (guint k = 0; i + k < len; k++)
            chunk |= (guint64)(guchar)word[i + k] << (8 * k);
        hash = qs_word_hash_step(hash, chunk);
    }
    return qs_word_hash_finish(hash, len);
}

static void place(QsLexicon *lex, QsWordSlot slot)
{
    guint32 k = slot.hash & lex->words_mask;
    while (lex->words[k].entry != 0)
        k = (k + 1) & lex->words_mask;
    lex->words[k] = slot;
}

/* Doubles the table when it would be over half full. */
static void make_room(QsLexicon *lex)
{
    guint32 size = lex->words_mask + 1;
    if (2 * lex->entries->len < size)
        return;
    QsWordSlot *old = lex->words;
    lex->words = g_new0(QsWordSlot, 2 * size);
    lex->words_mask = 2 * size - 1;
    for (guint32 k = 0; k < size; k++)
        if (old[k].entry != 0)
            place(lex, old[k]);
    g_free(old);
}

/* The entry of lowercase @word, which must outlive the lexicon; added when new. */
static guint32 intern(QsLexicon *lex, const char *word)
{
    gsize len = strlen(word);
    guint32 hash = word_hash(word, len);
    guint32 i = qs_lexicon_lookup_hashed(lex, word, len, hash);
    if (i != 0)
        return i;
    g_assert(lex->entries->len <= G_MAXUINT16); /* QsToken.lex is 16 bits */
    g_assert(len <= G_MAXUINT16);
    make_room(lex);
    QsLexEntry entry = {0};
    g_array_append_val(lex->entries, entry);
    g_ptr_array_add(lex->spellings, (gpointer)word);
    i = lex->entries->len - 1;
    place(lex, (QsWordSlot){hash, (guint16)i, (guint16)len});
    return i;
}

static QsLexEntry *entry_for(QsLexicon *lex, const char *word)
{
    guint32 i = intern(lex, word); /* may move the array: index it after */
    return &g_array_index(lex->entries, QsLexEntry, i);
}

static const char *intern_lemma(QsLexicon *lex, const char *lemma)
{
    const char *interned = g_hash_table_lookup(lex->lemmas, lemma);
    if (interned == NULL) {
        interned = lemma;
        g_hash_table_add(lex->lemmas, (gpointer)interned);
    }
    return interned;
}

/* Lowercases @s in place when it is ASCII; else returns a lowercase copy kept in
 * lex->text. */
static char *lowercase(QsLexicon *lex, char *s)
{
    for (char *p = s; *p; p++) {
        if ((guchar)*p >= 0x80) {
            char *lower = qs_strdown(s);
            g_ptr_array_add(lex->text, lower);
            return lower;
        }
        if ((guchar)(*p - 'A') < 26) /* g_ascii_tolower is a call a byte */
            *p += 'a' - 'A';
    }
    return s;
}

/* Calls @line_fn on every field list of a data file: one line, comments and blank
 * lines skipped.  The fields point into a copy of the file that the lexicon keeps. */
typedef void (*LineFn)(QsLexicon *lex, char **fields, guint n);
#define QS_MAX_FIELDS 64 /* the longest line of a list has a dozen */

static void load_list(QsLexicon *lex, const char *name, LineFn line_fn)
{
    const QsDataFile *file = qs_data_files;
    while (file->name != NULL && strcmp(file->name, name) != 0)
        file++;
    if (file->name == NULL)
        g_error("word list data/%s was not compiled in", name);
    char *copy = g_memdup2(file->data, file->len + 1); /* with its NUL */
    g_ptr_array_add(lex->text, copy);
    char *fields[QS_MAX_FIELDS + 1];
    for (char *line = copy, *next; line != NULL; line = next) {
        next = strchr(line, '\n');
        if (next != NULL)
            *next++ = '\0';
        guint n = 0;
        for (char *p = line; n < QS_MAX_FIELDS;) {
            while (*p == ' ' || *p == '\t' || *p == '\r')
                p++;
            if (*p == '\0')
                break;
            fields[n++] = p;
            while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r')
                p++;
            if (*p != '\0')
                *p++ = '\0';
        }
        if (n == 0 || fields[0][0] == '#')
            continue;
        for (guint j = 0; j < n; j++)
            fields[j] = lowercase(lex, fields[j]);
        fields[n] = NULL;
        line_fn(lex, fields, n);
    }
}

/* "lemma s-form past [participle] ing-form" */
static void add_cue_verb(QsLexicon *lex, char **f, guint n)
{
    const char *lemma = intern_lemma(lex, f[0][0] == '!' ? f[0] + 1 : f[0]);
    lex->n_lemmas++;
    for (guint i = 0; i < n; i++) {
        if (f[i][0] == '!')
            continue; /* a form that is no cue ("!states") */
        QsLexEntry *e = entry_for(lex, f[i]);
        if (e->flags & QS_LEX_CUE)
            continue; /* "read read": keep the first reading */
        e->flags |= QS_LEX_CUE;
        e->lemma = lemma;
        QsVerbForm form = i == 0       ? QS_FORM_BASE
                          : i == 1     ? QS_FORM_S
                          : i == n - 1 ? QS_FORM_ING
                          : i == 2     ? QS_FORM_PAST
                                       : QS_FORM_PARTICIPLE;
        e->verb_form = form;
    }
}

/* Words that end with a period in the lists ("dr.", "u.s.") are looked up without
 * it: the tokenizer leaves a final period to the sentence splitter. */
static char *strip_period(char *w, gboolean *had)
{
    gsize n = strlen(w);
    *had = n > 1 && w[n - 1] == '.';
    if (*had)
        w[n - 1] = '\0';
    return w;
}

static void add_title(QsLexicon *lex, char **f, guint n)
{
    gboolean abbrev;
    char *w = strip_period(f[0], &abbrev);
    QsLexEntry *e = entry_for(lex, w);
    e->flags |= QS_LEX_TITLE | (abbrev ? QS_LEX_ABBREV : 0);
    if (n >= 2)
        e->full_title = intern_lemma(lex, f[1]);
}

static void add_first_name(QsLexicon *lex, char **f, guint n)
{
    if (n < 2 || (strcmp(f[1], "m") != 0 && strcmp(f[1], "f") != 0))
        g_error("data/first_names.txt: '%s' needs m or f", f[0]);
    entry_for(lex, f[0])->flags |= f[1][0] == 'm' ? QS_LEX_MALE_NAME : QS_LEX_FEMALE_NAME;
}

static void add_abbreviation(QsLexicon *lex, char **f, guint n)
{
    gboolean abbrev;
    char *w = strip_period(f[0], &abbrev);
    entry_for(lex, w)->flags |= QS_LEX_ABBREV;
}

static void add_role(QsLexicon *lex, char **f, guint n)
{
    if (n < 2)
        return;
    QsLexEntry *e = entry_for(lex, f[0]);
    for (const char *c = f[1]; *c; c++) {
        if (*c == 'p')
            e->flags |= QS_LEX_ROLE_PERSON;
        else if (*c == 'o')
            e->flags |= QS_LEX_ROLE_ORG;
        else if (*c == 'm')
            e->flags |= QS_LEX_MEDIUM;
        else
            g_error("data/role_nouns.txt: '%s' has no class %c (p, o or m)", f[0], *c);
    }
}

static void add_pronoun(QsLexicon *lex, char **f, guint n)
{
    if (n < 2)
        return;
    static const struct {
        char letter;
        QsPronClass cls;
    } classes[] = {{'m', QS_PRON_MASC},   {'f', QS_PRON_FEM},  {'p', QS_PRON_PLURAL},
                   {'n', QS_PRON_NEUTER}, {'s', QS_PRON_SELF}, {'r', QS_PRON_RELATIVE}};
    QsLexEntry *e = entry_for(lex, f[0]);
    for (guint i = 0; i < G_N_ELEMENTS(classes); i++)
        if (f[1][0] == classes[i].letter) {
            e->flags |= QS_LEX_PRONOUN;
            e->pron_class = classes[i].cls;
        }
}

static void add_name_stop(QsLexicon *lex, char **f, guint n)
{
    entry_for(lex, f[0])->flags |= QS_LEX_NAME_STOP;
}

static void add_function_word(QsLexicon *lex, char **f, guint n)
{
    if (n < 2)
        return;
    static const struct {
        char letter;
        guint32 flag;
    } classes[] = {{'d', QS_LEX_DET},      {'p', QS_LEX_PREP},   {'c', QS_LEX_BOUNDARY},
                   {'m', QS_LEX_VERB_MOD}, {'f', QS_LEX_FINITE}, {'n', QS_LEX_NEGATION},
                   {'x', QS_LEX_PARTICLE}, {'b', QS_LEX_BE},     {'s', QS_LEX_SUBORDINATOR}};
    QsLexEntry *e = entry_for(lex, f[0]);
    for (const char *c = f[1]; *c; c++)
        for (guint i = 0; i < G_N_ELEMENTS(classes); i++)
            if (*c == classes[i].letter)
                e->flags |= classes[i].flag;
}

static void add_lemma_flag(QsLexicon *lex, const char *lemma, guint flag)
{
    gpointer key = (gpointer)intern_lemma(lex, lemma);
    guint flags = GPOINTER_TO_UINT(g_hash_table_lookup(lex->lemma_flags, key));
    g_hash_table_insert(lex->lemma_flags, key, GUINT_TO_POINTER(flags | flag));
}

static void add_bare_clause_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_BARE_CLAUSE);
}

static void add_object_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_OBJECT);
}

static void add_impersonal_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_IMPERSONAL);
}

static void add_aspectual_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_ASPECTUAL);
}

static void add_issuing_verb(QsLexicon *lex, char **f, guint n)
{
    entry_for(lex, f[0])->flags |= QS_LEX_ISSUING;
}

static void add_hearer_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_HEARER);
}

static void add_that_only_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_THAT_ONLY);
}

static void add_loaded_verb(QsLexicon *lex, char **f, guint n)
{
    add_lemma_flag(lex, f[0], QS_LEMMA_LOADED);
}

static void add_no_comment_phrase(QsLexicon *lex, char **f, guint n)
{
    g_ptr_array_add(lex->no_comment, g_strjoinv(" ", f));
}

/* "WEIGHT FEATURE": the feature's name is the rest of the line.  The file is compiled
 * in, so a line that is no finite weight and a name is a build's mistake, which every
 * test run finds. */
static void add_confidence_weight(QsLexicon *lex, char **f, guint n)
{
    char *end;
    double *value = g_new(double, 1);
    *value = g_ascii_strtod(f[0], &end);
    if (n < 2 || *end != '\0' || end == f[0] || !isfinite(*value))
        g_error("data/confidence_weights.txt: '%s' is no line WEIGHT FEATURE", f[0]);
    g_hash_table_replace(lex->weights, g_strjoinv(" ", f + 1), value);
}

static void add_phrase_with_source(QsLexicon *lex, char **f, guint n, gboolean source_follows)
{
    if (n < 2)
        return;
    QsCuePhrase *p = g_new0(QsCuePhrase, 1);
    guint32 *words = g_new(guint32, n);
    for (guint i = 0; i < n; i++)
        words[i] = intern(lex, f[i]);
    p->words = words;
    p->n_words = n;
    char *joined = g_strjoinv(" ", f);
    g_ptr_array_add(lex->text, joined);
    p->text = joined;
    p->source_follows = source_follows;
    entry_for(lex, f[0])->flags |= QS_LEX_PHRASE_START;
    g_ptr_array_add(lex->all_phrases, p);
    if (words[0] >= lex->phrases->len)
        g_ptr_array_set_size(lex->phrases, (gint)words[0] + 1);
    GPtrArray **list = (GPtrArray **)&g_ptr_array_index(lex->phrases, words[0]);
    if (*list == NULL)
        *list = g_ptr_array_new();
    g_ptr_array_add(*list, p);
}

static void add_phrase(QsLexicon *lex, char **f, guint n)
{
    add_phrase_with_source(lex, f, n, FALSE);
}

static void add_source_after_phrase(QsLexicon *lex, char **f, guint n)
{
    add_phrase_with_source(lex, f, n, TRUE);
}

static gint longest_first(gconstpointer a, gconstpointer b)
{
    const QsCuePhrase *x = *(QsCuePhrase *const *)a, *y = *(QsCuePhrase *const *)b;
    return (gint)y->n_words - (gint)x->n_words;
}

static gpointer load_default(gpointer unused)
{
    QsLexicon *lex = g_new0(QsLexicon, 1);
    lex->words = g_new0(QsWordSlot, 8192);
    lex->words_mask = 8192 - 1;
    lex->entries = g_array_sized_new(FALSE, TRUE, sizeof(QsLexEntry), 4096);
    lex->spellings = g_ptr_array_sized_new(4096);
    lex->text = g_ptr_array_new_with_free_func(g_free);
    lex->lemmas = g_hash_table_new(g_str_hash, g_str_equal);
    lex->phrases = g_ptr_array_new();
    lex->all_phrases = g_ptr_array_new_with_free_func(phrase_free);
    lex->lemma_flags = g_hash_table_new(g_direct_hash, g_direct_equal);
    lex->weights = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    lex->no_comment = g_ptr_array_new_with_free_func(g_free);
    QsLexEntry unknown = {0};
    g_array_append_val(lex->entries, unknown);
    g_ptr_array_add(lex->spellings, NULL);
    load_list(lex, "function_words.txt", add_function_word);
    load_list(lex, "cue_verbs.txt", add_cue_verb);
    load_list(lex, "titles.txt", add_title);
    load_list(lex, "abbreviations.txt", add_abbreviation);
    load_list(lex, "role_nouns.txt", add_role);
    load_list(lex, "first_names.txt", add_first_name);
    load_list(lex, "issuing_verbs.txt", add_issuing_verb);
    load_list(lex, "pronouns.txt", add_pronoun);
    load_list(lex, "name_stopwords.txt", add_name_stop);
    load_list(lex, "cue_phrases.txt", add_phrase);
    load_list(lex, "source_after_phrases.txt", add_source_after_phrase);
    load_list(lex, "bare_clause_verbs.txt", add_bare_clause_verb);
    load_list(lex, "object_cue_verbs.txt", add_object_verb);
    load_list(lex, "confidence_weights.txt", add_confidence_weight);
    load_list(lex, "loaded_verbs.txt", add_loaded_verb);
    load_list(lex, "impersonal_cue_verbs.txt", add_impersonal_verb);
    load_list(lex, "aspectual_cue_verbs.txt", add_aspectual_verb);
    load_list(lex, "hearer_cue_verbs.txt", add_hearer_verb);
    load_list(lex, "that_clause_verbs.txt", add_that_only_verb);
    load_list(lex, "no_comment_phrases.txt", add_no_comment_phrase);
    for (guint i = 0; i < lex->phrases->len; i++)
        if (g_ptr_array_index(lex->phrases, i) != NULL)
            g_ptr_array_sort(g_ptr_array_index(lex->phrases, i), longest_first);
    return lex;
}

const QsLexicon *qs_lexicon_default(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, load_default, NULL);
}

guint32 qs_lexicon_lookup_hashed(const QsLexicon *lex, const char *lower, gsize len,
                                 guint32 hash)
{
    for (guint32 k = hash & lex->words_mask; lex->words[k].entry != 0;
         k = (k + 1) & lex->words_mask) {
        const QsWordSlot *slot = &lex->words[k];
        if (slot->hash == hash && slot->len == len &&
            memcmp(g_ptr_array_index(lex->spellings, slot->entry), lower, len) == 0)
            return slot->entry;
    }
    return 0;
}

const char *qs_strdown_into(const char *s, GString *out)
{
    g_string_truncate(out, 0);
    for (const char *p = s; *p; p++) {
        if ((guchar)*p >= 0x80) {
            g_autofree char *lower = g_utf8_strdown(s, -1);
            return g_string_assign(out, lower)->str;
        }
        g_string_append_c(out, g_ascii_tolower(*p));
    }
    return out->str;
}

char *qs_strdown(const char *s)
{
    GString *out = g_string_new(NULL);
    qs_strdown_into(s, out);
    return g_string_free(out, FALSE);
}

guint32 qs_lexicon_lookup(const QsLexicon *lex, const char *lower, gsize len)
{
    return qs_lexicon_lookup_hashed(lex, lower, len, word_hash(lower, len));
}

const QsLexEntry *qs_lexicon_entry(const QsLexicon *lex, guint32 index)
{
    return &g_array_index(lex->entries, QsLexEntry, index);
}

const GPtrArray *qs_lexicon_phrases(const QsLexicon *lex, guint32 first)
{
    return first < lex->phrases->len ? g_ptr_array_index(lex->phrases, first) : NULL;
}

guint qs_lexicon_lemma_flags(const QsLexicon *lex, const char *lemma)
{
    return lemma ? GPOINTER_TO_UINT(g_hash_table_lookup(lex->lemma_flags, lemma)) : 0;
}

guint qs_lexicon_n_cue_lemmas(const QsLexicon *lex)
{
    return lex->n_lemmas;
}

gboolean qs_lexicon_confidence_weight(const QsLexicon *lex, const char *feature, double *weight)
{
    const double *value = g_hash_table_lookup(lex->weights, feature);
    if (value != NULL)
        *weight = *value;
    return value != NULL;
}

const GPtrArray *qs_lexicon_no_comment_phrases(const QsLexicon *lex)
{
    return lex->no_comment;
}
