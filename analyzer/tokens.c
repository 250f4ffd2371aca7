/* The tokenizer: one pass over the bytes, producing words, numbers, punctuation and
 * quotation marks with byte spans, layout flags (space before, paragraph start) and
 * the lexicon entry of each word.  Nothing is allocated per token. */
#include "internal.h"

#include <string.h>

static gboolean is_space_char(gunichar c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0xFEFF:
        return TRUE;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

/* Directional marks, embeddings, overrides and isolates, and the word joiner: invisible
 * formatting that neither separates words nor belongs to one. */
static gboolean is_invisible_format(gunichar c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2060 ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

static gboolean is_word_char(gunichar c)
{
    if (c < 0x80)
        return g_ascii_isalnum(c);
    return g_unichar_isalnum(c) || g_unichar_ismark(c);
}

/* News text is mostly ASCII: these read a byte directly and decode only past 0x7F. */
static gunichar char_at(const char *text, gsize len, gsize i)
{
    if (i >= len)
        return 0;
    guchar b = (guchar)text[i];
    return b < 0x80 ? b : g_utf8_get_char(text + i);
}

static gsize next_char(const char *text, gsize len, gsize i)
{
    if (i >= len)
        return len;
    return (guchar)text[i] < 0x80 ? i + 1 : (gsize)(g_utf8_next_char(text + i) - text);
}

static gboolean is_hyphen(gunichar c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

static gboolean is_apostrophe(gunichar c)
{
    return c == '\'' || c == 0x2019;
}


/* Returns the end of the word or number starting at @i. */
static gsize scan_word(const char *text, gsize len, gsize i, gboolean *is_number)
{
    gsize segment = i; /* start of the letters since the last internal period */
    *is_number = g_ascii_isdigit(text[i]);
    for (;;) {
        while (i < len && g_ascii_isalnum(text[i]))
            i++;
        while (i < len && is_word_char(char_at(text, len, i)))
            i = next_char(text, len, i);
        if (i >= len)
            return i;
        gunichar c = char_at(text, len, i);
        gsize after = next_char(text, len, i);
        gunichar n = char_at(text, len, after);
        if ((is_hyphen(c) || is_apostrophe(c)) && is_word_char(n)) {
            *is_number = FALSE;
        } else if ((c == ',' || c == '.') && *is_number && g_ascii_isdigit(n)) {
            /* 3,000 and 4.5 */
        } else if (c == '.' && !*is_number && g_unichar_isalpha(n) && i - segment <= 2 &&
                   char_at(text, len, next_char(text, len, after)) == '.') {
            segment = after; /* U.S, e.g, a.m: the final period stays a token */
        } else {
            return i;
        }
        i = after;
    }
}

/* Lowercases token text into @buf (apostrophes folded to '), returns its length or 0
 * when it does not fit. */
static gsize fold(const char *s, gsize n, char *buf, gsize cap)
{
    gsize out = 0;
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
        if ((guchar)*p < 0x80) {
            if (out + 1 >= cap)
                return 0;
            buf[out++] = g_ascii_tolower(*p);
            continue;
        }
        gunichar c = g_utf8_get_char(p);
        c = c == 0x2019 ? '\'' : g_unichar_tolower(c);
        if (out + 6 >= cap)
            return 0;
        out += g_unichar_to_utf8(c, buf + out);
    }
    return out;
}

/* Words this long or longer are not looked up: no lexicon word is. */
#define QS_LOOKUP_MAX 64

/* The @n bytes (0 to 8) at @s as a little-endian chunk, zero padded; all eight bytes are
 * read at once when @readable bytes allow it, and those past @n masked off. */
static inline guint64 chunk_at(const char *s, gsize n, gsize readable)
{
    guint64 chunk = 0;
    if (readable >= sizeof chunk) {
        memcpy(&chunk, s, sizeof chunk);
        chunk = GUINT64_FROM_LE(chunk);
        return n >= sizeof chunk ? chunk : chunk & ((G_GUINT64_CONSTANT(1) << (8 * n)) - 1);
    }
    for (gsize k = 0; k < n; k++)
        chunk |= (guint64)(guchar)s[k] << (8 * k);
    return chunk;
}

#define EVERY_BYTE(b) (G_GUINT64_CONSTANT(0x0101010101010101) * (b))

/* Bit 7 set in each byte of @chunk that is an ASCII letter or digit.  A byte under
 * 0x80 lies in [lo, hi] when adding 0x80 - lo sets its bit 7 and adding 0x7F - hi does
 * not; neither sum carries into the next byte. */
static inline guint64 ascii_alnum_bytes(guint64 chunk)
{
    guint64 seven = chunk & EVERY_BYTE(0x7F);
    guint64 folded = seven | EVERY_BYTE(0x20); /* A-Z onto a-z, and nothing else onto them */
    guint64 digits = (seven + EVERY_BYTE(0x80 - '0')) & ~(seven + EVERY_BYTE(0x7F - '9'));
    guint64 letters = (folded + EVERY_BYTE(0x80 - 'a')) & ~(folded + EVERY_BYTE(0x7F - 'z'));
    return (digits | letters) & ~chunk & EVERY_BYTE(0x80);
}

/* An ASCII word of @n bytes at @s (letters and digits, and in scan_word()'s words
 * hyphens, apostrophes and periods), @readable bytes from @s on: looks it up and returns
 * its case flags.  Most words of English news take this path, so it works on eight
 * bytes at a step: among the characters a word holds, only letters have bit 6 set, and
 * only lowercase letters bits 6 and 5; setting bit 5 of the letters lowercases them. */
static guint16 ascii_word(const QsLexicon *lex, const char *s, gsize n, gsize readable,
                          guint16 *entry)
{
    guint64 lower[QS_LOOKUP_MAX / 8];
    guint64 hash = QS_WORD_HASH_SEED, small_letters = 0;
    guint capitals = 0; /* counted to two: enough for QS_TF_ALLCAPS */
    gboolean looked_up = n < QS_LOOKUP_MAX;
    for (gsize k = 0; k < n; k += 8) {
        guint64 chunk = chunk_at(s + k, MIN(n - k, 8), readable - k);
        guint64 letters = chunk & EVERY_BYTE(0x40);
        guint64 small = letters & (chunk << 1);
        guint64 caps = letters & ~small;
        capitals += caps == 0 ? 0 : (caps & (caps - 1)) == 0 ? 1 : 2;
        small_letters |= small;
        chunk |= letters >> 1;
        if (looked_up) {
            lower[k / 8] = GUINT64_TO_LE(chunk);
            hash = qs_word_hash_step(hash, chunk);
        }
    }
    *entry = looked_up ? qs_lexicon_lookup_hashed(lex, (const char *)lower, n,
                                                  qs_word_hash_finish(hash, n))
                       : 0;
    guint16 flags = (guchar)(s[0] - 'A') < 26 ? QS_TF_CAP : 0;
    if (capitals >= 2 && small_letters == 0)
        flags |= QS_TF_ALLCAPS;
    if (n == 1 && (flags & QS_TF_CAP))
        flags |= QS_TF_INITIAL;
    return flags;
}

/* The common case in one pass: ASCII letters and digits from a letter at @i, ended by
 * an ASCII character that cannot continue a word (not a hyphen, apostrophe or period,
 * which scan_word() judges).  Fills @t and returns TRUE, or FALSE for the general path. */
static gboolean plain_ascii_word(const QsLexicon *lex, const char *text, gsize len, gsize i,
                                 QsToken *t)
{
    gsize end = i;
    for (;;) { /* eight bytes at a step: a byte at a time mispredicts every word end */
        guint64 stops = ~ascii_alnum_bytes(chunk_at(text + end, MIN(len - end, 8), len - end)) &
                        EVERY_BYTE(0x80);
        if (stops != 0) { /* always within the text: the bytes past its end are zeros */
            end += (gsize)__builtin_ctzll(stops) / 8;
            break;
        }
        end += 8;
    }
    if (end < len && ((guchar)text[end] >= 0x80 || text[end] == '-' || text[end] == '\'' ||
                      text[end] == '.'))
        return FALSE;
    guint16 entry;
    t->flags |= ascii_word(lex, text + i, end - i, len - i, &entry);
    t->lex = entry;
    t->end = (guint32)end;
    t->kind = QS_TOK_WORD;
    return TRUE;
}

static gboolean is_ascii(const char *s, gsize n)
{
    for (gsize i = 0; i < n; i++)
        if ((guchar)s[i] >= 0x80)
            return FALSE;
    return TRUE;
}

static guint16 case_flags(const char *s, gsize n)
{
    gunichar first = g_utf8_get_char(s);
    guint16 flags = g_unichar_isupper(first) ? QS_TF_CAP : 0;
    guint letters = 0;
    gboolean lower = FALSE;
    for (const char *p = s; p < s + n; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c)) {
            letters++;
            lower |= g_unichar_islower(c);
        }
    }
    if (letters >= 2 && !lower)
        flags |= QS_TF_ALLCAPS;
    if (letters == 1 && (flags & QS_TF_CAP) && g_utf8_strlen(s, n) == 1)
        flags |= QS_TF_INITIAL;
    return flags;
}

static QsMark mark_of(gunichar c)
{
    switch (c) {
    case '"':
    case 0x201F:
    case 0x2033:
        return QS_MARK_DOUBLE;
    case 0x201C:
        return QS_MARK_OPEN_DOUBLE;
    case 0x201D:
        return QS_MARK_CLOSE_DOUBLE;
    case 0x201E:
        return QS_MARK_LOW_DOUBLE;
    case 0x00AB:
        return QS_MARK_OPEN_GUILLEMET;
    case 0x00BB:
        return QS_MARK_CLOSE_GUILLEMET;
    case 0x2018:
    case 0x201A:
    case 0x2039:
    case '`':
        return QS_MARK_OPEN_SINGLE;
    case 0x2019:
    case 0x203A:
        return QS_MARK_CLOSE_SINGLE;
    case '\'':
        return QS_MARK_SINGLE;
    default:
        return QS_MARK_NONE;
    }
}

void qs_tokens_run(QsAnalysis *a)
{
    const char *text = a->doc->text;
    gsize len = a->doc->len;
    /* Tokens are stored straight into the array, grown by doubling; g_array_append_val
     * would cost a call and a copy per token. */
    GArray *tokens = g_array_sized_new(FALSE, FALSE, sizeof(QsToken), (guint)(len / 5 + 16));
    guint n_tokens = 0;
    g_array_set_size(tokens, (guint)(len / 5 + 16));
    guint32 para = 0;
    gboolean para_start = TRUE, any = FALSE;
    guint newlines = 0;
    gboolean space = FALSE;
    gsize i = 0;
    while (i < len) {
        if (text[i] == ' ') { /* most bytes that are not letters */
            space = TRUE;
            i++;
            continue;
        }
        gunichar c = char_at(text, len, i);
        gsize after = next_char(text, len, i);
        if (c >= 0x80 && is_invisible_format(c)) {
            i = after; /* not a space: a space before a closing mark changes its pairing */
            continue;
        }
        if (is_space_char(c)) {
            if (c == '\n' || (c == '\r' && char_at(text, len, after) != '\n'))
                newlines++;
            space = TRUE;
            i = after;
            continue;
        }
        /* A blank line always starts a paragraph; a single line break does too unless
         * the text runs on in lower case, as hard-wrapped text does. */
        if (any && (newlines >= 2 || (newlines == 1 && !g_unichar_islower(c)))) {
            para_start = TRUE;
            para++;
        }
        QsToken t = {0};
        t.start = (guint32)i;
        t.flags = (space ? QS_TF_SPACE_BEFORE : 0) | (para_start ? QS_TF_PARA_START : 0);
        if (g_ascii_isalpha(c) && plain_ascii_word(a->lex, text, len, i, &t)) {
            /* done */
        } else if (is_word_char(c)) {
            gboolean number;
            t.end = (guint32)scan_word(text, len, i, &number);
            t.kind = number ? QS_TOK_NUMBER : QS_TOK_WORD;
            const char *word = text + t.start;
            gsize n = t.end - t.start;
            if (!number && is_ascii(word, n)) {
                t.flags |= ascii_word(a->lex, word, n, len - t.start, &t.lex);
            } else if (!number) {
                char buf[64];
                gsize folded = fold(word, n, buf, sizeof buf);
                t.lex = folded ? qs_lexicon_lookup(a->lex, buf, folded) : 0;
                t.flags |= case_flags(word, n);
            }
        } else if ((c == '`' && char_at(text, len, after) == '`') ||
                   (c == '\'' && char_at(text, len, after) == '\'')) {
            t.end = (guint32)(after + 1); /* `` and '' as in typeset or PTB text */
            t.kind = QS_TOK_QUOTE;
            t.mark = c == '`' ? QS_MARK_OPEN_DOUBLE : QS_MARK_CLOSE_DOUBLE;
        } else if (mark_of(c) != QS_MARK_NONE) {
            t.end = (guint32)after;
            t.kind = QS_TOK_QUOTE;
            t.mark = mark_of(c);
        } else {
            gsize end = after;
            if (c == '-' || c == '.') /* "--" is a dash, "..." an ellipsis */
                while (end < len && text[end] == (char)c)
                    end++;
            t.end = (guint32)end;
            t.kind = QS_TOK_PUNCT;
            /* "--", a dash character, or a hyphen with space on both sides ("(Reuters) - ") */
            if (c == 0x2013 || c == 0x2014 || c == 0x2015 || (c == '-' && end - i >= 2) ||
                (c == '-' && space && (end >= len || is_space_char(char_at(text, len, end)))))
                t.flags |= QS_TF_DASH;
            if (c == '.' || c == '!' || c == '?')
                t.flags |= QS_TF_END_PUNCT;
        }
        if (n_tokens == tokens->len)
            g_array_set_size(tokens, tokens->len * 2);
        g_array_index(tokens, QsToken, n_tokens++) = t;
        i = t.end;
        any = TRUE;
        para_start = FALSE;
        space = FALSE;
        newlines = 0;
    }
    a->tokens = g_array_set_size(tokens, n_tokens);
    a->n_paragraphs = any ? para + 1 : 0;
}

guint32 qs_token_at(const QsAnalysis *a, guint32 offset)
{
    guint lo = 0, hi = a->tokens->len;
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        const QsToken *t = qs_tok(a, mid);
        if (offset < t->start)
            hi = mid;
        else if (offset >= t->end)
            lo = mid + 1;
        else
            return mid;
    }
    return QS_NONE;
}
