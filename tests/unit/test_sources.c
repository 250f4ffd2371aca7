/* The source registry: canonical names, titles, kinds, coreference. */
#include "helpers.h"

static const char FRANKS[] =
    "Speaking in Tashkent, General Tommy Franks, commander-in-chief of the Central Command, "
    "said the IMU had lost its effectiveness.\n\n"
    "But the general warned that the threat should not be underestimated. \"We will stop "
    "them,\" he said.\n\n"
    "Franks added that remnants remained on Afghan territory.\n\n"
    "Independent sources believe 3,000 IMU members found refuge there. The Uzbek authorities "
    "fear the IMU is far from finished.";

START_TEST(test_one_source_for_every_form)
{
    Fixture f = fixture_new(FRANKS, QS_STAGE_SOURCES);
    ck_assert_uint_eq(f.a->quotes->len, 6);
    for (guint i = 0; i < 4; i++)
        ck_assert_str_eq(quote_source(&f, i), "Tommy Franks");
    gint franks = qs_quote_get_source(f.a, 0);
    ck_assert_str_eq(qs_source_get_title(f.a, franks), "General");
    ck_assert_str_eq(qs_source_get_description(f.a, franks),
                     "commander-in-chief of the Central Command");
    ck_assert_uint_eq(qs_source_get_kind(f.a, franks), QS_SOURCE_PERSON);
    const QsSource *s = g_ptr_array_index(f.a->sources, franks);
    ck_assert_uint_eq(s->aliases->len, 4); /* General Tommy Franks, the general, he, Franks */
    ck_assert_str_eq(quote_source(&f, 4), "Independent sources");
    ck_assert_uint_eq(qs_source_get_kind(f.a, qs_quote_get_source(f.a, 4)), QS_SOURCE_ANONYMOUS);
    ck_assert_str_eq(quote_source(&f, 5), "Uzbek authorities");
    ck_assert_uint_eq(qs_source_get_kind(f.a, qs_quote_get_source(f.a, 5)), QS_SOURCE_ORGANIZATION);
    ck_assert_uint_eq(qs_analysis_get_n_sources(f.a), 3);
    fixture_free(&f);
}
END_TEST

/* A text with one quotation: its source's name and kind. */
static void check_one_source(const char *text, const char *name, QsSourceKind kind)
{
    Fixture f = fixture_new(text, QS_STAGE_SOURCES);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    ck_assert_str_eq(quote_source(&f, 0), name);
    ck_assert_uint_eq(qs_source_get_kind(f.a, qs_quote_get_source(f.a, 0)), kind);
    fixture_free(&f);
}

/* "Others" opening a sentence is no name */
START_TEST(test_others_is_an_unnamed_group)
{
    check_one_source("Some residents stayed home. Others hope a petition will change the vote.",
                     "others", QS_SOURCE_ANONYMOUS);
}
END_TEST

START_TEST(test_surname_finds_full_name_in_text)
{
    check_one_source("Maria Okafor arrived at the gate on Monday.\n\n"
                     "\"We did not want this strike,\" Okafor said.",
                     "Maria Okafor", QS_SOURCE_PERSON);
}
END_TEST

START_TEST(test_title_noun_finds_named_holder)
{
    check_one_source("France's ecology minister, Elodie Marchand, met delegates. The "
                     "minister put it bluntly: « France will not sign this text. »",
                     "Elodie Marchand", QS_SOURCE_PERSON);
}
END_TEST

START_TEST(test_single_word_organisation)
{
    check_one_source("America admits it hasn't managed to defeat the Islamists.", "America",
                     QS_SOURCE_ORGANIZATION);
}
END_TEST

/* A surname finds the full name written before a possessive, and one written only
 * after a title is a person's, not a body's. */
START_TEST(test_surname_after_possessive_or_title)
{
    check_one_source("Donald Trump's campaign hired staff.\n\n\"We will win,\" Trump said.",
                     "Donald Trump", QS_SOURCE_PERSON);
    check_one_source("Hillary Clinton\u2019s aides met.\n\n\"We will win,\" Clinton said.",
                     "Hillary Clinton", QS_SOURCE_PERSON);
    check_one_source("President Obama spoke on Monday.\n\n\"We will win,\" Obama said.", "Obama",
                     QS_SOURCE_PERSON);
    check_one_source("President Obama's plan was late.\n\n\"We will win,\" Obama said.", "Obama",
                     QS_SOURCE_PERSON);
}
END_TEST

static void check_sources(const char *text, guint n, const char *const *names);

/* What a source is called: a party or a post before a person's name is a title; a
 * body keeps its whole name without its article; an unnamed source is a common noun,
 * lowercase even where it opens the sentence. */
START_TEST(test_canonical_names)
{
    check_one_source("Republican Donald Trump said the wall would be built.", "Donald Trump",
                     QS_SOURCE_PERSON);
    check_one_source("Senate Majority Leader Mitch McConnell said the vote would wait.",
                     "Mitch McConnell", QS_SOURCE_PERSON);
    check_one_source("The Republican National Committee said the rules would stand.",
                     "Republican National Committee", QS_SOURCE_ORGANIZATION);
    check_one_source("The State Department said the emails were classified.", "State Department",
                     QS_SOURCE_ORGANIZATION);
    check_one_source("The Clark County Coroner's Office said the victim had died.",
                     "Clark County Coroner's Office", QS_SOURCE_ORGANIZATION);
    check_one_source("CNN's Dana Bash said the debate was close.", "Dana Bash", QS_SOURCE_PERSON);
    check_one_source("Comedian Sarah Silverman said the debate was close.", "Sarah Silverman",
                     QS_SOURCE_PERSON);
    /* a surname that is also a title ("pope") still ends a name */
    check_one_source("Amy Pope said the rules would stand.", "Amy Pope", QS_SOURCE_PERSON);
    check_one_source("Secretary of State Hillary Clinton said the talks would resume.",
                     "Hillary Clinton", QS_SOURCE_PERSON);
    check_one_source("Senator Bernie Sanders of Vermont said the talks would resume.",
                     "Bernie Sanders", QS_SOURCE_PERSON);
    check_one_source("The Bank of England said rates would rise.", "Bank of England",
                     QS_SOURCE_ORGANIZATION);
    /* a publication, not an economist; two words keep their article */
    check_one_source("\"Growth is slow,\" The Economist reported.", "The Economist",
                     QS_SOURCE_ORGANIZATION);
    check_one_source("The U.S. Chamber of Commerce said rates would rise.",
                     "U.S. Chamber of Commerce", QS_SOURCE_ORGANIZATION);
    check_one_source("A Republican said the rules would stand.", "Republican", QS_SOURCE_ANONYMOUS);
    check_one_source("Aides said the rules would stand.", "aides", QS_SOURCE_ANONYMOUS);
    check_one_source("Officials in the FBI and at the Justice Department said the rules would "
                     "stand.",
                     "officials in the FBI and at the Justice Department", QS_SOURCE_ANONYMOUS);
}
END_TEST

/* What stood around the name: a title, words that describe the person (a possessive
 * before, "of Vermont" after, a title's "of State"), or a body's article, which is
 * neither. */
START_TEST(test_words_before_the_name)
{
    static const struct {
        const char *text, *title, *description;
    } cases[] = {
        {"Comedian Sarah Silverman said the debate was close.", "Comedian", NULL},
        {"CNN's Dana Bash said the debate was close.", NULL, "CNN's"},
        {"The Clark County Coroner's Office said the victim had died.", NULL, NULL},
        {"Secretary of State Hillary Clinton said the talks would resume.", NULL,
         "Secretary of State"},
        {"Senator Bernie Sanders of Vermont said the talks would resume.", "Senator", "of Vermont"},
        {"The Bank of England said rates would rise.", NULL, NULL},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
        Fixture f = fixture_new(cases[i].text, QS_STAGE_SOURCES);
        ck_assert_uint_eq(f.a->quotes->len, 1);
        gint s = qs_quote_get_source(f.a, 0);
        ck_assert_pstr_eq(qs_source_get_title(f.a, s), cases[i].title);
        ck_assert_pstr_eq(qs_source_get_description(f.a, s), cases[i].description);
        fixture_free(&f);
    }
}
END_TEST

/* A body's name keeps its article when one word would be left: "The Trump claim" is no
 * body called "Trump" that Donald Trump's quotes would join. */
START_TEST(test_article_kept_before_one_word)
{
    check_sources("Donald Trump spoke in Ohio. The Trump claim that crime is rising is false. "
                  "\"We will win,\" Trump said. Later he said the vote was won.",
                  3, (const char *const[]){"The Trump", "Donald Trump", "Donald Trump"});
}
END_TEST

/* "she" skips a man by his given name, for the last woman quoted; "he" for a woman
 * quoted last is nobody named; a given name opening a sentence keeps its capital. */
START_TEST(test_pronoun_skips_other_gender_by_given_name)
{
    check_sources("Laura Whitfield said the plan was weak. Michael Tran said that was "
                  "nonsense. \"I like it,\" she said.",
                  3, (const char *const[]){"Laura Whitfield", "Michael Tran", "Laura Whitfield"});
    check_sources("Mary Jones said the vote was close. \"She is wrong,\" he said.", 2,
                  (const char *const[]){"Mary Jones", "he"});
    check_sources("Jeb Bush and his brother said the vote was close.", 1,
                  (const char *const[]){"Jeb Bush and his brother"});
}
END_TEST

/* "the governor" is the person "Gov." titled, not the last person quoted; a modified
 * head ("the Florida senator") is not matched through the abbreviation. */
START_TEST(test_role_noun_finds_abbreviated_title)
{
    check_sources("Gov. Alexis McGill said the ruling was fair. Tom Reyes said it was not. The "
                  "governor said the judge was wrong.",
                  3, (const char *const[]){"Alexis McGill", "Tom Reyes", "Alexis McGill"});
    check_sources("Sen. Ted Cruz arrived first. Marco Rubio said the plan was weak. The Florida "
                  "senator said it would fail.",
                  2, (const char *const[]){"Marco Rubio", "Marco Rubio"});
}
END_TEST

/* "the Wisconsin Republican" is not the person whose possessive followed the word
 * before: "Republican Donald Trump's campaign". */
START_TEST(test_title_noun_skips_possessive_holder)
{
    check_sources("Paul Ryan said the vote would wait. Republican Donald Trump's campaign "
                  "disagreed. The Wisconsin Republican said the vote would wait.",
                  2, (const char *const[]){"Paul Ryan", "Paul Ryan"});
}
END_TEST

/* A headline's run of capitals is no full name while the text writes one, and a full
 * name is taken only for a name it ends in. */
START_TEST(test_full_name_from_text_not_headline)
{
    check_one_source("Bush Hits Marco Rubio On Immigration\n\nMarco Rubio spoke on Monday.\n\n"
                     "\"We will win,\" Rubio said.",
                     "Marco Rubio", QS_SOURCE_PERSON);
    check_one_source("Story\n\nTen Offensive Things Donald Trump Has Said About Voters\n\n"
                     "Donald Trump spoke on "
                     "Monday.",
                     "Donald Trump", QS_SOURCE_PERSON);
    check_one_source("Story\n\nOhio Voters Cheer Senator Jane Okafor\n\n"
                     "\"We will win,\" Okafor said.",
                     "Jane Okafor", QS_SOURCE_PERSON);
    check_sources("Ten Offensive Things Donald Trump Has Said About Voters\n\nMr. Trump spoke on "
                  "Monday. \"We will win,\" Trump said.",
                  2, (const char *const[]){"Donald Trump", "Donald Trump"});
    check_one_source("George W. Bush campaigned for his brother.\n\n\"We will win,\" Jeb Bush "
                     "said.",
                     "Jeb Bush", QS_SOURCE_PERSON);
}
END_TEST

/* One word described as a person is a person: "said Sherwood, a reporter whose ...". */
START_TEST(test_single_word_described_as_a_person)
{
    check_one_source("That will be true up to a point, said Sherwood, a reporter whose "
                     "energy has driven others off the beat.",
                     "Sherwood", QS_SOURCE_PERSON);
}
END_TEST

/* The sources of the quotes of @text, in order, are @names. */
static void check_sources(const char *text, guint n, const char *const *names)
{
    Fixture f = fixture_new(text, QS_STAGE_SOURCES);
    ck_assert_uint_eq(f.a->quotes->len, n);
    for (guint i = 0; i < n; i++)
        ck_assert_str_eq(quote_source(&f, i), names[i]);
    fixture_free(&f);
}

/* "he" and "she" are the person named as the subject of their sentence or of one just
 * before it, when named after the latest person quoted; else the latest person quoted. */
START_TEST(test_pronoun_finds_person_named_since)
{
    check_sources("The mayor, Ana Ruiz, said the bridge would close.\n\n"
                  "Sen. John Doe, a Democrat, introduced a bill on Monday. He said it would pass.",
                  2, (const char *const[]){"Ana Ruiz", "John Doe"});
    /* the name's title identifies the person */
    Fixture f = fixture_new("Ana Ruiz said the bridge would close. Sen. John Doe arrived. He "
                            "said it would pass.",
                            QS_STAGE_SOURCES);
    ck_assert_uint_eq(f.a->quotes->len, 2);
    ck_assert_str_eq(qs_source_get_title(f.a, qs_quote_get_source(f.a, 1)), "Sen.");
    fixture_free(&f);
    check_sources("Ana Ruiz said the bridge would close.\n\n"
                  "Marco Tell spoke over boos as he congratulated the winner.",
                  2, (const char *const[]){"Ana Ruiz", "Marco Tell"});
    /* each of these names is no subject "he" can stand for; the latest person quoted is */
    static const char *const not_subjects[] = {
        "On the topic of Mr. Putin, the meeting was brief.", /* after a preposition */
        "Ana Ruiz's aides left.",                            /* a possessive */
        "Mrs. Lane arrived.",                                /* a title of the other gender */
        "On the topic of his rival, Bob Lane, the meeting was brief.",  /* an aside */
        "New York (AP) - Bob Lane arrived.",                            /* a dateline */
        "Entrusting Bob Lane with it was a risk.",                      /* a participle */
        "Bob Lane Wins Big Ohio Primary Race.",                         /* a title-case headline */
        "Bob Lane will lose the race, he said. He said it would pass.", /* inside the quote */
        "But like Bob Lane, the mayor was late.",                       /* no description */
        "Fans cheered Bob Lane on Monday.", /* the object of a verb the lexicon lacks */
    };
    for (gsize k = 0; k < G_N_ELEMENTS(not_subjects); k++) {
        g_autofree char *text =
            g_strconcat("John Doe said the bridge would close. ", not_subjects[k],
                        strstr(not_subjects[k], "he said") ? "" : " He said it would pass.", NULL);
        Fixture g = fixture_new(text, QS_STAGE_SOURCES);
        ck_assert_msg(g.a->quotes->len >= 2, "%u quotes in: %s", g.a->quotes->len, text);
        for (guint i = 0; i < g.a->quotes->len; i++)
            ck_assert_msg(strcmp(quote_source(&g, i), "John Doe") == 0,
                          "quote %u goes to %s in: %s", i, quote_source(&g, i), text);
        fixture_free(&g);
    }
    /* a name after the description that opens the subject */
    check_sources("Ana Ruiz said the bridge would close. Democratic front-runner Hillary Clinton "
                  "spoke on Monday, when she said it would pass.",
                  2, (const char *const[]){"Ana Ruiz", "Hillary Clinton"});
    /* a surname alone, of a full name the text writes, is a person's */
    check_sources("Hillary Clinton spoke on Monday. Bernie Sanders said the bridge would close. "
                  "Clinton took a stance, but she said it would pass.",
                  2, (const char *const[]){"Bernie Sanders", "Hillary Clinton"});
    /* a person named before the latest person quoted is not looked at */
    check_sources("Bob Lane arrived. John Doe said the bridge would close. He said it would pass.",
                  2, (const char *const[]){"John Doe", "John Doe"});
    /* nor one already "she" for "he" */
    check_sources("Ana Ruiz said the bridge would close. She said it was late. Ana Ruiz won the "
                  "vote. He said it would pass.",
                  3, (const char *const[]){"Ana Ruiz", "Ana Ruiz", "he"});
    /* the latest person quoted, when no one is named since */
    check_sources("John Doe said the bridge would close. The vote was late. He said it would pass.",
                  2, (const char *const[]){"John Doe", "John Doe"});
}
END_TEST

/* A pronoun nobody named can stand for is one source per pronoun, named by the
 * pronoun itself: "He said ... He added ..." is one unnamed person, not two. */
START_TEST(test_unresolved_pronoun_is_one_source)
{
    Fixture f = fixture_new("He said the plan was bad. He added that it was late. We\u2019ve "
                            "argued that it was late. We said the vote was rigged. I said it "
                            "was bad.",
                            QS_STAGE_SOURCES);
    ck_assert_uint_eq(f.a->quotes->len, 5);
    static const char *const names[] = {"he", "he", "we", "we", "I"};
    for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
        ck_assert_str_eq(quote_source(&f, i), names[i]);
        ck_assert_uint_eq(qs_source_get_kind(f.a, qs_quote_get_source(f.a, i)), QS_SOURCE_UNKNOWN);
    }
    ck_assert_uint_eq(qs_analysis_get_n_sources(f.a), 3);
    fixture_free(&f);
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_pronoun_skips_other_gender_by_given_name,

                            test_role_noun_finds_abbreviated_title,

                            test_others_is_an_unnamed_group,
                            test_one_source_for_every_form,
                            test_surname_finds_full_name_in_text,
                            test_title_noun_finds_named_holder,
                            test_single_word_organisation,
                            test_single_word_described_as_a_person,
                            test_pronoun_finds_person_named_since,
                            test_unresolved_pronoun_is_one_source,
                            test_surname_after_possessive_or_title,
                            test_canonical_names,
                            test_title_noun_skips_possessive_holder,
                            test_words_before_the_name,
                            test_full_name_from_text_not_headline,
                            test_article_kept_before_one_word};
    return run_tests("sources", tests, G_N_ELEMENTS(tests));
}
