/* The source registry: resolves every speaker mention, in text order, to one source
 * with a canonical name (the fullest form seen, title kept apart), a kind, a
 * description and its aliases.  Surnames join the full name ("Franks" -> "Tommy
 * Franks", also when the full name only appears outside an attribution); definite
 * title nouns join the latest source with that title or role ("the general");
 * "he" and "she" join the person named as a subject since the latest person quoted
 * ("Sen. John Doe introduced a bill. He said"), else that person; "they" the latest
 * group. */
#include "internal.h"

#include <string.h>

/* Every look-up is a hash look-up, so that a long document with thousands of sources
 * costs no more per mention than a short one. */
typedef struct {
    QsAnalysis *a;
    GHashTable *by_key;    /* lowercase canonical name -> GUINT_TO_POINTER(index + 1) */
    GHashTable *full_name; /* lowercase surname -> the longest name ending in it, or the
                            * surname alone after a title (char*) */
    GHashTable *headline_name; /* the same from headlines, their runs' last two words */
    GHashTable *persons;   /* ASCII-lowercase surname -> GArray of person source indices */
    GHashTable *newest_with_word; /* lowercase word of a title, description or organisation
                                   * name -> newest such source + 1 (guint32*) */
    const QsQuote *quote;         /* the quote whose speaker is being resolved */
    GArray *pron_classes;         /* guint8 per source: "he" or "she" it was, if known */
    guint32 last_person;          /* source index, QS_NONE when none yet */
    guint32 last_person_tok;      /* the token of its latest mention */
    guint32 last_man, last_woman; /* the latest person known as "he", as "she" */
    guint32 last_group;
    /* scratch for the texts and keys of look-ups: most find what they look for, and
     * allocating each one was a third of this stage's time */
    GString *text, *key;
} Registry;

/* Text of tokens [start, end) with every run of white space as one space, into @out. */
static const char *span_text_into(const QsAnalysis *a, guint32 start, guint32 end, GString *out)
{
    g_string_truncate(out, 0);
    for (guint32 k = start; k < end; k++) {
        const QsToken *t = qs_tok(a, k);
        if (k > start && (t->flags & QS_TF_SPACE_BEFORE))
            g_string_append_c(out, ' ');
        g_string_append_len(out, a->doc->text + t->start, t->end - t->start);
    }
    return out->str;
}

static char *span_text(const QsAnalysis *a, guint32 start, guint32 end)
{
    GString *s = g_string_new(NULL);
    span_text_into(a, start, end, s);
    return g_string_free(s, FALSE);
}

/* Text of bytes [start, end) with every run of white space as one space. */
static char *bytes_text(const QsAnalysis *a, guint32 start, guint32 end)
{
    GString *s = g_string_sized_new(end - start);
    gboolean space = FALSE;
    for (const char *p = a->doc->text + start; p < a->doc->text + end; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isspace(c) || c == 0x00A0) {
            space = s->len > 0;
            continue;
        }
        if (space)
            g_string_append_c(s, ' ');
        space = FALSE;
        g_string_append_unichar(s, c);
    }
    return g_string_free(s, FALSE);
}

static void source_free(gpointer p)
{
    QsSource *s = p;
    g_free(s->name);
    g_free(s->title);
    g_free(s->description);
    g_ptr_array_unref(s->aliases);
    g_array_unref(s->quotes);
    g_free(s);
}

static const char *last_word(const char *name)
{
    const char *space = strrchr(name, ' ');
    return space ? space + 1 : name;
}

static guint n_words(const char *name)
{
    guint n = 1;
    for (const char *p = name; *p; p++)
        n += *p == ' ';
    return n;
}

static QsSource *source_at(Registry *r, guint32 i)
{
    return g_ptr_array_index(r->a->sources, i);
}

static void note_word(Registry *r, const char *word, gsize len, guint32 source)
{
    if (len == 0)
        return;
    g_string_truncate(r->key, 0);
    g_string_append_len(r->key, word, (gssize)len);
    guint32 *newest = g_hash_table_lookup(r->newest_with_word, r->key->str);
    if (newest == NULL) {
        newest = g_new0(guint32, 1);
        g_hash_table_insert(r->newest_with_word, g_strndup(word, len), newest);
    }
    *newest = MAX(*newest, source + 1);
}

/* Indexes the words of @text for "the minister" and the like: each run of ASCII letters
 * and digits, and each white-space separated word stripped of outer punctuation (for
 * heads such as "vice-president" or "député"). */
static void note_words(Registry *r, const char *text, guint32 source)
{
    if (text == NULL || source_at(r, source)->kind == QS_SOURCE_ANONYMOUS)
        return;
    g_autofree char *lower = qs_strdown(text); /* not r->key: note_word uses it */
    for (const char *p = lower; *p;) {
        const char *end = p;
        while (g_ascii_isalnum(*end))
            end++;
        note_word(r, p, (gsize)(end - p), source);
        p = *end ? end + 1 : end;
    }
    for (const char *p = lower; *p;) {
        while (*p == ' ' || (g_ascii_ispunct(*p)))
            p++;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        const char *last = end;
        while (last > p && g_ascii_ispunct(last[-1]))
            last--;
        note_word(r, p, (gsize)(last - p), source);
        p = end;
    }
}

static guint32 add_source(Registry *r, const char *name, QsSourceKind kind)
{
    QsSource *s = g_new0(QsSource, 1);
    s->name = g_strdup(name);
    s->kind = kind;
    s->aliases = g_ptr_array_new_with_free_func(g_free);
    s->quotes = g_array_new(FALSE, FALSE, sizeof(guint32));
    s->first_mention = QS_NONE;
    g_ptr_array_add(r->a->sources, s);
    guint32 i = r->a->sources->len - 1;
    g_hash_table_replace(r->by_key, qs_strdown(name), GUINT_TO_POINTER(i + 1));
    if (kind == QS_SOURCE_PERSON) {
        char *surname = g_ascii_strdown(last_word(name), -1);
        GArray *same = g_hash_table_lookup(r->persons, surname);
        if (same == NULL) {
            same = g_array_new(FALSE, FALSE, sizeof(guint32));
            g_hash_table_insert(r->persons, surname, same);
        } else {
            g_free(surname);
        }
        g_array_append_val(same, i);
    } else if (kind == QS_SOURCE_ORGANIZATION) {
        note_words(r, name, i);
    }
    return i;
}

static guint32 lookup(Registry *r, const char *name)
{
    const char *key = qs_strdown_into(name, r->key);
    return GPOINTER_TO_UINT(g_hash_table_lookup(r->by_key, key)) - 1; /* QS_NONE if absent */
}

/* Adds name tokens [name, end) to @index under its surname, unless a longer name
 * ending in it is there; a possessive counts without its "'s" ("Donald Trump's
 * campaign"). */
static void index_name(Registry *r, GHashTable *index, guint32 name, guint32 end)
{
    span_text_into(r->a, name, end, r->text);
    if (qs_tok_ends_in_possessive(r->a, end - 1)) /* "'s" or "\u2019s" */
        g_string_truncate(r->text,
                          r->text->len -
                              (r->text->str[r->text->len - 2] == '\'' ? 2 : strlen("\u2019s")));
    const char *full = r->text->str;
    const char *key = qs_strdown_into(last_word(full), r->key);
    const char *known = g_hash_table_lookup(index, key);
    if (known == NULL || n_words(known) < n_words(full))
        g_hash_table_replace(index, g_strdup(key), g_strdup(full));
}

/* Every name of two words or more in the text, by surname, so that "Franks said" can
 * find "Tommy Franks" wherever the article named him in full; and every surname after a
 * title ("Mr. Trump", "President Obama"), which tells that the surname is a person's.
 * A headline's run of capitals ("17 Offensive Things Donald Trump Said") goes to
 * r->headline_name, and only its last two words: resolve_name() takes it for a surname
 * the rest of the text never writes in full. */
static void index_full_names(Registry *r)
{
    QsAnalysis *a = r->a;
    guint32 n = a->tokens->len;
    for (guint32 i = 0; i < n;) {
        if (!qs_name_word(a, i)) {
            i++;
            continue;
        }
        guint32 end = qs_name_run_right(a, i, n);
        guint32 name = qs_after_title(a, qs_after_title_of(a, i, end), end);
        gboolean possessive = qs_tok_ends_in_possessive(a, end - 1);
        if ((end - name >= 2 || name > i) && !(qs_tok(a, end - 1)->flags & QS_TF_ALLCAPS) &&
            !qs_span_has_possessive(a, name, end - possessive)) {
            if (g_array_index(a->sentences, QsSentence, qs_tok(a, i)->sent).title_case)
                index_name(r, r->headline_name, MAX(name, end - 2), end);
            else
                index_name(r, r->full_name, name, end);
        }
        i = end;
    }
}

static void add_alias(QsSource *s, const char *alias)
{
    for (guint i = 0; i < s->aliases->len; i++)
        if (strcmp(g_ptr_array_index(s->aliases, i), alias) == 0)
            return;
    g_ptr_array_add(s->aliases, g_strdup(alias));
}

/* A person source this name is a form of: same surname, and same first name when
 * both have one. */
static guint32 find_person(Registry *r, const char *name)
{
    g_autofree char *surname = g_ascii_strdown(last_word(name), -1);
    GArray *same = g_hash_table_lookup(r->persons, surname);
    for (guint k = same ? same->len : 0; k-- > 0;) {
        guint32 i = g_array_index(same, guint32, k);
        QsSource *s = source_at(r, i);
        if (n_words(name) == 1 || n_words(s->name) == 1)
            return i;
        gsize first = strcspn(name, " ");
        if (strncmp(s->name, name, first) == 0 && s->name[first] == ' ')
            return i;
    }
    return QS_NONE;
}

/* What a description says its speaker is, by the head of its noun phrase: "a reporter
 * whose energy ..." a person, "a unit of the ministry" an organisation; else unknown. */
static QsSourceKind described_kind(const QsAnalysis *a, const QsMention *m)
{
    if (m->desc_end <= m->desc_start)
        return QS_SOURCE_UNKNOWN;
    guint32 start = qs_token_at(a, m->desc_start), k = start;
    if (start == QS_NONE)
        return QS_SOURCE_UNKNOWN;
    while (k < a->tokens->len && qs_tok(a, k)->end <= m->desc_end &&
           qs_tok(a, k)->kind == QS_TOK_WORD &&
           !qs_tok_has(a, k, QS_LEX_PREP | QS_LEX_BOUNDARY | QS_LEX_PRONOUN | QS_LEX_FINITE))
        k++;
    if (k == start)
        return QS_SOURCE_UNKNOWN;
    return qs_tok_has(a, k - 1, QS_LEX_ROLE_PERSON) ? QS_SOURCE_PERSON
           : qs_tok_has(a, k - 1, QS_LEX_ROLE_ORG)  ? QS_SOURCE_ORGANIZATION
                                                    : QS_SOURCE_UNKNOWN;
}

/* Whether @full ends in the words of @name ("Tommy Franks" in "Franks"; "Ty Woods" not
 * in "Dorothy Woods"). */
static gboolean ends_in_name(const char *full, const char *name)
{
    gsize f = strlen(full), n = strlen(name);
    return f > n && full[f - n - 1] == ' ' && g_ascii_strcasecmp(full + f - n, name) == 0;
}

static guint32 resolve_name(Registry *r, const QsMention *m)
{
    QsAnalysis *a = r->a;
    g_autofree char *name = span_text(a, m->name_start, m->tok_end);
    if (g_array_index(a->sentences, QsSentence, qs_tok(a, m->tok_start)->sent).title_case) {
        /* "17 Offensive Things Donald Trump Said": a headline's capitals before a name
         * the text writes */
        const char *full =
            g_hash_table_lookup(r->full_name, qs_strdown_into(last_word(name), r->key));
        if (full != NULL && n_words(full) < n_words(name) && ends_in_name(name, full)) {
            g_free(name);
            name = g_strdup(full);
        }
    }
    QsSourceKind kind = m->source_kind;
    guint32 found = lookup(r, name);
    if (found != QS_NONE)
        return found;
    if (kind == QS_SOURCE_ORGANIZATION)
        return add_source(r, name, kind);
    found = find_person(r, name);
    if (found != QS_NONE) {
        QsSource *s = source_at(r, found);
        if (n_words(name) > n_words(s->name)) {
            g_free(s->name);
            s->name = g_strdup(name);
            g_hash_table_replace(r->by_key, qs_strdown(name), GUINT_TO_POINTER(found + 1));
        }
        return found;
    }
    g_autofree char *key = qs_strdown(last_word(name));
    const char *full = g_hash_table_lookup(r->full_name, key);
    if (full == NULL || n_words(full) == 1) { /* not written in full, "Mr. Trump" at most */
        const char *headline = g_hash_table_lookup(r->headline_name, key);
        full = headline != NULL ? headline : full;
    }
    if (full != NULL && n_words(full) > n_words(name) && ends_in_name(full, name)) {
        found = lookup(r, full);
        return found != QS_NONE ? found : add_source(r, full, QS_SOURCE_PERSON);
    }
    /* one word never written in full nor after a title, and not described as a person
     * or a body: a country, a company, a newspaper */
    if (kind == QS_SOURCE_UNKNOWN)
        kind = described_kind(a, m);
    if (kind == QS_SOURCE_UNKNOWN)
        kind = n_words(name) >= 2 || full != NULL ? QS_SOURCE_PERSON : QS_SOURCE_ORGANIZATION;
    return add_source(r, name, kind);
}

#define QS_TITLE_LOOKBACK_TOKENS 2000
#define QS_TITLE_NAME_REACH 4

static guint32 resolve_name(Registry *r, const QsMention *m);

/* The name written next to the last use of @head before @before: "France's ecology
 * minister, Elodie Marchand" for a later "the minister". */
static guint32 named_holder_of(Registry *r, guint32 head_lex, const char *head, guint32 before)
{
    QsAnalysis *a = r->a;
    guint32 floor = before > QS_TITLE_LOOKBACK_TOKENS ? before - QS_TITLE_LOOKBACK_TOKENS : 0;
    for (guint32 k = before; k-- > floor;) {
        const char *full = qs_tok_lex(a, k)->full_title; /* "Gov." for "the governor" */
        if (qs_tok(a, k)->lex != head_lex &&
            (full == NULL || head == NULL || strcmp(full, head) != 0))
            continue;
        guint32 hi = MIN(k + QS_TITLE_NAME_REACH, a->tokens->len - 1);
        for (guint32 i = k + 1; i <= hi; i++) {
            if (qs_tok(a, i)->sent != qs_tok(a, k)->sent || qs_direct_at(a, i) != QS_NONE)
                break;
            if (qs_name_word(a, i) && !qs_tok_has(a, i, QS_LEX_TITLE)) {
                QsMention holder = {0};
                holder.tok_start = i;
                holder.tok_end = qs_name_run_right(a, i, a->tokens->len);
                holder.name_start = i;
                holder.kind = QS_MENTION_NAME;
                holder.source_kind = QS_SOURCE_PERSON;
                /* not "Republican Donald Trump's campaign" for "the Wisconsin Republican" */
                return holder.tok_end - i >= 2 && !qs_span_has_possessive(a, i, holder.tok_end)
                           ? resolve_name(r, &holder)
                           : QS_NONE;
            }
        }
        return QS_NONE;
    }
    return QS_NONE;
}

/* "the general", "the minister", "the ministry": the latest source whose title,
 * description or name holds the head noun; else the person named beside the last use
 * of that noun; else, for a person's title or role, the latest person. */
static guint32 resolve_definite(Registry *r, const QsMention *m)
{
    QsAnalysis *a = r->a;
    if (!qs_tok_is_word(a, m->tok_start, "the") || m->tok_end - m->tok_start > 3)
        return QS_NONE; /* "an IWPR correspondent" is someone new */
    guint32 head_tok = m->tok_end - 1;
    const char *head = qs_strdown_into(span_text_into(a, head_tok, m->tok_end, r->text), r->key);
    const guint32 *newest = g_hash_table_lookup(r->newest_with_word, head);
    if (newest != NULL)
        return *newest - 1;
    gboolean personal =
        qs_tok_has(a, head_tok, QS_LEX_TITLE) ||
        (qs_tok_has(a, head_tok, QS_LEX_ROLE_PERSON) && !g_str_has_suffix(head, "s"));
    if (!personal)
        return QS_NONE;
    /* an abbreviated title stands for the bare head only: "Sen. Ted Cruz" is no "Florida
     * senator" */
    gboolean bare = m->tok_end - m->tok_start == 2;
    guint32 found = named_holder_of(r, qs_tok(a, head_tok)->lex, bare ? head : NULL, m->tok_start);
    return found != QS_NONE ? found : r->last_person;
}

/* Whether word @k is a common word ("Aides", "Many") written with a capital only
 * because it opens its sentence, perhaps after a quotation mark.  Not a title
 * ("Republican") or a given name ("Jeb"), nor a word the lexicon does not know
 * ("Democratic") unless it stands for people ("Others"). */
static gboolean capitalised_to_open_sentence(const QsAnalysis *a, guint32 k)
{
    const QsToken *t = qs_tok(a, k);
    if ((t->flags & (QS_TF_CAP | QS_TF_ALLCAPS)) != QS_TF_CAP ||
        (t->lex == 0 && !qs_tok_stands_for_people(a, k)) ||
        qs_tok_has(a, k, QS_LEX_TITLE | QS_LEX_MALE_NAME | QS_LEX_FEMALE_NAME))
        return FALSE;
    for (guint32 i = g_array_index(a->sentences, QsSentence, t->sent).tok_start; i < k; i++)
        if (qs_tok(a, i)->kind == QS_TOK_WORD || qs_tok(a, i)->kind == QS_TOK_NUMBER)
            return FALSE;
    return TRUE;
}

static guint32 resolve_nominal(Registry *r, const QsMention *m)
{
    guint32 found = resolve_definite(r, m);
    if (found != QS_NONE)
        return found;
    guint32 start = m->tok_start;
    static const char *const articles[] = {"the", "a", "an"};
    if (m->tok_end - start > 1 && qs_tok_is_one_of(r->a, start, articles, G_N_ELEMENTS(articles)))
        start++;
    g_autofree char *name = span_text(r->a, start, m->tok_end);
    if (capitalised_to_open_sentence(r->a, start))
        name[0] = g_ascii_tolower(name[0]); /* "Aides said": the source is "aides" */
    found = lookup(r, name);
    return found != QS_NONE ? found : add_source(r, name, m->source_kind);
}

/* How many sentences back, besides its own, "he" or "she" looks for a person named
 * since the latest person quoted. */
#define QS_PRONOUN_SENTENCES 2

/* Gives source @s the title of name mention @m ("General" of "General Tommy Franks")
 * when it has none yet. */
static void note_title(Registry *r, guint32 s, const QsMention *m)
{
    QsSource *src = source_at(r, s);
    /* a body's name_start skips only its article */
    if (src->title == NULL && m->name_start > m->tok_start && m->kind == QS_MENTION_NAME &&
        m->source_kind != QS_SOURCE_ORGANIZATION) {
        src->title = span_text(r->a, m->tok_start, m->name_start);
        note_words(r, src->title, s);
    }
}

/* The longest run of capitalised words taken for a person's name: longer ones are
 * title-case headlines ("NYTimes Casually Conflates Ted Cruz"). */
#define QS_PERSON_NAME_WORDS 4

/* The words of tokens [start, end), not counting the periods of initials. */
static guint n_name_words(const QsAnalysis *a, guint32 start, guint32 end)
{
    guint n = 0;
    for (guint32 k = start; k < end; k++)
        n += qs_tok(a, k)->kind == QS_TOK_WORD;
    return n;
}

/* A dash this close after a name opening a sentence makes it a dateline ("New York
 * (AFP) -"). */
#define QS_DATELINE_REACH 5

/* Whether a name at token @i, ending before @end and before the sentence's first verb,
 * opens the subject of sentence @s: it opens the sentence, or follows an opening word or
 * a phrase of a conjunction, preposition, subordinator or adverb, and its comma ("On
 * Monday, Sen. John Doe introduced"; not "His opponent, Hillary Clinton," nor the aside
 * "On the topic of Mr. Putin, Mr. Trump"). */
static gboolean opens_subject(const QsAnalysis *a, const QsSentence *s, guint32 i, guint32 end)
{
    if (i == s->tok_start)
        return TRUE;
    return qs_tok_is_char(a, i - 1, ',') && !qs_tok_is_char(a, end, ',') &&
           (qs_tok_has(a, s->tok_start, QS_LEX_PREP | QS_LEX_SUBORDINATOR | QS_LEX_BOUNDARY) ||
            qs_tok_is_adverb(a, s->tok_start) || i == s->tok_start + 2); /* "Still, Mr. Trump" */
}

/* "he" or "she" for the person named by tokens [start, end) with the name proper from
 * @name: as its title says ("Mrs. Clinton") or else its given name ("Laura Whitfield",
 * data/first_names.txt); QS_PRON_NONE when neither tells. */
static guint8 gender_of_name(const QsAnalysis *a, guint32 start, guint32 name, guint32 end)
{
    static const char *const masculine[] = {"mr"};
    static const char *const feminine[] = {"mrs", "ms", "miss"};
    for (guint32 k = start; k < name; k++)
        if (qs_tok_is_one_of(a, k, masculine, G_N_ELEMENTS(masculine)))
            return QS_PRON_MASC;
        else if (qs_tok_is_one_of(a, k, feminine, G_N_ELEMENTS(feminine)))
            return QS_PRON_FEM;
    if (end - name < 2) /* a surname alone: "Ms. Rose", not "Rose" */
        return QS_PRON_NONE;
    return qs_tok_has(a, name, QS_LEX_MALE_NAME)     ? QS_PRON_MASC
           : qs_tok_has(a, name, QS_LEX_FEMALE_NAME) ? QS_PRON_FEM
                                                     : QS_PRON_NONE;
}

static guint8 other_pron_class(guint8 pron_class)
{
    return pron_class == QS_PRON_MASC ? QS_PRON_FEM : QS_PRON_MASC;
}

/* Whether word @i is the surname of a full name the text writes ("Clinton" of "Hillary
 * Clinton"), not of a headline's run of capitals. */
static gboolean is_persons_surname(Registry *r, guint32 i)
{
    const char *key = qs_strdown_into(span_text_into(r->a, i, i + 1, r->text), r->key);
    const char *full = g_hash_table_lookup(r->full_name, key);
    return full != NULL && n_words(full) >= 2;
}

/* One past the name of a person starting at @first in the subject that opens at token
 * @i of sentence @s ("Sen. John Doe", "Mr. Doe"), or @i when there is none or a title
 * says it is no person for a pronoun of @pron_class.  Not inside a quotation, no
 * possessive ("Clinton's campaign", "Osama bin Laden's Al-Qaeda"), no dateline. */
static guint32 person_end(Registry *r, const QsSentence *s, guint32 i, guint32 first,
                          guint8 pron_class)
{
    const QsAnalysis *a = r->a;
    /* (a participle opening the sentence is no name: "Entrusting Donald Trump with") */
    if (!qs_name_word(a, first) || qs_direct_at(a, first) != QS_NONE ||
        qs_tok_ends_in_ing(a, first))
        return i;
    guint32 end = qs_name_run_right(a, first, s->tok_end);
    if (!opens_subject(a, s, i, end))
        return i;
    guint32 name = qs_after_title(a, first, end);
    /* a surname alone is a person's when the text writes a person's full name in it
     * ("Clinton has taken a stance, but she has said") */
    gboolean surname = end - name == 1 && name == first && is_persons_surname(r, first);
    if (end == name || (end - name < 2 && name == first && !surname) ||
        n_name_words(a, name, end) > QS_PERSON_NAME_WORDS ||
        (qs_tok(a, end - 1)->flags & QS_TF_ALLCAPS) ||
        gender_of_name(a, first, name, end) == other_pron_class(pron_class) ||
        qs_span_has_possessive(a, first, end) ||
        (!surname && qs_guess_source_kind(a, first, end) != QS_SOURCE_PERSON))
        return i;
    for (guint32 k = end; k < s->tok_end && k < end + QS_DATELINE_REACH; k++)
        if (qs_tok(a, k)->flags & QS_TF_DASH)
            return i;
    return end;
}

#define QS_DESCRIPTION_WORDS 4

/* A person's role ("candidate", "director"), or a compound ("front-runner"), as a word
 * before a name; not a verb the lexicon does not know ("Fans cheered Marco Rubio"). */
static gboolean is_role_word(const QsAnalysis *a, guint32 k)
{
    const QsToken *t = qs_tok(a, k);
    return qs_tok_has(a, k, QS_LEX_ROLE_PERSON | QS_LEX_TITLE) ||
           memchr(a->doc->text + t->start, '-', t->end - t->start) != NULL;
}

/* The first word of a name after a description that opens a subject at token @i of
 * sentence @s ("Democratic front-runner Hillary Clinton", "Georgia businessman Bruce
 * LeVell"), or @i: at most QS_DESCRIPTION_WORDS words, the last a role in lower case, no
 * verb, preposition, determiner, pronoun or conjunction among them. */
static guint32 described_name(const QsAnalysis *a, const QsSentence *s, guint32 i)
{
    for (guint32 k = i + 1; k < s->tok_end && k <= i + QS_DESCRIPTION_WORDS; k++) {
        if (qs_tok(a, k - 1)->kind != QS_TOK_WORD ||
            qs_tok_has(a, k - 1,
                       QS_LEX_FINITE | QS_LEX_CUE | QS_LEX_PREP | QS_LEX_DET | QS_LEX_PRONOUN |
                           QS_LEX_SUBORDINATOR | QS_LEX_BOUNDARY)) /* "But like Trump" */
            return i;
        if (!(qs_tok(a, k - 1)->flags & QS_TF_CAP) && qs_name_word(a, k))
            return is_role_word(a, k - 1) ? k : i;
    }
    return i;
}

/* One past the name of a person opening the subject of sentence @s at token @i, its
 * description skipped, with its first word in @first; @i when there is none. */
static guint32 subject_person_end(Registry *r, const QsSentence *s, guint32 i, guint8 pron_class,
                                  guint32 *first)
{
    *first = i;
    guint32 end = person_end(r, s, i, i, pron_class);
    if (end == i && (*first = described_name(r->a, s, i)) > i)
        end = person_end(r, s, i, *first, pron_class);
    return end;
}

/* The pronoun class ("he" or "she") source @s was referred to by, QS_PRON_NONE if none
 * or @s is QS_NONE. */
static guint8 pron_class_of(const Registry *r, guint32 s)
{
    return s != QS_NONE && s < r->pron_classes->len ? g_array_index(r->pron_classes, guint8, s)
                                                    : QS_PRON_NONE;
}

static void set_pron_class(Registry *r, guint32 s, guint8 pron_class)
{
    guint8 none = QS_PRON_NONE;
    while (r->pron_classes->len <= s)
        g_array_append_val(r->pron_classes, none);
    g_array_index(r->pron_classes, guint8, s) = pron_class;
}

/* The latest person known as "he" or as "she", QS_NONE when none. */
static guint32 *last_of_gender(Registry *r, guint8 pron_class)
{
    return pron_class == QS_PRON_MASC ? &r->last_man : &r->last_woman;
}

/* The person source name mention @m would join, without making one: QS_NONE if new. */
static guint32 known_person(Registry *r, const QsMention *m)
{
    const char *name = span_text_into(r->a, m->name_start, m->tok_end, r->text);
    guint32 found = lookup(r, name);
    return found != QS_NONE ? found : find_person(r, name);
}

/* For "he" or "she" at @pron: the person named as the subject of the pronoun's sentence
 * or of one of the sentences just before it, the nearest, when named after the latest
 * person quoted ("Sen. John Doe introduced a bill on Monday. He said"); QS_NONE when
 * there is none. */
static guint32 person_named_before(Registry *r, guint32 pron, guint8 pron_class)
{
    QsAnalysis *a = r->a;
    guint32 sent = qs_tok(a, pron)->sent;
    guint32 floor = r->last_person_tok == QS_NONE ? 0 : r->last_person_tok + 1;
    for (guint32 back = 0; back <= QS_PRONOUN_SENTENCES && back <= sent; back++) {
        const QsSentence *s = &g_array_index(a->sentences, QsSentence, sent - back);
        if (s->tok_end <= floor)
            break;
        guint32 limit = back == 0 ? pron : s->tok_end;
        /* a subject opens the sentence or follows a comma, before the first verb */
        for (guint32 i = s->tok_start; i < limit; i++) {
            if ((qs_tok_has(a, i, QS_LEX_FINITE | QS_LEX_CUE) &&
                 !(qs_tok(a, i)->flags & QS_TF_CAP)))
                break;
            if (i < floor || (i > s->tok_start && !qs_tok_is_char(a, i - 1, ',')))
                continue;
            guint32 first;
            guint32 end = subject_person_end(r, s, i, pron_class, &first);
            /* "South Carolina, he said, was": a subject the pronoun's aside interrupts;
             * "Sen. John Doe will lose, he said": a subject inside the quote */
            if (end == i || end > limit || (qs_tok_is_char(a, end, ',') && end + 1 == pron) ||
                (qs_tok(a, i)->start >= r->quote->start && qs_tok(a, i)->start < r->quote->end))
                continue;
            QsMention named = {0};
            named.tok_start = first;
            named.name_start = qs_after_title(a, first, end);
            named.tok_end = end;
            named.kind = QS_MENTION_NAME;
            named.source_kind = QS_SOURCE_PERSON;
            if (pron_class_of(r, known_person(r, &named)) == other_pron_class(pron_class))
                continue; /* "Hillary Clinton won. She said ... He said" */
            guint32 found = resolve_name(r, &named);
            note_title(r, found, &named); /* "Sen." identifies John Doe for the audit */
            return found;
        }
    }
    return QS_NONE;
}

/* The name of the source a pronoun nobody named can stand for: the pronoun itself,
 * lowercase but "I", without its contraction ("We've" is "we"), so that every "he" of
 * an article that never says who he is makes one source. */
static const char *unresolved_pronoun_name(Registry *r, const QsMention *m)
{
    /* into r->text: lookup() lowercases its argument into r->key */
    const char *word =
        qs_strdown_into(span_text_into(r->a, m->tok_start, m->tok_end, r->key), r->text);
    gsize len = strcspn(word, "'");
    const char *curly = strstr(word, "\u2019");
    if (curly != NULL && (gsize)(curly - word) < len)
        len = (gsize)(curly - word);
    g_string_truncate(r->text, len);
    if (strcmp(r->text->str, "i") == 0)
        r->text->str[0] = 'I';
    return r->text->str;
}

static guint32 resolve_pronoun(Registry *r, const QsMention *m)
{
    guint32 found = QS_NONE;
    if (m->pron_class == QS_PRON_MASC || m->pron_class == QS_PRON_FEM) {
        found = person_named_before(r, m->tok_start, m->pron_class);
        /* the last person quoted, or the last of the pronoun's gender when that one is
         * known to be of the other ("Laura Whitfield said ... Michael Tran said ... she
         * said") */
        if (found == QS_NONE)
            found = pron_class_of(r, r->last_person) != other_pron_class(m->pron_class)
                        ? r->last_person
                        : *last_of_gender(r, m->pron_class);
        if (found != QS_NONE)
            set_pron_class(r, found, m->pron_class);
    } else if (m->pron_class == QS_PRON_PLURAL || m->pron_class == QS_PRON_NEUTER)
        found = r->last_group;
    if (found != QS_NONE)
        return found;
    const char *name = unresolved_pronoun_name(r, m);
    found = lookup(r, name);
    return found != QS_NONE ? found : add_source(r, name, QS_SOURCE_UNKNOWN);
}

static guint32 resolve(Registry *r, guint32 mi)
{
    QsMention *m = &g_array_index(r->a->mentions, QsMention, mi);
    if (m->source != QS_NONE)
        return m->source;
    if (m->antecedent != QS_NONE) /* "who": whoever the phrase before it is */
        return m->source = resolve(r, m->antecedent);
    guint32 s = m->kind == QS_MENTION_NAME      ? resolve_name(r, m)
                : m->kind == QS_MENTION_PRONOUN ? resolve_pronoun(r, m)
                                                : resolve_nominal(r, m);
    QsSource *src = source_at(r, s);
    if (src->first_mention == QS_NONE)
        src->first_mention = mi;
    add_alias(src, span_text_into(r->a, m->tok_start, m->tok_end, r->text));
    note_title(r, s, m);
    if (src->description == NULL && m->desc_end > m->desc_start) {
        src->description = bytes_text(r->a, m->desc_start, m->desc_end);
        note_words(r, src->description, s);
    }
    if (src->kind == QS_SOURCE_PERSON) {
        r->last_person = s;
        r->last_person_tok = m->tok_start;
        guint8 gender = pron_class_of(r, s);
        if (gender == QS_PRON_NONE && m->kind == QS_MENTION_NAME) {
            gender = gender_of_name(r->a, m->tok_start, m->name_start, m->tok_end);
            if (gender != QS_PRON_NONE)
                set_pron_class(r, s, gender);
        }
        if (gender != QS_PRON_NONE)
            *last_of_gender(r, gender) = s;
    } else if (src->kind == QS_SOURCE_ORGANIZATION || src->kind == QS_SOURCE_ANONYMOUS)
        r->last_group = s;
    m->source = s;
    return s;
}

static gboolean any_speaker(const QsAnalysis *a)
{
    for (guint i = 0; i < a->quotes->len; i++)
        if (g_array_index(a->quotes, QsQuote, i).mention != QS_NONE)
            return TRUE;
    return FALSE;
}

void qs_sources_run(QsAnalysis *a)
{
    a->sources = g_ptr_array_new_with_free_func(source_free);
    if (!any_speaker(a))
        return; /* most short documents: no registry to build */
    Registry r = {
        .a = a,
        .by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
        .full_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
        .headline_name = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
        .persons =
            g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref),
        .newest_with_word = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free),
        .pron_classes = g_array_new(FALSE, FALSE, sizeof(guint8)),
        .last_person = QS_NONE,
        .last_person_tok = QS_NONE,
        .last_man = QS_NONE,
        .last_woman = QS_NONE,
        .last_group = QS_NONE,
        .text = g_string_new(NULL),
        .key = g_string_new(NULL)};
    index_full_names(&r);
    for (guint i = 0; i < a->quotes->len; i++) {
        QsQuote *q = &g_array_index(a->quotes, QsQuote, i);
        if (q->mention == QS_NONE)
            continue;
        r.quote = q;
        guint32 s = resolve(&r, q->mention);
        g_array_append_val(source_at(&r, s)->quotes, i);
    }
    g_hash_table_unref(r.by_key);
    g_hash_table_unref(r.full_name);
    g_hash_table_unref(r.headline_name);
    g_hash_table_unref(r.persons);
    g_hash_table_unref(r.newest_with_word);
    g_array_unref(r.pron_classes);
    g_string_free(r.text, TRUE);
    g_string_free(r.key, TRUE);
}
