/* Indirect and mixed speech: where the content clause begins and ends. */
#include "helpers.h"

static void check_content(const char *text, const char *content, QsQuoteKind kind)
{
    Fixture f = fixture_new(text, QS_STAGE_REPORTED);
    ck_assert_msg(f.a->quotes->len == 1, "%u contents in: %s", f.a->quotes->len, text);
    g_autofree char *got = quote_text(&f, 0);
    ck_assert_str_eq(got, content);
    ck_assert_uint_eq(quote_at(&f, 0)->kind, kind);
    fixture_free(&f);
}

static void check_none(const char *text)
{
    Fixture f = fixture_new(text, QS_STAGE_REPORTED);
    ck_assert_msg(f.a->quotes->len == 0, "content found in: %s", text);
    fixture_free(&f);
}

static void check_contents(const char *text, guint n, const char *const *contents);

START_TEST(test_after_the_cue)
{
    check_content("Franks added that remnants of the IMU remained on Afghan territory.",
                  "remnants of the IMU remained on Afghan territory", QS_QUOTE_INDIRECT);
    check_content("Independent sources believe 3,000 IMU members found refuge in Afghanistan.",
                  "3,000 IMU members found refuge in Afghanistan", QS_QUOTE_INDIRECT);
    check_content("Health Minister Tomas Reyes told a rally outside the main gate that "
                  "wards would reopen.",
                  "wards would reopen", QS_QUOTE_INDIRECT);
    /* a title in quotation marks counts as one word; a scare quote is no title */
    check_content("Mr. Khan said on NBC's ''Meet the Press'' on Sunday that the wards would "
                  "reopen.",
                  "the wards would reopen", QS_QUOTE_INDIRECT);
    check_content("The minister defended the \"temporary\" measures that the cabinet had approved.",
                  "the \"temporary\" measures that the cabinet had approved", QS_QUOTE_MIXED);
    /* a relative clause's cue ends no content; a comma after "that" opens none */
    check_content("Franklin added that, in Wisconsin, the coalition consists of voters who "
                  "describe themselves as undecided.",
                  "in Wisconsin, the coalition consists of voters who describe themselves as "
                  "undecided",
                  QS_QUOTE_INDIRECT);
    /* an aside between commas stands between the cue and "that" */
    check_content("Clinton testified, for example, that she never sent classified emails.",
                  "she never sent classified emails", QS_QUOTE_INDIRECT);
    /* an aside between dashes does not count in the reach of the clause's verb */
    check_content(
        "Rogers said Trump's visit to Des Moines — the state's biggest media market "
        "and its capital — last Friday would earn him attention.",
        "Trump's visit to Des Moines — the state's biggest media market and its capital — "
        "last Friday would earn him attention",
        QS_QUOTE_INDIRECT);
    /* a lone dash opens no aside */
    check_content("Officials said 2015–16 spending would double.", "2015–16 spending would double",
                  QS_QUOTE_INDIRECT);
    /* "that night" after an aside is no clause */
    check_none("Obama spoke, for the last time, that night in Chicago.");
    /* a bare clause opened by a personal subject, whatever its verb's form */
    check_content("Many of her supporters say they empathize with her.", "they empathize with her",
                  QS_QUOTE_INDIRECT);
    check_content("Pence said in private they would run again.", "they would run again",
                  QS_QUOTE_INDIRECT);
    /* ... or by its contraction with "would" */
    check_content("He said he’d build a border wall.", "he’d build a border wall",
                  QS_QUOTE_INDIRECT);
    /* an adverb that stands between a subject and its verb may open the content */
    check_content("Officials said first responders were slow.", "first responders were slow",
                  QS_QUOTE_INDIRECT);
    check_content("The mayor said that first responders were slow.", "first responders were slow",
                  QS_QUOTE_INDIRECT);
    /* a bare clause whose verb is a present "-s" form */
    check_content("Former House Speaker Newt Gingrich said the transition reflects his style.",
                  "the transition reflects his style", QS_QUOTE_INDIRECT);
}
END_TEST

/* A quotation that closed the sentence before does not make the next cue its own. */
START_TEST(test_after_a_closed_quotation)
{
    Fixture f = fixture_new("\"It is a management style.\"\n\nGingrich said the transition "
                            "reflects his style.",
                            QS_STAGE_REPORTED);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    g_autofree char *got = quote_text(&f, 0);
    ck_assert_str_eq(got, "the transition reflects his style");
    fixture_free(&f);
    check_none("\"We will win,\" Jane Doe said.");
}
END_TEST

START_TEST(test_object_of_a_stance_verb)
{
    check_content("President Obama endorsed Hillary Clinton on Thursday.",
                  "Hillary Clinton on Thursday", QS_QUOTE_INDIRECT);
    check_content("The Carson campaign declined to comment.", "to comment", QS_QUOTE_INDIRECT);
    /* bare-clause verbs listed in object_cue_verbs.txt */
    check_content("He repeated his position at a town hall.", "his position at a town hall",
                  QS_QUOTE_INDIRECT);
    check_content("Sanders never mentioned his rival.", "his rival", QS_QUOTE_INDIRECT);
    check_content("Millennials still believe in the American dream.", "the American dream",
                  QS_QUOTE_INDIRECT);
    check_content("The actors agree with the widespread repudiation of his remarks.",
                  "the widespread repudiation of his remarks", QS_QUOTE_INDIRECT);
    /* "respond to" is no cue, though PolNeAR annotates "did not respond to a request for
     * comment": its object is as often a fire or a call for help */
    check_none("Firefighters responded to a fire on Main Street.");
    /* an object ends where a verb sharing the subject goes on, and at a dash */
    check_content("The network barely mentioned her remarks and went right back to its panel.",
                  "her remarks", QS_QUOTE_INDIRECT);
    check_content("Sanders pledged a floor fight -- even as Clinton closed in on the nomination.",
                  "a floor fight", QS_QUOTE_INDIRECT);
    /* ... but not at a range, an aside between dashes, or "and" between adjectives */
    check_content("Smith criticized the 2015 - 2016 budget.", "the 2015 - 2016 budget",
                  QS_QUOTE_INDIRECT);
    check_content("Smith criticized the levy — a tax on soda — as regressive.",
                  "the levy — a tax on soda — as regressive", QS_QUOTE_INDIRECT);
    check_content("Smith praised the skilled and dedicated workers.",
                  "the skilled and dedicated workers", QS_QUOTE_INDIRECT);
    check_content("She referred to jihadism but was careful not to link it to religion.",
                  "jihadism", QS_QUOTE_INDIRECT);
    check_content("Rubio has railed against Christie for weeks.", "Christie for weeks",
                  QS_QUOTE_INDIRECT);
    check_content("Reporters asked whether the count was fair.", "whether the count was fair",
                  QS_QUOTE_INDIRECT);
    /* any cue verb that takes no bare clause takes its object */
    check_content("She called Carson a special person.", "Carson a special person",
                  QS_QUOTE_INDIRECT);
    /* a list goes on past its commas to its "and"; an aside without one ends there */
    check_content("Trump thanked his parents, his siblings, his wife and his children.",
                  "his parents, his siblings, his wife and his children", QS_QUOTE_INDIRECT);
    check_content("She thanked her aides, who stayed up late, and went to bed.", "her aides",
                  QS_QUOTE_INDIRECT);
    /* ... and so does one before "including" or "along with" */
    check_content("He cited reports of attacks, including warnings from the FBI.",
                  "reports of attacks, including warnings from the FBI", QS_QUOTE_INDIRECT);
    check_content("She praised the mayor, along with the council, for the deal.",
                  "the mayor, along with the council", QS_QUOTE_INDIRECT);
    /* a present form after a subject that names no source is a noun */
    check_none("The clause in the authority's latest offer angered workers.");
}
END_TEST

/* Verbs whose content follows "that" only: with an object they do something else. */
START_TEST(test_that_clause_only)
{
    check_content("The court ruled that the law was void.", "the law was void", QS_QUOTE_INDIRECT);
    check_none("The senator heard the testimony of experts.");
    check_none("Clinton maintains a wide lead over Sanders.");
    check_none("Goldman advised Pfizer on its sale.");
    check_none("The senator continued his attacks against the judge.");
}
END_TEST

/* A cue in a subordinate clause opening the sentence: its content ends with the clause. */
START_TEST(test_subordinate_clause_first)
{
    check_content("As the governor warned that taxes would rise, lawmakers left the room.",
                  "taxes would rise", QS_QUOTE_INDIRECT);
    /* "As X noted, A": the clause after the comma is the content, commas and all */
    check_content("As the paper noted, the plan, which cost $2 billion, failed twice.",
                  "the plan, which cost $2 billion, failed twice", QS_QUOTE_INDIRECT);
    /* a list's commas do not close the clause */
    check_content("When the governor said that taxes, fees and tolls would rise, lawmakers left.",
                  "taxes, fees and tolls would rise", QS_QUOTE_INDIRECT);
    /* ... but the clause's own comma does, before a subject with "and" */
    check_content("When Smith said the plan was dead, voters and donors fled.", "the plan was dead",
                  QS_QUOTE_INDIRECT);
    /* "After the debate" is a preposition's phrase, not a clause */
    check_content("After the debate Trump said that the moderators, whom he called biased, had "
                  "lost control.",
                  "the moderators, whom he called biased, had lost control", QS_QUOTE_INDIRECT);
}
END_TEST

START_TEST(test_before_and_around_the_cue)
{
    check_content("The money will be spread over three years, Reyes said.",
                  "The money will be spread over three years", QS_QUOTE_INDIRECT);
    check_content("The struggle against terrorism, Musaev added, must go hand in hand with jobs.",
                  "The struggle against terrorism, Musaev added, must go hand in hand with jobs",
                  QS_QUOTE_INDIRECT);
    /* a verb that takes no clause is no parenthetical cue: its object follows the comma */
    check_none("Over his career, Manafort has advised, in no particular order, a dictator and a "
               "premier.");
    /* "as" before the cue clause changes neither */
    check_content("The plan, as the governor conceded, had failed twice.",
                  "The plan, as the governor conceded, had failed twice", QS_QUOTE_INDIRECT);
    /* ... but for a verb that takes no clause it reads as time */
    check_none("The crowd fell silent, as the president spoke.");
    const char *const citing[] = {"Taxes will rise", "the deficit"};
    check_contents("Taxes will rise, as critics have warned, citing the deficit.", 2, citing);
    check_content("They were handed over to the authorities, according to General Jurabek.",
                  "They were handed over to the authorities", QS_QUOTE_INDIRECT);
    /* what follows the speaker's comma may describe the speaker: the content ends before */
    check_content("Tariffs will not bring the jobs back, said Ines Vogel, who teaches economics.",
                  "Tariffs will not bring the jobs back", QS_QUOTE_INDIRECT);
    check_content("The fund is $9 million short, said Ed Rendell, the host committee's chairman, "
                  "who raised most of it.",
                  "The fund is $9 million short", QS_QUOTE_INDIRECT);
    /* ... but a clause after the comma goes on the content: "A, X said, B" */
    check_content("Taxes will rise, Smith argued, the deficit grows too fast.",
                  "Taxes will rise, Smith argued, the deficit grows too fast", QS_QUOTE_INDIRECT);
    check_content("According to the newspaper, gun laws empower dealers.",
                  "gun laws empower dealers", QS_QUOTE_INDIRECT);
    /* "in" a poll ending the sentence cites it; "in the polls" is no poll of its own */
    check_content("Clinton stays well ahead of Sanders in the latest CNN poll.",
                  "Clinton stays well ahead of Sanders", QS_QUOTE_INDIRECT);
    check_none("She is still ahead in the polls.");
    check_none("Only 800 voters were included in the poll.");
}
END_TEST

/* "appears", "seems": the whole clause, and nobody says it */
START_TEST(test_impersonal)
{
    check_content("The speaker appeared closer to a full endorsement.",
                  "The speaker appeared closer to a full endorsement", QS_QUOTE_INDIRECT);
    check_content("It appears that the game was not boring.", "the game was not boring",
                  QS_QUOTE_INDIRECT);
    Fixture f = fixture_new("Voters seem ready to move on.", QS_STAGE_REPORTED);
    ck_assert_uint_eq(f.a->quotes->len, 1);
    ck_assert_uint_eq(quote_at(&f, 0)->mention, QS_NONE);
    fixture_free(&f);
    check_none("Trump appeared on CNN on Sunday.");
}
END_TEST

/* The whole clause of "seems", not the sentence: it ends at "; ", ": ", "(", ", but", a
 * spaced dash and a comma before a participle, "with" or "despite", and starts after
 * the first four, after an earlier cue whose content it is, or after the comma nearest
 * the cue that closes an opening phrase. */
START_TEST(test_impersonal_clause_bounds)
{
    check_content("The bill is expected to pass, but the vote may slip to May.",
                  "The bill is expected to pass", QS_QUOTE_INDIRECT);
    check_content("The mood changed: the race seemed to take on his temper.",
                  "the race seemed to take on his temper", QS_QUOTE_INDIRECT);
    check_content("The chair said the mayor didn't appear concerned about the vote.",
                  "the mayor didn't appear concerned about the vote", QS_QUOTE_INDIRECT);
    check_content("The council is expected to sign the measure, opening a new front in "
                  "the fight.",
                  "The council is expected to sign the measure", QS_QUOTE_INDIRECT);
    check_content("The levy seems likely to pass -- and that is a problem for the mayor.",
                  "The levy seems likely to pass", QS_QUOTE_INDIRECT);
    check_content("Indeed, a broader swath of voters appears to be moving behind the levy.",
                  "a broader swath of voters appears to be moving behind the levy",
                  QS_QUOTE_INDIRECT);
    /* not a comma before auxiliaries alone, an aside between dashes, or a name in "-ing" */
    check_content("Apple Inc., the iPhone maker, is expected to report earnings.",
                  "Apple Inc., the iPhone maker, is expected to report earnings",
                  QS_QUOTE_INDIRECT);
    check_content("It seems the levy — a tax on soda — will pass easily.",
                  "It seems the levy — a tax on soda — will pass easily", QS_QUOTE_INDIRECT);
    check_content("The firm is expected to move to London, Beijing and Tokyo next year.",
                  "The firm is expected to move to London, Beijing and Tokyo next year",
                  QS_QUOTE_INDIRECT);
}
END_TEST

START_TEST(test_speaker_colon)
{
    check_content("Bernie Sanders: Credit scores should not decide who gets a job.",
                  "Credit scores should not decide who gets a job", QS_QUOTE_INDIRECT);
    check_none("WASHINGTON: The Senate voted on Tuesday.");
}
END_TEST

START_TEST(test_mixed)
{
    check_content("Whitfield said the count had been “clean and fast.”",
                  "the count had been “clean and fast.”", QS_QUOTE_MIXED);
    /* a quoted fragment the sentence runs on after belongs to the content */
    check_content("Bush said \"local forces\" must lead the way.",
                  "\"local forces\" must lead the way", QS_QUOTE_MIXED);
    /* a quoted verb shows the bare clause */
    check_content("In fact, she said it \"humanizes\" her.", "it \"humanizes\" her",
                  QS_QUOTE_MIXED);
}
END_TEST

START_TEST(test_no_content)
{
    check_none("Franks added two more names to the list.");
    check_none("Speaking in Tashkent this week, the envoy arrived late.");
    check_none("The national security council would not comment on the report.");
    check_none("\"We will win,\" said Jane Doe.");
}
END_TEST

static void check_contents(const char *text, guint n, const char *const *contents)
{
    Fixture f = fixture_new(text, QS_STAGE_REPORTED);
    ck_assert_msg(f.a->quotes->len == n, "%u contents in: %s", f.a->quotes->len, text);
    for (guint i = 0; i < n; i++) {
        g_autofree char *got = quote_text(&f, i);
        ck_assert_str_eq(got, contents[i]);
    }
    fixture_free(&f);
}

/* A cue after a quoted fragment and a comma starts a content of its own. */
START_TEST(test_coordinated_after_a_quotation)
{
    const char *const contents[] = {"he and the woman had \"been friends for some time,\"",
                                    "they had never met in person"};
    check_contents("Although Weiner admitted that he and the woman had \"been friends for some "
                   "time,\" he claimed they had never met in person.",
                   2, contents);
}
END_TEST

/* A coordinated phrase cue ("and warned of") ends the content before it. */
START_TEST(test_coordinated_phrase_cue)
{
    const char *const contents[] = {"the plan as reckless", "the costs it would bring"};
    check_contents("The minister denounced the plan as reckless and warned of the costs it "
                   "would bring.",
                   2, contents);
}
END_TEST

/* A phrase cue with a subject of its own after a conjunction ("but Democrats have
 * pushed for") starts a new content. */
START_TEST(test_coordinated_clause_with_phrase_cue)
{
    const char *const contents[] = {"the tax should be part of a reform", "immediate action"};
    check_contents("Republicans have argued that the tax should be part of a reform, but "
                   "Democrats have pushed for immediate action.",
                   2, contents);
    /* ... and after "though" */
    const char *const though[] = {"the plan would pass", "it will fail"};
    check_contents("The mayor said the plan would pass, though engineers warn that it will fail.",
                   2, though);
}
END_TEST

/* A negated cue with a subject of its own ("but he hasn't endorsed") and a participle
 * phrase leaning on the main clause (", referring to") end the content before them. */
START_TEST(test_coordinated_negated_and_leaning_cues)
{
    const char *const endorsed[] = {"he will vote for Clinton", "her"};
    check_contents("Sanders has said he will vote for Clinton, but he hasn’t endorsed her.", 2,
                   endorsed);
    const char *const referring[] = {"things “should be wrapped up by Cleveland,”",
                                     "the party’s July convention"};
    check_contents("Trump said things “should be wrapped up by Cleveland,” referring to the "
                   "party’s July convention.",
                   2, referring);
}
END_TEST

/* "spoke to the crowd": "to" before a noun phrase is no infinitive. */
START_TEST(test_to_as_preposition)
{
    check_none("Biden spoke to the crowd in Roanoke on Friday.");
    check_none("Biden spoke to CNN in Roanoke on Friday.");
    check_content("Cruz vowed to fight on.", "to fight on", QS_QUOTE_INDIRECT);
    /* the quotation's first word tells: "to" opens an infinitive */
    check_content("The union vows to \"defend the pension fund against every cut\" this year.",
                  "to \"defend the pension fund against every cut\" this year", QS_QUOTE_MIXED);
}
END_TEST

/* A text that ends in the middle of an object or a clause: the rules that look at the
 * token after "and" or a comma stop at the last token (sanitizer builds assert it). */
START_TEST(test_text_ends_mid_phrase)
{
    check_content("Smith criticized the plan and", "the plan", QS_QUOTE_INDIRECT);
    check_content("It appears the plan will pass,", "It appears the plan will pass",
                  QS_QUOTE_INDIRECT);
}
END_TEST

/* "held a rally", "means a chance": no attribution verbs. */
START_TEST(test_not_cue_verbs)
{
    check_none("Sanders held a rally in Iowa on Saturday.");
    check_none("The result means she still has a chance.");
}
END_TEST

/* A clause content ends at a comma before an appositive of the clause, once it has
 * its verb; an appositive before the verb belongs to the subject. */
START_TEST(test_content_ends_before_appositive)
{
    check_content("Fleischer said there is an active debate about the response, one that will "
                  "dominate the meeting.",
                  "there is an active debate about the response", QS_QUOTE_INDIRECT);
    check_content("Aides said the plan, a bold one, would fail.",
                  "the plan, a bold one, would fail", QS_QUOTE_INDIRECT);
    /* an appositive that a comma closes goes on the clause */
    check_content("She said she met Smith, a lawyer, on Monday.",
                  "she met Smith, a lawyer, on Monday", QS_QUOTE_INDIRECT);
}
END_TEST

/* "A told B that C, according to X": the source of the whole sentence, and the
 * attribution nested in it, are both contents. */
START_TEST(test_according_to_around_a_cue)
{
    const char *const contents[] = {"he viewed the rival as a genuine threat",
                                    "The manager told aides that he viewed the rival as a genuine threat"};
    check_contents("The manager told aides that he viewed the rival as a genuine threat, "
                   "according to someone in attendance.",
                   2, contents);
}
END_TEST

/* Two outer contents may enclose a content, a third may not: a sentence that repeated
 * ", according to X" would otherwise be reported once per cue. */
START_TEST(test_enclosed_twice_at_most)
{
    const char *const contents[] = {
        "he viewed the rival as a genuine threat",
        "The manager told aides that he viewed the rival as a genuine threat",
        /* (brackets: one element, not two by a missing comma) */
        ("The manager told aides that he viewed the rival as a genuine threat, according to "
         "someone in attendance")};
    check_contents("The manager told aides that he viewed the rival as a genuine threat, "
                   "according to someone in attendance, according to a second witness, "
                   "according to a third.",
                   3, contents);
}
END_TEST

/* The source after "according to" is the whole phrase, however long. */
START_TEST(test_according_to_long_source)
{
    check_content("The governor's plan has lost support among older voters, according to a poll "
                  "of 400 registered voters released on Friday by the state university.",
                  "The governor's plan has lost support among older voters", QS_QUOTE_INDIRECT);
}
END_TEST

/* "47% say": a share of a poll speaks. */
START_TEST(test_percent_subject)
{
    check_content("Among Democrats, 47% say the party should move left.",
                  "the party should move left", QS_QUOTE_INDIRECT);
}
END_TEST

/* "In a poll released Sunday, A": a report or a body after "in" is the source of A. */
START_TEST(test_in_a_poll)
{
    check_content("In a state university poll released Sunday, three of four voters "
                  "disapproved of the plan.",
                  "three of four voters disapproved of the plan", QS_QUOTE_INDIRECT);
    check_content("The mayor led by nine points, in the latest survey.",
                  "The mayor led by nine points", QS_QUOTE_INDIRECT);
    check_none("In the morning, the mayor walked to work.");
}
END_TEST

/* "A according to X." with no comma before the cue. */
START_TEST(test_according_to_without_comma)
{
    check_content("The mayor leads by nine points according to the latest survey.",
                  "The mayor leads by nine points", QS_QUOTE_INDIRECT);
}
END_TEST

/* Verbs of perception and advocacy hold their object: "see X as Y". */
START_TEST(test_perception_verbs)
{
    check_content("Many voters see the senator as a threat.", "the senator as a threat",
                  QS_QUOTE_INDIRECT);
    check_content("The group advocated a higher minimum wage.", "a higher minimum wage",
                  QS_QUOTE_INDIRECT);
}
END_TEST

/* @text gives @n quotes with these contents and speakers (NULL: none). */
static void check_speakers(const char *text, guint n, const char *const *contents,
                           const char *const *speakers)
{
    Fixture f = fixture_new(text, QS_STAGE_ATTRIBUTE);
    ck_assert_msg(f.a->quotes->len == n, "%u quotes in: %s", f.a->quotes->len, text);
    for (guint i = 0; i < n; i++) {
        g_autofree char *got = quote_text(&f, i);
        ck_assert_str_eq(got, contents[i]);
        g_autofree char *who = speaker_text(&f, i);
        ck_assert_pstr_eq(who, speakers[i]);
    }
    fixture_free(&f);
}

static void check_speaker(const char *text, const char *content, const char *speaker)
{
    check_speakers(text, 1, &content, &speaker);
}

/* A verb joined by "and" or "but" over its auxiliaries and negation ("but did not
 * suggest", "and has also warned") has the subject of the first, and starts a content
 * of its own. */
START_TEST(test_coordinated_verb_group)
{
    const char *const contents[] = {"the plan would cut costs", "it would pass"};
    const char *const speakers[] = {"The mayor", "The mayor"};
    check_speakers("The mayor said the plan would cut costs but did not suggest it would pass.", 2,
                   contents, speakers);
    const char *const warned[] = {"the plan would cut costs", "it could fail"};
    check_speakers(
        "The mayor said the plan would cut costs and has also warned that it could fail.", 2,
        warned, speakers);
}
END_TEST

/* "by saying", "after initially saying" and '"Golden Week," saying' lean on the
 * subject of the sentence. */
START_TEST(test_participle_after_preposition)
{
    check_speaker("Candidates escaped the questions by saying the moderator had been wrong.",
                  "the moderator had been wrong", "Candidates");
    check_speaker("Voters sued over the end of the \"Golden Week,\" saying "
                  "that the change burdened workers.",
                  "the change burdened workers", "Voters");
}
END_TEST

/* A quotation after a comma that the sentence runs on after is the start of content. */
START_TEST(test_quotation_running_on_after_comma)
{
    check_speaker("The mayor tweeted, \"Thank you Ohio\" on Friday afternoon.",
                  "\"Thank you Ohio\" on Friday afternoon", "The mayor");
}
END_TEST

/* A description after an inverted speaker goes on past a passive participle, so the
 * content before the cue is clause-final. */
START_TEST(test_passive_in_speaker_description)
{
    check_speaker("The plant will close by May, predicted Ivan Petrenko, the former mayor "
                  "challenged by Sanders in 2010.",
                  "The plant will close by May", "Ivan Petrenko");
}
END_TEST

/* "As X noted, A": the clause after the comma is X's. */
START_TEST(test_as_clause_first)
{
    check_speaker("But as the council noted, the budget will not balance.",
                  "the budget will not balance", "the council");
    check_speaker("As Ryan put it, the party is in trouble.", "the party is in trouble", "Ryan");
    check_speaker("Taxes will rise, as critics have long warned.", "Taxes will rise", "critics");
}
END_TEST

/* A participle after "while" leans on the main clause for its speaker, and the "that"
 * after it is its own, not the first verb's. */
START_TEST(test_participle_after_subordinator)
{
    check_speakers("The mayor vowed to rebuild the bridge while acknowledging that funds were "
                   "short.",
                   2, (const char *const[]){"to rebuild the bridge", "funds were short"},
                   (const char *const[]){"The mayor", "The mayor"});
}
END_TEST

/* A headline's verbs are capitalised too: "Should" shows the bare clause. */
START_TEST(test_headline_clause)
{
    check_speaker("Chris Christie Says He Would Issue A Quarantine Over Zika Virus.",
                  "He Would Issue A Quarantine Over Zika Virus", "Chris Christie");
}
END_TEST

/* "Asked whether A, X said": A is what was asked, by no one written. */
START_TEST(test_opening_participle)
{
    const char *const mayor_no[] = {NULL, "the mayor"};
    const char *const count[] = {"whether the count was fair", "no"};
    check_speakers("Asked whether the count was fair, the mayor said no.", 2, count, mayor_no);
    /* and after "when" later in the sentence */
    const char *const win[] = {"\"We will win,\"", "how the count went"};
    const char *const senator[] = {"the senator", NULL};
    check_speakers("\"We will win,\" the senator said when asked how the count went.", 2, win,
                   senator);
    /* a phrase of time or place may come before the question */
    check_speaker("Asked on Monday at the rally about the recount, the mayor shook her head.",
                  "about the recount", NULL);
    /* a day after the participle is no speaker of it */
    const char *const sullivan[] = {"about Sullivan", "she knew nothing"};
    const char *const feinstein[] = {NULL, "Feinstein"};
    check_speakers("Asked Tuesday about Sullivan, Feinstein said she knew nothing.", 2, sullivan,
                   feinstein);
    /* "about" after a preposition is no question */
    const char *const noon[] = {"whether the deal was dead", "no"};
    const char *const senator_no[] = {NULL, "the senator"};
    check_speakers("Asked at about noon whether the deal was dead, the senator said no.", 2, noon,
                   senator_no);
    /* after a comma, a verb sharing the subject before it has its question right after */
    check_none("Clinton paused, asked aides whether the room was ready, and walked on stage.");
    /* a participle in "-ing", alone or after a preposition, has the subject after it */
    const char *const noting[] = {"the pylons were cracked", "repairs would take a year"};
    const char *const mayor[] = {"the mayor", "the mayor"};
    check_speakers("Noting that the pylons were cracked, the mayor said repairs would take a year.",
                   2, noting, mayor);
    check_speaker("By criticizing the police, the mayor won votes.", "the police", "the mayor");
}
END_TEST

/* A bare-clause verb with no clause after it takes an object: "said the same", "said no". */
START_TEST(test_bare_clause_verb_object)
{
    check_content("Three-quarters said the same of the senator.", "the same of the senator",
                  QS_QUOTE_INDIRECT);
    /* ... or an answer */
    check_content("The mayor said no, but the council agreed.", "no", QS_QUOTE_INDIRECT);
    check_content("He said no one knew the cost.", "no one knew the cost", QS_QUOTE_INDIRECT);
    /* an irregular past tense shows the clause ("it" alone may be an object) */
    check_content("Acme reported it sold the unit last year.", "it sold the unit last year",
                  QS_QUOTE_INDIRECT);
}
END_TEST

/* A negated cue still attributes what was (not) said: PolNeAR marks "did not say
 * whether A" as an attribution of A. */
START_TEST(test_negated_cue)
{
    check_content("The senator did not say whether she would run again.",
                  "whether she would run again", QS_QUOTE_INDIRECT);
}
END_TEST

/* "X is expected to Y": an expectation held by no one written, the whole clause. */
START_TEST(test_passive_before_infinitive)
{
    check_speaker("The tribunal in The Hague is expected to rule soon on the case.",
                  "The tribunal in The Hague is expected to rule soon on the case", NULL);
    check_none("The report was published on Monday.");
    check_none("The mayor won a race that had been expected to be far closer.");
}
END_TEST

/* "a strike that executives said could affect earnings": the relative clause is the
 * content, its pronoun standing for the subject. */
START_TEST(test_relative_clause_content)
{
    check_content("The union ended a strike that executives said could affect earnings.",
                  "that executives said could affect earnings", QS_QUOTE_INDIRECT);
    check_content("Clubs adapted to what she said is growing demand for pools.",
                  "what she said is growing demand for pools", QS_QUOTE_INDIRECT);
}
END_TEST

/* "A, officials said on Monday.": after the cue only a time or place, so the content is
 * what comes before it; not when a clause of its own follows. */
START_TEST(test_clause_final_before_adjunct)
{
    check_speaker("The bridge will close for repairs in March, city officials confirmed on Monday.",
                  "The bridge will close for repairs in March", "city officials");
    check_speaker("The plant will reopen, the company said Tuesday in a statement.",
                  "The plant will reopen", "the company");
    /* a clause after the adjunct is the content, and what comes before is not */
    check_content("The vote came late, the senator said on Monday the count ended.",
                  "the count ended", QS_QUOTE_INDIRECT);
}
END_TEST

/* "A, said an official who was briefed on the talks.": the speaker's relative clause
 * describes them and is no content; the content is before the comma. */
START_TEST(test_clause_final_with_relative_after_speaker)
{
    check_speaker("The talks will resume in May, said an official who was briefed on them.",
                  "The talks will resume in May", "an official");
    check_speaker("The talks will resume, said Ana Ruiz, who was briefed on them.",
                  "The talks will resume", "Ana Ruiz");
}
END_TEST

/* "A, the president told her.": a verb whose object is the hearer leaves the content
 * before the comma when only the hearer, and a time or place, follow it. */
START_TEST(test_clause_final_with_hearer)
{
    check_speaker("Her sister was safe and would soon be home, the officer told her.",
                  "Her sister was safe and would soon be home", "the officer");
    check_speaker("The bridge will close in March, the mayor told the council on Monday.",
                  "The bridge will close in March", "the mayor");
    check_speaker("Turnout will fall, Senator Ana Ruiz told KPBS.", "Turnout will fall",
                  "Senator Ana Ruiz");
    /* a relative clause's verb takes its object, not the clause before the comma */
    check_content("\"The draft gives too much away,\" said Ines Vogel, a physicist in Bremen "
                  "who backs the treaty.",
                  "the treaty", QS_QUOTE_INDIRECT);
}
END_TEST

/* A cue inside brackets has its content inside them; a bracketed aside after the source,
 * or a colon before a list, still leaves the content before the comma. */
START_TEST(test_brackets_and_colon_around_according_to)
{
    check_speaker("Turnout rose in the north (most voters there were young, according to exit "
                  "polls) and fell elsewhere.",
                  "most voters there were young", "exit polls");
    check_speaker("The mayor won most union households, according to exit polls (a wide margin).",
                  "The mayor won most union households", "exit polls");
    check_speaker("Four systems keep the records, according to the department:\n\nOne is old.",
                  "Four systems keep the records", "the department");
}
END_TEST

/* "said on Friday he met", "announced Sunday she will resign": a time adjunct between
 * the cue and a clause without "that" is no part of the content. */
START_TEST(test_time_adjunct_before_bare_clause)
{
    check_content("The donor said on Friday he met the candidate earlier this week.",
                  "he met the candidate earlier this week", QS_QUOTE_INDIRECT);
    check_content("The chair announced Sunday she will resign after the convention.",
                  "she will resign after the convention", QS_QUOTE_INDIRECT);
    check_content("Officials said last week the bridge would stay closed.",
                  "the bridge would stay closed", QS_QUOTE_INDIRECT);
}
END_TEST

/* "Most said", "One in three said", "All but two said": a quantity standing for people
 * is the subject of the cue after it; "many claims", "some reported cases" are nouns. */
START_TEST(test_quantity_of_people_as_speaker)
{
    check_speaker("Most said the party should take up the matter.",
                  "the party should take up the matter", "Most");
    check_speaker("One in three said the party does not care about them.",
                  "the party does not care about them", "One in three");
    check_speaker("All but two said the party should act.", "the party should act", "All but two");
    check_speaker("Many say the party should act.", "the party should act", "Many");
    check_none("Many claims were false.");
    check_none("Some reported cases were false.");
}
END_TEST

/* "was asked whether A", "was asked about A": a passive cue before a question reports
 * the question, its asker unwritten; other passives still report nothing. */
START_TEST(test_question_put_to_a_source)
{
    check_speaker("Clinton was asked whether she would run again.", "whether she would run again",
                  NULL);
    check_speaker("Clinton was asked about securing the border.", "about securing the border",
                  NULL);
    check_none("The report was published on Monday.");
}
END_TEST

/* "X will work with Y to call for Z": the infinitive's speaker is the sentence's subject. */
START_TEST(test_infinitive_phrase_cue)
{
    check_speaker("The senator will work with the unions to call for new amendments.",
                  "new amendments", "The senator");
}
END_TEST

/* A participle set off after the subject describes the speaker and takes no content of
 * its own, whatever clause it goes on to */
START_TEST(test_participle_aside_in_the_subject)
{
    check_speaker("A city official, speaking on condition of anonymity, said the council "
                  "expected to sell the building.",
                  "the council expected to sell the building", "A city official");
    check_speaker("A city official, speaking on condition of anonymity because the talks are "
                  "private, said the council would sell the building.",
                  "the council would sell the building", "A city official");
}
END_TEST

/* "Her husband, Carl, defended": the name set off after the opening phrase is the
 * subject a participle leans on */
START_TEST(test_participle_takes_name_set_off_in_subject)
{
    check_speakers("Her son, Grant, defended his mother on Facebook, saying she was no bigot.", 2,
                   (const char *const[]){"his mother on Facebook", "she was no bigot"},
                   (const char *const[]){"Grant", "Grant"});
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_after_the_cue,
                            test_after_a_closed_quotation,
                            test_clause_final_before_adjunct,
                            test_time_adjunct_before_bare_clause,
                            test_clause_final_with_hearer,
                            test_clause_final_with_relative_after_speaker,
                            test_brackets_and_colon_around_according_to,
                            test_quantity_of_people_as_speaker,
                            test_question_put_to_a_source,
                            test_object_of_a_stance_verb,
                            test_that_clause_only,
                            test_subordinate_clause_first,
                            test_before_and_around_the_cue,
                            test_impersonal,
                            test_impersonal_clause_bounds,
                            test_speaker_colon,
                            test_mixed,
                            test_no_content,
                            test_coordinated_after_a_quotation,
                            test_coordinated_phrase_cue,
                            test_coordinated_verb_group,
                            test_coordinated_clause_with_phrase_cue,
                            test_coordinated_negated_and_leaning_cues,
                            test_quotation_running_on_after_comma,
                            test_to_as_preposition,
                            test_not_cue_verbs,
                            test_text_ends_mid_phrase,
                            test_content_ends_before_appositive,
                            test_according_to_around_a_cue,
                            test_enclosed_twice_at_most,
                            test_according_to_long_source,
                            test_percent_subject,
                            test_in_a_poll,
                            test_according_to_without_comma,
                            test_perception_verbs,
                            test_participle_after_preposition,
                            test_passive_in_speaker_description,
                            test_as_clause_first,
                            test_participle_after_subordinator,
                            test_headline_clause,
                            test_opening_participle,
                            test_bare_clause_verb_object,
                            test_negated_cue,
                            test_passive_before_infinitive,
                            test_relative_clause_content,
                            test_infinitive_phrase_cue,
                            test_participle_aside_in_the_subject,
                            test_participle_takes_name_set_off_in_subject};
    return run_tests("reported", tests, G_N_ELEMENTS(tests));
}
