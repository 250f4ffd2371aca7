/* Speaker mentions of cues: subjects, inverted subjects, appositives, titles,
 * descriptions, relative clauses. */
#include "helpers.h"

typedef struct {
    const char *mention; /* as written */
    const char *name;    /* after the title */
    const char *description;
    QsMentionKind kind;
} Expected;

/* The first mention of @f, which must have one. */
static const QsMention *first_mention(const Fixture *f)
{
    ck_assert_uint_ge(f->a->mentions->len, 1);
    return &g_array_index(f->a->mentions, QsMention, 0);
}

static void check_first_mention(const char *text, Expected e)
{
    Fixture f = fixture_new(text, QS_STAGE_MENTIONS);
    const QsMention *m = first_mention(&f);
    g_autofree char *mention = tokens_text(&f, m->tok_start, m->tok_end);
    g_autofree char *name = tokens_text(&f, m->name_start, m->tok_end);
    g_autofree char *desc = span(&f, m->desc_start, m->desc_end);
    ck_assert_str_eq(mention, e.mention);
    ck_assert_str_eq(name, e.name);
    ck_assert_str_eq(desc, e.description ? e.description : "");
    ck_assert_uint_eq(m->kind, e.kind);
    fixture_free(&f);
}

START_TEST(test_inverted_with_description)
{
    check_first_mention("\"It is too early,\" said Kamiljon Jabbarov, from the Uzbek defence "
                        "ministry. \"More will follow.\"",
                        (Expected){"Kamiljon Jabbarov", "Kamiljon Jabbarov",
                                   "from the Uzbek defence ministry", QS_MENTION_NAME});
}
END_TEST

START_TEST(test_appositive_before_verb)
{
    check_first_mention(
        "Bakhodyr Musaev, an independent expert, said, \"It is desperation.\"",
        (Expected){"Bakhodyr Musaev", "Bakhodyr Musaev", "an independent expert", QS_MENTION_NAME});
    check_first_mention("Speaking in Tashkent, General Tommy Franks, commander-in-chief of the "
                        "Central Command, said the IMU had lost its effectiveness.",
                        (Expected){"General Tommy Franks", "Tommy Franks",
                                   "commander-in-chief of the Central Command", QS_MENTION_NAME});
}
END_TEST

/* "His spokesman, Jason Miller, said": the name between the commas is the speaker and
 * the phrase before it their description; a place after a place is no name of a speaker. */
START_TEST(test_name_after_its_description)
{
    check_first_mention(
        "His spokesman, Jason Miller, said the plan was dead.",
        (Expected){"Jason Miller", "Jason Miller", "His spokesman", QS_MENTION_NAME});
    check_first_mention(
        "The plan was dead, the White House spokesman, Josh Earnest, said.",
        (Expected){"Josh Earnest", "Josh Earnest", "the White House spokesman", QS_MENTION_NAME});
    check_first_mention("A pastor in Elizabeth, Colorado, said the plan was dead.",
                        (Expected){"A pastor in Elizabeth", "A pastor in Elizabeth", "Colorado",
                                   QS_MENTION_NOMINAL});
}
END_TEST

/* Between two commas before the verb, a clause is no description of a speaker: in
 * "In a season of angry voters, rivals have room to move, said X" the speaker is X, not
 * "a season of angry voters"; a description may hold a relative clause. */
START_TEST(test_clause_between_commas_is_content)
{
    check_first_mention(
        "In a season of angry voters, rivals have more room to move, said Dana "
        "Okafor, a pollster in Des Moines.",
        (Expected){"Dana Okafor", "Dana Okafor", "a pollster in Des Moines", QS_MENTION_NAME});
    check_first_mention(
        "Marta Ruiz, a lawyer who has represented the city, said the deal was fair.",
        (Expected){"Marta Ruiz", "Marta Ruiz", "a lawyer who has represented the city",
                   QS_MENTION_NAME});
    /* "whose" opens a relative clause as "who" does */
    check_first_mention("Ruiz, whose firm has represented the city, said the deal was fair.",
                        (Expected){"Ruiz", "Ruiz", NULL, QS_MENTION_NAME});
    /* a participle with its agent describes too ("led" is also a past tense), but not
     * a clause whose verb is followed by "by" */
    check_first_mention("In Ohio, turnout fell by 5 percent, said an official.",
                        (Expected){"an official", "an official", NULL, QS_MENTION_NOMINAL});

    check_first_mention("The aides, led by campaign manager Terry Sullivan, told the group that "
                        "they would stay.",
                        (Expected){"The aides", "The aides",
                                   "led by campaign manager Terry Sullivan", QS_MENTION_NOMINAL});
    /* a percentage or a sum in the description */
    check_first_mention("Okafor, who won 45% of the vote, said the deal was fair.",
                        (Expected){"Okafor", "Okafor", NULL, QS_MENTION_NAME});
    check_first_mention("Vodafone, which paid $30 billion for the network, said the deal was fair.",
                        (Expected){"Vodafone", "Vodafone", NULL, QS_MENTION_NAME});
}
END_TEST

/* Between the speaker and the verb: a time ("Clinton on Tuesday said"), auxiliaries and
 * adverbs ("hasn't yet endorsed", "has since said"), auxiliaries of a participle ("have been
 * urging") and the verb a participle goes on ("kept insisting", "put off deciding") belong to no
 * speaker's name. */
START_TEST(test_verb_group_and_time_before_verb)
{
    check_first_mention("Rivera on Tuesday said the plan would fail.",
                        (Expected){"Rivera", "Rivera", NULL, QS_MENTION_NAME});
    check_first_mention("Rivera last week warned the plan would fail.",
                        (Expected){"Rivera", "Rivera", NULL, QS_MENTION_NAME});
    check_first_mention("Other advisers have been urging the governor to default.",
                        (Expected){"Other advisers", "Other advisers", NULL, QS_MENTION_NOMINAL});
    check_first_mention(
        "The budget office hasn't yet endorsed that view.",
        (Expected){"The budget office", "The budget office", NULL, QS_MENTION_NOMINAL});
    check_first_mention("Rivera has since said that the plan would fail.",
                        (Expected){"Rivera", "Rivera", NULL, QS_MENTION_NAME});
    check_first_mention("Officials kept insisting the plan would fail.",
                        (Expected){"Officials", "Officials", NULL, QS_MENTION_NOMINAL});
    check_first_mention("Judge Sullivan put off deciding whether the case could go on.",
                        (Expected){"Judge Sullivan", "Sullivan", NULL, QS_MENTION_NAME});
    check_first_mention(
        "Most of those surveyed said the plan would fail.",
        (Expected){"Most of those surveyed", "Most of those surveyed", NULL, QS_MENTION_NOMINAL});
}
END_TEST

/* A participle leaning on the main clause has the sentence's subject, past an opening
 * adverb, participle phrase or time: not "Essentially", "Arriving" or "Minutes". */
START_TEST(test_subject_after_opening_modifier)
{
    check_first_mention(
        "Essentially, the lawyers read the mail and found that one aide had a stake.",
        (Expected){"the lawyers", "the lawyers", NULL, QS_MENTION_NOMINAL});
    check_first_mention("Arriving at the scene, police began a search, believing there were three "
                        "gunmen.",
                        (Expected){"police", "police", NULL, QS_MENTION_NOMINAL});
    /* the rest of a place between the opening phrase and a named subject */
    check_first_mention("Speaking at a town hall in Salem, New Hampshire, Trump smiled, calling "
                        "the rival a stiff.",
                        (Expected){"Trump", "Trump", NULL, QS_MENTION_NAME});
    check_first_mention("In Iowa, Sanders, Clinton's rival, smiled, calling the rival weak.",
                        (Expected){"Sanders", "Sanders", NULL, QS_MENTION_NAME});
    check_first_mention("In Iowa, Sanders, Vermont senator, smiled, calling the rival weak.",
                        (Expected){"Sanders", "Sanders", NULL, QS_MENTION_NAME});
    /* a time before "later", "earlier" or "ago" opens the sentence too */
    check_first_mention("Minutes later, the campaign issued a statement saying the plan was dead.",
                        (Expected){"the campaign", "the campaign", NULL, QS_MENTION_NOMINAL});
}
END_TEST

/* "Jr." and "Inc." end the speaker's phrase with their period. */
START_TEST(test_abbreviation_before_verb)
{
    check_first_mention("Vice President Walter R. Hollis Jr. said the remarks were dangerous.",
                        (Expected){"Vice President Walter R. Hollis Jr", "Walter R. Hollis Jr",
                                   NULL, QS_MENTION_NAME});
}
END_TEST

START_TEST(test_title_and_premodifier)
{
    check_first_mention("Leading political analyst Professor Faizulla Iskhakov said the "
                        "coalition had not begun.",
                        (Expected){"Professor Faizulla Iskhakov", "Faizulla Iskhakov",
                                   "Leading political analyst", QS_MENTION_NAME});
    check_first_mention(
        "Health Minister Tomas Reyes told reporters that money would come.",
        (Expected){"Health Minister Tomas Reyes", "Tomas Reyes", NULL, QS_MENTION_NAME});
}
END_TEST

START_TEST(test_relative_clause_and_nominals)
{
    check_first_mention(
        "An IWPR correspondent who visited northern Afghanistan said he was "
        "informed.",
        (Expected){"An IWPR correspondent", "An IWPR correspondent", NULL, QS_MENTION_NOMINAL});
    check_first_mention("But the general warned that the threat remained.",
                        (Expected){"the general", "the general", NULL, QS_MENTION_NOMINAL});
    check_first_mention("The IMU was finished, Uzbek defence sources and American military "
                        "leaders say.",
                        (Expected){"Uzbek defence sources and American military leaders",
                                   "Uzbek defence sources and American military leaders", NULL,
                                   QS_MENTION_NOMINAL});
    /* the antecedent of "who" may be a percentage or end in an abbreviation */
    check_first_mention("Many were unhappy, including 18% who say they would leave.",
                        (Expected){"18%", "18%", NULL, QS_MENTION_NOMINAL});
    check_first_mention("That drew a reply from Donald Trump Jr., who suggested the plan was odd.",
                        (Expected){"Donald Trump Jr", "Donald Trump Jr", NULL, QS_MENTION_NAME});
}
END_TEST

static void check_last_mention(const char *text, const char *expected);

START_TEST(test_according_to_and_pronoun)
{
    check_first_mention(
        "They were handed over, according to General Jurabek, the head of the "
        "jail.",
        (Expected){"General Jurabek", "Jurabek", "the head of the jail", QS_MENTION_NAME});
    check_first_mention("\"We will detain them,\" he said.",
                        (Expected){"he", "he", NULL, QS_MENTION_PRONOUN});
    /* a personal pronoun is the whole phrase: not "liked the way she" */
    check_last_mention("Symms said he liked the way she responded to a question.", "she");
    /* a medium phrase after the verb's clause has the verb's speaker, not its object */
    check_last_mention("Clinton claimed victory in a tweet, saying: \"We won!\"", "Clinton");
}
END_TEST

/* The speaker mention of the last cue of @text. */
static void check_last_mention(const char *text, const char *expected)
{
    Fixture f = fixture_new(text, QS_STAGE_MENTIONS);
    ck_assert_uint_ge(f.a->cues->len, 1);
    const QsCue *c = &g_array_index(f.a->cues, QsCue, f.a->cues->len - 1);
    ck_assert_uint_ne(c->mention, QS_NONE);
    const QsMention *m = &g_array_index(f.a->mentions, QsMention, c->mention);
    g_autofree char *mention = tokens_text(&f, m->tok_start, m->tok_end);
    ck_assert_str_eq(mention, expected);
    fixture_free(&f);
}

/* A verb, an adverb or an opening phrase is never the speaker: "pushed back" has the
 * subject, "now" stands in the verb group, "Early in the week," opens the sentence. */
START_TEST(test_speaker_is_no_verb_or_adverb)
{
    check_last_mention("The governor has pushed back against the ruling, saying the court erred.",
                       "The governor");
    check_last_mention("Union leaders are now openly questioning whether the deal will hold.",
                       "Union leaders");
    check_last_mention("Later in the week, the senator stepped up her attacks on the plan, "
                       "criticizing it as reckless.",
                       "the senator");
    /* adverbs of time and frequency: "has always claimed", "first saying" */
    check_last_mention("The U.S. media has always claimed that the war was lost.",
                       "The U.S. media");
    check_last_mention("Mr. Bush responded by first saying that he was proud.", "Mr. Bush");
    /* a cue word inside a compound noun is part of the speaker */
    check_last_mention("The radio show host said the shift was real.", "The radio show host");
    /* a verb coordinated with one in a subordinate clause shares that clause's subject */
    check_last_mention("The anxiety was underscored when Speaker Paul Ryan lamented the state of "
                       "the race and criticized the tone.",
                       "Speaker Paul Ryan");
    /* ... but not past the comma that closes that clause */
    check_last_mention("After Ryan criticized the plan, Trump went golfing and later denied the "
                       "report.",
                       "Trump");
}
END_TEST

/* What stands between the speaker and the cue: a dateline with a spaced hyphen, an
 * aside set off by commas, an adverb or a short phrase in the verb group, an opening
 * clause with a cue of its own. */
START_TEST(test_asides_between_speaker_and_cue)
{
    check_last_mention("KIEV, Ukraine (Reuters) - Mayor Ivan Petrenko toured the plant on Monday "
                       "and said repairs would take a year.",
                       "Mayor Ivan Petrenko");
    check_last_mention(
        "Petrenko, meanwhile, who leads the council, said repairs would take a year.", "Petrenko");
    check_last_mention("Local engineers have in particular noted the cracked pylons.",
                       "Local engineers");
    check_last_mention("Residents have long complained about the noise.", "Residents");
    /* a pronoun's contraction is the subject, not a possessive or an auxiliary */
    check_last_mention("Now he's predicting that the vote will fail.", "he's");
    check_last_mention("As engineers push for repairs, the mayor has won support by promising to "
                       "rebuild.",
                       "the mayor");
    /* an aside between dashes */
    check_last_mention("Council chairman Ivan Petrenko — the mayor’s former chief of staff — said "
                       "repairs would take a year.",
                       "Ivan Petrenko");
    check_last_mention("Engineers - and some residents - say that repairs will take a year.",
                       "Engineers");
    /* a quantifier after the subject it counts */
    check_last_mention("The engineers all agree that the pylons are cracked.", "The engineers");
    check_last_mention("Local engineers have both argued that the pylons are cracked.",
                       "Local engineers");
    check_last_mention("All said the pylons were cracked.", "All");
    check_last_mention("The engineers met on Tuesday and all said the pylons were cracked.", "all");
    /* a relative pronoun's contraction opens a relative clause set off by commas */
    check_last_mention("Petrenko, who’s running to be an alternate, added that repairs would "
                       "take a year.",
                       "Petrenko");
}
END_TEST

START_TEST(test_leaning_and_bracketed_speakers)
{
    check_last_mention("WASHINGTON — Sen. Bernie Sanders (I-Vt.) raised his voice, saying the "
                       "positives outweigh the costs.",
                       "Sen. Bernie Sanders (I-Vt.)");
    check_last_mention("He spoke at a panel in which he compared the president to Lyndon Johnson.",
                       "he");
    check_last_mention("Critics who say the plan failed were loud.", "who");
    check_last_mention("Both have promised to pursue legislation.", "Both");
    /* a participle after a comma, an adverb before it, leans on a subject whose noun is
     * also a cue word */
    check_last_mention("The Post intervened, arguing that the ruling was wrong.", "The Post");
    check_last_mention("Rubio had a strong hour, forcefully denouncing the regime.", "Rubio");
    /* the subject, not the phrase before an earlier cue word ("a mass text") */
    check_last_mention("Sanders sent a mass text message to his supporters, asking them to stay "
                       "calm.",
                       "Sanders");
    /* ... but right after a cue's clause, that cue's speaker */
    check_last_mention("Ryan and Trump will meet next week, Spicer said, adding that they need a "
                       "long talk.",
                       "Spicer");
    /* past opening phrases: a participle, a time, the rest of a place */
    check_last_mention("Reached by phone, Petrenko stayed calm, saying that repairs were on time.",
                       "Petrenko");
    check_last_mention("The next month, a former staffer filed suit, claiming he was fired.",
                       "a former staffer");
    check_last_mention("At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders "
                       "stood firm, saying she would win.",
                       "Senator Bernie Sanders");
    /* ... but not past the subject itself, a name in "-ed", or a dateline's city */
    check_last_mention("On Tuesday, Sanders, the Vermont senator, stood firm, saying he would win.",
                       "Sanders");
    check_last_mention("In Iowa, Sanders, 74, stood firm, saying he would win.", "Sanders");
    check_last_mention("Mohammed, a local farmer, stood up, saying the crops failed.", "Mohammed");
    check_last_mention("DECATUR, Ill. — Sen. Ted Cruz stood firm, calling it close.",
                       "Sen. Ted Cruz");
    /* a name before the role noun it qualifies */
    check_last_mention("Sanders supporters marched on Tuesday, chanting his name.",
                       "Sanders supporters");
    /* a party tag between the name and the cue is an aside */
    check_last_mention("Sen. Elizabeth Warren (D-MA) said the bill would fail.",
                       "Sen. Elizabeth Warren");
    /* before a colon: a pronoun subject, and the sentence's subject when the clause
     * before the colon has none */
    check_last_mention("He demurred: \"Whichever county I am in.\"", "He");
    check_last_mention("The mayor paused, then leaned in and boomed: \"We will win.\"",
                       "The mayor");
    /* an inverted speaker with a relative clause */
    check_last_mention("\"It was awful,\" said one of two witnesses who work at the port.",
                       "one of two witnesses");
    /* the phrase after a verb in mid-clause is its object, not an inverted speaker */
    check_last_mention("Morales bristled at the claim that she was to blame for advising Ortiz, "
                       "saying, \"The advice I give is mine.\"",
                       "Morales");
    /* the subject after openers ended by commas */
    check_last_mention("Friday, after staying silent for months, Okafor went on the radio and "
                       "backed Lindqvist, saying the city needs a builder.",
                       "Okafor");
}
END_TEST

/* "the information that investigators said": a role noun after "that" is the
 * subject of its own clause, not the relative's verb phrase. */
START_TEST(test_role_noun_after_relative_that)
{
    check_first_mention("It was the information that investigators said they found.",
                        (Expected){"investigators", "investigators", NULL, QS_MENTION_NOMINAL});
}
END_TEST

/* "New York (AFP) – X hit the trail, criticizing Y": the dateline is no subject. */
START_TEST(test_dateline_with_agency)
{
    check_first_mention("New York (AFP) – Vice President Joe Biden on Monday hit the trail, "
                        "criticizing the rival as unqualified.",
                        (Expected){"Vice President Joe Biden", "Joe Biden", NULL,
                                   QS_MENTION_NAME});
}
END_TEST

/* "Rep. Zoe Lofgren (D-Calif.), who introduced a bill, said": the bracket ends the
 * name's part of the subject. */
START_TEST(test_bracket_before_relative_clause)
{
    check_first_mention("Rep. Jane Doe (D-Calif.), who introduced a bill this month, said in a "
                        "statement that the plan was sound.",
                        (Expected){"Rep. Jane Doe", "Jane Doe", NULL,
                                   QS_MENTION_NAME});
}
END_TEST

/* A participle right after a medium ("a statement saying", "petitions calling on") has
 * the sentence's subject: the medium speaks for it. */
START_TEST(test_medium_before_participle)
{
    check_first_mention("His office put out a statement saying the plan would fail.",
                        (Expected){"His office", "His office", NULL, QS_MENTION_NOMINAL});
    /* not a medium the subject received: the memo, not the paper, says so */
    Fixture f =
        fixture_new("The Times obtained a memo saying the plan would fail.", QS_STAGE_MENTIONS);
    const QsMention *m = first_mention(&f);
    g_autofree char *mention = tokens_text(&f, m->tok_start, m->tok_end);
    ck_assert(g_str_has_suffix(mention, "a memo"));
    fixture_free(&f);
    /* the subject ends at its verb, which no word list knows */
    check_first_mention("Senator Ana Ruiz issued a statement saying the plan would fail.",
                        (Expected){"Senator Ana Ruiz", "Ana Ruiz", NULL, QS_MENTION_NAME});
    check_first_mention(
        "Sanders supporters have launched petitions calling on delegates to vote.",
        (Expected){"Sanders supporters", "Sanders supporters", NULL, QS_MENTION_NOMINAL});
}
END_TEST

/* A sum of money or a year before a participle is no speaker: the participle goes with
 * the clause, whose subject is. */
START_TEST(test_amount_is_no_speaker)
{
    check_first_mention("The group spent $2 million supporting the senator.",
                        (Expected){"The group", "The group", NULL, QS_MENTION_NOMINAL});
    check_first_mention("Two unions gave $513,000 opposing the measure.",
                        (Expected){"Two unions", "Two unions", NULL, QS_MENTION_NOMINAL});
    check_first_mention("The ads ran in 2013 denouncing the bill.",
                        (Expected){"The ads", "The ads", NULL, QS_MENTION_NOMINAL});
    /* a share of people does speak */
    check_first_mention("Some 40 percent said the plan would fail.",
                        (Expected){"Some 40 percent", "Some 40 percent", NULL, QS_MENTION_NOMINAL});
}
END_TEST

int main(void)
{
    const TTest *tests[] = {test_amount_is_no_speaker,
                            test_medium_before_participle,
                            test_bracket_before_relative_clause,
                            test_role_noun_after_relative_that,
                            test_dateline_with_agency,
                            test_inverted_with_description,
                            test_appositive_before_verb,
                            test_name_after_its_description,
                            test_clause_between_commas_is_content,
                            test_abbreviation_before_verb,
                            test_verb_group_and_time_before_verb,
                            test_subject_after_opening_modifier,
                            test_title_and_premodifier,
                            test_relative_clause_and_nominals,
                            test_according_to_and_pronoun,
                            test_speaker_is_no_verb_or_adverb,
                            test_asides_between_speaker_and_cue,
                            test_leaning_and_bracketed_speakers};
    return run_tests("mentions", tests, G_N_ELEMENTS(tests));
}
