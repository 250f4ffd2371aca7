/* Attribution cues: verbs, phrases, colons, dashes, and what is not a cue. */
#include "helpers.h"

static const QsCue *cue(const Fixture *f, guint i)
{
    ck_assert_uint_lt(i, f->a->cues->len);
    return &g_array_index(f->a->cues, QsCue, i);
}

static char *cue_text(const Fixture *f, guint i)
{
    return tokens_text(f, cue(f, i)->tok_start, cue(f, i)->tok_end);
}

/* The cues of @text are exactly those of the NULL-terminated @lemmas, in order. */
static void check_lemmas(const char *text, const char *const *lemmas)
{
    Fixture f = fixture_new(text, QS_STAGE_CUES);
    guint n = g_strv_length((char **)lemmas);
    ck_assert_msg(f.a->cues->len == n, "%u cues in: %s", f.a->cues->len, text);
    for (guint i = 0; i < n; i++)
        ck_assert_str_eq(cue(&f, i)->lemma, lemmas[i]);
    fixture_free(&f);
}

START_TEST(test_verbs_in_every_inflection)
{
    check_lemmas("Franks added that the IMU remained. The general warned it. Experts fear more. "
                 "Officials say so.",
                 (const char *const[]){"add", "warn", "fear", "say", NULL});
}
END_TEST

START_TEST(test_phrases)
{
    Fixture f = fixture_new("They were handed over, according to General Jurabek. The port "
                            "authority said in a statement that the port would reopen.",
                            QS_STAGE_CUES);
    ck_assert_uint_eq(f.a->cues->len, 2);
    g_autofree char *first = cue_text(&f, 0), *second = cue_text(&f, 1);
    ck_assert_str_eq(first, "according to");
    ck_assert_uint_eq(cue(&f, 0)->kind, QS_CUE_ACCORDING);
    ck_assert_str_eq(second, "said in a statement");
    ck_assert_str_eq(cue(&f, 1)->lemma, "say");
    fixture_free(&f);
}
END_TEST

START_TEST(test_colon_and_dash)
{
    Fixture f = fixture_new("The minister was blunt: « We will not sign. »\n\n"
                            "\"Small countries did not cause this.\" — Ingrid Halvorsen, envoy",
                            QS_STAGE_CUES);
    ck_assert_uint_eq(f.a->cues->len, 2);
    ck_assert_uint_eq(cue(&f, 0)->kind, QS_CUE_COLON);
    ck_assert_uint_eq(cue(&f, 1)->kind, QS_CUE_DASH);
    fixture_free(&f);
}
END_TEST

START_TEST(test_not_cues)
{
    /* a noun after a determiner, a passive, a cue inside a quotation, a capitalised name,
     * an adjective after "be" */
    check_lemmas(
        "The dispute centres on pay. The tally was published at noon. He was first "
        "told of it. "
        "\"I believe we will win,\" he said. Ms Warner arrived. The meeting was brief. All "
        "she could do was shout.",
        (const char *const[]){"say", "shout", NULL});
}
END_TEST

/* In a headline set in title case, capitals mark no names: "Says" is the cue, while the
 * same capital inside an ordinary sentence is still a name. */
START_TEST(test_headline_cue)
{
    check_lemmas("Bellwether County Says Trump Should Win GOP Nomination.\n\n"
                 "The county's Claims Court met on Monday.",
                 (const char *const[]){"say", NULL});
}
END_TEST

/* After a noun, a participle that is no past tense, or a past form with its agent, is
 * passive: "a state known for", "the governor challenged by Sanders"; "has known",
 * "They've written" and "Trump announced by Twitter" are their speakers'. */
START_TEST(test_participle_without_have_is_passive)
{
    check_lemmas("Ohio is a state known for its swing voters. The memo written by aides "
                 "leaked. The governor challenged by Sanders resigned. Trump has long known "
                 "that the wall would cost billions. They've written that it failed. Trump "
                 "announced by Twitter that he would veto it.",
                 (const char *const[]){"know", "write", "announce", NULL});
}
END_TEST

/* "a firm called Gavekal" names the firm; "The group called Trump a liar", "what she
 * called a disgrace" and a subject opening on "A" stay cues. */
START_TEST(test_naming_participle_is_no_cue)
{
    check_lemmas("Tom Miller, at a small new consulting firm called Gavekal Dragonomics, argues "
                 "it. They aired a short film dubbed \"Familias\" on Univision. The group called "
                 "Trump a liar. It was what she called a disgrace. A senior aide called Trump a "
                 "danger.",
                 (const char *const[]){"argue", "call", "call", "call", NULL});
}
END_TEST

START_TEST(test_negated)
{
    Fixture f =
        fixture_new("The ministry would not comment. The council did not say why.", QS_STAGE_CUES);
    ck_assert_uint_eq(f.a->cues->len, 2);
    ck_assert(cue(&f, 0)->negated);
    ck_assert(cue(&f, 1)->negated);
    fixture_free(&f);
}
END_TEST

/* An "-s" form after a number is a plural noun: "all 50 states". */
START_TEST(test_plural_after_number)
{
    check_lemmas("Voters in all 50 states backed the measure.",
                 (const char *const[]){"back", NULL});
}
END_TEST

/* Forms the word list marks as no cue ("!states"): the rest of the verb still is one. */
START_TEST(test_forms_that_are_no_cues)
{
    check_lemmas("Western states vote next. An email went out. She continues to campaign, speaking "
                 "to voters. Democratic state lawmakers agreed. He stated it plainly.",
                 (const char *const[]){"agree", "state", NULL});
}
END_TEST

/* Verbs and phrases of stance and reference count as cues; their nouns ("the White House
 * press secretary", "peace talks", "tax credits", "many voices") do not. */
START_TEST(test_stance_and_reference_cues)
{
    check_lemmas("White House press secretary Josh Earnest voiced alarm. Peace talks resumed. "
                 "Clinton credited Obama with the recovery. Tax credits expire. Many voices "
                 "pressed for a vote. Sanders took aim at the banks. Ryan was critical of the "
                 "plan. As the judge put it, the law was clear.",
                 (const char *const[]){"voice", "credit", "press", "took aim at", "critical of",
                                       "put it", NULL});
}
END_TEST

/* A bare form after a singular noun that a determiner opens is a noun of a compound ("a
 * talk show host") when a noun follows; after a plural, a noun in a prepositional phrase,
 * or before its content ("A majority say the race", "say that"), it is a verb.
 * After a possessive and a participle a form is a noun ("his opening remarks") unless
 * content follows; a subject in "-ing" keeps its verb ("The meeting showed that"). */
START_TEST(test_noun_compounds)
{
    check_lemmas("The radio show host said that he noticed the shift. Supporters of the law "
                 "hope it stays. The women say it works. The campaign report found gaps. In "
                 "his opening remarks, Trump said he was ready. A majority say the race is "
                 "lost. Did the company say that it would pay? The talk show host agreed. "
                 "The meeting showed that it failed.",
                 (const char *const[]){"say", "notice", "hope", "say", "find", "say", "say", "say",
                                       "agree", "show", NULL});
}
END_TEST

/* "In a poll released Sunday, A" makes the report a source; "In a statement, X said"
 * leaves the statement to the verb after it. */
START_TEST(test_in_a_report)
{
    Fixture f = fixture_new("In a poll released Sunday, most voters backed the plan.",
                            QS_STAGE_CUES);
    ck_assert_uint_ge(f.a->cues->len, 1);
    ck_assert_int_eq(cue(&f, 0)->kind, QS_CUE_ACCORDING);
    fixture_free(&f);
    f = fixture_new("In a statement, the group's chief strategist said: \"We will win.\"",
                    QS_STAGE_CUES);
    for (guint i = 0; i < f.a->cues->len; i++)
        ck_assert_int_ne(cue(&f, i)->kind, QS_CUE_ACCORDING);
    fixture_free(&f);
}
END_TEST

/* An aspectual verb before "to" is no cue; with its own quotation it is one. */
START_TEST(test_aspectual_before_to)
{
    Fixture f = fixture_new("She continues to campaign. Prager continues, \"In fact, it is "
                            "weak.\" He continued to fight.",
                            QS_STAGE_CUES);
    ck_assert_uint_eq(f.a->cues->len, 1);
    ck_assert_str_eq(cue(&f, 0)->lemma, "continue");
    g_autofree char *text = cue_text(&f, 0);
    ck_assert_str_eq(text, "continues");
    ck_assert_uint_eq(qs_tok(f.a, cue(&f, 0)->tok_start)->start,
                      strlen("She continues to campaign. Prager "));
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_verbs_in_every_inflection,
                            test_forms_that_are_no_cues,
                            test_stance_and_reference_cues,
                            test_noun_compounds,
                            test_phrases,
                            test_colon_and_dash,
                            test_not_cues,
                            test_headline_cue,
                            test_participle_without_have_is_passive,
                            test_naming_participle_is_no_cue,
                            test_negated,
                            test_plural_after_number,
                            test_in_a_report,
                            test_aspectual_before_to};
    return run_tests("cues", tests, G_N_ELEMENTS(tests));
}
