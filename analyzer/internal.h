/* Private types shared by the pipeline stages.  Each stage reads what the earlier
 * stages stored in QsAnalysis and appends its own arrays; none calls a later stage.
 * All offsets here are byte offsets into the document text; token indices are
 * guint32 and "none" is QS_NONE. */
#ifndef QS_INTERNAL_H
#define QS_INTERNAL_H

#include "quotesrc/quotesrc.h"

#define QS_NONE G_MAXUINT32

/* ---- document.c ---- */
struct _QsDocument {
    char *text; /* valid UTF-8, NUL-terminated */
    gsize len;
    char *id;
    char *path;
    char *title;         /* the headline, when the text shows one */
    const char *format;  /* the input format it was read from: "text", "jsonl" */
    GPtrArray *warnings; /* char*, NULL-terminated view kept up to date */
    GArray *line_starts; /* guint32 byte offset of each line */
    GArray *char_marks;  /* guint32 code point count at every QS_CHAR_MARK_STEP bytes */
    GArray *origin;      /* QsOrigin by offset, for text extracted from markup; or NULL */
    char *author, *date;
    guint line_base; /* lines of the file before this text: a part of a text read in parts */
};
#define QS_CHAR_MARK_STEP 64
void qs_document_add_warning(QsDocument *doc, const char *message);
/* Takes @s (may be NULL) and returns it as valid UTF-8, bad sequences replaced with
 * U+FFFD: for strings that reach a report without passing qs_document_new, such as
 * libxml2's attribute values, which may hold encoded surrogates. */
char *qs_utf8_take_valid(char *s);
/* g_utf8_validate_len(), faster on mostly ASCII text. */
gboolean qs_utf8_valid(const char *text, gsize len);
/* qs_document_new() on a buffer it takes: @text is g_malloc'd, @n bytes and a NUL, and
 * becomes the document's text without a copy (freed when refused).  A document read
 * whole from a file is its largest allocation. */
QsDocument *qs_document_take(char *text, gsize n, const char *id, const char *path,
                             GError **error);

/* Where a stretch of extracted text came from in the original file. */
typedef struct {
    guint32 offset; /* byte offset in the extracted text */
    guint32 line, column;
} QsOrigin;

/* ---- load_markup.c: extracted text, paragraph by paragraph ---- */
typedef struct {
    GString *text;
    GArray *origin; /* QsOrigin */
    gboolean in_paragraph, space;
    const char *raw; /* the original file, for columns; may be NULL */
    gsize raw_len;
    GArray *raw_lines;  /* guint32 offset of each line of raw, built when first needed */
    guint32 raw_cursor; /* where the last paragraph was found in raw */
} QsTextBuilder;
void qs_text_builder_init(QsTextBuilder *b, const char *raw, gsize raw_len);
/* Starts a paragraph whose text comes from @line:@column of the original file. */
void qs_text_begin_paragraph(QsTextBuilder *b, guint32 line, guint32 column);
/* Appends text, white space runs folded to one space. */
void qs_text_append(QsTextBuilder *b, const char *s, gssize len);
void qs_text_end_paragraph(QsTextBuilder *b);
/* The document of the built text (the builder is emptied), or NULL with @error set
 * when no text was found.  @format is static. */
QsDocument *qs_text_builder_finish(QsTextBuilder *b, const char *path, const char *format,
                                   GError **error);
/* Where in the original file a paragraph opening with @needle is: its first word found
 * after the previous paragraph's, else @hint_line (the parser's) and column 1, as when
 * entities or markup stand inside the word. */
void qs_locate(QsTextBuilder *b, guint32 hint_line, const char *needle, guint32 *line,
               guint32 *column);

/* One JSON Lines record, {"id", "text"}, @line_no for messages (load_jsonl.c). */
QsDocument *qs_load_jsonl_record(const char *line, gsize len, guint64 line_no, const char *path,
                                 GError **error);
/* The loaders of markup: one document from the whole file. */
QsDocument *qs_load_html(const char *data, gsize len, const char *path, GError **error);
QsDocument *qs_load_xml(const char *data, gsize len, const char *path, GError **error);
QsDocument *qs_load_zipped(const char *data, gsize len, const char *path, QsInputFormat format,
                           GError **error);

/* ---- lexicon.c: the word lists of data/, interned ---- */
enum {
    QS_LEX_CUE = 1 << 0,         /* a form of an attribution verb */
    QS_LEX_TITLE = 1 << 1,       /* "general", "dr." */
    QS_LEX_ROLE_PERSON = 1 << 2, /* "official", "sources" */
    QS_LEX_ROLE_ORG = 1 << 3,    /* "ministry", "authorities" */
    QS_LEX_PRONOUN = 1 << 4,
    QS_LEX_NAME_STOP = 1 << 5, /* capitalised but never opens a name */
    QS_LEX_ABBREV = 1 << 6,    /* takes a period that does not end a sentence */
    QS_LEX_DET = 1 << 7,
    QS_LEX_PREP = 1 << 8,
    QS_LEX_BOUNDARY = 1 << 9, /* clause boundary */
    QS_LEX_VERB_MOD = 1 << 10,
    QS_LEX_FINITE = 1 << 11,
    QS_LEX_NEGATION = 1 << 12,
    QS_LEX_PHRASE_START = 1 << 13, /* first word of a cue phrase */
    QS_LEX_PARTICLE = 1 << 14,     /* "bin", "de": lower case inside a name */
    QS_LEX_BE = 1 << 15,           /* a form of "be" */
    QS_LEX_SUBORDINATOR = 1 << 16, /* "when", "because": may open a subordinate clause */
    QS_LEX_MEDIUM = 1 << 17,       /* "statement", "tweet": what a speaker issues */
    QS_LEX_ISSUING = 1 << 18,      /* "issued", "put": how a speaker issues a medium */
    QS_LEX_MALE_NAME = 1 << 19,    /* "Michael": a given name, data/first_names.txt */
    QS_LEX_FEMALE_NAME = 1 << 20   /* "Laura" */
};
typedef enum {
    QS_PRON_NONE,
    QS_PRON_MASC,
    QS_PRON_FEM,
    QS_PRON_PLURAL,
    QS_PRON_NEUTER,
    QS_PRON_SELF,
    QS_PRON_RELATIVE
} QsPronClass;
typedef enum { QS_FORM_BASE, QS_FORM_S, QS_FORM_PAST, QS_FORM_PARTICIPLE, QS_FORM_ING } QsVerbForm;

typedef struct {
    guint32 flags;
    guint8 pron_class; /* QsPronClass */
    guint8 verb_form;  /* QsVerbForm, for QS_LEX_CUE */
    const char *lemma; /* interned, for QS_LEX_CUE */
    const char *full_title; /* interned, for an abbreviated title: "governor" of "gov." */
} QsLexEntry;

typedef struct {
    guint n_words;
    const guint32 *words;    /* lexicon entries of the words */
    const char *text;        /* interned, lowercase, as listed */
    gboolean source_follows; /* "according to X": the source comes after the cue */
} QsCuePhrase;

/* The files of data/, compiled in by cmake/embed_data.cmake; the last has name NULL. */
typedef struct {
    const char *name; /* "cue_verbs.txt" */
    const char *data; /* followed by a NUL */
    gsize len;
} QsDataFile;
extern const QsDataFile qs_data_files[];

typedef struct _QsLexicon QsLexicon;
/* The lexicon built from the embedded data/ files, loaded once per process. */
const QsLexicon *qs_lexicon_default(void);
/* Entry index of the lowercase word @lower (@len bytes), 0 when unknown. */
guint32 qs_lexicon_lookup(const QsLexicon *lex, const char *lower, gsize len);
/* The word hash of the lexicon's table, eight bytes at a step: the lowercase word is
 * read as little-endian 64-bit chunks, the last one padded with zero bytes.  A byte at
 * a time, a word cost one multiply's latency per letter; the tokenizer feeds the chunks
 * it lowercases straight into qs_word_hash_step(). */
static inline guint64 qs_word_hash_step(guint64 hash, guint64 chunk)
{
    hash = (hash ^ chunk) * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
    return hash ^ (hash >> 32);
}
static inline guint32 qs_word_hash_finish(guint64 hash, gsize len)
{
    hash = (hash ^ len) * G_GUINT64_CONSTANT(0xFF51AFD7ED558CCD);
    return (guint32)(hash ^ (hash >> 29));
}
#define QS_WORD_HASH_SEED G_GUINT64_CONSTANT(0x243F6A8885A308D3)
/* A lowercase copy of UTF-8 @s: g_utf8_strdown, which costs hundreds of instructions
 * a call, with a fast path for ASCII. */
char *qs_strdown(const char *s);
/* The same into @out, for look-ups that need no copy of their own; returns out->str. */
const char *qs_strdown_into(const char *s, GString *out);
/* qs_lexicon_lookup() with the word's hash (qs_word_hash_finish()) already made. */
guint32 qs_lexicon_lookup_hashed(const QsLexicon *lex, const char *lower, gsize len,
                                 guint32 hash);
const QsLexEntry *qs_lexicon_entry(const QsLexicon *lex, guint32 index);
/* Cue phrases opening with word entry @first, longest first.  (transfer none) */
const GPtrArray *qs_lexicon_phrases(const QsLexicon *lex, guint32 first);
guint qs_lexicon_n_cue_lemmas(const QsLexicon *lex);
/* What the content of cue @lemma (interned) may be besides a that-clause. */
enum {
    QS_LEMMA_BARE_CLAUSE = 1 << 0, /* a clause without "that": "insisted the budget was" */
    QS_LEMMA_OBJECT = 1 << 1, /* a bare-clause verb that also takes an object: "vowed to fight" */
    QS_LEMMA_LOADED = 1 << 2, /* editorialises: "claimed", "admitted" (the audit's) */
    QS_LEMMA_IMPERSONAL = 1 << 3, /* "appears", "seems": the whole clause, no speaker */
    QS_LEMMA_ASPECTUAL = 1 << 4,  /* "continues to campaign": no cue before "to" */
    QS_LEMMA_HEARER = 1 << 5,     /* its object is the hearer: "told her", "assured voters" */
    QS_LEMMA_THAT_ONLY = 1 << 6   /* content after "that" only: "ruled that", not "ruled it" */
};
guint qs_lexicon_lemma_flags(const QsLexicon *lex, const char *lemma);
/* The weight of @feature ("lemma say") in the confidence model that bench/calibrate.py
 * learns from PolNeAR train (data/confidence_weights.txt); FALSE when it has none. */
gboolean qs_lexicon_confidence_weight(const QsLexicon *lex, const char *feature, double *weight);
/* Lowercase phrases that report no comment ("declined to comment").  (transfer none) */
const GPtrArray *qs_lexicon_no_comment_phrases(const QsLexicon *lex);

/* ---- tokens.c ---- */
typedef enum { QS_TOK_WORD, QS_TOK_NUMBER, QS_TOK_PUNCT, QS_TOK_QUOTE } QsTokenKind;
typedef enum {
    QS_MARK_NONE,
    QS_MARK_DOUBLE,      /* " */
    QS_MARK_OPEN_DOUBLE, /* U+201C */
    QS_MARK_CLOSE_DOUBLE,
    QS_MARK_LOW_DOUBLE, /* U+201E, closed by U+201C */
    QS_MARK_OPEN_GUILLEMET,
    QS_MARK_CLOSE_GUILLEMET,
    QS_MARK_SINGLE, /* ' standing alone */
    QS_MARK_OPEN_SINGLE,
    QS_MARK_CLOSE_SINGLE
} QsMark;
enum {
    QS_TF_CAP = 1 << 0,          /* first letter upper case */
    QS_TF_ALLCAPS = 1 << 1,      /* two or more letters, all upper case */
    QS_TF_SPACE_BEFORE = 1 << 2, /* white space before the token */
    QS_TF_PARA_START = 1 << 3,
    QS_TF_SENT_START = 1 << 4,
    QS_TF_DASH = 1 << 5,      /* -- or a dash character */
    QS_TF_END_PUNCT = 1 << 6, /* . ! ? */
    QS_TF_INITIAL = 1 << 7    /* one capital letter */
};
/* 16 bytes: there are about as many tokens as a fifth of the input's bytes, so every
 * byte here is a byte of memory traffic per input byte.  The paragraph is not stored:
 * it is the sentence's (qs_tok_para()), as no sentence crosses a paragraph. */
typedef struct {
    guint32 start, end; /* bytes */
    guint32 sent;       /* sentence index, set by sentences.c */
    guint16 lex;        /* lexicon entry, 0 when none (the lexicon has fewer than 65536) */
    unsigned kind : 4;  /* QsTokenKind */
    unsigned mark : 4;  /* QsMark for QS_TOK_QUOTE */
    unsigned flags : 8; /* QS_TF_* */
} QsToken;
G_STATIC_ASSERT(sizeof(QsToken) == 16);

typedef struct {
    guint32 tok_start, tok_end; /* tokens [start, end) */
    guint32 para;
    gboolean title_case; /* set as headlines are: its capitals are typography */
} QsSentence;

/* ---- quotes.c ---- */
enum {
    QS_SPAN_UNCLOSED = 1 << 0,   /* no closing mark: ends with its paragraph */
    QS_SPAN_MULTI_PARA = 1 << 1, /* reopened in later paragraphs */
    QS_SPAN_SHORT = 1 << 2,      /* three words or fewer: a scare quote unless attributed */
    QS_SPAN_ABSORBED = 1 << 3,   /* part of a mixed quote: not reported on its own */
    QS_SPAN_FRAGMENT = 1 << 4    /* the sentence runs on after it: 'said "local forces" must' */
};
typedef struct {
    guint32 open_tok, close_tok; /* mark tokens; close_tok is the last token inside when unclosed */
    guint32 start, end;          /* bytes, marks included */
    guint32 n_words;
    guint32 flags;
} QsDirect;

/* ---- cues.c ---- */
typedef enum {
    QS_CUE_VERB,
    QS_CUE_PHRASE,    /* "in a statement", "told reporters" */
    QS_CUE_ACCORDING, /* "according to X": the source follows */
    QS_CUE_COLON,     /* X: "..." */
    QS_CUE_DASH       /* "..." -- X */
} QsCueKind;
typedef struct {
    guint32 tok_start, tok_end; /* [start, end) */
    guint32 verb_tok;           /* the verb inside the cue, or QS_NONE */
    const char *lemma;          /* interned */
    guint8 kind;                /* QsCueKind */
    guint8 negated;
    guint8 shares_mention; /* ", saying": the speaker is the main clause's, away from the cue */
    guint32 mention;       /* index into mentions, set by mentions.c */
} QsCue;
/* A passive verb cue (qs_tok_is_passive), "is expected to win": cues.c keeps only those
 * before an infinitive, which report the whole clause with no speaker. */
gboolean qs_cue_is_passive(const QsAnalysis *a, const QsCue *c);
/* The cue word at token @i is passive: after "be", or after a lower-case noun as a
 * participle ("a state known for") or with its agent ("the governor challenged by
 * Sanders"). */
gboolean qs_tok_is_passive(const QsAnalysis *a, guint32 i);
/* The cue word at token @i is a noun of a compound: a bare form after a singular noun
 * that a determiner opens and before another noun ("a talk show host"), or a form that
 * no content follows after a possessive and a participle ("his opening remarks"). */
gboolean qs_tok_in_noun_compound(const QsAnalysis *a, guint32 i);

/* ---- mentions.c ---- */
typedef enum { QS_MENTION_NAME, QS_MENTION_PRONOUN, QS_MENTION_NOMINAL } QsMentionKind;
typedef enum {
    QS_SIDE_BEFORE, /* X said */
    QS_SIDE_AFTER   /* said X, according to X */
} QsMentionSide;
typedef struct {
    guint32 tok_start, tok_end;   /* the mention as written, title included */
    guint32 name_start;           /* first token after the title (== tok_start if none) */
    guint32 desc_start, desc_end; /* byte span of a description, desc_start == desc_end if none */
    guint32 clause_start;         /* first token of the speaker clause ("X, a Y,") */
    guint32 clause_end;           /* one past its last token */
    guint32 antecedent;           /* for "who" in "X who said": the mention of X, else QS_NONE */
    guint32 relative;             /* the "who" standing for this phrase at its cue, or QS_NONE */
    guint8 kind;                  /* QsMentionKind */
    guint8 side;                  /* QsMentionSide */
    guint8 pron_class;
    guint8 source_kind; /* QsSourceKind guessed from the words */
    guint32 source;     /* set by sources.c */
} QsMention;

/* ---- reported.c and attribute.c ---- */
typedef enum {
    QS_HOW_NAME,
    QS_HOW_PRONOUN,
    QS_HOW_NOMINAL,
    QS_HOW_CONTINUATION,
    QS_HOW_ACCORDING_TO,
    QS_HOW_DASH,
    QS_HOW_COLON
} QsHow;
typedef struct {
    guint32 start, end;  /* bytes: outer extent */
    guint32 frag_end;    /* end of the first fragment when split ("A," he said, "B"), else end */
    guint32 frag2_start; /* start of the second fragment, or QS_NONE */
    guint32 first_tok;   /* first token inside the span */
    guint8 kind;         /* QsQuoteKind */
    guint8 how;          /* QsHow */
    guint8 is_short;     /* a direct quotation of three words or fewer */
    guint8 enclosures;   /* reported.c: later contents overlapping it that hold its cue */
    guint32 cue;         /* index into cues, or QS_NONE */
    guint32 mention;     /* index into mentions, or QS_NONE */
    double confidence;
    const char *rule; /* the rule that attributed it (static string) */
} QsQuote;

/* ---- sources.c ---- */
typedef struct {
    char *name;  /* canonical: fullest form seen, title removed */
    char *title; /* nullable */
    char *description;
    QsSourceKind kind;
    GPtrArray *aliases;    /* char*, distinct surface forms */
    GArray *quotes;        /* guint32 quote indices */
    guint32 first_mention; /* index into mentions */
} QsSource;

struct _QsAnalysis {
    const QsDocument *doc;
    QsOptions options;
    const QsLexicon *lex;
    GArray *tokens;    /* QsToken */
    GArray *sentences; /* QsSentence */
    guint32 n_paragraphs;
    GArray *directs;     /* QsDirect, in text order */
    GArray *stray_marks; /* guint32 tokens: closing marks with no quotation open */
    GArray *cues;        /* QsCue, in text order */
    GArray *mentions;    /* QsMention */
    GArray *quotes;      /* QsQuote: indirect/mixed from reported.c, then all, sorted */
    GPtrArray *sources;  /* QsSource* */
};

/* The stages, in the order pipeline.c runs them. */
void qs_tokens_run(QsAnalysis *a);
void qs_sentences_run(QsAnalysis *a);
void qs_quotes_run(QsAnalysis *a);
void qs_cues_run(QsAnalysis *a);
void qs_mentions_run(QsAnalysis *a);
void qs_reported_run(QsAnalysis *a);
void qs_attribute_run(QsAnalysis *a);
void qs_sources_run(QsAnalysis *a);

/* pipeline.c: the stages a test wants, in order, up to and including @last. */
typedef enum {
    QS_STAGE_TOKENS,
    QS_STAGE_SENTENCES,
    QS_STAGE_QUOTES,
    QS_STAGE_CUES,
    QS_STAGE_MENTIONS,
    QS_STAGE_REPORTED,
    QS_STAGE_ATTRIBUTE,
    QS_STAGE_SOURCES
} QsStage;
QsAnalysis *qs_analyze_until(const QsDocument *doc, const QsOptions *options, QsStage last);

/* The names of kinds in reports and databases (pipeline.c). */
const char *qs_quote_kind_name(QsQuoteKind kind);
const char *qs_source_kind_name(QsSourceKind kind);
/* The name of @how in reports ("name", "pronoun", ...) (attribute.c). */
const char *qs_how_name(QsHow how);

/* Small helpers over tokens, shared by the stages (tokens.c). */
static inline const QsToken *qs_tok(const QsAnalysis *a, guint32 i)
{
#ifdef QS_CHECK_TOKENS
    /* sanitizer and fuzz builds: the token array keeps spare slots past its length, where
     * AddressSanitizer sees no overflow, so a rule reading past the last token is caught
     * here */
    g_assert_cmpuint(i, <, a->tokens->len);
#endif
    return &g_array_index(a->tokens, QsToken, i);
}
/* The paragraph index of token @i, once sentences have run. */
static inline guint32 qs_tok_para(const QsAnalysis *a, guint32 i)
{
    return g_array_index(a->sentences, QsSentence, qs_tok(a, i)->sent).para;
}
static inline const QsLexEntry *qs_tok_lex(const QsAnalysis *a, guint32 i)
{
    return qs_lexicon_entry(a->lex, qs_tok(a, i)->lex);
}
static inline gboolean qs_tok_has(const QsAnalysis *a, guint32 i, guint32 lex_flags)
{
    return (qs_tok_lex(a, i)->flags & lex_flags) != 0;
}
/* TRUE when token @i is the punctuation character @c.  Inline: the stages ask it of
 * most tokens. */
static inline gboolean qs_tok_is_char(const QsAnalysis *a, guint32 i, char c)
{
    if (i >= a->tokens->len)
        return FALSE;
    const QsToken *t = qs_tok(a, i);
    return t->kind == QS_TOK_PUNCT && t->end == t->start + 1 && a->doc->text[t->start] == c;
}
/* Whether token @i is the lowercase word @w, in any case.  The first letters are
 * compared before anything else: the word lists ask this of most tokens, and most
 * differ there ("| 0x20" lowercases an ASCII letter and leaves other bytes that could
 * start @w unchanged or unequal). */
static inline gboolean qs_tok_is_word(const QsAnalysis *a, guint32 i, const char *w)
{
    if (i >= a->tokens->len)
        return FALSE;
    const QsToken *t = qs_tok(a, i);
    const char *s = a->doc->text + t->start;
    if (t->kind != QS_TOK_WORD || ((guchar)s[0] | 0x20) != (guchar)w[0])
        return FALSE;
    gsize n = strlen(w);
    return t->end - t->start == n && g_ascii_strncasecmp(s, w, n) == 0;
}
/* Whether token @i is one of the @n @words, in any case. */
static inline gboolean qs_tok_is_one_of(const QsAnalysis *a, guint32 i, const char *const *words,
                                        gsize n)
{
    for (gsize k = 0; k < n; k++)
        if (qs_tok_is_word(a, i, words[k]))
            return TRUE;
    return FALSE;
}
/* A word opening an embedded question or clause: "whether", "if", "why", "how", "what",
 * "when", "where", "who". */
static inline gboolean qs_tok_is_wh_word(const QsAnalysis *a, guint32 i)
{
    static const char *const wh[] = {"whether", "why", "how", "what", "when", "where", "if", "who"};
    return qs_tok_is_one_of(a, i, wh, G_N_ELEMENTS(wh));
}
/* A plural quantifier that can stand for people as a subject: "Both have promised",
 * "Many say", "Most said". */
static inline gboolean qs_tok_stands_for_people(const QsAnalysis *a, guint32 i)
{
    static const char *const words[] = {"both", "some", "many", "several",
                                        "few",  "most", "all",  "others"};
    return qs_tok_is_one_of(a, i, words, G_N_ELEMENTS(words));
}
/* One word standing for people as a whole mention [start, end): "Others say". */
static inline gboolean qs_span_stands_for_people(const QsAnalysis *a, guint32 start, guint32 end)
{
    return end - start == 1 && qs_tok_stands_for_people(a, start);
}
/* What was asked, after "asked" or "was asked": a wh-clause or "about" ("about the
 * border"). */
static inline gboolean qs_tok_opens_question(const QsAnalysis *a, guint32 i)
{
    return qs_tok_is_wh_word(a, i) || qs_tok_is_word(a, i, "about");
}
/* "Friday", "today", "yesterday", "tonight": a day that can stand alone as an adjunct. */
static inline gboolean qs_tok_is_day(const QsAnalysis *a, guint32 i)
{
    static const char *const days[] = {"monday",   "tuesday", "wednesday", "thursday",  "friday",
                                       "saturday", "sunday",  "today",     "yesterday", "tonight"};
    return qs_tok_is_one_of(a, i, days, G_N_ELEMENTS(days));
}
/* "night", "morning", "afternoon", "evening": a part of a day ("Tuesday night"). */
static inline gboolean qs_tok_is_day_part(const QsAnalysis *a, guint32 i)
{
    static const char *const parts[] = {"night", "morning", "afternoon", "evening"};
    return qs_tok_is_one_of(a, i, parts, G_N_ELEMENTS(parts));
}
/* "week", "month", "year": a period after "last" or "this". */
static inline gboolean qs_tok_is_period(const QsAnalysis *a, guint32 i)
{
    static const char *const periods[] = {"week", "month", "year"};
    return qs_tok_is_one_of(a, i, periods, G_N_ELEMENTS(periods));
}
/* One past the time adjunct starting at token @i, not past @end, or @i when there is
 * none: "Friday", "on Tuesday night", "last week", "earlier this year" is not one. */
static inline guint32 qs_time_adjunct_end(const QsAnalysis *a, guint32 i, guint32 end)
{
    static const char *const openers[] = {"on", "last", "this", "earlier", "later"};
    guint32 k = i;
    gboolean opener = k < end && qs_tok_is_one_of(a, k, openers, G_N_ELEMENTS(openers));
    if (opener)
        k++;
    if (k < end && qs_tok_is_day(a, k)) {
        k++;
        if (k < end && qs_tok_is_day_part(a, k))
            k++;
        return k;
    }
    if (opener && k < end && !qs_tok_is_word(a, i, "on") && qs_tok_is_period(a, k))
        return k + 1;
    return i;
}
/* The first token of the time adjunct that ends just before token @end, not before
 * @floor, or @end when there is none ("Clinton on Tuesday said").  The last word is
 * tested first: a cue asks this of its subject, and most subjects end in no time. */
static inline guint32 qs_time_adjunct_start(const QsAnalysis *a, guint32 end, guint32 floor)
{
    if (end <= floor || !(qs_tok_is_day(a, end - 1) || qs_tok_is_day_part(a, end - 1) ||
                          qs_tok_is_period(a, end - 1)))
        return end;
    for (guint32 k = end > floor + 3 ? end - 3 : floor; k < end; k++)
        if (qs_time_adjunct_end(a, k, end) == end)
            return k;
    return end;
}
/* Token @j closes a share of people, not before @floor: "one in five", "9 in 10",
 * "all but two". */
static inline gboolean qs_tok_is_share(const QsAnalysis *a, guint32 j, guint32 floor)
{
    if (j < floor + 2 || j >= a->tokens->len)
        return FALSE;
    gboolean number = qs_tok(a, j)->kind == QS_TOK_NUMBER || qs_tok_has(a, j, QS_LEX_DET);
    gboolean of_whole = qs_tok(a, j - 2)->kind == QS_TOK_NUMBER || qs_tok_has(a, j - 2, QS_LEX_DET);
    return number && of_whole &&
           (qs_tok_is_word(a, j - 1, "in") || qs_tok_is_word(a, j - 1, "but"));
}
/* "largely rejected", "repeatedly said": a lower-case word in -ly before a verb; or an
 * adverb of time or frequency ("has always claimed", "was first told").  These are no
 * verb modifiers of the lexicon, since they also open noun phrases ("said first
 * responders were slow"). */
static inline gboolean qs_tok_is_adverb(const QsAnalysis *a, guint32 i)
{
    static const char *const adverbs[] = {"always", "first", "ever", "sometimes"};
    const QsToken *t = qs_tok(a, i);
    const char *end = a->doc->text + t->end;
    return (t->kind == QS_TOK_WORD && !(t->flags & QS_TF_CAP) && t->end - t->start > 4 &&
            end[-2] == 'l' && end[-1] == 'y') ||
           qs_tok_is_one_of(a, i, adverbs, G_N_ELEMENTS(adverbs));
}

/* A word in "'s" or "’s" ("Clinton's"): a possessive, or a pronoun's contraction
 * ("he's"), which the lexicon tells apart. */
static inline gboolean qs_tok_ends_in_possessive(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    const char *end = a->doc->text + t->end;
    return t->kind == QS_TOK_WORD &&
           ((t->end - t->start > 2 && end[-2] == '\'' && end[-1] == 's') ||
            (t->end - t->start > 4 && memcmp(end - 4, "\xE2\x80\x99s", 4) == 0));
}
/* Whether a token of [start, end) has one of the lexicon @flags. */
static inline gboolean qs_span_has_lex(const QsAnalysis *a, guint32 start, guint32 end,
                                       guint32 flags)
{
    for (guint32 k = start; k < end; k++)
        if (qs_tok_has(a, k, flags))
            return TRUE;
    return FALSE;
}
/* Whether a word of tokens [start, end) is a possessive: "Clinton's campaign" and
 * "Osama bin Laden's Al-Qaeda" name no person. */
static inline gboolean qs_span_has_possessive(const QsAnalysis *a, guint32 start, guint32 end)
{
    for (guint32 k = start; k < end; k++)
        if (qs_tok_ends_in_possessive(a, k))
            return TRUE;
    return FALSE;
}
/* A word of four letters or more in "-ed": a past form, as far as spelling tells. */
static inline gboolean qs_tok_ends_in_ed(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    const char *end = a->doc->text + t->end;
    return t->kind == QS_TOK_WORD && t->end - t->start > 3 && end[-2] == 'e' && end[-1] == 'd';
}
/* A word of five letters or more in "-ing": a participle, as far as spelling tells. */
static inline gboolean qs_tok_ends_in_ing(const QsAnalysis *a, guint32 i)
{
    const QsToken *t = qs_tok(a, i);
    return t->kind == QS_TOK_WORD && t->end - t->start > 4 &&
           memcmp(a->doc->text + t->end - 3, "ing", 3) == 0;
}
/* The token covering byte @offset, or QS_NONE (tokens.c). */
guint32 qs_token_at(const QsAnalysis *a, guint32 offset);
/* TRUE when token @i is an opening quotation mark. */
gboolean qs_tok_opens_quote(const QsAnalysis *a, guint32 i);
/* Index of the direct quote containing token @i, or QS_NONE. */
guint32 qs_direct_at(const QsAnalysis *a, guint32 tok);
/* The speaker clause of cue @c, mention included: tokens [lo, hi) (mentions.c). */
void qs_cue_clause(const QsAnalysis *a, const QsCue *c, guint32 *lo, guint32 *hi);
/* Where the verb group of cue @c begins, @j its first token so far, not before @floor:
 * before its auxiliaries, negation and adverbs ("has repeatedly said", "did not say"). */
guint32 qs_verb_group_start(const QsAnalysis *a, const QsCue *c, guint32 j, guint32 floor);
/* The direct quote that opens at token @i, or right after a comma or colon there;
 * QS_NONE if none (quotes.c). */
guint32 qs_direct_opening_at(const QsAnalysis *a, guint32 i);
/* The direct quote that closes at token @i - 1, or before a comma there (quotes.c). */
guint32 qs_direct_closing_before(const QsAnalysis *a, guint32 i);
/* Name helpers (mentions.c): a capitalised word that can be part of a name; one past
 * the end of the name starting at @i; the first token after a leading title. */
gboolean qs_name_word(const QsAnalysis *a, guint32 i);
guint32 qs_name_run_right(const QsAnalysis *a, guint32 i, guint32 limit);
guint32 qs_after_title(const QsAnalysis *a, guint32 start, guint32 end);
/* @start + 1 when name run [start, end) opens with the word that ends a title before it
 * ("Secretary of State Hillary Clinton", "Chief of Staff Denis McDonough"), else @start. */
guint32 qs_after_title_of(const QsAnalysis *a, guint32 start, guint32 end);
/* The source kind the words of tokens [start, end) suggest. */
QsSourceKind qs_guess_source_kind(const QsAnalysis *a, guint32 start, guint32 end);

#endif
