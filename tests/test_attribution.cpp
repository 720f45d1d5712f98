// The sieves, one case each.
#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

TEST(Sieves, TrailingInvertedCueThenName) {
  Document d = extract("\"We love you,\" commented Charlie Puth.");
  const Quote* q = find(d, "We love you");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Charlie Puth");
  EXPECT_EQ(cue(q), "commented");
  EXPECT_EQ(mention(q), "Charlie Puth");
}

TEST(Sieves, TrailingNameThenCue) {
  Document d = extract("\"The vote is final,\" Mary Chen said on Tuesday.");
  const Quote* q = find(d, "The vote is final");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Mary Chen");
  EXPECT_EQ(cue(q), "said");
}

TEST(Sieves, PassiveWithItsAgentAfterTheQuotation) {
  Document d = extract("The plan was called \"a betrayal\" by union leader Tom Reid.");
  const Quote* q = find(d, "a betrayal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::partial);
  EXPECT_EQ(q->speaker, "Tom Reid");
  EXPECT_EQ(mention(q), "union leader Tom Reid");
  // ("as" between, an adverb in the verb group, a nominal agent)
  EXPECT_EQ(only_speaker("The deal has been widely dismissed as \"a stunt\" by the mayor."), "the mayor");
  // (the agent's description ends where a clause of its own opens)
  Document d2 = extract("It has been called \"strategic ambiguity\" by Joshua Hendrick, a professor at Loyola, and it makes the money hard to trace.");
  ASSERT_NE(find(d2, "strategic ambiguity"), nullptr);
  EXPECT_EQ(mention(find(d2, "strategic ambiguity")), "Joshua Hendrick, a professor at Loyola");
  // (two such, the second with the first's verb)
  Document two = extract("The plan was called \"reckless\" by Republicans and \"long overdue\" by Democrats.");
  ASSERT_NE(find(two, "long overdue"), nullptr);
  EXPECT_EQ(find(two, "reckless")->speaker, "Republicans");
  EXPECT_EQ(find(two, "long overdue")->speaker, "Democrats");
  // (the agent's phrase is no relative clause that reports of its own)
  Document rel = extract("The proposal was branded \"a stealth tax\" by opposition leader Kemi Badenoch, who said families would pay more.");
  ASSERT_NE(find(rel, "a stealth tax"), nullptr);
  EXPECT_EQ(mention(find(rel, "a stealth tax")), "opposition leader Kemi Badenoch");
  // (not a work's maker: a verb that names no object)
  EXPECT_EQ(find(extract("The song was written \"for my mother\" by Ann Lee."), "for my mother"), nullptr);
}

TEST(Speaker, APronounInAMansReportAgainstHisFirstNameIsAnotherWomans) {
  // (his reported "she" gives him no vote for "she" when a woman was named just before)
  Document d = extract("Lisa Moreno testified. Marcus Bell noted that she had signed an agreement. \"No,\" she said.");
  ASSERT_NE(find(d, "No,"), nullptr);
  EXPECT_EQ(find(d, "No,")->speaker, "Lisa Moreno");
  // (with no such name, the text's evidence stands: "Kyle" opens a woman's name too)
  Document k = extract("Kyle Ross told the couple she would pray. \"I am so sorry,\" she wrote.");
  ASSERT_NE(find(k, "I am so sorry"), nullptr);
  EXPECT_EQ(find(k, "I am so sorry")->speaker, "Kyle Ross");
}

TEST(Speaker, WordsInTheFirstPersonSingularAreNoOfficesAfterItsReport) {
  // (a spokeswoman's report between: "me", "my", "I" are the story's person's, not the office's)
  Document d = extract("Ana Lopez lost her husband in the flood. A spokeswoman for the county said 14 people had died. "
                       "\"He was everything to me,\" she said.");
  ASSERT_NE(find(d, "He was everything"), nullptr);
  EXPECT_EQ(find(d, "He was everything")->speaker, "Ana Lopez");
}

TEST(Speaker, AVerbAfterARelativeClausesPassiveIsTheNounsBeforeWho) {
  Document d = extract("Smith, who was described as \"brilliant\" by her colleagues, said the work \"was a team effort.\"");
  ASSERT_NE(find(d, "brilliant"), nullptr);
  EXPECT_EQ(find(d, "brilliant")->speaker, "her colleagues");
  ASSERT_NE(find(d, "was a team effort"), nullptr);
  EXPECT_EQ(find(d, "was a team effort")->speaker, "Smith");
}

TEST(Speaker, APronounAfterASentenceAnUnnamedSpeakerOpensIsTheirs) {
  Document d = extract("Sheriff Dolores Whitaker spoke first. A spokeswoman for the county said a resident was hurt. "
                       "\"He was moving propane tanks,\" she said.");
  ASSERT_NE(find(d, "He was moving"), nullptr);
  EXPECT_EQ(find(d, "He was moving")->speaker, "A spokeswoman for the county");
  // (a phrase with "the" right after a fitting name describes that person: the pronoun goes on)
  Document t = extract("Mayor Tom Reed toured the site. The businessman said the plant was safe. \"We are ready,\" he said.");
  ASSERT_NE(find(t, "We are ready"), nullptr);
  EXPECT_EQ(find(t, "We are ready")->speaker, "Tom Reed");
  // (or that opens the main clause after a clause that names no one, a contest's name no one:
  // "Asked what lifting the Shield would mean, the 29-year-old said")
  Document a = extract("Kezia Brannock, 29, has revealed she almost quit. Captain Ffion Tarrant, 31, praised her.\n\nTarrant joked that "
                       "Brannock had got loud.\n\nAsked what lifting the Challenge Shield would mean, the 29-year-old said: "
                       "\"Everything.\"\n\nShe said she planned to dedicate any goal to the physios.\n");
  ASSERT_NE(find(a, "she planned"), nullptr);
  EXPECT_EQ(find(a, "she planned")->speaker, "Kezia Brannock");
}

// (a noun of no gender takes that of he or she opening the clause it reports, past the one told;
// its words may be in the first person, a private person's, not an office's)
TEST(Speaker, APronounAfterAnUnnamedSpeakerWhoseClauseGaveTheGender) {
  const std::string t =
      "Officer Dana Pruitt said investigators found evidence.\n\nShe said no arrests had been made.\n\nA neighbor who did not "
      "want to be named told KXYZ she heard \"two loud pops\" before she saw the flames.\n\n\"I looked out my window and the "
      "house was orange,\" she said.";
  Document d = extract(t);
  ASSERT_NE(find(d, "I looked out"), nullptr);
  EXPECT_EQ(find(d, "I looked out")->speaker, "A neighbor who did not want to be named");
  // (or of he or she in a relative clause between the phrase and its cue)
  EXPECT_EQ(last_speaker("The chief economist, Johan Botha, said the ruling changed little.\n\nA nurse at a public hospital in "
                         "Soweto, who asked not to be named because she was not authorised to speak, said staff had delivered "
                         "babies by phone light.\n\n\u201CYou never forget that,\u201D she said."),
            "A nurse at a public hospital in Soweto");
}

TEST(Speaker, TheNounOfAPhraseWithARelativeClauseNamesItAgain) {
  // ("the aide": "A campaign aide who spoke on condition of anonymity", its head before "who")
  Document d = extract("A campaign aide who spoke on condition of anonymity said the ballots would break toward him.\n\n"
                       "\"Honestly, we thought we would be done by eleven,\" the aide said.");
  ASSERT_NE(find(d, "Honestly"), nullptr);
  EXPECT_EQ(find(d, "Honestly")->speaker, "A campaign aide who spoke on condition of anonymity");
}

// (a paragraph of one sentence that "he" opens, before first-person words that open the next;
// a noun's plural after a number and a noun, an infinitive a noun governs, are no verbs of saying
// there: "two cookbook offers", "a chance to appear")
TEST(Speaker, FirstPersonWordsAfterAParagraphThatHeOpens) {
  const std::string t =
      "Bastien Courtade opened Braise in 2019.\n\n\"It took me a year to stop feeling like a thief,\" he says.\n\nHe has since "
      "turned down a television deal, two cookbook offers and a chance to appear on \"Kitchen Crucible,\" the network cooking "
      "competition.\n\n\"Television wants you to cry or to yell. I do both, but not for the camera.\"";
  Document d = extract(t);
  ASSERT_NE(find(d, "Television wants"), nullptr);
  EXPECT_EQ(find(d, "Television wants")->speaker, "Bastien Courtade");
}

TEST(Sieves, LeadingNameCueComma) {
  Document d = extract("Todd Chrisley said, \"Our prayers are with you.\"");
  const Quote* q = find(d, "Our prayers");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Todd Chrisley");
  EXPECT_EQ(cue(q), "said");
  EXPECT_GE(q->confidence, 0.85);
}

// A clause of time between the cue and the words, its verb a gesture's ("as the crowd laughed"), is
// no lead-in of its own: the main clause's cue reports; with no cue before it, or a verb that
// brings words in ("as La La Anthony added"), its own does
TEST(Sieves, AClauseOfTimeAfterTheCueIsNoLeadIn) {
  EXPECT_EQ(only_speaker("Ann Cole said, as the crowd laughed, \"We will win.\""), "Ann Cole");
  Document d = extract("\"We will keep going,\" Ann Cole said — she paused as the room laughed — \"because we have to.\"");
  const Quote* q = find(d, "because we have to");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ann Cole");
  EXPECT_EQ(only_speaker("The hall fell silent as the widow spoke: \"He was my life.\""), "the widow");
  // (the words inside the clause are its own subject's)
  d = extract("\"Who knows?\" Ann Cole said, and as Tom Reed went on about \"the rigged system\" she nodded.");
  q = find(d, "the rigged system");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Reed");
}

TEST(Sieves, ColonLeadInSameParagraph) {
  Document d = extract("The senator posted a reply: \"Not today.\" Jo Kim wrote: \"Maybe tomorrow.\"");
  const Quote* q = find(d, "Maybe tomorrow.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jo Kim");
  EXPECT_EQ(cue(q), "wrote");
}

TEST(Sieves, ColonLeadInPreviousParagraph) {
  Document d = extract("Caddell continued:\n\n\"The health issue is very much a partisan issue.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Caddell");
  EXPECT_EQ(cue(&d.quotes[0]), "continued");
}

TEST(Sieves, AddingAfterAComma) {
  Document d = extract("Gabrielle Union offered similar sentiments, adding, \"We love you guys so much.\"");
  const Quote* q = find(d, "We love you guys");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Gabrielle Union");
  EXPECT_EQ(cue(q), "adding");
}

TEST(Sieves, CallingHimPartialQuote) {
  Document d = extract("Lena Ross praised the coach, calling him their \"guardian angel.\"");
  const Quote* q = find(d, "guardian angel");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::partial);
  EXPECT_EQ(q->speaker, "Lena Ross");
  EXPECT_EQ(cue(q), "calling");
}

TEST(Sieves, AppositiveBetweenCommas) {
  Document d = extract("Jane Doe, the journalist, said, \"The files were never sealed.\"");
  const Quote* q = find(d, "The files");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jane Doe");
}

TEST(Sieves, TitleIsNotPartOfTheName) {
  Document d = extract("\"We will appeal,\" said Gov. Eric Greitens.");
  const Quote* q = find(d, "We will appeal");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Eric Greitens");
  EXPECT_EQ(mention(q), "Gov. Eric Greitens");
}

TEST(Sieves, NominalSpeaker) {
  Document d = extract("\"The matter is under review,\" a spokesperson said. \"We have no comment,\" the company added.");
  const Quote* a = find(d, "under review");
  const Quote* b = find(d, "no comment");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(mention(a), "a spokesperson");
  EXPECT_EQ(mention(b), "the company");
  EXPECT_EQ(cue(b), "added");
}

TEST(Sieves, AccordingTo) {
  Document d = extract("According to the report, \"the system failed twice in one week.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the report");
  EXPECT_EQ(cue(&d.quotes[0]), "According to");
}

// '"…," according to X': the source up to its comma, a participle's phrase that describes it too,
// and no verb after it a subject's of "according to X"
TEST(Sieves, AccordingToAfterTheQuote) {
  Document d = extract("By late last week the deal was \"all but done,\" according to a person briefed on the negotiations, with "
                       "the two sides haggling over a fee.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "a person briefed on the negotiations");
  EXPECT_EQ(only_speaker("The plan was \"dead,\" according to a person familiar with the talks."), "a person familiar with the talks");
}

TEST(Sieves, ContinuationInheritsTheSpeaker) {
  Document d = extract("\"I'm so sorry,\" wrote Hailey Bieber. \"Thinking of you and John.\"");
  const Quote* q = find(d, "Thinking of you");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Hailey Bieber");
  EXPECT_FALSE(q->cue.has_value());
}

TEST(Sieves, ContinuationStopsAtAnotherSpeakersCue) {
  Document d = extract(
      "\"We won,\" said Ann Lee. Bob Ray disagreed and spoke later. \"We lost the vote and the seat tonight.\"");
  const Quote* q = find(d, "We lost");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "Ann Lee");
}

TEST(Sieves, AddresseeAfterTold) {
  Document d = extract("Chrissy Teigen posted the news. Jesse Tyler Ferguson told Teigen, \"Sending so much love.\"");
  const Quote* q = find(d, "Sending so much love.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jesse Tyler Ferguson");
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "Chrissy Teigen");
}

TEST(Sieves, AddresseeOfAMessage) {
  Document d = extract("Ann Lee shared a message to Jack, adding, \"We will always love you.\"");
  const Quote* q = find(d, "always love you");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ann Lee");
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "Jack");
}

// a word of time ends a programme's or a paper's name, capitalised after its other words; not
// one after a cue ("said Today" is no name), nor a headline's in title case
TEST(Sieves, AddresseeNameEndingInAWordOfTime) {
  Document d = extract(
      "\"We are fine,\" Kayla Morven told Entertainment Tonight. The coach told USA Today that the team was "
      "\"ready.\"");
  const Quote* q = find(d, "We are fine");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "Entertainment Tonight");
  q = find(d, "ready.");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "USA Today");
  EXPECT_EQ(q->speaker, "The coach");
}

TEST(Sieves, TwoSpeakersInOneSentence) {
  Document d = extract(
      "\"Sending love,\" commented Channing Tatum, as La La Anthony added, \"My heart goes out to you.\"");
  const Quote* a = find(d, "Sending love");
  const Quote* b = find(d, "My heart goes out");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->speaker, "Channing Tatum");
  EXPECT_EQ(b->speaker, "La La Anthony");
}

TEST(Sieves, NounFormOfACueIsNotACue) {
  // "state" and "note" here are nouns
  Document d = extract("Officials from his home state left a \"thank you\" note on the door.");
  EXPECT_TRUE(d.quotes.empty());
  // (a form after "and" that a noun before it and "of" after it make a noun: "text")
  d = extract("Reeves wrote that the title, history and text of the law showed it to be \"an attempt to punish them.\"");
  ASSERT_EQ(d.quotes.size(), 2u);  // (the partial and its clause)
  EXPECT_EQ(cue(&d.quotes[0]), "wrote");
  // (a verb joined to a verb keeps its "of": "worry and warn of")
  d = extract("Critics worry and warn of \"a disaster\" ahead.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "warn");
}

TEST(Sieves, ConfidenceIsHigherForPreciseSieves) {
  Document d = extract("\"We lost,\" said Ann Lee. \"We will be back.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_GT(d.quotes[0].confidence, d.quotes[1].confidence);
  for (const Quote& q : d.quotes) {
    EXPECT_GE(q.confidence, 0.0);
    EXPECT_LE(q.confidence, 1.0);
  }
}

TEST(Sieves, WholeSentenceRightAfterItsVerb) {
  Document d = extract("When Rubio thanked Miami, a man yelled \"Stay there!\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  EXPECT_EQ(mention(&d.quotes[0]), "a man");
  EXPECT_EQ(cue(&d.quotes[0]), "yelled");
  // or right after the one its verb of telling addresses
  for (const char* s : {"Ana Ruiz told reporters \"We are done here.\"", "Ana Ruiz warned the council \"Stop now.\""}) {
    Document t = extract(s);
    ASSERT_EQ(t.quotes.size(), 1u) << s;
    EXPECT_EQ(t.quotes[0].kind, Kind::direct) << s;
    EXPECT_EQ(t.quotes[0].speaker, "Ana Ruiz") << s;
  }
  // not after a preposition's phrase, nor a quote that stops before its sentence ends
  for (const char* s : {"Ruiz Says Museum Will Tell of 'Suffering and Delight.'", "Ana Ruiz told the Times \"The deal is off\" and left."})
    for (const Quote& q : extract(s).quotes) EXPECT_EQ(q.kind, Kind::partial) << s;
}

TEST(Sieves, PassiveSpeakerAfterBy) {
  Document d = extract("Rubio was asked by moderator Gerard Baker, \"Would you sign the bill?\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gerard Baker");
  EXPECT_EQ(cue(&d.quotes[0]), "was asked");  // the verb group
  // (after the quotation too, its subject the one spoken to)
  d = extract("\"I never agreed to that,\" Ramirez was told by Dr. Kaur on Monday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Kaur");
  EXPECT_EQ(cue(&d.quotes[0]), "was told");
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "Ramirez");
  EXPECT_EQ(only_speaker("\"Why now?\" he was asked by a reporter."), "a reporter");
  // (no agent: not the subject's, who is spoken to)
  for (const Quote& q : extract("\"You are fired,\" Ramirez was told on Monday.").quotes) EXPECT_NE(q.speaker, "Ramirez");
}

TEST(Sieves, ParticipleRightAfterItsSpeaker) {
  Document d = extract("Protesters were removed from the rally in Alabama, with Trump reportedly yelling: \"Get him out!\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Trump");
  EXPECT_EQ(cue(&d.quotes[0]), "yelling");
}

// Reported speech without quotation marks (kind "indirect")
TEST(Indirect, CueThatClause) {
  std::string t = "Teigen also revealed in her post that they actually had a name in mind for this son.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(q.kind, Kind::indirect);
  EXPECT_EQ(at(t, q.start, q.end), "they actually had a name in mind for this son");
  EXPECT_EQ(cue(&q), "revealed");
  EXPECT_EQ(mention(&q), "Teigen");
}

TEST(Indirect, ANameAVerbFollowsAfterTheOneToldOpensTheClause) {
  // ("the court", "reporters": the ones spoken to; "Kelman had spent" the reported clause)
  for (const char* t : {"Sergeant Dean Mulholland told the court Kelman had spent six hours drinking.",
                        "Dean Mulholland told reporters Kelman had spent six hours drinking."}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].text, "Kelman had spent six hours drinking") << t;
    EXPECT_EQ(d.quotes[0].speaker, "Dean Mulholland") << t;
    EXPECT_TRUE(d.quotes[0].addressees.empty()) << t;
  }
}

TEST(Indirect, AnAnonymousSourceFamiliarWithAnOwnersPlansOrThinking) {
  // a noun of the cue lists after an owner's possessive is the phrase's head, no verb
  EXPECT_EQ(only_speaker("A person familiar with Apple's plans said the road would reopen Friday."),
            "A person familiar with Apple's plans");
  // (a plural alone before "familiar" or "close", and a count before it)
  EXPECT_EQ(only_speaker("People familiar with the company's thinking said the road would reopen Friday."),
            "People familiar with the company's thinking");
  EXPECT_EQ(only_speaker("Three sources close to the mayor said the road would reopen."), "Three sources close to the mayor");
  // (a cue's noun after a determiner is not taken so: "A reply from one of the managers")
  EXPECT_EQ(only_speaker("A voice from the crowd shouted, \"Go home!\""), "A voice from the crowd");
}

TEST(Indirect, ARequestAboutTheNameAndAVerbOfSpeakingToBeforeItsObjectReportNothing) {
  // "asked that her name not be used": a request about the report
  Document d = extract("The toddler's mother, who asked that her name not be used, said she was grateful.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she was grateful");
  EXPECT_TRUE(extract("The woman asked that she not be identified because she feared reprisals.").quotes.empty());
  EXPECT_TRUE(extract("Rosa, 34, who asked that her surname not be used because she fears the gang, shares a room.").quotes.empty());
  EXPECT_TRUE(extract("Rosa Diaz, who asked that her full name not be published, shares a room.").quotes.empty());
  EXPECT_FALSE(extract("He asked that the council be dissolved before the vote.").quotes.empty());
  // the one named after "thanked" is spoken to, never the subject of a report before it
  EXPECT_TRUE(extract("Harrow, 49, a former teacher who has represented the ward since 2017, thanked her mother.").quotes.empty());
  EXPECT_EQ(only_speaker("The bridge is unsafe, warned the engineer."), "the engineer");
}

TEST(Indirect, APresentsSFormAfterARelativeClauseBetweenCommasIsTheReportedClausesVerb) {
  EXPECT_EQ(extract("She said her husband, who was not in the study, now walks with her after dinner.").quotes.at(0).text,
            "her husband, who was not in the study, now walks with her after dinner");
  EXPECT_EQ(extract("Abortion opponents said the decision, which struck down restrictions, illustrates the stakes.").quotes.at(0).text,
            "the decision, which struck down restrictions, illustrates the stakes");
  // (not a verb whose object the aside describes)
  EXPECT_TRUE(extract("She thanked her husband, who was not in the study, for his help.").quotes.empty());
}

// "which prosecutors say shows …": a present -s form right after a cue that "which" and a phrase
// come before is the relative clause's verb, and what follows it is reported
TEST(Indirect, APresentsSFormAfterWhichAPhraseAndACueIsTheReportedClausesVerb) {
  Document d = extract("The evidence, which the prosecutors say shows a pattern of fraud, was seized in 2024.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "the prosecutors");
  EXPECT_EQ(d.quotes[0].text, "shows a pattern of fraud");
  // (not a verb's plural object, "urged followers to", nor a phrase that opens with a verb)
  EXPECT_EQ(first_words("He posted messages in which the group urged followers to carry out attacks."), "to carry out attacks");
  EXPECT_EQ(first_words("But which get answered says something about the candidates."), "(none)");
}

// An infinitive right after the cue is what it reports, no "that" further on, and a report of
// another subject after ", as" ends it: each is its own ("promised to rebuild every home, as aid
// groups warned that disease was rising")
TEST(Indirect, AnInfinitiveAfterTheCueAndAnotherSubjectsReportAfterAs) {
  Document d = extract("The president promised on Friday to rebuild every home, as aid groups warned that disease was rising.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "to rebuild every home");
  EXPECT_EQ(d.quotes[1].speaker, "aid groups");
  EXPECT_EQ(d.quotes[1].text, "disease was rising");
  // (and another's after "and" and a body's name with "the": "and the United Nations said …")
  d = extract("Aid groups warned that families were cut off and the United Nations said the risk of disease was rising.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "families were cut off");
  EXPECT_EQ(d.quotes[1].speaker, "United Nations");
  // (a verb of saying in the infinitive passes the report on)
  EXPECT_EQ(first_words("He continued to insist that the vote was rigged."), "the vote was rigged");
  EXPECT_EQ(first_words("The mayor said to reporters that homes would be rebuilt."), "homes would be rebuilt");
}

// "it" or "them" and a particle after a verb are its object, no clause's subject: "types it up"
TEST(Indirect, APronounAndAParticleAreTheVerbsObject) {
  EXPECT_EQ(first_words("She types it up only once she has reached the last page."), "(none)");
  EXPECT_EQ(first_words("He wrote them down before the meeting ended."), "(none)");
  EXPECT_EQ(first_words("She wrote it was over."), "it was over");
}

TEST(Indirect, ClauseThenSpeakerAndCue) {
  std::string t = "The plan is dead and buried, the senator said.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "The plan is dead and buried");
  EXPECT_EQ(mention(&d.quotes[0]), "the senator");
}

TEST(Indirect, ALongSpeakersPhraseAfterTheClauseWithTheOneToldAndATime) {
  // (an anonymous source's phrase, its noun before what describes it; the one told, then when)
  for (const char* text : {"The company will cut jobs, two people familiar with the matter told Reuters on Wednesday.",
                           "The company will cut jobs, a person with knowledge of the talks said on condition of anonymity.",
                           "The company will cut jobs, a senior official at the ministry told reporters on Monday.",
                           // (the ones told a plural of no -s: "told staff")
                           "The company will cut jobs, its chief executive, Naveen Kapoor, told staff in a memo Wednesday.",
                           "The company will cut jobs, CEO Naveen Kapoor told staff on Wednesday morning."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].text, "The company will cut jobs") << text;
  }
  // (not a document's finding, nor a noun in -s read as a verb)
  EXPECT_TRUE(extract("Students take 112 tests by the time they graduate, a study by the Council of the Great City Schools found.")
                  .quotes.empty());
  EXPECT_TRUE(extract("He presented himself as a strong, conservative executive with experience balancing budgets and tackling "
                      "foreign policy challenges.")
                  .quotes.empty());
}

TEST(Indirect, AnObjectsRelativeOrTimeClauseIsNoReportInTheDefaultReading) {
  // (the object's noun and a relative clause of its own, or a clause of time after it)
  for (const char* text : {"The union is asking for a contract that keeps up with the rent.", "She told a story that made the room laugh.",
                           "Workers are demanding a raise that matches inflation.", "The senator urged patience as the count continued.",
                           // (a noun of the cue lists for the object, a plural's phrase opening the clause)
                           "Trevor Maddox urged caution as early returns showed his candidate trailing by nine points."})
    EXPECT_EQ(first_words(text), "(none)") << text;
  // (a relative clause inside the subject of a clause, a main verb after it; a noun's clause)
  EXPECT_EQ(first_words("She said the plan that was drafted in May would fail."), "the plan that was drafted in May would fail");
  EXPECT_EQ(first_words("He said the man who was arrested fled."), "the man who was arrested fled");
  EXPECT_EQ(first_words("Leaders said he's an example of a backer who could make it through."),
            "he's an example of a backer who could make it through");
  // (a relative clause's verb of any form, then the main verb: "who lives nearby was arrested";
  // "since", "after" before a noun are prepositions, no clause of time)
  EXPECT_EQ(first_words("Police said a man who lives nearby was arrested."), "a man who lives nearby was arrested");
  // quoted words inside a relative clause on the subject, and plain words after them, do not hide
  // the sentence's verb
  EXPECT_EQ(first_words("Bellweather, who wore \"23\" in high school, said the team never panicked."), "the team never panicked");
  EXPECT_EQ(first_words("Granger, whose teams have been known as \"the Grinders\" since 2019, said he had not watched the film."),
            "he had not watched the film");
  // a cue's present after a determiner and a word of order is a noun ("before the first reports of
  // smoke"); a share's "third" is no such word
  const Document fr = extract("The company said it had \"identified an outage\" before the first reports of smoke and was \"cooperating fully\" with the state.");
  ASSERT_EQ(fr.quotes.size(), 2u);
  EXPECT_EQ(cue(&fr.quotes[1]), "said");
  EXPECT_EQ(first_words("Nearly a third say they do not know."), "they do not know");
  // (after an owner's possessive and a word of order as well)
  EXPECT_TRUE(extract("Sarah Whitcombe used the opposition's first question to go straight at the minister.").quotes.empty());
  // a number's "up to" or "about" inside the subject is no question's word
  EXPECT_EQ(first_words("Teresa Villanueva said winds of up to 50 mph had pushed the fire."), "winds of up to 50 mph had pushed the fire");
  // a verb's target is no clause: an -s word after a verb that names its target is a plural noun,
  // a cue's form after a word of order a noun
  EXPECT_EQ(first_words("He declined to comment, citing security concerns."), "(none)");
  EXPECT_EQ(first_words("She answered the last question on the list."), "(none)");
  // a clause's subject goes on past an aside between dashes
  EXPECT_EQ(first_words("The mayor said the plan - which cost millions - would fail."), "the plan - which cost millions - would fail");
  EXPECT_EQ(first_words("The mayor said single people and families \u2014 gay, straight and foster \u2014 would qualify."),
            "single people and families \u2014 gay, straight and foster \u2014 would qualify");
  // a participle between commas that says where or when reports nothing; the sentence's verb does
  EXPECT_EQ(first_words("Cllr Bridget O'Neill, speaking after the vote, said she understood the anger."), "she understood the anger");
  EXPECT_EQ(first_words("Mayor Tom Reed, speaking before the council met, said the road would reopen."), "the road would reopen");
  EXPECT_EQ(first_words("She said the only thing that matters is winning."), "the only thing that matters is winning");
  EXPECT_EQ(first_words("He said sales since the pandemic have doubled."), "sales since the pandemic have doubled");
  EXPECT_EQ(first_words("He told reporters the mood after the verdict was grim."), "the mood after the verdict was grim");
  // ("for" and a time before "that" is when: "said for years that")
  EXPECT_EQ(first_words("The Saudis have said for years that they would support the release."), "they would support the release");
  EXPECT_EQ(first_words("Kirby also said for the first time that some emails were found."), "some emails were found");
}

TEST(Indirect, WhatADocumentFoundIsAFindingNoOnesWordsButInPolNEARsReading) {
  EXPECT_EQ(first_words("A state survey released in March found that one in five students had vaped."), "(none)");
  EXPECT_EQ(first_words("That review concluded the department had relied too heavily on its tactical team."), "(none)");
  EXPECT_EQ(first_words("Investigators found that the pilot had been drinking."), "the pilot had been drinking");
  // (nor a verdict: and the report inside it is found)
  Document v = extract("A jury on Friday found Victor Almeida guilty of theft, much of which prosecutors said he spent on cars.");
  ASSERT_EQ(v.quotes.size(), 1u);
  EXPECT_EQ(v.quotes[0].speaker, "prosecutors");
  EXPECT_EQ(first_words("The court found the company liable for the spill."), "(none)");
  // (a body whose name a document's noun opens is no document: "The review board")
  EXPECT_EQ(first_words("The review board concluded that the officer had acted lawfully."), "the officer had acted lawfully");
  EXPECT_EQ(first_words("The study found that sleep improves memory.", all_attributions()), "that sleep improves memory");
  // (past a year before the noun, and a participle that describes it: "A 2024 audit", "The
  // randomised trial")
  EXPECT_EQ(first_words("A 2024 audit by the comptroller found that only 812 pipes had been replaced."), "(none)");
  EXPECT_EQ(first_words("The randomised trial, which followed 212 adults, found that walking lowered glucose."), "(none)");
}

TEST(Indirect, NoReportInANounsPassiveOfHearsayNorInAPhrasalVerbOrACompoundNoun) {
  // (a passive's participle of hearsay and its infinitive after a noun describe the noun)
  EXPECT_EQ(first_words("The wedding was covered by a magazine in a deal said to be worth six figures."), "(none)");
  EXPECT_EQ(first_words("Police are hunting a man reported to have fled the country."), "(none)");
  // ("referred questions to": another verb, data/phrasal_non_cues.txt)
  EXPECT_EQ(first_words("A Meridian spokesperson declined to comment, referring questions to the company's earlier statement."), "(none)");
  // (a base form after a plural a singular's determiner opens the phrase of is its noun)
  EXPECT_EQ(first_words("The audit, obtained through a public records request, was released on Friday."), "(none)");
  // (but a plural's verb: "Residents request that …")
  EXPECT_EQ(first_words("Residents request that the council reopen the library."), "the council reopen the library");
}

TEST(Indirect, APastAfterAndThatTheModalsVerbCannotGoOnWithIsTheSpeakersAct) {
  EXPECT_EQ(first_words("The mayor said the road would reopen Monday and thanked crews for their work."), "the road would reopen Monday");
  EXPECT_EQ(first_words("The mayor said the road will not reopen until May and accused the state of delays."),
            "the road will not reopen until May");
  // (after "but", a verb of saying or refusing: the speaker's)
  EXPECT_EQ(first_words("The company said it was reviewing the matter but declined to give details."), "it was reviewing the matter");
  EXPECT_EQ(first_words("Experts said the findings were encouraging but cautioned against overstating them."),
            "the findings were encouraging");
  // (the report's own coordination, a past that describes a noun, or another clause's verb; "but"
  // and a verb its subject may do)
  EXPECT_EQ(first_words("The mayor said the city would shelter the homeless and displaced families."),
            "the city would shelter the homeless and displaced families");
  EXPECT_EQ(first_words("Ian Read said the leaders had watched the debate but decided to proceed with the deal."),
            "the leaders had watched the debate but decided to proceed with the deal");
  EXPECT_EQ(first_words("He said prices rose and fell."), "prices rose and fell");
  EXPECT_EQ(first_words("She said the plan would be drafted and approved by May."), "the plan would be drafted and approved by May");
  EXPECT_EQ(first_words("She says she will not forget because her grandparents had their house ransacked and fled to France."),
            "she will not forget because her grandparents had their house ransacked and fled to France");
}

TEST(Indirect, AParticipleOfSayingAfterATrailingCueReportsForItsSpeaker) {
  for (const char* text : {"At least 43 people were killed, the interior ministry said, adding that the toll was likely to rise.",
                           "The plant will close, said Ana Ruiz, warning that 300 jobs would go."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 2u) << text;
    EXPECT_EQ(d.quotes[1].kind, Kind::indirect) << text;
    EXPECT_EQ(d.quotes[1].speaker, d.quotes[0].speaker) << text;
    EXPECT_TRUE(d.quotes[1].text == "the toll was likely to rise" || d.quotes[1].text == "300 jobs would go") << d.quotes[1].text;
  }
  // (past a description of the speaker: "said Ana Ruiz, a spokeswoman for Acme, adding that")
  EXPECT_EQ(extract("The plant will close, said Ana Ruiz, a spokeswoman for Acme, adding that 300 jobs would go.").quotes.size(), 2u);
  // (not what a verb of citing or calling takes, nor the writer's reading of the report)
  EXPECT_EQ(extract("Retail sales fell 2 percent in May, the department said, suggesting consumers are pulling back.").quotes.size(), 1u);
  EXPECT_EQ(extract("The mayor resigned, the Post reported, citing a source.").quotes.size(), 1u);
  EXPECT_EQ(extract("The plant will close, she said, calling the decision a disgrace.").quotes.size(), 1u);
}

TEST(Indirect, AccordingTo) {
  std::string t = "According to the report, the system failed twice in one week.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the system failed twice in one week");
  EXPECT_EQ(cue(&d.quotes[0]), "According to");
  // (a clause with a speaker and a verb of saying of its own after the source's comma: that
  // speaker's report, the source its evidence; PolNeAR's reading keeps the source)
  t = "According to the report, the first officer told the captain that the ice light had come on.";
  d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "the first officer");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the ice light had come on");
  EXPECT_EQ(only_speaker(t, all_attributions()), "the report");
  // (but a verb of writing or finding with a thing for its object, no clause of its own: the
  // source's report of the whole clause)
  EXPECT_EQ(first_words("According to court papers, the state's own expert identified only two cases."),
            "the state's own expert identified only two cases");
  EXPECT_EQ(only_speaker("According to police, the expert found two cases."), "police");
}

TEST(Indirect, NoClauseNoReport) {
  Document d = extract("Teigen shared the heartbreaking post Wednesday night. Derek Hough commented with an emoji.");
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Indirect, ThoughtOnlyWithAllAttributions) {
  std::string t = "Clinton believes that the deal will pass this year.";
  EXPECT_TRUE(extract(t).quotes.empty());
  Options o;
  o.attributions = Attributions::all;
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "believes");
}

TEST(Indirect, LowerConfidenceThanDirect) {
  Document d = extract("\"We lost,\" said Ann Lee. Ann Lee said that the party would regroup soon.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_LT(d.quotes[1].confidence, d.quotes[0].confidence);
}

TEST(Indirect, ClauseWithoutThat) {
  std::string t = "Fowler said the politics around the ticket would be more intense this year.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the politics around the ticket would be more intense this year");
  EXPECT_EQ(mention(&d.quotes[0]), "Fowler");
}

TEST(Indirect, InfinitiveOfWhatIsPromised) {
  std::string t = "The governor vowed to veto the bill before the end of the session.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "to veto the bill before the end of the session");
  EXPECT_EQ(cue(&d.quotes[0]), "vowed");
}

TEST(Indirect, AnInfinitivesReportEndsBeforeAClauseOfItsOwnAfterAndOrBut) {
  // (a request or a promise holds no subject and finite verb of its own: "but the motion failed"
  // is the writer's; a second infinitive, or a noun joined, is the report's)
  auto content = [](const std::string& t) {
    Document d = extract(t, bytes());
    return d.quotes.size() == 1 ? at(t, d.quotes[0].start, d.quotes[0].end) : std::string("(" + std::to_string(d.quotes.size()) + ")");
  };
  EXPECT_EQ(content("He asked staff to study a phased approach but the motion failed."), "to study a phased approach");
  EXPECT_EQ(content("She asked him to leave and he refused."), "to leave");
  EXPECT_EQ(content("She urged voters to stay home and to vote by mail."), "to stay home and to vote by mail");
  EXPECT_EQ(content("The mayor promised to fix the roads and the bridges."), "to fix the roads and the bridges");
}

TEST(Indirect, AWordInSAfterANameThatAndJoinsIsNoVerbOfThePluralSubject) {
  // ("Wyeth counties": a list's last name and a noun, no clause "Wyeth counts" to report)
  EXPECT_TRUE(extract("Gov. Linda Harrow declared a state of emergency for Calder, Pike and Wyeth counties.").quotes.empty());
  EXPECT_EQ(extract("Gov. Linda Harrow said Calder County needs help.").quotes.size(), 1u);
}

TEST(Indirect, NoObjectOfPostingOrAdverbial) {
  // the thing shared is not what was said; an adverbial after the cue is not a clause; nor is
  // "said goodbye"
  EXPECT_TRUE(extract("Rosa Delgado shared a picture of the tower at dusk last night.").quotes.empty());
  EXPECT_TRUE(extract("Younger residents said goodbye in their own way.").quotes.empty());
  EXPECT_TRUE(extract("The ferry company announced the change on social media.").quotes.empty());
  EXPECT_TRUE(extract("The mayor said on Tuesday evening at the town hall.").quotes.empty());
  // what a verb like "call" or "cite" is about, reported only with --attributions all (PolNeAR's notion)
  std::string t = "Residents call him the crowbar robber of Pinellas County.";
  EXPECT_TRUE(extract(t).quotes.empty());
  Options all;
  all.attributions = Attributions::all;
  EXPECT_EQ(extract(t, all).quotes.size(), 1u);
}

TEST(Indirect, NoPhraseAfterVerbsThatTakeNoWords) {
  // with PolNeAR's notion a verb's object is reported ("announced the change"), but not after a
  // verb whose object is never the words (data/cues.tsv flag inf): the language spoken, the thing
  // sent, the office assumed, the search continued; a clause after them still is
  Options all;
  all.attributions = Attributions::all;
  EXPECT_EQ(extract("The ferry company announced the change on social media.", all).quotes.size(), 1u);
  for (const char* t : {"Mr. Obama spoke Hebrew at the dinner.", "The senator sent a letter to the agency on Friday.",
                        "Divers continued their search for the devices in the lake.",
                        "That candidate would assume office in January."})
    EXPECT_TRUE(extract(t, all).quotes.empty()) << t;
  std::string t = "The mayor maintained that the budget was sound.";
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "that the budget was sound");  // (PolNeAR's span)
}

TEST(Indirect, AParticipleAfterAPhraseOfReport) {
  // "issued a statement saying …": what the statement said, not "saying …"
  std::string t = "The Ferry Authority issued a statement Tuesday saying that the crossings would resume in March.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the crossings would resume in March");
  EXPECT_EQ(mention(&d.quotes[0]), "The Ferry Authority");
  // after a verb: what the participle said ("recalls telling him that …", "denied saying …")
  for (const char* text : {"Ruiz recalls telling him that the paintings would sell.", "Ruiz denied saying that the paintings would sell."}) {
    std::string r = text;
    Document dr = extract(r, bytes());
    ASSERT_EQ(dr.quotes.size(), 1u) << r;
    EXPECT_EQ(at(r, dr.quotes[0].start, dr.quotes[0].end), "the paintings would sell") << r;
  }
}

TEST(Indirect, ACueWhosePresentIsANoun) {
  // "state" and "states" are as a rule nouns (data/cues.tsv flag past): they report a clause
  // after "that" only; a quote's cue they still are
  Options all = all_attributions();
  for (const char* t : {"The other states voting Tuesday are Ohio and Illinois.", "Most state parties release those delegates."})
    EXPECT_TRUE(extract(t, all).quotes.empty()) << t;
  std::string t = "The complaint states that the landlord ignored the repairs.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the landlord ignored the repairs");
  t = "\"It was never approved,\" the report states.";
  d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the report");
}

TEST(Indirect, ASubjectPronounJoinedToAnotherSubject) {
  // a verb in the present, which tells no clause by itself, after "she and her husband"
  std::string t = "Jasmine Ruiz said she and her husband commute 45 minutes each way.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "she and her husband commute 45 minutes each way");
  EXPECT_EQ(d.quotes[0].speaker, "Jasmine Ruiz");
}

TEST(Indirect, TheOneSpokenToOwnedByAName) {
  // a name's possessive opens the phrase of the one spoken to ("the BBC's Today programme")
  for (const char* text : {"The minister told the BBC's Today programme that the plan would go ahead.",
                           "The minister told Trump's aides the plan would go ahead."}) {
    std::string t = text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the plan would go ahead") << t;
  }
}

TEST(Indirect, ThatOfAConjunctionOpensNoReport) {
  // data/that_conjunctions.txt: "on condition that", "so that"
  for (const char* t : {"The officials spoke on condition that they not be named.", "The judge spoke slowly so that the jury could follow."})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
}

TEST(Indirect, APossessiveOpensTheSubjectOfASecondVerb) {
  // "Her lawyer … and said": the phrase the possessive opens, not the first verb's object
  for (const char* text : {"Her lawyer read the statement and said it was false.",
                           "My mother, who is not a scientist, read the paper and told me she did not understand it."}) {
    std::string t = text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    ASSERT_TRUE(d.quotes[0].speaker_mention.has_value()) << t;
    EXPECT_TRUE(d.quotes[0].speaker_mention->text == "Her lawyer" || d.quotes[0].speaker_mention->text == "My mother") << t;
  }
}

TEST(Indirect, AParticipleAfterItsNounIsNoCue) {
  // "a man charged with arson": a relative clause's participle; the sentence's verb reports
  std::string t = "The brother of a man charged with arson testified that he saw the truck.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "he saw the truck");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "testified");
}

TEST(Continuation, ACueOfAPhraseAPrepositionGovernsEndsNoRun) {
  // "said in a video posted to Telegram": "posted" is the video's, no other speaker's
  std::string t = "\u201cThe enemy knows it. It is trying to freeze us,\u201d Ihor Lysenko said in a video posted to Telegram. "
                  "\u201cWe will restore power.\u201d";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Ihor Lysenko");
  EXPECT_EQ(d.quotes[1].speaker, "Ihor Lysenko");
  // (nor a cue's form that is a noun after a determiner and a number: "in a 2020 email")
  Document e = extract("\"We are gambling,\" one engineer wrote in a 2020 email. \"Riverside could go at once.\"");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.quotes[1].speaker, "one engineer");
  // (a determiner standing alone as a subject is one: "and many said")
  Document m = extract("\"We will fight this,\" Lee said. But residents were divided, and many said the plan was overdue. \"We need "
                       "the jobs.\"");
  EXPECT_NE(m.quotes.back().speaker, "Lee");
}

TEST(Indirect, ANameAPrepositionGovernsBetweenCommasIsNoSubject) {
  // "published by the National Environment Agency" describes the report, which found
  std::string t = "The report, published by the National Environment Agency, found that river quality had declined.";
  Document d = extract(t, all_attributions());  // (a document's finding: PolNeAR's reading)
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The report");
}

TEST(Indirect, TrailingAccordingTo) {
  std::string t = "The ferry will stop running in March, according to the harbor office.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "The ferry will stop running in March");
  EXPECT_EQ(mention(&d.quotes[0]), "the harbor office");
}

TEST(Indirect, CueInterruptsTheClause) {
  std::string t = "Too often, Mr. Clarke said, the debate over coal turns into a shouting match.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  ASSERT_EQ(q.spans.size(), 2u);
  EXPECT_EQ(piece(t, q, 0), "Too often");
  EXPECT_EQ(piece(t, q, 1), "the debate over coal turns into a shouting match");
  EXPECT_EQ(mention(&q), "Mr. Clarke");
  // (a person's noun after an inverted cue, then a name between commas: that name speaks, and
  // the second piece opens after it)
  t = "That, says the chef, Tomasz Wierzbicki, is the whole point.";
  d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tomasz Wierzbicki");
  ASSERT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(t, d.quotes[0], 1), "is the whole point");
}

TEST(Indirect, ContentEndsBeforeTheWritersClause) {
  std::string t = "Ortega said the pier would be renamed, which surprised nobody in town.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the pier would be renamed");
}

TEST(Indirect, ParticipleTakesTheSentencesSubject) {
  std::string t = "Senator Ruth Kane struck back on Friday, saying the poll had been rigged from the start.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the poll had been rigged from the start");
  EXPECT_EQ(d.quotes[0].speaker, "Ruth Kane");
  EXPECT_EQ(cue(&d.quotes[0]), "saying");
}

TEST(Mixed, QuotedWordsInsideReportedSpeechAreOneRecord) {
  std::string t = "Hall said police were \"very committed\" to hearing from the families.";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(q.kind, Kind::partial);
  EXPECT_EQ(at(t, q.start, q.end), "police were \"very committed\" to hearing from the families");
  EXPECT_EQ(mention(&q), "Hall");
  // the quoted words open the clause
  std::string t2 = "Trump said at an event that \"a bomb\" had gone off in New York.";
  Document d2 = extract(t2, clauses());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(at(t2, d2.quotes[0].start, d2.quotes[0].end), "\"a bomb\" had gone off in New York");
  // words that end with their own comma end the clause inside the marks
  Document d3 = extract("Kyle Richards said she \"will say a special prayer,\" calling him their \"guardian angel.\"", clauses());
  ASSERT_EQ(d3.quotes.size(), 2u);
  EXPECT_EQ(d3.quotes[0].text, "she \"will say a special prayer,\"");
}

TEST(Mixed, APartialQuotesTextIsTheQuotedWordsAlone) {
  // grouping by quotation (the default), a partial quote's record is the words inside its marks,
  // its offsets theirs; the clause it is part of gives its speaker and cue
  std::string t = "Hall said police were \"very committed\" to hearing from the families.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);  // (and the clause, its writer's words saying more)
  const Quote* hall = of_kind(d, Kind::partial);
  ASSERT_NE(hall, nullptr);
  EXPECT_EQ(hall->text, "very committed");
  EXPECT_EQ(at(t, hall->start, hall->end), "very committed");
  EXPECT_EQ(hall->speaker, "Hall");
  EXPECT_EQ(cue(hall), "said");
  ASSERT_NE(of_kind(d, Kind::indirect), nullptr);
  EXPECT_EQ(of_kind(d, Kind::indirect)->text, "police were \"very committed\" to hearing from the families");
  // (each quotation the clause holds a record of its own, of the one speaker and cue)
  Document two = extract("The mayor said the reforms were \"long overdue\" and would \"save lives.\"");
  ASSERT_EQ(two.quotes.size(), 2u);
  EXPECT_EQ(two.quotes[0].text, "long overdue");
  EXPECT_EQ(two.quotes[1].text, "save lives.");
  EXPECT_EQ(two.quotes[1].speaker, "The mayor");
  EXPECT_EQ(cue(&two.quotes[1]), "said");
  // (a report joined to the quoted words' clause by "and that" or "but that" is a record of its
  // own, reported speech: nothing of the clause is lost)
  Document h = extract("Holt said members would be \"watching very closely\", and that he had asked for the commitment in writing.");
  ASSERT_EQ(h.quotes.size(), 2u);
  EXPECT_EQ(h.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(h.quotes[1].text, "he had asked for the commitment in writing");
  Document f = extract("Ferris replied that she understood the frustration but that a bad deal would be \"worse than no deal\".");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_EQ(f.quotes[0].text, "worse than no deal");
  EXPECT_EQ(f.quotes[1].text, "she understood the frustration");
  EXPECT_EQ(f.quotes[1].speaker, "Ferris");
  // (a clause that holds a work's title in the marks is reported speech, the clause its text)
  Document title = extract("Councillor Brian Foley said he had read \"The Quiet Year\" twice.");
  ASSERT_EQ(title.quotes.size(), 1u);
  EXPECT_EQ(title.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(title.quotes[0].text, "he had read \"The Quiet Year\" twice");
  // (two capitalised words or more with no determiner: a scheme's name; not a person's name, nor
  // one word)
  EXPECT_EQ(extract("Rao said farmers would get help under the flagship \"Rythu Bharosa\" scheme.").quotes.at(0).kind, Kind::indirect);
  EXPECT_EQ(extract("Clinton said Trump called the winner \"Miss Piggy\" for years.").quotes.back().kind, Kind::partial);
  EXPECT_EQ(extract("Trump said the outlets were \"Fake\" and lying.").quotes.at(0).kind, Kind::partial);
}

TEST(Attribution, MainClauseCueOverAnOpeningSubordinateClause) {
  Document d = extract("Before city officials had weighed in, Mayor Ann Price said that \"a bomb\" had gone off.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ann Price");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Speaker, AWordOfOrderModifiesThePersonsNoun) {
  // "first", "second" between the determiner and the noun are the phrase's ("the first officer")
  EXPECT_EQ(only_speaker("\"That's the ice light again,\" the first officer said."), "the first officer");
  EXPECT_EQ(first_mention("The second official said the plan was fine."), "The second official");
}

TEST(Speaker, MentionTakesInTheAppositive) {
  std::string t = "\"We will appeal,\" said Kevin Barrett, a lawyer at Bailey & Glasser.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Kevin Barrett, a lawyer at Bailey & Glasser");
  EXPECT_EQ(d.quotes[0].speaker, "Kevin Barrett");
  std::string t2 = "James Acton, a physicist at the Carnegie Endowment, said \"It is over.\"";
  Document d2 = extract(t2, bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(mention(&d2.quotes[0]), "James Acton, a physicist at the Carnegie Endowment");
}

TEST(Speaker, TitleWordAfterAnHonorificIsTheSurname) {
  Document d = extract("\"We will be back next year,\" Mr. King added.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Mr. King");
}

TEST(Speaker, NominalPhraseWithModifiersAndPossessor) {
  Document d = extract("\"That was outrageous,\" Obama's former strategist said in an interview.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Obama's former strategist");
  Document d2 = extract("\"That was outrageous,\" the former campaign strategist said.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(mention(&d2.quotes[0]), "the former campaign strategist");
}

TEST(Speaker, NominalHeadBeforeAPreposition) {
  Document d = extract("\"No comment,\" a spokesperson for the White House said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "a spokesperson for the White House");
}

TEST(Speaker, DescriptionThenNameBetweenCommas) {
  Document d = extract("\"This is a disaster,\" the former governor of Texas, Rick Perry, said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Rick Perry");
}

TEST(Sieves, ContinuationAfterARelativeClauseOfTheSpeaker) {
  Document d = extract("\"I was shocked,\" said the woman, who asked not to be named. \"Nobody expected it.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, d.quotes[0].speaker);
}

TEST(Mixed, NotAfterAnObjectVerbOrAPreposition) {
  // the quoted words are the object's description, not the end of a reported clause
  Document d = extract("The president called the decision \"a disgrace.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "a disgrace.");
  Document d2 = extract("He described the meeting as \"productive and constructive.\"");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].text, "productive and constructive.");
  // nor across the speaker of an inverted cue
  Document d3 = extract("\"We are thrilled,\" said Jane Doe, CEO of Acme Corp. \"This is a great day.\"");
  ASSERT_EQ(d3.quotes.size(), 2u);
  EXPECT_EQ(d3.quotes[1].text, "This is a great day.");
  // (but after "that" such a verb reports a clause; a verb of naming's "that" is the object's)
  Document d4 = extract("Kessie cautioned that the trial was flawed, and that the schedule would be \"a real test\" for clinics.");
  ASSERT_EQ(d4.quotes.size(), 2u);
  EXPECT_EQ(d4.quotes[0].text, "the trial was flawed");
  EXPECT_EQ(d4.quotes[1].text, "a real test");
  Document d5 = extract("Carson called that report Friday a \"boldfaced lie.\"");
  ASSERT_EQ(d5.quotes.size(), 1u);
  EXPECT_EQ(d5.quotes[0].text, "boldfaced lie.");
}

TEST(Mixed, AfterThePersonSpokenTo) {
  std::string t = "Smith told reporters that he \"will not resign.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "he \"will not resign.\"");
  std::string t2 = "Reyes told the Associated Press that any deal \"has to pass the House first.\"";
  Document d2 = extract(t2, clauses());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(at(t2, d2.quotes[0].start, d2.quotes[0].end), "any deal \"has to pass the House first.\"");
}

TEST(Indirect, BeforeAQuotationInTheSameSentence) {
  std::string t = "Trump said the election was rigged, adding, \"Believe me.\"";
  Document d = extract(t, bytes());
  const Quote* ind = nullptr;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::indirect) ind = &q;
  ASSERT_NE(ind, nullptr);
  EXPECT_EQ(at(t, ind->start, ind->end), "the election was rigged");
  EXPECT_EQ(mention(ind), "Trump");
  // a cue that introduces the quotation is the quotation's
  Document d2 = extract("Trump said the following: \"Believe me.\"");
  for (const Quote& q : d2.quotes) EXPECT_NE(q.kind, Kind::indirect);
}

TEST(Indirect, PhraseWhoseFirstWordIsACue) {
  // what was called for is a noun phrase: reported with PolNeAR's broader notion
  std::string t = "The senator called for an inquiry into the contracts.";
  EXPECT_TRUE(extract(t).quotes.empty());
  Options o = all_attributions();
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "called for");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "an inquiry into the contracts");
}

TEST(Sieves, ToldReportersIsTheCueToldWithItsAddressee) {
  Document d = extract("\"We're going to win,\" the coach told reporters on Sunday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "told");
  EXPECT_EQ(mention(&d.quotes[0]), "the coach");
}

TEST(Indirect, AfterAQuotationTheSpeakerGoesOn) {
  std::string t = "Becker defended the plan. \"We had to make hard choices,\" he said, adding that revenue fell by 8 percent.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  const Quote& q = d.quotes[1];
  EXPECT_EQ(q.kind, Kind::indirect);
  EXPECT_EQ(at(t, q.start, q.end), "revenue fell by 8 percent");
  EXPECT_EQ(cue(&q), "adding");
  EXPECT_EQ(q.speaker, d.quotes[0].speaker);
}

TEST(Speaker, OneOfSeveral) {
  Document d = extract("Neighbors heard glass break. \"It sounded like a car crash,\" said one, who asked not to be named.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "one");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  Document d2 = extract("\"It sounded like a car crash,\" said one of the neighbors.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(mention(&d2.quotes[0]), "one of the neighbors");
}

TEST(Sieves, PossessorOfTheLeadIn) {
  Document d = extract("Dana Cole was asked whether she regretted the scene. Her answer: \"Not for a second.\"");
  ASSERT_EQ(d.quotes.size(), 1u);  // being asked is not saying: no reported speech
  EXPECT_EQ(d.quotes[0].speaker, "Dana Cole");
  EXPECT_EQ(mention(&d.quotes[0]), "Her");
}

// A noun of words that someone owns ends the lead-in, before its colon or comma: the owner's words,
// not the subject's; a possessive pronoun after a subject that is someone is the subject's
TEST(Sieves, TheOwnerOfTheWordsTheLeadInEndsWith) {
  const std::string lead = "Jalen Marchetti signed on Monday. ";
  for (const char* t : {"The team welcomed him with a video set to Marchetti's postgame quote from 2022: \"Put me in the big moments.\"",
                        "The video ends with his famous line: \"Put me in the big moments.\"",
                        "The team welcomed him with a video set to a Marchetti postgame quote from 2022, \"Put me in the big moments.\""}) {
    Document d = extract(lead + t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].speaker, "Jalen Marchetti") << t;
  }
  Document h = extract(lead + "But back home, he returned to his familiar lines: \"Put me in the big moments.\"");
  ASSERT_EQ(h.quotes.size(), 1u);
  EXPECT_EQ(mention(&h.quotes[0]), "he");
}

TEST(Indirect, SecondVerbAfterAQuotation) {
  std::string t = "Sam Reid said Ortiz \"was right to push back,\" but added that the decision was final.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(at(t, d.quotes[1].start, d.quotes[1].end), "the decision was final");
  EXPECT_EQ(d.quotes[1].speaker, "Sam Reid");
}

TEST(Speaker, DescriptionAfterANameWithItsParty) {
  Document d = extract("Rep. Pramila Jayapal (D-Wash.), chair of the Progressive Caucus, said the cuts \"hurt working families.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Pramila Jayapal");
}

TEST(Indirect, ObjectOfAnInvertedVerbIsNotItsSpeaker) {
  // "..., praised the agreement": the agreement did not say the clause before it
  Document d = extract("Sen. Mitch McConnell, the Senate Republican leader, praised the agreement.");
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Speaker, OccupationBeforeTheNameAfterTheCue) {
  Document d = extract("\"Proud of you, always,\" commented singer Tobias Grey.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tobias Grey");
  EXPECT_EQ(mention(&d.quotes[0]), "singer Tobias Grey");
}

TEST(Indirect, ThatAfterADayOrThePersonTold) {
  std::string t = "Pop singer Mira Lane announced Tuesday that she is stepping away from touring.";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "she is stepping away from touring");
  std::string t2 = "Sam Brooks told People magazine that the decision \"wasn't sudden.\"";
  Document d2 = extract(t2, clauses());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(at(t2, d2.quotes[0].start, d2.quotes[0].end), "the decision \"wasn't sudden.\"");
}

TEST(Speaker, AdverbAfterAnInvertedSpeakerIsNotPartOfIt) {
  Document d = extract("\"Do you want to know who has taken it?\" cried his wife impatiently.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "his wife");
}

TEST(Speaker, LongAndRepeatedDescriptionsBeforeTheCue) {
  Document d = extract("\"It is an invasion of the state's domain,\" Scott Pruitt, the attorney general of Oklahoma, "
                       "one of the states suing the agency, said at an event.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Scott Pruitt");
  Document d2 = extract("\"This narrative is pushed by media,\" Malkia Cyril, the executive director at the Center for "
                        "Media Justice who is also featured in the film, told The Huffington Post.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker, "Malkia Cyril");
}

TEST(Speaker, PartyAndStateBetweenCommas) {
  Document d = extract("\"The veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mitch McConnell");
}

TEST(Speaker, NumberInTheDescriptionBeforeAName) {
  Document d = extract("\"They are 100 percent wrong,\" said 9/11 widow Terry Strada.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Terry Strada");
}

TEST(Speaker, ANumberAndWhatItCounts) {
  Document d = extract("Most voters had doubts. However, 63 percent said Clinton was \"justified\" in keeping it private.");
  ASSERT_EQ(d.quotes.size(), 2u);  // (the partial and its clause)
  EXPECT_EQ(mention(&d.quotes[0]), "63 percent");
}

TEST(Speaker, ATimeIsNeverTheSpeaker) {
  Document d = extract("The museum this week published a letter about the \"hateful discourse\" of the campaign.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The museum");
}

TEST(Speaker, TheInnermostClauseWithItsOwnSubject) {
  Document d = extract("The Post will brand you a liar and NBC News will accuse you of a \"freak out.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "NBC News");
}

TEST(Sieves, CueOpeningTheSentenceBeforeItsSpeaker) {
  Document d = extract("The house was renovated. Said Dorothy Poynter, who grew up nearby, \"We were all so proud of him.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Dorothy Poynter");
}

TEST(Sieves, DocumentsThatRead) {
  Document d = extract("\"If she wants to lead, she should act like it,\" the letter reads.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the letter");
  // a person reading a title is not quoting anyone
  Document d2 = extract("He read \"War and Peace\" twice.");
  EXPECT_TRUE(d2.quotes.empty());
}

TEST(Sieves, AsSomeonePutIt) {
  Document d = extract("The requirement is a \"lawful source of investment income,\" as a Homeland Security memo put it.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "a Homeland Security memo");
  EXPECT_EQ(cue(&d.quotes[0]), "put it");
}

TEST(Sieves, NounFormAfterAPrepositionAndAName) {
  // "of Republican claims" is a noun phrase: PolitiFact is who rated them
  Document d = extract("PolitiFact rated 32% of Republican claims as \"false\" or \"pants on fire.\"");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "PolitiFact");
}

TEST(Speaker, SubjectBeforeAParticiplePhrase) {
  Document d = extract("Protesters marching through the streets chanted \"What curfew?\" and kept going.");
  ASSERT_EQ(d.quotes.size(), 1u);
  // (the participle's phrase describes them, as "briefed on the talks" does "Officials")
  EXPECT_EQ(mention(&d.quotes[0]), "Protesters marching through the streets");
  EXPECT_EQ(first_mention("A man working for the city said the road was closed."), "A man working for the city");
  EXPECT_EQ(first_mention("A woman living nearby said she heard shots."), "A woman living nearby");
}

TEST(Speaker, DescribedSubjectOfAnSForm) {
  Document d = extract("The New York businessman says of Clinton, \"If she gets the chance, she will sell the office.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The New York businessman");
}

TEST(Speaker, NestedReportGivesTheWordsToWhoSaidThem) {
  // the quoted words are Clinton's as Trump reports them: in the default reading Clinton said them
  // and Trump reports the clause; in PolNeAR's, Trump attributes them
  Document d = extract("Trump said at a rally that Clinton once described the deal as the \"gold standard.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].speaker, "Trump");
  EXPECT_EQ(d.quotes[1].kind, Kind::partial);
  EXPECT_EQ(d.quotes[1].speaker, "Clinton");
  EXPECT_EQ(cue(&d.quotes[1]), "described");
  EXPECT_EQ(last_speaker("The agency reported that Lidiya Sorokova called the accusations \"hysterical.\""), "Lidiya Sorokova");
  // (a verb of posting too, its words after "about" or an infinitive's "to"; the inner subject
  // after "that", whatever words of the cue lists the outer verb has)
  EXPECT_EQ(last_speaker("Others pointed out that Delphine Arcos had tweeted on Valentine's Day about knowing when to \"let go.\""),
            "Delphine Arcos");
  EXPECT_EQ(last_speaker("Fans noted that Delphine Arcos had tweeted about \"letting go.\""), "Delphine Arcos");
  // (a role's phrase and its person's name between commas, the inner subject)
  EXPECT_EQ(last_speaker("Dunsmore said the company's chief product officer, Anneliese Korver, had called the team's work \"a top "
                         "priority\" in January."),
            "Anneliese Korver");
  // (with no "that", a name or a phrase that speaks right after the verb, its own verb of saying
  // in the past; not a pronoun, as often the first speaker, nor a verb in another tense or a passive)
  EXPECT_EQ(last_speaker("Ramasamy said her insurer had told her the policy did not cover \"riverine flooding.\""), "her insurer");
  EXPECT_EQ(last_speaker("Meeks said Clinton told them the bill was \"a priority.\""), "Clinton");
  EXPECT_EQ(last_speaker("Tanden said she asked whether the plan was \"a priority.\""), "Tanden");
  EXPECT_EQ(last_speaker("Tyler said the campaign will highlight his \"strong record.\""), "Tyler");
  EXPECT_EQ(last_speaker("Cruz said an executive order signed by the governor was meant \"to protect privacy.\""), "Cruz");
  // (not "it", no one who speaks: 'defended the budget, saying it offered "genuine relief"')
  EXPECT_EQ(last_speaker("Kiplagat defended the budget, saying it offered \"genuine relief for farmers.\""), "Kiplagat");
  Document p = extract("Trump said at a rally that Clinton once described the deal as the \"gold standard.\"", all_attributions());
  ASSERT_FALSE(p.quotes.empty());
  EXPECT_EQ(p.quotes[0].speaker, "Trump");
}

TEST(Speaker, PersonOfAFirm) {
  Document d = extract("Dan Ives of Wedbush Securities called the move \"a smart reset.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Dan Ives");
}

TEST(Indirect, TimeAfterTheCueIsNotSaid) {
  std::string t = "Nimbus Corp. said Wednesday it would cut about 5,000 jobs.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "it would cut about 5,000 jobs");
  // (nor an opener of time before its preposition: "late on Wednesday")
  t = "A spokesman said late on Wednesday that the minister remained open to talks.";
  d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the minister remained open to talks");
}

TEST(Indirect, CueWithAPlaceOrTimeInsideTheClause) {
  std::string t = "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid less.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "The middle fifth paid 8.9 percent");
  EXPECT_EQ(mention(&d.quotes[0]), "the agency");
}

TEST(Indirect, ALeadInWithAColonReportsNothing) {
  Document d = extract("In a statement, the governor said:\n\n\"We will rebuild.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  Document d2 = extract("Trump told the crowd the following:\n\n\"Believe me, we will win.\"");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].kind, Kind::direct);
}

TEST(Mixed, TheClausesVerbAmongTheQuotedWords) {
  std::string t = "Jayapal said the cuts \"hurt working families the most.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the cuts \"hurt working families the most.\"");
}

TEST(Speaker, CueWordAsANounBeforeTheName) {
  Document d = extract("\"Trees are the cheapest air conditioner we have,\" said lead author Dr. Maya Chen.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Maya Chen");
}

TEST(Speaker, ACueInsideAnOpeningPrepositionalPhraseIsNotTheQuotes) {
  // "posted" belongs to "a video"; the main clause has its own subject and cue
  Document d = extract("In a video posted Sunday, Okafor said the council had \"no intention of backing down\" this year.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Okafor");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Speaker, AHeadWithAnOfPhrase) {
  for (const char* t : {"The leader pressed on, and the father of four answered, \"We stay until it is fixed.\"",
                        "Then the professor of law replied, \"That reading is too narrow.\""}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    std::string m = mention(&d.quotes[0]);
    EXPECT_TRUE(m == "the father of four" || m == "the professor of law") << t << " -> " << m;
  }
}

TEST(Indirect, AfterAnInvertedCueOnlyAPersonSpeaks) {
  // "noted the change" is a verb and its object; nothing here is reported speech
  Document d = extract("Priya Raman, the committee's longest-serving member, noted the change in a letter last week.", bytes());
  for (const Quote& q : d.quotes) EXPECT_NE(q.kind, Kind::indirect) << q.text;
  // a person or a speaking body after the cue still speaks
  std::string t = "The bridge will close for a month, said the spokesman.";
  Document d2 = extract(t, bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(mention(&d2.quotes[0]), "the spokesman");
}

TEST(Cue, TheVerbGroupWithItsAuxiliariesButNotALoneAdverb) {
  struct Case { const char* text; const char* cue; bool negated; };
  for (Case c : {Case{"\"We are ready,\" Dana Whitlow has said.", "has said", false},
                 Case{"Dana Whitlow did not say whether the plant would reopen.", "did not say", true},
                 Case{"Dana Whitlow has also argued that the plant should reopen.", "has also argued", false},
                 Case{"Dana Whitlow also argued that the plant should reopen.", "argued", false},
                 Case{"Dana Whitlow didn't say whether the plant would reopen.", "didn't say", true}}) {
    // (what a negated cue reports is PolNeAR's notion only: --attributions all)
    Options o;
    if (c.negated) o.attributions = Attributions::all;
    Document d = extract(c.text, o);
    ASSERT_EQ(d.quotes.size(), 1u) << c.text;
    EXPECT_EQ(cue(&d.quotes[0]), c.cue) << c.text;
    EXPECT_EQ(d.quotes[0].speaker, "Dana Whitlow") << c.text;
  }
}

TEST(Indirect, AProgressiveCueHasItsSubjectBeforeTheAuxiliary) {
  std::string t = "Mayor Ruth Ocampo is warning residents that the river will crest on Sunday.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ruth Ocampo");
  EXPECT_EQ(cue(&d.quotes[0]), "is warning");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the river will crest on Sunday");
}

TEST(Indirect, ASentenceOpeningWithButOrAnd) {
  for (const char* t : {"But Ocampo claims that the levee will hold.", "And Ocampo says the levee will hold."}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].speaker, "Ocampo") << t;
  }
}

TEST(Speaker, ANameWithAPrepositionInsideIt) {
  std::string t = "The independent Board on Coastal Safety says the levee will hold.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The independent Board on Coastal Safety");
}

TEST(Indirect, APositionTakenOnlyWithAllAttributions) {
  Options all = all_attributions();
  struct Case { const char* text; const char* content; const char* cue; };
  for (Case c : {Case{"The union endorsed Mayor Ocampo last week and has campaigned for her since.", "Mayor Ocampo", "endorsed"},
                 Case{"Ocampo declined to say whether the levee would hold.", "to say whether the levee would hold", "declined"},
                 Case{"The board decided not to renew the contract.", "not to renew the contract", "decided"},
                 Case{"A Harlow College survey shows that most riders want later trains.", "that most riders want later trains", "shows"}}) {
    std::string t = c.text;
    EXPECT_TRUE(extract(t, bytes()).quotes.empty()) << t;  // no words were reported
    Document d = extract(t, all);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
    EXPECT_EQ(cue(&d.quotes[0]), c.cue) << t;
  }
}

TEST(Indirect, ContentFromThatOnlyInPolNeARsReading) {
  std::string t = "Dana Whitlow said that the plant would reopen in May.";
  Document speech = extract(t, bytes());
  ASSERT_EQ(speech.quotes.size(), 1u);
  EXPECT_EQ(at(t, speech.quotes[0].start, speech.quotes[0].end), "the plant would reopen in May");
  Options all = all_attributions();
  Document polnear = extract(t, all);
  ASSERT_EQ(polnear.quotes.size(), 1u);
  EXPECT_EQ(at(t, polnear.quotes[0].start, polnear.quotes[0].end), "that the plant would reopen in May");
}

TEST(Mixed, AnObjectAndItsQuotedWordsInPolNeARsReading) {
  std::string t = "Ocampo called the new levee plan \"a gift to developers\" on Tuesday.";
  Document speech = extract(t, clauses());
  ASSERT_EQ(speech.quotes.size(), 1u);
  EXPECT_EQ(at(t, speech.quotes[0].start, speech.quotes[0].end), "a gift to developers");
  Options all = clauses(all_attributions());
  Document polnear = extract(t, all);
  ASSERT_EQ(polnear.quotes.size(), 1u);
  EXPECT_EQ(at(t, polnear.quotes[0].start, polnear.quotes[0].end).substr(0, 25), "the new levee plan \"a gif");
  EXPECT_EQ(polnear.quotes[0].speaker, "Ocampo");
}

TEST(Mixed, AWholeUtteranceInsideTheReportInPolNeARsReading) {
  // a whole utterance quoted inside the clause a cue reports: alone by default, with the clause
  // from "that" or its subject pronoun in PolNeAR's reading; after other words, alone in both
  Options all = clauses(all_attributions());
  for (const char* text : {"Ruiz added that most voters were angry, which matters because, \"In the end, we vote against someone.\"",
                           "Ruiz said it was simple, \"We build higher or we move.\""}) {
    std::string t = text;
    Document speech = extract(t, clauses());
    ASSERT_EQ(speech.quotes.size(), 1u) << t;
    EXPECT_EQ(speech.quotes[0].kind, Kind::direct) << t;
    EXPECT_TRUE(at(t, speech.quotes[0].start, speech.quotes[0].end).starts_with("In the end") ||
                at(t, speech.quotes[0].start, speech.quotes[0].end).starts_with("We build")) << t;
    Document polnear = extract(t, all);
    ASSERT_EQ(polnear.quotes.size(), 1u) << t;
    EXPECT_EQ(polnear.quotes[0].kind, Kind::partial) << t;
    EXPECT_TRUE(at(t, polnear.quotes[0].start, polnear.quotes[0].end).starts_with("that most voters") ||
                at(t, polnear.quotes[0].start, polnear.quotes[0].end).starts_with("it was simple")) << t;
    EXPECT_EQ(polnear.quotes[0].speaker, "Ruiz") << t;
  }
  std::string t = "Ruiz said on Tuesday, \"The levee will hold for another decade.\"";
  Document polnear = extract(t, all);
  ASSERT_EQ(polnear.quotes.size(), 1u);
  EXPECT_EQ(polnear.quotes[0].kind, Kind::direct);
  EXPECT_EQ(at(t, polnear.quotes[0].start, polnear.quotes[0].end), "The levee will hold for another decade.");
  // (nor, in PolNeAR's reading, quoted words in lower case that go on a clause the cue reports:
  // the clause from its start)
  t = "He said his wife, Melania, \"said right from the beginning that I would win.\"";
  polnear = extract(t, all);
  ASSERT_EQ(polnear.quotes.size(), 1u);
  EXPECT_EQ(polnear.quotes[0].kind, Kind::partial);
  EXPECT_TRUE(at(t, polnear.quotes[0].start, polnear.quotes[0].end).starts_with("his wife, Melania, \"said right"));
  // (and in the default reading too: words in lower case that go on the writer's sentence are
  // no whole utterance)
  EXPECT_EQ(extract(t, clauses()).quotes[0].kind, Kind::partial);
  // (but not the second half of a quotation its cue interrupts)
  t = "\"We want a safe country,\" he said two days after the attack, \"which is all we ask.\"";
  polnear = extract(t, all);
  ASSERT_EQ(polnear.quotes.size(), 1u);
  ASSERT_EQ(polnear.quotes[0].spans.size(), 2u);
  EXPECT_EQ(at(t, polnear.quotes[0].spans[1].start, polnear.quotes[0].spans[1].end), "which is all we ask.");
}

TEST(Indirect, TheSameSubjectReportsAgain) {
  for (const char* t : {"Ocampo said the levee would hold and added that the pumps were ready.",
                        "Ocampo said the levee would hold, adding that the pumps were ready.",
                        "Ocampo said the levee would hold but also warned that the pumps were old."}) {
    std::string s = t;
    Document d = extract(s, bytes());
    ASSERT_EQ(d.quotes.size(), 2u) << t;
    EXPECT_EQ(at(s, d.quotes[0].start, d.quotes[0].end), "the levee would hold") << t;
    EXPECT_EQ(d.quotes[1].speaker, "Ocampo") << t;
    EXPECT_TRUE(at(s, d.quotes[1].start, d.quotes[1].end).starts_with("the pumps were")) << t;
  }
}

TEST(Indirect, ASemicolonEndsTheReport) {
  std::string t = "Ocampo said the levee would hold; the pumps, however, failed overnight.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the levee would hold");
}

TEST(Speaker, AnOrganisationNamedByItsKindAndWhatItIsOf) {
  std::string t = "Later, the Harbor Bureau of Inspections said the pier was unsafe.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the Harbor Bureau of Inspections");
  // a person before "of" stays apart from the firm
  Document d2 = extract("Later, analyst Dana Whitlow of Brightline Capital said the stock was cheap.", bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker, "Dana Whitlow");
}

TEST(Speaker, ACueFormThatModifiesANoun) {
  std::string t = "A state appeals court said the ban was lawful.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "A state appeals court");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // the -s form before a plural subject of its own clause is still the verb
  std::string t2 = "The mayor says officials were warned twice.";
  Document d2 = extract(t2, bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(cue(&d2.quotes[0]), "says");
}

TEST(Speaker, TwoNamesJoinedByAnd) {
  std::string t = "Ruth Ocampo met the council on Monday. Later, Ocampo and Dana Whitlow said the levee would hold.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Ocampo and Dana Whitlow");
}

TEST(Speaker, TheWholePhraseThatOpensTheClause) {
  struct Case { const char* text; const char* mention; };
  for (Case c : {Case{"Engineers on the coastal survey team said the levee was sinking.", "Engineers on the coastal survey team"},
                 Case{"A spokeswoman for Ruth Ocampo says the levee will hold.", "A spokeswoman for Ruth Ocampo"},
                 Case{"Engineers and residents in Harlow say the levee is sinking.", "Engineers and residents in Harlow"},
                 Case{"Those close to him say he will run again.", "Those close to him"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(mention(&d.quotes[0]), c.mention) << t;
  }
  // another clause before the verb is not its subject
  Document d = extract("He left early and the others stayed to argue about the levee.", bytes());
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Speaker, ANounEndingInLyIsNoAdverb) {
  std::string t = "The relatives watched the video on Thursday, the family said.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the family");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "The relatives watched the video on Thursday");
}

TEST(Indirect, TheReportStartsAfterTheSentencesLink) {
  std::string t = "However, the pumps failed twice in March, the agency said.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the pumps failed twice in March");
  std::string t2 = "Ocampo told the visiting delegation that the pumps had failed.";
  Document d2 = extract(t2, bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(at(t2, d2.quotes[0].start, d2.quotes[0].end), "the pumps had failed");
  std::string t3 = "But in recent days, advisers to Mayor Ocampo say, the pumps have failed.";
  Document d3 = extract(t3, bytes());
  ASSERT_EQ(d3.quotes.size(), 1u);
  EXPECT_EQ(mention(&d3.quotes[0]), "advisers to Mayor Ocampo");
}

TEST(Speaker, DescriptionsAroundTheName) {
  struct Case { const char* text; const char* mention; const char* speaker; };
  for (Case c : {Case{"A lawyer for the port, Dana Whitlow, said the pier was safe.", "A lawyer for the port, Dana Whitlow", "Dana Whitlow"},
                 Case{"Rep. Dana Whitlow (D-Ore.), head of the harbor caucus, said the pier was safe.",
                      "Rep. Dana Whitlow (D-Ore.), head of the harbor caucus", "Dana Whitlow"},
                 Case{"Rep. Dana Whitlow of Oregon, the panel's ranking member, said the pier was safe.",
                      "Rep. Dana Whitlow of Oregon, the panel's ranking member", "Dana Whitlow"},
                 Case{"\"It is safe,\" said harbor host Dana Whitlow.", "harbor host Dana Whitlow", "Dana Whitlow"},
                 Case{"The pier is safe, according to a new Harlow Gazette reader poll.", "a new Harlow Gazette reader poll", nullptr}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(mention(&d.quotes[0]), c.mention) << t;
    if (c.speaker) {
      EXPECT_EQ(d.quotes[0].speaker, c.speaker) << t;
    }
  }
}

TEST(Speaker, ARelativePronounAttributesForItsAntecedent) {
  std::string t = "The pier reopened after repairs by Dana Whitlow, who said the new pilings would last fifty years.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "who");
  EXPECT_EQ(d.quotes[0].speaker, "Dana Whitlow");
}

TEST(Mixed, TheOneToldIsNoPartOfTheClause) {
  std::string t = "Ocampo told the crowd her aunt \"talked to the ships like old friends.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).starts_with("her aunt")) << at(t, d.quotes[0].start, d.quotes[0].end);
  // (a role before a name: "co-host")
  t = "Biden told co-host Joe Scarborough that he \"honestly does not know the answer.\"";
  d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).starts_with("he \"honestly")) << at(t, d.quotes[0].start, d.quotes[0].end);
}

TEST(Mixed, AfterACueWithItsAuxiliary) {
  std::string t = "Ocampo has said the cuts \"hurt working families the most.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the cuts \"hurt working families the most.\"");
  EXPECT_EQ(cue(&d.quotes[0]), "has said");
}

TEST(Cue, PolNeARsSpansKeepALoneAdverb) {
  std::string t = "Ocampo also argued that the pier should reopen.";
  Options all = all_attributions();
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "also argued");
  EXPECT_EQ(cue(&extract(t, bytes()).quotes[0]), "argued");
}

TEST(Indirect, AccordingToAnyPhraseAtTheEnd) {
  struct Case { const char* text; const char* mention; };
  for (Case c : {Case{"About 9,000 riders use the ferry each day, according to harbor statistics.", "harbor statistics"},
                 Case{"The pier is unsafe — according to the top regional engineering journal.", "the top regional engineering journal"},
                 Case{"Ocampo leads the race, Dana Whitlow trails it, and turnout is low, according to a poll of 800 likely voters.",
                      "a poll of 800 likely voters"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(mention(&d.quotes[0]), c.mention) << t;
    EXPECT_EQ(cue(&d.quotes[0]), "according to") << t;
  }
}

TEST(Indirect, AClauseOfItsOwnAfterAQuotation) {
  std::string t = "\"We will rebuild the pier,\" Ocampo said, though she noted the money was not yet there.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(at(t, d.quotes[1].start, d.quotes[1].end), "the money was not yet there");
  EXPECT_EQ(mention(&d.quotes[1]), "she");
  EXPECT_EQ(d.quotes[1].speaker, "Ocampo");
}

TEST(Indirect, ASecondVerbOfTheSentencesSubject) {
  std::string t = "Dana Whitlow is wary of the plan and argues that the pier needs a new survey.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Dana Whitlow");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the pier needs a new survey");
}

TEST(Indirect, EachClauseOfASentenceReportsOnItsOwn) {
  std::string t = "Dana Whitlow said the pier was safe, and Ruth Ocampo argued that it needed a survey.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Dana Whitlow");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the pier was safe");
  EXPECT_EQ(d.quotes[1].speaker, "Ruth Ocampo");
  EXPECT_EQ(at(t, d.quotes[1].start, d.quotes[1].end), "it needed a survey");
}

TEST(Indirect, AParticipleOpeningTheSentence) {
  std::string t = "Saying the pier was unsafe, the mayor closed it for a month.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the mayor");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the pier was unsafe");
  // what the participle is about is reported only in PolNeAR's reading
  std::string t2 = "Citing safety concerns, the mayor closed the pier.";
  EXPECT_TRUE(extract(t2, bytes()).quotes.empty());
  Options all = all_attributions();
  Document d2 = extract(t2, all);
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(at(t2, d2.quotes[0].start, d2.quotes[0].end), "safety concerns");
}

TEST(Speaker, ATimeBetweenTheSubjectAndItsVerb) {
  std::string t = "Ruth Ocampo met the council. Ocampo on Tuesday said the pier would reopen, and Dana Whitlow last week argued that it should not.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[0]), "Ocampo");
  EXPECT_EQ(mention(&d.quotes[1]), "Dana Whitlow");
  std::string t2 = "The plan stalled under Ruth Ocampo, then the harbor chief, who in 2010 said the pier was sound.";
  Document d2 = extract(t2, bytes());
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(mention(&d2.quotes[0]), "who");
  EXPECT_EQ(d2.quotes[0].speaker, "Ruth Ocampo");
}

TEST(Review, ADocumentEndingOnACue) {
  // no token past the end is read (the ASan build checks), and nothing is made up
  for (const char* t : {"Police said the man fled, adding", "Police said the company would sue and added",
                        "Hope Daniels told the Associated Press", "Police said the man fled,"}) {
    Document d = extract(t, bytes());
    for (const Quote& q : d.quotes) EXPECT_LE(q.end, std::string(t).size()) << t;
  }
}

TEST(Review, TheReportedClauseKeepsItsOwnVerbs) {
  struct Case { const char* text; const char* content; };
  for (Case c : {Case{"Police said a 34-year-old man was arrested Tuesday night and charged with assault.",
                      "a 34-year-old man was arrested Tuesday night and charged with assault"},
                 Case{"Police said the man fled on foot and was later charged with murder.", "the man fled on foot and was later charged with murder"},
                 Case{"Police said the suspect entered the home and told the victim to lie down.",
                      "the suspect entered the home and told the victim to lie down"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
    Options all = all_attributions();
    all.offsets = OffsetUnit::byte;
    d = extract(t, all);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
  }
  // (in PolNeAR's reading a past verb of a position taken, its noun phrase after it, is the
  // subject's next report: "called it …"; by default the clause keeps it)
  const std::string t = "Smith said he had battled pneumonia in his campaigns and called it a common ailment.";
  Document d = extract(t, all_attributions());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "he had battled pneumonia in his campaigns");
  EXPECT_EQ(d.quotes[1].text, "it a common ailment");
  EXPECT_EQ(d.quotes[1].speaker, "Smith");
  d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "he had battled pneumonia in his campaigns and called it a common ailment");
  d = extract("She said she will not vote for him and considers him a racist.", all_attributions());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "she will not vote for him");
  EXPECT_EQ(cue(&d.quotes[1]), "considers");
}

TEST(Review, PluralSubjectsAndTheirVerbs) {
  struct Case { const char* text; const char* mention; const char* content; };
  for (Case c : {Case{"Residents say police found the car abandoned near the river.", "Residents", "police found the car abandoned near the river"},
                 Case{"The mayor says police found the car.", "The mayor", "police found the car"},
                 Case{"The ruling party said it would form a coalition.", "The ruling party", "it would form a coalition"},
                 Case{"Advisers to Mayor Ruth Ocampo say the plan is dead.", "Advisers to Mayor Ruth Ocampo", "the plan is dead"},
                 Case{"Members of the Class of 2024 said the ceremony was moving.", "Members of the Class of 2024", "the ceremony was moving"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(mention(&d.quotes[0]), c.mention) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
  }
}

TEST(Review, SentenceLinksAndTheirWords) {
  struct Case { const char* text; const char* content; };
  for (Case c : {Case{"So far, no arrests have been made, police said.", "So far, no arrests have been made"},
                 Case{"Now is the time to act, the mayor said.", "Now is the time to act"},
                 Case{"Still more needs to be done, the mayor said.", "Still more needs to be done"},
                 Case{"However, the pumps failed twice, the agency said.", "the pumps failed twice"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
  }
}

TEST(Review, ThePolNeARReadingLeavesEventsAlone) {
  Options all = all_attributions();
  for (const char* t : {"The dog attacked a child in the park on Sunday.", "Russian forces attacked the city overnight.",
                        "The school is showing a movie on Friday.", "Britain ruled India for nearly two centuries."})
    EXPECT_TRUE(extract(t, all).quotes.empty()) << t;
  // the main clause still reports after an opening participle
  Document d = extract("Citing health concerns, the senator said he would retire.", all);
  bool said = false;
  for (const Quote& q : d.quotes) said = said || cue(&q) == "said";
  EXPECT_TRUE(said);
  // "according to" inside the sentence interrupts it, it does not end a report
  std::string t = "The plan, according to two officials, would cut 500 jobs.";
  Document d2 = extract(t, bytes());
  for (const Quote& q : d2.quotes) EXPECT_NE(at(t, q.start, q.end), "The plan");
}

TEST(Review, TimesAndAuxiliariesAroundTheCue) {
  struct Case { const char* text; const char* mention; const char* content; };
  for (Case c : {Case{"The Harbor Bureau of Inspections said on Monday it would appeal the ruling.", "The Harbor Bureau of Inspections",
                      "it would appeal the ruling"},
                 Case{"Dana Whitlow, the port's chief engineer, has said the pier would not reopen.",
                      "Dana Whitlow, the port's chief engineer", "the pier would not reopen"},
                 Case{"The supply chain was disrupted, he said Tuesday.", "he", "The supply chain was disrupted"},
                 Case{"Mayor Ruth Ocampo told KTLA on Tuesday the city would reopen the pier.", "Mayor Ruth Ocampo",
                      "the city would reopen the pier"}}) {
    std::string t = c.text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(mention(&d.quotes[0]), c.mention) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), c.content) << t;
  }
  // "Police reports show": the -s form before a verb is its subject
  EXPECT_TRUE(extract(std::string("Police reports show the suspect fled north."), bytes()).quotes.empty());
}

// A label opening a paragraph names who speaks the rest of it.
TEST(ParagraphLabel, TranscriptSpeakersAreTheNamesTheArticleGives) {
  std::string t =
      "Fox host Chris Wallace talked with Mike Pence on Sunday.\n\n"
      "WALLACE: Will Gennifer Flowers be at the debate tomorrow night?\n\n"
      "\"PENCE: She will not be attending the debate, and that is final.\n\n"
      "MARA LIASSON, BYLINE: The governor left for Ohio after the interview.";
  Document d = extract(t, bytes());
  const Quote* w = find(d, "Will Gennifer Flowers");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->speaker, "Chris Wallace");
  EXPECT_EQ(mention(w), "WALLACE");
  EXPECT_EQ(cue(w), ":");
  EXPECT_EQ(w->kind, Kind::direct);  // a transcript is the speaker's own words
  // a quotation opened and never closed: the transcript quoted, its label still the speaker
  const Quote* p = find(d, "She will not be attending");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->speaker, "Mike Pence");
  EXPECT_EQ(at(t, p->start, p->end), "She will not be attending the debate, and that is final.");
  // the role after a comma is not the speaker
  const Quote* m = find(d, "The governor left");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(mention(m), "MARA LIASSON");
}

TEST(ParagraphLabel, AnInterviewsAnswersAreTheIntervieweesWords) {
  // "Q:" and "A:" turns: each answer is a direct quote of the person the article names most
  // before the first question, and "I" in a report inside one is that person; questions are no one's
  std::string t =
      "Glaciologist Amara Linde has spent eleven seasons on the ice. We spoke with Linde by video.\n\n"
      "Q: Why write a memoir now?\n\n"
      "A: Honestly, because I was tired of giving talks about numbers.\n\n"
      "Q: What do you say to people who feel hopeless?\n\n"
      "A: I tell them hopelessness is a luxury. Every tenth of a degree matters.\n";
  Document d = extract(t, bytes());
  std::vector<const Quote*> answers;
  for (const Quote& q : d.quotes) {
    EXPECT_NE(at(t, q.start, q.end).substr(0, 3), "Why") << "a question reported";
    if (q.kind == Kind::direct) answers.push_back(&q);
    EXPECT_EQ(q.speaker, "Amara Linde") << at(t, q.start, q.end);
  }
  ASSERT_EQ(answers.size(), 2u);
  EXPECT_TRUE(at(t, answers[1]->start, answers[1]->end).starts_with("I tell them"));
  // (no questions, no interview: "A:" alone labels nothing)
  EXPECT_TRUE(extract("We spoke with Amara Linde.\n\nA: Honestly, because I was tired of giving talks.\n").quotes.empty());
  // (quoted words inside an answer that "I" brings in are the interviewee's too)
  Document q = extract("Dara Whelan spoke to the Echo after the match.\n\nQ: Talk us through that spell.\n\nA: We lost our heads. At "
                       "half-time I said, \"Same again, lads.\" And they went out and lost.\n");
  const Quote* lads = find(q, "Same again");
  ASSERT_NE(lads, nullptr);
  EXPECT_EQ(lads->speaker, "Dara Whelan");
}

// An answer that goes on in paragraphs with no label, in the first person, up to the next question:
// one record of the answer's pieces, "I" in a report there the interviewee; not the writer's words
// after the last answer, nor a paragraph in the third person
TEST(ParagraphLabel, AnAnswerGoesOnUpToTheNextQuestion) {
  std::string t =
      "Glaciologist Amara Linde has spent eleven seasons on the ice. We spoke with Linde by video.\n\n"
      "Q: Why write a memoir now?\n\n"
      "A: Honestly, because I was tired of giving talks about numbers.\n\n"
      "But I would be lying if I said it was only that. I wanted my daughter to read it.\n\n"
      "Q: What do you say to people who feel hopeless?\n\n"
      "A: Hopelessness is a luxury.\n\n"
      "I tell them every tenth of a degree matters.\n\n"
      "Linde's memoir is out on Tuesday.\n";
  Document d = extract(t, bytes());
  const Quote* a = find(d, "Honestly, because");
  ASSERT_NE(a, nullptr);
  ASSERT_EQ(a->spans.size(), 2u);
  EXPECT_EQ(a->text, "Honestly, because I was tired of giving talks about numbers.\nBut I would be lying if I said it was only that. "
                     "I wanted my daughter to read it.");
  const Quote* said = nullptr;
  for (const Quote& q : d.quotes)
    if (q.text == "it was only that") said = &q;
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->speaker, "Amara Linde");
  // (the last answer: nothing after it is a question's label)
  const Quote* last = find(d, "Hopelessness is a luxury.");
  ASSERT_NE(last, nullptr);
  EXPECT_TRUE(last->spans.empty());
}

TEST(ParagraphLabel, AHeadlineLabelIsASpeakerTheArticleNamesAgain) {
  std::string t =
      "Sanders: Clinton Needs to Focus on Wages.\n\n"
      "Little Relief for Refugees: The crisis is the sort of issue the agency was built for.\n\n"
      "UPDATE: The vote was delayed until Friday afternoon.\n\n"
      "Senator Bernie Sanders spoke in Iowa on Monday.";
  Document d = extract(t, bytes());
  const Quote* s = find(d, "Clinton Needs to Focus");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker, "Bernie Sanders");
  EXPECT_EQ(s->kind, Kind::indirect);  // a headline's words are the writer's
  // a section's title and a listed label name no one
  EXPECT_EQ(find(d, "The crisis is the sort"), nullptr);
  EXPECT_EQ(find(d, "The vote was delayed"), nullptr);
  // (nor a fact-check's sections, while a transcript's speaker labels are theirs)
  Document fc = extract("FACT CHECK: Claims from the debate, examined\n\nCLAIM: Crime is up 40 percent since 2020.\n\n"
                        "THE FACTS: That is misleading. Reported crimes rose from 412 to 577.\n\nVERDICT: Mostly false.\n\n"
                        "OKAFOR: We will win.", bytes());
  ASSERT_EQ(fc.quotes.size(), 1u);
  EXPECT_EQ(fc.quotes[0].speaker, "OKAFOR");
  // a table's figures are no one's words
  EXPECT_TRUE(extract("Democrats: 45 percent, Republicans: 40 percent.\n\nDemocrats won the state.", bytes()).quotes.empty());
  // nor a team's line-up under its name, the club a speaker elsewhere
  Document lineup = extract("Castlebury Albion said the manager would stay.\n\nCastlebury Albion: Norris, Brierley, Varga, Hulme, "
                            "Tate, Quayle (Mole 60), Redfern, Akande.", bytes());
  ASSERT_EQ(lineup.quotes.size(), 1u);
  EXPECT_EQ(lineup.quotes[0].text, "the manager would stay");
  // a topic the article names again but never has speak is no speaker; a body that speaks is
  EXPECT_TRUE(extract("Storm Isolde: thousands without power as winds hit 90mph\n\nStorm Isolde brought gusts of 90mph.", bytes())
                  .quotes.empty());
  Document f = extract("Politifact: Trump Is Right on Chicago Shootings\n\nPolitifact then pointed out that one shooting may "
                       "have several victims.", bytes());
  ASSERT_FALSE(f.quotes.empty());
  EXPECT_EQ(f.quotes[0].speaker, "Politifact");
  // a speaker's noun is enough: "Poll:"
  Document p = extract("Poll: Clinton and Trump in dead heat heading into first debate.", bytes());
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(mention(&p.quotes[0]), "Poll");
}

TEST(Headline, AVerbOfSayingInTitleCaseEndsTheName) {
  std::string t = "Trump Could Address Clean Energy, Lindsey Graham Says.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Lindsey Graham");
  EXPECT_EQ(cue(&d.quotes[0]), "Says");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "Trump Could Address Clean Energy");
  // outside a headline the capitalised word stays in its name
  Document s = extract("The United States said it would send aid to the region.", bytes());
  ASSERT_EQ(s.quotes.size(), 1u);
  EXPECT_EQ(mention(&s.quotes[0]), "The United States");
  EXPECT_EQ(cue(&s.quotes[0]), "said");
}

TEST(Headline, AVerbInTitleCaseBeforeAFirstNameEndsTheName) {
  // (any verb's present form between a name and a first name: the person's name is the rest)
  Document d = extract("U.S. Nominates Jim Yong Kim for 2nd Term at World Bank.\n\nPresident Obama nominated him on "
                       "Thursday.\n\n\"We have work to do,\" Mr. Kim said.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().speaker, "Jim Yong Kim");
  // (not a plural before a verb that is a first name too: "Americans Will Say")
  EXPECT_EQ(first_mention("Obama: I Am Sure Americans Will Say No to Trump.\n\nObama said he expected that Americans would "
                          "reject him."),
            "Obama");
}

TEST(Headline, ALabelIsANameNotASentenceEndingWithOne) {
  // ("Big Win For Bernie:" is a headline's sentence about him, no label of his words)
  const std::string t = "Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement\n\nThe union did not endorse Bernie "
                        "Sanders or Hillary Clinton. Sanders said he was pleased.";
  Document d = extract(t, bytes());
  ASSERT_FALSE(d.quotes.empty());
  for (const Quote& q : d.quotes) EXPECT_EQ(at(t, q.start, q.end).find("AFL-CIO Holds Off"), std::string::npos) << q.speaker;
}

TEST(Headline, AHeadlinesOrSubheadsCopyOfTheStorysQuoteIsNoRecordOfItsOwn) {
  const std::string t =
      "Delgado calls Metro cuts \"a slow-motion shutdown\" as deal stalls\n\n"
      "Sen. Maria Delgado criticized the plan on Tuesday, calling the cuts \"a slow-motion shutdown\" for riders.\n\n"
      "Riders say \"we were promised better\"\n\n"
      "\"We were promised better,\" said commuter Ann Lee.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "a slow-motion shutdown");
  EXPECT_EQ(d.quotes[0].speaker, "Maria Delgado");
  EXPECT_EQ(d.quotes[1].speaker, "Ann Lee");
  // (words a longer quotation of the story holds too)
  Document part = extract(
      "Delgado calls Metro cuts \"a slow-motion shutdown\" as deal stalls\n\n"
      "Sen. Maria Delgado told commuters that the region was \"sleepwalking into a slow-motion shutdown\" of its subway.");
  ASSERT_EQ(part.quotes.size(), 1u);
  EXPECT_EQ(part.quotes[0].speaker, "Maria Delgado");
  // the story's own words quoted twice are two reports
  const std::string twice =
      "Politifact checked Trump's claim that there have been \"thousands of shootings\" in Chicago.\n\n"
      "Politifact ruled that Trump's statement about \"thousands of shootings\" in Chicago is true.";
  // (and the ruling's clause, whose writer's words say more than the quoted ones)
  EXPECT_EQ(extract(twice).quotes.size(), 3u);
}

TEST(Subjects, APollsShareOfPeopleReports) {
  Options all = all_attributions();
  std::string t =
      "In the poll, 64 percent of Democrats said the party should move left. Nearly half said they "
      "prefer an outsider. More than 4 in 10 said the economy was getting worse.";
  Document d = extract(t, all);
  const Quote* a = find(d, "the party should move left");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(mention(a), "64 percent of Democrats");
  const Quote* b = find(d, "they prefer an outsider");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(mention(b), "Nearly half");
  const Quote* c = find(d, "the economy was getting worse");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(mention(c), "More than 4 in 10");
  Document e = extract("Nearly eight of 10 voters said the economy was weak. In 2016 voters said it was strong.", all);
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(mention(&e.quotes[0]), "Nearly eight of 10 voters");
  EXPECT_EQ(mention(&e.quotes[1]), "voters");  // a year is no share
}

TEST(Subjects, EvidenceShowsWhatItShows) {
  Options all = all_attributions();
  Document d = extract("Video of the incident shows that he had his hands in the air.", all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Video of the incident");
  EXPECT_EQ(cue(&d.quotes[0]), "shows");
  // footage of someone speaking is not the speaker
  Document f = extract("The ad uses footage of Hillary Clinton asking, \"Why aren't I 50 points ahead?\"", bytes());
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.quotes[0].speaker, "Hillary Clinton");
}

TEST(Subjects, ARelativeWhoAttributesForThePhraseBeforeIt) {
  std::string t = "The mayor, who said she would not run again, announced a new budget on Monday.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "she would not run again");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "who");
  EXPECT_EQ(q->speaker, "The mayor");
  // the main clause takes up again after the relative clause
  EXPECT_EQ(at(t, q->start, q->end), "she would not run again");
  Document v = extract("Clinton won among voters who said Wall Street does more to help the economy.", bytes());
  ASSERT_EQ(v.quotes.size(), 1u);
  EXPECT_EQ(v.quotes[0].speaker, "voters");
  EXPECT_EQ(mention(&v.quotes[0]), "who");
}

TEST(Subjects, TheSubjectsNextVerbReportsAClauseWithANounSubject) {
  std::string t = "Authorities announced on Friday the arrest of a man and said a curfew would continue.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "a curfew would continue");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "Authorities");
  EXPECT_EQ(cue(q), "said");
}

TEST(Reported, ASentenceLinkBeforeAnInterruptingCueIsNoPiece) {
  std::string t = "Still, he said, officials have to decide who gets extra scrutiny.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "officials have to decide who gets extra scrutiny");
  EXPECT_EQ(mention(&d.quotes[0]), "he");
}

TEST(Reported, TheSubjectsNextReportPastARelativeClauseThatEndsTheFirst) {
  Document d = extract("Dr. Sam Lee noted that the study relied on self-reports, which can be shaped by expectations, and said he "
                       "would like to see a longer trial.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "he would like to see a longer trial");
  EXPECT_EQ(d.quotes[1].speaker, "Sam Lee");
}

TEST(Reported, ALeadInsOwnClauseBeforeTheColon) {
  // a clause the lead-in reports before its colon is the quotation's speaker's, in its sentence
  // or its paragraph
  Document d = extract("Anna Berg said the plan was too costly: \"We cannot afford it.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "the plan was too costly");
  EXPECT_EQ(d.quotes[0].speaker, "Anna Berg");
  Document p = extract("Retired detective Lionel Hargreaves said the case still haunted him:\n\n\"I think about that girl every day.\"");
  ASSERT_EQ(p.quotes.size(), 2u);
  EXPECT_EQ(p.quotes[0].text, "the case still haunted him");
  EXPECT_EQ(p.quotes[0].speaker, "Lionel Hargreaves");
  // not the lead-in's words of time, nor its object
  for (const char* t : {"As Pollak reported after the FBI left the scene:\n\n\"The house was open.\"",
                        "Anna Berg told reporters: \"We cannot afford it.\"", "Anna Berg said only this: \"We cannot afford it.\""})
    EXPECT_EQ(extract(t).quotes.size(), 1u) << t;
}

TEST(Reported, AClauseBeforeTheSecondVerbThatHoldsTheQuotedWords) {
  // the clause before "but" or "and" and the subject's second verb, the quoted words in that
  // verb's part, is a record of its own
  Document d = extract("Nurse Tanya Briggs said she was worried about rents but did not trust \"either of them\" to fix it.");
  ASSERT_EQ(d.quotes.size(), 2u);
  const Quote* r = find(d, "she was worried");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "she was worried about rents");
  EXPECT_EQ(r->kind, Kind::indirect);
  EXPECT_EQ(r->speaker, "Tanya Briggs");
}

TEST(Reported, ASeriesOfReportsJoinedByCommas) {
  // a name after a comma, with a verb of saying and a clause of its own, opens the next report
  Document d = extract("Anna Berg said the plan was costly, Tom Wade said it was late, and Lia Cho said nothing.");
  ASSERT_GE(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "the plan was costly");
  EXPECT_EQ(d.quotes[1].text, "it was late");
  EXPECT_EQ(d.quotes[1].speaker, "Tom Wade");
  // and before a quotation, each a record; a councilor's title is no part of the name
  Document q = extract("Councilor Imani Brooks said the budget was balanced, Councilor Ray Dufresne said it was not, and Mayor "
                       "Patrice Lemaire said only: \"We will vote next week.\"");
  ASSERT_EQ(q.quotes.size(), 3u);
  EXPECT_EQ(q.quotes[0].speaker, "Imani Brooks");
  EXPECT_EQ(q.quotes[0].text, "the budget was balanced");
  EXPECT_EQ(q.quotes[1].speaker, "Ray Dufresne");
  EXPECT_EQ(q.quotes[1].text, "it was not");
  // (a name and a cue with no clause after them is no new report: the trailing cue of the whole)
  EXPECT_EQ(last_speaker("Officials said the plan was costly, Tom Wade noted."), "Tom Wade");
}

// A past form and "as" after its noun between commas describe the noun: no cue that interrupts
TEST(Reported, APastFormAndAsAfterItsNounIsNoInterruptingCue) {
  Document d = extract("One of them, a former interpreter identified as Nour, described her situation in a declaration.");
  EXPECT_TRUE(d.quotes.empty());
  EXPECT_EQ(only_speaker("The plan, the minister said, is dead."), "the minister");
}

TEST(Reported, APhraseOfTimeAndAnObjectsNameAreNoInterruptedReport) {
  // a phrase of time or place before the subject and a name after the verb's object are no pieces
  // of a report the verb interrupts
  EXPECT_TRUE(extract("During the hearing, Sen. Arturo Villanueva pressed the bank's chief executive, Claudia Renner.").quotes.empty());
  EXPECT_TRUE(extract("On Monday, Mayor Jo Kent urged the fire chief, Sam Park.").quotes.empty());
  // a clause's pieces are
  EXPECT_EQ(last_speaker("The project, Alderman Vincent Szabo said, was years late."), "Vincent Szabo");
}

TEST(Reported, HowAThingSeemsHasNoSourceInThePolNeARReading) {
  Options all = all_attributions();
  std::string t = "Trump is expected to deliver a victory speech later tonight.";
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(cue(&q), "is expected");
  EXPECT_FALSE(q.speaker_mention.has_value());
  ASSERT_EQ(q.spans.size(), 2u);  // the subject and the infinitive
  EXPECT_EQ(piece(t, q, 0), "Trump");
  EXPECT_EQ(piece(t, q, 1), "to deliver a victory speech later tonight");
  // no one's words: not reported by default
  EXPECT_TRUE(extract(t, bytes()).quotes.empty());
  EXPECT_TRUE(extract("The plan seems to work better than expected.", bytes()).quotes.empty());
}

TEST(Reported, AQuestionPutIsTheContentOfAsked) {
  Options all = all_attributions();
  std::string t = "Asked by a reporter whether he would run again, the senator said he had not decided.";
  Document d = extract(t, all);
  const Quote* q = find(d, "whether he would run again");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "Asked");
  EXPECT_EQ(mention(q), "a reporter");
  EXPECT_EQ(at(t, q->start, q->end), "whether he would run again");
  const Quote* s = find(d, "he had not decided");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(mention(s), "the senator");
  // by default a question with no one to ask it is no one's words
  EXPECT_EQ(find(extract(t, bytes()), "whether he would run again"), nullptr);
}

TEST(Reported, ALongSourceAfterAccordingTo) {
  std::string t =
      "According to early results of exit polls conducted for the Associated Press and television networks by "
      "Edison Research, nearly half of Democratic primary voters were black.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "nearly half of Democratic primary voters were black");
}

TEST(Subjects, TheWordsAroundASpeakersNoun) {
  Document a = extract("One Democratic source on the panel said the vote was delayed.", bytes());
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(mention(&a.quotes[0]), "One Democratic source on the panel");  // its phrase
  Document b = extract("Some senators, however, said the plan would not work.", bytes());
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(mention(&b.quotes[0]), "Some senators");  // an aside is not
  // a present form after a number is a plural noun, no cue
  EXPECT_TRUE(extract("Twenty-seven states led by West Virginia are challenging the rule.", bytes()).quotes.empty());
  // and an -s form before a participle and its agent: the quoted words are the inner verb's
  Document e = extract("Internal emails released by the committee showed that employees had warned the system was \"not ready "
                       "for scale\" in November.", bytes());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "employees");
  EXPECT_EQ(cue(&e.quotes[0]), "had warned");
}

TEST(Subjects, DescriptionsAndConjunctsArePartOfTheSpeakersPhrase) {
  auto m = [](const char* text) { return first_mention(text); };
  EXPECT_EQ(m("Mr. Morgan of the Sierra Club said the rule was weak."), "Mr. Morgan of the Sierra Club");
  EXPECT_EQ(m("\"It is over,\" said Quina Jones, 25, a student."), "Quina Jones, 25, a student");
  EXPECT_EQ(m("Luis Rubio, who heads a research center, said the peso would fall."),
            "Luis Rubio, who heads a research center");
  EXPECT_EQ(m("State and local leaders said the storm was over."), "State and local leaders");
  EXPECT_EQ(m("Former Attorney General Michael Mukasey said the case was weak."), "Former Attorney General Michael Mukasey");
  EXPECT_EQ(m("Rep. Glenn Thompson, R-Pa., said the bill was dead."), "Rep. Glenn Thompson, R-Pa.");
  EXPECT_EQ(m("\"We will win,\" said Peter T. King, Republican of New York."), "Peter T. King, Republican of New York");
  EXPECT_EQ(m("He left and his aides said the poll was wrong."), "his aides");  // another clause
}

TEST(Reported, WhereAReportedClauseEnds) {
  auto content = [](const std::string& t) { return first_words(t); };
  // a list's last item and a clause of reason or time are part of it
  EXPECT_EQ(content("She said the town had too many dentists, lawyers, and bankers."),
            "the town had too many dentists, lawyers, and bankers");
  EXPECT_EQ(content("He said the plan would fail, because the money ran out."),
            "the plan would fail, because the money ran out");
  EXPECT_EQ(content("He said their lives could not get any worse, so they should vote for him."),
            "their lives could not get any worse, so they should vote for him");
  // (but a consequence in the past after ", so" is the writer's narration)
  EXPECT_EQ(content("He said the bridge was unsafe, so the city closed it."), "the bridge was unsafe");
  // the writer's own addition is not
  EXPECT_EQ(content("He said the plan would fail, which surprised no one."), "the plan would fail");
  EXPECT_EQ(content("He said the plan would fail, and Smith said it would not."), "the plan would fail");
  EXPECT_EQ(content("She said the rules were clear, she appears uneasy about them."), "the rules were clear");
  EXPECT_EQ(content("He said that if elected, he would cut taxes."), "if elected, he would cut taxes");
}

TEST(Mixed, AParticiplesThatClauseHoldsTheQuotedWords) {
  std::string t = "Anderson praised the senator, adding that he is \"definitely the most trustworthy\" of them.";
  Document d = extract(t, clauses());
  const Quote* q = find(d, "definitely");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::partial);
  EXPECT_EQ(at(t, q->start, q->end), "he is \"definitely the most trustworthy\" of them");
  EXPECT_EQ(cue(q), "adding");
}

TEST(Reported, ACueAfterTheClauseWithALongDescriptionOfItsSpeaker) {
  std::string t = "That would create a summer of agony for the party, said Brad Bannon, a Democratic pollster and consultant.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "That would create a summer of agony for the party");
  EXPECT_EQ(d.quotes[0].speaker, "Brad Bannon");
  EXPECT_EQ(mention(&d.quotes[0]), "Brad Bannon, a Democratic pollster and consultant");
}

TEST(Subjects, APronounWithAVerbContractedOntoIt) {
  // straight or curly apostrophe alike: the pronoun is the mention, the contracted verb opens the cue
  for (std::string ap : {"'", "\u2019"}) {
    std::string t = "Mayor Ann Ruiz spoke on Monday. She" + ap + "s saying that the budget is balanced.";
    Document d = extract(t, bytes());
    const Quote* q = find(d, "the budget is balanced");
    ASSERT_NE(q, nullptr) << ap;
    EXPECT_EQ(q->speaker, "Ann Ruiz");
    EXPECT_EQ(mention(q), "She");
    EXPECT_EQ(cue(q), ap + "s saying");
  }
  std::string t = "The unions met. They've also said the strike will go on.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "the strike will go on");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "They");
  EXPECT_EQ(cue(q), "'ve also said");
}

TEST(Sieves, ThePassiveSubjectOfAQuotesCueIsNoSpeaker) {
  // spoken of, not speaking: the quoted words are nobody's here, so they are no quote
  Document d = extract("The new tax is supposed to curb \"activist\" investors.", bytes());
  EXPECT_EQ(find(d, "activist"), nullptr);
  // the speaker after "by" is still found
  std::string t = "Rubio was asked by moderator Gerard Baker, \"Will you run again?\"";
  Document e = extract(t, bytes());
  const Quote* q = find(e, "Will you run again?");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Gerard Baker");
}

TEST(Subjects, AnAsideBetweenDashes) {
  Options all = all_attributions();
  auto m = [&](const std::string& t) { return first_mention(t, all); };
  // a description between dashes is part of the speaker's phrase, as between commas
  EXPECT_EQ(m("Jennifer Kall — co-editor of a book on debates — said the candidate liked announcements."),
            "Jennifer Kall — co-editor of a book on debates —");
  EXPECT_EQ(m("Many economists -- including two of the bank's own -- warn that rates could rise."),
            "Many economists -- including two of the bank's own --");
  // a clause between dashes is not
  EXPECT_EQ(m("Lindsey Graham — who had endorsed Jeb Bush — said the plan was dead."), "Lindsey Graham");
}

TEST(Reported, AClauseOfConditionOrTimeBeforeTheReportedSubject) {
  auto content = [](const std::string& t) { return first_words(t); };
  EXPECT_EQ(content("Ted Cruz said if elected president he could work with party leaders."),
            "if elected president he could work with party leaders");
  EXPECT_EQ(content("Bernie Sanders said if he were president, the program would grow."),
            "if he were president, the program would grow");
  // no clause of its own after it: nothing reported
  EXPECT_EQ(content("Ted Cruz smiled when he said it."), "(none)");
}

TEST(Subjects, AnAgeThenADescription) {
  std::string t = "Jillian Chase, 27, a nurse in New York, said the election would come up.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jillian Chase");
  EXPECT_EQ(mention(&d.quotes[0]), "Jillian Chase, 27, a nurse in New York");
}

TEST(Subjects, AQuantifierAfterTheSubject) {
  Document d = extract("The senators met. They both said the plan was dead.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "They");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Reported, AVerbOfSayingWithItsTopicAfterAPreposition) {
  Options o = all_attributions();
  std::string t = "\"The key was timing,\" Mr. Hedge said, referring to the two resorts.";
  Document d = extract(t, o);
  const Quote* q = find(d, "the two resorts");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Hedge");
  EXPECT_EQ(cue(q), "referring to");
}

TEST(Mixed, QuotedWordsInAClauseThatACueAfterItReports) {
  // the cue is not next to the quoted words: the quote covers the clause, one record
  std::string t = "But the senator's \u201cexcesses\u201d are sickening, Francois Hollande said Tuesday.";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the senator's \u201cexcesses\u201d are sickening");
  EXPECT_EQ(d.quotes[0].speaker, "Francois Hollande");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // quoted words that end the clause, right before the cue
  std::string u = "The plan is \"a disaster,\" Francois Hollande said.";
  Document e = extract(u, clauses());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(at(u, e.quotes[0].start, e.quotes[0].end), "The plan is \"a disaster,\"");
  // a whole quotation before the cue is a direct quote, as it was
  std::string v = "\"The plan is a disaster,\" Francois Hollande said.";
  Document f = extract(v, clauses());
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.quotes[0].kind, Kind::direct);
  EXPECT_EQ(at(v, f.quotes[0].start, f.quotes[0].end), "The plan is a disaster,");
}

TEST(Subjects, AHomeTownAfterTheName) {
  std::string t = "Johnnie Wilson, of Springfield, Va., said the plan was dead.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Johnnie Wilson");
  EXPECT_EQ(mention(&d.quotes[0]), "Johnnie Wilson, of Springfield, Va.");
}

TEST(Sieves, ADashAndANameAfterTheQuote) {
  std::string t = "Readers wrote in.\n\n\u201cThe most unqualified child to ever run for president.\u201d \u2015 Francisco Herrero\n\nOthers agreed.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "The most unqualified child");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Francisco Herrero");
  EXPECT_EQ(cue(q), "\u2015");  // the dash is what attributes the words
}

TEST(Reported, ARelativeClauseOfTheSpeakerAfterTheQuotation) {
  std::string t = "\u201cWe show anger,\u201d said Jim Harvey, who acknowledged Trump was his fourth choice.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "Trump was his fourth choice");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::indirect);
  EXPECT_EQ(q->speaker, "Jim Harvey");
  EXPECT_EQ(mention(q), "who");
  EXPECT_EQ(cue(q), "acknowledged");
}

TEST(Reported, ASecondVerbOfTheQuotationsSpeakerAfterAnd) {
  std::string t = "Jeff Ubben called the executive \"incredibly driven\" and asserted that things were being resolved.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "things were being resolved");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::indirect);
  EXPECT_EQ(q->speaker, "Jeff Ubben");
  EXPECT_EQ(cue(q), "asserted");
  // another subject after "and" is another clause, read on its own
  std::string u = "Jeff Ubben called the executive \"incredibly driven\" and the board said nothing.";
  EXPECT_EQ(find(extract(u, bytes()), "nothing"), nullptr);
}

TEST(Reported, TheMainClauseAfterARelativeClausesReport) {
  std::string t = "The mayor, who said she would not run, announced that the city would cut taxes.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "the city would cut taxes");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "The mayor");
  EXPECT_EQ(cue(q), "announced");
  const Quote* r = find(d, "she would not run");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(at(t, r->start, r->end), "she would not run");
}

TEST(Reported, AnInfinitiveAfterSomeVerbsOfSayingIsNoReport) {
  Options o = all_attributions();
  EXPECT_TRUE(extract("The delegate lead for the senator continues to grow after the win in Ohio.", o).quotes.empty());
  EXPECT_TRUE(extract("The mayor offered to help the families of the victims.", o).quotes.empty());
  // a quotation's cue still: "…," he continued
  Document d = extract("\"We will rebuild,\" Mayor Ann Ruiz continued.", o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "continued");
}

TEST(Mixed, QuotedWordsRightAfterTheReportedClauseAreOnePiece) {
  Options o = bytes();
  o.grouping = Grouping::attribution;
  std::string t = "Trump said some immigrants were \u201ccriminals\u201d and \u201crapists\u201d at his launch.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(d.quotes[0].spans.empty());  // (one piece: no list of pieces)
  // (the clause goes on to the sentence's end after the second quotation, as after one)
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end),
            "some immigrants were \u201ccriminals\u201d and \u201crapists\u201d at his launch");
}

TEST(Mixed, AQuoteAfterACueOfThoughtCoversTheClause) {
  std::string t = "The director worried that the safety net was becoming \u201ca hammock that lulls people.\u201d";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the safety net was becoming \u201ca hammock that lulls people.\u201d");
}

TEST(Mixed, QuotedWordsInTheClauseAfterAccordingTo) {
  std::string t = "According to the budget office, deficits \"are mainly attributable to an aging population.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "deficits \"are mainly attributable to an aging population.\"");
  EXPECT_EQ(cue(&d.quotes[0]), "According to");
}

TEST(Reported, AFormAfterAPossessiveIsANounUnlessWhatItReportsFollows) {
  Options o = all_attributions();
  EXPECT_TRUE(extract("Paul Ryan's comments come two days after the win in Indiana.", o).quotes.empty());
  Document d = extract("Donald Trump's claim that the vote was rigged drew criticism.", o);
  const Quote* q = find(d, "the vote was rigged");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "claim");
}

TEST(Reported, NoTrailingCueBeforeAnInfinitive) {
  Options o = all_attributions();
  // a clause of its own after the comma, not "X said"
  Document d = extract("Despite the senator's gains in the polls, Trump continues to build up his delegate lead.", o);
  EXPECT_EQ(find(d, "Despite the senator's gains"), nullptr);
  // a phrase of place after the cue still ends a trailing cue
  std::string t = "The plan would cut taxes, the mayor said in a statement.";
  Document e = extract(t, o);
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(at(t, e.quotes[0].start, e.quotes[0].end), "The plan would cut taxes");
}

TEST(Subjects, TheSubjectAfterAndThatJoinsTwoClauses) {
  Document d = extract("The minister left, and human rights groups warned that the deal was weak.", bytes());
  const Quote* q = find(d, "the deal was weak");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "human rights groups");
}

TEST(Reported, ARelativePronounIsTheReportedClausesSubject) {
  std::string t = "The policy changes, which officials said will take effect in May, will not apply to them.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "will take effect in May");
  EXPECT_EQ(mention(&d.quotes[0]), "officials");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Subjects, APluralHeadWithAPhraseAfterIt) {
  Document d = extract("Political observers in Virginia and around the country say Scott deserves the seat.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Political observers in Virginia and around the country");
  EXPECT_EQ(cue(&d.quotes[0]), "say");
  // a singular noun as the head is no subject of a base form ("his home state say" is no clause)
  EXPECT_TRUE(extract("They visited his home state say officials nothing.", bytes()).quotes.empty());
}

TEST(Subjects, APlaceAfterTheNameAfterTheCue) {
  Document d = extract("\"We will win,\" said Representative Charles B. Rangel of New York.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Charles B. Rangel");
  EXPECT_EQ(mention(&d.quotes[0]), "Representative Charles B. Rangel of New York");
}

TEST(Subjects, DescriptionsAfterTheCueWithNamesAndTitlesInThem) {
  Document d = extract("\"It is a big day,\" said Javier Palomarez, the president of the United States Hispanic Chamber of Commerce.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Javier Palomarez, the president of the United States Hispanic Chamber of Commerce");
  Document e = extract("\"It is a big day,\" said Ken Sena, managing director at Evercore.", bytes());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(mention(&e.quotes[0]), "Ken Sena, managing director at Evercore");
  // the speaker's noun before "for" and a title: the spokesman speaks, not the candidate
  Document f = extract("A spokesman for Democratic presidential candidate Hillary Clinton said the race was tight.", bytes());
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(mention(&f.quotes[0]), "A spokesman for Democratic presidential candidate Hillary Clinton");
  EXPECT_NE(f.quotes[0].speaker, "Hillary Clinton");
}

TEST(Subjects, PossessivesAroundTheName) {
  Document d = extract("\"We will win,\" Rahm Emanuel, his chief of staff, said.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Rahm Emanuel, his chief of staff");
  Document e = extract("The Washington Post\u2019s Ishaan Tharoor wrote that the race was tight.", bytes());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "Ishaan Tharoor");
  EXPECT_EQ(mention(&e.quotes[0]), "The Washington Post\u2019s Ishaan Tharoor");
  Document f = extract("Both Ted Cruz and Carly Fiorina said the race was tight.", bytes());
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(mention(&f.quotes[0]), "Both Ted Cruz and Carly Fiorina");
}

TEST(Sieves, ADescriptionThenTheNameAfterTheCue) {
  Document d = extract("\"We will win,\" said the presumptive Republican nominee, Donald Trump.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Donald Trump");
  EXPECT_EQ(mention(&d.quotes[0]), "the presumptive Republican nominee, Donald Trump");
  // (a rank's word as the head before "of", data/rank_words.txt)
  Document c = extract("\"He was decent,\" said his former chief of staff, Jane Roe.", bytes());
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "Jane Roe");
  EXPECT_EQ(mention(&c.quotes[0]), "his former chief of staff, Jane Roe");
}

TEST(Mixed, AClauseWhoseWritersWordsSayMoreThanTheQuotedOnesIsReportedBesideThem) {
  // grouping by quotation: the partial, and the clause as reported speech when three words of
  // content at least stand outside the marks
  std::string t = "Mayor Gail Hutterson told the Courier on Monday that the village had collected just over $14,000 in four "
                  "weeks, \"right about where we projected.\"";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 2u);
  const Quote* partial = find(d, "right about");
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ(partial->kind, Kind::partial);
  const Quote* clause = find(d, "the village had collected");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->kind, Kind::indirect);
  EXPECT_EQ(clause->speaker, "Gail Hutterson");
  EXPECT_EQ(at(t, clause->start, clause->end),
            "the village had collected just over $14,000 in four weeks, \"right about where we projected.\"");
  // (a quotation that opens the next paragraph is no other quotation in the clause)
  Document n = extract(t + "\n\n\"It has been a good month,\" she said.");
  ASSERT_EQ(n.quotes.size(), 3u);
  ASSERT_NE(find(n, "the village had collected"), nullptr);
  // (the one told and a relative "that" are no part of the clause)
  const std::string rel = "Senator Ann Lee told reporters that the bill that the Senate passed after a long debate was \"a good first step.\"";
  Document r = extract(rel);
  ASSERT_NE(of_kind(r, Kind::indirect), nullptr);
  EXPECT_TRUE(of_kind(r, Kind::indirect)->text.starts_with("the bill that the Senate passed")) << of_kind(r, Kind::indirect)->text;
  // (the writer's narration after the quoted words, a clause of when or why or a time, says
  // nothing of the clause; nor is a headline's clause, with no mark to end it, reported)
  for (const char* text : {"The minister said the plan was \"sound\" before leaving the building through a side door.",
                           "Senator Tom Hill said the vote was \"a disgrace\" on Tuesday as protesters gathered outside in the rain.",
                           "Mayor says budget \"a mess\" as council delays vote"})
    EXPECT_EQ(of_kind(extract(text), Kind::indirect), nullptr) << text;
  // (a clause that is the quoted words and little else: the partial alone)
  for (const char* text : {"Kyle Richards told the couple she \"will say a special prayer for Jack tonight.\"",
                           "Olivia Culpo said she was \"sending love, prayers, and positive energy\" to Teigen and Legend."}) {
    Document p = extract(text);
    ASSERT_EQ(p.quotes.size(), 1u) << text;
    EXPECT_EQ(p.quotes[0].kind, Kind::partial) << text;
  }
}

TEST(Mixed, AParticiplesClauseHoldsTheQuotedWordsToo) {
  std::string t = "Trump spoke on Monday, saying the city embodied the \"bravery and soul of America.\"";
  Document d = extract(t, clauses());
  const Quote* q = find(d, "bravery");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::partial);
  EXPECT_EQ(at(t, q->start, q->end), "the city embodied the \"bravery and soul of America.\"");
  // the participle's object is no clause: only the quoted words (PolNeAR's reading aside)
  std::string u = "Trump spoke on Monday, calling him a \"stiff.\"";
  Document e = extract(u, clauses());
  const Quote* r = find(e, "stiff");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(at(u, r->start, r->end), "stiff.");
}

TEST(Mixed, QuotedWordsAfterASecondVerbAreItsReport) {
  std::string t = "Trump praised the senator\u2019s record and said the senator can \u201cbring positive change.\u201d";
  Document d = extract(t, clauses());
  const Quote* q = find(d, "bring positive change");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "said");
  EXPECT_EQ(at(t, q->start, q->end), "the senator can \u201cbring positive change.\u201d");
}

TEST(Reported, AWritersRelativeClauseAfterTheReportIsNoTrailingCue) {
  std::string t = "Trump said that the contest had been rigged against him, a charge that party leaders denied.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // and no part of the report either
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the contest had been rigged against him");
}

TEST(Mixed, AnObjectWithQuotedWordsEndsBeforeTheSubjectsNextVerb) {
  Options o = clauses(all_attributions());
  std::string t = "Mr. Trump called the demonstrators \"my friends\" and showed flashes of compassion.";
  Document d = extract(t, o);
  const Quote* q = find(d, "my friends");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(at(t, q->start, q->end), "the demonstrators \"my friends\"");
}

TEST(Reported, APluralsPossessiveApostropheIsNoQuotationMark) {
  // the apostrophe after "Sanders" closes no quote: the sentence is the writer's, and reports
  std::string t = "Sanders\u2019 aides say the campaign has no desire to fight. The voters' anger grew, she said.";
  EXPECT_EQ(first_mention(t), "Sanders\u2019 aides");
  EXPECT_EQ(first_words(t), "the campaign has no desire to fight");
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(at(t, d.quotes[1].start, d.quotes[1].end), "The voters' anger grew");
  // a single quotation still closes on the same shape
  EXPECT_EQ(first_words("He called it 'the worst of times' on Monday."), "the worst of times");
}

TEST(Reported, APluralSubjectCapitalisedOnlyToOpenTheSentence) {
  // "sources" is no name, and "Sources say" is its subject and verb
  EXPECT_EQ(first_mention("Sources say the governor will resign on Friday."), "Sources");
  // a poll's share opening the clause, with the words that lead it
  EXPECT_EQ(first_mention("A mere 9 percent say they would buy American cars."), "A mere 9 percent");
  EXPECT_EQ(first_mention("Observers say the party has changed a great deal."), "Observers");
}

TEST(Reported, TheMainClauseAfterARelativeClausesReportOfANounPhrase) {
  Options o = all_attributions();
  std::string t = "Bernie Sanders spoke. Sanders, who has already sent fundraising pleas on his behalf, said he may campaign for him.";
  Document d = extract(t, o);
  const Quote* q = find(d, "may campaign");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "said");
  EXPECT_EQ(q->speaker, "Bernie Sanders");
  EXPECT_EQ(at(t, q->start, q->end), "he may campaign for him");
}

TEST(Reported, WhatFollowsAnInterruptingCueIsNotAlwaysTheReport) {
  // a name before the comma is the first piece, not a link word
  std::string t = "Mike Sexton spoke. Greensboro, Sexton said, made him question the rhetoric.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(t, d.quotes[0], 0), "Greensboro");
  // a clause of time goes on with the report
  EXPECT_EQ(first_words("Jane Ripert spoke. In 1990, Ms. Ripert said, when she was earning little, a boss invited her."),
            "In 1990, Ms. Ripert said, when she was earning little, a boss invited her");
  // a description of the speaker after an inverted cue, a time, a participle: not the report
  EXPECT_EQ(first_words("That will be true up to a point, said Sherman, a reporter whose zeal has driven others off the beat."),
            "That will be true up to a point");
  EXPECT_EQ(first_words("Clinton won the primary, the AP declared on Thursday, two days after voters went to the polls."),
            "Clinton won the primary");
  EXPECT_EQ(first_words("The family soured on him, the Post reported, citing an anonymous source."), "The family soured on him");
}

TEST(Reported, ShortObjectsOfAPositionTakenWithPolnearsNotion) {
  Options o = all_attributions();
  EXPECT_EQ(first_words("Democrats support Clinton.", o), "Clinton");
  EXPECT_EQ(first_words("Most voters backed the plan.", o), "the plan");
  EXPECT_EQ(first_words("Seventy percent of Democrats said yes.", o), "yes");
  // not in the default reading: no words were reported
  EXPECT_EQ(first_words("Democrats support Clinton."), "(none)");
}

TEST(Reported, QuestionsPutWithPolnearsNotion) {
  Options o = all_attributions();
  // a passive: no one asks, and the one asked is not the speaker
  std::string t = "During an interview, the actress was asked if she had ever been discriminated against.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "was asked");
  EXPECT_FALSE(d.quotes[0].speaker_mention);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "if she had ever been discriminated against");
  // the one asked and what he was asked to do, in two pieces
  std::string u = "Marco Rubio was asked to name a single achievement.";
  Document e = extract(u, o);
  ASSERT_EQ(e.quotes.size(), 1u);
  ASSERT_EQ(e.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(u, e.quotes[0], 0), "Marco Rubio");
  // in a sentence with a quotation, the question in the writer's words
  std::string v = "\"You bet I would,\" Christie said when asked whether he would issue a quarantine.";
  EXPECT_NE(find(extract(v, o), "whether he would issue a quarantine"), nullptr);
  // an active verb of asking reports its question after the one asked
  EXPECT_EQ(first_words("Rubin asked the students if they were always so serious.", o), "if they were always so serious");
}

TEST(Reported, WhatAThingSeemsWithPolnearsNotion) {
  Options o = all_attributions();
  // the subject and its predicate, no one's words
  std::string t = "As the fires burned, the campaign team appeared paralyzed.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_FALSE(d.quotes[0].speaker_mention);
  ASSERT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(t, d.quotes[0], 0), "the campaign team");
  EXPECT_EQ(piece(t, d.quotes[0], 1), "paralyzed");
  // the predicate ends before a clause of its own
  std::string u = "He appears somewhat uneasy when asked about his politics.";
  Document e = extract(u, o);
  ASSERT_FALSE(e.quotes.empty());
  ASSERT_EQ(e.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(u, e.quotes[0], 1), "somewhat uneasy");
  // an empty subject: the clause
  EXPECT_EQ(first_words("It appears, though, that the final game was not boring to everyone.", o),
            "that the final game was not boring to everyone");
  // in the default reading nothing is reported
  EXPECT_EQ(first_words(t), "(none)");
}

TEST(Sieves, TheWholePhraseOfASpeakerWithANameInside) {
  Options o = all_attributions();
  EXPECT_EQ(first_mention("These voters said the plan would fail.", o), "These voters");
  // a noun right after a determiner before "of" heads the phrase, not a verb before it
  EXPECT_EQ(first_mention("The city of Phoenix said the plan would fail.", o), "The city of Phoenix");
  EXPECT_EQ(first_mention("A chorus of prominent Republicans said the plan would fail.", o), "A chorus of prominent Republicans");
  EXPECT_EQ(first_mention("The ad uses footage of Hillary Clinton asking, \"Why am I not ahead?\"", o), "Hillary Clinton");
  // two names after a preposition: both in the phrase
  EXPECT_EQ(first_mention("Recent polls in Pennsylvania and Virginia show the race is tight.", o),
            "Recent polls in Pennsylvania and Virginia");
}

TEST(Sieves, PhrasesBeforeANameThatArePartOfItsSpeakerPhrase) {
  Options o = all_attributions();
  // capitalised only to open the sentence, a modifier of the head
  EXPECT_EQ(first_mention("Recent polling shows the race is tight.", o), "Recent polling");
  // the body whose person the name is, with the apostrophe of a plural or without a mention
  EXPECT_EQ(first_mention("RealClearPolitics\u2019 David Byler said the race is tight.", o), "RealClearPolitics\u2019 David Byler");
  EXPECT_EQ(first_mention("Gallup\u2019s Jeffrey M. Jones said the race is tight.", o), "Gallup\u2019s Jeffrey M. Jones");
  // a state after the place a person is from: the person speaks
  Document d = extract("Betsy Sharp of Burke County, Georgia, said the race is tight.", o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Betsy Sharp");
  EXPECT_EQ(mention(&d.quotes[0]), "Betsy Sharp of Burke County, Georgia");
}

TEST(Reported, AskedAboutIsTheCueWithItsPreposition) {
  Options o = all_attributions();
  std::string t = "He was asked about the plan.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "was asked about");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the plan");
  // a poll's share takes a position
  EXPECT_EQ(first_mention("A majority of Republicans support the plan to cut taxes.", o), "A majority of Republicans");
  EXPECT_EQ(first_mention("40 percent support the plan to cut taxes.", o), "40 percent");
}

TEST(Reported, ARelativePronounAsTheReportedSubjectIsAPieceWithPolnearsNotion) {
  Options o = all_attributions();
  std::string t = "The rules, which officials said will take effect in May, will not apply to all.";
  Document d = extract(t, o);
  const Quote* q = find(d, "take effect");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->spans.size(), 2u);
  EXPECT_EQ(piece(t, *q, 0), "which");
  EXPECT_EQ(piece(t, *q, 1), "will take effect in May");
  // the default reading reports the clause alone
  EXPECT_EQ(first_words(t), "will take effect in May");
}

TEST(Reported, AccordingToBetweenCommasAndLinksOfSeveralWords) {
  Options o = all_attributions();
  std::string t = "One of the decisions they made, according to a person close to the process, is to fight back.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "according to");
  EXPECT_EQ(mention(&d.quotes[0]), "a person close to the process");
  ASSERT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(piece(t, d.quotes[0], 0), "One of the decisions they made");
  // a link of several words opening the sentence is no piece of the report
  EXPECT_EQ(first_words("In addition, according to the department, nine million more workers will be protected.", o),
            "nine million more workers will be protected");
  EXPECT_EQ(first_words("In fact, the plan is dead, he said."), "the plan is dead");
  // "But" opening the sentence: out by default, in PolNeAR's spans (with no comma after it)
  EXPECT_EQ(first_words("But the new plan is still tilted toward the rich, he said."), "the new plan is still tilted toward the rich");
  EXPECT_EQ(first_words("But the new plan is still tilted toward the rich, he said.", all_attributions()),
            "But the new plan is still tilted toward the rich");
  EXPECT_EQ(first_words("But, he said, the plan is dead.", all_attributions()), "the plan is dead");
  EXPECT_EQ(first_words("And the plan is dead, he said.", all_attributions()), "the plan is dead");
}

TEST(Reported, AnInterruptingCueWithTheOneSpokenToAndARelativeClauseInItsSubject) {
  // past the one spoken to and a time
  std::string t = "Sam Levin spoke. The difference now, he told me on Friday, is that he is the anchor.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "told");
  EXPECT_EQ(d.quotes[0].speaker, "Sam Levin");
  // a relative clause inside the phrase of a trailing cue's subject
  EXPECT_EQ(first_mention("The deals did not require witnesses to cooperate, sources who reviewed them told reporters."),
            "sources who reviewed them");
}

TEST(Reported, ALongRelativeClauseBetweenTheSubjectAndItsCue) {
  std::string t = "Connie Mariano spoke. Dr. Connie Mariano, who as a Navy captain was the White House physician in the "
                  "administration of former President Bill Clinton and later retired from the service as a rear admiral, "
                  "said that in 1998 Clinton allowed her staff to think so.";
  Document d = extract(t, bytes());
  const Quote* q = find(d, "allowed her staff");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Connie Mariano");
  EXPECT_EQ(cue(q), "said");
}

TEST(Reported, FindingsOfStudiesAndPolls) {
  Options o = all_attributions();
  // a verb of writing reports a clause (an auxiliary in it) in either reading
  std::string t = "Mexico kept its cool, though an arbitration panel in 2001 found the United States was in breach.";
  EXPECT_EQ(first_words(t), "the United States was in breach");
  EXPECT_EQ(first_mention(t), "an arbitration panel");
  // and, for PolNeAR, what it found; a number alone is no time after the cue
  std::string u = "A 2014 study by a law professor found 31 incidents of voter impersonation.";
  EXPECT_EQ(first_words(u, o), "31 incidents of voter impersonation");
  EXPECT_EQ(first_mention(u, o), "A 2014 study by a law professor");
  EXPECT_EQ(first_words(u), "(none)");
  // not a phrase with a participle or a relative clause after a verb of posting
  EXPECT_EQ(first_words("Trump also retweeted an unflattering photo of her contrasted with a photo of his wife."), "(none)");
  // a participle and its time inside the subject, a slash between names
  std::string v = "The latest Reuters/Ipsos poll released Friday shows that Clinton leads Trump by 5 points.";
  EXPECT_EQ(first_mention(v, o), "The latest Reuters/Ipsos poll released Friday");
  // an -s form before another is a noun: "reports shows"
  Document d = extract("Donations rose to $1 billion, an analysis of campaign-finance reports shows.", o);
  for (const Quote& q : d.quotes) EXPECT_NE(cue(&q), "reports");
}

TEST(Reported, APositionTakenWithAPrepositionOrAsABelief) {
  Options o = all_attributions();
  std::string t = "Twelve senators voted against the bill.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "voted against");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the bill");
  EXPECT_EQ(first_words("Critics see the plan as a giveaway.", o), "the plan as a giveaway");
  EXPECT_EQ(first_words("Twelve senators voted against the bill."), "(none)");
}

TEST(Reported, AVerbOfPostingReportsNoPhraseWithTheWritersNextClause) {
  // "shared her condolences": the thing shared, and "while also praising ..." the writer's clause
  EXPECT_EQ(first_words("Sunny Hostin, who lost a baby, shared her condolences while also praising Teigen for being so open."),
            "(none)");
}

TEST(Reported, WhatAPollFoundWithPolnearsNotion) {
  Options o = all_attributions();
  // the poll first, with its participle's phrase
  std::string t = "In the previous national poll, conducted in early September, Clinton led Trump by 5 points.";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "In");
  EXPECT_EQ(mention(&d.quotes[0]), "the previous national poll, conducted in early September");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "Clinton led Trump by 5 points");
  // the poll ending the sentence, the clause after the sentence's opening phrase
  std::string u = "Despite the pronouncements, she did not receive a bump in one of the first polls to emerge.";
  EXPECT_EQ(first_words(u, o), "she did not receive a bump");
  // a comparison is no poll's phrase
  EXPECT_EQ(first_words("Her rating fell from 58 percent in the last poll to 55 percent now.", o), "(none)");
  // no poll is anyone's words in the default reading
  EXPECT_EQ(first_words(t), "(none)");
}

TEST(Reported, AnSFormBetweenAnAdjectiveAndASpeakersNounIsPartOfTheNoun) {
  Options o = all_attributions();
  Document d = extract("Lawyers think a federal appeals court ruling could decide the case.", o);
  for (const Quote& q : d.quotes) EXPECT_NE(cue(&q), "appeals");
}

TEST(Reported, AnAdverbOfTimeBetweenSpeakerAndCue) {
  // "has long argued", "has since said", "have always", and "now"/"first" right before the verb
  EXPECT_EQ(first_words("Critics, including consumer advocate Ralph Nader, have long argued that regulators are too cozy."),
            "regulators are too cozy");
  EXPECT_EQ(first_mention("The company has since said it will appeal the ruling."), "The company");
  EXPECT_EQ(first_words("Republicans have always argued that taxes are too high."), "taxes are too high");
  EXPECT_EQ(first_words("Mary Smith runs the firm. Smith now says the wall will be paid for later."),
            "the wall will be paid for later");
  EXPECT_EQ(first_words("Mary Smith runs the firm. Smith first said the money was a loan."), "the money was a loan");
  EXPECT_EQ(first_mention("The NCDC had earlier said that 1,270 cases had been recorded."), "The NCDC");
  EXPECT_EQ(first_mention("Bornstein's earlier letter on Trump was widely ridiculed for its prediction that he would be \"the "
                         "healthiest individual ever elected.\""),
            "Bornstein's earlier letter on Trump");
  // (elsewhere "now" and "first" describe a noun: the appositive is the speaker's)
  EXPECT_EQ(first_mention("Corey Lewandowski, now a paid commentator, has denied that the campaign paid him."),
            "Corey Lewandowski, now a paid commentator");
}

TEST(Reported, APluralNounWithoutAnSIsASubjectOfTheBaseForm) {
  EXPECT_EQ(first_mention("The suspect fled on foot, police say."), "police");
  EXPECT_EQ(first_mention("Many people say the policy is unfair."), "Many people");
  EXPECT_EQ(first_words("Officials familiar with the matter say the deal is close."), "the deal is close");
  EXPECT_TRUE(extract("Officials from his home state left a note.").quotes.empty());
}

TEST(Reported, ARelativeClauseWithAVerbOfSpeakingDoesNotInterrupt) {
  std::string t = "The officials, who spoke on condition of anonymity, said the talks had stalled, and added that a deal was unlikely.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the talks had stalled");
  EXPECT_EQ(mention(&d.quotes[0]), "The officials");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(cue(&d.quotes[1]), "added");
  EXPECT_EQ(mention(&d.quotes[1]), "The officials");
}

TEST(Reported, ANameAndItsOwnVerbAreNoSubjectPhrase) {
  // "calls" after "took" is a noun: no cue "calls on", no speaker "Sharpton took"
  EXPECT_TRUE(extract("Al Sharpton took calls on his \"Keepin' It Real\" show.").quotes.empty());
  EXPECT_TRUE(extract("The Rev. Al Sharpton began taking calls on his \"Keepin' It Real\" show.").quotes.empty());
  // (two names joined, each with its bracket: no cue "credits", no speaker "… debated tax")
  Options all = all_attributions();
  EXPECT_TRUE(extract("Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits at what is called a \"debate\".", all)
                  .quotes.empty());
  EXPECT_TRUE(extract("Sens. Rand Paul and Marco Rubio debated tax credits at what is called a \"debate\".", all).quotes.empty());
  // (a name before a noun is a phrase: "the Democratic platform reflects")
  EXPECT_EQ(first_mention("The New York businessman says the deal is done."), "The New York businessman");
  EXPECT_EQ(first_mention("Trump supporters say the election was stolen."), "Trump supporters");
}

TEST(Reported, ANameBeforeARoleDescribesTheNameAfterIt) {
  Document d = extract("Brentford boss Thomas Frank praised his team, saying they \"deserved\" the win.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Thomas Frank");
  EXPECT_EQ(mention(&d.quotes[0]), "Brentford boss Thomas Frank");
}

TEST(Reported, ANameThatDescribesTheSubjectsNounIsNoSubject) {
  // (the name describes "cafe", the noun a verb follows, in what "of" governs: the phrase speaks)
  Document d = extract("The owner of a beloved Westport cafe has vowed to reopen, saying the town \"deserves nothing less\".");
  const Quote* q = nullptr;
  for (const Quote& x : d.quotes)
    if (x.kind == Kind::partial) q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "saying");
  EXPECT_NE(q->speaker, "Westport");
  EXPECT_TRUE(q->speaker.starts_with("The owner")) << q->speaker;
}

TEST(Reported, AParticipleAfterAThingsClauseIsTheSubordinateSubjects) {
  // (a plural of things, "The talks", cannot speak: the subject of the clause "after" opens does)
  Document d = extract("The talks collapsed on Friday after the union walked out, saying the offer was \"an insult to every "
                       "nurse\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "saying");
  EXPECT_EQ(mention(&d.quotes[0]), "the union");
  // (people may: "Residents", a speaker's plural, go on speaking)
  d = extract("Residents gathered on Friday after the council voted, saying the plan was \"a betrayal\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Residents");
}

TEST(Speaker, APlacesNameBeforeARolesNounIsThePhrasesNotWhoSpeaks) {
  // ("The York Central MP": the MP, a phrase of no name, not the place; a verb's -s form after a
  // body's name is the cue, "The Washington Post reports")
  for (const char* t : {"Rachael Maskell voted against it. The York Central MP said: \"These are people who worked.\"",
                        "Rachael Maskell voted against it. The York Central MP said the letters kept coming."}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].speaker, "The York Central MP") << t;
  }
  EXPECT_EQ(only_speaker("The Washington Post reports that the talks were over."), "Washington Post");
}

TEST(Reported, AParticipleSetOffByCommasIsAnAside) {
  Document d = extract("Former United defender Gary Neville, speaking on his podcast, described the performance as \"embarrassing\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gary Neville");
  EXPECT_EQ(cue(&d.quotes[0]), "described");
}

TEST(Reported, ALowerCaseParticleInsideAName) {
  Document d = extract("Erik ten Hag insists his side can still finish in the top four.\n\n\"We need to be more consistent,\" ten Hag said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Erik ten Hag");
  EXPECT_EQ(d.quotes[1].speaker, "Erik ten Hag");
}

TEST(Reported, WhatSomeoneDidNotSayIsNotReportedAsSaid) {
  for (const char* t : {"Trump did not say he would accept the results.", "Trump never said he would accept the results.",
                        "Smith didn\u2019t say the plan was dead.",
                        "The Recording Academy did not respond to a request for comment."})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
  EXPECT_EQ(first_words("Smith said the plan was not dead."), "the plan was not dead");
  // (PolNeAR's notion marks them)
  Options o = all_attributions();
  EXPECT_EQ(first_words("Trump did not say he would accept the results.", o), "he would accept the results");
}

TEST(Reported, APhraseOfPlaceOrTimeAloneIsNoTrailingReport) {
  EXPECT_TRUE(extract("In Georgia, the crowd cheered.").quotes.empty());
  EXPECT_EQ(first_words("In the end, the plan failed, the senator said."), "In the end, the plan failed");
}

TEST(Reported, ASourceCloseToSomeone) {
  // (a cue's form after a determiner is a noun; the one the source is close to does not speak)
  EXPECT_EQ(first_mention("Sources close to the talks said the deal was done."), "Sources close to the talks");
  Document d = extract("\"It is over,\" said a source close to Hillary Clinton.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "a source close to Hillary Clinton");
  EXPECT_NE(d.quotes[0].speaker, "Hillary Clinton");
  EXPECT_EQ(first_mention("\"It is over,\" according to a person familiar with the talks."),
            "a person familiar with the talks");
}

TEST(Reported, ASubjectPronounAfterAVerbOfTellingIsTheClausesNotTheOneSpokenTo) {
  Document d = extract("Leilani Farha said the funding was welcome but warned it would not help renters.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(cue(&d.quotes[1]), "warned");
  EXPECT_EQ(d.quotes[1].text, "it would not help renters");
  EXPECT_EQ(first_words("Smith told him the deal was off."), "the deal was off");
}

TEST(Reported, AnInterruptingCueBeforeAShortEnd) {
  std::string t = "The decision, Mary Smith said, was final.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(piece(t, d.quotes[0], 0), "The decision");
  EXPECT_EQ(piece(t, d.quotes[0], 1), "was final");
}

TEST(Attribution, AVerbOfThoughtRightAfterAnUtteranceIntroducesIt) {
  Document d = extract("\"We will be fine,\" agreed Mary Smith.\n\n\"We will be fine,\" Tom Reyes agreed.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Mary Smith");
  EXPECT_EQ(cue(&d.quotes[0]), "agreed");
  EXPECT_EQ(d.quotes[1].speaker, "Tom Reyes");
  // (not reported speech of its own in the default reading)
  EXPECT_TRUE(extract("Tom Reyes agreed that the plan was a good one.").quotes.empty());
}

TEST(Attribution, AGesturesVerbRightAfterAnUtteranceIntroducesIt) {
  // ('"…," shrugged market trader Ayo Bello', '"…," she laughed'; data/cues.tsv class gesture)
  Document d = extract("\"Prices go up, prices go down,\" shrugged market trader Ayo Bello.\n\n\"Maybe,\" Rosa Diaz laughed.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Ayo Bello");
  EXPECT_EQ(cue(&d.quotes[0]), "shrugged");
  EXPECT_EQ(d.quotes[1].speaker, "Rosa Diaz");
  EXPECT_EQ(cue(&d.quotes[1]), "laughed");
  // (nowhere else: no report of its own, in either reading)
  EXPECT_TRUE(extract("She smiled that he was late.").quotes.empty());
  EXPECT_TRUE(extract("She smiled that he was late.", all_attributions()).quotes.empty());
}

TEST(Reported, AParticipleDescribingTheSubjectIsNoCueAndANameItGovernsNoSpeaker) {
  std::string t = "A new study published Wednesday in the journal Nature suggests that reefs could recover.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "suggests");
  EXPECT_EQ(mention(&d.quotes[0]), "A new study published Wednesday in the journal Nature");
  EXPECT_NE(d.quotes[0].speaker, "Nature");
}

TEST(Reported, ANounLikeACueAfterAPrepositionIsNoVerb) {
  // (the stop at the sentence's own verb is for a participle that describes a noun only)
  EXPECT_EQ(first_words("Smith said in remarks Tuesday that the economy was strong."), "the economy was strong");
  EXPECT_EQ(first_words("Jones wrote in comments posted online that the plan would fail."), "the plan would fail");
  EXPECT_EQ(first_words("Brown told her he would resign."), "he would resign");
  EXPECT_EQ(first_mention("The Labour left says the manifesto is too timid."), "The Labour left");
  EXPECT_EQ(first_mention("\"No deal yet,\" said an official close to the negotiations in Brussels."),
            "an official close to the negotiations");
}

TEST(Reported, QuotedByAnOutletAsSaying) {
  std::string t = "Mary Smith was quoted by Reuters as saying that the decision was final.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mary Smith");
  EXPECT_EQ(cue(&d.quotes[0]), "was quoted by Reuters as saying");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the decision was final");
}

TEST(Reported, ANounAndAnIrregularPastAreAClause) {
  EXPECT_EQ(first_words("The company said profits fell sharply in the third quarter."), "profits fell sharply in the third quarter");
  EXPECT_EQ(first_words("The firm said sales fell."), "sales fell");
  EXPECT_EQ(first_words("He said goodbye to the crowd."), "(none)");
}

TEST(Sieves, ASurnameAfterAQuoteThatACommaEndsIsAName) {
  Document d = extract("\"We will win,\" Ramos, a Democrat, said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ramos");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Sieves, ARelativeClausesVerbIsNoCue) {
  Document d = extract("\"It is a mess,\" an official, who asked not to be named, said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "an official");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // asking not to be named reports nothing
  Document e = extract("An official, who asked not to be named, said the plan was dead.");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(cue(&e.quotes[0]), "said");
  EXPECT_EQ(first_mention("The plan is dead, an official, who asked not to be named, said."), "an official");
  EXPECT_EQ(first_mention("The plan is dead, Ramos, a Democrat, said."), "Ramos, a Democrat");
  // the words before the speaker and its description need a verb of their own
  EXPECT_EQ(first_words("Jane Roe, 18, from Lee County, Fla., disagrees."), "(none)");
}

TEST(Sieves, ARoleWithoutCapitalsBeforeTheNameDescribesIt) {
  Document d = extract("\"There is no cover-up,\" said police chief Tomas Reyes.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tomas Reyes");
  EXPECT_EQ(mention(&d.quotes[0]), "police chief Tomas Reyes");
  EXPECT_EQ(first_mention("\"It works,\" said police chief."), "police chief");
}

TEST(Mixed, TheClauseHoldsBothMarksAndNoMoreThanItsOwnWords) {
  EXPECT_EQ(first_words("Nadia Quist said she was \"deeply disappointed.\"", clauses()), "she was \"deeply disappointed.\"");
  EXPECT_EQ(first_words("Gemma Price said \"enough is enough\" and walked out.", clauses()), "enough is enough");
  EXPECT_EQ(first_words("He said the man was \"arrested\" and charged with assault.", clauses()),
            "the man was \"arrested\" and charged with assault");
  // the clause before a trailing cue goes on after the quoted words
  EXPECT_EQ(first_words("The police were \"very committed\" to hearing from victims, Smith said.", clauses()),
            "The police were \"very committed\" to hearing from victims");
}

TEST(Sieves, APluralOfCommonNounsAfterAQuote) {
  EXPECT_EQ(first_mention("\"The catch is down,\" farmers say."), "farmers");
  EXPECT_EQ(first_mention("\"The catch is down,\" fishermen say."), "fishermen");
  EXPECT_EQ(first_mention("\"The catch is down,\" say local fishermen."), "local fishermen");
  EXPECT_EQ(first_mention("The plan is a disaster, women say."), "women");
}

TEST(Sieves, AQuoteInAClauseOfItsOwnAfterTheCueIsThatClausesSpeakers) {
  Document d = extract("\"The plan works,\" the mayor said, though critics called it \"a gimmick.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[1]), "critics");
  EXPECT_EQ(cue(&d.quotes[1]), "called");
  Document e = extract("\"This is a great day,\" said Nora Vidal, before adding that she expected \"a long fight ahead.\"");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(cue(&e.quotes[1]), "adding");
  EXPECT_EQ(e.quotes[1].speaker, "Nora Vidal");
}

TEST(Reported, NoWordsReported) {
  EXPECT_EQ(first_words("Ahmed Farouk said nothing when asked about the fine."), "(none)");
  EXPECT_EQ(first_words("Pedro Alves thanked coach Marta Ribeiro for her trust."), "(none)");
  // "it" and an adverb of when or how often: what was said, not its words
  EXPECT_EQ(first_words("Dana Ruiz said it again on Monday."), "(none)");
  EXPECT_EQ(first_words("We have been clear about that, and I will say it twice."), "(none)");
  // (but the adverb inside a clause: "prices again rose"; "not" after a contraction's auxiliary)
  EXPECT_EQ(first_words("Dana Ruiz said prices again rose in May."), "prices again rose in May");
  EXPECT_EQ(first_words("Dana Ruiz says he's not even a candidate."), "he's not even a candidate");
  // the subject of a passive cue is not its speaker
  Document d = extract("The president is said to have told aides, \"We will win.\"");
  for (const Quote& q : d.quotes) EXPECT_NE(q.kind, Kind::indirect);
  // a verb's object is no report in the default reading, but for PolNeAR's notion
  EXPECT_EQ(first_words("Smith told a joke about the senator."), "(none)");
  EXPECT_EQ(first_words("Senate Democrats rejected a border security package proposed by Sen. Marcus Hartwell."), "(none)");
  Options all = all_attributions();
  EXPECT_EQ(first_words("He has proposed nothing that would raise his own taxes.", all), "nothing that would raise his own taxes");
}

TEST(Sieves, CoordinatedSpeakersAreOnePhrase) {
  EXPECT_EQ(first_mention("Smith, Doe and Lee all said the plan was flawed."), "Smith, Doe and Lee");
  EXPECT_EQ(first_mention("However, Doe and Lee said the plan was flawed."), "Doe and Lee");
  // the first with its title's words, when a description of both follows
  EXPECT_EQ(first_mention("Senate leader Phil Berger and Speaker Tim Moore, both Republicans, said the budget would pass."),
            "Senate leader Phil Berger and Speaker Tim Moore");
  EXPECT_EQ(first_mention("Brothers John and Brian Meza, 22 and 19, said the race was close."), "Brothers John and Brian Meza");
  Document d = extract("\"Nobody should be surprised,\" said Tomas Berg and Ana Rios.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tomas Berg and Ana Rios");
}

TEST(Sieves, ADashBetweenTheQuoteAndItsAttribution) {
  EXPECT_EQ(extract("\"We are finished\" \u2014 said coach Ivan Petrov.").quotes.at(0).speaker, "Ivan Petrov");
  EXPECT_EQ(extract("\"We are finished\"\u2014coach Ivan Petrov said.").quotes.at(0).speaker, "Ivan Petrov");
  EXPECT_EQ(extract("\"Inflation is coming down\" \u2014 Central bank governor Paulo Reis").quotes.at(0).speaker, "Paulo Reis");
}

TEST(Reported, ANumbersPhraseOpensAClause) {
  EXPECT_EQ(first_words("Sheriff Ray Collins said at least 14 residents had reported the calls."),
            "at least 14 residents had reported the calls");
  EXPECT_EQ(first_mention("Officials said about 30 people died."), "Officials");
  // a participle is no clause's verb, a number's phrase with no verb no report
  EXPECT_EQ(first_words("Chef Tomas Reyna announced the closure on Instagram Thursday, citing a rent increase."), "(none)");
}

TEST(Sieves, NoCueInAPrepositionsObjectOrAnotherVerb) {
  Document d = extract("Their former castmate Tia Rivers commented on Brielle's post: \"Sending you both so much love.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tia Rivers");
  // (after "her", "his": the verb before it, or the subject of the colon's lead-in)
  Document r = extract("Birgit Sandvik wrote in her report: \"The cables are old.\"");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(cue(&r.quotes[0]), "wrote");
  EXPECT_EQ(mention(&r.quotes[0]), "Birgit Sandvik");
  Document b = extract("Birgit Sandvik was blunt about it in her report: \"The cables are old.\"");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker, "Birgit Sandvik");
  EXPECT_NE(cue(&b.quotes[0]), "report");
  EXPECT_TRUE(extract("Dev Malhotra has called off the last 31 dates of his \"Neon Monsoon\" world tour.").quotes.empty());
  EXPECT_TRUE(extract("Pop star Delphine Arcos and actor Theo Vantreight have called it quits.").quotes.empty());
  // a base form between a comma and "of" is a noun describing a name: "Robert Lacey, author of …, said"
  Document lc = extract("Royal biographer Robert Lacey, author of Battle of Brothers, said the statement was \"unusually firm\".");
  ASSERT_EQ(lc.quotes.size(), 1u);
  EXPECT_EQ(cue(&lc.quotes[0]), "said");
  // (and the name in the description between commas, past a role's noun, speaks)
  Document ge = extract("The report's author, economist Niall Geraghty of Trinity College Dublin, said the figures were wrong.");
  ASSERT_EQ(ge.quotes.size(), 1u);
  EXPECT_EQ(ge.quotes[0].speaker, "Niall Geraghty");
  // a cue's base form after a noun's possessive is a noun: "the report's author, …"
  Document au = extract("The report's author, economist Niall Geraghty, said the figures showed that the so-called \"commuter belt\" "
                        "now reached Longford.");
  for (const auto& q : au.quotes) EXPECT_EQ(cue(&q), "said") << q.text;
  // going on to do something is no report; going on to say something is
  EXPECT_TRUE(extract("Ted Cruz beat David Dewhurst in the runoff and went on to defeat his Democratic opponent.").quotes.empty());
  Document on = extract("\"We won,\" Cruz said. He went on to say the win was earned.");
  ASSERT_EQ(on.quotes.size(), 2u);
  EXPECT_EQ(on.quotes[1].speaker, "Cruz");
  // "add to" the evidence reports nothing; "added to reporters" is a verb of saying and its addressee
  for (const char* s : {"The findings add to a growing body of evidence that bees sense electric fields.",
                        "The delay added to the company's concerns that the project would fail."})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  for (const char* s : {"\"We are ready,\" Ann Ruiz added to reporters.", "\"We are ready,\" Ann Ruiz added to Tom Lee."}) {
    Document a = extract(s);
    ASSERT_EQ(a.quotes.size(), 1u) << s;
    EXPECT_EQ(a.quotes[0].speaker, "Ann Ruiz") << s;
  }
}

TEST(Reported, AOneWordNameBeforeADescriptionBetweenCommas) {
  EXPECT_EQ(first_mention("Smith, a lawyer, said the strike would go ahead."), "Smith, a lawyer");
  EXPECT_EQ(first_words("The vote was held. Smith, 45, told reporters the strike was over."), "the strike was over");
  EXPECT_EQ(first_mention("Smith, however, said the strike was over."), "Smith");
  EXPECT_TRUE(extract("Paris, the capital, is quiet.").quotes.empty());
}

TEST(Reported, TheOneToldAndAnAdverbAreNoPartOfTheContent) {
  EXPECT_EQ(first_words("The minister told parliament the army would withdraw by March."), "the army would withdraw by March");
  EXPECT_EQ(first_words("Smith told her the office would close."), "the office would close");
  EXPECT_EQ(first_words("The governor had said earlier that the state would not pay."), "the state would not pay");
  EXPECT_EQ(first_words("The aide said at least four Democrats had concerns."), "at least four Democrats had concerns");
  // an adverb of when and a time together, in either order
  EXPECT_EQ(first_words("The agency said later it had filed an appeal."), "it had filed an appeal");
  EXPECT_EQ(first_words("Ryder replied later Saturday that the dispute was a misunderstanding."),
            "the dispute was a misunderstanding");
  EXPECT_EQ(first_words("Jones said recently the plan was dead."), "the plan was dead");
  EXPECT_EQ(first_words("He said later."), "(none)");
}

TEST(Reported, ANounSubjectSaidInAStatement) {
  // "said" after a noun is the verb, and "statement" a noun of report, not the sentence's verb
  EXPECT_EQ(first_words("A spokesperson said in a statement that the company would appeal."), "the company would appeal");
  EXPECT_EQ(first_words("The club said in a statement it would retire her shirt."), "it would retire her shirt");
  EXPECT_EQ(first_words("The club said in a statement on Monday that it would retire her shirt."), "it would retire her shirt");
  // (a participle that describes the noun before it is still no report of it)
  EXPECT_EQ(first_mention("A new study published Wednesday in the journal Nature suggests that bees dream."),
            "A new study published Wednesday in the journal Nature");
}

TEST(Reported, AVerbAfterAndThatSpeaksOnlyWhenItReportsTheQuote) {
  // "and that Ruckert would sign a clean budget "…"": the words are still the first speaker's
  Document d = extract("Tennant told reporters that the governor \"is not going to be lectured\" and that Ruckert would sign a "
                       "clean budget \"the minute it hits his desk.\"");
  ASSERT_FALSE(d.quotes.empty());
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Tennant") << q.text;
  // (a verb of saying there is the clause's own speaker's)
  EXPECT_EQ(last_speaker("Tennant told reporters that the governor \"is not going to be lectured\" and that Ruckert said the "
                         "budget was \"dead on arrival.\""),
            "Ruckert");
}

TEST(Reported, ANameEndingWithAWordOfTimeSpeaks) {
  // "USA Today" is no time; a day's name after a subject is ("Mayor Smith Monday said")
  EXPECT_EQ(only_speaker("USA Today reported that the singer would rest."), "USA Today");
  EXPECT_EQ(only_speaker("\"It is over,\" said USA Today."), "USA Today");
  EXPECT_EQ(only_speaker("Mayor Smith Monday said the plan failed."), "Smith");
  EXPECT_EQ(only_speaker("President Obama Tuesday signed the bill and said it was overdue."), "Obama");
  EXPECT_EQ(only_speaker("The mayor Monday said the plan failed."), "The mayor");
  // (and "Super Tuesday" is one name, a time)
  Document d = extract("Sanders won the caucus, claiming his third victory in the contests known as Super Tuesday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(d.quotes[0].text.ends_with("Super Tuesday")) << d.quotes[0].text;
}

TEST(Reported, APersonOfAFirmThatAPlacesNameDescribes) {
  // "Lee Da-eun of the Seoul daily Ilgan Today": the person, not the place nor the paper
  EXPECT_EQ(only_speaker("Reporter Lee Da-eun of the Seoul daily Ilgan Today reported that the singer would rest."), "Lee Da-eun");
}

TEST(Sieves, ASubheadInQuotationMarksIsNoOnesWords) {
  // "'All Bets Are Off.'" alone in its paragraph, every word capitalised: a section's title
  Document d = extract("Mr. Obama said it was dangerous.\n\n'All Bets Are Off.'\n\nEight years ago, Mr. Obama ran for office.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("Bets"), std::string::npos) << q.text;
  // (a sentence of words said, in its paragraph, stays: "'We will rebuild.'")
  EXPECT_EQ(extract("Mayor Ann Lee spoke.\n\n\"We will rebuild this town together.\"").quotes.size(), 1u);
  // (and a turn of an exchange, after a paragraph of quoted words alone, is one: "Including Poland?")
  Document x = extract("Henrik Aaltonen was pressed on the plan.\n\n\"So you cannot say they are legal?\" one reporter asked.\n\n"
                       "\"I can say that nobody around the table wants to break the law.\"\n\n\"Including Poland?\"\n\n"
                       "\"Including everybody.\"");
  ASSERT_EQ(x.quotes.size(), 4u);
  EXPECT_EQ(x.quotes[2].text, "Including Poland?");
}

TEST(Review5, TheSecondReviewsCases) {
  // the writer's word on the report, or the speaker's next, ends it
  EXPECT_EQ(first_words("Trump said the election had been stolen, without providing evidence."), "the election had been stolen");
  // nouns in -s before a past that ends its phrase; not an adjective's past
  EXPECT_TRUE(extract("In Geneva, trade talks stalled after negotiators walked out.").quotes.empty());
  EXPECT_EQ(only_speaker("The vet says injured animals are arriving every day."), "The vet");
  // a handle that is the quoted sentence's subject is no addressee, nor one of the quotation before
  Document b = extract("Biden tweeted: \"@KamalaHarris will be a great president.\"");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_TRUE(b.quotes[0].addressees.empty());
  Document m = extract("The mayor replied to the councillor, writing: \"@cllrnaomiokeke Let's take the temperature down,\" "
                       "adding: \"We all want the same thing for this town.\"");
  const Quote* second = find(m, "same thing");
  ASSERT_NE(second, nullptr);
  EXPECT_TRUE(second->addressees.empty());
  // "was how X put it" before the same speaker's participle
  EXPECT_EQ(extract("\"This is a turning point,\" was how delegate Kofi Boateng put it, adding that the vote would pass.")
                .quotes.at(0)
                .speaker,
            "Kofi Boateng");
}

TEST(Sieves, WasHowXPutItAfterTheWords) {
  EXPECT_EQ(only_speaker("\"This is a turning point,\" was how delegate Kofi Boateng put it."), "Kofi Boateng");
  EXPECT_EQ(only_speaker("\"We are broke.\" That is how the mayor put it."), "the mayor");
  // (in the present after "is", and past a description of the subject)
  EXPECT_EQ(only_speaker("\"It is a scandal,\" is how Berenike Osterhagen-Udo puts it."), "Berenike Osterhagen-Udo");
  EXPECT_EQ(only_speaker("\"We have waited since April.\" That is how Berenike Osterhagen-Udo, a tenant on the fourth floor, describes "
                         "the wait for a lift."),
            "Berenike Osterhagen-Udo");
}

TEST(Sieves, NounsThatLookLikeCuesInTheirSFormReportNothing) {
  // "most for financial reasons.", "climate talks ran": nouns; "the evidence from trade suggests
  // that", "…, the chamber of commerce estimates." report
  EXPECT_EQ(only_speaker("Ade Okonkwo said 40 events had been cancelled this year, most for financial reasons."), "Ade Okonkwo");
  EXPECT_TRUE(extract("United Nations climate talks ran past their scheduled close on Friday night.").quotes.empty());
  EXPECT_EQ(extract("The mayor says closed roads will reopen.").quotes.size(), 1u);
  EXPECT_EQ(only_speaker("The strike will cost the economy $2 billion, the chamber of commerce estimates."), "the chamber of commerce");
  EXPECT_EQ(extract("The new evidence from trade suggests that the losses were large.").quotes.size(), 1u);
}

TEST(Sieves, APassiveParticipleAndItsAgentIsNoVerbOfTheSentence) {
  // "one engineer wrote in a Slack channel seen by Reuters": "wrote", the engineer's
  Document d = extract("\"That is what they said last time,\" one engineer wrote in an internal Slack channel seen by Reuters. "
                       "\"Word for word.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(cue(&d.quotes[0]), "wrote");
  EXPECT_EQ(d.quotes[0].speaker, "one engineer");
  EXPECT_EQ(d.quotes[1].speaker, "one engineer");
}

TEST(Entities, APublicBodysNounStandsForAnothers) {
  EXPECT_EQ(only_speaker("The Dutch Safety Board opened an investigation. The agency said its findings would take a year."),
            "Dutch Safety Board");
  // (not a firm's for a department's)
  EXPECT_EQ(only_speaker("The Justice Department sued Apple on Monday. The company said it would fight."), "The company");
  // (nor a name with no body's noun, no "the", no capitals' letters for a ministry's: a person's,
  // whose first name the lists may not know)
  EXPECT_EQ(only_speaker("Toma Brisk published an analysis on Tuesday. The ministry said that the figures were correct."),
            "The ministry");
  EXPECT_EQ(only_speaker("DEFRA published an analysis on Tuesday. The department said that the figures were correct."), "DEFRA");
  // (an institution's noun stands for the name that ends with it: "Fellmoor Wildlife Park … The park")
  EXPECT_EQ(only_speaker("Two cubs were born at Fellmoor Wildlife Park. The park said the cubs were healthy."), "Fellmoor Wildlife Park");
  EXPECT_EQ(only_speaker("Toma Brisk visited on Monday. The museum said the painting was fake."), "The museum");
  // (a name of one word may be a body's, written as a word: "Defra")
  EXPECT_EQ(only_speaker("Defra published new guidance on Monday. The department said farmers would benefit."), "Defra");
}

TEST(Entities, ANounThatStandsOnlyForTheNameItEnds) {
  // "the alliance", "the municipality": the body whose name ends with the noun (data/body_nouns.txt's named)
  EXPECT_EQ(only_speaker("The Wisconsin Rural Schools Alliance opposed the cap. \"We have cut to the bone,\" the alliance said."),
            "Wisconsin Rural Schools Alliance");
  EXPECT_EQ(only_speaker("The Mahlaba Local Municipality blamed old pumps. \"One pump is failing,\" the municipality said."),
            "Mahlaba Local Municipality");
  // (no other name: a firm before it is no alliance)
  EXPECT_EQ(only_speaker("Kestrel Foods cut 200 jobs. \"We regret this,\" the alliance said."), "the alliance");
  // (and a name that ends with it is of no kind that rules another noun out)
  EXPECT_EQ(only_speaker("The Millbrook Education Association voted on Monday. \"We are disappointed,\" the union said."),
            "Millbrook Education Association");
  // ("Group" a trade's word of a firm's name: "the company" stands for it)
  EXPECT_EQ(last_speaker("In a statement, a spokesman for Harbourside Care Group said it accepted the findings.\n\n"
                         "\"We are deeply sorry,\" the company said."),
            "Harbourside Care Group");
  // (the body a spokesperson's phrase after a trailing cue speaks for)
  EXPECT_EQ(last_speaker("Eleven trains braked within seconds, a spokesman for East Japan Railway Co. said. He added that no one was "
                         "hurt.\n\n\"Safety comes first,\" the company said."),
            "East Japan Railway Co.");
}

TEST(Sieves, WordsNotSaidOrOnlySayableAreNoOnesInTheDefaultReading) {
  // "Some might say "…"", "did not say "sorry"", "refused to say "sorry"": no one's words
  for (const char* text : {"Some might say \"it is too little, too late.\"", "The mayor did not say \"sorry\" at any point.",
                           "The mayor refused to say \"sorry.\""})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  // (a later "would say" reports; PolNeAR's reading marks all: --attributions all)
  EXPECT_EQ(extract("He would later say, \"I regret nothing.\"").quotes.size(), 1u);
  EXPECT_EQ(extract("The mayor did not say \"sorry\" at any point.", all_attributions()).quotes.size(), 1u);
  // (a relative clause's negated verb is passed over for the sentence's own)
  Document d = extract("Hillary Clinton, who did not explicitly say that Sanders was unqualified, said on Wednesday that he had not "
                       "done his \"homework\" on Wall Street.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Sieves, ASoCalledQuotationIsNoOnes) {
  EXPECT_TRUE(extract("Lawmakers rejected the so-called \"grand bargain\" on Tuesday.").quotes.empty());
}

TEST(Reported, TheReportEndsBeforeWhereTheWordsWereSaid) {
  EXPECT_EQ(first_words("The mayor said the park would close on Friday, in a statement to reporters."), "the park would close on Friday");
  // (a participle's phrase after a comma may be the report's own: "…, without raising taxes")
  EXPECT_EQ(first_words("The chancellor said the budget would be balanced by 2030, without raising taxes on working people."),
            "the budget would be balanced by 2030, without raising taxes on working people");
}

TEST(Reported, AParticipleAfterBeforeOrWhileGoesOnTheQuotationsSpeaker) {
  Document d = extract("Kim Min-ji spoke on Monday. \"We will keep your spot warm,\" Kim said, before telling viewers that the "
                       "members had visited her together.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "the members had visited her together");
  EXPECT_EQ(d.quotes[1].speaker, "Kim Min-ji");
}

TEST(ParagraphLabel, ATeamsNameInAGamesNotesIsNoTurnsLabel) {
  // "Nuggets: At Portland on Monday night." after "the Denver Nuggets": no one's words
  Document d = extract("The Denver Nuggets beat the Seattle SuperSonics 101-99 on Saturday.\n\n"
                       "Nuggets: Jamal Carter missed his fourth straight game with an ankle injury.\n\n"
                       "SuperSonics: Kenji Mori left in the second quarter with a sore back.\n\n"
                       "Nuggets: At Portland on Monday night against the Blazers.\n\n"
                       "SuperSonics: Host Memphis on Tuesday night at home.");
  for (const Quote& q : d.quotes) {
    EXPECT_EQ(q.speaker.find("Nuggets"), std::string::npos) << q.text;
    EXPECT_EQ(q.speaker.find("SuperSonics"), std::string::npos) << q.text;
  }
}

TEST(Text, ADatelineInTitleCaseIsASentenceOfItsOwn) {
  // "Basra, Iraq – Hundreds of people protested …": the subject is "Hundreds of people"
  Document d = extract("Basra, Iraq \u2013 Hundreds of people protested in Basra on Sunday, chanting \"Water is a right\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Hundreds of people");
}

TEST(Sieves, AListsMarkOpensNoPhrase) {
  // "- Environment groups say …", "• The Premier says …": the mark is a sentence of its own
  EXPECT_EQ(only_speaker("Key points:\n- Environment groups say koala numbers are in \"free fall\"\n"), "Environment groups");
  EXPECT_EQ(only_speaker("\u2022 The Premier says a decision will be made by the end of the year."), "The Premier");
}

TEST(Sieves, ATitleBetweenCommasAfterANounThatIsACuesBaseForm) {
  // 'The Government's flagship plan, "Housing for All", is due to be revised': no one's words
  Document d = extract("The department said the figures showed \"continued momentum\".\n\n"
                       "The Government's flagship plan, \"Housing for All\", is due to be revised.");
  ASSERT_EQ(d.quotes.size(), 1u);
}

TEST(Reported, ToldAndAPlaceBeforeAClauseThatThereOpens) {
  EXPECT_EQ(first_words("Foley told reporters at Government Buildings there was no appetite in his party for an election."),
            "there was no appetite in his party for an election");
}

TEST(Sieves, ThePreviousSentencePastAFragmentOfAWordOrTwo) {
  // "He is not bitter about it, he says. Mostly." / "“…”": the one who says, past "Mostly."
  EXPECT_EQ(last_speaker("Angus MacRae has rowed the ferry since 1983. He is not bitter about it, he says. Mostly.\n\n"
                         "\"When I started there were four boats. It's the people I'll miss.\""),
            "Angus MacRae");
}

TEST(Reported, AfterAQuotationOfSeveralSentencesItsSpeakerGoesOn) {
  // '"A. B," he said, adding that …': the clause after "adding" is his, as after a quotation of one
  Document d = extract("Minister Ravi Rao spoke on Monday. \"There has been laxity. We cannot afford that,\" Rao said, adding that "
                       "the Centre would also set up a fund.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[1].text, "the Centre would also set up a fund");
  EXPECT_EQ(d.quotes[1].speaker, "Ravi Rao");
  // (and the quotation's own cue reports nothing more: '"A. B," Trump said in August after …')
  Document t = extract("\"I love Oreos. I will never eat them again,\" Trump said in August after Nabisco announced it was "
                       "laying off 600 workers.");
  ASSERT_EQ(t.quotes.size(), 1u);
}

TEST(Reported, AccordingToAfterAndOpensTheReportedClause) {
  // "She kept an office, and according to her daughter, she was still reviewing manuscripts"
  Document d = extract("She kept an office, and according to her daughter, she was still reviewing manuscripts in her 80s.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she was still reviewing manuscripts in her 80s");
  EXPECT_EQ(mention(&d.quotes[0]), "her daughter");
  // (and after "But" or "However," that opens the sentence)
  for (const char* text : {"But according to two employees, laid-off workers lost access to Slack within an hour.",
                           "However, according to two employees, laid-off workers lost access to Slack within an hour."}) {
    Document b = extract(text);
    ASSERT_EQ(b.quotes.size(), 1u) << text;
    EXPECT_EQ(b.quotes[0].text, "laid-off workers lost access to Slack within an hour") << text;
    EXPECT_EQ(b.quotes[0].speaker, "two employees") << text;
  }
  // (a list of the source's nouns in lower case goes on past its comma)
  Document l = extract("But according to interviews with more than a half-dozen of Cruz's friends, aides and allies, he wants to be "
                       "engaged this fall.");
  ASSERT_EQ(l.quotes.size(), 1u);
  EXPECT_EQ(l.quotes[0].text, "he wants to be engaged this fall");
  EXPECT_EQ(first_words("According to police, officers and medics arrived within minutes."), "officers and medics arrived within minutes");
  // (a title's closing mark before the sentence's period is the title's)
  EXPECT_EQ(first_words("Vale wrote on X that he had produced the album \"Glass Houses\"."), "he had produced the album \"Glass Houses\"");
}

TEST(Reported, AnAdjectiveAloneIsNoSubjectOfAPresentForm) {
  // "similar protests over water quality turned deadly": "protests" is the noun
  EXPECT_TRUE(extract("In 2018, similar protests over water quality turned deadly, with at least a dozen people killed.").quotes.empty());
  EXPECT_EQ(only_speaker("The water, residents say, has been salty for weeks."), "residents");
  EXPECT_EQ(only_speaker("The plant will close in June, management says."), "management");
  EXPECT_EQ(only_speaker("The drug cuts the risk of stroke by a third, evidence suggests."), "evidence");
  EXPECT_EQ(only_speaker("The rules are unfair, farm labor says."), "farm labor");
  // nor bare words a preposition governs: the cue's form is their plural noun
  EXPECT_TRUE(extract("He made more than 30 albums as a leader, most of them for small independent labels, and toured widely.").quotes.empty());
  EXPECT_EQ(only_speaker("The fund is nearly empty, a coalition of farmers says."), "a coalition of farmers");
  EXPECT_EQ(only_speaker("The rules are too strict, the head of research notes."), "the head of research");
}

TEST(Sieves, ARoundUpsHeadingOfANameAndARoleGivesTheQuotationUnderIt) {
  // a line that is a name and a role, and under it a paragraph that is one quotation (three such
  // lines end at a single line break: no text wrapped at a width)
  Document d = extract("Health Secretary Priya Ranganathan\n\"This is a historic day.\"\n\n"
                       "Robert Ashdown, shadow health secretary\n'We support the principle, but the Government has rushed this.'\n\n"
                       "Prof Sarah Whitlock, president of the Royal College of Physicians\n\"Smoking kills.\"\n\n"
                       "Tom Banks\n\"It is a con.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[0].speaker, "Priya Ranganathan");
  EXPECT_EQ(d.quotes[1].speaker, "Robert Ashdown");
  EXPECT_EQ(d.quotes[2].speaker, "Sarah Whitlock");
  EXPECT_EQ(d.quotes[3].speaker, "Tom Banks");
  // (not a headline's line of two names and a verb, nor one of a name and a verb, nor a
  // journalist's byline)
  for (const char* text : {"Trump Meets Biden\n\"We talked.\"", "Actor Tom Reed dies\n\n\"He was a giant of the stage.\"",
                           "Sarah Jones, political correspondent\n\n\"We have made tough choices.\""}) {
    Document h = extract(text);
    ASSERT_EQ(h.quotes.size(), 1u) << text;
    EXPECT_NE(std::string(h.quotes[0].sieve), "name_heading") << text;
  }
}

TEST(Sieves, ARelativeClausesOwnClausesVerbsAreNoCues) {
  // "who spoke … because she was not authorized to speak": all the relative clause's
  for (const char* text : {"A flight attendant on board, who spoke on the condition of anonymity because she was not authorized "
                           "to speak, said the crew had asked for a gate \"at least eight times.\"",
                           "A flight attendant, who spoke on the condition of anonymity because she was not authorized to speak, "
                           "said the crew had asked for a gate \"at least eight times.\""}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 2u) << text;  // (the partial and its clause)
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
    EXPECT_EQ(d.quotes[0].speaker, "A flight attendant") << text;
  }
}

TEST(Sieves, AccordingToAndAClauseWithItsOwnSpeaker) {
  // the one the clause names speaks; the source of "according to" is the evidence
  EXPECT_EQ(only_speaker("According to the complaint, Jon Reyes said: \"Give me the money.\""), "Jon Reyes");
  EXPECT_EQ(only_speaker("According to White House pool reports, Barack Obama said \"there is love\" in Orlando."), "Barack Obama");
  // (not a modal's clause, nor a noun that looks like a verb)
  EXPECT_EQ(only_speaker("Trump refused, because, according to Donald Trump, the media would call him a \"chicken\" if he did."),
            "Donald Trump");
  EXPECT_EQ(only_speaker("According to AZCentral, one Arizona Department of Transportation sign read, \"Buckle up.\""),
            "AZCentral");
  // (so does the owner of a noun of words that opens the sentence before it)
  EXPECT_EQ(only_speaker("Venn\u2019s answer, according to a transcript released by the League: \u201cI would have to go back and look.\u201d"),
            "Venn");
  // (PolNeAR gives the words to the source: --attributions all)
  Document all = extract("According to the complaint, Jon Reyes said: \"Give me the money.\"", all_attributions());
  ASSERT_FALSE(all.quotes.empty());
  EXPECT_EQ(all.quotes[0].speaker, "the complaint");
}

TEST(Sieves, AnAppositivesNameAfterTheWordsOfItsRole) {
  // "Her husband, former NFL linebacker Dante Hart, reposted it and added": the name
  EXPECT_EQ(only_speaker("Her husband, former NFL linebacker Dante Hart, reposted it and added, \"Facts.\""), "Dante Hart");
  EXPECT_EQ(only_speaker("Her husband, linebacker Dante Hart, reposted it and added, \"Facts.\""), "Dante Hart");
}

TEST(Reported, ByAndAnAmountIsAVerbsMeasure) {
  // "grew by 5 percent": the clause's verb; "viewed by 14.7 million people" is a participle's agent
  EXPECT_EQ(first_words("Analysts said the company grew by 5 percent."), "the company grew by 5 percent");
  EXPECT_EQ(first_words("Mestrava says releases from the reservoir fell by nearly half last summer."),
            "releases from the reservoir fell by nearly half last summer");
  EXPECT_EQ(first_words("Analysts said the two versions differ by about $212 million."), "the two versions differ by about $212 million");
  EXPECT_EQ(first_words("Smith said the forum viewed by 14.7 million people was a success."),
            "the forum viewed by 14.7 million people was a success");
}

TEST(Reported, ASpeakingParticiplesPhraseBetweenCommasDescribesANounOfNoList) {
  // "speaking on condition of anonymity" makes the noun before it someone, whatever the noun
  for (const char* text : {"A backbencher, speaking on condition of anonymity, said the mood was jittery.",
                           "One Fianna Fail backbencher, speaking on condition of anonymity, said the mood was jittery."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
    EXPECT_NE(d.quotes[0].speaker.find("backbencher"), std::string::npos) << text;
  }
  // (not a participle of another verb: "The plan, costing $5 million, said nothing")
  EXPECT_TRUE(extract("The plan, costing $5 million, said nothing.").quotes.empty());
}

TEST(Reported, QuotedWordsInLowerCaseAfterTheClausesCommaGoOnTheClause) {
  // 'said the family would scatter her ashes at sea, "somewhere …"': one partial quote with the
  // clause, not a direct one of the fragment
  const std::string t = "Ms. Osei-Hart said the family would scatter her ashes at sea, \"somewhere with a good canyon underneath.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).starts_with("the family would")) << d.quotes[0].text;
  // (a whole utterance after the cue's comma stays direct, even in lower case)
  Document u = extract("He said, \"we will win.\"");
  ASSERT_EQ(u.quotes.size(), 1u);
  EXPECT_EQ(u.quotes[0].kind, Kind::direct);
}

TEST(Reported, ARelativeClausesVerbInTheSubjectIsNotTheCue) {
  // the clause's verb of saying ("spoke", "requested") and its infinitives describe the subject;
  // the sentence's own verb after it reports
  for (const char* text : {"An official who spoke on condition of anonymity said the talks had collapsed.",
                           "An official who requested anonymity said the talks had collapsed.",
                           "An aide who was not authorized to discuss the talks said the talks had collapsed."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
    EXPECT_EQ(d.quotes[0].text, "the talks had collapsed") << text;
  }
  for (const char* text : {"A delegate who spoke on condition of anonymity said the talks had \"collapsed.\"",
                           "A former member, who requested anonymity to speak candidly, said the board was \"a mess.\"",
                           "An aide, who spoke on condition of anonymity to discuss deliberations, said \"it was not worth it.\"",
                           "A teacher who asked not to be named said morale was \"at rock bottom.\"",
                           "A teacher who asked not to be identified said morale was \"at rock bottom.\""}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
    EXPECT_TRUE(d.quotes[0].speaker.starts_with("A")) << text;
  }
  // (after the quote too)
  Document after = extract("\"We were told to keep quiet,\" a former employee who asked not to be named told the Chronicle.");
  ASSERT_EQ(after.quotes.size(), 1u);
  EXPECT_EQ(cue(&after.quotes[0]), "told");
  EXPECT_TRUE(after.quotes[0].speaker.starts_with("a former employee")) << after.quotes[0].speaker;
  // (a request not to be named, "not" and a passive in it, no verb of the sentence's; nor a
  // question put, in PolNeAR's reading)
  Options all;
  all.attributions = Attributions::all;
  for (const char* text : {"A teacher who asked not to be identified said morale was low.",
                           "An aide who asked not to be quoted by name said the talks were over.",
                           "A teacher who asked not to be named said morale was low."}) {
    for (const Options& o : {Options{}, all}) {
      Document d = extract(text, o);
      ASSERT_EQ(d.quotes.size(), 1u) << text;
      EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
      EXPECT_TRUE(d.quotes[0].speaker_mention->text.ends_with("name") || d.quotes[0].speaker_mention->text.ends_with("named") ||
                  d.quotes[0].speaker_mention->text.ends_with("identified"))
          << text;
    }
  }
  // what a source asks for is no report
  EXPECT_EQ(extract("\"He runs that board,\" said a former member, who requested anonymity to speak candidly.").quotes.size(), 1u);
  // a quote inside the relative clause is the clause's: "called" reports it
  EXPECT_EQ(only_speaker("Tim Scott, who has called Trump's comments \"racially toxic,\" portrayed him as a passing affliction."),
            "Tim Scott");
}

TEST(Reported, APhraseOfAPrepositionIsPartOfTheSpeakersPhrase) {
  // an adjective and its preposition describe the head ("person" a noun of the lists)
  EXPECT_EQ(first_mention("A person familiar with the matter said the engineer was moved."), "A person familiar with the matter");
  EXPECT_EQ(first_mention("A person familiar with the matter, who spoke on condition of anonymity, said the engineer was moved."),
            "A person familiar with the matter");
  // (whatever the last word before the comma: "talks" may be a verb)
  EXPECT_EQ(first_mention("A person close to the talks, who asked not to be named, said the deal was near."), "A person close to the talks");
  // a name a preposition governs before a relative clause is not the speaker
  EXPECT_EQ(only_speaker("An adviser to Kaye, who asked not to be named, said the campaign was confident."), "An adviser to Kaye");
  EXPECT_EQ(only_speaker("An aide to Kaye, who asked not to be named, said, \"The campaign is confident.\""), "An aide to Kaye");
  EXPECT_EQ(only_speaker("Dan Ives of Wedbush, who covers Apple, said the quarter was strong."), "Dan Ives");
  // (but not a thing written or said, which "who" cannot stand for: the name is who)
  EXPECT_EQ(only_speaker("That is the message from Ana Ruiz, who says the plan works."), "Ana Ruiz");
  EXPECT_EQ(only_speaker("The warning came in a report by Ana Ruiz, who says the plan works."), "Ana Ruiz");
  // after the cue: the phrase with what it is of or for, and the name after it
  EXPECT_EQ(only_speaker("\"This is a sad day,\" said a spokesman for the union, Jerome Pike."), "Jerome Pike");
  EXPECT_EQ(only_speaker("\"We will be back,\" said the director from Bremen, Katrin Vogt."), "Katrin Vogt");
  EXPECT_EQ(only_speaker("\"This is a sad day,\" said the head of the union, Jerome Pike, who has led it since 2019."), "Jerome Pike");
  EXPECT_EQ(only_speaker("\"The senator will appeal,\" said a lawyer for Rosalind Achterfeld."), "a lawyer for Rosalind Achterfeld");
  EXPECT_EQ(only_speaker("\"No,\" said a spokesman for the company in a statement."), "a spokesman for the company");
}

TEST(Reported, AProgrammesTitleInQuotationMarksIsNoQuote) {
  // a noun of works after it, or "on" or an owner before it: the writer's words, and the report
  // around it is read as in a sentence with no quotation marks
  EXPECT_EQ(first_words("Priya Ramaswamy said on the \"Decoder\" podcast that the debates had been tense."),
            "the debates had been tense");
  EXPECT_EQ(first_words("Hale said on \"Meet the Press\" that he would offer amendments."), "he would offer amendments");
  // (beside a work's noun, a title in another language's case or with marks inside: "Bericht aus
  // Berlin", "Running Dry: Small Towns, Big Pipes.")
  EXPECT_EQ(first_words("Tobias Reuter said on ARD's \u201cBericht aus Berlin\u201d programme that the coalition had failed."),
            "the coalition had failed");
  EXPECT_TRUE(extract("Dr Ayanda Zulu co-wrote the 2024 report \u201cRunning Dry: Small Towns, Big Pipes.\u201d").quotes.empty());
  // (not a sentence a report holds: no colon or dash inside)
  EXPECT_EQ(only_speaker("The auditor concluded in the report \"Staff ignored every warning.\""), "The auditor");
  EXPECT_EQ(first_words("Hale told the \"Today\" show that he would run."), "he would run");
  EXPECT_EQ(first_words("Sanders told MSNBC's \"Morning Joe\" that nobody would question her record."),
            "nobody would question her record");
  // quoted words after it are still the speaker's, and its quote marks end no quote's frame
  Document d = extract("Johnson said on \"Morning Joe\" that \"exactly who did it\" is unclear.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(d.quotes[0].speaker, "Johnson");
  Document e = extract("\"We are back,\" Hale said on \"Meet the Press.\" \"It is time.\"");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.quotes[1].text, "It is time.");
  EXPECT_EQ(e.quotes[1].speaker, "Hale");
  // (words said, in capitals, after a verb: a quote)
  EXPECT_EQ(extract("She said, \"We Will Win,\" and left.").quotes.size(), 1u);
}

TEST(Reported, WhomAnAgencyQuotedAsSayingSpeaks) {
  EXPECT_EQ(only_speaker("The agency quoted Vadim Sorokin as saying Moscow opposed the move."), "Vadim Sorokin");
  EXPECT_EQ(only_speaker("RIA Novosti quoted the ambassador, Vadim Sorokin, as saying that Moscow \"categorically opposes\" the move."),
            "Vadim Sorokin");
  EXPECT_EQ(only_speaker("Reuters quoted a senior official as saying, \"We are ready.\""), "a senior official");
  EXPECT_EQ(only_speaker("Smith was quoted by Reuters as saying the plan was dead."), "Smith");
}

TEST(Reported, AWordOfTheCueListsOpeningAPhraseIsNoCue) {
  // a present or base form that opens the sentence before a noun and the phrase's verb
  Document d = extract("State media said the leader had \"great confidence\" in the army.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(d.quotes[0].speaker, "State media");
  EXPECT_EQ(only_speaker("Report findings were \"alarming,\" the minister said."), "the minister");
  // (a verb that opens a list's line is one: "Calls men names")
  EXPECT_EQ(cue(&extract("Calls men derogatory names, like \"pigs,\" and worse.").quotes.at(0)), "Calls");
}

TEST(Reported, TheQuestionPutToTheSpeakerIsNoReport) {
  EXPECT_EQ(only_speaker("Asked if Smith had said that taxes would rise, Valdez said no decision had been made."), "Valdez");
  EXPECT_EQ(only_speaker("Asked whether the analysis had concluded that job losses would outweigh gains, Valdez said she had "
                         "\"not read every page\" of it."),
            "Valdez");
  // and a name in it takes no gender from the answer's pronoun
  EXPECT_EQ(only_speaker("Spokesman Arthur Ross took questions. Asked whether Helen Marchetti had spoken with her "
                         "counterparts, he said she had held several calls."),
            "Arthur Ross");
}

TEST(Reported, WhatIsNoClauseIsNoReport) {
  // "that" as a pronoun: a mark, a conjunction or a time after it
  EXPECT_EQ(first_words("Achterfeld denied that, and her aides called the report false."), "(none)");
  EXPECT_EQ(first_words("The senator confirmed that on Tuesday."), "(none)");
  Document d = extract("Achterfeld denied that, calling the claim \"a fairy tale.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "calling");
  // (an aside after "that" still opens the clause)
  EXPECT_EQ(first_words("He said that, in his view, the deal was off."), "the deal was off");
  // an adverb of auxiliaries.txt is no verb, nor a cue's form that a preposition governs
  EXPECT_EQ(first_words("Hart posted a photo minutes later."), "(none)");
  EXPECT_EQ(first_words("Marchetti announced it in a long post."), "(none)");
  EXPECT_EQ(first_words("Hart said the plan would later fail."), "the plan would later fail");
  // (a second verb that tells someone to do something may be the reported clause's own: no
  // report of the first speaker's, in either reading)
  Options all;
  all.attributions = Attributions::all;
  for (const Options& o : {Options{}, all}) {
    Document w = extract("Witnesses said the gunman shouted and told everyone to get down.", o);
    for (const Quote& q : w.quotes) EXPECT_NE(cue(&q), "told");
  }
  // "that" before an adverbial after its comma still opens the clause
  EXPECT_EQ(first_words("She said that, during the talks, the two sides agreed."), "the two sides agreed");
  // what a source asks for is no report, a clause that opens with such a word is
  EXPECT_EQ(first_words("The ministry said unnamed officials had leaked the plan."), "unnamed officials had leaked the plan");
}

TEST(Sieves, APersonNamedRightBeforeTheWordsSpeaksThem) {
  // the sentence before the quote in its paragraph opens with a person's name and a verb: theirs,
  // not the previous paragraph's speaker's
  EXPECT_EQ(last_speaker("\"The melt season starts in April,\" said Ingrid Solheim.\n\nEinar Halvorsen disagreed. "
                         "\"If we do nothing, this valley will look like a quarry.\""),
            "Einar Halvorsen");
  EXPECT_EQ(last_speaker("The meeting began.\n\nEinar Halvorsen was blunt. \"If we do nothing, this valley will be a quarry.\""),
            "Einar Halvorsen");
  EXPECT_EQ(last_speaker("\"The melt season starts in April,\" said Ingrid Solheim.\n\nEinar Halvorsen pointed at the ceiling, "
                         "where water was dripping. \"If we do nothing, this valley will look like a quarry.\""),
            "Einar Halvorsen");
  // (not when another person is named in it, nor a headline's lone capitalised word)
  EXPECT_EQ(last_speaker("\"The melt season starts in April,\" said Ingrid Solheim.\n\nEinar Halvorsen met Ingrid Solheim. "
                         "\"If we do nothing, this valley will look like a quarry.\""),
            "Ingrid Solheim");
  EXPECT_EQ(last_speaker("Province promises new beds\n\n\"We waited in the hallway for nine hours.\""), "");
  EXPECT_EQ(last_speaker("Sen. Marco Rubio responded first.\n\n\"I have a plan.\""), "Marco Rubio");
}

TEST(Sieves, TheAnswerToAQuestionPutToSomeoneIsTheirs) {
  EXPECT_EQ(last_speaker("\"Will you run again?\" a reporter asked Desmond Kaye.\n\n\"Not this time, and probably never.\""),
            "Desmond Kaye");
  EXPECT_EQ(last_speaker("\"Do we have a budget for the heating?\" Tomasz Wierzba asked Nils Aukrust.\n\n\"We have half of one.\""),
            "Nils Aukrust");
  // (in the same paragraph the asker goes on; no one named asked: no one known)
  EXPECT_EQ(last_speaker("\"Why now?\" Ilse Brandt asked. \"Because we must, and soon.\""), "Ilse Brandt");
  EXPECT_EQ(last_speaker("\"Will you come back next season?\" Ilse Brandt asked him.\n\n\"Only if somebody fixes the heating.\""), "");
  // ("him" or "her" after the verb, whom the text names: that one answers)
  EXPECT_EQ(last_speaker("Government spokesman Jonas Reimer said: \"That question does not arise.\"\n\nOne foreign correspondent pressed "
                         "him in English: \"And next week?\"\n\n\"Not next week either.\""),
            "Jonas Reimer");
  // (asked by a phrase of no name of no one named: the one the paragraph before says was asked,
  // and the exchange goes on from that answer)
  Document d = extract(
      "Deputy Minister Galina Orazova was asked about that report.\n\n\"Did the ministry receive the warning?\" a reporter asked.\n\n"
      "\"The report was received in September.\"\n\n\"Received by whom?\"\n\n\"By the technical department.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].speaker, "Galina Orazova");
  EXPECT_EQ(d.quotes[2].speaker, "a reporter");
  EXPECT_EQ(d.quotes[3].speaker, "Galina Orazova");
  // (a reply's "she" after a question asked by another woman is not the asker but the other named
  // before, with the words that go on the reply; the next question is the asker's again)
  Document r = extract(
      "Ruth Kagan then called Colleen Marsh to the stand.\n\n\"Did he ask you to do something?\" Kagan asked.\n\n"
      "\"Yes,\" she replied. \"In March.\"\n\n\"What did he say?\"");
  ASSERT_EQ(r.quotes.size(), 4u);
  EXPECT_EQ(r.quotes[1].speaker, "Colleen Marsh");
  EXPECT_EQ(r.quotes[2].speaker, "Colleen Marsh");
  EXPECT_EQ(r.quotes[3].speaker, "Ruth Kagan");
  // (after words told to another of the reply's gender, the one told replies)
  Document t = extract(
      "Ross Galbraith argued that other runners had been cleared.\n\n\"We will not decide this case on other cases,\" the "
      "chairman, Jonathan Pryce, told Galbraith.\n\n\"Understood, sir,\" he replied. \"But the pattern is the evidence.\"");
  ASSERT_EQ(t.quotes.size(), 4u);
  EXPECT_EQ(t.quotes[1].speaker, "Jonathan Pryce");
  EXPECT_EQ(t.quotes[2].speaker, "Ross Galbraith");
  EXPECT_EQ(t.quotes[3].speaker, "Ross Galbraith");
}

TEST(Reported, CountsAndTwoRolesInTheSpeakersPhrase) {
  // (no count opens with "of")
  EXPECT_EQ(first_mention("Relatives of 17 victims said the managers should be charged."), "Relatives of 17 victims");
  EXPECT_EQ(first_mention("About four in 10 voters said the economy would come first."), "About four in 10 voters");
  // two roles of one person before the name
  EXPECT_EQ(only_speaker("\"Greenleaf is the brand that shoppers trust,\" the chairman and chief executive, Douglas Aranha, said."),
            "Douglas Aranha");
  EXPECT_EQ(only_speaker("\"Greenleaf is the brand that shoppers trust,\" said the chairman and chief executive, Douglas Aranha."),
            "Douglas Aranha");
}

TEST(Reported, AParticiplesSubjectIsNoNameAPrepositionGoverns) {
  // (the subject "The forward", not "Instagram": a position's noun that describes the one just named)
  EXPECT_EQ(only_speaker("Lena Marchetti retired on Sunday. The forward made the announcement in a lengthy Instagram post, "
                         "writing that she had \"given everything to this game.\""),
            "Lena Marchetti");
  EXPECT_EQ(first_mention("Lena Marchetti retired on Sunday. The forward made the announcement in a lengthy Instagram post, "
                          "writing that she had \"given everything to this game.\""),
            "The forward");
}

TEST(Reported, APercentSignAtTheEndIsTheNumbersNotAMark) {
  EXPECT_EQ(first_words("Kestrel Foods said that profit fell 12%."), "profit fell 12%");
  EXPECT_EQ(first_words("Profit fell 12%, Kestrel Foods said."), "Profit fell 12%");
}

TEST(Reported, ATranscriptsTurnKeepsItsEnd) {
  Document d = extract("Q and A\n\nWHITFIELD: Your book opens with a bleak line. Is that fair?\n\nMORROW: Probably, I was angry then.");
  ASSERT_GE(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "Your book opens with a bleak line. Is that fair?");
  EXPECT_EQ(d.quotes[1].text, "Probably, I was angry then.");
}

TEST(Reported, AsidesInsideAndBeforeTheReportedClause) {
  EXPECT_EQ(first_words("Cruz said the plan, which was drafted in secret, would cost $4 billion."),
            "the plan, which was drafted in secret, would cost $4 billion");
  EXPECT_EQ(first_words("He said 40 people, including children, had died."), "40 people, including children, had died");
  EXPECT_EQ(first_words("He said the plan was dead, which angered critics."), "the plan was dead");
  EXPECT_EQ(first_words("Smith said, however, that the deal was off."), "the deal was off");
  EXPECT_EQ(first_words("Smith said that, in his view, the deal was off."), "the deal was off");
}

TEST(Reported, NoReportInventedFromAsideOrObject) {
  // (what "As he said," reports is the clause after it)
  EXPECT_EQ(first_words("As he said, the results speak for themselves."), "the results speak for themselves");
  // (not a passive's, what was done to its subject)
  EXPECT_EQ(first_words("As Harbour Lights were announced as the winners, Rivers stood up and walked out."), "(none)");
  EXPECT_EQ(first_words("What he said next shocked the room."), "(none)");
  // (nor a relative clause with no pronoun whose object is the noun before its subject)
  EXPECT_EQ(first_words("Jane Roe thinks the story we tell in that room is out of date."), "(none)");
  EXPECT_EQ(first_words("Everything she wrote in that book is true."), "(none)");
  EXPECT_EQ(first_words("The divides he promised to bridge have only grown deeper."), "(none)");
  // (but a verb before the pronoun, an owner's noun, or a time's noun)
  EXPECT_EQ(first_words("The old man said he would quit."), "he would quit");
  EXPECT_EQ(first_words("He was so fired up about a deal's potential he said she should call right away."), "she should call right away");
  EXPECT_EQ(first_words("The day he said he would quit, shares fell."), "he would quit, shares fell");
  EXPECT_EQ(first_words("Smith told the story of how the strike began."), "(none)");
  EXPECT_EQ(first_words("The First Minister, Alasdair Ross, has just spoken to broadcasters outside Bute House."), "(none)");
  EXPECT_EQ(first_words("As the campaign wound down, the economy was strong, Smith said."),
            "As the campaign wound down, the economy was strong");
  EXPECT_EQ(first_words("He vowed to address the issue."), "to address the issue");
}

TEST(Reported, TrailingSpeakersWithTheirDescriptions) {
  Document d = extract("The strike would go ahead, the president, Ana Ruiz, told reporters.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ruiz");
  EXPECT_EQ(d.quotes[0].text, "The strike would go ahead");
  EXPECT_EQ(first_words("The strike was illegal, the transport minister, Ola Berg, said."), "The strike was illegal");
  // the writer's word on the report is no report, nor part of it
  Document p = extract("The Pentagon said the strike killed a senior commander, a claim the group denied.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].text, "the strike killed a senior commander");
}

TEST(Reported, APhraseOfWhereBeforeTheClauseAndNoClauseOfTime) {
  EXPECT_EQ(first_words("Smith said on Facebook the strike was over."), "the strike was over");
  EXPECT_EQ(first_words("Smith said in an interview the strike was over."), "the strike was over");
  EXPECT_EQ(first_words("Smith asked if the plan would work."), "if the plan would work");
  EXPECT_EQ(first_words("Mike Pence was speaking in Fort Wayne, Indiana, hours after Trump tweeted."), "(none)");
  EXPECT_EQ(first_mention("The shows were sexist, according to show insiders."), "show insiders");
}

TEST(Sieves, APersonWhoSmilesBeforeTheWords) {
  Document d = extract("Roberto Sandoval was pleased. Sandoval smiled. \"Maybe. You will see on Saturday.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Roberto Sandoval");
  Document e = extract("Tyler Brooks was there. Asked if he would work with her again, Brooks laughed. \"Never say never.\"");
  ASSERT_EQ(e.quotes.size(), 1u);  // (the question put to him is no report of his)
  EXPECT_EQ(e.quotes[0].speaker, "Tyler Brooks");
  // (nor with a title in marks in the question, which a trailing cue would take as quoted words)
  Document f = extract("Asked whether \u201cGlass Houses\u201d was written about anyone, Vane laughed. \u201cEvery song is about everyone,\u201d "
                       "she said.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.quotes[0].text, "Every song is about everyone,");
  // (and no clause between the comma and the cue's subject: the name before the comma is that
  // clause's subject, nothing reported)
  EXPECT_TRUE(extract("Vane, 29, didn\u2019t name Kastner when she responded. She didn\u2019t need to.").quotes.empty());
}

TEST(Sieves, TheOneToldIsNoSpeaker) {
  // "court told": someone told the court
  EXPECT_TRUE(extract("Driver 'fell asleep' before fatal crash, court told\n\nThe trial continues.").quotes.empty());
  EXPECT_EQ(first_words("Mr Llewellyn told police he had \"no memory\" of the collision, the court heard.", clauses()),
            "he had \"no memory\" of the collision");
  // "asked" with no one after it is the speaker's question
  EXPECT_EQ(first_mention("\"That would be you?\" Borger asked."), "Borger");
}

TEST(Reported, ANounOfReportAfterItsOwner) {
  Document d = extract("Kessler's statement that the plant was safe drew criticism.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "statement");
  EXPECT_EQ(d.quotes[0].text, "the plant was safe");
  EXPECT_EQ(first_words("The senator's claim that the vote was rigged has been debunked."), "the vote was rigged");
  // (a plural's possessive, its apostrophe a token of its own: the noun, not a verb of the owner's)
  EXPECT_EQ(first_words("The teachers' claim that the school is unsafe was rejected."), "the school is unsafe");
  EXPECT_EQ(only_speaker("The players' claim they were cheated was dismissed."), "The players");
  Document t = extract("The teachers' report says the school is unsafe.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(cue(&t.quotes[0]), "says");
  EXPECT_EQ(t.quotes[0].text, "the school is unsafe");
  Document h = extract("John Kessler spoke on Monday. His claim that the plant was safe drew criticism.");
  ASSERT_EQ(h.quotes.size(), 1u);
  EXPECT_EQ(h.quotes[0].speaker, "John Kessler");
  // no owner, or no report after it: no cue
  EXPECT_EQ(first_words("The statement that the plant was safe drew criticism."), "(none)");
  EXPECT_EQ(first_words("Senators with courts in their states that need judges were angry."), "(none)");
}

TEST(Mixed, TwoQuotationsInOneReportedClauseAreOneRecord) {
  Document d = extract("Price said the reforms were \"long overdue\" and would \"save lives.\"", clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the reforms were \"long overdue\" and would \"save lives.\"");
  // a second verb of report after "and … that" is a report of its own
  Document e = extract("The minister said the strike was \"totally illegal\" and warned that workers would be fined.", clauses());
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.quotes[0].text, "the strike was \"totally illegal\"");
  EXPECT_EQ(cue(&e.quotes[1]), "warned");
  EXPECT_EQ(first_words("He told that reporter the plan was dead.", clauses()), "the plan was dead");
}

TEST(Review, EdgesOfTheNewRules) {
  EXPECT_EQ(first_words("Smith said nothing had changed since the vote."), "nothing had changed since the vote");
  EXPECT_EQ(first_mention("Prices will rise further next year, warned Jane Smith, the bank's chief economist."),
            "Jane Smith, the bank's chief economist");
  EXPECT_EQ(first_words("Smith confirmed the deal earlier today."), "(none)");
  EXPECT_EQ(first_words("He said he left the building, as he was told."), "he left the building, as he was told");
  EXPECT_EQ(first_mention("\"We lost,\" said Smith and Jones agreed with him."), "Smith");
  EXPECT_EQ(first_words("Smith called in a tweet for the report to be \"scrapped immediately.\""), "scrapped immediately.");
}

TEST(ParagraphLabel, ADatelineIsNoTranscriptsLabel) {
  EXPECT_TRUE(extract("Steel profits rise\n\nMUMBAI: Vardhan Steel Ltd on Thursday reported a 23 per cent rise in profit.\n\n"
                      "Revenue rose 11 per cent.")
                  .quotes.empty());
}

TEST(Reported, NoInvertedReportWithoutAClauseBeforeIt) {
  // what comes after a verb of posting is its object, not a speaker after an inverted cue
  for (const char* s : {"The singer, 34, shared the video on Instagram.", "Its lead author, Dr Ines Kovac, announced the paper on Mastodon.",
                        "Marsh, who announced her departure last month, posted the message on LinkedIn on Tuesday.",
                        "The minister, who was appointed in May, posted the statement on X on Tuesday."})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  // a clause before it is reported, and a fragment before a speaker and a cue
  EXPECT_EQ(extract("The plan is dead, said the mayor on Monday.").quotes.at(0).speaker, "the mayor");
  EXPECT_EQ(extract("Not important enough, he said.").quotes.size(), 1u);
}

TEST(Reported, ThePhraseSpokenToBeforeThat) {
  for (const char* s : {"Ferran told a press conference on Monday that her priorities would be housing.",
                        "Tanner told her 1.4 million followers that coffee was good for them."}) {
    Document d = extract(s);
    ASSERT_EQ(d.quotes.size(), 1u) << s;
    EXPECT_TRUE(d.quotes[0].text.starts_with("her priorities") || d.quotes[0].text.starts_with("coffee")) << d.quotes[0].text;
  }
}

TEST(Reported, ARelativeClauseWithNoCommaIsPartOfTheSpeakersPhrase) {
  // the phrase before "who" or "that", with the clause, as PolNeAR marks it
  const std::pair<const char*, const char*> cases[] = {
      {"Experts who were not involved in the research said the study was well designed.",
       "Experts who were not involved in the research"},
      {"Residents who live near the plant said the smell was unbearable.", "Residents who live near the plant"},
      {"An official who was not authorised to comment said the levee was at risk.", "An official who was not authorised to comment"},
      {"A group that represents workers at the plant said it would seek meetings.", "A group that represents workers at the plant"},
      // (a time's possessive keeps its opener, inside the clause or opening the phrase)
      {"Farmers who lost crops in last year’s drought say the aid is too little.",
       "Farmers who lost crops in last year’s drought"},
      {"Last year's winner said the course was harder.", "Last year's winner"},
  };
  for (const auto& [text, speaker] : cases) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(mention(&d.quotes[0]), speaker) << text;
  }
  // the clause's own verb is the cue's ("a union that has endorsed"), and a subject of its own
  // after it speaks ("the speech that drew notice over deals the team appeared to cut")
  Document u = extract("She thanked a union that has endorsed the plan for its work on it.");
  for (const auto& q : u.quotes) EXPECT_NE(mention(&q), "a union that") << q.text;
  Document o = extract("The limit that economists generally consider sustainable was passed, she said.");
  for (const auto& q : o.quotes) EXPECT_NE(mention(&q), "The limit that economists") << q.text;
}

TEST(Reported, NoReportFromThatAsADeterminerOrARelativePronounNorFromAnAdverbial) {
  for (const char* s : {"The senator dismissed that criticism as partisan.",
                        "Councillor Dana Whitlock replied in a message that has since been viewed more than 200,000 times.",
                        "A judge has rejected a son's attempt to overturn his late father's will.",
                        "Lucia Ferran won the vote. She thanked supporters shortly after the result was announced."})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  // "that" opening the clause still does
  for (const char* s : {"Anna Berg said that growth would recover.", "Anna Berg said after the meeting that the plan was dead.",
                        "Anna Berg told reporters shortly after the vote that she would resign."})
    EXPECT_EQ(extract(s).quotes.size(), 1u) << s;
}

TEST(Reported, AQuestionPutBeforeTheSpeakerIsNotTheCue) {
  // the sentence's own verb reports, not the participle of the question put
  Document d = extract(
      "Ana Ruiz met the press. Asked whether Montalbra would consider military options, Ruiz said only that \"all measures\" "
      "remained available.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ruiz");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // "only" is no part of what was said
  EXPECT_EQ(extract("Ana Ruiz said only that the measures remained available.").quotes.at(0).text, "the measures remained available");
}

TEST(Reported, AnOfficeInLowerCaseBeforeItsHoldersName) {
  // the office's title, "of" or "for", what it is of in capitals, and the holder's name: the holder speaks
  EXPECT_EQ(extract("As secretary of State Clinton said, the deal was good.").quotes.at(0).speaker, "Clinton");
  EXPECT_EQ(extract("The secretary of Homeland Security Jeh Johnson said the deal was good.").quotes.at(0).speaker, "Jeh Johnson");
  EXPECT_EQ(extract("The minister for Health Ann Lee said the deal was good.").quotes.at(0).speaker, "Ann Lee");
  // not an owner's name, nor a spokesman's phrase (a title between)
  EXPECT_EQ(extract("The chairman of Donald Trump's campaign, Paul Manafort, said the deal was good.").quotes.at(0).speaker,
            "Paul Manafort");
  EXPECT_EQ(mention(&extract("A spokesman for Senate Majority Leader Mitch McConnell said the deal was good.").quotes.at(0)),
            "A spokesman for Senate Majority Leader Mitch McConnell");
  EXPECT_EQ(extract("The president of Microsoft said the deal was good.").quotes.at(0).speaker, "The president of Microsoft");
  // (only an office's words of data/office_domains.txt are passed over to a name: a body's name is whole)
  for (const char* text : {"The chairman of Goldman Sachs said rates would rise.", "The president of South Africa said the talks had failed.",
                           "The minister for Foreign Affairs said talks would resume."})
    EXPECT_EQ(mention(&extract(text).quotes.at(0)), extract(text).quotes.at(0).speaker) << text;
  // (nor is a person a title acts for the speaker: "defendant", "actor")
  EXPECT_EQ(mention(&extract("The attorney for defendant Mark Reyes said the evidence was weak.").quotes.at(0)),
            extract("The attorney for defendant Mark Reyes said the evidence was weak.").quotes.at(0).speaker);
  EXPECT_NE(extract("A representative for actor Tom Hanks said he was recovering well.").quotes.at(0).speaker, "Tom Hanks");
  // what the office is of in lower case, before a name of two words
  EXPECT_EQ(extract("\"We are behind schedule,\" Magic president of basketball operations Karen Dufresne said.").quotes.at(0).speaker,
            "Karen Dufresne");
  // titles: General Manager, Manager, Del.
  EXPECT_EQ(extract("\"We are behind,\" Metro General Manager Curtis Pellham said.").quotes.at(0).speaker, "Curtis Pellham");
  EXPECT_EQ(extract("\"We are behind,\" said Del. Ronnie Sattler.").quotes.at(0).speaker, "Ronnie Sattler");
}

TEST(Reported, AnOwnersNounKeepsItsDeterminerInAPhraseAPrepositionGoverns) {
  EXPECT_EQ(mention(&extract("A person familiar with the board's deliberations said directors were never told.").quotes.at(0)),
            "A person familiar with the board's deliberations");
  EXPECT_EQ(mention(&extract("The company's lawyers said the suit was baseless.").quotes.at(0)), "The company's lawyers");
}

TEST(Indirect, AWorksTitleBetweenCommasIsTheWritersAndTheReportGoesOnPastIt) {
  Document d = extract("Director Ana Vidal said her new film, \"Salt,\" was inspired by her grandmother.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "her new film, \"Salt,\" was inspired by her grandmother");
  EXPECT_EQ(d.quotes[0].speaker, "Ana Vidal");
}

TEST(Sieves, SingingAlongReportsNothing) {
  EXPECT_TRUE(extract("The band closed with \"Born to Run\" as the crowd sang along.").quotes.empty());
  EXPECT_EQ(only_speaker("\"We shall overcome,\" the crowd sang."), "the crowd");
}

TEST(Sieves, AnSFormAfterAVerbInThePastIsItsObject) {
  // "signs" is carried, no cue: the slogan on them is no one's words
  EXPECT_TRUE(extract("Protesters carried signs reading \"Hands Off Our Park\" outside city hall.").quotes.empty());
  // (a base form after a participle that describes its subject is the verb)
  EXPECT_EQ(first_words("By big margins, those surveyed say the economy should come first."), "the economy should come first");
}

TEST(Reported, WhatCouldShouldOrMustBeSaidIsNoReport) {
  for (const char* text : {"Under the new rule, employers must tell applicants when an algorithm screens their resume.",
                           "Any doctor would tell you that sleep matters more than diet.",
                           "You could say the plan was doomed from the start.",
                           "If Barnaby Quist were to say \"yes\" to the offer, the club would be sold by Friday.",
                           "Were Quist to say that the deal was dead, fans would riot."})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  // (a habit or a later time of "would", a past of "may have", "can confirm" and PolNeAR's notion report)
  EXPECT_EQ(first_words("Police can confirm that a 34-year-old man has been arrested."), "a 34-year-old man has been arrested");
  EXPECT_EQ(first_words("He would later say that the plan was doomed."), "the plan was doomed");
  EXPECT_EQ(first_words("Prime Minister Theresa May said this week that the country would leave."), "the country would leave");
  EXPECT_EQ(first_words("You could say the plan was doomed from the start.", all_attributions()), "the plan was doomed from the start");
}

TEST(Reported, ANameAndItsReflexiveIsTheName) {
  Document d = extract("Singer Joni Hart says the tour is long. Hart herself admits she is \"nervous\" about it.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Joni Hart");
  EXPECT_EQ(mention(&d.quotes[1]), "Hart");
  // (not a name a preposition governs)
  EXPECT_EQ(mention(&extract("People close to Elon Musk himself say the deal is dead.").quotes.at(0)),
            "People close to Elon Musk himself");
  // (an office's domain with "and" in it, a modifier before its title)
  EXPECT_EQ(extract("NZTA regional manager of system design and delivery Hamish Tautahi said the road was unsafe.").quotes.at(0).speaker,
            "Hamish Tautahi");
}

TEST(Reported, APersonsNameBeforeTheFirmTheySpeakFor) {
  // after "of" and the words that tell what the firm is
  EXPECT_EQ(extract("Dana Whitlock of the advocacy group Public Tech Watch said the law was weak.").quotes.at(0).speaker,
            "Dana Whitlock");
  // (or a show's title in quotation marks, after a role's words too, in reported speech)
  EXPECT_EQ(extract("Film critic Lorraine Feist of the culture podcast \u201cSecond Reel\u201d said that the film would win awards.")
                .quotes.at(0)
                .speaker,
            "Lorraine Feist");
  EXPECT_EQ(extract("Lorraine Feist of the culture podcast \u201cSecond Reel\u201d said the film was \"a mess.\"").quotes.at(0).speaker,
            "Lorraine Feist");
  EXPECT_EQ(mention(&extract("Members of the Northvale Rowing Club said the river was dirty.").quotes.at(0)),
            "Members of the Northvale Rowing Club");
  // a name with its title's words that a preposition governs is no subject
  EXPECT_EQ(mention(&extract("Supporters of former president Donald Trump said the case was weak.").quotes.at(0)),
            "Supporters of former president Donald Trump");
  EXPECT_EQ(extract("After the hearing, former president Donald Trump said the case was weak.").quotes.at(0).speaker, "Donald Trump");
  // (a body's name before the title's words is no preposition's object: "of Commerce")
  EXPECT_EQ(extract("Lismore Chamber of Commerce president Anh Nguyen said one in five businesses had not reopened.").quotes.at(0).speaker,
            "Anh Nguyen");
}

TEST(Reported, ANameAPrepositionGovernsIsNoSubject) {
  const std::pair<const char*, const char*> cases[] = {
      {"Families in the Mill Lane area of Northvale say they have been without water for days.",
       "Families in the Mill Lane area of Northvale"},
      {"The mayor of Springfield said the plan was dead.", "The mayor of Springfield"},
      // (with the name's acronym in brackets)
      {"Sources in the Federal Board of Revenue (FBR) said the target would be missed.",
       "Sources in the Federal Board of Revenue (FBR)"},
  };
  for (const auto& [text, speaker] : cases) EXPECT_EQ(mention(&extract(text).quotes.at(0)), speaker) << text;
  EXPECT_EQ(extract("Dan Ives of Wedbush said the stock was cheap.").quotes.at(0).speaker, "Dan Ives");
  // a passive's subject is spoken of
  Document d = extract("One woman shouted \"Shame on you!\" as the vote was announced.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "One woman");
}

TEST(Reported, TheSubjectOfAClauseOfTime) {
  // "after" opens a clause before its subject and verb: the subject speaks
  EXPECT_EQ(extract("The row began after a city councillor accused the club's owners of \"holding the city to ransom\".")
                .quotes.at(0)
                .speaker,
            "a city councillor");
}

TEST(Sieves, AWordOfANameIsNoCueAndAGestureInThePresent) {
  // "State" in "State Department" is a name's word
  Document d = extract("State Department spokesperson Naomi Fairbanks said the United States was \"in close contact with both "
                       "governments.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Naomi Fairbanks");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // a profile's present tense: "smiles", "shrugs"
  Document p = extract("Felix Carter smiles. \"I love this place.\"\n\nFelix Carter shrugs.\n\n\"I worry every day.\"\n\n"
                       "Asked whether he regrets buying it, Felix Carter pauses for a long time.\n\n\"Regret is not the word.\"");
  ASSERT_EQ(p.quotes.size(), 3u);
  for (const auto& q : p.quotes) EXPECT_EQ(q.speaker, "Felix Carter") << q.text;
}

TEST(Reported, ASubjectOfTwoNounsOrWithAnAgeOrTwoWordsBeforeItsNoun) {
  const std::pair<const char*, const char*> cases[] = {
      {"The mayor said police and firefighters had rescued 12 people.", "police and firefighters had rescued 12 people"},
      {"Police said a man, 34, had been arrested.", "a man, 34, had been arrested"},
      {"Ana Ruiz said a larger, placebo-controlled trial was needed.", "a larger, placebo-controlled trial was needed"},
  };
  for (const auto& [text, content] : cases) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].text, content);
  }
  // names after "and": "said Smith and Jones would"
  EXPECT_EQ(extract("Officials said Smith and Jones would attend.").quotes.at(0).text, "Smith and Jones would attend");
  // a second verb of the speaker's is no clause
  EXPECT_TRUE(extract("Ana Ruiz said goodbye and left.").quotes.empty());
}

TEST(Reported, TheQuotedEndOfAReportedClause) {
  // after a preposition other than "as", the quoted words end the clause
  EXPECT_EQ(extract("Luca Amsler said talks were over \"for now.\"", clauses()).quotes.at(0).text, "talks were over \"for now.\"");
  // a title's word is no cue ("State Treasurer"), and a briefing is the one told
  Document d = extract("State Treasurer Ann Cole said the fund was \"in good shape.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(extract("Naomi Fairbanks told a regular briefing in Washington that the United States would support mediation.")
                .quotes.at(0)
                .text,
            "the United States would support mediation");
}

TEST(Reported, ARelativeClauseBetweenCommasDescribesTheSpeaker) {
  // its verb, a verb of saying or not, reports nothing; the verb after it does
  Document a = extract("A shareholder, who asked not to be named because the talks were private, said investors were angry.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "investors were angry");
  Document b = extract("Paul Demarco, who argued an earlier version of the case for the state, said the opinion was \"narrower "
                       "than the headlines suggest.\"");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker, "Paul Demarco");
  EXPECT_EQ(cue(&b.quotes[0]), "said");
  // (a second clause joined to a first with no comma before it: the phrase before the first)
  Document c = extract("A neighbor who lives above the hardware store, and who asked not to be named, said the impact shook the building.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(mention(&c.quotes[0]), "A neighbor");
  EXPECT_EQ(c.quotes[0].text, "the impact shook the building");
}

TEST(Reported, TheNameBetweenCommasAfterARoleIsTheParticiplesSubject) {
  Document d = extract("The spokesman, Pavel Rudenko, rejected the plan, saying it was unworkable.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Pavel Rudenko");
  // (the role's whole noun first)
  EXPECT_EQ(extract("The chief spokesman, Pavel Rudenko, went further, saying Ostrelia had \"chosen confrontation.\"")
                .quotes.at(0)
                .speaker,
            "Pavel Rudenko");
}

TEST(Reported, SpeakingForAPurposeIsNoReport) {
  // "spoke to confirm his name" says why, not what
  EXPECT_TRUE(extract("Dale Brook spoke only to confirm his name and date of birth and was remanded in custody.").quotes.empty());
}

TEST(Reported, ALongLedeSentenceEndsWithItsSource) {
  // a lede longer than a subject, whose place's state stands between commas before the source
  Document d = extract("Odalys Batista-Kwan, the Havana-born pianist whose fusion of Cuban dance rhythms and European chamber music "
                       "filled concert halls, died on Monday at her home in Coral Gables, Florida, her family said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "her family");
  // "wed" is a verb's past, and a phrase after the cue names whom it was confirmed to
  Document w = extract("The actress and the singer wed on Saturday evening in Montecito, a representative for the couple confirmed to "
                       "StarLine Daily.");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(w.quotes[0].text, "The actress and the singer wed on Saturday evening in Montecito");
}

TEST(Reported, ATrailingSourceBeforeAndAndAnotherClause) {
  // "CLAUSE, X said at …, and CLAUSE": the first clause is X's, and the one after "and" is read
  // on its own
  Document d = extract("Police have arrested a man suspected of robbing seven pharmacies, Chief Loretta Vanterpool said at a news "
                       "conference on Thursday, and investigators believe he may be linked to more robberies.");
  ASSERT_GE(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Police have arrested a man suspected of robbing seven pharmacies");
  EXPECT_EQ(d.quotes[0].speaker, "Loretta Vanterpool");
  Document t = extract("The bridge will reopen in May, the mayor said on Tuesday, and she said the council would pay.");
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[0].text, "The bridge will reopen in May");
  EXPECT_EQ(t.quotes[1].text, "the council would pay");
  EXPECT_EQ(t.quotes[1].speaker, "the mayor");
}

TEST(Reported, ARelativeClauseAfterAnAccordingToSourceReportsToo) {
  // "CLAUSE, according to X, who said CLAUSE": two reports, both X's; a name after a description
  // of the source is the source's
  Document d = extract("The cause was pneumonia, according to her son, Rafael Kwan, who said his mother had played until last week.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "The cause was pneumonia");
  EXPECT_EQ(d.quotes[0].speaker, "Rafael Kwan");
  EXPECT_EQ(d.quotes[1].text, "his mother had played until last week");
  EXPECT_EQ(d.quotes[1].speaker, "Rafael Kwan");
  Document b = extract("The road was closed, according to the Bureau of Land Management, which said it would reopen Friday.");
  ASSERT_EQ(b.quotes.size(), 2u);
  EXPECT_EQ(b.quotes[1].text, "it would reopen Friday");
  EXPECT_EQ(b.quotes[1].speaker, "Bureau of Land Management");
}

TEST(Reported, RelativeClausesAfterASourceAndADescription) {
  // "According to X, who …, CLAUSE": the clause after the relative one
  EXPECT_EQ(extract("According to one large shareholder, who asked not to be named, several investors had pressed management.")
                .quotes.at(0)
                .text,
            "several investors had pressed management");
  // "NAME, 34, a DESCRIPTION from PLACE, who said": the name's
  Document d = extract("\"Everything costs more,\" said Danielle Morrow, 34, a home health aide from Allentown, who said she voted for "
                       "Harlan.");
  const Quote* q = find(d, "she voted for Harlan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Danielle Morrow");
  // (past "the" after the preposition: "a student at the University of Leeds, who")
  EXPECT_EQ(only_speaker("Tom Souza, 19, a student at the University of Leeds, who said he would now miss a mock exam, was angry."),
            "Tom Souza");
  // (with no comma before "who", and a longer description: the place that ends it is no one)
  Document p = extract("Marguerite Olund, 67, a retired school secretary in Pueblo who said she usually votes Republican, said her "
                       "grocery bill had doubled.");
  ASSERT_EQ(p.quotes.size(), 2u);
  EXPECT_EQ(p.quotes[0].speaker, "Marguerite Olund");
  EXPECT_EQ(p.quotes[1].speaker, "Marguerite Olund");
  EXPECT_EQ(only_speaker("It was echoed by Dr. Lamar Pettigrew-Hsu, a paleontologist at the Field Station for Vertebrate Origins in "
                         "Montana, who said the dating would be scrutinized."),
            "Lamar Pettigrew-Hsu");
  // (but not past a clause with a verb of its own: "Voters, whose mood is volatile, …")
  EXPECT_EQ(only_speaker("Voters, whose mood is far more volatile, may soon turn to candidates like Mr. Carson, who claimed at one "
                         "point that China was involved in Syria.",
                         all_attributions()),
            "Carson");
}

TEST(Review, OrdinaryReportsTheDaysRulesMustNotTouch) {
  // "that" before a list, and after a phrase, before a word in -ed and its noun
  EXPECT_EQ(extract("The minister said that teachers, nurses and doctors would receive a raise.").quotes.at(0).text,
            "teachers, nurses and doctors would receive a raise");
  EXPECT_EQ(extract("The army said in a statement that armed men had attacked the convoy.").quotes.at(0).text,
            "armed men had attacked the convoy");
  // "only" is the clause's unless "that" follows it
  EXPECT_EQ(extract("The mayor said only 12 people had applied for the job.").quotes.at(0).text,
            "only 12 people had applied for the job");
  // an inverted cue before a name after a clause in the present
  EXPECT_EQ(extract("The economy needs more investment, says Ana Ruiz.").quotes.at(0).speaker, "Ana Ruiz");
  // "was reported as saying" reports
  EXPECT_EQ(extract("\"The plan is dead,\" Ana Ruiz was reported as saying.").quotes.at(0).speaker, "Ana Ruiz");
  // a phrase before "as" or "after" with no verb before it is the subject's
  EXPECT_EQ(extract("Donald Trump as president said the talks had gone well.").quotes.at(0).speaker, "Donald Trump");
  // the noun before a preposition heads a phrase with a relative clause
  EXPECT_EQ(mention(&extract("A lawyer for the man who was arrested said his client was innocent.").quotes.at(0)),
            "A lawyer for the man who was arrested");
}

TEST(Review, NamesAndPronounsTheDaysRulesMustNotTouch) {
  // a first name in -ing before a verb
  EXPECT_EQ(extract("Channing Tatum has quit the film. Tatum said the script had changed too much.").quotes.at(0).speaker,
            "Channing Tatum");
  // a verb between a name and another is no role
  EXPECT_EQ(extract("Maria Lopez met reporters. Maria Lopez told reporters Garcia should resign. She said the city deserved better.")
                .quotes.back()
                .speaker,
            "Maria Lopez");
  // "her" before a name may be the one spoken to
  EXPECT_EQ(extract("David Chen resigned on Monday. An aide later told her Chen had resigned. He said he was leaving.")
                .quotes.back()
                .speaker,
            "David Chen");
  // a person's body is no name with them
  EXPECT_EQ(extract("Donald Trump's Department of Justice said the case was closed.").quotes.at(0).speaker, "Department of Justice");
  // an interview's turns label a person who is never said to speak
  Document t = extract("Nkem Okonkwo runs Lagos Water, the city's largest utility.\n\nOkonkwo: We have doubled our capacity since "
                       "2020.\n\nOkonkwo: The government has to invest in new reservoirs.");
  ASSERT_EQ(t.quotes.size(), 2u);
  for (const auto& q : t.quotes) EXPECT_EQ(q.speaker, "Nkem Okonkwo");
  // a headline's words before a name the body writes are no part of it
  Document h = extract("Conservative Icon Morton Blackwell Endorses Ted Cruz\n\nMorton Blackwell has endorsed Ted Cruz.\n\n"
                       "\"Cruz is the real thing,\" Blackwell said.");
  EXPECT_EQ(h.quotes.at(0).speaker, "Morton Blackwell");
  // (and a noun that opens a headline in sentence case before a surname the body names with a
  // first name: "Qualifier Villanueva" is Marta Villanueva)
  Document s = extract("Qualifier Villanueva topples Kroll\n\nMarta Villanueva beat Anneliese Kroll on Tuesday.\n\n"
                       "Her father, Jorge Villanueva, watched.\n\n\"I did not see the last point,\" the elder Villanueva said.");
  EXPECT_EQ(s.quotes.at(0).speaker, "Jorge Villanueva");
  bool qualifier = false;
  for (const auto& e : s.speakers) qualifier = qualifier || e.name.find("Qualifier") != std::string::npos;
  EXPECT_FALSE(qualifier);
}

// A verb that reports only what follows it ("spoke") reports no clause before it: "…, after his
// Finance Minister, Catherine Walsh, spoke." is no report of hers
TEST(Reported, AVerbOfNoClauseBeforeItReportsNoTrailingClause) {
  Document d = extract("Prime Minister Andrew Walsh restated his position after his Finance Minister, Catherine Walsh, spoke.");
  EXPECT_TRUE(d.quotes.empty());
  EXPECT_EQ(only_speaker("The plan will fail, Catherine Walsh said."), "Catherine Walsh");
}

// ", then" before a cue joins it to the clause's verb: the subject speaks, not the object before
// the comma; an interview's "Q." that opens a paragraph is no initial of the name after it
TEST(Sieves, ThenAfterACommaJoinsTheCueToTheSubjectsVerb) {
  EXPECT_EQ(only_speaker("Marta Villanueva beat Anneliese Kroll on Tuesday, then joked: \"I should book a new flight.\""),
            "Marta Villanueva");
  EXPECT_EQ(only_speaker("Kroll, then the world No. 2, said: \"I was tired.\""), "Kroll");
  Document q = extract("Viktor Lindqvist lost the final.\n\nQ. Lindqvist said that Mateo \"plays like someone with nothing to "
                       "lose.\" Is that fair?\n\nA. It was fair six months ago.");
  bool q_name = false;
  for (const auto& e : q.speakers) q_name = q_name || e.name.rfind("Q.", 0) == 0;
  EXPECT_FALSE(q_name);
}

// The review of this round's rules: where each stops
TEST(Review55, TheRoundsRulesKeepTheirBounds) {
  // (a letter's label only in an interview of two such labels at least; not an initial)
  EXPECT_EQ(only_speaker("A. J. Brown caught two touchdowns. \"We kept going,\" Brown said."), "A. J. Brown");
  EXPECT_EQ(only_speaker("A. Scott Berg said the biography was \"finished.\""), "A. Scott Berg");
  // (ages the text gives tell the elder before a parent's noun)
  EXPECT_EQ(last_speaker("Robert Chen, 80, opened the diner in 1971. Today it is run by Lily's father, David Chen, 52.\n\n\"I still "
                         "come in every morning,\" the elder Chen said."),
            "Robert Chen");
  // (a former holder's title is no present holder's)
  EXPECT_EQ(last_speaker("Former Finance Minister Bill Morneau criticised the budget.\n\n\"The deficit is too large,\" the Finance "
                         "Minister said."),
            "the Finance Minister");
  // (a name after the role's comma after "according to"; "according to" between the subject and
  // its verb is passed over)
  EXPECT_EQ(only_speaker("\"There is no money left,\" according to the mayor, Jane Smith, who spoke Tuesday."), "Jane Smith");
  EXPECT_EQ(only_speaker("\"There is no plan B,\" Smith, according to the transcript, told investigators."), "Smith");
  // (a name's possessive before a document with a word between that is no writer's)
  EXPECT_EQ(only_speaker("An autopsy was performed on Jamal Carter, 24. Carter's autopsy report found \"no evidence of drugs\" in his "
                         "system."),
            "Carter's autopsy report");
  // (a headline's word before a surname in sentence case only when a person's noun)
  EXPECT_EQ(last_speaker("Chase Elliott says \"luck\" won Talladega\n\nElliott, 28, kept his title chase alive. His father, Bill "
                         "Elliott, watched.\n\n\"This one means a lot,\" Elliott said."),
            "Chase Elliott");
}

TEST(Review, TheSecondReviewsCases) {
  // a relative clause and a second verb after "that NOUN" are no report of it
  for (const char* s : {"The senator criticized that decision, which was announced on Friday.",
                        "Ruiz said goodbye and her daughter had tears in her eyes.", "The pastor said a prayer and the crowd was silent."})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  EXPECT_EQ(extract("The governor dismissed that criticism as partisan and said he would not resign.").quotes.size(), 1u);
  // a quote after a noun of works that a cue gives someone is theirs
  EXPECT_EQ(extract("In his book, \"Washington is broken in ways that voters rarely see,\" Ruiz argues.").quotes.at(0).speaker, "Ruiz");
  // "as"/"after" before a speaker's phrase
  EXPECT_EQ(extract("The outcry after the minister said schools would stay closed forced a U-turn.").quotes.at(0).speaker,
            "the minister");
  // a place opening the sentence is no antecedent; a body's name is no surname of two words
  EXPECT_EQ(extract("Stacey Abrams campaigned in Atlanta on Monday. In Ohio, she said, voters are tired of waiting.").quotes.at(0).speaker,
            "Stacey Abrams");
  EXPECT_EQ(extract("The Gaza Health Ministry said 20 people had been killed. In Israel, the Health Ministry said three soldiers were "
                    "wounded.")
                .quotes.back()
                .speaker,
            "Health Ministry");
  // another office's title, another owner's relation
  EXPECT_EQ(extract("Prime Minister Keir Starmer spoke in the morning. Later, a junior minister defended the plan. \"We stand by it,\" "
                    "the minister said.")
                .quotes.at(0)
                .speaker,
            "the minister");
  EXPECT_EQ(extract("Maria Lopez was charged. Her lawyer, Ann Keller, said she would plead not guilty. Her co-defendant, David Moss, "
                    "was also charged. \"My client did nothing wrong,\" his lawyer said.")
                .quotes.back()
                .speaker,
            "his lawyer");
  // firms in -'s of several words
  EXPECT_EQ(extract("Trader Joe's said it would recall the product.").quotes.at(0).speaker, "Trader Joe's");
  EXPECT_EQ(extract("Moody's Investors Service said the outlook was stable.").quotes.at(0).speaker, "Moody's Investors Service");
}

// The third review's cases: each was a rule of the day misfiring
TEST(Review3, ReportsTheDaysRulesMustKeep) {
  // "in an order that" reports; a time after an object verb is no relative clause's preposition;
  // "states" after a noun is a verb; "maintained" reads a noun and its verb
  const std::pair<const char*, const char*> cases[] = {
      {"The judge said in an order that the documents must be released by Friday.", "the documents must be released by Friday"},
      {"The official cautioned on Monday that the ceasefire was fragile.", "the ceasefire was fragile"},
      {"The lawsuit states the company failed to pay overtime.", "the company failed to pay overtime"},
      {"He maintained the company had failed.", "the company had failed"}};
  for (const auto& [text, content] : cases) {
    std::string t = text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), content) << t;
  }
  // an object pronoun joined to another phrase is no subject; a plural noun of the cue list is
  // no clause's verb
  for (const char* t : {"He denied it and called the report false.", "Gov. Gavin Newsom announced the new rules on Monday."})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
  // a participle of a verb done to someone stays in what a statement reports
  std::string t = "The White House issued a statement calling the report \"false.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).starts_with("calling the report"));
}

TEST(Review3, SpeakersTheDaysRulesMustKeep) {
  // (the text, the last quote's speaker)
  const std::pair<const char*, const char*> cases[] = {
      {"Jordan Nasser is a dealer in Detroit. General Motors said sales fell. \"It has been a tough year,\" he said.", "Jordan Nasser"},
      {"Jordan Nasser, a warehouse worker, filed the complaint. \"We take these concerns seriously,\" said Amazon. \"Nothing has changed,\" he said.",
       "Jordan Nasser"},
      {"Jordan Nasser flies every week. The airline, Lufthansa, said flights would resume. \"I will believe it when I see it,\" he said.",
       "Jordan Nasser"},
      {"Chris Hill runs the shelter on Fifth Street. \"We turn people away every night,\" she said.", "Chris Hill"},
      {"\"Suffering is suffering,\" said Peter Singer of the University of Melbourne.", "Peter Singer"},
      {"The group Physicians for Human Rights said the attacks were \"systematic.\"", "Physicians for Human Rights"},
      {"MP Materials said its profits would \"double\" next year.", "MP Materials"},
      {"John Smith resigned on Friday. \"I leave with pride,\" Smith said. \"The decision was his own,\" a statement from the party said. "
       "\"I thank my colleagues,\" he added.",
       "John Smith"},
      {"Maria Lopez runs a shelter in the city. According to Amnesty International, detentions doubled last year. \"We see it every day,\" she said.",
       "Maria Lopez"},
      {"\"We will win,\" Smith said. But as Jones told reporters last week, the race is close. \"We could lose.\"", "Jones"},
      {"\"I am satisfied with his response,\" Hooton said after Rubio spoke. \"My biggest concern is the criminals.\"", "Hooton"}};
  for (const auto& [text, speaker] : cases) EXPECT_EQ(last_speaker(text), speaker) << text;
}

TEST(Review3, AnExplainersQuestionsAndAnswersAreNoOnesInterview) {
  // no words saying the article interviews someone: the answers are no one's; with them, the one
  // named after them, not the reporter named more
  Document faq = extract(
      "Gov. Gavin Newsom announced the rules on Monday. Newsom said the rules would take effect Friday.\n\n"
      "Q: Do I need a mask at the grocery store?\n\nA: Yes. The state requires masks in all indoor public spaces.\n");
  for (const Quote& q : faq.quotes) EXPECT_NE(q.kind, Kind::direct);
  Document qa = extract(
      "Reporter Dana Whitfield sat down with economist Rahul Mehta. Whitfield has covered the central bank for a decade.\n\n"
      "Q: Will rates fall this year?\n\nA: I think they will, but slowly and only after the summer.\n");
  ASSERT_EQ(qa.quotes.size(), 1u);
  EXPECT_EQ(qa.quotes[0].speaker, "Rahul Mehta");
}

TEST(Interview, WithNoWordsOfAnInterviewTheOnePersonNamedBeforeTheQuestionsThatAskYouAnswers) {
  // the questions ask "you": an interview of the one person named before them, short answers too
  Document d = extract("Angus MacRae has rowed the ferry since 1983. The conversation has been edited for length and clarity.\n\n"
                       "Q: Have you ever missed a crossing?\n\n"
                       "A: Twice. Both times it was the engine, not the weather.\n\nQ: Will you miss it?\n\nA: Every day.\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Angus MacRae") << q.text;
  EXPECT_EQ(d.quotes[1].text, "Every day.");
  // (one who answered questions is the one interviewed, and what was answered no report)
  Document ans = extract("Dr. Yusuf Karimi, the state epidemiologist, answered readers' questions about the flu.\n\n"
                         "Q: Do adults need a booster?\n\nA: Most adults born after 1957 need one dose.\n");
  ASSERT_EQ(ans.quotes.size(), 1u);
  EXPECT_EQ(ans.quotes[0].speaker, "Yusuf Karimi");
  EXPECT_EQ(ans.quotes[0].kind, Kind::direct);
  // (two named as often: no one)
  Document two = extract("Angus MacRae and Tom Reid row the ferry. The conversation has been edited for length and clarity.\n\n"
                         "Q: Have you ever missed a crossing?\n\nA: Twice. Both times it was the engine, not the weather.\n");
  for (const Quote& q : two.quotes) EXPECT_TRUE(q.speaker.empty()) << q.speaker;
  // (no words that the questions and answers were edited: an explainer's, the reader's "you")
  Document faq = extract("Dr. Amy Acton, the state health director, urged caution. Acton said tests were free.\n\n"
                         "Q: Should you get tested if you have symptoms?\n\nA: Yes. Call your doctor first and stay home.\n");
  const Quote* answer = find(faq, "doctor");
  if (answer) {
    EXPECT_NE(answer->speaker, "Amy Acton");
  }
}

// The fourth review's cases
TEST(Review4, TheLateRulesKeepTheirBounds) {
  // "states" after its subject, an adverb between ("The report also states"); no report of an
  // object with a participle ("unveiled the car designed by its studio")
  const std::pair<const char*, const char*> reports[] = {
      {"The law states that voters must show ID.", "voters must show ID"},
      {"The report also states that the agency failed to act.", "the agency failed to act"},
      {"Smith's affidavit states he was never paid.", "he was never paid"}};
  for (const auto& [text, content] : reports) {
    std::string t = text;
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), content) << t;
  }
  for (const char* t : {"The company unveiled the car designed by its Italian studio.", "The board maintained the policy adopted in 2019."})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
  // a name in marks with the sentence's end inside them stays a quote; one a person named gives,
  // theirs ('whom Trump dubbed "Sleepy Joe,"')
  Document ship = extract("The ship was named \"Endurance.\" \"It is in remarkable condition,\" said Mensun Bound.");
  ASSERT_FALSE(ship.quotes.empty());
  EXPECT_EQ(ship.quotes.back().kind, Kind::direct);
  EXPECT_EQ(ship.quotes.back().speaker, "Mensun Bound");
  Document dub = extract("Biden, whom Trump dubbed \"Sleepy Joe,\" said on Tuesday he would run again.");
  for (const Quote& q : dub.quotes) EXPECT_NE(q.speaker, "Sleepy Joe");
  // (the text, the last quote's speaker)
  const std::pair<const char*, const char*> speakers[] = {
      {"Maria Lopez lost her home in the fire. \"She was devastated,\" a neighbor said.\n\n\"I have nowhere to go,\" she said.", "Maria Lopez"},
      {"Tesla CEO Musk said the company would \"crush\" its rivals.", "Musk"},
      {"Sen. Susan Collins spoke with The Washington Post on Tuesday.\n\nQ: Will you vote to confirm?\n\nA: I have not decided yet, and I will "
       "not say more today.\n",
       "Susan Collins"}};
  for (const auto& [text, speaker] : speakers) EXPECT_EQ(last_speaker(text), speaker) << text;
  // "posted a photo of the note. It read:" is no one's message
  Document note = extract("Sheriff Mike Chitwood posted a photo of the note left at the scene. It read: \"You will never catch me.\"");
  ASSERT_EQ(note.quotes.size(), 1u);
  EXPECT_NE(note.quotes[0].speaker, "Mike Chitwood");
}

TEST(Sieves, ARelativeClauseOfThePreviousSpeakerKeepsTheirRun) {
  // a cue in the clause that describes the speaker ("shares") is no other speaker's
  EXPECT_EQ(last_speaker("\"They are paying too much,\" said Victor Halloran, who owns Northwind Foods shares. "
                         "\"I want to hear a lot more.\""),
            "Victor Halloran");
}

TEST(Sieves, AClauseJoinedAfterAReportHasItsOwnSpeaker) {
  // the first report ends at ", and"; the quoted words are in the joined clause's report
  Document d = extract("Hale said that he would offer amendments, and an aide said two Republicans were \"quietly interested\" in a deal.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Hale");
  EXPECT_EQ(d.quotes[0].text, "he would offer amendments");
  EXPECT_EQ(d.quotes[1].speaker, "an aide");
  // (inside what the first cue reports, the words are the inner speaker's in the default reading,
  // the first speaker's report in PolNeAR's)
  EXPECT_EQ(last_speaker("Trump said that Clinton described it as \"a disaster.\""), "Clinton");
  EXPECT_EQ(only_speaker("Trump said that Clinton described it as \"a disaster.\"", all_attributions()), "Trump");
}

TEST(Sieves, ASecondVerbAfterAReportedQuoteIsTheFirstSpeakers) {
  // not the subject inside the first report ("the senator")
  Document d = extract("Tanner's office said that the senator had visited \"twice,\" and accused Calloway of \"playing to a national audience.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Tanner's office");
  EXPECT_EQ(cue(&d.quotes[1]), "accused");
}

TEST(Sieves, AnAppositiveEndsBeforeTheSubjectsOwnVerb) {
  // the speaker's phrase is the name and its description, not the clause up to a participle cue
  EXPECT_EQ(first_mention("Rep. Dale Hutchins, a Tanner ally, weighed in on Truth Social, writing: \"Calloway cares more about Iowa.\""),
            "Rep. Dale Hutchins, a Tanner ally");
  EXPECT_EQ(first_mention("Delgado, who lost in all six categories, seemed unbothered, writing on Threads: \"Next year.\""),
            "Delgado, who lost in all six categories");
}

// Cases a review of the day's rules found, each a rule's over-reach that is mended.
TEST(Review5, TheRulesOfTheDayHoldTheirBounds) {
  // a headline's lone word is no speaker, a sentence's one-word body is
  EXPECT_EQ(last_speaker("Greenpeace said on Monday it would sue.\n\n\"We will see them in court.\""), "Greenpeace");
  // one the sentence tells a thing done to does not take the next words
  EXPECT_EQ(last_speaker("\"I saw him fall on the stairs,\" said Ann Lee.\n\nTunde Bakare was shot twice. \"He just lay there.\""),
            "Ann Lee");
  // (but a past form in "un-" that ends the sentence is a state of mind: the next words are theirs)
  EXPECT_EQ(last_speaker("Kevin Rourke said the warrant was narrow.\n\nJustice Sonia Sotomayor was unpersuaded.\n\n\"Who decided which "
                         "devices to pick?\""),
            "Sonia Sotomayor");
  // a speaker's own question: the words after it are still theirs
  EXPECT_EQ(last_speaker("\"Why should we wait?\" asked Senator Ana Ruiz.\n\n\"We have waited long enough.\""), "Ana Ruiz");
  // after the cue: a time and the ones spoken to are no part of the phrase; no party tag speaks
  EXPECT_EQ(only_speaker("\"No,\" said a spokesman for the company Tuesday."), "a spokesman for the company");
  EXPECT_EQ(only_speaker("\"We played well,\" said the coach to reporters."), "the coach");
  EXPECT_EQ(only_speaker("\"No,\" said a spokeswoman for Sen. Susan Collins, R-Maine."), "a spokeswoman for Sen. Susan Collins");
  // (a name of two words that ends the phrase is the head's, whatever name the preposition governs)
  EXPECT_EQ(only_speaker("\"No,\" said a spokeswoman for Sen. Susan Collins, Annie Clark."), "Annie Clark");
  // (after quoted words inside the writer's sentence, a phrase and a past form are the clause the cue
  // reports, no inverted subject)
  const Document lim = extract("Lim, who was accused of \"folding,\" said the criticism stung.");
  for (const Quote& q : lim.quotes) EXPECT_NE(q.speaker, "the criticism stung") << q.text;
  EXPECT_EQ(last_speaker("Lim, who was accused of \"folding,\" said the criticism stung."), "Lim");
  EXPECT_EQ(only_speaker("\"Anyone in the queue could vote,\" said the returning officer for Manawa Bay, Pauline Cho."), "Pauline Cho");
  // (a title's initials after words that describe it are a phrase's noun: "The new MP, who …, said")
  EXPECT_EQ(first_mention("The new MP, who will be sworn in next month, said her first job would be to ask for a date."), "The new MP");
  EXPECT_EQ(first_mention("The former CEO, who is 64, said the plan would work."), "The former CEO");
  // an adverb of auxiliaries.txt before a verb: the clause has its verb
  EXPECT_EQ(first_words("Police said the suspect still faces charges."), "the suspect still faces charges");
  EXPECT_EQ(first_words("Officials said costs often rise in winter."), "costs often rise in winter");
  // a subject after a phrase with no comma
  EXPECT_EQ(only_speaker("At the rally Nkechi Obi spoke for an hour, telling supporters that the vote was \"stolen.\""), "Nkechi Obi");
}

TEST(Review5, AnAgeAndARelativeClauseAfterTheNameKeepTheName) {
  EXPECT_EQ(only_speaker("Outside, retiree Doug Pemberton, 74, who has a dog, said he was \"gutted\"."), "Doug Pemberton");
}

TEST(Review5, BodiesAndTheirSpokespeopleHeldOutCases) {
  // "Watch" is a word of a body's name ("Human Rights Watch"), not only of a page's furniture
  EXPECT_EQ(only_speaker("Human Rights Watch said the report was damning."), "Human Rights Watch");
  // a name a preposition governs, before a description between commas: the phrase that holds it
  EXPECT_EQ(only_speaker("A spokeswoman for Cephalopod Watch, a campaign group based in London, said the group was "
                         "\"deeply uncomfortable\" with the research."),
            "A spokeswoman for Cephalopod Watch");
  // the name between commas after what the noun is of or for
  EXPECT_EQ(only_speaker("A spokesman for the U.S. Attorney's Office, Ben Haskell, declined to comment, saying the office "
                         "does not discuss ongoing trials."),
            "Ben Haskell");
}

TEST(Review5, TwiceIsAnAdverbBetweenSpeakerAndCue) {
  EXPECT_EQ(first_mention("Judge Harriet Okonkwo twice admonished Brennan for what she called \"argumentative\" questioning.",
                          all_attributions()),
            "Judge Harriet Okonkwo");
  EXPECT_EQ(last_speaker("Judge Harriet Okonkwo twice admonished Brennan for what she called \"argumentative\" questioning."),
            "Harriet Okonkwo");
  EXPECT_EQ(first_mention("Clinton twice said the deal was off."), "Clinton");
}

TEST(Speaker, TheAppositiveOfTheSpeakerInItsMention) {
  // a noun after an owner is no verb ("press"), "her" before a noun is an owner, and an
  // adverbial after a comma ends the description
  EXPECT_EQ(first_mention("Brian Fallon, the campaign\u2019s press secretary, noted that the campaign faced a crossroads."),
            "Brian Fallon, the campaign\u2019s press secretary");
  EXPECT_EQ(first_mention("Donald Trump, her Republican opponent, said that drugs were a big factor."),
            "Donald Trump, her Republican opponent");
  EXPECT_EQ(first_mention("\"We are fine,\" said Rep. Elijah Cummings, the top Democrat on the panel, in a statement."),
            "Rep. Elijah Cummings, the top Democrat on the panel");
}

TEST(Speaker, TheWordsOfARoleBeforeTheNameNotATime) {
  EXPECT_EQ(first_mention("White House press secretary Josh Earnest said that the plan would fail."),
            "White House press secretary Josh Earnest");
  EXPECT_EQ(first_mention("On Tuesday evening Hillary Clinton said that the plan would fail."), "Hillary Clinton");
  // after the cue: the name the role describes
  EXPECT_EQ(first_mention("\"The group is short,\" said former Pennsylvania governor Ed Rendell."),
            "former Pennsylvania governor Ed Rendell");
  EXPECT_EQ(only_speaker("The group is short, said former Pennsylvania governor Ed Rendell."), "Ed Rendell");
}

TEST(Indirect, ALongSpeakerPhraseAndItsCueEndTheSentence) {
  EXPECT_EQ(first_mention("The couple were among the passengers, foreign affairs ministry spokesman Benali Cherif Abdelaziz "
                          "said Thursday."),
            "foreign affairs ministry spokesman Benali Cherif Abdelaziz");
  // a clause of the writer's with a cue word at its end is no speaker's phrase
  EXPECT_EQ(first_mention("Trump has run a remarkably busy campaign, careening from rallies to interviews on the early news shows."),
            "(none)");
}

TEST(Indirect, ADeterminerStandingAloneAsTheSubject) {
  // of the verb's number, where a clause opens, no noun after the verb's form
  EXPECT_EQ(first_mention("Many said that the ruling intensifies the need."), "Many");
  EXPECT_EQ(first_mention("Another said he hoped that Trump wins the election."), "Another");
  EXPECT_EQ(first_mention("One says China has the most."), "One");
  EXPECT_EQ(first_mention("\"We lost,\" one said."), "one");
  Document d = extract("One company says China has the most, while another says the United States has twice as many.", bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[1]), "another");
  // a noun after a determiner: "view", "protest" are no verbs there
  EXPECT_EQ(first_mention("One view is that the judge never meant it."), "(none)");
  EXPECT_EQ(first_mention("Some protest leaders said they would ignore the rules."), "Some protest leaders");
}

TEST(Indirect, ASubjectWithALongParenthesisOrAPluralShare) {
  EXPECT_EQ(first_mention("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was "
                          "unfocused."),
            "Sen. Chris Murphy");
  EXPECT_EQ(first_mention("Majorities of both parties say they want a change."), "Majorities of both parties");
}

TEST(Indirect, AnAsideBetweenCommasAfterTheCue) {
  const std::string t = "Marco Rubio says, win or lose in the primary, he is staying in the race.";
  EXPECT_EQ(first_words(t), "he is staying in the race");
  Options all = all_attributions();
  EXPECT_EQ(first_words(t, all), "win or lose in the primary, he is staying in the race");
}

TEST(Indirect, AReportInAnOpeningClauseEndsAtItsComma) {
  Options all = all_attributions();
  const std::string t =
      "When the moderator pointed out that Trump had not answered the question, the candidate said families of people killed by "
      "police file lawsuits.";
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "that Trump had not answered the question");
  EXPECT_EQ(mention(&d.quotes[1]), "the candidate");
  EXPECT_EQ(at(t, d.quotes[1].start, d.quotes[1].end), "families of people killed by police file lawsuits");
}

TEST(Sieves, QuotedWordsOpeningAClauseThenItsSpeakerAndCue) {
  const std::string t = "\"I held and hugged\" grieving family members before laying flowers at a memorial, he said.";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(mention(&d.quotes[0]), "he");
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end),
            "\"I held and hugged\" grieving family members before laying flowers at a memorial");
  // a quotation followed by its cue and another clause is still whole
  EXPECT_EQ(extract("\"We won,\" he said, and Sanders agreed.").quotes.at(0).kind, Kind::direct);
}

TEST(Indirect, AParticipleThatDescribesItsNounIsNoCue) {
  EXPECT_EQ(first_mention("A report published by the agency found that the claim is speculative.", all_attributions()),
            "A report published by the agency");
  EXPECT_EQ(first_mention("\"It is speculative,\" the report published by the agency said.", all_attributions()),
            "the report published by the agency");
  // (the default reading gives a document's words to who published it)
  EXPECT_EQ(first_mention("\"It is speculative,\" the report published by the agency said."), "the agency");
  // a subject of its own after the verb: the verb reports
  EXPECT_EQ(first_mention("Several cast members said Trump had one contestant twirl."), "Several cast members");
}

TEST(Indirect, AccordingToASourceWithNoCommaOrARelativeClause) {
  EXPECT_EQ(first_mention("Clinton is now ahead of the challenger 46 percent to 39 percent according to a CBS poll released Monday."),
            "a CBS poll released Monday");
  EXPECT_EQ(first_mention("The candidate will propose spending $2 billion a year, according to a campaign official who was not "
                          "authorized to speak publicly."),
            "a campaign official who was not authorized to speak publicly");
  EXPECT_EQ(first_mention("The work went according to plan."), "(none)");
}

TEST(Indirect, AccordingToAfterAQuotationsCueIsAReportOfTheReport) {
  const std::string t = "\"Do not protest on the floor,\" Sanders said, according to CNN.";
  Options all = all_attributions();
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "CNN");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "\"Do not protest on the floor,\" Sanders said");
  EXPECT_EQ(d.quotes[1].speaker, "Sanders");
  // the default reading: the words are the speaker's alone
  EXPECT_EQ(only_speaker(t), "Sanders");
}

TEST(Indirect, SaidAAndThatBAreARecordEachWhenAQuotationIsInOne) {
  Document d = extract("The librarian said the books had been moved, not removed, and that the review was \"routine housekeeping.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "the books had been moved, not removed");
  EXPECT_EQ(d.quotes[1].kind, Kind::partial);
  EXPECT_EQ(d.quotes[1].text, "routine housekeeping.");
  // (grouping by attribution, the clause of the quoted words)
  Document c = extract("The librarian said the books had been moved, not removed, and that the review was \"routine housekeeping.\"",
                       clauses());
  const Quote* r = find(c, "routine housekeeping");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->text.find("the review was \"routine housekeeping.\""), std::string::npos);
  Document b = extract("Coach Ray Ortiz told reporters he was \"shocked but excited,\" and that he heard the news from his agent.");
  ASSERT_EQ(b.quotes.size(), 2u);
  EXPECT_EQ(b.quotes[0].kind, Kind::partial);
  EXPECT_EQ(b.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(b.quotes[1].text, "he heard the news from his agent");
  EXPECT_EQ(b.quotes[1].speaker, "Ray Ortiz");
  // (the clause's second verb group after the quoted words, its auxiliary first, is a record too; a
  // past form after "and" is the speaker's own act, and the object of "described … as" no clause)
  Document v = extract("His spokeswoman said he was \"reviewing the audit in full\" and would respond later in the week.");
  ASSERT_EQ(v.quotes.size(), 2u);
  EXPECT_EQ(v.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(v.quotes[1].text, "would respond later in the week");
  EXPECT_EQ(v.quotes[1].speaker, "His spokeswoman");
  for (const Quote& q : extract("Ade Oyelaran said the bridge was \"a disgrace\" and called on the council to act.").quotes)
    EXPECT_NE(q.text, "called on the council to act");
  for (const Quote& q : extract("Critics described the deal as \"a giveaway\" and would not say more.").quotes)
    EXPECT_NE(q.text, "would not say more");
  // ("that" a pronoun or a determiner opens no report of its own)
  for (const char* text : {"Lee said the plan was \"dead on arrival,\" and that was the end of the debate.",
                           "Lee said the budget was \"a mess,\" and that view was shared by most of the council."})
    EXPECT_EQ(extract(text).quotes.size(), 1u) << text;
  // grouping by attribution keeps one record of the cue's whole report
  Options grouped;
  grouped.grouping = Grouping::attribution;
  EXPECT_EQ(extract("The librarian said the books had been moved, and that the review was \"routine housekeeping.\"", grouped)
                .quotes.size(),
            1u);
}

TEST(Indirect, AccordingToThatReportsAPartialQuoteIsOneRecord) {
  // the partial quote is reported through "according to" already: no second record of the clause
  const std::string t = "The campaign is paying \"dozens\" of canvassers to go door to door, according to campaign manager Jeff Weaver.";
  Options all = all_attributions();
  Document d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(d.quotes[0].speaker, "Jeff Weaver");
}

TEST(Indirect, AsTheSourceReportedThenTheClause) {
  Options all = all_attributions();
  EXPECT_EQ(first_words("As The Hill reported, Donald Trump was also accused of breaking debate rules."),
            "Donald Trump was also accused of breaking debate rules");
  EXPECT_EQ(first_words("As The Hill reported, Donald Trump was also accused of breaking debate rules.", all),
            "Donald Trump was also accused of breaking debate rules");
  EXPECT_EQ(first_words("As the rain fell on the crowd, the team won.", all), "(none)");
  // a time that opens with "late" or "early" after the cue is no part of what was reported
  EXPECT_EQ(first_words("Clinton was advised to use a private account, the New York Times reported late Thursday.", all),
            "Clinton was advised to use a private account");
}

TEST(Sieves, AnInfinitiveInTheSpeakersDescriptionIsNoCue) {
  EXPECT_EQ(first_mention("\"The agents are under pressure,\" an intelligence source, who was not authorized to speak on the "
                          "record, told Fox News."),
            "an intelligence source");
}

TEST(Grouping, TheNextSentencesQuoteAfterTheCuesSentenceIsOneAttribution) {
  Options o = bytes();
  o.grouping = Grouping::attribution;
  const std::string t = "The debate went on. \"There it is,\" Christie said to laughs. \"The memorized speech. There it is.\"";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Christie");
  // each quotation its own record by default, both Christie's
  Document q = extract(t, bytes());
  ASSERT_EQ(q.quotes.size(), 2u);
  EXPECT_EQ(q.quotes[1].speaker, "Christie");
}

TEST(Indirect, ASubjectWithItsRelativeClause) {
  // a name a preposition governs before "who": the whole phrase
  EXPECT_EQ(first_mention("Democrats in Iowa who watched the debate said they were unfazed by the flap."),
            "Democrats in Iowa who watched the debate");
  // a base form after the phrase of a plural noun and its relative clause
  EXPECT_EQ(first_mention("Families who lost homes say they were ignored."), "Families who lost homes");
  EXPECT_EQ(first_mention("The state officials whose laws were invalidated say the real change has come."),
            "The state officials whose laws were invalidated");
  // in a sentence with a quotation: the relative clause's verb is no report in the default
  // reading; with --attributions all it is one, that ends before the sentence's verb
  const std::string t = "One official who relayed the exchange said Reid quieted the chatter, telling them, \"We wait.\"";
  EXPECT_EQ(first_mention(t), "One official who relayed the exchange");
  Options all = all_attributions();
  Document d = extract(t, all);
  ASSERT_GE(d.quotes.size(), 2u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the exchange");
  EXPECT_EQ(mention(&d.quotes[1]), "One official who relayed the exchange");
}

TEST(Indirect, TheOneToldNamedWithAnd) {
  EXPECT_EQ(first_words("Wilson told the Post and Courier that he cast his ballot for Rubio."), "he cast his ballot for Rubio");
  EXPECT_EQ(first_words("Wilson told Smith and Jones that he cast his ballot for Rubio."), "he cast his ballot for Rubio");
}

TEST(Indirect, AParticipleAfterATimeAndACountedName) {
  // the participle after a phrase reported and its time
  Options all = all_attributions();
  Document d = extract("Marine Le Pen voiced support for Donald Trump on Wednesday, saying his rival would bring war.", all);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(cue(&d.quotes[1]), "saying");
  EXPECT_EQ(d.quotes[1].speaker, "Marine Le Pen");
  // a name after a number's determiner heads the participle's subject
  EXPECT_EQ(first_mention("Several Democrats cautioned against drawing lessons from the vote, saying immigration was the "
                          "bigger problem."),
            "Several Democrats");
  EXPECT_EQ(first_mention("The outcome showed Clinton had received 49.84 percent.", all), "The outcome");
}

TEST(Sieves, ContinuationPastTheSpeakersLongDescription) {
  EXPECT_EQ(last_speaker("\"Do these people read newspapers?\" said Bob Mulholland, a California superdelegate and Clinton "
                         "supporter who has accused Sanders supporters of harassing his peers. \"Are they reading some chain "
                         "email?\""),
            "Bob Mulholland");
}

TEST(Sieves, AnAsideOfTheSpeakerBetweenTwoPiecesOfOneQuotation) {
  Document d = extract("\"These guys know how to use words,\" said Sherman, speaking of politicians, \"and leave themselves "
                       "wiggle room.\"");
  ASSERT_EQ(d.quotes.size(), 1u);  // one record, the cue's two pieces
  EXPECT_EQ(d.quotes[0].speaker, "Sherman");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // a participle that brings the words in is their cue
  Document e = extract("\"We certainly can't afford this,\" Trump said, adding later, \"NATO is costing us a fortune.\"");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(cue(&e.quotes[1]), "adding");
}

TEST(Speaker, ANominalWithANameItGovernsAndARelativeClause) {
  // a name a preposition governs, "the state" before it, then the speaker's relative clause
  EXPECT_EQ(only_speaker("A spokeswoman for the state Department of Environmental Quality who was not authorized to speak "
                         "publicly about the negotiations said the agency had already identified the site."),
            "A spokeswoman for the state Department of Environmental Quality who was not authorized to speak publicly "
            "about the negotiations");
  // a subordinate clause inside the relative one
  EXPECT_EQ(first_mention("A district spokeswoman who asked not to be named because she was not authorized to discuss the "
                          "negotiations said the offer would stand."),
            "A district spokeswoman who asked not to be named because she was not authorized to discuss the negotiations");
}

TEST(Indirect, AnIrregularPastAfterAStandingDeterminerAndACueWordOpeningARole) {
  EXPECT_EQ(first_mention("Several said classes at some middle schools had grown to more than 38 students."), "Several");
  Document d = extract("State dam safety engineer Howard Liang said at a news conference Sunday that the dam was safe.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(d.quotes[0].speaker, "Howard Liang");
}

TEST(Sieves, TheSentencesOwnTrailingCueBeforeOneTakenFromBefore) {
  const std::string t = "Ann Reyes has taught for years. \"I am tired,\" she said.\n\n\"This is the last contract I am waiting "
                        "out\" was what she told her husband in August, she said.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::partial);
  EXPECT_EQ(cue(&d.quotes[1]), "said");
  EXPECT_EQ(d.quotes[1].speaker, "Ann Reyes");
}

TEST(Speaker, OneOfThemAndTheNameWithItsPlace) {
  EXPECT_EQ(only_speaker("One of them, Sen. Patrice Hollande of Ridley, said the state was taking on too much debt."),
            "Patrice Hollande");
  EXPECT_EQ(first_mention("One, a clerk who had worked under Merrow for 11 years, wrote that employees had been "
                          "\"treated like suspects\" for months."),
            "One, a clerk who had worked under Merrow for 11 years");
}

TEST(Mixed, QuotedWordsInAClauseThatAnInvertedCueAndADescriptionReport) {
  const std::string t = "The idea that such \"radiolytic\" ecosystems might exist has been around for decades, said Tomasz "
                        "Wierzbicki, a researcher at the Coastal Institute.";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tomasz Wierzbicki");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end),
            "The idea that such \"radiolytic\" ecosystems might exist has been around for decades");
}

TEST(Speaker, APartyAndAStateBetweenCommasAndNoClauseAfterAnInvertedCue) {
  EXPECT_EQ(only_speaker("Senator Marco Rubio, Republican of Florida, said the troops should stay."), "Marco Rubio");
  EXPECT_EQ(only_speaker("Carole Bower, 75, a retiree in Carthage, Ill., said she supported Kasich."), "Carole Bower");
  // the phrase after an inverted cue with a verb of its own is the clause reported
  EXPECT_EQ(first_mention("Mike Morrell, a veteran of the CIA who retired in 2013, said the simplistic approach put forward by "
                          "Trump is insufficient."),
            "Mike Morrell, a veteran of the CIA who retired in 2013");
}

TEST(Indirect, TheOneToldWithThePlaceItIsOf) {
  EXPECT_EQ(first_words("Christine Todd Whitman told The Star-Ledger of Newark last week she would rather vote for Clinton."),
            "she would rather vote for Clinton");
}

TEST(Mixed, AQuotationOfSentencesThenTheWritersWordsAndAnInvertedCue) {
  const std::string t = "\"Campaigns are having trouble raising money. They do not have a choice\" but to take the lead in "
                        "advertising, says Evan Tracey, a media consultant in Alexandria, Va.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Evan Tracey");
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(cue(&d.quotes[0]), "says");
}

TEST(Review6, WhatTheRulesOfThisChangeLeaveAlone) {
  // "As" and a verb of no report tells when
  EXPECT_EQ(first_words("As the crowd shouted, Trump walked off the stage."), "(none)");
  EXPECT_EQ(first_words("As the president spoke, the crowd chanted his name."), "(none)");
  // a passive's infinitive after a determiner standing alone
  EXPECT_EQ(first_words("Those said to be involved were arrested on Friday."), "(none)");
  // "according to" a thing that says nothing after a quotation's cue
  Options all = all_attributions();
  EXPECT_EQ(extract("\"It is over,\" Smith said, according to plan.", all).quotes.size(), 1u);
  // the continuation past a description stays in its sentence
  EXPECT_EQ(last_speaker("\"We lost,\" said Bob Mulholland, a superdelegate who has accused Sanders supporters of harassing "
                         "his peers. Sanders aides denied it. \"We will be back.\""),
            "Sanders aides");
  // guillemets read as Latin-1 stay quotation marks
  const Document d = extract("\xC3\x82\xC2\xAB" "We will win" "\xC3\x82\xC2\xBB" ", said Fran\xC3\x83\xC2\xA7ois Hollande.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_NE(d.quotes[0].kind, Kind::indirect);
}

TEST(Review6, AParticipleThatDescribesItsNounAfterAQuotationOrBeforeANumber) {
  EXPECT_EQ(first_mention("\"It is over,\" officials briefed on the talks said."), "officials briefed on the talks");
  const Document d = extract("A letter signed by 40 senators said the deal was flawed.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  // (a time after the cue of a noun's phrase is when it was said, the clause after it what: no
  // participle that describes the noun)
  EXPECT_EQ(first_words("A Brightwell spokesperson said on Thursday the company does not comment on rumors."),
            "the company does not comment on rumors");
  EXPECT_EQ(first_mention("A spokesperson said on Thursday the plant would close."), "A spokesperson");
}

TEST(Indirect, AnAsideAfterTheCueWithNoThat) {
  EXPECT_EQ(first_words("Smith says, however, the plan will fail."), "the plan will fail");
  EXPECT_EQ(first_words("Smith said, in his view, the deal was off."), "the deal was off");
}

TEST(Indirect, APluralSubjectAfterTheSentencesLink) {
  EXPECT_EQ(first_mention("But hacking specialists say the most harmful information might not be genuine."), "hacking specialists");
}

TEST(Indirect, AShareWithItsNumberBetweenCommas) {
  EXPECT_EQ(first_mention("Among likely primary voters, about two-thirds, 67 percent, say they will vote for Trump."),
            "about two-thirds, 67 percent");
  EXPECT_EQ(first_mention("Just over a quarter, 26 percent, say they will vote for someone else."),
            "Just over a quarter, 26 percent");
  // (a share of a group, and "per cent" in two words)
  EXPECT_EQ(first_mention("Nearly half of respondents, 46 per cent, said they would accept a small pay cut."),
            "Nearly half of respondents, 46 per cent");
  EXPECT_EQ(first_mention("Only 12 per cent of voters said the plan was fair."), "Only 12 per cent of voters");
}

TEST(Speaker, AParticipleBeforeARolesNounAndALeadOfAShare) {
  EXPECT_EQ(first_mention("\"I am proud,\" former policy planning director Anne-Marie Slaughter wrote to Clinton."),
            "former policy planning director Anne-Marie Slaughter");
  EXPECT_EQ(first_mention("Some 22 percent said they would back Trump."), "Some 22 percent");
  EXPECT_EQ(first_mention("Virtually all analysts say that Rubio must win Florida."), "Virtually all analysts");
}

TEST(Speaker, NamesThatAreExamplesOfTheNounBeforeThem) {
  EXPECT_EQ(first_mention("Presidential candidates like Donald Trump and Bernie Sanders are vowing to bring back jobs."),
            "Presidential candidates like Donald Trump and Bernie Sanders");
  EXPECT_EQ(first_mention("Several Republican leaders, including Sens. John McCain and Chuck Grassley, said the remarks were "
                          "wrong."),
            "Several Republican leaders, including Sens. John McCain and Chuck Grassley");
  EXPECT_EQ(only_speaker("Trump, like Clinton, said the plan was bad."), "Trump");
}

TEST(Speaker, APlaceNamingTheNounOfTheSpeakersRelativeClause) {
  EXPECT_EQ(only_speaker("Michael Seaman, who lives outside the state capital, Sacramento, said he backed Trump."),
            "Michael Seaman");
}

TEST(Speaker, ACueWordThatIsNoVerbInsideAnAppositive) {
  // the -ing form after a word of the description, the base form after a singular word
  EXPECT_EQ(first_mention("\"It is over,\" said David Shaw, a special agent in charge of the office."),
            "David Shaw, a special agent in charge of the office");
  EXPECT_EQ(first_mention("Dana Perino, a White House press secretary for George W. Bush, said the polls were wrong."),
            "Dana Perino, a White House press secretary for George W. Bush");
  EXPECT_EQ(first_mention("Ann Sexton, a creative writing professor, said she holds her roots dear."),
            "Ann Sexton, a creative writing professor");
  EXPECT_EQ(first_mention("\"We will win,\" said Geoff Garin, a pollster working for the group."),
            "Geoff Garin, a pollster working for the group");
  // a participle clause after a comma is the cue's, not the description's
  EXPECT_EQ(first_mention("\"It refreshes the library,\" said Peter Rice, chairman of the group, noting that old episodes "
                          "sell."),
            "Peter Rice, chairman of the group");
  // a verb is no description: the appositive is left out
  EXPECT_EQ(first_mention("Only two Democrats, both of whom opposed the deal, said they would back the bill."),
            "Only two Democrats");
  EXPECT_EQ(first_mention("\"It is over,\" said John Podesta, an adviser whom Mr. Obama recruited to lead the effort."),
            "John Podesta, an adviser whom Mr. Obama recruited to lead the effort");
}

TEST(Speaker, ACoordinatedSubjectWhoseSecondPartIsANameOrAPossessivePhrase) {
  EXPECT_EQ(first_mention("Clinton and the State Department have asserted that the emails were not classified."),
            "Clinton and the State Department");
  EXPECT_EQ(first_mention("She and her aides have vowed to win back the public."), "She and her aides");
  EXPECT_EQ(first_mention("He and House Judiciary Committee Chairman Bob Goodlatte said the bill would pass."),
            "He and House Judiciary Committee Chairman Bob Goodlatte");
  EXPECT_EQ(first_mention("Republican hopefuls Jeb Bush and Chris Christie say the plan is wrong."),
            "Republican hopefuls Jeb Bush and Chris Christie");
  // two clauses: the subject is the second clause's alone
  EXPECT_EQ(first_mention("At one point, a woman asked for a photo and Clinton said, \"as long as we are quick.\""), "Clinton");
  EXPECT_EQ(first_mention("He left early and Smith said the plan failed."), "Smith");
}

TEST(Sieves, AParticiplesAsideWithClausesOfItsOwnIsNoCue) {
  Document d = extract("A senior official, speaking on condition of anonymity because he was not authorized to discuss the talks, "
                       "said the proposal was \"a trap\" designed to freeze gains.");
  ASSERT_EQ(d.quotes.size(), 2u);  // (the partial and its clause)
  EXPECT_EQ(d.quotes[0].speaker, "A senior official");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Sieves, AReportPassedOnIsItsSubjects) {
  EXPECT_EQ(last_speaker("\"I am not going anywhere,\" Chidi Eze is understood to have told friends."), "Chidi Eze");
  EXPECT_EQ(last_speaker("\"I am not going anywhere,\" Chidi Eze was heard to say."), "Chidi Eze");
  EXPECT_EQ(first_words("Chidi Eze is reported to have said that he would stay."), "he would stay");
  EXPECT_EQ(last_speaker("Chidi Eze is reported to have said that he would stay."), "Chidi Eze");
  // (an infinitive of a speaker's description is no cue: the verb after it is)
  EXPECT_EQ(cue(&extract("\"It is over for all of us now,\" a source, who was not authorized to speak, told the Post.").quotes.at(0)),
            "told");
}

TEST(Sieves, ANewSentencesReplyAfterWordsThatEndTheirOwnIsNoCue) {
  // (and the words after the reply are the one's who replied: a role's words before their name)
  Document r = extract("Mayor Ana Ruiz opened the meeting with a warning. \"We cannot keep borrowing to pay for this.\" Council "
                       "member Tom Brandt agreed. \"The city is already stretched too thin.\"");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[0].speaker, "Ana Ruiz");
  EXPECT_EQ(r.quotes[1].speaker, "Tom Brandt");
  Document d = extract("Helga Brandt said the plant would close. \"It is over.\" Union leaders disagreed.");
  const Quote* q = find(d, "It is over.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Helga Brandt");
  EXPECT_EQ(cue(q), "");
  // (a verb of saying after it may be a comma written as a period)
  EXPECT_EQ(cue(find(extract("Helga Brandt said the plant would close. \"It is over.\" Brandt said."), "It is over.")), "said");
}

TEST(Sieves, QuotedWordsJoinedToTheQuotedWordsBeforeThemShareTheirCue) {
  for (const char* text : {"The minister called the report \"flawed\" but \"useful\".",
                           "Officials described the talks as \"constructive\" and \"difficult\".",
                           // (or a few words of the reported clause between them)
                           "Emmanuel Boateng told reporters that his son was \"happy here\" but wanted \"minutes, not promises\"."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 2u) << text;  // (a record each)
    EXPECT_EQ(cue(&d.quotes[1]), cue(&d.quotes[0])) << text;
    EXPECT_EQ(d.quotes[1].speaker, d.quotes[0].speaker) << text;
  }
  // (words the cue splits are one record; a quotation of its own after a sentence has no cue)
  EXPECT_EQ(extract("\"We will,\" Ann Lee said, \"win this race.\"").quotes.size(), 1u);
  // (not past another's words: a cue or a subject between them)
  Document o = extract("The mayor called the plan \"reckless\" but critics said it was \"overdue\".");
  ASSERT_EQ(o.quotes.size(), 2u);
  EXPECT_EQ(o.quotes[1].speaker, "critics");
  Document n = extract("\"It was long,\" Ann Lee said. \"We won.\"");
  ASSERT_EQ(n.quotes.size(), 2u);
  EXPECT_EQ(cue(&n.quotes[1]), "");
}

TEST(Speaker, APhraseAPrepositionOpensTheSentenceWithIsNoSubject) {
  // (its name no subject, nor does the name after it end another's phrase: the appositive's name)
  EXPECT_EQ(last_speaker("In an interview with AFP, the head of the Red Crescent, Leila Amrani, said her group needed water."),
            "Leila Amrani");
  EXPECT_EQ(last_speaker("In Paris, the head of the Red Crescent, Leila Amrani, said her group needed water."), "Leila Amrani");
  EXPECT_EQ(last_speaker("In Paris, Smith said the talks were over."), "Smith");
  // (a cue inside the phrase still reports: "Despite Mr. Trump's claims that …,")
  EXPECT_EQ(first_words("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the firms rank him lower.").rfind(
                "his net worth exceeds $10 billion", 0),
            0u);
}

TEST(Speaker, ADocumentsAuthorSpeaksThroughIt) {
  EXPECT_EQ(last_speaker("A statement from Buckingham Palace said the King was touched."), "Buckingham Palace");
  EXPECT_EQ(last_speaker("A statement issued by the company said the plant would close."), "the company");
  EXPECT_EQ(last_speaker("The family's statement, released through their solicitor, read: \"We are heartbroken.\""), "The family");
  EXPECT_EQ(last_speaker("The union will strike, according to a letter from the president of the federation obtained by the Post."),
            "the president of the federation");
  // (a document of no one named stays itself, and so does one from a place or an account)
  EXPECT_EQ(last_speaker("A report from the scene said at least 12 people were dead."), "A report from the scene");
  EXPECT_EQ(last_speaker("The statement said the plant would close."), "The statement");
}

TEST(Speaker, NamesJoinedByASlashAreOne) {
  EXPECT_EQ(first_mention("A new CNN/ORC poll says Hillary Clinton is ahead."), "A new CNN/ORC poll");
  EXPECT_EQ(first_mention("The Reuters/Ipsos poll found that Trump was ahead.", all_attributions()), "The Reuters/Ipsos poll");
}

TEST(Speaker, ANameWithItsDeterminerThatAPrepositionGoverns) {
  // (the phrase holds the name, which is its author's: ADocumentsAuthorSpeaksThroughIt)
  EXPECT_EQ(first_mention("A report released by the Brookings Institution estimated that costs rose."), "the Brookings Institution");
  EXPECT_EQ(first_mention("Democrats on the House Select Committee on Benghazi say the report is wrong."),
            "Democrats on the House Select Committee on Benghazi");
}

TEST(Indirect, AReportThatOpensWithAnAdverbialGoesOnPastItsComma) {
  EXPECT_EQ(first_words("Mr. Biden said that on a trip to Kosovo this week, he would visit allies."),
            "on a trip to Kosovo this week, he would visit allies");
  EXPECT_EQ(first_words("The company argued that in an era of change, it needed flexibility."),
            "in an era of change, it needed flexibility");
  EXPECT_EQ(first_words("Traynor said that while he was opposed to Trump, he was supporting Cruz."),
            "while he was opposed to Trump, he was supporting Cruz");
  // a report of its own after the comma ends the first
  EXPECT_EQ(first_words("Gowdy admitted that while the server was never central, he argued the probe needed it."),
            "while the server was never central");
}

TEST(Indirect, APluralNounSpokenToBeforeTheClause) {
  EXPECT_EQ(first_words("He told agents that he had not made the changes."), "he had not made the changes");
  EXPECT_EQ(first_words("She told investigators she had deleted nothing."), "she had deleted nothing");
}

TEST(Mixed, PolnearContentIsTheClauseBeforeATrailingCue) {
  Options all = clauses(all_attributions());
  // PolNeAR's content takes the clause's words before the quotation, its link too
  EXPECT_EQ(first_words("Teachers \"get why the union endorsed her,\" Weingarten said.", all),
            "Teachers \"get why the union endorsed her,\"");
  EXPECT_EQ(first_words("But \"it is a better use of capital,\" he added.", all), "But \"it is a better use of capital,\"");
  // the default reading keeps a clause only when the writer's words hold its verb
  EXPECT_EQ(first_words("Teachers \"get why the union endorsed her,\" Weingarten said.", clauses()), "get why the union endorsed her,");
  EXPECT_EQ(first_words("The plan is \"a disaster,\" Hollande said.", clauses()), "The plan is \"a disaster,\"");
}

TEST(Mixed, TheClauseGoesOnAfterQuotedWordsThatHoldCommas) {
  EXPECT_EQ(first_words("Biographers wrote that Taylor \"had a tin ear, was wrong, and tended to exasperate the men who were "
                        "trying\" to elect him.", clauses()),
            "Taylor \"had a tin ear, was wrong, and tended to exasperate the men who were trying\" to elect him");
}

TEST(Mixed, TheClauseGoesOnAfterAQuotationItRanInto) {
  EXPECT_EQ(first_words("He said the announcement was an \"insult\" to the \"hundreds and maybe thousands\" of young volunteers.", clauses()),
            "the announcement was an \"insult\" to the \"hundreds and maybe thousands\" of young volunteers");
}

TEST(Mixed, PolnearContentTakesTheWordsBeforeAnInterruptingSpeaker) {
  Options all = clauses(all_attributions());
  all.offsets = OffsetUnit::byte;
  auto pieces = [&](const std::string& t) {
    Document d = extract(t, all);
    std::string out;
    if (d.quotes.empty()) return std::string("(none)");
    if (d.quotes[0].spans.empty()) return std::string(at(t, d.quotes[0].start, d.quotes[0].end));
    for (const Span& s : d.quotes[0].spans) out += (out.empty() ? "" : " | ") + std::string(at(t, s.start, s.end));
    return out;
  };
  EXPECT_EQ(pieces("An economic downturn, he said, \"could be a good time to borrow.\""),
            "An economic downturn | could be a good time to borrow.");
  // a whole utterance, a link or a time alone before the speaker stay out
  EXPECT_EQ(pieces("Holding open a book, Beck said, \"I just want to ask you something.\""), "I just want to ask you something.");
  EXPECT_EQ(pieces("But, he noted, \"while a bomb is likely, it is a mistake to rule it out.\""),
            "while a bomb is likely, it is a mistake to rule it out.");
  EXPECT_EQ(pieces("On Monday, she wrote, \"done.\""), "done.");
  // (and a clause of the writer's after the cue's comma that holds the quoted words: the clause)
  EXPECT_EQ(pieces("In Miami, Mr. Regalado said, Mr. Trump is seen as \"a bully.\""), "In Miami | Mr. Trump is seen as \"a bully.\"");
  EXPECT_EQ(pieces("For voters in the South, he said, their \"experience told them otherwise.\""),
            "For voters in the South | their \"experience told them otherwise.\"");
  EXPECT_EQ(pieces("On Monday, she wrote, the plan was \"done.\""), "the plan was \"done.\"");
  // (by default the quoted words alone)
  const std::string t = "In Miami, Mr. Regalado said, Mr. Trump is seen as \"a bully.\"";
  Document d = extract(t, clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "a bully.");
}

TEST(Indirect, ASubordinateClauseAloneIsNoReportOfTheCueAfterIt) {
  Options all = all_attributions();
  Document d = extract("While the experts say there is a benefit, others disagree.", all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the experts");
  EXPECT_EQ(first_words("If elected, he will cut taxes, Smith said."), "If elected, he will cut taxes");
}

TEST(Speaker, ACueWordAfterAPrepositionIsANounOfTheSubject) {
  EXPECT_EQ(first_mention("The former secretary of state said the plan failed."), "The former secretary of state");
}

TEST(Speaker, TheTimeOfAPollOrADocumentIsPartOfItsPhrase) {
  EXPECT_EQ(first_mention("A WBUR poll last week found that Trump led.", all_attributions()), "A WBUR poll last week");
  EXPECT_EQ(first_mention("A Times/CBS News poll conducted last week found that Trump led.", all_attributions()),
            "A Times/CBS News poll conducted last week");
  // a person's time stays out
  EXPECT_EQ(first_mention("The senator last week said that Trump led."), "The senator");
}

TEST(Indirect, SupposedIsNoCueAndAStudyFinds) {
  Options all = all_attributions();
  EXPECT_EQ(first_words("It was supposed to be this way.", all), "(none)");
  // a study that finds, after an aside too (its finding, no one's words, but in PolNeAR's reading)
  EXPECT_EQ(first_words("The study, published Wednesday in Nature, finds that coral reefs are recovering.", all),
            "that coral reefs are recovering");
  EXPECT_EQ(first_words("The survey finds most parents support later school start times.", all),
            "most parents support later school start times");
  EXPECT_EQ(first_words("The survey finds most parents support later school start times."), "(none)");
}

TEST(Indirect, TheOneToldIsANameWithItsNounAndWhereAndWhen) {
  EXPECT_EQ(first_words("Ruiz told El Universal newspaper on Tuesday that the government must act."),
            "the government must act");
  EXPECT_EQ(first_words("Clinton told a Planned Parenthood gathering in Washington she will protect rights."),
            "she will protect rights");
  // where and when after the noun told, a clause with no "that" after them
  EXPECT_EQ(first_words("Beaulieu told reporters on Parliament Hill the cap is needed to ease pressure on housing."),
            "the cap is needed to ease pressure on housing");
  EXPECT_EQ(first_words("The mayor told residents at a meeting on Tuesday the pool would reopen."), "the pool would reopen");
  EXPECT_EQ(first_words("The minister told MPs in the Commons the plan would go ahead."), "the plan would go ahead");
  // (a phrase of what was told about, no place: "of the threats the family had received")
  EXPECT_EQ(first_words("He told reporters of the threats the family had received."), "(none)");
}

TEST(Sieves, APartialsClauseWhoseVerbIsQuotedGoesOnPastTheMarks) {
  // the clause's verb inside the marks ("takes"): what follows "and" is the clause's too
  EXPECT_EQ(extract("A spokesman said the firm \"takes safety seriously\" and had spent $5 million on repairs.", clauses()).quotes.at(0).text,
            "the firm \"takes safety seriously\" and had spent $5 million on repairs");
  // a phrase a verb takes as its object ends at its marks
  EXPECT_EQ(extract("Trump called the protesters \"my friends\" and showed flashes of compassion.").quotes.at(0).text, "my friends");
}

TEST(Sieves, APhraseOfNoNameThatAnAgeDescribesSpeaks) {
  EXPECT_EQ(mention(&extract("The Love Island favourite, 27, told pals she was done.").quotes.at(0)), "The Love Island favourite");
  EXPECT_EQ(mention(&extract("The winger, 27, said he was done.").quotes.at(0)), "The winger");
}

TEST(Sieves, AverredIsACue) {
  Document d = extract("\"The pay is late,\" averred Mr Otieno. \"We are suffering.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Otieno");
  EXPECT_EQ(cue(&d.quotes[0]), "averred");
  EXPECT_EQ(d.quotes[1].speaker, "Otieno");
}

TEST(Indirect, AReportGoesOnThroughQuotedWordsThatAreNoOnesOwn) {
  EXPECT_EQ(first_words("Her campaign challenged the assertion that Grayson had ever \"attacked\" Clinton.",
                        all_attributions()),
            "the assertion that Grayson had ever \"attacked\" Clinton");
}

TEST(Grouping, ATitleQuotedBetweenTwoPiecesOfOneAttributionDoesNotPartThem) {
  Options o = bytes();
  o.grouping = Grouping::attribution;
  std::string t = "\"Donald Trump is a fraud,\" Perez said Sunday on NBC's \"Meet the Press.\" \"Listening to him talk, he has "
                  "spent his entire career putting his profits first.\"";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Perez");
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
}

TEST(Indirect, AccordingToASourceWhoseDescriptionRunsToTheEnd) {
  EXPECT_EQ(first_mention("Trump wrote to the chief executive, according to a copy of the letter reviewed by The Post."),
            "a copy of the letter reviewed by The Post");
  // a verb after the source's comma is the sentence's own
  EXPECT_EQ(first_mention("The plan, according to two officials, would cut jobs.",
                          all_attributions()),
            "two officials");
}

TEST(Speaker, APartyTagAndADescriptionBetweenCommasBeforeTheCue) {
  EXPECT_EQ(only_speaker("Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed."), "Marco Rubio");
}

TEST(Speaker, ADeterminerStandingAloneAfterTheSentencesLink) {
  EXPECT_EQ(first_mention("Yet another said, \"Rubio is in a battle.\""), "another");
}

TEST(Indirect, ARelativeClausesReportEndsBeforeAnAsideAndTheMainVerb) {
  Options all = all_attributions();
  Document d = extract("The judges who ruled that Texas could not implement its law, for instance, said the problem was not the ID.", all);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(cue(&d.quotes[0]), "ruled");
  EXPECT_EQ(cue(&d.quotes[1]), "said");
  EXPECT_EQ(d.quotes[1].speaker, "The judges");
}

TEST(Indirect, APhraseAfterWithSaysWhatItsParticipleReports) {
  EXPECT_EQ(first_mention("Trump has improved his standing, with 30 percent of voters saying they have a positive view of him."),
            "30 percent of voters");
  EXPECT_EQ(first_words("Trump has improved his standing, with 30 percent of voters saying they have a positive view of him."),
            "they have a positive view of him");
}

TEST(Speaker, AShareThatARelativeWhoStandsFor) {
  Document d = extract("Compared with last year, 64 percent who say they like Sanders are young.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "who");
  EXPECT_EQ(d.quotes[0].speaker, "64 percent");
}

TEST(Speaker, AnotherLeadsAShareAndANameBeforeASlashIsWhole) {
  EXPECT_EQ(first_mention("Another 19 percent said they would vote for Johnson."), "Another 19 percent");
  EXPECT_EQ(first_mention("The USC Dornsife/Los Angeles Times poll says that Trump led."), "The USC Dornsife/Los Angeles Times poll");
  EXPECT_EQ(first_mention("The 9/11 Commission said the attacks were preventable."), "The 9/11 Commission");
}

TEST(Speaker, ANounThatOpensTheSentenceAndThePhraseAPrepositionGovernsAfterIt) {
  EXPECT_EQ(first_mention("Leaders in the community said the plan failed."), "Leaders in the community");
  EXPECT_EQ(first_mention("Others in the African-American community say the plan failed."),
            "Others in the African-American community");
  EXPECT_EQ(first_mention("Some say he looks thin; others say he has never been healthier."),
            "Some");
}

TEST(Speaker, ExamplesOfTheNounBetweenCommasArePartOfItsPhrase) {
  Document d = extract("Mining companies, including Patriot, said the plan would work.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Mining companies, including Patriot");
  EXPECT_EQ(d.quotes[0].speaker, "Mining companies");
}

TEST(Indirect, APresentVerbAfterItsSubjectMakesAClause) {
  EXPECT_EQ(first_words("He said the plan works."), "the plan works");
  EXPECT_EQ(first_words("She says the law protects workers."), "the law protects workers");
  EXPECT_EQ(first_words("Smith says Jones lies."), "Jones lies");
  EXPECT_EQ(first_words("The Fed chair said inflation remains too high."), "inflation remains too high");
  // (a singular's -ss, -us, -is is no plural's -s)
  EXPECT_EQ(first_words("She said the bus runs late every day."), "the bus runs late every day");
  EXPECT_EQ(first_words("He said the crisis deepens every week."), "the crisis deepens every week");
  // (a modifier of the function words' list, a number after the determiner)
  EXPECT_EQ(first_words("Doctors said the new drug works in nine out of ten patients."),
            "the new drug works in nine out of ten patients");
  EXPECT_EQ(first_words("He said the 14 bus runs late."), "the 14 bus runs late");
  // (a noun of the function words' list after its determiner; "news", a singular)
  EXPECT_EQ(first_words("He said the analysis proves nothing."), "the analysis proves nothing");
  EXPECT_EQ(first_words("Jones said the news comes as a relief to the whole village."), "the news comes as a relief to the whole village");
  // (a phrase a verb takes as object is no subject)
  EXPECT_EQ(first_words("She opposed the act because it created a new mandatory minimum prison sentences, she said."),
            "She opposed the act because it created a new mandatory minimum prison sentences");
  // a plural after a determiner is a noun: no clause
  EXPECT_EQ(first_words("He announced the new rules on Monday."), "(none)");
}

TEST(Speaker, AParticiplesClauseAfterTheDescriptionIsNoPartOfIt) {
  EXPECT_EQ(first_mention("\"We will win,\" said Cornell Belcher, a Democratic pollster, referring to the nominee."),
            "Cornell Belcher, a Democratic pollster");
}

TEST(Speaker, ACoordinatedSubjectWhoseSecondPartHeadsAPreposition) {
  EXPECT_EQ(first_mention("Bush and his rivals for the Republican nomination said the plan failed."),
            "Bush and his rivals for the Republican nomination");
}

TEST(Speaker, ACoordinatedSubjectWhoseSecondNameHasATitle) {
  EXPECT_EQ(first_mention("Former Ambassador John Bolton and Breitbart News editor Aaron Klein said the plan failed."),
            "Former Ambassador John Bolton and Breitbart News editor Aaron Klein");
}

TEST(Indirect, AQuestionsSubjectAfterItsAuxiliaryReportsNothing) {
  Options all = all_attributions();
  EXPECT_EQ(first_words("If Trump were a woman, would you still vote for her?", all), "(none)");
  EXPECT_EQ(first_words("He asked whether voters would support him.", all), "whether voters would support him");
}

TEST(Indirect, ProtestsRatesAndAppealsAreNounsBeforeTheSentencesVerb) {
  Options all = all_attributions();
  EXPECT_EQ(first_words("Mass protests in Charlotte broke out after the shooting.", all), "(none)");
  EXPECT_EQ(first_words("He wants to cut business and capital gains rates.", all), "to cut business and capital gains rates");
}

TEST(Indirect, ThatBeforeAVerbsSFormAndItsObjectIsARelativePronoun) {
  Options all = all_attributions();
  EXPECT_EQ(first_words("The president spoke in a cottage on a Marine base that overlooks Kaneohe Bay.", all), "(none)");
  EXPECT_EQ(first_words("He said on Monday that voters want change.", all), "that voters want change");
}

TEST(Indirect, AnSFormAfterAPhraseAPrepositionGovernsIsNoVerb) {
  EXPECT_EQ(first_words("He has called for an independent review of the public works department."), "(none)");
}

TEST(Indirect, AReportInARelativeClauseWithNoCommaEndsBeforeTheMainVerb) {
  EXPECT_EQ(first_words("Another 12 percent who say they are undecided could swing the race."), "they are undecided");
  EXPECT_EQ(first_words("Fans who say they love the team have stopped buying tickets."), "they love the team");
  EXPECT_EQ(first_words("Workers who said the company had failed to pay the wages it owed sued."),
            "the company had failed to pay the wages it owed");
}

TEST(Speaker, NoCoordinatedSubjectAcrossAClauseWithItsOwnVerb) {
  EXPECT_EQ(first_mention("Firefighters battled the blaze for hours and neighbors said the house was a total loss."), "neighbors");
  // (a verb of no known past form between a noun and a determiner: "hit")
  EXPECT_EQ(first_mention("The car hit a pole and the driver told police he had been drinking."), "the driver");
  EXPECT_EQ(first_mention("The company cut 200 jobs and the union said it would fight the decision."), "the union");
  // (a participle's agent of a number and a capitalised plural: the phrase's)
  EXPECT_EQ(first_mention("A letter signed by 40 MPs said the policy was cruel."), "A letter signed by 40 MPs");
  EXPECT_EQ(first_mention("The Republican nominee and his aides said the plan failed."), "The Republican nominee and his aides");
}

TEST(Speaker, AWordOfPlaceBetweenTheSubjectAndItsVerb) {
  EXPECT_EQ(first_mention("Her campaign workers here said they have been working the state since the spring."), "Her campaign workers");
  EXPECT_EQ(first_mention("Officials there said the bridge would reopen."), "Officials");
  // (a relative clause that ends the phrase keeps it)
  EXPECT_EQ(first_mention("Residents who live nearby said the fire started at noon."), "Residents who live nearby");
  EXPECT_EQ(first_mention("People who work there said, \"It started at noon.\""), "People who work there");
  // (nor is it a subject of its own before an auxiliary)
  EXPECT_EQ(first_words("Officials said there will be changes."), "there will be changes");
}

TEST(Speaker, ARelativeClausesVerbMayBeAWordOfTheFunctionLists) {
  // ("live", "follow", "read" are on the function list, for capitalised labels: "LIVE")
  EXPECT_EQ(first_mention("Parents who live in the district said, \"We were not told.\""), "Parents who live in the district");
  EXPECT_EQ(first_mention("Voters who follow the race say the debate changed little."), "Voters who follow the race");
  // (an adverb of the verb group is none: "who have not yet voted")
  EXPECT_EQ(first_mention("Delegates who have not yet voted said they would wait."), "Delegates who have not yet voted");
}

TEST(Speaker, APastParticipleAfterThoseOrAPluralDescribesTheSubjectOfABaseForm) {
  EXPECT_EQ(first_mention("By big margins, those surveyed say the economy should be the first priority."), "those surveyed");
  EXPECT_EQ(first_mention("Voters polled say the economy is bad."), "Voters polled");
  EXPECT_EQ(first_mention("The people interviewed say the plan is bad."), "The people interviewed");
  EXPECT_EQ(first_mention("Officials there say the bridge will reopen."), "Officials");
  // (not an adjective before a noun: "a scripted message")
  EXPECT_EQ(first_mention("The speech opened with a scripted message."), "(none)");
  EXPECT_EQ(first_mention("All ran counter to his earlier statements that the contact never occurred."), "(none)");
}

TEST(Speaker, ACapitalisedNounAfterADeterminerTakesItsRelativeClause) {
  // ("Democrat", "Muslim" are read as names; after a determiner they are nouns a clause describes)
  EXPECT_EQ(first_mention("A Democrat who voted for Trump said he regrets it."), "A Democrat who voted for Trump");
  EXPECT_EQ(first_mention("Another Muslim who worshiped at the center said he heard nothing."), "Another Muslim who worshiped at the center");
  // (a name's own clause with no comma: what follows "who" is no subject)
  EXPECT_EQ(first_mention("Omar Mateen who worshiped at the center said he heard nothing."), "(none)");
}

TEST(Speaker, ThoseOpeningTheClauseHeadsItsRelativeClause) {
  EXPECT_EQ(first_mention("Those who know him say he is kind."), "Those who know him");
  EXPECT_EQ(first_mention("Those who attended said the mood was grim."), "Those who attended");
  // (not inside another phrase: "a list of those who …")
  EXPECT_EQ(first_mention("Even 27 percent of those who named a candidate said they could be persuaded."), "27 percent of those who named a candidate");
}

TEST(Indirect, AParticipleAfterACommaReportsBeforeAQuotation) {
  Options all = all_attributions();
  // (the report ends where the quoted words' own attribution begins)
  Document d = extract("Rubio pushed back on those claims Thursday, saying that the bill had the correct security components and "
                       "arguing that he and Cruz shared \"almost all the same views.\"");
  const Quote* saying = find(d, "the bill had");
  ASSERT_NE(saying, nullptr);
  EXPECT_EQ(saying->text, "the bill had the correct security components");
  EXPECT_EQ(cue(saying), "saying");
  EXPECT_EQ(saying->speaker, "Rubio");
  // (an aside between the subject and its verb ends at the comma before the verb)
  Document d2 = extract("Sen. Richard J. Durbin, noting the size of the crowd, said, \"Let me tell you.\"", all);
  ASSERT_EQ(d2.quotes.size(), 2u);
  EXPECT_EQ(d2.quotes[0].text, "the size of the crowd");
  EXPECT_EQ(d2.quotes[1].cue->text, "said");
}

TEST(Indirect, AParticipleWithThatAfterAndIsASecondReport) {
  Document d = extract("Rubio pushed back, saying that the bill had components and arguing that he and Cruz shared views.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "the bill had components");
  EXPECT_EQ(d.quotes[1].text, "he and Cruz shared views");
  EXPECT_EQ(cue(&d.quotes[1]), "arguing");
  EXPECT_EQ(d.quotes[1].speaker, "Rubio");
}

TEST(Indirect, ACuesIngFormAfterAPrepositionOrAndReportsForTheClausesSubject) {
  // (data/gerund_prepositions.txt)
  EXPECT_EQ(first_words("Bernie Sanders has soared in the polls by saying that the system is rigged."), "the system is rigged");
  EXPECT_EQ(first_mention("Bernie Sanders has soared in the polls by saying that the system is rigged."), "Bernie Sanders");
  EXPECT_EQ(first_words("He refuses to discuss potential appointees, aside from saying he wants a diverse delegation."),
            "he wants a diverse delegation");
  EXPECT_EQ(first_words("The ad features voters telling their stories and criticizing the plan.", all_attributions()), "the plan");
  // (not a preposition of place: "the man in charge saying"; nor "without", what was not said)
  EXPECT_EQ(first_words("The police arrested the man after he fled the scene."), "(none)");
  EXPECT_EQ(first_words("She spoke for an hour without saying whether she would run."), "(none)");
}

TEST(Indirect, APresentAfterAPluralSubjectOrAPronounMakesAClause) {
  // (the default reading needs a verb in what a cue reports: a base form after a plural)
  EXPECT_EQ(first_words("Officials said the new rules take effect in March."), "the new rules take effect in March");
  EXPECT_EQ(first_words("He said voters want change."), "voters want change");
  EXPECT_EQ(first_words("He said it helps."), "it helps");
  EXPECT_EQ(first_words("They said they agree."), "they agree");
  // (a verb in -ly of data/not_adverbs.txt; a plural name after "the")
  EXPECT_EQ(first_words("Officials said the new tolls apply to trucks only."), "the new tolls apply to trucks only");
  EXPECT_EQ(first_words("He told reporters the Democrats control the agenda."), "the Democrats control the agenda");
  // (a verb's object is no clause: "said goodbye", "said a prayer"; a noun before a verb is the subject's)
  EXPECT_EQ(first_words("She said goodbye to fans."), "(none)");
  EXPECT_EQ(first_words("He said a prayer for the victims."), "(none)");
  EXPECT_EQ(first_words("He said the sales tax was raised."), "the sales tax was raised");
}

TEST(Speaker, AnIrregularPastEndsTheClauseBeforeACoordinatedSubject) {
  // (data/irregular_pasts.txt: "withdrew", "fled", "sought", …)
  EXPECT_EQ(first_mention("The senator withdrew the bill and aides said it was dead."), "aides");
  EXPECT_EQ(first_mention("The suspect fled the scene and a witness told police he had a gun."), "a witness");
}

TEST(Indirect, TheMainVerbAfterARelativeClauseHoldingAQuotation) {
  Document d = extract("The coach, who called the loss \"embarrassing,\" said the team would recover.");
  const Quote* q = find(d, "the team would recover");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "The coach");
  EXPECT_EQ(cue(q), "said");
  // (or an appositive that holds it)
  Document d2 = extract("Priya Raman, an analyst who rates the stock \"neutral,\" said volume growth came from discounting.");
  const Quote* q2 = find(d2, "volume growth");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, "Priya Raman");
  // (an adverb before the verb: "also revealed")
  Document d3 = extract("Sofia Lindqvist, who described Ocampo as “fearless”, also revealed that filming had stopped twice.");
  const Quote* q3 = find(d3, "filming had stopped");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(cue(q3), "revealed");
}

TEST(Indirect, TheOneSpokenToWithWhereAndWhenBeforeThat) {
  EXPECT_EQ(first_words("Trump told a town hall meeting in Reno on Friday that taxes would fall."), "taxes would fall");
}

TEST(Indirect, AComparisonAfterACommaIsTheWritersNotTheReport) {
  Document d = extract("Nearly half say the economy is weak, compared with 30 percent who say it is strong.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "the economy is weak");
  EXPECT_EQ(d.quotes[1].text, "it is strong");
  // (a comparison with no report of its own may be the speaker's)
  EXPECT_EQ(first_words("He said inflation was 3 percent, compared with 9 percent a year ago."),
            "inflation was 3 percent, compared with 9 percent a year ago");
}

TEST(Speaker, TheRoleANameOwnsAndTheNameAfterItsCommaAfterTheCue) {
  EXPECT_EQ(only_speaker("\"He is innocent,\" said Whitaker's attorney, Lionel Baptiste."), "Lionel Baptiste");
  EXPECT_EQ(only_speaker("\"We are ready,\" said Parallax's co-founder and chief executive, Soren Adeyemi-Lund, during a keynote."),
            "Soren Adeyemi-Lund");
  EXPECT_EQ(only_speaker("\"He is innocent,\" said Trump's campaign manager, Kellyanne Conway, on Sunday."), "Kellyanne Conway");
}

TEST(Indirect, AnAdverbBetweenTheSubjectAndItsPresentForm) {
  EXPECT_EQ(first_words("He said she now works at home."), "she now works at home");
  EXPECT_EQ(first_words("He said the company now owns the plant."), "the company now owns the plant");
  EXPECT_EQ(first_words("He said voters still want change."), "voters still want change");
}

TEST(Indirect, TookToAPlatformReportsOnlyThroughAVerbOfSaying) {
  // (data/cue_phrases.txt: "took to twitter +")
  Document d = extract("Kelsey Marr took to Instagram to say she was fine.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she was fine");
  EXPECT_EQ(cue(&d.quotes[0]), "took to Instagram to say");
  EXPECT_EQ(first_words("Kelsey Marr took to Instagram to share a lengthy statement with her followers."), "(none)");
  EXPECT_EQ(first_words("The candidate took to Twitter to call out protesters.", all_attributions()), "(none)");
}

TEST(Speaker, ADeterminerOfOneBeforeAPluralIsNoDeterminerOfIt) {
  EXPECT_EQ(first_mention("It is a trial that prosecutors say will expose \"years of deception.\""), "prosecutors");
  EXPECT_EQ(first_mention("It was a decision residents say was \"slipped through\" at night."), "residents");
  EXPECT_EQ(first_mention("A few residents said the water was brown."), "A few residents");
  EXPECT_EQ(first_mention("A group of residents said the water was brown."), "A group of residents");
}

TEST(Indirect, ThatBeforeASingularNounAndAPrepositionIsADeterminer) {
  EXPECT_EQ(first_words("Dmitar Lukovic rejected that account at a news conference."), "(none)");
  // (an adverb of the auxiliaries' list is no verb: "an hour later")
  EXPECT_EQ(first_words("Dmitar Lukovic rejected that account at a news conference an hour later."), "(none)");
  EXPECT_EQ(first_words("He said that growth in Ohio remains weak."), "growth in Ohio remains weak");
  EXPECT_EQ(first_words("He said that voters in Ohio want change."), "voters in Ohio want change");
  // (after a verb of denial, a noun and a clause of when or why with a subject and verb of its own)
  EXPECT_EQ(first_words("Okafor-Reid rejected that view when it was put to him."), "(none)");
  EXPECT_EQ(first_words("Tom Hill denied that claim because it was false."), "(none)");
  EXPECT_EQ(first_words("Tom Hill said that prices when they rise hurt families."), "prices when they rise hurt families");
  // (a verb after that clause's own is the reported clause's: "that" opens it)
  EXPECT_EQ(first_words("Jo Park denied that officials when they testified had misled the committee."),
            "officials when they testified had misled the committee");
}

TEST(Speaker, ASecondVerbsSubjectIsAnyBodysPhraseThatOpensTheSentence) {
  EXPECT_EQ(first_mention("The hospital declined to comment but said that it values its staff."), "The hospital");
  EXPECT_EQ(first_mention("The new hospital closed early but said that it values its staff."), "The new hospital");
  // (a phrase that cannot speak is none: "The paranoia remained but found …")
  EXPECT_EQ(first_words("The paranoia remained but found other points of focus.", all_attributions()), "(none)");
}

TEST(Indirect, AParticipleAfterATitlesClosingMarkOrANameBeforeItsNoun) {
  EXPECT_EQ(first_words("The senator appeared on \"Meet the Press,\" saying it would create jobs."), "it would create jobs");
  EXPECT_EQ(first_words("The senator backed the \"Green New Deal\" plan, saying it would create jobs."), "it would create jobs");
}

TEST(Mixed, APastVerbOfSayingAfterAndIsTheSpeakersNextVerb) {
  Document d = extract("Lionel Baptiste said his client \"intends to fight the charges\" and called the arrest unfair.", clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "his client \"intends to fight the charges\"");
}

TEST(Speaker, APluralThatOpensTheSentenceTakesItsRelativeClause) {
  EXPECT_EQ(first_mention("Shoppers who were interviewed outside the store said prices were high."),
            "Shoppers who were interviewed outside the store");
  EXPECT_EQ(first_mention("Witnesses who declined to give their names said the car sped away."),
            "Witnesses who declined to give their names");
  // (and a determiner standing alone with its auxiliary is a clause's subject)
  EXPECT_EQ(first_words("Doctors who treated the victims said several were in critical condition."), "several were in critical condition");
  EXPECT_EQ(first_words("Bernie Sanders offered some pointed advice to Hillary Clinton."), "(none)");
}

TEST(Speaker, TheNounAParticipleDescribesNotWhatItsPrepositionGoverns) {
  EXPECT_EQ(first_mention("Officials briefed on the investigation said the suspect had no criminal record."),
            "Officials briefed on the investigation");
  EXPECT_EQ(first_mention("Teenagers questioned by researchers say they sleep too little."), "Teenagers questioned by researchers");
}

TEST(Speaker, APluralWithNoDeterminerOpeningTheSentenceIsAParticiplesSubject) {
  EXPECT_EQ(only_speaker("Fans flooded social media, calling the decision \"a disgrace.\""), "Fans");
  EXPECT_EQ(only_speaker("Angry fans flooded social media, calling the decision \"a disgrace.\""), "Angry fans");
  // (not for a cue with no comma before it: "with Donald Trump tweeting")
  EXPECT_EQ(only_speaker("Republicans were quick to chime in, with Donald Trump tweeting that it was a \"disaster\" for Clinton."),
            "Donald Trump");
}

TEST(Speaker, ANameAfterTheThatOpensTheSentenceAndATitleOfTwoWords) {
  EXPECT_EQ(only_speaker("The Kremlin denied the report, calling it \"fake news.\""), "Kremlin");
  EXPECT_EQ(first_mention("The attorney general sued the company and said it had \"deceived consumers.\""), "The attorney general");
}

TEST(Indirect, ThatBeforeAVerbIsTheClausesSubject) {
  EXPECT_EQ(first_words("Prosecutors sought a 10-year sentence, and the judge said that was too harsh."), "that was too harsh");
  EXPECT_EQ(first_words("He said that the plan would fail."), "the plan would fail");
}

TEST(Indirect, TheMainVerbAfterARelativeClausesReportWithNoComma) {
  Document d = extract("The man who told police he saw the shooting said he was afraid to testify.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "he saw the shooting");
  EXPECT_EQ(d.quotes[1].text, "he was afraid to testify");
  EXPECT_EQ(mention(&d.quotes[1]), "The man");
}

TEST(Speaker, AParticiplesSubjectIsOfItsOwnClause) {
  // (the rules for a plural or "the" and a name that open the sentence hold only with no other
  // clause before the participle)
  EXPECT_EQ(only_speaker("Republicans blocked the bill, and Democrats responded, calling the move \"shameful.\""), "Democrats");
  EXPECT_EQ(only_speaker("Parents sued the district, and the superintendent hit back, calling the suit \"frivolous.\""), "the superintendent");
  EXPECT_EQ(last_speaker("The White House said Putin rejected the offer, calling it \"a trick.\""), "Putin");
  EXPECT_EQ(only_speaker("Shares fell after the company warned on profits, citing \"softer demand.\""), "the company");
}

TEST(Quotes, ANameAndItsNounBeforeAVerbAreATitleAfterACueToo) {
  Document d = extract("Critics said the \"Joker\" sequel was a flop.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
}

TEST(Speaker, TheNounAParticipleOrARelativeClauseDescribesNotItsObject) {
  EXPECT_EQ(first_mention("Lawyers representing the families said they would sue."), "Lawyers representing the families");
  EXPECT_EQ(first_mention("A spokesman representing the company said it was fine."), "A spokesman representing the company");
  EXPECT_EQ(first_mention("Officials cited by the Wall Street Journal said the talks had stalled."),
            "Officials cited by the Wall Street Journal");
  EXPECT_EQ(first_mention("Parents whose children attend the school said they were \"furious.\""),
            "Parents whose children attend the school");
  // (a plural before a determiner is no verb: "over deals the Clinton team appeared to cut")
  EXPECT_EQ(first_mention("It is the speech that drew attention over deals the Clinton team appeared to cut, critics said."),
            "critics");
}

// Any phrase further inside the participle's phrase, a name too, is no subject: the noun it
// describes is ("The lawyer representing John Smith said"); a past is such a participle only
// before a preposition, as a past before its object may be the clause's own verb ("The report
// found the minister said …")
// A year between an owner's possessive and the head is the phrase's: "The Australian National
// Audit Office's 2023 report warned", "A spokesman for Santorum's 2016 campaign"
TEST(Speaker, AYearAfterAnOwnersPossessive) {
  EXPECT_EQ(first_mention("The Australian National Audit Office's 2023 report, \u201cDelivering Major Projects\u201d, warned that the "
                          "department lacked visibility over cost estimates."),
            "The Australian National Audit Office's 2023 report");
}

TEST(Speaker, TheNounAParticiplesPhraseDescribesNotAPhraseDeepInside) {
  EXPECT_EQ(first_mention("The lawyer representing John Smith said that the case was weak."), "The lawyer representing John Smith");
  EXPECT_EQ(first_speaker("The lawyer representing John Smith said that the case was weak."), "The lawyer representing John Smith");
  EXPECT_EQ(first_mention("The sheriff leading the search for a Boise man missing in the backcountry said crews would keep looking."),
            "The sheriff leading the search for a Boise man missing in the backcountry");
  EXPECT_EQ(first_mention("A landlord accused of leaving tenants without heat for much of the winter told a judge that he had "
                          "spent \"well over six figures\" on repairs."),
            "A landlord accused of leaving tenants without heat for much of the winter");
  EXPECT_EQ(first_speaker("The report found the minister said that it was fine."), "the minister");
  EXPECT_EQ(first_speaker("The board approved the plan and Smith said it was fine."), "Smith");
  // (an -ing word before a noun is the noun's, no participle: "Police training officer Mark Jones")
  EXPECT_EQ(first_speaker("Police training officer Mark Jones said recruits needed more time on the street."), "Mark Jones");
}

TEST(Speaker, AParticipleAfterASentenceInitialNounGovernsANounOfTheCueLists) {
  EXPECT_EQ(first_mention("Officials briefed on the talks said the deal was close."), "Officials briefed on the talks");
  // (up to two words that describe the plural before it: "European diplomats", "Senior officials")
  EXPECT_EQ(first_mention("European diplomats briefed on the talks said the tone was \"frosty.\""),
            "European diplomats briefed on the talks");
  EXPECT_EQ(cue(&extract("Senior officials briefed on the matter said the deal was \"close.\"").quotes.at(0)), "said");
  // (a count before the plural; after the clause it reports too)
  EXPECT_EQ(cue(&extract("Talks broke down late on Tuesday, two people briefed on the negotiations told Reuters.").quotes.at(0)), "told");
  EXPECT_EQ(first_mention("A deal was close, two people briefed on the talks said."), "two people briefed on the talks");
}

TEST(Speaker, AParticipleThatDescribesTheSubjectIsNoCueOfAQuotation) {
  // (also when the subject is the text's first word)
  EXPECT_EQ(first_mention("Diplomats briefed on the meeting said the tone was \"frosty.\""), "Diplomats briefed on the meeting");
  EXPECT_EQ(cue(&extract("Diplomats briefed on the meeting said the tone was \"frosty.\"").quotes.at(0)), "said");
}

TEST(Mixed, TheOneToldAndAnotherNamesReportAreNoPartOfTheClause) {
  // (the one spoken to before a subject pronoun and a quotation; ", as NAME sent …" after it)
  Document d = extract("Kyle Richards told the couple she \"will say a special prayer for Jack tonight.\"", clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she \"will say a special prayer for Jack tonight.\"");
  Document d2 = extract("Olivia Culpo said she was \"sending love\" to the couple, as Rachel Zoe also sent \"love and healing\" along with "
                        "her condolences.", clauses());
  ASSERT_FALSE(d2.quotes.empty());
  EXPECT_EQ(d2.quotes[0].text, "she was \"sending love\" to the couple");
}

TEST(Speaker, AGroupsNounTakesAPluralVerbAsBritishEnglishNumbersIt) {
  EXPECT_EQ(first_mention("The family say they are devastated."), "The family");
  EXPECT_EQ(first_words("The council say the road will reopen in June."), "the road will reopen in June");
  EXPECT_EQ(first_words("The union say members will strike on 3 May."), "members will strike on 3 May");
  // (only before what the verb reports: "The team report to the manager." reports nothing)
  EXPECT_EQ(first_words("The team report to the manager."), "(none)");
}

TEST(Speaker, APastFormAfterANounIsAVerbNoModifierOfThePhraseAWhoStandsFor) {
  EXPECT_EQ(only_speaker("The plan angered diplomats, who said it was \"reckless.\""), "diplomats");
  EXPECT_EQ(first_mention("The newly elected officials, who took office Monday, said the budget was short."),
            "The newly elected officials");
}

TEST(Indirect, TheSecondHalfOfAContrastAfterButIsPartOfTheReport) {
  EXPECT_EQ(first_words("She said the questioning will start with Comey, but not end there."),
            "the questioning will start with Comey, but not end there");
  // (a clause of its own after ", but" is the writer's)
  EXPECT_EQ(first_words("He said he will vote for her, but he has not endorsed her."), "he will vote for her");
  // (also after "only", "not", "also", "rather")
  EXPECT_EQ(first_words("The company said it would recover, but only 10 percent of customers got refunds."), "it would recover");
  EXPECT_EQ(first_words("He said it was not his fault, but rather blamed the referee."), "it was not his fault");
  EXPECT_EQ(first_words("He said he would stay, but rather than sign a new deal he left in June."), "he would stay");
}

TEST(Indirect, AccordingToASourceAndItsDescriptionOrNameBetweenCommas) {
  // (the clause after the description)
  EXPECT_EQ(first_words("According to Dr. Simon Hale, a cardiologist at the hospital, most heart attacks are preventable."),
            "most heart attacks are preventable");
  // (the name after the description is the source)
  Document d = extract("According to the council leader, Tom Vance, the road will reopen on Monday.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tom Vance");
  EXPECT_EQ(first_words("According to the council leader, Tom Vance, the road will reopen on Monday."), "the road will reopen on Monday");
  // (an aside of the clause's subject stays in it, and out of the source's description)
  EXPECT_EQ(first_words("According to police, the man, who was 34, fled."), "the man, who was 34, fled");
  EXPECT_EQ(first_mention("According to Smith, the policy, which was introduced in 2010, has failed."), "Smith");
  EXPECT_EQ(first_mention("According to Jo Kim, a spokeswoman for the agency, the plan will fail."), "Jo Kim, a spokeswoman for the agency");
  // (up to three descriptions: an age, a description, a participle's phrase)
  EXPECT_EQ(first_words("According to Sarah Novak, 42, a nurse who lives nearby, the noise started at midnight."),
            "the noise started at midnight");
  EXPECT_EQ(first_words("According to the report, published on Monday, the deficit grew."), "the deficit grew");
  // (a role's phrase with no determiner; and before a quotation, which is then the words alone)
  EXPECT_EQ(first_words("According to Ana Ruiz, chief executive of Acme, sales rose."), "sales rose");
  EXPECT_EQ(first_words("According to Ana Ruiz, co-owner of the restaurant, business is down."), "business is down");
  // (not a plural or a list that opens the clause)
  EXPECT_EQ(first_words("According to Johnson, teachers, parents and students all opposed the change."),
            "teachers, parents and students all opposed the change");
  for (const char* text : {"According to Ana Ruiz, a spokeswoman for Acme, \"sales have never been better.\"",
                           "According to Ana Ruiz, 54, \"sales have never been better.\""}) {
    Document q = extract(text);
    ASSERT_EQ(q.quotes.size(), 1u) << text;
    EXPECT_EQ(q.quotes[0].text, "sales have never been better.") << text;
    EXPECT_EQ(q.quotes[0].speaker, "Ana Ruiz") << text;
  }
  // (not a clause with a verb of its own: "one sign read, "…"" is the writer's, the source's report)
  EXPECT_EQ(first_words("According to AZCentral, one Arizona Department of Transportation sign read, \"Trust in the Force.\"",
                        clauses(all_attributions())),
            "one Arizona Department of Transportation sign read, \"Trust in the Force.");
  // (at the end: the description and the name)
  EXPECT_EQ(first_mention("The singer has sold more than 50 million records, according to her label, Northway Music."),
            "her label, Northway Music");
}

TEST(Mixed, ATimeAfterAQuotationThatOpensTheClauseIsTheWriters) {
  EXPECT_EQ(first_words("She tweeted \"Never again\" on Monday.", clauses()), "Never again");
  // (a clause that goes on after the quoted words goes on)
  EXPECT_EQ(first_words("He said \"the economy\" is strong.", clauses()), "\"the economy\" is strong");
}

TEST(Speaker, ABodysNounThatIsAlsoACuesFormHeadsItsPhrase) {
  EXPECT_EQ(first_mention("The NHS trust said it had launched an investigation."), "The NHS trust");
  EXPECT_EQ(first_mention("The record label said the singer would release a new album in October."), "The record label");
}

TEST(Speaker, ATitleOfTwoCapitalisedWordsAfterItsDeterminerBeforeAnAside) {
  EXPECT_EQ(first_mention("The Prime Minister, speaking in Manchester, said the government would not cut and run."),
            "The Prime Minister");
  EXPECT_EQ(first_mention("The Prime Minister, who was in Manchester, said the government would not cut and run."),
            "The Prime Minister");
}

TEST(Mixed, ANounOfReportsClauseWithQuotedWordsEndsBeforeTheSentencesVerb) {
  EXPECT_EQ(first_words("The mayor's claim that the city was \"safer than ever\" angered residents.", clauses()),
            "the city was \"safer than ever\"");
  EXPECT_EQ(first_words("Claire Warren's statement that she had \"no knowledge\" of the payments contradicted emails seen by the BBC.", clauses()),
            "she had \"no knowledge\" of the payments");
  // (the clause's verb a present's -s form, in the quoted words or not)
  EXPECT_EQ(first_words("The company's statement that it \"takes safety seriously\" rang hollow for families.", clauses()),
            "it \"takes safety seriously\"");
  EXPECT_EQ(first_words("Kessler's statement that the plant works safely drew criticism.", clauses()), "the plant works safely");
}

TEST(Indirect, AParticipleOfSayingRightAfterAVerbOfWritingAndItsObjectReportsForItsSubject) {
  EXPECT_EQ(first_mention("The head teacher wrote to parents saying the school would close early on Friday."), "The head teacher");
  EXPECT_EQ(first_words("She posted a video on TikTok saying she was leaving the show."), "she was leaving the show");
  // (after a verb of no saying the participle describes the noun before it)
  EXPECT_EQ(first_words("Police arrested a man saying he was a doctor."), "(none)");
  // (nor after "of" and the one it shows)
  EXPECT_EQ(first_words("He shared a clip of the president saying the war was over."), "(none)");
}

TEST(Review, APastFormAloneIsNoSubjectOfATrailingCuesForm) {
  EXPECT_EQ(first_words("Adaeze Okafor, the state treasurer, faced questions on Thursday."), "(none)");
  EXPECT_EQ(first_mention("The plan is dead, the accused said."), "the accused");
}

TEST(Speaker, AWordOfTheWholeGroupBetweenACoordinatedSubjectAndItsVerb) {
  EXPECT_EQ(first_mention("The coach and the captain both said the team was \"not good enough\"."), "The coach and the captain");
}

TEST(Indirect, ANounAParticipleAndItsAgentDescribeAfterTheReportIsTheWritersWord) {
  EXPECT_EQ(first_words("Jones said in an interview that the deal was fair, a view shared by many economists."), "the deal was fair");
  EXPECT_EQ(first_words("The deal was fair, a view shared by many economists."), "(none)");
  EXPECT_EQ(first_mention("The deal is dead, the minister said by phone."), "the minister");
}

TEST(Indirect, SaidToBeIsAPassivesReportOfOthersNoOnesWords) {
  EXPECT_EQ(first_words("The bus said to be involved was later found abandoned."), "(none)");
  EXPECT_EQ(first_words("She said to wait outside."), "to wait outside");
}

TEST(Speaker, APhraseOpeningTheClauseAndTheParticiplesPhraseThatDescribesIt) {
  EXPECT_EQ(first_mention("Officials speaking on condition of anonymity said the strike killed 12."),
            "Officials speaking on condition of anonymity");
  EXPECT_EQ(first_mention("Two officials speaking on condition of anonymity said the strike killed 12."),
            "Two officials speaking on condition of anonymity");
  // (a name the participle's preposition governs is no subject)
  EXPECT_EQ(first_mention("Residents speaking to the BBC said the water had been brown for weeks."), "Residents speaking to the BBC");
  EXPECT_EQ(first_mention("Officials speaking in Geneva said the talks had stalled."), "Officials speaking in Geneva");
  // (nor is a paper's name that is a noun of documents, which could speak on its own)
  EXPECT_EQ(first_mention("Residents speaking to the Post said the water had risen overnight."), "Residents speaking to the Post");
  EXPECT_EQ(first_mention("Investors talking to the Journal said the sale was a surprise."), "Investors talking to the Journal");
}

TEST(Indirect, AccordingToLegendNamesNoSource) {
  EXPECT_EQ(first_words("According to legend, the castle is haunted."), "(none)");
  EXPECT_EQ(first_words("The castle is haunted, according to legend."), "(none)");
}

TEST(Mixed, TheOwnerPronounOfANounOfReportSpeaksAsInTheReportedReading) {
  EXPECT_EQ(first_mention("His claim that the vote was \"rigged\" drew criticism."), "His");
  EXPECT_EQ(first_words("His claim that the vote was \"rigged\" drew criticism.", clauses()), "the vote was \"rigged\"");
}

TEST(Indirect, AnotherSubjectAndItsVerbOfSayingAfterAndEndTheReport) {
  Document d = extract("The driver told police he did not see the cyclist and the cyclist said he had a green light.", bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[1]), "the cyclist");
  EXPECT_EQ(first_words("He said prices rose and wages fell."), "prices rose and wages fell");
}

TEST(Review4, RegressionsOfTheSecondReviewStayFixed) {
  // a group's noun before a verb or a singular noun is a compound's
  EXPECT_EQ(first_mention("The council report states that the bridge is unsafe."), "The council report");
  EXPECT_EQ(first_words("The group claim form must be submitted by Friday."), "(none)");
  EXPECT_EQ(first_mention("The hospital trust said it was investigating.", all_attributions()), "The hospital trust");
  // "said to be" with no verb of the sentence after it is an instruction
  EXPECT_EQ(first_words("The coach said to be ready for a long season."), "to be ready for a long season");
  EXPECT_EQ(first_words("The man said to have fired the shots was arrested."), "(none)");
  // ", but not" and a share or a name is of the speakers
  EXPECT_EQ(first_words("Most experts say the drug is safe, but not all."), "the drug is safe");
  EXPECT_EQ(first_words("Many economists said rates would fall, but not Dr Patel."), "rates would fall");
  EXPECT_EQ(first_words("He said he dislikes the plan, but not the man himself."), "he dislikes the plan, but not the man himself");
  // a participle of saying after a document another made, or one passed on
  EXPECT_EQ(first_words("He wrote a response to an article saying the drug was dangerous."), "(none)");
  EXPECT_EQ(first_words("He shared an article saying the minister had lied."), "(none)");
  EXPECT_EQ(first_words("The paper published a letter from the minister saying the claims were false."), "(none)");
  // a description after "According to" and a body is the subject's
  EXPECT_EQ(first_words("According to the police, a tall man in a blue coat, the suspect fled on foot."),
            "a tall man in a blue coat, the suspect fled on foot");
  // a word that opens a clause is no preposition of a participle's phrase
  EXPECT_EQ(first_mention("Shares in the carmaker jumped after it said demand had recovered."), "it");
  EXPECT_EQ(first_mention("Bonds rallied after the central bank said it would cut rates."), "the central bank");
}

TEST(Speaker, AWordCapitalisedAfterALabelThatOpensTheSentenceIsCapitalisedAsAFirstWord) {
  EXPECT_EQ(first_mention("Update: Police say the road has reopened."), "Police");
}

TEST(Indirect, ASubjectOfTwoPhrasesBeforeAVerbAPluralTakes) {
  EXPECT_EQ(first_words("The official said two frigates and a patrol aircraft would be assigned."),
            "two frigates and a patrol aircraft would be assigned");
  EXPECT_EQ(first_words("She said fatigue and outdated equipment were among the factors under review."),
            "fatigue and outdated equipment were among the factors under review");
  // (not before a verb of one: the writer's clause)
  EXPECT_EQ(first_words("The pastor said a prayer and the crowd was silent."), "(none)");
}

TEST(Speaker, EachAfterTheSubjectItDividesIsNoDeterminer) {
  EXPECT_EQ(first_mention("They each said the bridge would reopen."), "They");
  EXPECT_EQ(first_mention("Smith and Jones each said the bridge would reopen."), "Smith and Jones");
  EXPECT_EQ(first_mention("Each said the bridge would reopen."), "Each");
  // (a determiner still: "each said item" is no report)
  EXPECT_EQ(first_words("He gave each said item a number."), "(none)");
}

TEST(Speaker, TwoDeterminersOpenOnePhrase) {
  EXPECT_EQ(first_mention("The two senior officials said the bridge would reopen."), "The two senior officials");
  EXPECT_EQ(first_mention("His many critics said the plan was doomed."), "His many critics");
  // (not the conjunction before a determiner)
  EXPECT_EQ(first_mention("It is clear that the foundation predicts growth for the next few years.", all_attributions()), "the foundation");
}

TEST(Indirect, APhraseAfterTheCommaThatAnotherDeterminersPhraseOpensIsNoTrailingSpeaker) {
  EXPECT_EQ(first_mention("He met the candidate on Tuesday, the first time the two men spoke since December."), "(none)");
  EXPECT_EQ(first_mention("The plan is dead, the party leader said."), "the party leader");
}

TEST(Indirect, AVerbsFormRightAfterAnOwnerIsTheOwnedNounNoTrailingCue) {
  // ("estimates" after "analysts'" or "Wall Street's" is what they own: no one reported anything)
  EXPECT_EQ(first_mention("Acme reported a profit of $2.1 billion on Thursday, beating analysts' estimates."), "(none)");
  EXPECT_EQ(first_mention("Acme reported a profit on Thursday, topping Wall Street's forecasts."), "(none)");
  EXPECT_EQ(first_mention("The plan will fail, the mayor's aides said."), "the mayor's aides");
}

TEST(Speaker, AWordOfTheListsIsASurnameAfterAFirstNameOrBeforeAPastVerbOfSaying) {
  EXPECT_EQ(first_mention("Theresa May said the deal was done."), "Theresa May");
  EXPECT_EQ(first_mention("George Will wrote that the party had lost its way."), "George Will");
  EXPECT_EQ(last_speaker("Theresa May spoke in Brussels on Monday. May told MPs that the deal was done."), "Theresa May");
  Document d = whosaid::extract("\"The deal is done,\" May said.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "May");
  EXPECT_EQ(cue(&d.quotes[0]), "said");  // (the name is no auxiliary of the verb group)
  // (a month or a modal stays one: no name in "May saw record rainfall", nor in a headline)
  EXPECT_EQ(first_mention("Sales rose in May. May saw record rainfall, officials said."), "officials");
}

TEST(Speaker, AnInitialThatEndsTheSentenceLeavesItsPeriodToIt) {
  Document d = whosaid::extract("\"The plan will work,\" said Cardi B.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Cardi B");
  EXPECT_EQ(d.quotes[0].speaker, "Cardi B");
  EXPECT_EQ(first_mention("John F. Kennedy said the plan would work."), "John F. Kennedy");
}

TEST(Speaker, ABodysInitialsInCapitalsAreNoWordOfTheLists) {
  EXPECT_EQ(first_mention("The WHO said the vaccine was safe."), "The WHO");
  EXPECT_EQ(first_mention("A WHO spokesperson said the vaccine was safe."), "A WHO spokesperson");
  EXPECT_EQ(first_mention("US officials said the talks would resume."), "US officials");
  EXPECT_EQ(first_mention("The IT department said the outage was over."), "The IT department");
  EXPECT_EQ(only_speaker("WHO Director-General Tedros Adhanom Ghebreyesus said the vaccine was safe."),
            "Tedros Adhanom Ghebreyesus");
  EXPECT_EQ(only_speaker("UK Secretary of State John Smith said the talks would resume."), "John Smith");
  // (capitals for emphasis stay words: no speaker "NOT", no body "THIS")
  EXPECT_EQ(first_mention("He said it was NOT true."), "He");
  EXPECT_EQ(first_words("THIS country is great, he said."), "THIS country is great");
}

TEST(Indirect, APhraseOfWhereAndATimeAfterTheCueComeBeforeTheClause) {
  EXPECT_EQ(first_words("Smith said in an interview on Monday he regretted the remark."), "he regretted the remark");
  EXPECT_EQ(first_words("The club said in a statement Friday it would appeal."), "it would appeal");
}

TEST(Partial, AQuotationInARelativeClauseAfterTheSpeakerIsTheRelativeClausesNotASecondPiece) {
  Document d = whosaid::extract("\"We lost credibility,\" said Priyanka Sood, who called the plan \"reckless\".", bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "We lost credibility,");
  EXPECT_EQ(d.quotes[1].text, "reckless");
  EXPECT_EQ(cue(&d.quotes[1]), "called");
  EXPECT_EQ(d.quotes[1].speaker, "Priyanka Sood");
}

TEST(Speaker, ARelativeClauseBetweenCommasDescribesThePhraseBeforeIt) {
  EXPECT_EQ(first_mention("Her lawyer, who represents Tom Harris, said she is innocent."), "Her lawyer");
  EXPECT_EQ(first_mention("The star, who wrote the hit Paper Crowns, said: \"I am done.\""), "The star");
  // (and a name with the place it is of after its determiner)
  EXPECT_EQ(only_speaker("Her co-author, Henrik Aaberg of the Karolinska Institute, said the next step was a trial."),
            "Henrik Aaberg");
}

TEST(Speaker, AParticiplesSubjectIsTheClausesItFollowsAfterAnd) {
  Document d = extract("Zhou objected, and Judge Anne Kowalczyk sustained the objection, telling Bell to \"rephrase or move on.\"");
  ASSERT_NE(find(d, "rephrase or move on"), nullptr);
  EXPECT_EQ(find(d, "rephrase or move on")->speaker, "Anne Kowalczyk");
  // (a clause with no subject of its own: the sentence's)
  EXPECT_EQ(only_speaker("Smith spoke first, and then added a note, saying the plan was dead."), "Smith");
}

TEST(Speaker, ABodysNameARoleAndAPersonsNameAfterTheCueNameThePerson) {
  EXPECT_EQ(only_speaker("\"The ceasefire is holding,\" said the UN envoy Pierre Lamont."), "Pierre Lamont");
  EXPECT_EQ(only_speaker("\"The talks are over,\" said the NATO spokesman Piet Jansen."), "Piet Jansen");
  EXPECT_EQ(first_mention("\"The talks are over,\" said the NATO spokesman Piet Jansen."), "the NATO spokesman Piet Jansen");
  // (no role's noun between: the name describes the noun after it)
  EXPECT_EQ(first_mention("\"We won,\" said the Chelsea fans."), "the Chelsea fans");
}

TEST(Speaker, ARolesWordsOfNoDeterminerAfterTheCueDescribeTheNameAfterThem) {
  EXPECT_EQ(only_speaker("\"The data look strong,\" said senior research fellow Anjali Rao."), "Anjali Rao");
  EXPECT_EQ(only_speaker("\"Our members are exhausted,\" said nurses' union president Gwen Abbot."), "Gwen Abbot");
  EXPECT_EQ(only_speaker("\"He was brave,\" said son and actor Tom Rhys."), "Tom Rhys");
  EXPECT_EQ(only_speaker("\"He was brave,\" said son and actor Tom Rhys to the audience."), "Tom Rhys");
  EXPECT_EQ(only_speaker("\"Few are ready,\" said senior technology consultant, Bart Okafor, at the summit."), "Bart Okafor");
  EXPECT_EQ(only_speaker("\"Few are ready,\" said Brookings senior fellow Ann Lee."), "Ann Lee");
  // (a modifier of the lists, a body's or a party's capitalised word, "and" before a body's role)
  EXPECT_EQ(only_speaker("\"Few are ready,\" said former senior research fellow Ann Lee."), "Ann Lee");
  EXPECT_EQ(only_speaker("\"Few are ready,\" said veteran Democratic strategist Ann Lee."), "Ann Lee");
  EXPECT_EQ(only_speaker("\"Few are ready,\" said former England captain and BBC pundit Ann Lee."), "Ann Lee");
  EXPECT_EQ(first_mention("\"Few are ready,\" said senior research fellow Anjali Rao."), "senior research fellow Anjali Rao");
  // (a name a preposition governs is not whom the words describe)
  EXPECT_EQ(first_mention("\"We are fine,\" said officials close to Jane Roe."), "officials");
}

TEST(Speaker, LettersAfterANameBetweenCommasAreTheNamesWhoSpeaks) {
  EXPECT_EQ(only_speaker("Dr Smita Kulkarni, IPS, said the accused used to make video calls."), "Smita Kulkarni");
  EXPECT_EQ(only_speaker("John Smith, MBE, said the award was \"a surprise\"."), "John Smith");
  EXPECT_EQ(only_speaker("Mary Beard, FBA, said the find was \"remarkable\"."), "Mary Beard");
}

TEST(Speaker, ATitlesNameWhatItIsOfAndAPersonsNameBetweenCommasIsThePerson) {
  EXPECT_EQ(only_speaker("The First Minister of Wales, Rhian Talbot, wrote that Marchetti had carried the voice of Wales."), "Rhian Talbot");
  EXPECT_EQ(only_speaker("The First Minister, Rhian Talbot, wrote that Marchetti had carried the voice of Wales."), "Rhian Talbot");
}

TEST(Speaker, APersonAfterTheOwnersPossessiveIsAParticiplesSubject) {
  EXPECT_EQ(only_speaker("Bernstein's Claire Beaumont disagreed, arguing that the rally would fade."), "Claire Beaumont");
  EXPECT_EQ(first_mention("Bernstein's Claire Beaumont disagreed, arguing that the rally would fade."), "Bernstein's Claire Beaumont");
  // (a thing the owner has is no one, a first name opening the person's)
  EXPECT_EQ(first_words("Obama's Affordable Care Act passed, prompting critics to say it would fail."), "(none)");
}

TEST(Indirect, ANounPhraseWithAWordLikeAVerbIsNoClause) {
  // (a past form after a preposition describes a noun)
  EXPECT_EQ(first_words("The regulator announced an investigation into repeated failures."), "(none)");
  // (after a cue phrase in "about", the thing spoken of; a question is still reported)
  EXPECT_EQ(first_words("Jade Kovacs has opened up about her panic attacks."), "(none)");
  EXPECT_EQ(first_words("She opened up about how she struggled."), "how she struggled");
  // (a clause of condition reduced to its participle between commas, before the verb)
  EXPECT_EQ(first_words("He said the plan, if approved, would fail."), "the plan, if approved, would fail");
}

TEST(Indirect, ForecastersSpeakInAnAbsoluteClause) {
  // (data/nominal_speakers.txt: forecasters and meteorologists are a speaker's nouns)
  EXPECT_EQ(only_speaker("Gusts have been recorded on the coast, with forecasters saying there is a danger to life."), "forecasters");
  EXPECT_EQ(first_words("Gusts have been recorded on the coast, with forecasters saying there is a danger to life."),
            "there is a danger to life");
}

TEST(Indirect, APrepositionalAsideWithACuesNounStaysInTheClause) {
  // ("view", "words" are nouns after a determiner, no verb of the aside's)
  EXPECT_EQ(first_words("Mark Ellison said the trial, in his view, was rushed."), "the trial, in his view, was rushed");
  EXPECT_EQ(first_words("The mayor said the budget, in her words, had been gutted."), "the budget, in her words, had been gutted");
}

TEST(Indirect, TwoNumbersOrTimesJoinedByAndStayInTheSubject) {
  EXPECT_EQ(first_words("Asref said the strikes on 14 and 15 August would go ahead."), "the strikes on 14 and 15 August would go ahead");
  EXPECT_EQ(first_words("Asref said the strikes on Monday and Tuesday would go ahead."),
            "the strikes on Monday and Tuesday would go ahead");
}

TEST(Speaker, AListOfNamesAPrepositionGovernsIsItsNounsPhrase) {
  EXPECT_EQ(first_mention("Foreign ministers from Germany, Poland and France said the deal was urgent."),
            "Foreign ministers from Germany, Poland and France");
  EXPECT_EQ(first_mention("Smith, Doe and Lee all said the deal was urgent."), "Smith, Doe and Lee");
}

TEST(Speaker, ADeterminerAfterWithBeforeAParticipleIsOneOfAGroupThatSpeaks) {
  Document d = whosaid::extract("\"I am proud,\" Andrea Kovacs said. Fans flooded social media, with one writing: \"Take all the time "
                                "you need.\"",
                                bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[1]), "one");
  EXPECT_EQ(cue(&d.quotes[1]), "writing");
}

TEST(Interview, HeOrSheWhoSpokeToThePaperIsThePersonNamedMostBeforeTheQuestions) {
  EXPECT_EQ(last_speaker("Dr. Fiona Achterberg studies urban heat. This week she spoke to the Herald.\n\nQ: Is it the heat or the "
                         "humidity?\n\nA: Both. The nights matter most.\n"),
            "Fiona Achterberg");
}

TEST(Interview, HimOrHerAfterWordsOfMeetingIsThePersonNamedMostBeforeTheQuestions) {
  const char* text = "Priya Ramanathan, 41, took over as head coach in June. We caught up with her before the opener.\n\nQ: How has the "
                     "first month gone?\n\nA: Busier than I expected. I have barely seen my kids.\n";
  EXPECT_EQ(last_speaker(text), "Priya Ramanathan");
  // (an explainer's answers, no one met: no one's)
  EXPECT_TRUE(extract("Priya Ramanathan took over in June.\n\nQ: How has the first month gone?\n\nA: Busier than I expected. I "
                      "have barely seen my kids.\n")
                  .quotes.empty());
}

TEST(Speaker, APluralDeterminerAfterWithTakesAParticipleOfSaying) {
  EXPECT_EQ(first_mention("Fans flooded social media, with many saying they were \"heartbroken.\""), "many");
}

TEST(Speaker, ABodysInitialsBeforeALowerCaseApostropheSAreAPossessive) {
  EXPECT_EQ(first_mention("The WHO's director-general said vaccines remained safe."), "The WHO's director-general");
}

TEST(Speaker, AListAPrepositionGovernsMayHoldDeterminers) {
  EXPECT_EQ(first_mention("Officials from the US, Britain and Canada said the talks failed."),
            "Officials from the US, Britain and Canada");
  EXPECT_EQ(first_mention("Diplomats from Egypt, Qatar and the US said the talks failed."), "Diplomats from Egypt, Qatar and the US");
}

TEST(Indirect, TwoTimesJoinedByAndAfterTheCueComeBeforeThat) {
  EXPECT_EQ(first_words("The council said on Tuesday and Wednesday that the roads would close."), "the roads would close");
  EXPECT_EQ(first_words("The council said on 14 and 15 August that the roads would close."), "the roads would close");
  // (a second time of its own, an adverb before it)
  EXPECT_EQ(first_words("Kerry said on Monday and again on Thursday that the talks would resume."), "the talks would resume");
  EXPECT_EQ(first_words("Kerry said Monday and again Thursday that the talks would resume."), "the talks would resume");
  EXPECT_EQ(first_words("Officials said on May 3 and 4 that the talks would resume."), "the talks would resume");
  // (a count after "and" is no day: the clause it opens is no report)
  EXPECT_EQ(extract("She spoke on Monday and 30 people agreed.").quotes.size(), 0u);
  EXPECT_EQ(extract("She said on Monday and 30 people agreed.").quotes.size(), 0u);
}

TEST(Indirect, NamesJoinedByAndTakeAPosition) {
  // (--attributions all: a position taken needs someone to take it, and two names are someone)
  EXPECT_EQ(first_mention("It was a priority and both the American Federation of Teachers and the National Education Association "
                          "endorsed her early.",
                          all_attributions()),
            "both the American Federation of Teachers and the National Education Association");
}

TEST(Speaker, APhraseOfOneOfAGroupAfterWithOrAndBeforeAParticipleSpeaks) {
  EXPECT_EQ(first_mention("The video went viral, with one user writing: \"Shameful.\""), "one user");
  Document d = whosaid::extract("Online, reaction was mixed, with one writing: \"Finally!\" and another writing: \"Too little, too late.\"",
                                bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[1]), "another");
}

TEST(Speaker, ASpeakersNounAloneOpeningTheSentenceIsTheSubjectOfItsSecondVerb) {
  EXPECT_EQ(first_mention("Police on Thursday identified the man and said he had been in a relationship with the victim."), "Police");
  // (a participle's subject after "with" is its own: not the sentence's)
  EXPECT_EQ(first_mention("Republicans were quick to chime in, with Senator Tom Reyes tweeting that it was a \"disaster\" for her."),
            "Senator Tom Reyes");
}

TEST(Indirect, AQuestionPutToTheSubjectBetweenCommasIsNoReport) {
  EXPECT_EQ(first_words("Hollowell, asked whether the state had enough shelter, said it did."), "it did");
  Document d = whosaid::extract("Hollowell, asked whether the state had enough shelter, said: \"Right now, yes.\"", clauses());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(first_words("Mr. Hartley, asked whether he would resign, said he had \"no plans to go anywhere.\"", clauses()),
            "he had \"no plans to go anywhere.\"");
  // (a pronoun after an inverted cue is a clause's subject: no "…, said it" reading)
  EXPECT_EQ(first_mention("Facebook found the posting, reported it to the F.B.I., and removed it on Thursday."), "(none)");
}

TEST(Indirect, TheClauseBeforeASpeakerAndCueThatASemicolonEndsIsReported) {
  EXPECT_EQ(first_words("The woman was in stable condition, he said; the man underwent surgery."), "The woman was in stable condition");
}

TEST(Speaker, ANounCapitalisedWhereTheSentenceOpensBeforeAtAndANameIsItsPhrasesHead) {
  EXPECT_EQ(first_mention("Analysts at Barclays said the forecast was cut."), "Analysts at Barclays");
  EXPECT_EQ(first_mention("Dan Ives of Wedbush Securities said the plan failed."), "Dan Ives of Wedbush Securities");
  EXPECT_EQ(only_speaker("Dan Ives of Wedbush Securities said the plan failed."), "Dan Ives");
}

TEST(Indirect, AWordBeforeANounOfThoseToldIsPartOfThemBeforeTheClause) {
  EXPECT_EQ(first_words("The minister told local officials that the talks had failed."), "the talks had failed");
  EXPECT_EQ(first_words("Kremlin spokesman Yury Pavlenkov told state media that Russia remained open to talks."),
            "Russia remained open to talks");
}

TEST(Indirect, APhraseReportedEndsBeforeWhereItWasSaid) {
  // (PolNeAR's reading of a position taken: its noun phrase, not the occasion or the medium
  // after it, data/occasion_nouns.txt)
  const Options all = all_attributions();
  EXPECT_EQ(first_words("Trump criticized Clinton during a rally in Ohio.", all), "Clinton");
  EXPECT_EQ(first_words("Smith praised the plan in a statement on Monday.", all), "the plan");
  EXPECT_EQ(first_words("She mocked the senator on Twitter.", all), "the senator");
  // (but a verb's own phrase, a relative clause's, or a topic)
  EXPECT_EQ(first_words("Nasa called the incident a reason for the U.S. to reinvest in its space program.", all),
            "the incident a reason for the U.S. to reinvest in its space program");
  EXPECT_EQ(first_words("Trump repeated a refrain that has become common for him on the campaign trail.", all),
            "a refrain that has become common for him on the campaign trail");
  EXPECT_EQ(first_words("The paper condemned plagiarism in political speech.", all), "plagiarism in political speech");
}

TEST(Indirect, APhraseReportedGoesOnPastTheCommasOfAList) {
  const Options all = all_attributions();
  EXPECT_EQ(first_words("Trump called Oz a quack, fake and charlatan.", all), "Oz a quack, fake and charlatan");
  EXPECT_EQ(first_words("Ruiz criticized the mayor, the council and the police chief.", all),
            "the mayor, the council and the police chief");
  // (not past a clause's comma, nor a list with a verb of its own)
  EXPECT_EQ(first_words("Sanders praised Clinton, who won the primary.", all), "Clinton");
  EXPECT_EQ(first_words("Obama criticized the government as the United States, Britain and France support the rebels.", all),
            "the government as the United States");
}

TEST(Sieves, ARelativeClausesCueBeforeQuotedWordsThatHoldItsSubjectsVerb) {
  // the quoted words go on "anybody": the participle before reports them, not "complains"
  Document d = extract("Trump dismissed the complaint, saying anybody who complains about a microphone \"is not having a good night.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "saying");
  EXPECT_EQ(d.quotes[0].speaker, "Trump");
}

TEST(Reported, AnInterruptingSegmentWithAGerundOrWhatAVerbDoneToSomeoneIsForIsAClause) {
  // "peacekeepers have been blamed for introducing cholera" between commas is a clause of its
  // own, no speaker and cue that interrupt the sentence
  Document d = extract("Perhaps most damaging, peacekeepers have been blamed for introducing cholera to Haiti, killing more than 10,000.",
                       all_attributions());
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("Perhaps"), std::string::npos) << q.text;
  // (a phrase of where, no gerund in it, still follows an interrupting cue)
  // (nor a name with a past form after it: a clause, "Mrs. Clinton enjoyed tremendous support")
  d = extract("During the primary race, Mrs. Clinton enjoyed tremendous support from black voters, especially older women.",
              all_attributions());
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("During"), std::string::npos) << q.text;
  d = extract("The plan, the agency said in a statement on its website, would cost billions.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "the agency");
  // (a noun in -ing, or a gerund of time, is where and when: still a speaker and cue)
  for (const char* t : {"The plan, the agency said at a briefing, would cost billions.",
                        "The plan, the mayor said during a hearing, would cost billions.",
                        "The plan, the mayor said after meeting the governor, would cost billions."}) {
    d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].spans.size(), 2u) << t;
  }
  // (nor is a time and a link before the speaker a report: the participle after reports)
  d = extract("On Thursday, however, Trump spoke to a gathering of industry leaders, promising to lift regulations.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "promising");
}

TEST(Sieves, InTheWordsOfNamesTheSourceAsAccordingToDoes) {
  Document d = extract("In the words of Senator Maria Lopez, \"this is a disaster for working families.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Maria Lopez");
  EXPECT_EQ(cue(&d.quotes[0]), "In the words of");
  d = extract("The plan was, in the words of one analyst, \"dead on arrival.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "one analyst");
}

TEST(Sieves, ARestrictiveRelativeClausesCueBeforeItsOwnClauseOfQuotedWords) {
  // "who said they …": the relative clause reports the quoted words, its noun the speaker
  Document d = extract("He praised the volunteers who said they \"would come back next year.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(d.quotes[0].speaker, "the volunteers");
  d = extract("The CEO mocked investors who claim that the company \"cannot grow anymore.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "claim");
  // (not when another "that" before the quotation may open the main verb's clause)
  d = extract("Morial told a young woman who suggested that some people may not vote because of frustration that \"this is not a strategy.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "told");
}

TEST(Sieves, APossessivesPhraseThatOpensTheSentenceIsTheSubjectOfItsParticipleAndSecondVerb) {
  // "Ryan's campaign … , telling reporters": the whole phrase, whether or not "Ryan" is known
  EXPECT_EQ(first_mention("Ryan’s campaign shrugged off the comments, telling reporters, \"Nobody asked for it.\""), "Ryan’s campaign");
  EXPECT_EQ(first_mention("Paul Ryan spoke on Monday. Ryan’s campaign shrugged off the report, calling it \"pure fiction.\""),
            "Ryan’s campaign");
  EXPECT_EQ(first_mention("Ryan’s campaign shrugged off Trump’s comments and said, \"Nobody asked for it.\""), "Ryan’s campaign");
  // (not "the report", the verb's object)
  EXPECT_EQ(first_mention("Ryan’s aide dismissed the report on Monday, calling it \"pure fiction.\""), "Ryan’s aide");
  // (after an opening phrase and its comma too)
  EXPECT_EQ(first_mention("In a statement, Clinton’s campaign rejected the audit, calling it \"a partisan exercise.\""),
            "Clinton’s campaign");
  // a possessive inside the verb's object is no subject: "oppose Obama's executive actions, and
  // have pledged"
  Document d = extract("All of the candidates oppose Obama’s executive actions, and have pledged to end the programs.", all_attributions());
  for (const Quote& q : d.quotes) EXPECT_NE(mention(&q), "Obama’s executive");
}

TEST(Sieves, InXsWordsNamesTheOwnerOfTheWords) {
  Document d = extract("Mayor Jane Ortiz was blunt. In her words, \"this is a disaster for the city.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jane Ortiz");
  EXPECT_EQ(mention(&d.quotes[0]), "her");
  EXPECT_EQ(cue(&d.quotes[0]), "words");
  // (a plural's apostrophe, "own" before "words")
  EXPECT_EQ(only_speaker("It was, in Forbes’ words, \"a disaster.\""), "Forbes");
  EXPECT_EQ(only_speaker("It was, in Jones' words, \"a disaster.\""), "Jones");
  EXPECT_EQ(first_mention("In the senator’s own words, the bill is \"dead on arrival.\""), "the senator");
  // "in other words" names no one
  d = extract("In other words, \"this is a disaster,\" he said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "he");
}

TEST(Sieves, AnAbsoluteWithClauseHoldsItsOwnSubjectsReport) {
  // ", with X V-ing …": the quoted words in the absolute clause are X's, not the main clause's
  Document d = extract("The campaign denied it happened, with Lewandowski taking to Twitter to call Fields \"totally delusional\" for the accusation.");
  const Quote* q = find(d, "totally delusional");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Lewandowski");
  d = extract("The debate went on, with Senator John McCain telling reporters he viewed Obama as \"directly responsible\" for the attack.");
  q = find(d, "directly responsible");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "John McCain");
  EXPECT_EQ(cue(q), "telling");
  // (a determiner standing for one of a group)
  EXPECT_EQ(first_mention("Critics slammed the plan, with many saying it was \"a giveaway.\""), "many");
  // the main clause's report ends before the absolute clause
  d = extract("The campaign said the vote was rigged, with many members saying they never got ballots.", all_attributions());
  ASSERT_GE(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the vote was rigged");
  // (not a phrase "with" governs that no participle follows)
  EXPECT_EQ(first_mention("Critics slammed the plan, with the proposal being \"a giveaway.\""), "Critics");
}

TEST(Sieves, APersonNamedBeforeTheWordsSpeaksThemPastTheirDescriptionBetweenCommas) {
  // "Dianne Bystrom, a professor at Iowa State, was less sure. "…"": hers, not the run of the
  // quote before
  Document d = extract("\"We will win this,\" said Craig Robinson, an editor.\n\nDianne Bystrom, a professor at Iowa State, was less sure. \"Republicans are running out of time.\"");
  const Quote* q = find(d, "running out of time");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Dianne Bystrom");
  d = extract("\"We will win this,\" said Craig Robinson, an editor.\n\nAna Ruiz, 54, disagreed. \"Republicans are running out of time.\"");
  q = find(d, "running out of time");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ana Ruiz");
  // (a thing done to the person is no lead-in: the run goes on)
  d = extract("\"We will win this,\" said Craig Robinson, an editor.\n\nAna Ruiz, the mayor, was shot twice. \"Republicans are running out of time.\"");
  q = find(d, "running out of time");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Craig Robinson");
}

TEST(Sieves, ANameBetweenCommasAfterItsNounIsTheSubjectOfAClauseJoinedToTheFirst) {
  // "…, and its chief executive, Karen Osterhout, said …": the second clause's speaker
  EXPECT_EQ(only_speaker("The company will continue production in Ohio, and its chief executive, Karen Osterhout, said the plant was \"safe for now.\""),
            "Karen Osterhout");
  EXPECT_EQ(only_speaker("The firm added 200 jobs, and its founder, Ana Ruiz, said growth was \"just starting.\""), "Ana Ruiz");
}

TEST(Sieves, APossessorsLeadInNamesThePossessorUnlessItsNounCanSpeak) {
  // "His neighbor was indignant:": the neighbor speaks, not the one "His" stands for
  Document d = extract("Ray Tully recalled the storm.\n\nHis neighbor was indignant: \"Nobody warned us.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "His neighbor");
  d = extract("Ray Tully was charged.\n\nHis lawyer: \"He is innocent.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "His lawyer");
  // (a noun of what was said names its owner: "Cole's reply:", "Clinton's response was:")
  d = extract("Hillary Clinton read the cable. Clinton’s response was: \"Is he off Conn or Wisconsin?\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Hillary Clinton");
}

TEST(Sieves, ByXsOwnAccountNamesTheOwnerOfTheWords) {
  EXPECT_EQ(only_speaker("Rosa Marchetti has cooked for two presidents and, by her own count, \"about a million hungry teenagers\" since."), "Rosa Marchetti");
  Document d = extract("Harold Brennan began playing piano at 6 and, by his own account, \"never really stopped.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Harold Brennan");
  EXPECT_EQ(cue(&d.quotes[0]), "account");
  // "by most accounts" names no one
  d = extract("By most accounts, the plan is \"dead,\" he said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "he");
}

TEST(Indirect, SaidUpToANumberReportsTheClause) {
  Document d = extract("The National Weather Service said up to 7 inches of rain fell in some areas.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "up to 7 inches of rain fell in some areas");
  // (not "up to now")
  EXPECT_EQ(extract("He said up to now, nobody had called.").quotes.size(), 0u);
}

TEST(Sieves, APastParticipleSetOffByCommasAfterTheSubjectIsAnAside) {
  // "The research, published Wednesday, found …": "found" reports, not "published"
  Document d = extract("The research, published Wednesday, found that fragments given a mild \"heat priming\" treatment survived.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "found");
  d = extract("The message, sent to the chief of staff, called it \"critical\" that she speak.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "called");
}

TEST(Sieves, TheSentenceBeforeACuelessQuoteGivesASpeakerOnlyWhenItsSubjectCanSpeak) {
  // "The debate went on." is no lead-in of anyone's words; "Sen. Ana Ruiz responded first." is
  Document d = extract("The debate went on.\n\n\"We will never agree to that.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "");
  d = extract("Sen. Ana Ruiz responded first.\n\n\"We will never agree to that.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ruiz");
  // (a document says too: "the suit claims …")
  d = extract("Along with other allegations, the suit claims that the chairman broke the rules.\n\n\"He tied these actions to the probe.\"");
  const Quote* q = find(d, "He tied");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "the suit");
}

TEST(Indirect, AccordingToARoleAndANameIsTheNamesReport) {
  // "according to police spokesperson Dana Kirby": Dana Kirby, the phrase the mention
  Document d = extract("According to police spokesperson Dana Kirby, the driver fled.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Dana Kirby");
  EXPECT_EQ(mention(&d.quotes[0]), "police spokesperson Dana Kirby");
  // (not a name a preposition governs)
  d = extract("According to a spokesman for Mayor Ann Lee, the plan is dead.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "a spokesman for Mayor Ann Lee");
}

TEST(Indirect, AccordingToXBetweenASubjectAndItsVerbReportsTheClauseInTwoPieces) {
  Document d = extract("The fire, according to Chief Lydia Moreau, started in the kitchen.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The fire started in the kitchen");
  EXPECT_EQ(d.quotes[0].speaker, "Lydia Moreau");
  EXPECT_EQ(mention(&d.quotes[0]), "Chief Lydia Moreau");
  d = extract("The plan, according to two officials, would cut 300 jobs.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The plan would cut 300 jobs");
  EXPECT_EQ(mention(&d.quotes[0]), "two officials");
}

TEST(Sieves, ARelativeClauseOfTheSpeakersDescriptionKeepsTheRunOfQuotes) {
  // ", which owns Brightwater shares": no other speaker between the two quotes
  Document d = extract("\"This is a well-run company,\" said Maria Santos, a portfolio manager at Greenleaf Investors, which owns Brightwater shares. \"I'd be a buyer on this dip.\"");
  const Quote* q = find(d, "buyer on this dip");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Maria Santos");
}

TEST(Indirect, AccordingToAGroupNamedIsNoOnePersonsReport) {
  // "according to several senior Democrats": the phrase, not the name's entity
  Document d = extract("The vote was delayed, according to several senior Democrats.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "several senior Democrats");
  // (a determiner alone before a body's name: its entity)
  d = extract("The vote was delayed, according to the Associated Press.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Associated Press");
}

TEST(Indirect, APluralAndItsPhraseBeforeABaseFormReportAClauseThatOpensWithANoun) {
  // "Critics of the plan say small towns …": the phrase's head is the plural, the clause a noun's
  Document d = extract("Critics of the plan say small towns have been shut out.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Critics of the plan");
  EXPECT_EQ(d.quotes[0].text, "small towns have been shut out");
  d = extract("Officials in the city say residents were warned twice.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "Officials in the city");
  // (a form before a past verb is a noun: "the conservative press accused")
  d = extract("Members of the conservative press accused Clinton of implying police officers were racist.");
  for (const Quote& q : d.quotes) EXPECT_NE(cue(&q), "press");
  // (nor one before "that" and a verb, a relative clause on the noun: a headline's "fuel blast")
  EXPECT_TRUE(extract("Ex-depot manager gets 14 years for Oregon fuel blast that killed 3 workers").quotes.empty());
  EXPECT_EQ(extract("Critics of the plan say that it will fail.").quotes.size(), 1u);
}

TEST(Indirect, PleadingGuiltyReportsNothing) {
  EXPECT_EQ(extract("Dennis Kohl pleaded guilty to related charges.").quotes.size(), 0u);
  EXPECT_EQ(extract("Dennis Kohl pleaded not guilty to the charges.").quotes.size(), 0u);
}

TEST(Sieves, AnUtteranceNamedAfterItAsSomeonesWordsIsTheirs) {
  EXPECT_EQ(only_speaker("\"We had to act fast.\" Those were the words of paramedic Jorge Salas, who reached the scene first."), "Jorge Salas");
  // (a role's phrase and the name between commas after it: the person's)
  EXPECT_EQ(only_speaker("\"She has been let down very badly.\"\n\nThose were the words of Marsh's former coach, Graham Pritchett, "
                         "who sat in the public gallery."),
            "Graham Pritchett");
  EXPECT_EQ(only_speaker("\"We will not close the school.\"\n\nThat was the promise from Superintendent Grace Obi on Monday."), "Grace Obi");
  // (an interpretation's noun too: "That was the reading of Dr Tomasi Fifita")
  EXPECT_EQ(only_speaker("\"They took votes from people who did not vote last time.\"\n\nThat was the reading of Dr Tomasi Fifita, a "
                         "lecturer in politics."),
            "Tomasi Fifita");
  EXPECT_EQ(only_speaker("\"Stay indoors\" was the message from Fire Chief Lydia Moreau on Saturday."), "Lydia Moreau");
  // ("came" for "was")
  Document came = extract("\"Not a chance,\" came the reply from Jane Roe.");
  ASSERT_EQ(came.quotes.size(), 1u);
  EXPECT_EQ(came.quotes[0].speaker, "Jane Roe");
  EXPECT_EQ(cue(&came.quotes[0]), "reply");
  EXPECT_EQ(only_speaker("\"Stop!\" came a shout from Officer Dan Ruiz."), "Dan Ruiz");
  // (no noun of what was said: no one's)
  Document d = extract("\"It is over.\" That was the end of the story.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "");
}

TEST(Sieves, ADashBylineOnTheLineAfterAParagraphOfWordsAloneNamesTheirSpeaker) {
  EXPECT_EQ(only_speaker("\"We will be back next season.\"\n\n— Rachel Kline, team owner"), "Rachel Kline");
  EXPECT_EQ(only_speaker("\"We will be back next season.\"\n— Rachel Kline"), "Rachel Kline");
  // (a dash before a sentence of the writer's names no one)
  EXPECT_EQ(only_speaker("\"We will be back next season.\"\n\n— The weather turned cold."), "");
  // (nor before a maker's name after a title: a list of works, no quotes)
  EXPECT_TRUE(extract("Nominees for song of the year:\n“Glass Houses” — The Merriweathers\n“Low Tide” — Oona Patel").quotes.empty());
}

TEST(Sieves, AColonLeadInThatSaysWhomTheWordsAreFromNamesTheSpeaker) {
  EXPECT_EQ(only_speaker("And from Chairwoman Beatriz Lozano:\n\n\"Raj brings a wealth of engineering experience.\""), "Beatriz Lozano");
  EXPECT_EQ(first_mention("A statement from the mayor's office: \"We are reviewing the report.\""), "the mayor's office");
  // (and "was" with a word that says how the words were)
  EXPECT_EQ(first_mention("The message from the fire service was simple: \"Stay indoors.\""), "the fire service");
  EXPECT_EQ(first_mention("The warning from police was blunt: \"Stay indoors.\""), "police");
  // (an owner's noun with a word before it: "The fire service's message", "The new mayor's")
  EXPECT_EQ(first_mention("The fire service's message was simple: \"Stay indoors.\""), "The fire service");
  EXPECT_EQ(first_mention("The new mayor's reaction was swift: \"We will appeal.\""), "The new mayor");
  // (not a phrase of time or place: no one)
  EXPECT_EQ(only_speaker("From the outset: \"We will not stop and we will not give up.\""), "");
  // a headline's label of a speaker's noun alone
  EXPECT_EQ(first_mention("Police chief: \"We will find them\"\n\nThe chief spoke on Monday."), "Police chief");
  EXPECT_EQ(first_mention("Update: \"The road is closed\""), "(none)");
}

TEST(Sieves, AParagraphThatBringsTheSpeakerInNamesTheSpeakerOfTheWordsThatOpenTheNext) {
  Document d = extract("Walt Henley runs the ferry.\n\nHenley, 68, is angry about it.\n\n\"My father ran this boat before me. That was it.\"");
  const Quote* q = find(d, "My father");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Walt Henley");
  d = extract("\"We will win,\" said Ana Ruiz.\n\nBob Tran disagreed.\n\n\"They will lose.\"");
  q = find(d, "They will lose");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Bob Tran");
  // (the main clause's, past a clause a subordinator opens: the judge only asked)
  EXPECT_EQ(last_speaker("When the judge asked whether he understood the plea deal, Conrad Wexley stood up.\n\n\"Yes, your honor.\""),
            "Conrad Wexley");
  // (a role and its owner before the name between commas: "Her neighbor, Ignatius Flood, nodded.")
  EXPECT_EQ(last_speaker("Mayor Ann Lee spoke first.\n\nHer neighbor, Ignatius Flood, nodded. \"They will have to carry us out.\""),
            "Ignatius Flood");
  // (not the last of several sentences of the paragraph before)
  d = extract("Ana Ruiz spoke first.\n\nThe crowd cheered. Bob Tran left the stage.\n\n\"They will lose.\"");
  q = find(d, "They will lose");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "");
  // (a paragraph about one person, named first as its subject, "she" and "her" hers after: her
  // words in the first person)
  const char* about = "Marta Ilves has lived on Ferry Road for 31 years. Her family lost the farm in the 1987 flood, and she watched the water "
                      "rise again on Tuesday.\n\n\"I still dream about that house.\"";
  EXPECT_EQ(last_speaker(about), "Marta Ilves");
  // (not when another person is named there, nor when a "he" is not hers, nor words not in the
  // first person)
  EXPECT_EQ(last_speaker("Marta Ilves has lived on Ferry Road for 31 years. The flood took the farm she bought from Tom Becker.\n\n\"I still dream "
                         "about that house.\""),
            "");
  EXPECT_EQ(last_speaker("Marta Ilves has lived on Ferry Road for 31 years. Her husband left in 1990, and he never came back.\n\n\"I still dream about "
                         "that house.\""),
            "");
  EXPECT_EQ(last_speaker("Marta Ilves has lived on Ferry Road for 31 years. Her family lost the farm in 1987.\n\n\"The house is gone.\""), "");
}

TEST(Indirect, APluralNounAfterACompoundOfTimeOrBeforeAComparativeIsNoClause) {
  // (an -s word after "full-year" is the object's plural noun, no verb: nothing reported)
  EXPECT_TRUE(extract("Dunmore employs 9,100 people. It will report full-year results in February.").quotes.empty());
  EXPECT_TRUE(extract("The carmaker will report fourth-quarter earnings in late January.").quotes.empty());
  // (a word in -er before "than" is a comparative, no verb of a plural's: "added trucks faster")
  EXPECT_TRUE(extract("Dunmore added trucks faster than its rivals.").quotes.empty());
  // (a clause still is one: its verb after the noun)
  EXPECT_EQ(only_speaker("Analysts said third-quarter profits fell."), "Analysts");
  EXPECT_EQ(extract("He said prices rose faster than wages.").quotes.size(), 1u);
}

TEST(Indirect, AccordingToASourceBeforeAVerbOfSayingThatTakesAnObjectIsTheSources) {
  Document d = extract("According to Meredith Cho, a transportation analyst at Ashgrove Capital, Dunmore added trucks and leased warehouse "
                       "space more aggressively than its rivals.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Meredith Cho");
  EXPECT_EQ(d.quotes[0].text.substr(0, 20), "Dunmore added trucks");
  // (a verb of saying that reports a clause is the clause's speaker's: the source is the evidence)
  EXPECT_EQ(only_speaker("According to the report, the first officer said the engine had failed."), "the first officer");
}

TEST(Indirect, AVerbOfTellingOrOrderingRightBeforeToIsAPassiveItsSubjectTheOneTold) {
  for (const char* text : {"Harlow Bay man ordered to stand trial in fatal Lakeshore Road stabbing", "Residents told to evacuate as wildfire spreads",
                           "Drivers urged to avoid the area after crash", "The residents were warned to stay indoors."})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  // (not a verb whose active may take the infinitive alone: "asked to", "warned to")
  EXPECT_EQ(only_speaker("Officials warned to expect delays."), "Officials");
}

TEST(Sieves, AVerbOfItsTargetAfterQuotedWordsOfTheWritersSentenceIsNoInvertedCue) {
  // (a nickname in the writer's sentence, "defended" and its object after it: no one's words)
  EXPECT_TRUE(extract("Ms Carrow, who was known to generations of students as \"the Iron Trowel\", defended Castlegate for the rest of "
                      "her life.")
                  .quotes.empty());
  // (after a whole utterance the verb stands before its subject)
  EXPECT_EQ(only_speaker("\"Not yet,\" cautioned Dr. Ann Lee."), "Ann Lee");
}

TEST(Sieves, ADialogueOfTwoPeopleOfOtherGendersAlternates) {
  Document d = extract("Angus MacRae, 71, has rowed the ferry since 1983.\n\n\"Rain by noon,\" he says, to nobody in particular.\n\n"
                       "His daughter Fiona, 38, runs the ticket hut. She rolls her eyes. \"He says that every day.\"\n\n\"And every day "
                       "I'm right.\"");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[0].speaker, "Angus MacRae");
  // ("she" before the words, of the other gender than the one quoted before: hers)
  EXPECT_EQ(d.quotes[1].speaker, "Fiona");
  // (words in the first person after hers, which speak of him as "he": his reply)
  EXPECT_EQ(d.quotes[2].speaker, "Angus MacRae");
  // (words that speak of no one before them go on with their speaker)
  Document e = extract("Angus MacRae, 71, has rowed the ferry since 1983.\n\n\"Rain by noon,\" he says.\n\nHis daughter Fiona runs "
                       "the hut. She rolls her eyes. \"Every single day.\"\n\n\"I could set my watch by it.\"");
  ASSERT_EQ(e.quotes.size(), 3u);
  EXPECT_EQ(e.quotes[2].speaker, "Fiona");
}

TEST(Indirect, ACuesBaseFormAfterADeterminerAndANumberIsANoun) {
  // ("a 1994 report": the document, the subject of the verb after it; not "a 1994" reporting)
  EXPECT_EQ(first_mention("The estate drew complaints, and a 1994 report by Harwick City Council described the blocks as \"unfit for "
                          "family life\"."),
            "a 1994 report by Harwick City Council");
  EXPECT_EQ(first_mention("The 2019 statement said the plant was safe."), "The 2019 statement");
}

TEST(Indirect, SaidAsManyAsANumberReportsTheClause) {
  Document d = extract("Police said as many as 40 people were inside the building.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "as many as 40 people were inside the building");
  EXPECT_EQ(extract("He said as much as he could.").quotes.size(), 0u);
}

TEST(Indirect, ANumbersLeadAfterANounsCueOpensTheReportNotAReducedRelative) {
  // (a plural noun and a past form before "as many as" and a verb: the noun said it, not "the
  // officials [who were] said as many as"; nor "up to", "about")
  for (const char* text : {"Officials said as many as 40 people were hurt.", "Residents said up to 7 inches of rain fell.",
                           "Firefighters said about 30 homes were lost."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker, std::string(text).substr(0, std::string(text).find(' '))) << text;
  }
  // (a reduced relative still is one: its phrase of where, then the sentence's verb)
  Document d = extract("Officials quoted in the report said the bridge was safe.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the bridge was safe");
}

TEST(Sieves, ASpeakersNounWithItsDeterminerAndPossessiveIsAPossessorsLeadIn) {
  // (the owner, its possessive's ending left out)
  EXPECT_EQ(first_mention("The mayor’s reaction was swift: \"This is an outrage.\""), "The mayor");
  // (past a phrase a preposition opens: "to residents")
  EXPECT_EQ(first_mention("The mayor's message to residents was simple: \"Stay home.\""), "The mayor");
  // (not a noun of no speaker's: "The day's events were grim:")
  EXPECT_EQ(first_mention("The day’s events were grim: \"We will not back down.\""), "");
  // (a noun and what it is of, whole: "The head of the union")
  EXPECT_EQ(only_speaker("The head of the union was blunt: \"We will strike.\""), "The head of the union");
  // (the owner after "of" too: "The reaction of the union")
  EXPECT_EQ(only_speaker("The reaction of the union was swift: \"This deal will finish us.\""), "the union");
  EXPECT_EQ(only_speaker("The response of Mayor Ann Lee was blunt: \"No.\""), "Ann Lee");
}

TEST(Indirect, AParticipleAfterTheCommaIsNoSpeakerOfTheClauseBefore) {
  // ", raising questions about …": the participle is a verb, "questions" its object
  EXPECT_EQ(extract("Shares of Nimbus fell 12% on Tuesday, raising questions about the company's strategy.").quotes.size(), 0u);
  EXPECT_EQ(extract("The vote was delayed, sparking protests across the city.").quotes.size(), 0u);
  // (a speaker after the comma still reports it)
  Document d = extract("The plan will fail, experts warn.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "experts");
}

TEST(Sieves, ANameOfOneWordBeforeASpeakersPluralAfterTheCueIsPartOfThePhrase) {
  // "said U.S. officials": the officials speak, not "U.S."
  EXPECT_EQ(first_mention("\"The talks are over,\" said U.S. officials."), "U.S. officials");
  EXPECT_EQ(first_mention("\"The talks are over,\" said Western diplomats."), "Western diplomats");
  EXPECT_EQ(first_mention("\"The talks are over,\" said Democratic lawmakers in the House."), "Democratic lawmakers");
  // (a name alone or a title and a name stay as they were)
  EXPECT_EQ(only_speaker("\"The talks are over,\" said Mayor Ann Lee."), "Ann Lee");
}

TEST(Indirect, ATimeAloneIsNoReportedContent) {
  // "… had unearthed was from 2009. Then, last week, Eric Trump …": no report of "last week"
  Document d = extract("The Post had unearthed a gift from 2009.\n\nThen, last week, Eric Trump spoke.", all_attributions());
  for (const Quote& q : d.quotes) EXPECT_NE(q.text, "last week");
}

TEST(Indirect, ASpanOfTimeCountedFromAnotherIsATime) {
  // "hours later" is when the airline replied, not what it said
  for (const char* text : {"The airline replied hours later.", "She answered a few moments later.",
                           "The company responded two weeks afterward."})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  // before the clause, it is the report's time, not its words
  Document d = extract("She told reporters hours later that the talks had collapsed.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the talks had collapsed");
  // a span's noun with no relative word after it is no time, and a clause ending in "later" is
  // still reported
  d = extract("He said years of neglect had left the bridge unsafe.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "years of neglect had left the bridge unsafe");
  d = extract("He said the meeting ended later.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the meeting ended later");
}

TEST(Sieves, TheOneToldIsAnAddresseeAfterTheToo) {
  Document d = extract("\"We are done,\" Whitby told the BBC.");
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "BBC");
  d = extract("\"We are done,\" Whitby told the committee.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(d.quotes[0].addressees.empty());
}

TEST(Indirect, ALinksTitleAfterItsLabelReportsNothingAndALabelIsNoPartOfAReport) {
  // "Watch: Patients describe long waits": another page's title
  Document d = extract("The hospital is full.\n\nWatch: Patients describe long waits\n\nREAD MORE: Nurses say wards are short-staffed\n\nThe minister said the plan would work.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The minister");
  // "UPDATE:" opens the article's own words, the report without it
  d = extract("UPDATE: The vote was delayed, officials said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The vote was delayed");
}

TEST(Indirect, TitlesInAListOfLinksALabelHeadsAloneReportNothing) {
  // ("Related" alone, then other pages' titles that end in no period; "DON'T MISS:" a link's label)
  Document d = extract("\"We can wait a few more months,\" Mottram said.\n\nRelated\n\n'It will ruin Holt Road': residents fear "
                       "match-day chaos\n\nThe best restaurants in London, according to chefs\n\n'Worst weekend of my life': campers "
                       "share horror stories");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mottram");
  EXPECT_TRUE(extract("Danny Reeve has left the show.\n\nDON'T MISS: Island Hearts new host odds as bookies name 'clear favourite'")
                  .quotes.empty());
  // (a paragraph that ends with a period after the label is the article's own)
  d = extract("Related\n\nThe council said the stadium would \"ruin Holt Road\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "ruin Holt Road");
}

TEST(Indirect, ANameAndADescriptionWithARelativeClauseIsTheSubjectOfTheVerbAfterThem) {
  // (not a report before an inverted cue whose phrase is the verb's object)
  EXPECT_EQ(first_words("Sunil Mehta, an emergency doctor who volunteered in the medical tent, posted a video from inside it."), "(none)");
  // (a report before one is still read: "…, said the mayor")
  EXPECT_EQ(first_words("The road will reopen on Monday, said the mayor, who toured the site."), "The road will reopen on Monday");
}

TEST(Indirect, AnAdjectiveOfOneWhoDoesSayItBeforeToAndAVerbOfSaying) {
  EXPECT_EQ(only_speaker("Transport Minister Femi Adesanya was quick to point out that the line had opened on time."), "Femi Adesanya");
  EXPECT_EQ(first_words("The minister was careful to note that the plan was temporary."), "the plan was temporary");
  // (a wish reports nothing yet; nor does a verb with no "that" after it)
  EXPECT_EQ(first_words("Jane Roe was eager to say that the plan works."), "(none)");
  // ("that" a demonstrative, no clause after it)
  EXPECT_EQ(first_words("Ana Ruiz was careful to say that name only once."), "(none)");
  Document d = extract("Republicans were quick to chime in, with Donald Trump tweeting that it was a \"disaster\" for Clinton.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Donald Trump");
}

TEST(Indirect, APassiveOfAVerbOfSayingWithItsAgentAndThat) {
  EXPECT_EQ(only_speaker("It was announced by the club that the coach had resigned."), "the club");
  EXPECT_EQ(only_speaker("It was announced by the league on Friday that the final would move."), "the league");
  EXPECT_EQ(first_words("It has been reported by local media that the mayor will resign."), "the mayor will resign");
  // (no agent, no speaker: nothing)
  EXPECT_EQ(first_words("It was announced that the coach had resigned."), "(none)");
  // a verb of telling's passive, its subject the one told: the agent's report
  EXPECT_EQ(only_speaker("Residents were told by the council that the road would close in March."), "the council");
  Document d = extract("Mr Lee was warned by police on Monday that he could face charges.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "police");
  EXPECT_EQ(cue(&d.quotes[0]), "was warned");
  EXPECT_EQ(d.quotes[0].text, "he could face charges");
  // (not a verb of saying: nothing)
  EXPECT_EQ(first_words("The team was beaten by a side that had lost every game."), "(none)");
  // (a name between commas after the agent's noun is the agent)
  EXPECT_EQ(only_speaker("Pavel Dusek was told by the mediator, Greta Holm, that no further offer would be made."), "Greta Holm");
  // (nor the means, "by email", nor a sentence another's verb reports whole)
  EXPECT_EQ(first_words("Farmers were told by email on Friday that the subsidy would end."), "(none)");
  EXPECT_EQ(only_speaker("Workers were told by managers that their jobs were safe, the union said."), "the union");
  EXPECT_EQ(only_speaker("Villagers were told by soldiers that they had an hour to leave, according to witnesses."), "witnesses");
}

TEST(Indirect, AnOrderWithAnAdjectiveBeforeItSays) {
  // ("order", a verb of saying's base form too, is a document's noun that speaks)
  EXPECT_EQ(first_words("The executive order states that federal buildings must cut energy use."), "federal buildings must cut energy use");
  EXPECT_EQ(first_words("The new order says that buildings must cut energy use."), "buildings must cut energy use");
}

TEST(Indirect, AReportInAListOfLinksEndsWithAMarkOfASentence) {
  // (not another page's title: a paragraph that ends with a sentence's mark inside its quotation)
  Document d = extract("Related\n\nBridge to close for a year\n\nAna Ruiz told reporters: \"We will rebuild!\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ruiz");
  // (a label's turn in the list is no one's either)
  EXPECT_TRUE(extract("Related\n\nAna Ruiz: \"I will not quit\"\n\nThe council met on Monday.").quotes.empty());
}

TEST(Indirect, AWordAfterADeterminersNumberIsANoun) {
  // "vote" after "a 7-2" is the noun, not a clause's verb: the council's vote is no report
  for (const char* text : {"The council rejected the plan by a 7-2 vote.", "The council rejected the plan in a 7 to 2 vote."})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  // a clause with such a subject is still one
  Document d = extract("He said the 14 bus runs late.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the 14 bus runs late");
}

TEST(Indirect, TheOneToldAfterATrailingCueIsAnyPhrase) {
  // "told state media", "told a parliamentary committee", "told Channel 4 News", "told 5 On Your
  // Side", a time after it: the report before them is the speaker's
  for (const char* text : {"The plan is safe, the minister told state media.", "The plan is safe, the minister told a parliamentary committee.",
                           "The plan is safe, the minister told Channel 4 News.", "The plan is safe, the minister told the high court on Tuesday.",
                           "The plan is safe, the minister told 5 On Your Side.", "The plan is safe, the minister told a news conference."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].text, "The plan is safe") << text;
    ASSERT_TRUE(d.quotes[0].speaker_mention.has_value()) << text;
    EXPECT_EQ(d.quotes[0].speaker_mention->text, "the minister") << text;
  }
}

// A title after a work's noun ("the Etta James standard"), or quoted words a thing that does not
// speak follows as if the subject of an inverted cue ("… "Bree in the Morning," announced the
// news"), are no one's words
TEST(Quotes, ATitleAfterAStandardOrBeforeAnInvertedThingIsNoQuote) {
  EXPECT_TRUE(extract("Castellano posted a video of the first dance, to the Etta James standard \u201cAt Last.\u201d").quotes.empty());
  Document d = extract("Bree Calloway, 44, the host of the syndicated \u201cBree in the Morning,\u201d announced the news on Monday.");
  for (const auto& q : d.quotes) EXPECT_NE(q.speaker, "the news");
  EXPECT_EQ(only_speaker("The plan is \"dead,\" said the report."), "the report");
  // (a body a noun of no list names speaks after words not in title case)
  EXPECT_EQ(only_speaker("The vote was \"a farce,\" declared the opposition."), "the opposition");
}

TEST(Quotes, AProgrammesOrAWorksTitleAfterACueIsNoQuote) {
  // after a plural's possessive, "in", and with its comma or period inside the marks: the title is
  // the writer's, the report around it the speaker's
  struct Case {
    const char* text;
    const char* report;
  };
  for (const Case& c : {Case{"Sen. Ann Hale told CBS' \"Face the Nation\" that the bill would pass.", "the bill would pass"},
                        Case{"The bill will pass, Hale told CBS' \"Face the Nation.\"", "The bill will pass"},
                        Case{"The bill will pass, Hale said on \"Meet the Press.\"", "The bill will pass"},
                        Case{"He wrote in \"The Road to Wigan Pier\" that the poor were ignored.", "the poor were ignored"},
                        Case{"As George Orwell wrote in \"Politics and the English Language,\" political language is designed to "
                             "make lies sound truthful.",
                             "political language is designed to make lies sound truthful"},
                        // (the one spoken to, by its title: after "told", after "an interview with")
                        Case{"Trump told \"Fox and Friends\" that he would win the state.", "he would win the state"},
                        Case{"Sanders told \"Meet the Press\" on Sunday that the plan was dead.", "the plan was dead"},
                        Case{"Graham said in an interview with \"60 Minutes\" that the deal was dead.", "the deal was dead"},
                        Case{"Fiorina told \"Fox and Friends,\" reminding the hosts that Trump had denounced Bush.",
                             "Trump had denounced Bush"}}) {
    // (after "told" only: 'warned "Deranged Jack Smith" that …' is a name in the speaker's words, below)
    Document d = extract(c.text);
    ASSERT_EQ(d.quotes.size(), 1u) << c.text;
    EXPECT_EQ(d.quotes[0].kind, Kind::indirect) << c.text;
    EXPECT_EQ(d.quotes[0].text, c.report) << c.text;
  }
  EXPECT_EQ(extract("On Truth Social, Trump warned \"Deranged Jack Smith\" that he would be held to account.").quotes.at(0).kind,
            Kind::partial);
  // words in lower case after "in" are the speaker's
  Document d = extract("She said in \"no uncertain terms\" that she would stay.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
}

TEST(Sieves, ABodysNameOfSeveralNamesAfterTheCueIsWhole) {
  // "and", "for", "of" between the names of one body after "the"
  // (names of their own now, the body's: mentions/ joins "and" before a body's noun, and the words
  // of an office's domain after a name of "of" or "for")
  EXPECT_EQ(only_speaker("\"The fine was the largest ever,\" said the Securities and Exchange Commission."),
            "Securities and Exchange Commission");
  EXPECT_EQ(only_speaker("\"It is safe,\" said the Department of Health and Human Services."), "Department of Health and Human Services");
  Document d = extract("About 98 million adults have prediabetes, according to the Centers for Disease Control and Prevention, and "
                       "most of them do not know it.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Centers for Disease Control and Prevention");
  EXPECT_EQ(d.quotes[0].text, "About 98 million adults have prediabetes most of them do not know it");
  // two people after the cue with no "the" stay as they were: no report of the words before them
  d = extract("In April, Douglas Band, who led the initiative, emailed Ms. Abedin and Cheryl Mills, another adviser, for help.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.speaker, "Ms. Abedin and Cheryl Mills");
}

TEST(Sieves, AFirmsNameWithAnAmpersandOrAPlusSpeaks) {
  // "AT&T" (initials that are a word of the lists), "OPEC+", "Disney+": one name, a body's
  EXPECT_EQ(only_speaker("AT&T said it would cut jobs."), "AT&T");
  EXPECT_EQ(only_speaker("\"We will cut output,\" OPEC+ said in a statement."), "OPEC+");
  EXPECT_EQ(only_speaker("Disney+ said it would raise prices."), "Disney+");
  // (a spokesperson of no name speaks for the body: finish.cpp's spoken_for())
  EXPECT_EQ(only_speaker("\"We will appeal,\" an AT&T spokeswoman said."), "AT&T");
  // (or a word of the lists: the name is the noun's modifier, the noun speaks, for the body)
  EXPECT_EQ(only_speaker("\"We are coping,\" a Department of Health spokeswoman said."), "Department of Health");
  EXPECT_EQ(only_speaker("A Bank of America analyst said the deal was risky."), "A Bank of America analyst");
  EXPECT_EQ(only_speaker("\"We will appeal,\" said OPEC+ Secretary General Haitham Ali."), "Haitham Ali");
  // a firm is no "she": the pronoun goes past it to the person
  Document d = extract("\"It will be unprecedented,\" said Audrey Scagnelli, the press secretary. AT&T just finished laying "
                       "fiber downtown, she said, to \"make sure anyone with an Internet connection\" sees it.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Audrey Scagnelli");
}

TEST(Sieves, NoAndANumberIsANameNotANegation) {
  // "No 10" (Downing Street): "No" before a number is its sign, not "no"
  EXPECT_EQ(only_speaker("\"It will be confirmed,\" a No 10 spokesman said."), "No 10");
  EXPECT_EQ(only_speaker("No 10 said the funding would be confirmed."), "No 10");
  EXPECT_EQ(only_speaker("\"It will be confirmed,\" said a No 10 source."), "a No 10 source");
  // "no" before a word stays a negation
  EXPECT_TRUE(extract("No one said the funding would be confirmed.").quotes.empty());
}

TEST(Indirect, TradersAndDealersWhoDidSomethingSay) {
  // nouns of trade on the speakers' list: the relative clause describes them
  EXPECT_EQ(only_speaker("Traders who reopened after the flood say soaring insurance premiums could close them.", all_attributions()),
            "Traders who reopened after the flood");
  EXPECT_EQ(only_speaker("Car dealers who spoke to the Herald say sales have slumped."), "Car dealers who spoke to the Herald");
}

TEST(Indirect, EvenAsAndAnotherSubjectsReportEndTheFirst) {
  // ", even as residents alleged that …", "and others have said …": another's report, not the
  // first report's words
  Document d = extract("The state government informed the court that 1,200 families would be shifted before the monsoon, even as "
                       "residents alleged that they had not been consulted.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "1,200 families would be shifted before the monsoon");
  EXPECT_EQ(d.quotes[1].speaker, "residents");
  EXPECT_EQ(d.quotes[1].text, "they had not been consulted");
  d = extract("Some Republicans have said they will not attend and others have said they are not interested.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "they will not attend");
  EXPECT_EQ(d.quotes[1].speaker, "others");
  // the speaker's own "as" clause stays in the report
  d = extract("She said the plan would work, as she had said before.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the plan would work, as she had said before");
}

TEST(Interview, AWitnesssQuestionerAsksAndTheWitnessAnswers) {
  // testimony in questions and answers: "Under questioning by X, Y described …" makes X's the
  // questions and Y's the answers; "Z pressed Y on …" makes Z's the questions after it
  Document d = extract(
      "Under questioning by prosecutor Dana Whitfield, Linda Sorensen described the meeting.\n\n"
      "Q: What did you tell him?\n\nA: We were behind on the deposits.\n\n"
      "Keller's attorney, Paul Delacroix, pressed Sorensen on how her job ended.\n\n"
      "Q: You were fired in 2022, weren't you?\n\nA: I was let go. Yes.");
  std::vector<std::pair<std::string, std::string>> turns;
  for (const Quote& q : d.quotes)
    if (std::string_view(q.sieve).starts_with("interview_")) turns.emplace_back(q.text, q.speaker);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"What did you tell him?", "Dana Whitfield"},
      {"We were behind on the deposits.", "Linda Sorensen"},
      {"You were fired in 2022, weren't you?", "Paul Delacroix"},
      {"I was let go. Yes.", "Linda Sorensen"}};
  EXPECT_EQ(turns, want);
}

TEST(Indirect, ASubjectAndItsNameBetweenCommasBeforeAVerbIsNoReport) {
  // "Her attorney, Jane Roe, asked Smith …": the attorney asks; no report of Smith's
  for (const char* text : {"Keller's attorney, Paul Delacroix, pressed Sorensen on how her job ended.",
                           "Her attorney, Jane Roe, asked Smith about the money."})
    EXPECT_TRUE(extract(text).quotes.empty()) << text;
  EXPECT_EQ(only_speaker("The plan will fail, warned Smith."), "Smith");
}

TEST(Sieves, AReportGoesOnAfterAndThatPastAVerbOfAThing) {
  // 'and that the project reflected "…"': the project says nothing; Haskins's report goes on
  Document d = extract("Haskins told residents that the city had \"listened carefully\" and that the project reflected \"years of "
                       "community engagement.\"");
  ASSERT_FALSE(d.quotes.empty());
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Haskins") << q.text;
  // a person there reports on their own
  d = extract("Haskins said the city had \"listened carefully\" and that the mayor called it \"a sham.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker_mention->text, "the mayor");
}

TEST(Indirect, AWireHeadlinesSourceAfterADashReportsIt) {
  // "… -sources", "… - statement": the headline's words are the source's
  Document d = extract("Nordvik in talks to buy Chilean lithium miner -sources\n\nOSLO, March 3 (Reuters) - Nordvik is in talks.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].text, "Nordvik in talks to buy Chilean lithium miner");
  EXPECT_EQ(d.quotes[0].speaker, "sources");
  d = extract("Oil prices steady as OPEC+ meets - statement");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "statement");
  // not a line further down the article
  d = extract("Headline here\n\nThe first paragraph.\n\nProtesters gather outside the parliament on Tuesday - officials");
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Sieves, ALeadInOfTheNextQuoteIsNoTrailingCueOfAQuoteWithItsOwn) {
  // 'Anna asked, "…?" Her brother replied, "…"': each quote its own lead-in
  Document d = extract("Anna Berg asked, \"Have you eaten today?\" Tom Berg replied, \"Not since breakfast, no.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Anna Berg");
  EXPECT_EQ(d.quotes[1].speaker, "Tom Berg");
  // with no lead-in of its own, or words that go on in lower case, the trailing cue is the quote's
  EXPECT_EQ(extract("\"Why not?\" Tom Berg asked, \"we have nothing to lose.\"").quotes.at(0).speaker, "Tom Berg");
}

TEST(Sieves, TheSentenceAfterAQuoteThatNamesWhoSaidIt) {
  struct Case {
    const char* text;
    const char* speaker;
  };
  for (const Case& c : {Case{"\"This is the hardest decision I have ever made.\" That was how coach Ben Archer described his retirement.",
                             "Ben Archer"},
                        Case{"\"We will appeal the verdict.\" That's what lawyer Dan Frey told reporters on Monday.", "Dan Frey"},
                        Case{"\"Every child deserves a hot meal.\" So said Governor Tim Walsh on Monday.", "Tim Walsh"},
                        Case{"\"We will not be intimidated.\" The words came from Lena Ortiz, the mayor.", "Lena Ortiz"}}) {
    Document d = extract(c.text);
    ASSERT_EQ(d.quotes.size(), 1u) << c.text;
    EXPECT_EQ(d.quotes[0].speaker, c.speaker) << c.text;
  }
  // a thing that says nothing: no speaker
  Document d = extract("\"Go home and stay there tonight.\" That is what the sign said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "");
}

TEST(Sieves, TheNextSentencesSubjectAndCueWhoseObjectPointsBackAtTheWords) {
  // (a demonstrative and a noun of words, or "that as" and a clause of when: the words given
  // before are the object; no clause is reported)
  Document d = extract("\"We will rebuild,\" said Mayor Jo Park.\n\n\"I trusted him with everything.\" Edna Saltonstall, 78, a "
                       "retired teacher, wrote that line in a letter to the court.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Edna Saltonstall");
  EXPECT_EQ(cue(&d.quotes[1]), "wrote");
  d = extract("\"We will rebuild,\" said Mayor Jo Park.\n\n\"It is the worst I have seen.\" Walter Haines, 79, said that as he "
              "stood in knee-deep water, sweeping mud.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Walter Haines");
  // (a clause after "that" is reported: a main clause after the comma, or the noun's own verb)
  d = extract("He said that as prices rise, wages will too.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  d = extract("She said that warning was premature.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  // (past what the noun is of or for: "demand for the vaccine was high"; not a relative clause's
  // verb, "in a letter he sent")
  EXPECT_EQ(first_words("Tom said that demand for the vaccine was high."), "demand for the vaccine was high");
  EXPECT_TRUE(extract("Tom wrote that line in a letter he sent in 1990.").quotes.empty());
}

TEST(Indirect, TheOneToldIsAnAddresseeOfReportedSpeechToo) {
  // "told CNN his team …", "told Reuters that …", "told host Becky Lund"
  Document d = extract("Ojo told CNN his team had been cut to four.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"CNN"});
  d = extract("A spokesperson told Reuters that the company was working with retailers.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"Reuters"});
  d = extract("\"We are fine,\" she told host Becky Lund.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"Becky Lund"});
  // (a body's name and a role's noun before the person's)
  d = extract("He told CNN anchor Jake Tapper that the race was over.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the race was over");
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"Jake Tapper"});
  d = extract("When I asked Council member Frank Oduya why the vote was delayed, he shrugged.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "why the vote was delayed");
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"Frank Oduya"});
  // (not after a plural or a group's noun: the name after it opens the report)
  d = extract("Kelly told White House staff Jared Kushner would lead the effort.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees, std::vector<std::string>{"White House"});
}

TEST(Reported, AVerbJoinedByAndSharesTheSubjectOfTheVerbBefore) {
  // in PolNeAR's reading (--attributions all) a promise or a request after "and" is its own
  // report, of the nearest verb's subject, not a question put to no one; read once, though a
  // quote before it reads it too
  Options all;
  all.attributions = Attributions::all;
  const std::pair<const char*, const char*> cases[] = {
      {"Mayor Ana Ruiz called the levy \u201cunfair\u201d and promised to cut it.", "Ana Ruiz"},
      {"Mayor Ana Ruiz called the levy unfair and promised to cut it.", "Ana Ruiz"},
      {"When the auditor pressed, Ana Ruiz shrugged and promised to publish the accounts.", "Ana Ruiz"},
      {"Visiting the mill, Ana Ruiz tried to reassure the workers and promised to keep it open.", "Ana Ruiz"},
  };
  for (const auto& [text, speaker] : cases) {
    Document d = extract(text, all);
    int promised = 0;
    for (const auto& q : d.quotes)
      if (cue(&q) == "promised") {
        ++promised;
        EXPECT_EQ(q.speaker, speaker) << text;
        EXPECT_EQ(q.text.substr(0, 3), "to ") << text;
      }
    EXPECT_EQ(promised, 1) << text;
  }
  // (in the default reading too, a verb of saying after "and": the subject of the verb before it,
  // a company's noun of the lists, "maker", "lender", …)
  Document w = extract("Shares of Corvane fell after the software maker reported slower growth and warned that spending "
                       "would weigh on margins.");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(mention(&w.quotes[0]), "the software maker");
  EXPECT_EQ(w.quotes[0].speaker, "Corvane");  // (the body the phrase names: "the software maker")
  EXPECT_EQ(cue(&w.quotes[0]), "warned");
  // a relative clause's verb has the clause's subject, not the sentence's
  Document r = extract("Ana Ruiz told a story about a boy who stared at the portrait and asked who it was.", all);
  for (const auto& q : r.quotes)
    if (cue(&q) == "asked") {
      EXPECT_NE(q.speaker, "Ana Ruiz");
    }
}

TEST(Cues, AFormBeforeTheSpeakersPhraseThatHasItsOwnVerbIsAModifier) {
  // "state", "press", "post" open the speaker's phrase; the verb of saying comes after it
  const std::pair<const char*, const char*> direct[] = {
      {"\"We will appeal,\" state Attorney General Mark Hill said.", "Mark Hill"},
      {"\"The road is open,\" state officials said.", "state officials"},
      {"\"No comment,\" press secretary Jen Psaki said.", "Jen Psaki"},
      {"\"We are ready,\" post office manager Ann Lee said.", "Ann Lee"},
  };
  for (const auto& [text, speaker] : direct) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker, speaker) << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
  }
  for (const char* text : {"The crash closed Route 9 for hours, state police said.", "The bridge, state officials said, will close Monday."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker_mention->text, text[4] == 'c' ? "state police" : "state officials") << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
  }
  // a quote after it goes on being the speaker's
  Document c = extract("\"We are tying their hands,\" state Sen. Ana Ruiz said on the floor. \"I don't think that's right.\"");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[1].speaker, "Ana Ruiz");
  // "state" before a name is no verb: no report in a sentence that has none
  EXPECT_TRUE(extract("Ruiz's opponent, state Sen. Garrett Lowe, dismissed the plan.").quotes.empty());
  // the inverted past form is still the cue
  Document p = extract("\"It is closed,\" said Ann Lee, who told reporters she was tired.");
  ASSERT_FALSE(p.quotes.empty());
  EXPECT_EQ(p.quotes[0].speaker, "Ann Lee");
  EXPECT_EQ(cue(&p.quotes[0]), "said");
}

TEST(Leading, ATermTheSentenceSpeaksOfIsTheWritersAndTheReportAroundItIsRead) {
  Document d = extract("Linguist Harriet Okonjo said the word \"sorry\" had lost its meaning in British politics.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "the word \"sorry\" had lost its meaning in British politics");
  EXPECT_EQ(extract("Linguists say the term \"quiet quitting\" is misleading.").quotes.at(0).kind, Kind::indirect);
  // (words a cue before says: the speaker's)
  d = extract("She said the words \"I quit\" and walked out.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "I quit");
  // (a sentence's worth after "the words" and a verb of posting before: what was posted)
  d = extract("Later that night, Kastner posted a screenshot of the count, scrawled over with the words \"imagine peaking in 2019.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Kastner");
  EXPECT_EQ(cue(&d.quotes[0]), "posted");
  // (not in a report of speech: a T-shirt's words are no one's there)
  d = extract("Protest, Mr. Obama said, is patriotism, whether it was wearing a T-shirt emblazoned with the words \"I can't "
              "breathe\" or kneeling.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.text, "I can't breathe");
}

TEST(Leading, AQuotedWordDescribingTheObjectOfACueOfClausesOnlyIsNoOnes) {
  EXPECT_TRUE(extract("Mayor Benedikt Krauss unveiled the \"smart\" parking meters on Tuesday.").quotes.empty());
  EXPECT_TRUE(extract("Apple unveiled its \"revolutionary\" headset.").quotes.empty());
  // (nor a verb of a position or a thought, whatever it reports)
  EXPECT_TRUE(extract("The firm decided to scrap its \"unlimited\" vacation policy.").quotes.empty());
  EXPECT_TRUE(extract("The city plans to expand its \"smart\" parking meters to every district.").quotes.empty());
  // (a verb of saying still gives it: "called it a "rigged" system")
  EXPECT_EQ(only_speaker("Trump called it a \"rigged\" system."), "Trump");
}

TEST(Trailing, ARoleAfterAPluralsPossessiveApostrophe) {
  // the apostrophe of "pilots'" is no quotation mark, and the phrase goes on past it
  EXPECT_EQ(only_speaker("\"The engine failed at about 3,000 feet,\" the pilots' union representative, Marcus Oyelowo, told The "
                         "Associated Press."),
            "Marcus Oyelowo");
  EXPECT_EQ(only_speaker("\"We will appeal the ruling,\" the teachers' lawyer Carla Wu said."), "Carla Wu");
  EXPECT_EQ(only_speaker("\"We will appeal the ruling,\" said the Hendersons\u2019 lawyer, Carla Wu."), "Carla Wu");
  EXPECT_EQ(only_speaker("\"We will appeal the ruling,\" said the pilots' union."), "the pilots' union");
}

TEST(Trailing, TheOneQuotedAsSayingSpeaks) {
  // '"…," the statement quoted X as saying': X's words, the cue "saying"
  Document d = extract("\"Our pipeline has never been stronger,\" the statement quoted Linda Marchetti as saying.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Linda Marchetti");
  EXPECT_EQ(cue(&d.quotes[0]), "saying");
  Document p = extract("Linda Marchetti visited the plant. \"We will grow,\" the agency quoted her as saying on Tuesday.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].speaker, "Linda Marchetti");
  // (without "as saying" too: the one named after the verb)
  Document n = extract("\"It was a mistake,\" the report quoted Linda Marchetti.");
  ASSERT_EQ(n.quotes.size(), 1u);
  EXPECT_EQ(n.quotes[0].speaker, "Linda Marchetti");
  // (with no one after the verb, its subject quotes)
  Document q = extract("\"It was a mistake,\" the report quoted.");
  ASSERT_EQ(q.quotes.size(), 1u);
  EXPECT_EQ(q.quotes[0].speaker, "the report");
}

TEST(Speaker, ThePersonBehindADescriptionOfTheSubject) {
  // a party's name before a role's noun on no list describes the person after it
  Document h = extract("Fianna F\u00e1il backbencher Donal Hickey said he backed the delay, but warned that \"patience is running "
                       "out\" among younger voters.");
  ASSERT_EQ(h.quotes.size(), 2u);
  EXPECT_EQ(h.quotes[1].speaker, "Donal Hickey");
  // a title's name, then the person's between commas
  Document m = extract("The federal Minister for Aged Care, Andrew Pham, rejected the claim, saying the state had received "
                       "\u201crecord funding\u201d under the deal.");
  ASSERT_EQ(m.quotes.size(), 2u);  // (the partial and its clause)
  EXPECT_EQ(m.quotes[0].speaker, "Andrew Pham");
  // an age between commas before a relative clause, and a name in quotation marks inside it
  Document r = extract("Actor Jordan Reyes arrived late. Reyes, 34, who rose to fame as the vampire \"Lucien\" in the hit Nightfall "
                       "Academy, shared a photo with the caption: \"She said yes. Calm down, everyone.\"");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "Jordan Reyes");
  // (a name in marks after a verb of saying is still a quote)
  Document c = extract("Fans chanted \"Rooney\" all night.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(cue(&c.quotes[0]), "chanted");
}

TEST(Trailing, AHeadlinesWordsBeforeAColonAndTheirSpeakerAfterIt) {
  for (const char* s : {"'We will not back down': Union vows to continue strike\n\nThe strike entered its third week on Monday.",
                        "\u201cEnough is enough\u201d: Mayor Ann Lee calls for calm after riots"}) {
    Document d = extract(s);
    ASSERT_FALSE(d.quotes.empty()) << s;
    EXPECT_EQ(d.quotes[0].kind, Kind::direct) << s;
    EXPECT_TRUE(d.quotes[0].speaker == "Union" || d.quotes[0].speaker == "Ann Lee") << d.quotes[0].speaker;
  }
  // (or a name and what the words are "on", as interviews are headlined)
  EXPECT_EQ(only_speaker("\"I still write every song on a kitchen table\": Rosa Delgado on fame, grief and her new album\n\n"
                         "Rosa Delgado has spent three decades writing songs."),
            "Rosa Delgado");
  EXPECT_EQ(first_mention("'Will not spare anyone': Maharashtra medical education minister on hospital fire\n\nThe minister "
                          "visited the hospital on Monday."),
            "Maharashtra medical education minister");
  // (inside a paragraph the colon does not lead to a speaker: the words after it are the writer's)
  Document b = extract("The banner read \"No surrender\": union members vowed to stay out.");
  for (const auto& q : b.quotes) EXPECT_EQ(q.text.find("No surrender"), std::string::npos) << q.text;
}

TEST(Reported, AnInterviewsTurnsUnderAPersonsNameAreTheirWords) {
  // a name the article gives in full that labels several turns past the headline: direct, as a
  // transcript's; a headline's label is no one's verbatim words
  Document d = extract("Rosa Delgado: Fame Came Late, And That Was Fine\n\nRosa Delgado has written songs for thirty years. "
                       "We spoke in March.\n\nMartin Kessler: This record is very different. Was that deliberate?\n\n"
                       "Rosa Delgado: Not at first. I tried to make a big record and it sounded like noise.\n\n"
                       "Martin Kessler: How do you remember those sessions now?\n\n"
                       "Rosa Delgado: I remember crying a lot and apologizing a lot.");
  int turns = 0;
  for (const auto& q : d.quotes) {
    if (q.text.starts_with("Fame Came Late")) {
      EXPECT_NE(q.kind, Kind::direct);
    }
    if (q.text.starts_with("Not at first") || q.text.starts_with("I remember crying")) {
      ++turns;
      EXPECT_EQ(q.kind, Kind::direct) << q.text;
      EXPECT_EQ(q.speaker, "Rosa Delgado") << q.text;
    }
  }
  EXPECT_EQ(turns, 2);
}

TEST(Reported, ADocumentsNounBeforeItsPresentFormReports) {
  // "states" is a verb after a document's noun (data/document_nouns.txt), past "now", and past a
  // relative clause after "own"
  EXPECT_EQ(first_words("Hospital policy states that visitors must leave by 8 p.m."), "visitors must leave by 8 p.m.");
  // (a petition, a motion: data/document_nouns.txt)
  EXPECT_EQ(first_mention("The motion says the council acted unlawfully."), "The motion");
  EXPECT_EQ(first_mention("A letter signed by residents says the charges would hit pensioners hardest."), "A letter signed by residents");
  // (the agent after the document's participle is no subject, a count before it too)
  EXPECT_EQ(first_mention("A petition signed by more than 2,000 residents says the charges would hit pensioners hardest."),
            "A petition signed by more than 2,000 residents");
  EXPECT_EQ(first_mention("A petition signed by 40 MPs said the charges were unfair."), "A petition signed by 40 MPs");
  EXPECT_EQ(first_mention("The lawsuit filed by the families says the company knew."), "The lawsuit filed by the families");
  EXPECT_EQ(first_words("The policy now states that visitors must leave."), "visitors must leave");
  Document d = extract("The company's own privacy policy, which was updated in 2023, now states that \"facial recognition may be "
                       "used at entry points.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "states");
  EXPECT_TRUE(extract("The 50 states that voted for him.").quotes.empty());
}

TEST(Sieves, TheTurnsOfAnExchangeOfQuestionsAndAnswers) {
  Document d = extract("\"Did the contractor finish the inspection?\" Judge Carla Wynn asked.\n\n\"No, your honor,\" replied the site "
                       "manager, Dev Raman.\n\n\"Why not?\"\n\n\"The inspector never showed up.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[2].speaker, "Carla Wynn");
  EXPECT_EQ(d.quotes[3].speaker, "Dev Raman");
  // (words that ask nothing after an answer go on being the answerer's; a speaker may ask and answer)
  Document a = extract("\"Will prices rise?\" the reporter asked.\n\n\"Maybe,\" Ann Smith said.\n\n\"We are watching closely.\"");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[2].speaker, "Ann Smith");
  Document r = extract("\"We will win,\" Ann Jones said.\n\n\"Who pays for it?\"\n\n\"We do.\"");
  ASSERT_EQ(r.quotes.size(), 3u);
  EXPECT_EQ(r.quotes[2].speaker, "Ann Jones");
}

TEST(Sieves, AWholeUtteranceBeforeItsTrailingCueAfterTextGluedToIt) {
  // text taken from a page glues a byline or a photo credit before the quote: a sentence of four
  // words or more, capitalised, its comma inside the marks, before a cue, is direct
  for (const char* s : {"By Sarah Kim, Staff Writer Updated 5:42 PM \"The storm is moving faster than expected,\" said meteorologist "
                        "Paul Green.",
                        "Senator Ruth Gale (AP Photo/J. Scott Applewhite) \"We have the votes to pass this,\" Gale told reporters."}) {
    Document d = extract(s);
    ASSERT_EQ(d.quotes.size(), 1u) << s;
    EXPECT_EQ(d.quotes[0].kind, Kind::direct) << s;
  }
  // (not quoted words the writer's sentence leads into)
  Document p = extract("The plan is a \"Trojan Horse,\" Smith said.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].kind, Kind::partial);
}

TEST(Reported, APastFormThatIsAsOftenANounIsTheVerbBeforeItsObject) {
  // data/ambiguous_pasts.txt: "hit", "cut", "cost" after a noun and before an object
  EXPECT_EQ(first_words("Police said the car hit a pole on Main Street."), "the car hit a pole on Main Street");
  // (or before an adverb in -ly)
  EXPECT_EQ(first_words("Ann Lee, a professor, said the virus spread quickly."), "the virus spread quickly");
  EXPECT_EQ(first_words("Officials said the storm cost the city $2 million."), "the storm cost the city $2 million");
  EXPECT_EQ(first_words("Police said the suspect hit him with a bat."), "the suspect hit him with a bat");
  // (or before its particle)
  EXPECT_EQ(first_words("Marcus Bell, an electrician from Dayton, Ohio, said his truck shut off twice last fall."),
            "his truck shut off twice last fall");
  // (a noun after its determiner or before a preposition is none)
  EXPECT_EQ(first_words("The minister announced the tax cut for families."), "(none)");
}

TEST(Reported, ALongSpeakersPhraseAndItsCueEndTheSentenceWithAPhraseOfWhere) {
  // "…, the National Union of Mineworkers said in a statement.": the comma further from the end
  // than usual, a short phrase a preposition opens after the cue
  Document d = extract("Workers will strike on Monday, the National Union of Mineworkers said in a statement.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "National Union of Mineworkers");
  EXPECT_EQ(d.quotes[0].text, "Workers will strike on Monday");
  // (a body's name of several names after "the", its initials in brackets after it or not; the
  // same speaker as where it is named with them elsewhere)
  Document n = extract("The collection will be digitised by 2027, the National Film and Sound Archive (NFSA) said in a statement.\n\n"
                       "\"We are thrilled,\" the National Film and Sound Archive said.\n\n"
                       "The films are fragile, according to the National Film and Sound Archive (NFSA).");
  ASSERT_EQ(n.quotes.size(), 3u);
  EXPECT_EQ(n.quotes[0].text, "The collection will be digitised by 2027");
  for (const Quote& q : n.quotes) EXPECT_EQ(q.speaker, "National Film and Sound Archive") << q.text;
  EXPECT_EQ(only_speaker("The virus is spreading, the World Health Organization (WHO) said on Monday."), "World Health Organization");
  // (initials written as a word, as British style has them, its first letter a capital's of the
  // name: "(Ofwas)"; after "according to" or before the cue, no bracket left open in the mention)
  for (const char* text : {"The company breached its permit, according to a report by the Office for Water Standards (Ofwas).",
                           "The company breached its permit, the Office for Water Standards (Ofwas) said."}) {
    Document o = extract(text);
    ASSERT_EQ(o.quotes.size(), 1u) << text;
    EXPECT_EQ(o.quotes[0].speaker, "Office for Water Standards") << text;
    EXPECT_EQ(o.quotes[0].speaker_mention->text, "the Office for Water Standards (Ofwas)") << text;
  }
  // (a party's label in brackets after a name that follows the cue is the speaker's phrase's)
  Document p = extract("The company breached its permit, said Sen. Chris Murphy (D-Conn.).");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].speaker, "Chris Murphy");
  EXPECT_EQ(p.quotes[0].speaker_mention->text, "Sen. Chris Murphy (D-Conn.)");
  EXPECT_EQ(p.quotes[0].text, "The company breached its permit");
  // (not a participle's agent after a description, nor a name alone before the comma)
  Document k = extract("Sanders will back Clinton before the convention, predicted Madeleine Kunin, the former governor challenged "
                       "by Sanders 30 years ago.");
  ASSERT_EQ(k.quotes.size(), 1u);
  EXPECT_EQ(k.quotes[0].speaker, "Madeleine Kunin");
  EXPECT_TRUE(extract("Sam Lau, the communications director for the Iowa Democratic Party said in a statement.").quotes.empty());
  // (a phrase of the occasion may be longer, with what describes its noun; and an occasion may be
  // the one told: "told a press conference")
  for (const char* text : {"Rates will stay on hold, Ulla Moyo said in an interview with the Financial Times.",
                           "Rates will stay on hold, Governor Ulla Moyo told a press conference in Oslo.",
                           "Rates will stay on hold, Ulla Moyo told a news conference in Oslo on Tuesday.",
                           "Rates will stay on hold, the bank said in a statement posted on its website."}) {
    SCOPED_TRACE(text);
    Document r = extract(text);
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_EQ(r.quotes[0].text, "Rates will stay on hold");
    EXPECT_EQ(r.quotes[0].cue->text, std::string(text).find("told") != std::string::npos ? "told" : "said");
  }
  // (a participle after the occasion's noun is no cue: not "the ministry said in a statement" posted)
  EXPECT_TRUE(extract("The Serbian made the announcement in a letter posted to Instagram.").quotes.empty());
}

TEST(Reported, APhraseAPrepositionGovernsIsNoSubjectOfAVerbBeforeAQuote) {
  // "In a statement posted to Instagram, X wrote that …": one report, X's; not the statement's
  Document d = extract("In a statement posted to Instagram on Tuesday, Ana Pryce wrote that she was \u201cheartbroken to let "
                       "everyone down\u201d.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Pryce");
  // (a clause's opener is no preposition there: "After Tanden informed him …, Tanden wrote")
  Document a = extract("After Ana Pryce accused him of sexism in a speech that was \"vile,\" the senator left.");
  EXPECT_FALSE(a.quotes.empty());
}

TEST(Reported, AHeadlinesPassiveWithNoAuxiliaryReportsNothing) {
  for (const char* s : {"Man charged after four-hour Elm Street standoff\n\nPolice arrested a man on Tuesday.",
                        "Teen charged after crash on Route 12", "Coach accused of bullying players"})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  EXPECT_EQ(first_words("Prosecutors charged that the company lied."), "the company lied");
}

TEST(Reported, APhraseOfNoNameBeforeAParticiplesAsideBetweenCommas) {
  EXPECT_EQ(first_mention("A diplomat familiar with the negotiations, speaking on condition of anonymity because the talks were "
                          "private, said a vote could come as early as Thursday."),
            "A diplomat familiar with the negotiations");
  EXPECT_EQ(first_mention("A source close to the talks, speaking on condition of anonymity, said a vote could come Thursday."),
            "A source close to the talks");
}

TEST(Trailing, ACueThatReportsAClauseOfItsOwnDoesNotTakeTheQuotedWordsBeforeIt) {
  Document d = extract("After months of \"consultations\", the council confirmed that the library would close in June.");
  bool report = false;
  for (const Quote& q : d.quotes) {
    EXPECT_NE(q.text, "consultations");
    report = report || (q.text == "the library would close in June" && q.kind == Kind::indirect);
  }
  EXPECT_TRUE(report);
  // (a cue that ends the sentence still does)
  Document t = extract("The plan is \"dead,\" the mayor said.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(cue(&t.quotes[0]), "said");
}

TEST(Review8, TheRulesOfTheRoundMustNotMisfire) {
  // an inverted -s form of a cue that is as a rule a noun is still the cue
  Document r = extract("\"The deal is dead,\" remarks Jane Smith, a trade analyst.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "Jane Smith");
  // a headline's passive only in a headline: a body's sentence with its own object clause reports
  EXPECT_EQ(first_words("The governor cautioned in a speech that the recovery would be slow."), "the recovery would be slow");
  // an ambiguous past form before no object of its own is a noun
  for (const char* s : {"The governor announced a tax cut worth $2 billion.", "The union rejected the wage cut proposal on Monday.",
                        "The company reported a profit hit this quarter."})
    EXPECT_TRUE(extract(s).quotes.empty()) << s;
  // a quoted title after a lower-case word of the writer's sentence stays partial
  Document b = extract("Protesters chanted \"Nobody Is Above The Law,\" organizers said.");
  EXPECT_NE(of_kind(b, Kind::partial), nullptr);
  // (but not a work's, after "copies of": data/work_of_nouns.txt)
  b = extract("Protesters waved copies of \"Nobody Is Above The Law,\" organizers said.");
  EXPECT_EQ(of_kind(b, Kind::partial), nullptr);
  // (and a banner's words are no one's)
  for (const Quote& q : extract("Protesters carried banners reading \"Nobody Is Above The Law,\" organizers said.").quotes)
    EXPECT_EQ(q.text.find("Nobody"), std::string::npos) << q.text;
  // a headline's quoted title is no one's words
  EXPECT_TRUE(extract("\"Squid Game\": Netflix confirms third and final season").quotes.empty());
  // a question asked of no one is no turn of an exchange: the words after it go on being its asker's
  Document x = extract("\"We will keep the library open,\" Mayor Ann Lee said.\n\n\"But who will pay for all of this?\" asked Tom "
                       "Reyes.\n\n\"Not the council.\"");
  ASSERT_EQ(x.quotes.size(), 3u);
  EXPECT_EQ(x.quotes[2].speaker, "Tom Reyes");
  // "add to" a name's possessive evidence reports nothing
  EXPECT_TRUE(extract("The study adds to Pfizer's evidence that the vaccine works.").quotes.empty());
  // a past form between two names is a verb, not a role's noun
  Document h = extract("Ana Smith hit Bo Jones with a left hook, saying afterwards that she felt strong.");
  ASSERT_FALSE(h.quotes.empty());
  EXPECT_EQ(h.quotes[0].speaker, "Ana Smith");
  // an interjection's exclamation ends its sentence
  Document o = extract("He just said OK! Then the police said the suspect had fled.");
  ASSERT_EQ(o.quotes.size(), 1u);
  EXPECT_EQ(o.quotes[0].speaker, "the police");
  // a verb's base form between a comma and "of" after no name is the verb
  Document w = extract("\"We cannot cope,\" doctors at the hospital, overwhelmed by new cases, warn of the crisis.");
  ASSERT_EQ(w.quotes.size(), 1u);
}

TEST(Reported, AConditionsIndefiniteSubjectSaysNothingAndAQuestionsVerbReportsItsClause) {
  // "if a customer says "…"": what anyone at all would say, no one's words (default reading)
  EXPECT_TRUE(extract("Under the new rules, if a customer says \"I want a refund\", staff must process it within a day.").quotes.empty());
  // (so too after "Imagine" or "Suppose")
  EXPECT_TRUE(extract("Imagine an inspector saying \"your pass is invalid\".").quotes.empty());
  EXPECT_TRUE(extract("Suppose a customer says \"I want a refund.\"").quotes.empty());
  EXPECT_EQ(extract("Under the new rules, if a customer says \"I want a refund\", staff must act.", all_attributions()).quotes.size(), 1u);
  // "questioned whether …" reports its question, as "asked whether" does
  Document q = extract("Opposition leader Mark Tennant questioned whether the figures were accurate.");
  ASSERT_EQ(q.quotes.size(), 1u);
  EXPECT_EQ(q.quotes[0].speaker, "Mark Tennant");
  EXPECT_EQ(q.quotes[0].text, "whether the figures were accurate");
  // (but not what it is about in the default reading: "questioned the figures")
  EXPECT_TRUE(extract("Critics questioned the figures.").quotes.empty());
  // an imperative that opens the sentence is no name: "Imagine telling a nurse, "…""
  Document i = extract("Imagine telling a nurse, \"Work another double shift for free.\" Nobody would accept that.");
  for (const Quote& x : i.quotes) EXPECT_NE(x.speaker, "Imagine");
}

TEST(Sieves, APlaceThatAnOpeningPrepositionGovernsIsNoSpeakersAppositive) {
  // "In Hagonoy, fish vendor Lorna Dizon, 54, said": the vendor speaks, not the place
  EXPECT_EQ(last_speaker("In Hagonoy, fish vendor Lorna Dizon, 54, said the water rose fast."), "Lorna Dizon");
  EXPECT_EQ(last_speaker("In Manila, Lorna Dizon, 54, said the water rose fast."), "Lorna Dizon");
  // (not "As": its name is the clause's subject)
  EXPECT_EQ(last_speaker("As John Cornyn, the No. 2 in the leadership, put it: \"This person will not be confirmed.\""), "John Cornyn");
}

TEST(Review11, TheRoundsRulesKeepTheirBounds) {
  // a gesture's verb only in the quotation's own sentence, and not its -ing form
  const std::pair<const char*, const char*> speakers[] = {
      {"The crowd chanted \"Four more years!\" Trump beamed.", "The crowd"},
      {"The officer asked, \"Do you understand?\" Smith nodded.", "The officer"},
      {"The smiling bride said: \"Best day ever.\"", "The smiling bride"},
      {"\"We are thrilled,\" said a smiling Sarah Lee.", "Sarah Lee"},
      // (a condition's subject is the indefinite phrase right before its verb)
      {"If a deal fails the union says it will strike.", "the union"},
      {"Unless a buyer emerges the company says it will close.", "the company"},
      // (what was not said may still be another's report)
      {"Comey cannot say that \"from his perspective,\" Lewandowski added.", "Lewandowski"},
      // (a name before the naming verb names it)
      {"The inquiry, which critics dubbed \"a whitewash,\" reported on Monday.", "critics"},
  };
  for (const auto& [text, speaker] : speakers) EXPECT_EQ(last_speaker(text), speaker) << text;
  // what would be said is no one's, and no later sieve gives it to another
  EXPECT_TRUE(extract("If a patient says \"I want to go home,\" nurses ask why.").quotes.empty());
  EXPECT_TRUE(extract("If a customer says \"I feel unsafe,\" staff must call security.").quotes.empty());
  // no title: a shout, one word, or a clause that holds the speaker's own quotation
  EXPECT_EQ(extract("Trump wrote that the media was \"VERY DISHONEST\" and should apologize.").quotes.at(0).kind, Kind::partial);
  EXPECT_EQ(extract("She said the \"Squad\" had won.").quotes.at(0).kind, Kind::partial);
  Document e = extract("Swift said the \"Eras Tour\" had been \"the most fun I have ever had.\"");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.quotes[1].kind, Kind::partial);
  // a programme's name the clause ran into is no one's words
  Document v = extract("Pelosi said the president was \"unhinged\" in remarks to \"The View.\"");
  ASSERT_EQ(v.quotes.size(), 1u);
  EXPECT_EQ(v.quotes[0].text, "unhinged");
  // "They added" with words of their own in the first person plural is not the group's
  EXPECT_EQ(last_speaker("Police said the two men had confessed. \"We did it for the money,\" they added."), "");
}

TEST(Reported, ATranscriptsTurnsInTheLabelsOfHearingsPodcastsAndParliaments) {
  // a hearing's "Chairman SMITH." (two such labels at least)
  Document h = extract("Chairman SMITH. The Subcommittee will come to order, and we thank the witnesses.\n\n"
                       "Mr. JONES. Thank you, Mr. Chairman. I agree with you on the numbers.");
  ASSERT_EQ(h.quotes.size(), 2u);
  EXPECT_EQ(h.quotes[0].kind, Kind::direct);
  EXPECT_EQ(h.quotes[1].speaker, "JONES");
  // a recording's time before the label, and labels in any case that turn up again
  Document p = extract("[00:00:04] Maya: Hi, welcome to The Long Shift. I am Maya Lindqvist.\n\n"
                       "[00:00:11] Jonah: And I am Jonah Pereira. Maya, I have to confess something.\n\n"
                       "[00:00:15] Maya: Oh no, what did you do this time, Jonah?");
  ASSERT_EQ(p.quotes.size(), 3u);
  EXPECT_EQ(p.quotes[0].speaker, "Maya Lindqvist");
  EXPECT_EQ(p.quotes[1].speaker, "Jonah Pereira");
  EXPECT_EQ(p.quotes[1].text.rfind("And I am", 0), 0u);
  // Hansard: a question's number, a seat and a party in brackets, an office and its holder's name
  Document c = extract("1. Ms Jane Roe (Bristol West) (Lab): What assessment she has made of the bus fare cap.\n\n"
                       "The Prime Minister (Keir Starmer): I thank my hon. Friend for her question about buses.\n\n"
                       "Ms Roe: I thank the Prime Minister for that answer, but the number is eleven.");
  ASSERT_GE(c.quotes.size(), 3u);
  EXPECT_EQ(c.quotes[0].speaker, "Jane Roe");
  EXPECT_EQ(c.quotes[1].speaker, "Keir Starmer");
  // (a name whose person another turn's label gave labels a turn too: "Ms Roe:")
  EXPECT_EQ(c.quotes[2].kind, Kind::direct);
  EXPECT_EQ(c.quotes[2].speaker, "Jane Roe");
  // a briefing's labels with a title's period, and names in capitals that carry their title
  Document b = extract("MR. KIRBY: Good afternoon, everybody. We have a few things to go over today.\n\n"
                       "MR. KIRBY: I would not get ahead of the negotiators. They are working hard.\n\n"
                       "MS. JEAN-PIERRE: We have been very clear about that, and I will say it again.");
  ASSERT_EQ(b.quotes.size(), 3u);
  EXPECT_EQ(b.quotes[0].speaker, "KIRBY");
  EXPECT_EQ(b.quotes[2].speaker, "JEAN-PIERRE");
  EXPECT_EQ(b.quotes[2].kind, Kind::direct);
  EXPECT_EQ(last_speaker("MR KIRBY said the talks were over."), "KIRBY");
  EXPECT_EQ(last_speaker("MP Materials said the talks were over."), "MP Materials");
  // a transcript's question from no one named is a direct quote of no speaker, never the answer's
  Document q = extract("FIRE CHIEF ANA DIAZ: We rescued 61 people overnight from the flooded streets.\n\n"
                       "QUESTION: Chief, how many of those 61 needed hospital treatment?\n\n"
                       "DIAZ: Nine of them, and all are stable this morning, I am told.");
  ASSERT_EQ(q.quotes.size(), 3u);
  EXPECT_EQ(q.quotes[1].kind, Kind::direct);
  EXPECT_EQ(q.quotes[1].speaker, "");
  EXPECT_EQ(q.quotes[2].speaker, "ANA DIAZ");
  // (so too a question labelled "Q.", a letter and its period)
  Document qd = extract("From the champion's press conference:\n\nQ. You were a break down in the fourth set. What went through your mind?\n\n"
                        "MATEO VAN HOUTEN: Honestly, I was thinking about the flight home.\n\nQ. Kai, how are you feeling?\n\n"
                        "KAI OSULLIVAN: Sore. Gutted. Proud, I suppose.");
  ASSERT_EQ(qd.quotes.size(), 4u);
  EXPECT_EQ(qd.quotes[0].text.rfind("You were a break down", 0), 0u);
  EXPECT_EQ(qd.quotes[0].speaker, "");
  EXPECT_EQ(qd.quotes[1].speaker, "MATEO VAN HOUTEN");
  EXPECT_EQ(qd.quotes[2].speaker, "");
  EXPECT_EQ(qd.quotes[3].speaker, "KAI OSULLIVAN");
  // (a stage direction in brackets at a turn's end or start is no one's words)
  Document s = extract("RAYMOND TELLEZ: It is closed until the engineers tell me otherwise. I am a fire chief. (LAUGHTER)\n\n"
                       "ELENA REID: (LAUGHS) I did not say that. I said the record is public.");
  ASSERT_GE(s.quotes.size(), 2u);
  EXPECT_EQ(s.quotes[0].text, "It is closed until the engineers tell me otherwise. I am a fire chief.");
  EXPECT_EQ(s.quotes[1].text.rfind("I did not say that.", 0), 0u);
  // (not a section's run-in headings, each once)
  EXPECT_TRUE(extract("Refugees: The agency struggles to raise money.\n\nVeto Power: The council has proved ineffective.\n\n"
                      "Limited Tools: The agency has few ways to compel states.")
                  .quotes.empty());
}

TEST(Sieves, OneOfAGroupAfterAnInvertedCue) {
  EXPECT_EQ(last_speaker("\"We were not told,\" said one of the workers."), "one of the workers");
  EXPECT_EQ(last_speaker("\"We were not told,\" said one of those advisers."), "one of those advisers");
  EXPECT_EQ(first_mention("\"They read it off a sheet,\" said one of them, a forklift operator who has worked there for years."),
            "one of them, a forklift operator");
}

TEST(Review11, TheSecondReviewsCasesKeepTheirBounds) {
  // a list's labels are no transcript's turns: its lines are not in the first or second person
  EXPECT_TRUE(extract("Here are the player ratings.\n\nAndre Onana 6: Could do nothing about the goal.\n\n"
                      "Bruno Fernandes (Captain): Ran the midfield and set up the winner.\n\n"
                      "Kobbie Mainoo (Midfielder): Calm on the ball and never lost it.\n\n"
                      "Marcus Rashford (Forward): Wasted two good chances before the break.")
                  .quotes.empty());
  EXPECT_TRUE(extract("Team GB. Gold medals so far: 14, silver 10.\n\nTeam USA. Gold medals so far: 30, silver 22.").quotes.empty());
  // a label the text names in title case too is no dateline
  EXPECT_EQ(last_speaker("Vice President Mike Pence sat down with us on Tuesday.\n\nPENCE: Well, look, we are going to win this "
                         "state and we are going to win it big."),
            "Mike Pence");
  // a header-first post needs a date or a time ago after "·", a name's words before the handle,
  // and its lines stop at the writer's quotation
  EXPECT_TRUE(extract("By Jane Doe @janedoe \u00B7 March 3, 2024\n\nThe city council voted on Monday to close the pool.").quotes.empty());
  Document m = extract("Musk replied on X.\n\nElon Musk @elonmusk \u00B7 Mar 3\nThis is false.\n\"We stand by our filing,\" the SEC said.");
  ASSERT_EQ(m.quotes.size(), 2u);
  EXPECT_EQ(m.quotes[0].text, "This is false.");
  EXPECT_EQ(m.quotes[1].speaker, "SEC");
  // a Reddit byline takes no paragraph of the writer's quotation
  EXPECT_EQ(last_speaker("The studio responded.\n\n\"We hear you and we are fixing it,\" the studio said.\n\n"
                         "Posted by u/HollowmereDev in r/Hollowmere"),
            "the studio");
  // the writer's lead-in with its colon bounds a post's lines whatever they hold
  Document c = extract("Smith wrote on X on Monday:\n\nThey told us it was impossible.\n\nWe did it anyway. \u2014 John Smith (@jsmith) "
                       "June 3, 2023");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].text.rfind("They told us", 0), 0u);
  // "Jr." names a son, no father: "Donald Trump" is no "Donald Trump Jr."
  EXPECT_EQ(last_speaker("Donald Trump Jr. spoke first. Donald Trump said later that he was proud of his son."), "Donald Trump");
  // "they" may be those a rescue or an evacuation tells of
  EXPECT_EQ(last_speaker("Residents were evacuated from their homes on Monday. \"We lost everything,\" they said."), "Residents");
  EXPECT_EQ(last_speaker("Firefighters rescued two children from the blaze. \"It was touch and go,\" they said."), "Firefighters");
  // a programme watched or told is a title in the clause
  EXPECT_EQ(extract("She said she had never watched \"Game of Thrones\" before.").quotes.at(0).kind, Kind::indirect);
}

TEST(Review11, TheThirdReviewsCasesKeepTheirBounds) {
  // labels that come back are a transcript's turns whatever person their lines are in
  Document t = extract("Sarah Koenig: So the call came in at 9:12 that night.\n\nDetective Ritz: Right. That is what the log shows.\n\n"
                       "Sarah Koenig: And who took it?\n\nDetective Ritz: Officer Lane took it. She was on the desk.");
  ASSERT_EQ(t.quotes.size(), 4u);
  for (const Quote& q : t.quotes) EXPECT_EQ(q.kind, Kind::direct) << q.text;
  // an FAQ's questions are no transcript's
  EXPECT_TRUE(extract("Covid boosters\n\nQ: Do I need another booster this fall?\n\nThe CDC recommends one for most adults.\n\n"
                      "Q: Can I get it with my flu shot?\n\nYes, you can.\n\nQ: Is it free for everyone?\n\nMost insurers cover it.")
                  .quotes.empty());
  // an acronym in brackets is no stage direction
  Document f = extract("SMITH: We need more money for the Federal Emergency Management Agency (FEMA)\n\n"
                       "JONES: I agree with my colleague on the funding. (LAUGHTER)");
  ASSERT_EQ(f.quotes.size(), 2u);
  EXPECT_NE(f.quotes[0].text.find("(FEMA)"), std::string::npos);
  EXPECT_EQ(f.quotes[1].text, "I agree with my colleague on the funding.");
  // a colon dateline that the story names again as a place stays one
  EXPECT_EQ(extract("PUNE: Two people were injured when a wall collapsed, officials said. Rescuers in Pune worked all night.")
                .quotes.at(0)
                .text,
            "Two people were injured when a wall collapsed");
  // a header-first post: a body's name with small words, its line in the first person kept
  Document h = extract("Ursula von der Leyen @vonderleyen \u00B7 Mar 3, 2024\nEurope stands with Ukraine.\n\nShe spoke in Brussels.");
  ASSERT_FALSE(h.quotes.empty());
  EXPECT_EQ(h.quotes[0].kind, Kind::embed);
  EXPECT_EQ(h.quotes[0].speaker, "Ursula von der Leyen");
  Document r = extract("The update says \"server full\" every single time I try to log in.\n\nPosted by u/gamer42 in r/Hollowmere");
  ASSERT_FALSE(r.quotes.empty());
  EXPECT_EQ(r.quotes[0].kind, Kind::embed);
  // a colon lead-in paragraphs back bounds a post's lines only with a verb of writing or posting
  Document c = extract("Here is what we know so far:\n\nThe fire started around 3 a.m. in a warehouse.\n\nNo injuries were reported.\n\n"
                       "Stay safe, everyone. \u2014 Ann Lee (@annlee) June 3, 2023");
  ASSERT_FALSE(c.quotes.empty());
  EXPECT_EQ(c.quotes.back().text, "Stay safe, everyone.");
}

TEST(Documents, WhatAWrittenThingReadsIsItsWords) {
  // "read" is its own past: a statement, a note or a placard that read something says it
  const Document s = extract("\"We will rebuild,\" the statement read.");
  ASSERT_EQ(s.quotes.size(), 1u);
  EXPECT_EQ(cue(&s.quotes[0]), "read");
  EXPECT_EQ(mention(&s.quotes[0]), "the statement");
  EXPECT_EQ(cue(find(extract("The note read, \"Gone fishing until Monday.\""), "Gone fishing")), "read");
  // (but words written on a sign, a placard or a banner are no one's the text names)
  EXPECT_TRUE(extract("One placard read, \"Hands off our harbor.\"").quotes.empty());
  EXPECT_TRUE(extract("A handwritten sign taped to the door read \"Closed due to illness.\"").quotes.empty());
  EXPECT_TRUE(extract("A banner over the gate read: \"Welcome home.\"").quotes.empty());
  EXPECT_TRUE(extract("\"Closed,\" the sign on the door read.").quotes.empty());
  // (a person who holds one still speaks: "Protesters carried a banner. "…," one organizer said")
  EXPECT_EQ(mention(find(extract("Protesters carried a banner. \"We will not be silenced,\" one organizer said."), "We will")),
            "one organizer");
  // a past after a determiner and an adverb describes the noun after it, no one's report
  EXPECT_TRUE(extract("The photo turned up in a widely read Washington newspaper column alongside an item.", all_attributions())
                  .quotes.empty());
  EXPECT_EQ(extract("Led by the speaker, the rally denounced the plan as \"a total disgrace to the city.\"").quotes.at(0).speaker,
            "the rally");  // (a noun in -ly is no adverb)
  // "it" that reads is the thing written, not the person who held it up
  const Document d = extract("Actress Rosario Dawson spoke. Dawson smiled and lifted a sign of her own. "
                             "\"I am still with Sanders,\" it read.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "");
  EXPECT_EQ(last_speaker("Acme Corp. reported a loss. Acme said prices rose. \"We are cautious,\" it said."), "Acme Corp.");
}

TEST(Documents, ReportsBeforeAVerbOfSayingAreItsSubject) {
  const Document d = extract("Local media reports said the bridge had been closed.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the bridge had been closed");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(mention(&d.quotes[0]), "Local media reports");
  EXPECT_EQ(mention(find(extract("\"It is closed,\" police reports said."), "It is closed")), "police reports");
  // the -s form with no verb after it is still a verb
  EXPECT_EQ(cue(find(extract("The company reports that sales rose in March."), "sales rose")), "reports");
}

TEST(Reported, WordsKeptAtADistanceInsideAReport) {
  // a so-called term is the writer's: the report around it stands
  const Document d = extract("A spokesman said the so-called \"Gang of Eight\" met on Tuesday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "the so-called \"Gang of Eight\" met on Tuesday");
  EXPECT_TRUE(extract("Critics rejected the so-called \"grand bargain\" outright.").quotes.empty());
  // a name in marks inside an aside, its comma inside the marks
  const Document n = extract("Smith said the man, nicknamed \"Tiny,\" fled to Spain.");
  ASSERT_EQ(n.quotes.size(), 1u);
  EXPECT_EQ(n.quotes[0].text, "the man, nicknamed \"Tiny,\" fled to Spain");
  EXPECT_EQ(n.quotes[0].speaker, "Smith");
}

TEST(Reported, ObjectsThatAreNoReport) {
  // a clause of time after the object and a day's name, its subject a bare plural: its own report
  const Document d = extract("Mayor Carla Jimenez declared a heat emergency on Tuesday as forecasters warned temperatures could top 108 degrees.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "forecasters");
  EXPECT_EQ(d.quotes[0].text, "temperatures could top 108 degrees");
  // a pronoun of things as the object, a relative clause after it
  EXPECT_TRUE(extract("Raj Malhotra went on a podcast and said something I have not been able to stop thinking about.").quotes.empty());
  EXPECT_EQ(first_words("She said something was wrong with the brakes."), "something was wrong with the brakes");
  // the one spoken to after "to" and an adjective in -ed
  EXPECT_TRUE(extract("Northline Trains has been replying to frustrated passengers on X all morning.").quotes.empty());
  EXPECT_EQ(first_words("The union vowed to proceed with the strike."), "to proceed with the strike");
}

TEST(Speaker, ANameThatDescribesANounAfterIt) {
  // after a determiner, a name before a noun of no list describes it: the phrase speaks, not the
  // body of that name
  const Document d = extract("The Eastport Riders Union said fares were too high. \"I pay twice what I paid last year,\" said one Eastport commuter.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "one Eastport commuter");
  EXPECT_EQ(last_speaker("\"It is absurd,\" said the printed Cruz slate card."), "the printed Cruz slate card");
  // (a spokesperson's noun after it: the body the phrase speaks for, but a name of one word, as a
  // person's may be, "a Trump spokesman", keeps the phrase)
  EXPECT_EQ(last_speaker("\"We are fine,\" said a Toyota spokesman in Tokyo."), "a Toyota spokesman");
  EXPECT_EQ(last_speaker("\"We are fine,\" said a Trump spokesman in Florida."), "a Trump spokesman");
  EXPECT_EQ(last_speaker("\"We are fine,\" said a Toyota Motor Corp. spokesman in Tokyo."), "Toyota Motor Corp.");
  // a doer's noun by its ending before a first name is no part of the name
  EXPECT_EQ(last_speaker("Rider Priya Natarajan, who commutes downtown, said she would leave home earlier."), "Priya Natarajan");
  EXPECT_EQ(last_speaker("Lobbyist Tom Kessler said the rule was unfair."), "Tom Kessler");
}

TEST(Speaker, NestedWordsNeedAClauseOfTheirOwn) {
  // a name that owns a noun is no inner speaker: 'classified 22 Clinton emails as "top secret"'
  EXPECT_EQ(last_speaker("The State Department has said it has classified 22 Clinton emails as \"top secret.\""), "State Department");
  // the inner clause after "which", with the subject's role before it
  EXPECT_EQ(last_speaker("Lidiya Sorokova spoke on Monday. State television broadcast remarks by Sorokova in which she accused "
                         "Astaria of \"playing to the gallery.\""),
            "Lidiya Sorokova");
  EXPECT_EQ(last_speaker("Before city officials had weighed in, Republican presidential nominee Donald Trump said at an event that "
                         "\"a bomb\" had gone off."),
            "Donald Trump");
  // a thing written is read by a person after the auxiliaries too: no report of the title
  EXPECT_EQ(first_words("Brian Foley said he had read \"The Quiet Year\" twice."), "he had read \"The Quiet Year\" twice");
}

TEST(Sieves, TheVerbBeforeALeadInColon) {
  // any class of verb right after the subject before the colon is the cue
  const Document d = extract("\"It's a disgrace,\" said Lena Ahl. Her neighbour, Piotr Nowak, disagreed: \"It is the best thing in years.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Piotr Nowak");
  EXPECT_EQ(cue(&d.quotes[1]), "disagreed");
  // not a verb's base form, a noun there: "Reid offered a rare compliment:"
  EXPECT_EQ(cue(find(extract("Harry Reid had a compliment: \"He is a smart man.\""), "smart man")), "");
}

TEST(Sieves, ALeadInClauseAfterButIsItsSubjects) {
  // a cue, then ", but" and another subject's clause that ends with the colon: that subject's words
  Document d = extract("\"We are ready,\" said Tom Bell, but Jane Ruiz disagreed: \"They are not ready at all.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Tom Bell");
  EXPECT_EQ(d.quotes[1].speaker, "Jane Ruiz");
  EXPECT_EQ(cue(&d.quotes[1]), "disagreed");
  EXPECT_EQ(last_speaker("Tom Bell said the plan was ready, but Jane Ruiz disagreed: \"They are not ready at all.\""), "Jane Ruiz");
  EXPECT_EQ(last_speaker("\"We are ready,\" said Tom Bell; the union leader, Sam Oduya, was less diplomatic: \"They are not.\""), "Sam Oduya");
  // (past a name between commas, and "it" before how; right after the cue's semicolon too)
  EXPECT_EQ(last_speaker("\"It was a fair deal,\" Kim Osei said, but her rival, Paul Dunn, saw it differently: \"It was theft.\""),
            "Paul Dunn");
  EXPECT_EQ(last_speaker("\"It was a fair deal,\" Kim Osei said; her lawyer, Noah Pratt, disagreed: \"It was theft.\""), "Noah Pratt");
  // (not a verb's object after "and": the first subject's; nor what a subject has, evidence)
  EXPECT_EQ(last_speaker("\"We are ready,\" said Tom Bell, and he called the plan a triumph: \"It works.\""), "Tom Bell");
  EXPECT_NE(last_speaker("\"Is it true?\" asked Tom Bell, and NBC News has proof: \"It is true.\""), "NBC News");
}

TEST(Sieves, TheOneQuotedAsSayingSpeaks) {
  EXPECT_EQ(last_speaker("Ito was quoted by the Tribune as saying the team \"needs a reset\"."), "Ito");
  EXPECT_EQ(last_speaker("The Tribune quoted Ito as saying the team \"needs a reset\"."), "Ito");
}

TEST(Reported, LongSourcesAndRelativeClausesWithLists) {
  // "according to" a document a body released, with the time and the body's description
  const Document d = extract("Emissions fell by just 2% last year, according to a report released Tuesday by the Global Emissions "
                             "Observatory, a monitoring body.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Emissions fell by just 2% last year");
  EXPECT_EQ(d.quotes[0].speaker, "Global Emissions Observatory");
  EXPECT_EQ(last_speaker("A report released on Friday by the Harbor Board said the pier was unsafe."), "Harbor Board");
  // a relative clause whose list holds commas of its own, before the verb
  const Document r = extract("The agency, which uses satellite data to track leaks from pipelines, wells and storage sites, said the "
                             "industry released more methane.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "The agency");
  EXPECT_EQ(r.quotes[0].text, "the industry released more methane");
}

TEST(Sieves, WhereTheWordsAreKnownFromKeepsTheRun) {
  const Document d = extract("Mary Smith spoke. \"We know the data. We shared it,\" she said, according to a transcript. \"They want headlines.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Mary Smith");
  // a source that opens a sentence of its own still speaks for what follows it
  EXPECT_EQ(last_speaker("\"We will win,\" Ann Lee said. According to Tom Ray, the party \"has no chance.\""), "Tom Ray");
}

TEST(Sieves, ALeadInWithTheOneSpokenToKeepsItsWords) {
  const Document d = extract("Ames asked Pham: \"Who signed off on this?\" Pham answered: \"I did.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Ames");
  EXPECT_EQ(cue(&d.quotes[0]), "asked");
  EXPECT_EQ(d.quotes[1].speaker, "Pham");
}

TEST(Reported, APassiveAndAVerbOfTellingWithItsObjectEndTheReport) {
  EXPECT_EQ(first_words("The council said the bridge had been closed and urged drivers to take the ferry."), "the bridge had been closed");
  EXPECT_EQ(first_words("Police said the road was closed and asked drivers to avoid the area."), "the road was closed");
  // a second passive goes on with the first
  EXPECT_EQ(first_words("Police said the man was arrested and charged with theft."), "the man was arrested and charged with theft");
}

TEST(Review13, TheRoundsRulesKeepTheirBounds) {
  // an aside with a pronoun after a lone name, and words that join or tell manner are no names
  EXPECT_EQ(first_words("Smith, as he left the courthouse, said he would appeal."), "he would appeal");
  EXPECT_EQ(last_speaker("Publicly, party leaders, including the speaker, said they backed the bill."), "party leaders");
  EXPECT_EQ(last_speaker("Privately, several aides, speaking on condition of anonymity, said the plan was dead."), "several aides");
  EXPECT_EQ(last_speaker("Kelly, 45, said the plan was dead."), "Kelly");
  // a topic before a headline's colon is no speaker
  EXPECT_EQ(last_speaker("Coronavirus: \"We are running out of beds\""), "");
  // an -s verb before a past that describes the noun after it
  EXPECT_EQ(first_words("The ministry says confirmed cases have doubled since March."), "confirmed cases have doubled since March");
  // a determiner standing alone before an adverb and its verb
  EXPECT_EQ(first_words("Each separately told investigators the driver had been drinking."), "the driver had been drinking");
  // a person who reads a title is no report; a thing written reads its words
  EXPECT_TRUE(extract("The actor read \"The Night Before Christmas\" to children at the library.").quotes.empty());
  EXPECT_EQ(last_speaker("\"We are monitoring the situation,\" a statement from the ministry read."), "the ministry");
  // nested words: not inside a denial, a negation, or after a preposition; the outer speaker's
  // participle goes on after them
  EXPECT_EQ(last_speaker("Smith denied that Jones had called the plan \"a disaster.\""), "Smith");
  EXPECT_EQ(last_speaker("Smith said that Jones did not call the plan \"a disaster.\""), "Smith");
  EXPECT_EQ(last_speaker("Prosecutors said that Jones described the assault in \"graphic detail.\""), "Prosecutors");
  const Document s = extract("The senator said that Trump called her \"a disgrace,\" adding, \"I will not be bullied.\"");
  ASSERT_FALSE(s.quotes.empty());
  EXPECT_EQ(s.quotes.back().speaker, "The senator");
  bool trump = false;
  for (const Quote& q : s.quotes) trump = trump || (q.kind == Kind::partial && q.speaker == "Trump" && q.text.find("a disgrace") != std::string::npos);
  EXPECT_TRUE(trump);
  // a pronoun of things as a clause's subject
  EXPECT_EQ(first_words("The homeowner said everything he owned was lost in the fire."), "everything he owned was lost in the fire");
  EXPECT_EQ(first_words("Police said anything they recover will be returned to its owners."),
            "anything they recover will be returned to its owners");
  // a person after a passive shares the second verb
  EXPECT_EQ(first_words("Witnesses said the driver was trapped and begged paramedics to save his daughter."),
            "the driver was trapped and begged paramedics to save his daughter");
  // first names with a doer's ending
  EXPECT_EQ(last_speaker("Christian David Lopez told the court he was sorry."), "Christian David Lopez");
  // the noun again with another owner leaves "the spokesperson" open
  EXPECT_EQ(last_speaker("A spokesperson for the airline said flights would resume on Friday. The airport's spokesperson was less "
                         "optimistic. \"It could take days,\" the spokesperson said."),
            "the spokesperson");
}

TEST(Reported, AsidesAndTheOneToldNamed) {
  // the name of the one told between commas, after its noun
  EXPECT_EQ(first_words("Kaye told the student newspaper, The Ellison Ledger, that the board would not revisit the increase."),
            "the board would not revisit the increase");
  // a participle of a cue's that opens an aside, and a share of the noun before it
  EXPECT_EQ(first_words("Reddick said the increase, approved last month, was too high."), "the increase, approved last month, was too high");
  EXPECT_EQ(first_words("Iversen said conditions for drivers, some of whom have waited three weeks, were getting worse."),
            "conditions for drivers, some of whom have waited three weeks, were getting worse");
  // a document's noun, after its determiner, before the participle that reports
  EXPECT_EQ(first_words("Mayor Ann Lee sent an email saying that the pool would close."), "the pool would close");
}

TEST(Speaker, APersonOfAFirmsOfficeInAPlace) {
  EXPECT_EQ(last_speaker("Kevin Ostrowski of the National Weather Service office in Memphis said the storm would weaken."),
            "Kevin Ostrowski");
}

TEST(Reported, ThatBeforeANounOfReportIsADeterminer) {
  EXPECT_TRUE(extract("She repeated that pledge on Tuesday.").quotes.empty());
  EXPECT_TRUE(extract("He echoed that promise on Monday.").quotes.empty());
  EXPECT_EQ(first_words("She promised that help would come."), "help would come");
}

TEST(Indirect, AccordingToXBetweenCommasAndMoreOfTheSentence) {
  // what "and" adds is the source's too, in a second piece
  Document d = extract("The top 1 percent paid 25 percent of taxes, according to the Budget Office, and the top 10 percent paid 69 percent.",
                       bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "the Budget Office");
  EXPECT_EQ(d.quotes[0].text, "The top 1 percent paid 25 percent of taxes the top 10 percent paid 69 percent");
  // a phrase that describes what was reported, or a relative clause, is the writer's
  EXPECT_EQ(first_words("The cost has reached $2.3 billion, according to Treasury estimates, almost double the figure announced in March."),
            "The cost has reached $2.3 billion");
  EXPECT_EQ(only_speaker("Clinton holds a lead in California, according to an average of polls, where 475 pledged delegates will be at stake."),
            "an average of polls");
  // a clause after "but" is read on its own
  d = extract("The unit lost money last year, according to filings, but the parent company said it would invest more.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "the parent company");
  // not a clause that goes on past the source
  EXPECT_NE(first_words("He left after, according to him, the network censured his report."), "He left after");
}

TEST(Reported, ASubjectThatIsNoOneIsNoSpeaker) {
  EXPECT_TRUE(extract("Nobody at the meeting said \"sorry.\"").quotes.empty());
  EXPECT_TRUE(extract("No one at the meeting said the plan would work.").quotes.empty());
  EXPECT_TRUE(extract("Not one official said \"sorry.\"").quotes.empty());
  EXPECT_TRUE(extract("None of the ministers said the plan was \"dead.\"").quotes.empty());
  // the speaker after words that are no one's
  EXPECT_EQ(only_speaker("Nothing the president said \"will assuage people's fears,\" the senator said."), "the senator");
  // PolNeAR's reading keeps them as sources
  Options o;
  o.attributions = Attributions::all;
  EXPECT_EQ(first_mention("No one at the meeting said the plan would work.", o), "No one at the meeting");
}

TEST(Cues, VerbsOfSoundsAndWiresAfterAWholeUtterance) {
  EXPECT_EQ(only_speaker("\"We are fine,\" Lena Dorsch radioed."), "Lena Dorsch");
  EXPECT_EQ(only_speaker("\"Arriving Tuesday,\" Tom Vance wired."), "Tom Vance");
  EXPECT_EQ(only_speaker("\"Not a chance,\" Ada Quill snorted."), "Ada Quill");
  // as a noun or a verb of no speech, none
  EXPECT_TRUE(extract("He spoke on talk radio on Monday. The crowd booed and jeered him until he exited the stage.").quotes.empty());
  EXPECT_TRUE(extract("Committee Republicans seethed after the disclosure that the lawyer was granted immunity.").quotes.empty());
}

TEST(Reported, ANameAndItsDescriptionBeforeTheCueAreItsSubject) {
  // no interrupted report: "that" opens the clause the cue reports, no phrase after it
  Document d = extract("Jo Bloggs, the mayor, said that the council leader, Ann Cole, had resigned.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jo Bloggs");
  EXPECT_EQ(d.quotes[0].text, "the council leader, Ann Cole, had resigned");
  EXPECT_EQ(last_speaker("My colleague Sam Whitlock, who is at the count, reports that the candidate, Orla Byrne, finished last."),
            "Sam Whitlock");
}

TEST(Reported, ACuesFormAPrepositionGovernsIsNoClausesVerb) {
  // "in matching posts": a noun, no verb of a clause the object opens
  EXPECT_TRUE(extract("The singer confirmed the news in matching posts on Monday afternoon, days after fans noticed it.").quotes.empty());
  // an infinitive's verb is a verb
  EXPECT_EQ(first_words("Palmieri called on Trump to stop attacking Machado and apologize.", all_attributions()),
            "Trump to stop attacking Machado and apologize");
}

TEST(Quotes, WordsAfterTitledAreATitleInAnyCase) {
  EXPECT_TRUE(extract("On Monday, 112 people found a meeting on their calendars titled \"Quick sync.\"").quotes.empty());
  EXPECT_TRUE(extract("The Post responded with a piece entitled \"Her ideas are not too bold. They are too facile.\"").quotes.empty());
}

TEST(Speaker, ANameAfterTheRelativeClauseOfTheHeadAfterTheCue) {
  EXPECT_EQ(only_speaker("\"We cannot keep doing this,\" said the woman who has run the food bank since 1998, Sister Agnes Doyle."),
            "Agnes Doyle");
  // no name after the comma: the head
  EXPECT_EQ(first_mention("\"We cannot keep doing this,\" said the woman who runs the food bank, adding that it was hard."),
            "the woman");
}

TEST(Speaker, APrepositionThatEndsALineOfFurnitureGovernsNoNameAfterIt) {
  // "below" ends the line of a page's furniture before the paragraph: "Kavanagh" opens a sentence
  EXPECT_EQ(only_speaker("Story continues below\n\nKavanagh shared a shorter message on Instagram, writing: \"Nothing but love.\""),
            "Kavanagh");
}

TEST(Reported, SaidAAndThatBIsOneRecord) {
  // (one report of two clauses, with no quotation in it: one record, as a reader lists it)
  Document d = extract("Smith said the union would seek a buyer, and that it had not ruled out legal action.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the union would seek a buyer, and that it had not ruled out legal action");
  EXPECT_EQ(d.quotes[0].speaker, "Smith");
  // "that" a pronoun: one clause
  EXPECT_EQ(first_words("Smith said the union would seek a buyer and that was the end of it."),
            "the union would seek a buyer and that was the end of it");
  // (quoted words in the second clause only: the first a record of its own, the second the
  // quotation's)
  d = extract("A spokeswoman said around 500 adults were affected, and that many were \"simply unaware of it.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "around 500 adults were affected");
  // grouping by attribution: one record of the whole
  EXPECT_EQ(extract("A spokeswoman said around 500 adults were affected, and that many were \"simply unaware of it.\"", clauses())
                .quotes.size(),
            1u);
}

TEST(Reported, ANumbersLeadAfterTheCueAndAListOfNamesInTheClause) {
  // "said around 500": a number's phrase, no participle's phrase ("A man [who was] said about …")
  EXPECT_EQ(first_words("A man said about 500 adults had prediabetes."), "about 500 adults had prediabetes");
  // a list of names that "and" ends goes on to the clause's verb
  EXPECT_EQ(first_words("The mayor said the schools in Ashby, Corley and Dunmore would close in June."),
            "the schools in Ashby, Corley and Dunmore would close in June");
}

TEST(Reported, APhraseOfWhereOrWhenBeforeTheSubjectIsNoReport) {
  // a fronted phrase with no verb is the main clause's adverbial, not what was said
  EXPECT_TRUE(extract("Back in her office, Okafor laughed.").quotes.empty());
  // "Back" opening a sentence is no name: "she" is not "Back"
  EXPECT_EQ(last_speaker("Ruth Okafor met us. Back in her office, she said the plan was dead."), "Ruth Okafor");
  // a phrase with no verb of a noun's is still a report
  EXPECT_EQ(first_words("People like Scott, he said."), "People like Scott");
}

TEST(Sieves, APersonWhoShakesTheirHeadBeforeTheWords) {
  EXPECT_EQ(only_speaker("Asked if she regretted the vote, Councillor Iris Tan shook her head. \"Not for a second.\""), "Iris Tan");
}

TEST(Labels, TurnsLabelledQDotAndADotAreTheAskersAndTheAnswerers) {
  Document d = extract("Jurors heard a recording in which Detective Sarah Ingram asked Graham Pryce about a payment.\n\n"
                       "Q. Who authorised this payment?\n\nA. I would have signed it off.\n\nQ. Did you check the work?\n\n"
                       "A. That wasn't my job.");
  const Quote* q = find(d, "I would have signed it off");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Graham Pryce");
  EXPECT_EQ(q->kind, Kind::direct);
  q = find(d, "Did you check the work");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Sarah Ingram");
  // an initial that opens a paragraph with no one asking or answering is no label
  EXPECT_TRUE(extract("The hearing resumed.\n\nA. Smith was the first to speak at the hearing.").quotes.empty());
}

TEST(Labels, APapersReporterWhoSitsDownWithSomeoneAsks) {
  Document d = extract("Ruth Okonjo ran the shop for 40 years.\n\nThe Ledger's Nina Patel sat down with Okonjo last week.\n\n"
                       "Q: Why close now?\n\nA: My knees voted before I did.");
  const Quote* q = find(d, "My knees voted");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ruth Okonjo");
}

TEST(Cues, ReckonsIsABeliefAndAcceptedThatNoReport) {
  // "reckons" as "thinks": a report in PolNeAR's reading only
  EXPECT_TRUE(extract("Local builder Shane Tully reckons the real problem is insurance.").quotes.empty());
  EXPECT_EQ(first_words("Local builder Shane Tully reckons the real problem is insurance.", all_attributions()),
            "the real problem is insurance");
  // "accepted that" is as often "that argument" as a clause: no cue
  EXPECT_TRUE(extract("The court accepted that argument and dismissed the case.").quotes.empty());
}

TEST(Cues, ThatBeforeANounAndTheCuesSecondVerbIsADemonstrative) {
  // "conceded that argument and dismissed the case": "that argument" is what was conceded
  EXPECT_TRUE(extract("The court conceded that argument and dismissed the case.").quotes.empty());
  // (a clause whose subject is two nouns joined by "and")
  EXPECT_EQ(first_words("Officials said that inflation and unemployment rose."), "inflation and unemployment rose");
  EXPECT_EQ(first_words("He said that rent and fixed costs rose."), "rent and fixed costs rose");
}

TEST(Cues, ThatBeforeAFewWordsWithNoVerbIsTheCuesObject) {
  // "tells me that every match.": "that" is what she tells, a time after it
  EXPECT_TRUE(extract("Lemaire is his coach. She tells me that every match.").quotes.empty());
  EXPECT_TRUE(extract("My father told us that twice.").quotes.empty());
  EXPECT_EQ(first_words("She told me that nobody came."), "nobody came");
  // (a plural's short clause stays one: "said that children come first")
  EXPECT_EQ(first_words("Tatum said that children come first."), "children come first");
  EXPECT_EQ(first_words("The minister said that men lie."), "men lie");
}

TEST(Cues, AParticipleBeforeToAndTheOneItGoesToDescribesTheNoun) {
  // a clause-only cue's object and a participle of its own: "maintained the invitation extended to her"
  EXPECT_TRUE(extract("She maintained the invitation extended to her by the mayor.").quotes.empty());
  EXPECT_EQ(first_words("He maintained the company failed to pay its workers."), "the company failed to pay its workers");
  // (a verb of the clause before "to" and a determiner, or after a person's noun)
  EXPECT_EQ(first_words("Cole maintained the money went to the foundation's programs."), "the money went to the foundation's programs");
  EXPECT_EQ(first_words("The lawsuit maintains the officer lied to the jury about the search."),
            "the officer lied to the jury about the search");
}

TEST(Speaker, APhraseAndWhatItIsForBeforeItsFirstVerbIsTheSecondVerbsSubject) {
  EXPECT_EQ(first_mention("A representative for Marlowe confirmed the split and said the decision was mutual."),
            "A representative for Marlowe");
  // not a participle that describes the last noun
  EXPECT_NE(first_mention("The wife of a man fatally shot by police begged officers to stop, saying it was wrong."),
            "The wife of a man fatally");
}

TEST(Speaker, APersonsPronounOwningADocumentIsTheSpeaker) {
  EXPECT_EQ(only_speaker("Novelist Corinne Baptiste deleted her account. Her final tweet read: \"Goodbye, Twitter.\""), "Corinne Baptiste");
  EXPECT_EQ(only_speaker("Tom Lane resigned on Monday. His statement said the plan was dead."), "Tom Lane");
}

TEST(Review14, TheRoundsRulesKeepTheirBounds) {
  // no one as a subject, but not an amount or a name
  EXPECT_EQ(only_speaker("None other than Warren Buffett said the deal was a mistake."), "None other than Warren Buffett");
  EXPECT_EQ(first_words("No fewer than six former generals said the plan was reckless."), "the plan was reckless");
  // "according to X," and a clause with a report of its own: each its own
  Document d = extract("Two people were killed, according to the mayor, and the governor said the state would send help.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "the governor");
  // a sound after the words is no cue of a report ("A rooster crowed.")
  EXPECT_EQ(last_speaker("Farmer Bill Ames walked us through the barn. \"This is where it all started.\" A rooster crowed."), "Bill Ames");
  // an opening phrase of when or a participle's leaves a whole sentence direct
  d = extract("On Tuesday, Smith said, \"we have no plans to raise taxes.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  d = extract("Pressed on the issue, Smith said, \"we have no plans to raise taxes.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  // a name after a person's noun in the relative clause is that person's
  EXPECT_EQ(only_speaker("\"We were partners for 30 years,\" said the woman who runs the bank with her husband, Tom Doyle."), "the woman");
  EXPECT_EQ(only_speaker("\"He should never have been released,\" said the lawyer who prosecuted the killer, Dale Kemp."), "the lawyer");
  // "the latter" only of two names joined by "and"
  EXPECT_EQ(last_speaker("Lena Park met with Theo Castel and his lawyer. The former said the meeting was productive."), "The former");
  // a line of wrapped text ends in a preposition: what it governs goes on
  EXPECT_NE(last_speaker("The senator, who met with\nAnn Cole on Monday, said the bill would pass."), "Ann Cole");
  // "and that" and a noun of what was said: no second report
  EXPECT_EQ(extract("The president said troops would leave by May, and that pledge put him at odds with his generals.").quotes.size(), 1u);
  // an answer's words before "X said" are a report
  EXPECT_EQ(first_words("Not in my lifetime, Okafor said."), "Not in my lifetime");
  // a gesture's object a body's part, no other thing
  EXPECT_NE(last_speaker("Ruth Amos met the president on Monday. He shook her hand. \"It was the proudest moment of my life.\""),
            "the president");
  // a request is no questioning
  d = extract("Jurors heard a recording in which Graham Pryce asked Detective Sarah Ingram for a lawyer.\n\n"
              "Q. Do you want a lawyer now?\n\nA. Yes, I do.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.speaker, "Sarah Ingram");
  // a firm's or a state's name owning a name is no paper's
  d = extract("Apple's Tim Cook sat down with CNN's Anderson Cooper on Monday.\n\nQ: Will Apple build cars?\n\n"
              "A: We never comment on future products.");
  const Quote* q = find(d, "We never comment");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tim Cook");
  // what the phrase is of or for, a name and no time
  EXPECT_EQ(first_mention("The company for its part denied the report and said it would cooperate with investigators."), "The company");
  // a document written about the person is no word of theirs
  EXPECT_NE(only_speaker("Tom Reyes was charged on Monday. His indictment said he had stolen $4 million."), "Tom Reyes");
}

TEST(Reported, ThatAfterAPhraseOfWhereTheWordsWereSaid) {
  // a word in -ed, a noun and the clause's verb after "that": the clause's subject, no relative clause
  EXPECT_EQ(first_words("The company said in a statement that affected workers in Europe would be consulted."),
            "affected workers in Europe would be consulted");
  // not after the clause's own subject
  EXPECT_NE(first_words("They raised fears the violence that accompanied the rallies will be magnified.", all_attributions()),
            "accompanied the rallies will be magnified");
  // a cue's past form after a determiner describes the noun: "said" is the verb, no participle
  EXPECT_EQ(first_words("The firm said in an emailed statement that the workers would be consulted."), "the workers would be consulted");
}

TEST(Transcript, ATurnOfAFewWordsUnderARecurringLabel) {
  // a transcript's turn may be two or three words ("ADEYEMI: Every single night."); a headline's
  // label needs more
  Document d = extract("Radio host Ira Margolis spoke with singer Temperance Adeyemi. The exchange has been edited for length.\n\n"
                       "MARGOLIS: Why did you leave?\n\nADEYEMI: Honestly, I was tired of the road and the hotels.\n\n"
                       "MARGOLIS: Do you miss it?\n\nADEYEMI: Every single night.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[3].text, "Every single night.");
  EXPECT_EQ(d.quotes[3].speaker, "Temperance Adeyemi");
  // (and a number among the object's words of "call" is no end of the name: no quote)
  EXPECT_TRUE(extract("Residents still call the 1978 storm \"the Big Blow,\" and older fishermen date their lives by it.").quotes.empty());
}

// The fifteenth review's cases: constructions the round's rules misfired on, each mended
TEST(Review15, TheRulesOfTheRoundMustNotMisfire) {
  // a name after a comma that closes a phrase of time opening the clause is no new report
  EXPECT_EQ(first_words("Prosecutors said that after the shooting, Brian Walsh told a friend he had made a terrible mistake."),
            "after the shooting, Brian Walsh told a friend he had made a terrible mistake");
  EXPECT_EQ(first_words("The report said that in 2019, Donald Trump told aides he wanted the investigation shut down."),
            "in 2019, Donald Trump told aides he wanted the investigation shut down");
  // a record label and one who posts speak; a person holding a sign speaks
  EXPECT_EQ(only_speaker("\"She is resting and grateful for the love from her fans,\" her label said in a statement."), "her label");
  EXPECT_EQ(only_speaker("\"This is clearly fake,\" the original poster said in a follow-up comment."), "the original poster");
  EXPECT_EQ(only_speaker("Thousands marched. A protester holding a sign said: \"We are not going away until they listen.\""),
            "A protester");
  EXPECT_EQ(only_speaker("Outside the court, a woman with a placard said: \"Justice for Sarah. That is all we want.\""),
            "a woman with a placard");
  // a whole utterance in an aside between dashes stays direct
  Document dash = extract("Her reply was immediate -- \"not a chance,\" she told the BBC -- and the interview ended soon after.");
  ASSERT_EQ(dash.quotes.size(), 1u);
  EXPECT_EQ(dash.quotes[0].kind, Kind::direct);
  // titles that share their first letters are two roles
  EXPECT_EQ(last_speaker("Sheikh Ahmed Khan, the imam of the mosque, led the prayers. Omar Khan, the county sheriff, said deputies "
                         "would patrol the area. Omar Khan has been sheriff since 2019.\n\n\"We will keep everyone safe,\" Sheriff "
                         "Khan said."),
            "Omar Khan");
  // an interrupted report whose second piece is a clause, whatever its verb
  EXPECT_EQ(last_speaker("In Gaza, a health ministry official said, more than 200 people remain missing."), "a health ministry official");
  EXPECT_EQ(last_speaker("Before the war, the ambassador said, a loaf of bread cost five cents."), "the ambassador");
  // an object and the clause that describes it before a colon is no report
  EXPECT_EQ(extract("The surgeon came out at midnight and said the words every parent dreads: \"We did everything we could.\"")
                .quotes.size(),
            1u);
  // "her report" of another than the subject keeps its cue
  Document rep = extract("Sue Gray's inquiry was published on Wednesday. Labour MPs pointed to one line in her report: \"There were "
                         "failures of leadership.\"");
  ASSERT_EQ(rep.quotes.size(), 1u);
  EXPECT_EQ(cue(&rep.quotes[0]), "report");
  // a title of "of the" whose run of names ends at "of" is no person's
  EXPECT_NE(only_speaker("Chairman of the Joint Chiefs of Staff Gen. Mark Milley said the withdrawal had been \"a strategic "
                         "failure.\""),
            "Chiefs");
  // "told the judge she" is the subject's pronoun
  EXPECT_EQ(last_speaker("Sam Doyle told the judge she had seen the defendant in Leeds that weekend. Alex Kerr told the judge he had "
                         "been in Glasgow the whole time.\n\n\"I know what I saw,\" she said outside court."),
            "Sam Doyle");
  // a shout after its subject is the subject's words; a passive's name is a name
  EXPECT_EQ(extract("Protesters called \"Free Palestine\" as the minister's car left the building.").quotes.size(), 1u);
  // "the two" is the two named together, not the group that reported them
  EXPECT_NE(last_speaker("Police said Jamal Green shot Tyrone Hayes and Marcus Webb outside a bar. The two said they did not know the "
                         "gunman."),
            "Police");
  // "the first" that a verb's -s form follows is its subject
  EXPECT_EQ(first_words("Two polls were published on Sunday. Pollster John Curtice said the first shows Labour 20 points ahead."),
            "the first shows Labour 20 points ahead");
}

// A verb's object that a cue's form looks like is no report, and "called on" names the one told
// what to do, as "urged" does
TEST(Reported, ObjectsAndTheOneCalledOn) {
  // a cue's -s form as the object's plural noun, a cue's base form after a preposition
  EXPECT_EQ(first_words("The mayor answered a few questions by email on Friday. She did not take calls."), "(none)");
  EXPECT_EQ(first_words("The mayor answered questions by email on Friday."), "(none)");
  EXPECT_EQ(first_words("He said reports of a deal were wrong."), "reports of a deal were wrong");
  // (a gerund after its preposition still counts, and an aside in parentheses is not counted)
  EXPECT_EQ(first_words("She said his frequent invocation of his rural state of Vermont in defending his past votes (though he does "
                        "currently support an amendment) doesn't fly."),
            "his frequent invocation of his rural state of Vermont in defending his past votes (though he does currently support "
            "an amendment) doesn't fly");
  // "called on": the infinitive is reported, the one called on is spoken to
  Document d = extract("On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the crisis.",
                       bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Bernie Sanders");
  EXPECT_EQ(d.quotes[0].cue->text, "called on");
  EXPECT_EQ(first_words("On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the crisis."),
            "to resign over the crisis");
  EXPECT_EQ(first_words("The union called on members to strike on Monday."), "to strike on Monday");
  EXPECT_EQ(first_words("She released her returns and called on Sanders and Donald Trump to do the same."), "to do the same");
  // (an adverb may split the infinitive; a noun of the speaker lists before a determiner is its verb)
  EXPECT_EQ(first_words("The newspaper called on Democrat candidate Hillary Clinton to at least do something."), "to at least do something");
  EXPECT_EQ(first_words("The union urged members to quickly return to work."), "to quickly return to work");
  // (an instruction is words too: the quoted ones are the one who instructed's)
  Document i = extract("Emails show Ruskin instructed a subordinate to \"keep it running through harvest\" despite the corrosion.");
  ASSERT_EQ(i.quotes.size(), 1u);
  EXPECT_EQ(i.quotes[0].speaker, "Ruskin");
  EXPECT_EQ(i.quotes[0].cue->text, "instructed");
  EXPECT_EQ(first_words("The lawsuit is calling on the court to review the polling location plan."),
            "to review the polling location plan");
  EXPECT_EQ(first_words("She spoke to police the next day."), "(none)");
  // PolNeAR's reading keeps the one called on, with the noun a place's name describes
  EXPECT_EQ(first_words("The newspaper called on Trump to get his act together or drop out.", all_attributions()),
            "Trump to get his act together or drop out");
  EXPECT_EQ(first_words("Fallon urged the Vermont senator to take back his words.", all_attributions()),
            "the Vermont senator to take back his words");
  EXPECT_EQ(first_words("Gordon Humphrey told POLITICO he'll work full-time to help encourage delegates to rebel.", all_attributions()),
            "he'll work full-time to help encourage delegates to rebel");
}

// Words on a sign are no one's in the default reading, reported or quoted, whatever capital its
// noun has and however far a preposition's phrase cut the subject
TEST(Reported, WordsOnASignAreNoOnesReport) {
  EXPECT_TRUE(extract("A handwritten sign on the door said the shop was closed until Monday.").quotes.empty());
  EXPECT_TRUE(extract("Signs said the park would close at dusk.").quotes.empty());
  EXPECT_TRUE(extract("Her T-shirt said \"Ask Me About My Tomatoes,\" and she wore it every day.").quotes.empty());
  EXPECT_TRUE(extract("By 10:15 a handwritten sign on her register read \"Cash Only Today!\"").quotes.empty());
  EXPECT_TRUE(extract("A badge on his jacket said \"Ask me anything.\"").quotes.empty());
  EXPECT_TRUE(extract("Her hat read \"Make Farming Great Again.\"").quotes.empty());
  // (not a notice or a label, which a body issues: "The label said in a statement …")
  EXPECT_EQ(only_speaker("The label said in a statement that the album was delayed."), "The label");
  // (a name is a person's: Banner)
  EXPECT_EQ(only_speaker("\"Closed,\" Banner said."), "Banner");
  // (PolNeAR's reading gives the sign its words)
  EXPECT_EQ(extract("A handwritten sign on the door said the shop was closed until Monday.", all_attributions()).quotes.size(), 1u);
}

// An adverb of the adjective before the head is the phrase's, not the end of it
TEST(Speakers, AnAdverbOfTheAdjectiveBeforeTheHead) {
  EXPECT_EQ(only_speaker("\"We are out of time,\" said the town's newly elected mayor, Constance Wrexham."), "Constance Wrexham");
  EXPECT_EQ(first_mention("\"No,\" said the newly appointed director."), "the newly appointed director");
  EXPECT_EQ(first_mention("\"No,\" said his wife quietly."), "his wife");
}

// A title after "of" and a person's noun is no one's words, and the words after it go on being
// the speaker's before it
TEST(Quotes, ATitleOfARolesNounAndTheWordsAfterIt) {
  Document d = extract("Comedian Dashiell Okoye-Price, the host of \"Late Hours,\" said he would leave the show.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  Document t = extract("\"It took years,\" said Tara Westover, the author of \"Educated,\" a memoir.\n\n\"It was hard to write.\"");
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[1].speaker, "Tara Westover");
  Document r = extract("\"It's not that we don't want to, it's that we can't,\" Rubio said on ABC's \"This Week.\" \"Because there's no "
                       "way to check.\"");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[1].speaker, "Rubio");
  // (lower-case words after "of" are no title: 'a betrayal of "the working man"' is still quoted)
  EXPECT_EQ(extract("Critics called the plan a betrayal of \"the working man,\" and voters agreed.").quotes.size(), 1u);
}

// A document with "a" after a thing's cue, a name between commas before the cue, is the cue's
// object: no report of the clause before
TEST(Reported, AStatementReadByANamedPersonIsNoInvertedReport) {
  EXPECT_TRUE(extract("Before the sentence was imposed, Owen's mother, Lorraine Haskett, read a statement to the court.").quotes.empty());
  EXPECT_EQ(only_speaker("The company will close its plant, read the statement."), "the statement");
}

// "said A, but that B" reports B too, and "and that" before a pronoun such as "nobody" opens a
// clause: one report of both, one record
TEST(Reported, ButThatAndThatNobodyOpenTheReportsSecondClause) {
  EXPECT_EQ(first_words("Judge Ann Cole said she had considered his plea, but that the sentence had to reflect the loss of a life."),
            "she had considered his plea, but that the sentence had to reflect the loss of a life");
  EXPECT_EQ(first_words("Dan Okoro said officers had evacuated 27 people and that nobody had been hurt."),
            "officers had evacuated 27 people and that nobody had been hurt");
  // (not "but that" as a pronoun: "but that was not enough")
  EXPECT_EQ(first_words("She said the plan was good, but that was not enough for voters."), "the plan was good");
}

// A few words that finish a partial's clause before "and that"; a passive "when asked" in the
// previous words' sentence; a quoted participle's object
TEST(Reported, AndThatAfterThePartialsClauseAndWhenAsked) {
  Document d = extract("Riverside General said in a statement that it was \"deeply disappointed\" by the union's decision and that it "
                       "had contracted replacement nurses.",
                       bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Riverside General");
  // (or a clause of time that finishes it, a comma before "and that")
  Document w = extract("Crown prosecutor Alana Dresch said Obadiah \"was walking back to his car\" when he was attacked, and that the footage "
                       "shows him with his back to Vasko.");
  ASSERT_EQ(w.quotes.size(), 2u);
  EXPECT_EQ(w.quotes[1].text, "the footage shows him with his back to Vasko");
  EXPECT_EQ(w.quotes[1].speaker, "Alana Dresch");
  EXPECT_EQ(last_speaker("\"She's the best player in the world right now. Everyone knows that,\" Brandt said when asked about Tanaka. "
                         "\"But I've lost to her four times.\""),
            "Brandt");
  Document c = extract("He said the Ledger was \"cherry-picking\" messages to build \"a false narrative\" about his office.");
  ASSERT_EQ(c.quotes.size(), 2u);
  ASSERT_TRUE(c.quotes[1].cue.has_value());
  EXPECT_EQ(c.quotes[1].cue->text, "said");
}

// "He" or "she" opening the sentence before a paragraph of quoted words alone, the last of its
// paragraph, is their speaker
TEST(Sieves, APronounThatOpensTheSentenceBeforeTheWords) {
  EXPECT_EQ(last_speaker("Lorraine Haskett read a statement to the court. She held a photograph of her son.\n\n\"Owen was the kind of "
                         "boy who stopped for every stray dog.\""),
            "Lorraine Haskett");
  EXPECT_EQ(last_speaker("Frank Oduya came to Dunholme from Lagos in 1974. He is 78 and lives in the house he bought in 1979.\n\n\"The "
                         "first winter I thought I would die of the cold.\""),
            "Frank Oduya");
  // (not one in another's paragraph whose words another speaker tagged)
  EXPECT_EQ(last_speaker("\"We won,\" said Ana Ruiz.\n\nTom Vance lost. He conceded on Monday.\n\n\"It was close.\""), "Tom Vance");
  // (after a paragraph of the same person's words: the paragraph about them goes on with them)
  EXPECT_EQ(last_speaker("\"This is about safety,\" union organiser Petra Lund says.\n\nLund, 44, speaks quietly. She has worked the cranes "
                         "for 19 years.\n\n\"Nobody upstairs has ever driven one of those machines.\""),
            "Petra Lund");
}

// A verb of a relative clause on the speaker between the two halves of an interrupted quote is
// no cue of the second half's
TEST(Sieves, ARelativeClausesVerbBetweenTheHalvesOfAQuote) {
  Document d = extract("\"There is a limit,\" said Ambassador Theodora Kaczmarek, who has spent four decades negotiating fisheries "
                       "treaties and rarely speaks on the record, \"and we have reached it.\"");
  for (const Quote& q : d.quotes) {
    EXPECT_EQ(q.speaker, "Theodora Kaczmarek");
    ASSERT_TRUE(q.cue.has_value());
    EXPECT_EQ(q.cue->text, "said");
  }
}

// The one asked: past a role's words before the name, or the name after a role and its comma;
// the answer in the next paragraph is theirs
TEST(Sieves, TheOneAskedPastARolesWords) {
  EXPECT_EQ(last_speaker("\"Will the line be fixed by Monday?\" rider Penelope Ashcombe asked transit spokesman Oscar Reyes-Larkin.\n\n"
                         "\"That is the plan.\""),
            "Oscar Reyes-Larkin");
  EXPECT_EQ(last_speaker("\"You were the last to see him?\" Detective Ulrike Strom asked the bartender, Ciaran Mulvey.\n\n\"I poured "
                         "his last drink.\""),
            "Ciaran Mulvey");
  Document d = extract("\"Did you lock the gate?\" Esperanza Marwick asked her husband, Florian.\n\n\"I thought you did.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "Florian");
  EXPECT_EQ(d.quotes[1].speaker, "Florian");
}

// A witness's questioner: the owner of "cross-examination", or the name in the phrase after
// "questioning by" before its comma; a one-word answer is an answer
TEST(Sieves, AQuestionersCrossExaminationAndOneWordAnswers) {
  const std::string text =
      "Under questioning by prosecutors on Tuesday, Penrose said Tarrant had directed him.\n\nQuimby's cross-examination of Penrose "
      "was aimed squarely at his credibility.\n\nQ. Mr. Penrose, you signed every invoice, correct?\n\nA. I approved them, yes.\n\nQ. "
      "Did you ever ask to see the work?\n\nA. No.";
  Document d = extract("Defense attorney Harold Quimby questioned Douglas Penrose, the witness, about Simone Tarrant.\n\n" + text);
  std::vector<std::string> speakers;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::direct) speakers.push_back(q.speaker);
  ASSERT_EQ(speakers.size(), 4u);
  EXPECT_EQ(speakers[0], "Harold Quimby");
  EXPECT_EQ(speakers[1], "Douglas Penrose");
  EXPECT_EQ(speakers[2], "Harold Quimby");
  EXPECT_EQ(speakers[3], "Douglas Penrose");
}

// The sixteenth review's cases: constructions the round's rules misfired on, each mended
TEST(Review16, TheRulesOfTheRoundMustNotMisfire) {
  // "he" or "she" before a quote-alone paragraph: not after another's words, nor of one the
  // paragraph does not open with
  EXPECT_NE(last_speaker("\"We did everything we could,\" said Dr. Ann Roe.\n\nThe patient, Tom Park, was 54. He died Tuesday.\n\n\"His "
                         "family was with him at the end.\""),
            "Tom Park");
  EXPECT_NE(last_speaker("Detectives arrested Tom Park on Friday. He is being held without bail.\n\n\"We believe he acted alone.\""),
            "Tom Park");
  EXPECT_NE(last_speaker("Ann Lee asked the landlord, Carl Dorsey, to fix the heat. He refused.\n\n\"I had to buy space heaters for my "
                         "kids.\""),
            "Carl Dorsey");
  // a relative clause with a subject and a report of its own between an interrupted quote's halves
  EXPECT_EQ(last_speaker("\"We are not leaving,\" said Ann Lee, whose husband, Tom Lee, added, \"This is our home.\""), "Tom Lee");
  Document ruiz = extract("\"It was a mistake,\" said Ruiz, who told reporters, \"I take full responsibility.\"");
  ASSERT_EQ(ruiz.quotes.size(), 2u);
  EXPECT_EQ(ruiz.quotes[1].cue->text, "told");
  // "named" in a relative clause about another
  EXPECT_EQ(only_speaker("The boy, who was playing with a dog named Max, said he saw a flash."), "The boy");
  // "the former"/"the latter" of people, not places or parties
  EXPECT_EQ(last_speaker("Ann Lee flew from Paris to meet Tom Park in Berlin. The latter said the talks had been productive."), "Tom Park");
  EXPECT_EQ(last_speaker("Ann Lee met Tom Park, a Republican, on Tuesday. The latter said the meeting was productive."), "Tom Park");
  EXPECT_EQ(last_speaker("Ann Lee replaced Tom Park at the Pentagon. The former said the transition had been smooth."), "Ann Lee");
  // a surname like a sign's noun is a person's
  EXPECT_EQ(only_speaker("Banner said the hospital had hired 40 new nurses since January."), "Banner");
  // a role of no list: not one of another modifier, and the nearer holder of the same role
  EXPECT_NE(last_speaker("Dr. Ann Roe, the county's chief medical examiner, ruled the death a homicide, but the state medical examiner "
                         "said the evidence was inconclusive."),
            "Ann Roe");
  EXPECT_NE(last_speaker("Ivo Lindahl, a cameraman, was injured. Later, cameraman Tom Ruiz arrived at the scene. \"It was chaos,\" the "
                         "cameraman said."),
            "Ivo Lindahl");
  // a title-case quote after "of" and a noun of no work is words said
  EXPECT_EQ(extract("He called himself a victim of \"A Rigged System.\"").quotes.size(), 1u);
  // "According to Doe, she told rescuers" is another's words
  EXPECT_EQ(last_speaker("Maria Soto was pulled from the car by Jane Doe, a nurse. According to Doe, she told rescuers, \"I can't feel my "
                         "legs.\""),
            "Maria Soto");
  // "when asked" passes only to the words right after it
  EXPECT_NE(last_speaker("\"It's over,\" Brandt said when asked about the merger. Tanaka, the rival bidder, disagreed. \"It is far from "
                         "over.\""),
            "Brandt");
  // "called on" sets the one called on as addressee, past a determiner's nouns
  Document snyder = extract("Michigan Democrats on Tuesday called on Gov. Rick Snyder (R) to resign over the Flint water crisis.");
  ASSERT_EQ(snyder.quotes.size(), 1u);
  ASSERT_EQ(snyder.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(snyder.quotes[0].addressees[0], "Rick Snyder");
  EXPECT_EQ(first_words("The union called on the city council to immediately reopen talks."), "to immediately reopen talks");
  // a name that ends the sentence after "dub"
  EXPECT_TRUE(extract("Engineers dubbed the prototype \"Gertrude.\"").quotes.empty());
}

// An aside of the reported clause's subject that opens with a negation is no verb of its own
TEST(Reported, AnAsideThatOpensWithNot) {
  EXPECT_EQ(first_words("Chief Loretta Banks said a cellphone, not a weapon, was later recovered from the console."),
            "a cellphone, not a weapon, was later recovered from the console");
}

// "and" and a participle of saying with its own clause after a partial's quotation is a report
// of its own, the participle its cue
TEST(Reported, AParticiplesClauseAfterAPartial) {
  Document d = extract("Owen Lindqvist praised the deal, calling it \"strategically obvious\" and adding that rivals would now come under "
                       "pressure.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[1].text, "rivals would now come under pressure");
  EXPECT_EQ(d.quotes[1].cue->text, "adding");
  EXPECT_EQ(d.quotes[1].speaker, "Owen Lindqvist");
}

// After a cue, a phrase and the name after its comma, with the place or body the name is of
TEST(Speakers, ANameAfterAPhrasesCommaAndWhatItIsOf) {
  EXPECT_EQ(only_speaker("\"It makes sense,\" said another analyst, Owen Lindqvist of Harrow Securities."), "Owen Lindqvist");
  EXPECT_EQ(first_mention("\"It makes sense,\" said another analyst, Owen Lindqvist of Harrow Securities."),
            "another analyst, Owen Lindqvist of Harrow Securities");
}

// The sentence after a whole utterance that names its speaker: "So says X", "That was how X
// summed up …" (a phrase of saying whose first word is a past)
TEST(Sieves, SoSaysAndThatWasHowAfterTheWords) {
  EXPECT_EQ(only_speaker("\"Bread is the oldest technology we have.\" So says Ottoline Brightwell, a baker in Leeds."),
            "Ottoline Brightwell");
  EXPECT_EQ(only_speaker("\"It was a circus.\" That was how Alderman Gustavo Petrakis summed up the process."), "Gustavo Petrakis");
}

// "In his words:" before the words, as "In his words,"
TEST(Sieves, InHisWordsAndAColon) {
  EXPECT_EQ(last_speaker("Asked about it, Lee was blunt. In his words: \"We are done with half measures.\""), "Lee");
}

// The second review's cases of the round's later rules, each mended
TEST(Review16, TheLaterRulesMustNotMisfire) {
  // the owner of "cross-examination" asks only with "of" and the witness after it
  Document w = extract("During Penrose's cross-examination, prosecutor Ellen Quimby pressed him on the timeline.\n\nQ. Did you see "
                       "the car?\n\nA. No.");
  for (const Quote& q : w.quotes) EXPECT_NE(q.speaker, "Ellen Quimby");
  // "he" may be a surname after "near", or a person after a nation's word and "the"
  EXPECT_EQ(last_speaker("The blast happened near Kowalski, who was unhurt. \"I was lucky,\" he said."), "Kowalski");
  EXPECT_NE(last_speaker("The Frenchman Mbappe scored twice. \"It was a special night,\" he said."), "");
  // "it" in the first person after a document's report of another thing's is not the document's
  EXPECT_NE(last_speaker("The report said the tanker had broadcast a distress call.\n\n\"We are taking on water,\" it said."),
            "The report");
  // an impersonal "it" of a passive is no one's
  EXPECT_EQ(last_speaker("The magazine said the minister would resign on Friday. It was later reported that he had changed his mind."),
            "");
  // "of" and a name after a name of one word is no person's place: "Mothers of the Disappeared"
  EXPECT_NE(only_speaker("\"We still do not know where our sons are,\" said another group, Mothers of the Disappeared."), "Mothers");
}

// The owner of "cross-examination" with no "of" asks when the sentence's other person is the one
// the text calls the witness
TEST(Sieves, ACrossExaminationsOwnerAndTheWitness) {
  Document d = extract("Defense attorney Harold Quimby rose at noon. The witness, Douglas Penrose, 58, testified for the prosecution.\n\n"
                       "Quimby's cross-examination was aimed squarely at Penrose's credibility.\n\nQ. You signed every invoice?\n\nA. I "
                       "approved them.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Harold Quimby");
  EXPECT_EQ(d.quotes[1].speaker, "Douglas Penrose");
}

// Quoted words that nothing attributes (a scare quote, a term) in a sentence that reports: the
// sentence is read as the writer's, its report found; the quoted words are no one's
TEST(Indirect, AScareQuoteOutsideTheReportDoesNotHideIt) {
  for (const char* text : {"Under the \"new\" rules, the Harbor Trust said that fees would rise.",
                           "The Harbor Trust, a \"charity,\" said that fees would rise."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].kind, Kind::indirect) << text;
    EXPECT_EQ(d.quotes[0].text, "fees would rise") << text;
    EXPECT_EQ(d.quotes[0].speaker, "Harbor Trust") << text;
  }
  // (a cue that reports a clause of its own after its subject does not report the quoted words
  // before it)
  Document lopez = extract("After a \"tough\" year, Maria Lopez said the firm would cut jobs.");
  ASSERT_EQ(lopez.quotes.size(), 1u);
  EXPECT_EQ(lopez.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(lopez.quotes[0].text, "the firm would cut jobs");
  // (but a participle of saying that opens the sentence reports them for its subject)
  Document cite = extract("Citing \"obligations in Tennessee,\" the spokeswoman told reporters that Gore would skip the convention.");
  ASSERT_EQ(cite.quotes.size(), 2u);
  EXPECT_EQ(cite.quotes[0].kind, Kind::partial);
  EXPECT_EQ(cite.quotes[0].cue->text, "Citing");
  EXPECT_EQ(cite.quotes[1].text, "Gore would skip the convention");
  // quoted words inside the report stay a partial quote of it, and an inverted cue after quoted
  // words with a comma inside the marks is still theirs
  Document inside = extract("Fees will rise under the \"new\" rules, the Harbor Trust said.");
  ASSERT_EQ(inside.quotes.size(), 2u);  // (and the clause)
  ASSERT_NE(of_kind(inside, Kind::partial), nullptr);
  EXPECT_EQ(of_kind(inside, Kind::partial)->text, "new");
  Document raw = extract("This is a \"raw time,\" said Democratic strategist David Axelrod, a longtime ally.");
  ASSERT_EQ(raw.quotes.size(), 1u);
  EXPECT_EQ(raw.quotes[0].speaker, "David Axelrod");
  // (a report that holds the quoted words leaves the sentence as it was: nothing from a clause
  // the quote sieves did not read)
  Document both = extract("The foundation did not want to address \"that person,\" telling Fox 35 that the group is focused on \"ending "
                          "senseless gun violence.\"");
  for (const Quote& q : both.quotes) EXPECT_NE(q.speaker, "that person");
}

// Verbs of taking or leaving a turn (began, resumed, broke in, trailed off) are cues right after
// the words, as gestures are; not after a title's words with no mark of their own
TEST(Sieves, VerbsOfTakingATurn) {
  EXPECT_EQ(last_speaker("\"If the dam goes—\" began engineer Percival Mbalula-Crane, before the chairman cut him off."),
            "Percival Mbalula-Crane");
  EXPECT_EQ(last_speaker("\"The river has risen faster than anyone expected,\" resumed Percival Mbalula-Crane."), "Percival Mbalula-Crane");
  EXPECT_EQ(last_speaker("\"Not now,\" broke in the chairman, Hollis Grady."), "Hollis Grady");
  Document off = extract("Ann Lee looked at the floor. \"I just thought—\" she trailed off.");
  ASSERT_EQ(off.quotes.size(), 1u);
  EXPECT_EQ(off.quotes[0].cue->text, "trailed off");
  EXPECT_TRUE(extract("\"Hamilton\" began its run in 2015.").quotes.empty());
}

// A cue whose present is as a rule a noun ("states") is a verb after its subject and an aside
// between commas
TEST(Indirect, StatesAfterAnAside) {
  EXPECT_EQ(only_speaker("Kowal, a recruiter, states that the market is cooling."), "Kowal");
  Document memo = extract("An internal memo from Galloway Freight, seen by the Herald, states that drivers must not report delays.");
  ASSERT_EQ(memo.quotes.size(), 1u);
  EXPECT_EQ(memo.quotes[0].text, "drivers must not report delays");
  EXPECT_EQ(only_speaker("In other states, officials said the vote was delayed."), "officials");
}

// Words alone after a sentence that puts a question to a person named are that person's answer;
// not after a request
TEST(Sieves, AnAnswerAfterAQuestionPutToSomeone) {
  EXPECT_EQ(last_speaker("A reporter asked coach Hennessy Ogbuagu whether he feared for his job. \"No. Next question.\""),
            "Hennessy Ogbuagu");
  EXPECT_EQ(last_speaker("Reporters asked Hennessy Ogbuagu about his job. \"I am not worried at all.\""), "Hennessy Ogbuagu");
  EXPECT_EQ(last_speaker("The judge asked Tom Park why he ran.\n\n\"I was scared.\""), "Tom Park");
  EXPECT_EQ(last_speaker("Ann Lee asked Tom Park to stay. \"We need you here.\""), "Ann Lee");
}

// Words with a lead-in of their own that end their sentence are not a new sentence's subject's
// ('someone shouted, "…!" The crowd cheered'); "someone" and "somebody" stand alone as speakers
TEST(Sieves, ALeadInBeforeWordsThatEndTheirSentence) {
  Document d = extract("From the back of the room, someone shouted, \"Then cut your salary!\" The crowd cheered, and board president "
                       "Karen Whitlow banged her gavel.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].cue->text, "shouted");
  EXPECT_EQ(d.quotes[0].speaker_mention->text, "someone");
  EXPECT_EQ(last_speaker("A man near the front yelled, \"Sit down, Greg!\" Greg Tanner did not respond."), "A man near the front");
  EXPECT_EQ(last_speaker("\"Shame!\" somebody yelled."), "somebody");
  // (a trailing cue after the words still tells who said them)
  EXPECT_EQ(last_speaker("\"Then cut your salary!\" the man shouted."), "the man");
}

// A state after a place a preposition governs is the place's, no speaker ("in Austin, Texas,")
TEST(Speakers, AStateAfterAPlaceIsNoSpeaker) {
  EXPECT_EQ(only_speaker("Tomás Reyna, who runs a small studio in Austin, Texas, that makes fitness apps, said he had been testing the "
                         "glasses."),
            "Tomás Reyna");
  EXPECT_EQ(only_speaker("The mayor of Austin, Texas, said the city would appeal."), "The mayor of Austin, Texas");
  EXPECT_EQ(only_speaker("Donna Rawlings, a retiree from Hagerstown, Md., said she would vote."), "Donna Rawlings");
  // (a person's name after a place and its comma is the speaker)
  EXPECT_EQ(only_speaker("His former editor at Faber, Ruth Kaplan, said she had read the manuscript."), "Ruth Kaplan");
  EXPECT_EQ(only_speaker("A community leader in Igbogila, Chief Rasaki Alade, told reporters the herders had left."), "Rasaki Alade");
}

// Forms of verbs of saying that describe a noun report nothing: "rail" before a noun, a past form
// after an owner's possessive
TEST(Indirect, AVerbsFormThatDescribesANoun) {
  EXPECT_TRUE(extract("All Cumbrian Coast rail services cancelled until at least 3pm.").quotes.empty());
  EXPECT_TRUE(extract("Most rail services were cancelled.").quotes.empty());
  EXPECT_TRUE(extract("The company's proposed merger with Dutch rival Koelvracht collapsed.").quotes.empty());
  EXPECT_EQ(only_speaker("Critics rail that the plan is unfair."), "Critics");
  EXPECT_EQ(only_speaker("Tom Becker's claim that the budget was balanced drew laughter."), "Tom Becker");
}

// A reported clause that runs into quoted words a verb of its own took goes on to its end, not
// past a comma inside the marks nor past "and" and the speaker's next verb
TEST(Indirect, AClauseGoesOnPastQuotedWordsItsOwnVerbTook) {
  Document d = extract("Ann Lee said she had spoken to the chief executive on Thursday and had asked for a \"clear timetable\" for the "
                       "return of the vessel.");
  bool whole = false;
  for (const Quote& q : d.quotes)
    whole = whole || (q.kind == Kind::indirect && q.text.ends_with("for the return of the vessel"));
  EXPECT_TRUE(whole);
  Document cruz = extract("Ted Cruz said he would fight what he calls the \"Washington cartel\" and cast himself as an outsider.");
  for (const Quote& q : cruz.quotes) EXPECT_EQ(q.text.find("outsider"), std::string::npos) << q.text;
}

// The question put before a colon's lead-in is not its speaker's phrase, and "she" is no name of
// a programme an owner's possessive and a noun of works hold
TEST(Sieves, AQuestionPutBeforeAColonAndAProgrammesName) {
  EXPECT_EQ(last_speaker("Asked whether the club already had a replacement lined up, Joyce Harkaway smiled: \"You'll have to wait and "
                         "see.\""),
            "Joyce Harkaway");
  EXPECT_EQ(last_speaker("Eilidh MacCorquodale runs the island shop. Speaking to BBC Radio Scotland's Morning Call programme, she said: "
                         "\"People have missed hospital appointments.\""),
            "Eilidh MacCorquodale");
}

// A trailing "X told customers in an email on Thursday": the ones told, a plural's noun or one
// after a determiner or an owner, and phrases of how and when after them
TEST(Indirect, ATrailingCueWithThoseToldAndHowAndWhen) {
  EXPECT_EQ(only_speaker("The service will stop accepting uploads on May 1, the company told customers in an email on Thursday."),
            "the company");
  EXPECT_EQ(only_speaker("The plant will close in June, the firm told its employees in a memo on Monday."), "the firm");
}

// A document's source after "from" ends before a relative clause with no comma; "promoter" is a
// speaker's noun, and one before a name describes it
TEST(Speakers, ADocumentsSourceAndAPromoter) {
  EXPECT_EQ(only_speaker("The shows are cancelled, according to a letter from the insurer that the board shared with the Gazette."),
            "the insurer");
  EXPECT_EQ(only_speaker("Promoter Live Harbor said in a statement that the tour was off."), "Live Harbor");
  EXPECT_EQ(only_speaker("A spokesperson for the tour promoter, Crestline Live, said all dates would go ahead as planned."),
            "A spokesperson for the tour promoter");
}

// Words alone after a sentence of the writer's whose subject is a person named past an opening
// phrase, words of a role before the name or a role and its owner
TEST(Sieves, ThePreviousSentencesSubjectPastOpeningsAndRoles) {
  EXPECT_EQ(last_speaker("Its author, Cornelius Fenwright-Adjei, did not mince words. \"Nobody checked the numbers.\""),
            "Cornelius Fenwright-Adjei");
  EXPECT_EQ(last_speaker("Retired judge Amarantha Delacroix-Mensah looked back on her career. \"I never once regretted it.\""),
            "Amarantha Delacroix-Mensah");
  EXPECT_EQ(last_speaker("Speaking to the Herald, Ignacio Wetherell-Ansah described the moment the wave hit. \"It was like a wall of "
                         "brown water.\""),
            "Ignacio Wetherell-Ansah");
  EXPECT_EQ(last_speaker("Asked about the delay, Transport Secretary Wendeline Strickhouse was unapologetic.\n\n\"Safety comes first.\""),
            "Wendeline Strickhouse");
  // (and a new person so brought in ends the run of the one before)
  EXPECT_EQ(last_speaker("Firefighter Leontyne Abernathy-Soto was first through the door. \"The smoke was so thick.\" Her colleague "
                         "Bartholomew Kwiatek arrived minutes later. \"By then the roof was already going.\""),
            "Bartholomew Kwiatek");
}

// The subject of a verb after "and" and a phrase of when; a role's noun and the name right after
// it are the person; an interpreter can speak
TEST(Indirect, ASecondVerbAfterAPhraseOfWhenAndARolesName) {
  EXPECT_EQ(only_speaker("The interpreter paused several times and at one point told the judge that she was unsure of a word."),
            "The interpreter");
  EXPECT_EQ(only_speaker("The mayor visited the site and on Tuesday told reporters that the plant would close."), "The mayor");
  EXPECT_EQ(only_speaker("Political observers in Virginia and around the country say the race is close."),
            "Political observers in Virginia and around the country");
  EXPECT_EQ(only_speaker("The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but wrote that she agreed with him."),
            "Ruth Marcus");
}

// A cue between commas after a time with its own "that" past an adverb reports the clause after
// "that"; a time after an inverted cue's phrase and its comma is the writer's
TEST(Indirect, ACueBetweenCommasWithItsOwnThatOrATimeAfter) {
  Document d = extract("A few minutes later, she added, quietly, that she had been having panic attacks since the spring.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she had been having panic attacks since the spring");
  Document t = extract("The airline grounded 24 of its planes, officials said Tuesday, weeks after one of its jets made an emergency "
                       "landing.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].text, "The airline grounded 24 of its planes");
}

// Titles of office before a name (Supervisor, Counsel) and a phrase's name between commas with
// the body the person is of
TEST(Speakers, MoreTitlesAndANameOfABodyBetweenCommas) {
  EXPECT_EQ(only_speaker("Calder County Supervisor Ellen Marsh said the fire was contained."), "Ellen Marsh");
  EXPECT_EQ(only_speaker("The government's lawyer, Assistant Chief Counsel Dennis Whalley, argued that the woman had not proved "
                         "persecution."),
            "Dennis Whalley");
  EXPECT_EQ(only_speaker("Another analyst, Rachel Oyelaran of Crestline Research, was more upbeat, arguing in a report that the "
                         "glasses would sell."),
            "Rachel Oyelaran");
}

// "called" or "named" and a name after a thing's noun names it, no report
TEST(Indirect, AThingCalledByItsName) {
  Document d = extract("Veridian unveiled a $1,299 device called Aperture that the company says can replace a smartphone.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.cue->text, "called");
  EXPECT_TRUE(extract("A new group called Black Votes Matter is trying to register voters.").quotes.empty());
}

// An interview's questions are the byline's writer's; a title after a noun of works may hold a
// comma before a capitalised word and end with its period
TEST(Sieves, AnInterviewsQuestionsAreTheBylinesWriters) {
  Document d = extract("The Interview: Tove Lindahl\n\nBy Rosa Mendel, Northern Table\n\nTove Lindahl runs a restaurant in Minneapolis, "
                       "and she has just published her first cookbook, \"Cold Hands, Warm Kitchen.\" This conversation has been edited "
                       "and condensed.\n\nQ: Who taught you to cook?\n\nA: My grandmother, mostly.\n\nQ: Do you still think of yourself "
                       "as a dishwasher?\n\nA: In some ways, yes.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[0].speaker, "Rosa Mendel");
  EXPECT_EQ(d.quotes[0].text, "Who taught you to cook?");
  EXPECT_EQ(d.quotes[1].speaker, "Tove Lindahl");
  EXPECT_EQ(d.quotes[2].speaker, "Rosa Mendel");
}

// A past form of a verb of naming or describing right after a thing's noun, the quoted words
// after it and the sentence's verb after them, describes the thing: no one's words
TEST(Sieves, AThingLabelledWithQuotedWords) {
  EXPECT_TRUE(extract("Cakes described as \"homemade\" came from a factory.").quotes.empty());
  EXPECT_TRUE(extract("Cartons labeled \"farm fresh\" were in fact shipped from a processing plant 900 miles away.").quotes.empty());
  // (between commas too, the comma inside the marks or after them)
  EXPECT_TRUE(extract("The campaign, called \"Stay at home\", ran for six weeks.").quotes.empty());
  EXPECT_TRUE(extract("The campaign, called \"Stay at home,\" ran for six weeks.").quotes.empty());
  // (a name in title case so given inside a reported clause is no one's words either)
  Document b = extract("She insisted that its investment programme, branded 'Clean Rivers 2030', was the largest in its history.");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(last_speaker("Officials described the plan as \"reckless\" and promised changes."), "Officials");
  EXPECT_EQ(last_speaker("Critics described the plan as \"reckless.\""), "Critics");
}

// Review of the round's rules: cases where they must not fire
TEST(Review17, TheRulesOfTheRoundMustNotMisfire) {
  // a person's surname after a place and its comma is the speaker; a state or a nation is not
  EXPECT_EQ(only_speaker("A teacher in Toledo, Hendricks, said the school was unsafe."), "Hendricks");
  EXPECT_EQ(only_speaker("A doctor in Antakya, Turkey, said the hospital was full."), "A doctor in Antakya, Turkey");
  // of two bodies whose names end with the noun, the one the sentence opens with
  EXPECT_EQ(last_speaker("The Health Ministry said it would investigate complaints raised by the Finance Ministry. The ministry said "
                         "results were expected within a month."),
            "Health Ministry");
  EXPECT_EQ(last_speaker("The Fire Service thanked the Ambulance Service for its help. The service said the blaze was under control."),
            "Fire Service");
  // a senator who asks goes on speaking
  EXPECT_EQ(last_speaker("Senator Dana Pruitt asked Secretary Hal Moore about the missing funds. \"Taxpayers deserve to know where that "
                         "money went.\""),
            "Dana Pruitt");
  // "states" after a phrase a preposition opens the sentence with, or a list of names, is a noun
  EXPECT_TRUE(extract("For Ruiz, a Democrat, states that ban abortion are a central campaign issue.").quotes.empty());
  EXPECT_TRUE(extract("Like Texas, Florida and Georgia, states that refused the expansion saw hospitals close.").quotes.empty());
  // "'s" as "has" before the clause reported
  EXPECT_EQ(only_speaker("The government's confirmed that the tax will rise."), "The government");
  // a gesture's form before no one, and with no subject before it, is no cue
  EXPECT_TRUE(extract("The question \"Who pays?\" started a fierce debate in the chamber.").quotes.empty());
  EXPECT_EQ(last_speaker("\"Read my lips!\" started a firestorm, Ann Cole recalled."), "Ann Cole");
}

// A phrase of when that opens the sentence with no comma is no part of the speaker's phrase
TEST(Speakers, APhraseOfWhenBeforeTheName) {
  Document d = extract("In the meantime Ann Lee waited. \"It was hard.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ann Lee");
  EXPECT_EQ(d.quotes[0].speaker_mention->text, "Ann Lee");
}

// Quoted words in a participle's phrase that opens the sentence are the main subject's, and the
// main clause's report is found too, past a role's words before the name
TEST(Indirect, QuotedWordsInAnOpeningParticiplesPhrase) {
  Document d = extract("Describing the deal as \"a betrayal,\" union leader Marco Ruiz said members would strike on Friday.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(d.quotes[0].speaker, "Marco Ruiz");
  EXPECT_EQ(d.quotes[1].text, "members would strike on Friday");
  Document c = extract("Citing \"family reasons,\" coach Lena Ortiz said she would step down at the end of the season.");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[1].speaker, "Lena Ortiz");
}

// The cue's own "that" after an adverb between commas, the first piece a phrase of when of no verb
TEST(Indirect, ACueBetweenCommasAfterAPhraseOfWhen) {
  Document d = extract("Later, she added, quietly, that she had been having panic attacks.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she had been having panic attacks");
  // (not "is that" after a subject: the whole clause in two pieces)
  Document b = extract("The only problem, Ms. Bigbee said, is that her daughter's pay is one-third less than her own.");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].text.substr(0, 16), "The only problem");
}

// An owner's noun of words as a lead-in, with what it is to and a question's mark for a colon
TEST(Sieves, AnOwnersNounOfWordsAsALeadIn) {
  EXPECT_EQ(last_speaker("Coach Elspeth Amundsen-Kofi's message to her players was clear: \"Nobody leaves this club in January.\""),
            "Elspeth Amundsen-Kofi");
  EXPECT_EQ(last_speaker("Maria Lopez has sold houses for 20 years. Her advice to first-time buyers? \"Never buy the first house you "
                         "see.\""),
            "Maria Lopez");
  EXPECT_EQ(last_speaker("Ann Lee owns a dog. Her name? \"Biscuit.\""), "");
}

// Words alone after a short paragraph whose second sentence brings a person in by name are theirs;
// not after a pronoun's sentence, nor a longer paragraph's last
TEST(Sieves, WordsAloneAfterAShortParagraphThatBringsSomeoneIn) {
  EXPECT_EQ(last_speaker("The audit was published on Tuesday. Its author, Cornelius Fenwright-Adjei, did not mince words.\n\n\"Nobody "
                         "checked the invoices. Nobody.\""),
            "Cornelius Fenwright-Adjei");
  EXPECT_EQ(last_speaker("Sanders named five people to the committee. Clinton named six. The party's treasurer, Ann Lee, chose four.\n\n"
                         "\"He should stay in until he gets everything.\""),
            "");
}

// Words alone after a sentence of a person's noun of words are that person's
TEST(Sieves, WordsAloneAfterAPersonsReaction) {
  EXPECT_EQ(last_speaker("Gisela Nakashima-Ford's reaction was immediate. \"This is the best news we've had all year.\""),
            "Gisela Nakashima-Ford");
  EXPECT_EQ(last_speaker("Gisela Nakashima-Ford's house was damaged. \"This is the worst storm we have seen.\""), "");
}

// "In X's view, CLAUSE": the clause is the view's owner's
TEST(Indirect, InSomeonesView) {
  Document d = extract("In Professor Lisandro Quattrocchi's view, the treaty is already dead.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Lisandro Quattrocchi");
  EXPECT_EQ(d.quotes[0].text, "the treaty is already dead");
  EXPECT_TRUE(extract("In the city's view, the plan is fine.").quotes.empty());
}

// The subject of a second verb is that of its clause after ", but" or ", and", not the sentence's
TEST(Indirect, ASecondVerbsSubjectInItsOwnClause) {
  EXPECT_EQ(last_speaker("Board member Greg Tanner voted yes. Tanner did not respond, but his wife, Alicia Tanner, turned and told the "
                         "man he should be ashamed of himself."),
            "Alicia Tanner");
  EXPECT_EQ(last_speaker("Democrats want more revenue, and Republicans want less revenue and suggest that lower rates would spur the "
                         "economy."),
            "Republicans");
}

// A title a name follows is part of the name, no noun of a phrase: "that Mr." is no speaker
TEST(Speakers, ATitleBeforeANameIsNoNounOfAPhrase) {
  for (const Quote& q : extract("The debate was so subdued that Mr. Trump was prompted to say, \"So far, I cannot believe how civil it has "
                                "been.\"")
                            .quotes)
    EXPECT_NE(q.speaker, "that Mr.");
}

TEST(IndirectSpeech, AccordingToAfterAClauseThatReportsItsOwn) {
  // "X said that CLAUSE, according to Y": Y's report holds X's, and X's is read too
  Document d = extract("About 40 rabbis have said that they plan to join the protest on Monday, according to an organizer.");
  ASSERT_EQ(d.quotes.size(), 2u);
  std::vector<std::string> speakers{d.quotes[0].speaker, d.quotes[1].speaker};
  std::sort(speakers.begin(), speakers.end());
  EXPECT_EQ(speakers, (std::vector<std::string>{"About 40 rabbis", "an organizer"}));
  for (const Quote& q : d.quotes) {
    if (q.speaker == "About 40 rabbis") {
      EXPECT_EQ(q.text, "they plan to join the protest on Monday");
    }
  }
  // a clause with no report of its own stays one record
  d = extract("The vote was delayed until Monday, according to an organizer.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "an organizer");
}

TEST(Interview, TheOneTheWriterAskedBeforeTheQuestionsAnswers) {
  EXPECT_EQ(last_speaker("We asked sculptor Tova Lindahl-Quaye about her process.\n\nQ: Where do you start?\nA: With the stone. "
                         "I wait.\n"),
            "Tova Lindahl-Quaye");
  EXPECT_EQ(last_speaker("I asked Tova Lindahl-Quaye about her process.\n\nQ: Where do you start?\n\nA: With the stone.\n"),
            "Tova Lindahl-Quaye");
  // (someone named asking: the one asked answers the turns after, the asker asks them)
  EXPECT_EQ(last_speaker("Mayor Dana Ruiz asked sculptor Tova Lindahl-Quaye about her process.\n\nQ: Where do you start?\n"
                         "A: With the stone.\n"),
            "Tova Lindahl-Quaye");
}

TEST(ColonSubject, ABarePluralSubjectOfALeadInSpeaks) {
  EXPECT_EQ(only_speaker("Police had a blunt warning: \"Stay indoors.\""), "Police");
  EXPECT_EQ(only_speaker("Residents had a message for the council: \"Fix the roads.\""), "Residents");
  EXPECT_EQ(only_speaker("The hospital had a message: \"Stay home.\""), "The hospital");
  // (a headline's label of a speaker's noun keeps its whole label)
  EXPECT_EQ(only_speaker("Police chief: 'We got it wrong' on Dunmore raid"), "Police chief");
  // a lead-in that gives a name gives no one's words
  EXPECT_TRUE(extract("Workers had a name for the loading bay: \"the Dead Zone.\"").quotes.empty());
}

TEST(ColonSubject, WordsALeadInSaysAreFromSomeoneAreTheirs) {
  EXPECT_EQ(only_speaker("Neighbors received a complaint from the landlord: \"Keep the noise down.\""), "the landlord");
  EXPECT_EQ(only_speaker("The mayor had a message from Governor Ann Price: \"Help is on the way.\""), "Ann Price");
  // (a time after the one they are from; a pronoun subject)
  EXPECT_EQ(only_speaker("Residents got a letter from the council on Friday: \"Bins will be collected weekly.\""), "the council");
  EXPECT_EQ(only_speaker("She read a statement from her lawyer: \"My client is innocent.\""), "her lawyer");
  // (not a place or a time after "from": the subject's)
  EXPECT_EQ(only_speaker("Police had a warning from the start: \"Stay away from the river.\""), "Police");
  // whatever the lead-in's verb, past a phrase of whom the words are for, a name after the role, a
  // place after the one they are from
  EXPECT_EQ(only_speaker("Staff found a note from their manager, Liam Ortiz, on Monday morning: \"Don't bother coming in.\""),
            "Liam Ortiz");
  EXPECT_EQ(only_speaker("Ben Ortiz shared a piece of advice from his late father: \"Never borrow what you cannot repay.\""),
            "his late father");
  EXPECT_EQ(only_speaker("There was also a message for the strikers from union leader Sam Okafor: \"Hold the line.\""), "Sam Okafor");
  EXPECT_EQ(only_speaker("Aid workers heard a plea from a mother in Gaza: \"Please, my children need water.\""), "a mother");
  EXPECT_EQ(only_speaker("Then a reply from the defence minister arrived: \"The claims are baseless.\""), "the defence minister");
  // (not the subject's own office)
  EXPECT_EQ(only_speaker("Councillor Ruth Abara issued a statement from her office on Friday: \"I will fight this.\""), "Ruth Abara");
  // the noun and its "from" the sentence's subject, whatever follows (its verb the cue); a relative
  // clause or a place after the one they are from
  EXPECT_EQ(only_speaker("A letter from the bishop was read aloud at Mass on Sunday: \"Be not afraid.\""), "the bishop");
  Document d = extract("A statement from the hospital where Senator Ann Webb is being treated said: \"She is resting comfortably.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "the hospital");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "said");
  EXPECT_EQ(only_speaker("Anna Ruiz keeps a postcard from her grandmother, who died in 1998: \"Be brave, little one.\""),
            "her grandmother");
  EXPECT_EQ(only_speaker("Dan Hollis read a letter from a constituent on the House floor: \"Please fix the roads.\""), "a constituent");
}

TEST(PreviousSentence, TheSubjectPastItsBodyOrRoleAndAPersonAForOpens) {
  // past the body the person is of
  EXPECT_EQ(last_speaker("Economists were divided. Hans Richter of Deutsche Bank expects a mild recession. \"The data point to "
                         "two quarters of contraction.\""),
            "Hans Richter");
  // a role whose first word is a cue's form, and a body's name before the role
  EXPECT_EQ(last_speaker("Press secretary Dana Whitfield took questions for an hour. \"The president has full confidence.\""),
            "Dana Whitfield");
  EXPECT_EQ(last_speaker("The White House press secretary, Dana Whitfield, took questions for an hour. \"The president has full "
                         "confidence in the secretary.\""),
            "Dana Whitfield");
  // "For" and a person's name opening the sentence: the one it is about
  EXPECT_EQ(last_speaker("For Kenji Watanabe, the decision was personal. \"My grandmother lived in that village.\""), "Kenji Watanabe");
  // (not with another person named in it, nor a body)
  EXPECT_EQ(last_speaker("For Kenji Watanabe, the decision by Mayor Ann Lee was personal. \"My grandmother lived there.\""), "");
  EXPECT_EQ(last_speaker("For Apple, the decision was easy. \"We sell phones.\""), "");
}

TEST(IndirectSpeech, AnOwnersNounOfReportInsideAnotherReportIsTheOwnersReport) {
  Document d = extract("The union rejected Halvorsen Steel's claim that the factory was losing money.");
  ASSERT_EQ(d.quotes.size(), 2u);
  bool owners = false;
  for (const Quote& q : d.quotes)
    if (q.speaker == "Halvorsen Steel") {
      owners = true;
      EXPECT_EQ(q.text, "the factory was losing money");
      ASSERT_TRUE(q.cue.has_value());
      EXPECT_EQ(q.cue->text, "claim");
    }
  EXPECT_TRUE(owners);
  // (the owner after a possessive determiner: "his rival's suggestion")
  EXPECT_EQ(last_speaker("Smith dismissed his rival's suggestion that taxes would rise."), "his rival");
  // (the speaker's own noun, "his message", is one report, the speaker's)
  EXPECT_EQ(extract("Trump highlighted his message that what the country needs is law and order.").quotes.size(), 1u);
  // ("it" after such a report is the outer report's thing, not the owner)
  EXPECT_EQ(last_speaker("The editorial noted Clinton's comment that she wanted to visit, but did not buy her argument.\n\n\"If the "
                         "president can visit, then surely she can do the same,\" it read."),
            "The editorial");
}

TEST(IndirectSpeech, ANameAndItsRelativeClauseBeforeAVerbAreItsSubjectNoReport) {
  EXPECT_TRUE(extract("James Obi, who scored twice, thanked coach Mike Dunn after the game.").quotes.empty());
  // (a clause before the inverted cue still is: the name then its own verb)
  EXPECT_EQ(first_words("Ana Ruiz, who runs the shelter, is tired, says Mike Dunn."), "Ana Ruiz, who runs the shelter, is tired");
}

TEST(IndirectSpeech, TheOneToldAndATimeBeforeThatAndANounAfterAPrepositionsDeterminer) {
  // the one told, a word before its noun and a time after it: "city councilors Tuesday night"
  EXPECT_EQ(first_words("Patrice Vandermolen told city councilors Tuesday night that the team would stay."), "the team would stay");
  EXPECT_EQ(first_words("Patrice Vandermolen told county commissioners that the team would stay."), "the team would stay");
  // a cue's form in a phrase a preposition governs, past a name before it, is a noun: no clause
  EXPECT_TRUE(extract("Roque announced the closure in a long Instagram post.").quotes.empty());
  // (an -s form after a phrase two words from its determiner is the clause's verb)
  EXPECT_EQ(first_words("Prosecutors say surveillance video from a neighboring pharmacy shows a man running toward a truck."),
            "surveillance video from a neighboring pharmacy shows a man running toward a truck");
}

TEST(Sieves, WordsInTitleCaseThatEndAWritersSentenceAfterItsCommaAreATitle) {
  Document d = extract("\"We paid nothing,\" says Castellano. \"Not a cent.\"\n\nThe most-requested book that month was, fittingly, "
                       "\"The Cuckoo's Egg.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "Not a cent.");
  // (words in lower case there go on being the speaker's)
  d = extract("\"We paid nothing,\" says Castellano. \"Not a cent.\" The bill was, she says, \"a joke we paid for.\"");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[2].speaker, "Castellano");
}

TEST(ParagraphLabel, AShortExchangeUnderAnAskersLabelAndANameIsTurns) {
  Document d = extract("Reporter: Are you worried about the polls?\nHarris: Not at all. Polls go up and down.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  EXPECT_EQ(d.quotes[0].text, "Are you worried about the polls?");
  EXPECT_EQ(d.quotes[1].speaker, "Harris");
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  d = extract("Interviewer: How long have you lived here?\nGarcia: Forty years, give or take.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Garcia");
}

TEST(ParagraphLabel, ATranscriptsTurnOfAWordUnderALabelInCapitals) {
  Document d = extract("MR. SMITH: I object.\nTHE COURT: Overruled.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "Overruled.");
  d = extract("SMITH: Did you see him?\nJONES: Never.\nSMITH: Why not?\nJONES: Dark.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[3].text, "Dark.");
}

TEST(ParagraphLabel, TwoFullNamesARecordingsTimeAndAnAnswerToAQuestionLabelledQ) {
  // two people's full names, one speaking in the first or second person: an exchange
  Document d = extract("Sen. Warrick Dunleavy-Shaw: Did you personally approve the payments?\nDeborah Kessel-Ortiz: I did not.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Warrick Dunleavy-Shaw");
  EXPECT_EQ(d.quotes[1].text, "I did not.");
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  // a recording's time in brackets after the name, no part of the speaker's phrase
  d = extract("Kara Lindholm (00:03:12): Let's start with the layoffs.\nDerek Osei-Frimpong (00:03:15): Sure. We let go of 200 "
              "people in one morning.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Derek Osei-Frimpong");
  ASSERT_TRUE(d.quotes[1].speaker_mention.has_value());
  EXPECT_EQ(d.quotes[1].speaker_mention->text, "Derek Osei-Frimpong");
  // the person's label after "Q:": the answer, whole and direct
  d = extract("Rugby star Theo Bellamy-Nkosi spoke to us the morning after the final.\n\nQ: What's next for you?\nBellamy-Nkosi: A "
              "long holiday. Somewhere without phones.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().text, "A long holiday. Somewhere without phones.");
  EXPECT_EQ(d.quotes.back().kind, Kind::direct);
  EXPECT_EQ(d.quotes.back().speaker, "Theo Bellamy-Nkosi");
}

TEST(Interview, TheOneInterviewedOrQuestionedAfterARolesComma) {
  Document d = extract("Ana Silva interviewed Jan Holt for this article.\nQ: Why now?\nA: Because it matters.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().speaker, "Jan Holt");
  d = extract("The prosecutor, Anne Dale, questioned the witness, Ray Moss.\nQ. Were you there?\nA. Yes.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().text, "Yes.");
  EXPECT_EQ(d.quotes.back().speaker, "Ray Moss");
}

TEST(Interview, TheMainClausesSubjectAnswersAReportersQuestionAClauseOfTimeHolds) {
  Document d = extract("Fire Chief Marcus Ybarra briefed residents on Monday. The chief shook his head when a reporter asked whether "
                       "the evacuation maps were out of date.\n\n\"They're three years old. The maps are not the problem.\"");
  EXPECT_EQ(d.quotes.back().speaker, "Marcus Ybarra");
  EXPECT_EQ(last_speaker("Mayor Ann Lee smiled when a reporter asked about the budget. \"We are fine.\""), "Ann Lee");
}

TEST(Interview, WordsThatCallSomeoneByATitleAfterAQuestionAnswerIt) {
  Document d = extract("Sen. Grant Ebersole pressed Marcus Lindqvist on the email.\n\n\"That's not what I asked,\" Ebersole said. "
                       "\"Is that a yes?\"\n\n\"It's a yes with context, Senator.\"");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[2].speaker, "Marcus Lindqvist");
  // (or open with the title; asked by "she" after a man's words, with no "him" between, his)
  Document o = extract("Daniel Okonkwo defended the price. \"The list price is not what patients pay,\" he said.\n\nChair Margaret "
                       "Ellison was not persuaded.\n\n\"How much does it cost to make one pen?\" she asked.\n\n\"Senator, I don't "
                       "have that figure in front of me.\"\n\n\"Is it more than $20?\"\n\n\"I would want to get you an accurate "
                       "number.\"");
  ASSERT_EQ(o.quotes.size(), 5u);
  EXPECT_EQ(o.quotes[2].speaker, "Daniel Okonkwo");
  EXPECT_EQ(o.quotes[3].speaker, "Margaret Ellison");
  EXPECT_EQ(o.quotes[4].speaker, "Daniel Okonkwo");
}

TEST(Interview, ADepositionsOrTestimonysPersonAnswers) {
  Document d = extract("From the deposition of Alicia Drummond-Obi, taken March 3:\n\nQ. Did you ever meet Mr. Farrow?\nA. Once, at "
                       "the gala.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().text, "Once, at the gala.");
  EXPECT_EQ(d.quotes.back().speaker, "Alicia Drummond-Obi");
}

TEST(Interview, AnAnswerInTheFirstPersonToAYouQuestionIsThePersonQuestionedsThoughNotYetQuoted) {
  Document d = extract("Sen. Mark Ebersole (R-Mont.) questioned the witness, Karin Lindqvist, about the email.\n\n\"Did you see this "
                       "email at the time?\" Ebersole asked.\n\n\"I did not, Senator.\"\n\n\"When did you first see it?\"\n\n\"Last "
                       "night, when your staff released it.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].speaker, "Karin Lindqvist");
  EXPECT_EQ(d.quotes[2].speaker, "Mark Ebersole");
  EXPECT_EQ(d.quotes[3].speaker, "Karin Lindqvist");
  // (an answer that speaks to "you" may be the asker's own: theirs still)
  d = extract("Mayor Ann Lee spoke after meeting Tom Reyes.\n\n\"What do you do when the money runs out?\" Lee asked.\n\n\"I'll "
              "tell you what I do: I fight.\"");
  EXPECT_EQ(d.quotes.back().speaker, "Ann Lee");
}

TEST(Entities, HeOrSheRightAfterAnUnnamedSpeakersSentenceIsThatSpeakers) {
  Document d = extract("\u201cI voted for the potholes,\u201d said Angela Moore, a nurse.\n\nOne voter, who asked not to be named, said "
                       "she had supported Kessler twice. She said the water bill had nearly doubled. \"It is a scandal,\" she said.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[2].speaker, "One voter");
  ASSERT_TRUE(d.quotes[2].speaker_mention.has_value());
  EXPECT_EQ(d.quotes[2].speaker_mention->text, "She");
  EXPECT_EQ(d.quotes[3].speaker, "One voter");
  // (a gendered noun that a relative clause describes)
  EXPECT_EQ(last_speaker("Mayor Ann Brody visited the market on Saturday.\n\nA woman who works at the bakery said the line started at "
                         "dawn. She said the shop sold out by nine."),
            "A woman who works at the bakery");
  // (not a pronoun of the other gender: "woman", "man" are nouns of a gender)
  EXPECT_EQ(last_speaker("Fire chief Tom Grady arrived at 1 a.m.\n\nA woman who lives nearby said the fire started at midnight. He "
                         "said the flames spread quickly."),
            "Tom Grady");
  // (not a definite description, which stands for a person named elsewhere, nor after a person
  // spoken to)
  EXPECT_EQ(last_speaker("Senator Marco Rubio spoke in Tampa. The Florida senator said the race was close. He said he would win."),
            "Marco Rubio");
  EXPECT_EQ(last_speaker("A reporter asked Bernie Sanders how he was feeling. He replied: \"The bigger the turnout, the better I "
                         "feel.\""),
            "Bernie Sanders");
  // (nor one who asks, whoever is asked: the answer is the one quoted before's)
  EXPECT_EQ(last_speaker("\"We are not looking for a fight,\" Beaumont said.\n\nA reporter asked whether the boats had been "
                         "identified.\n\n\"I am not going to get ahead of the assessment,\" she replied."),
            "Beaumont");
}

TEST(Interview, ABodysNameBeforeTheRoleAndAPassivesSubjectAsked) {
  // the person after a body's name and the role's words is the one interviewed, and the subject of
  // a sentence before words
  EXPECT_EQ(last_speaker("This interview with Lakeshore Brewing founder Marisa Okwu has been edited for length.\n\nQ: How did the "
                         "company survive 2020?\n\nA: Barely. We cut salaries, mine first."),
            "Marisa Okwu");
  EXPECT_EQ(last_speaker("Halden Motors founder Marisa Okwu was blunt. \"We nearly closed.\""), "Marisa Okwu");
  // the one a passive asks answers, asked by no one named
  Document d = extract("Under cross-examination, the witness, Lorna McAvoy, was asked about the timeline.\n\nQ. When did you lock "
                       "up the office?\nA. Around six.\nQ. Are you sure?\nA. Yes.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "Around six.");
  EXPECT_EQ(d.quotes[0].speaker, "Lorna McAvoy");
  EXPECT_EQ(d.quotes[1].speaker, "Lorna McAvoy");
}

TEST(ParagraphLabel, AnAskersQuestionAndTurnsOfOneWordUnderNamesLabels) {
  // a question under an asker's label makes the exchange
  Document d = extract("Host: Why now?\nMendez: Because the money ran out.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Mendez");
  // turns of one word under names' labels, direct with their marks
  d = extract("Sen. Warrick Dunleavy-Shaw: Did you approve the payments?\nGordon Ashby-Reeve: No.\nSen. Warrick Dunleavy-Shaw: "
              "Never?\nGordon Ashby-Reeve: Never.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].text, "No.");
  EXPECT_EQ(d.quotes[2].text, "Never?");
  EXPECT_EQ(d.quotes[2].kind, Kind::direct);
  // (a list's labels of places are none)
  EXPECT_TRUE(extract("Paris: Rain.\nBerlin: Sun.\nLondon: Fog.").quotes.empty());
  // a question under any label of an exchange is speech
  d = extract("Mendez: Why now?\nHost: Because the money ran out.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Mendez");
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  d = extract("Helen Park: Guilty or not guilty?\nTomas Egan: Not guilty.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Tomas Egan");
}

TEST(ParagraphLabel, ATurnOfOneWordAndOneOfShortWordsThatAPeriodEnds) {
  // "No." read as the abbreviation is still the turn's one word, with or without its period
  Document d = extract("COLE: Were you at the warehouse that night?\nJONES: No.\nCOLE: Never?\nJONES: Never.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].text, "No.");
  EXPECT_EQ(d.quotes[1].speaker, "JONES");
  // a turn of short words in lower case past the first is no headline: direct, its period kept
  d = extract("The host spoke with chef Ravi Patel.\n\nHost: Welcome to the show.\n\nPatel: Thanks for having me.\n\nHost: Why "
              "now?\n\nPatel: Because rents are low.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].text, "Thanks for having me.");
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  EXPECT_EQ(d.quotes[1].speaker, "Ravi Patel");
}

TEST(Sieves, TheWordsANamingVerbsOwnSubjectCalledAThingAreThatSubjects) {
  // a relative clause with no pronoun after the thing it names
  EXPECT_EQ(last_speaker("The researchers reported that crows learned the schedules, a finding Marchetti called \"the part that "
                         "keeps me up.\""),
            "Marchetti");
  // (not in a clause a verb of saying reports with "that" left out: the one who said the clause
  // attributes the words)
  EXPECT_EQ(last_speaker("Clinton said Trump would be \"a disaster.\""), "Clinton");
}

TEST(Sieves, ANamingVerbsClauseAboutANounBesideAReportIsItsSubjectsWhoeverItIs) {
  // a body's or a group's noun, with or without "which", and the report before it kept
  Document d = extract("Officials at the Port of Tarrow said on Tuesday that the strike had cost about $12 million a day, an estimate "
                       "the dockworkers' union called \"pure fiction.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].speaker, "Officials at the Port of Tarrow");
  EXPECT_EQ(d.quotes[1].speaker, "the dockworkers' union");
  EXPECT_EQ(last_speaker("The company said the plant was safe, a claim which critics called \"nonsense.\""), "critics");
  EXPECT_EQ(last_speaker("The mayor said the budget was balanced, a claim the state auditor later called \"wishful thinking.\""),
            "the state auditor");
  // (the subject's own naming verb after the report: still the subject's)
  EXPECT_EQ(last_speaker("The mayor said the budget was balanced, calling the deficit \"a myth.\""), "The mayor");
  // other verbs of naming and judging (data/naming_verbs.txt); "what" or a relative clause after
  // the comma; a name and its body as the subject
  EXPECT_EQ(last_speaker("The mayor announced a curfew, a move which residents branded \"heavy-handed.\""), "residents");
  EXPECT_EQ(last_speaker("The CEO said the layoffs were over, a promise workers dismissed as \"hollow.\""), "workers");
  d = extract("Officials said the program worked, what one auditor called \"a fairy tale.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "the program worked");
  EXPECT_EQ(d.quotes[1].speaker, "one auditor");
  // (a preposition after the comma: ", in what")
  EXPECT_EQ(last_speaker("Conservative MPs have warned the minister, in what one senior backbencher called \"the biggest fight in a "
                         "generation.\""),
            "one senior backbencher");
  EXPECT_EQ(last_speaker("Ana Cruz said the plan, which critics called \"reckless,\" would pass."), "critics");
  EXPECT_EQ(last_speaker("Lopez said the water was clean, a claim which Dr. Ray Tun of the health board called \"simply untrue.\""),
            "Ray Tun");
}

TEST(Sieves, WordsOfARelativeClauseOnAPassivesAgentAreNotTheAgents) {
  EXPECT_EQ(last_speaker("Benedetti acknowledged the review but said it had been written by a manager who \"barely knew my name.\""),
            "Benedetti");
  // (the agent of a question put: the words are its)
  EXPECT_EQ(last_speaker("Rubio was asked by moderator Gerard Baker, \"Will you run?\""), "Gerard Baker");
}

TEST(ParagraphLabel, AHeadlinesLabelNamesWhomItIsAboutUnlessThePersonSpeaks) {
  EXPECT_TRUE(extract("Gareth Veitch: Harbury Rovers sack manager after six defeats\n\nHarbury Rovers have sacked manager Gareth "
                      "Veitch after six straight defeats.")
                  .quotes.empty());
  // (the person speaks in the article, or the words are in the first person: the label's words)
  EXPECT_EQ(first_words("Mike Pence: Flowers will not be at the debate\n\nMike Pence said on Sunday that Gennifer Flowers would "
                        "not attend."),
            "Flowers will not be at the debate");
  EXPECT_EQ(first_words("Mike Pence: We will win Ohio\n\nMike Pence campaigned in Ohio."), "We will win Ohio");
}

// A question in a paragraph of its own after words that reply to a question the writer reports
// is its named asker's again ("was asked by MSP Alasdair Munro whether …", "Sir Edward Fane asked
// whether …")
TEST(Sieves, AQuestionAfterAReplyIsTheReportedAskers) {
  const Document d = extract("CHF chief executive Duncan Fairlie was asked by Highlands and Islands MSP Alasdair Munro whether islanders "
                             "could expect a sailing.\n\n'I would not want to give a date,' Mr Fairlie replied.\n\n'So that's a no?'");
  ASSERT_NE(find(d, "So that's a no"), nullptr);
  EXPECT_EQ(find(d, "So that's a no")->speaker, "Alasdair Munro");
  const Document f = extract("Martin Ellery gave evidence.\n\nConservative MP Sir Edward Fane asked whether Mr Ellery swam in the sea."
                             "\n\n'Not as often as I used to,' he replied.\n\n'Why not?'");
  ASSERT_NE(find(f, "Why not"), nullptr);
  EXPECT_EQ(find(f, "Why not")->speaker, "Edward Fane");
  ASSERT_NE(find(f, "as often"), nullptr);
  EXPECT_EQ(find(f, "as often")->speaker, "Martin Ellery");
}

TEST(Sieves, AYesOrNoToAQuestionThatAsksYouIsTheOneAskeds) {
  Document d = extract("Defense attorney Danica Rukavina pressed Shawna Pellerin on cross-examination.\n\n\"I saw him leave,\" "
                       "Pellerin said.\n\n\"You were serving other customers at the time, weren't you?\" Rukavina asked.\n\n\"Yes.\"");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[2].speaker, "Shawna Pellerin");
  // (words that ask "you" again after the answer are the asker's)
  d = extract("\"I saw him leave,\" Shawna Pellerin said.\n\n\"You were serving customers, weren't you?\" Danica Rukavina asked."
              "\n\n\"Yes.\"\n\n\"So you were looking at the taps. Not at the door.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[2].speaker, "Shawna Pellerin");
  EXPECT_EQ(d.quotes[3].speaker, "Danica Rukavina");
  // ("you" in a contraction too: "You're asking …")
  d = extract("\"I saw him leave,\" Shawna Pellerin said.\n\n\"You were serving customers, weren't you?\" Danica Rukavina asked."
              "\n\n\"Yes.\"\n\n\"You're asking the jury to trust a glance.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[3].speaker, "Danica Rukavina");
  // (words that answer nothing with "yes" or "no" go on being the asker's)
  d = extract("\"I saw him leave,\" Shawna Pellerin said.\n\n\"Do you know what that meant?\" Danica Rukavina asked.\n\n\"It meant "
              "he was guilty.\"");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[2].speaker, "Danica Rukavina");
}

TEST(Review19, LeadInsOfWordsGotAndTermsAndLinesAfterALeadInOfWhen) {
  // the subject that gets the words says none
  EXPECT_NE(only_speaker("Parents got a letter home on Friday: \"Your child may have been exposed to measles.\""), "Parents");
  EXPECT_TRUE(extract("Students had one assignment over the break: \"Read one novel.\"").quotes.empty());
  // a term in lower case after "a word for": no one's words; a capitalised one-word verdict is
  EXPECT_TRUE(extract("Economists had a word for the slump: \"stagflation.\"").quotes.empty());
  EXPECT_EQ(only_speaker("The coach had one word for his team's performance: \"Unacceptable.\""), "The coach");
  // a line after a lead-in of when or to whom, no verb of the writer's: the speaker's
  EXPECT_EQ(last_speaker("\"We'll be back,\" the captain said. And to the fans, \"Thank You.\""), "the captain");
  // a relative clause after the owner's noun of report is no report of the owner's
  EXPECT_EQ(extract("The insurer rejected the family's claim that was filed after the flood.").quotes.size(), 1u);
}

TEST(Review19, LeadInsOfAGroupsWordsAndInterviewsAPaperOrAGroupAsks) {
  EXPECT_EQ(only_speaker("Teachers had one request for the board: \"Give us more time.\""), "Teachers");
  // (the noun of the words is no speaker: the plural that opens the sentence and has them)
  EXPECT_EQ(only_speaker("Shoppers had a common complaint: \"Everything costs more than it did last year.\""), "Shoppers");
  // the one a paper or a group asks before the questions answers them
  EXPECT_EQ(last_speaker("The Ledger asked Governor Ellen Pike about the budget shortfall.\nQ: Will you raise taxes?\nA: Not this "
                         "year."),
            "Ellen Pike");
  EXPECT_EQ(last_speaker("Students asked astronaut Kara Singh about life aboard the station.\nQ: What do you miss most?\nA: Showers. "
                         "Definitely showers."),
            "Kara Singh");
}

TEST(PreviousSentence, WordsThatOpenWithTheLeadInPersonsPronounSpeakOfThem) {
  // another speaker's words right before: theirs
  EXPECT_EQ(last_speaker("\"We got lucky with the rain,\" Tom Kirk said. His neighbor Ana Bell was not so fortunate. \"She lost "
                         "everything.\""),
            "Tom Kirk");
  EXPECT_EQ(last_speaker("\"The roof came off in seconds,\" said Jim Fox. Fox's wife, Linda, was at work when the storm hit. \"She "
                         "never came home.\""),
            "Jim Fox");
  // (the same speaker's words before: "he" someone else, the lead-in person's words)
  EXPECT_EQ(last_speaker("Tyler Brandt was close to tears. \"I have never felt my arm go like that,\" he said.\n\nAsked about his "
                         "opponent, Brandt was generous. \"He never gave up. Give him credit.\""),
            "Tyler Brandt");
  // (in the first person: the lead-in person's)
  EXPECT_EQ(last_speaker("\"We got lucky,\" Tom Kirk said. Ana Bell looked at the ruins. \"I lost everything.\""), "Ana Bell");
}

TEST(PreviousSentence, WordsToSomeoneAfterTheSubjectsVerbAndItsObjectAreTheSubjects) {
  // the person after the verb is the one the words call "you"
  EXPECT_EQ(last_speaker("Nora Bell confronted the minister, Peter Lang, at the town hall on Monday. \"You promised us a school.\""),
            "Nora Bell");
  EXPECT_EQ(last_speaker("\"We will fight this,\" said Peter Lang. Nora Bell thanked Lang after the hearing. \"You were brave.\""),
            "Nora Bell");
  // (words that speak of the object as "he", the subject a woman: hers; of someone as "she", both
  // women, either's, so neither's)
  EXPECT_EQ(last_speaker("Nora Bell confronted the minister, Peter Lang, at the town hall. \"He promised us a school.\""), "Nora Bell");
  EXPECT_EQ(last_speaker("Nora Bell confronted the minister, Ruth Lang, at the town hall. \"She promised us a school.\""), "");
}

TEST(Leading, ASpeakerInARelativeClauseAndAPartysTagIsNoOne) {
  // the subject of a relative clause after "which" speaks, whoever reports it
  Document d = extract("The sharpest exchange came from Sen. Grant Ebersole (R-Mont.), the committee's ranking Republican, who read "
                       "aloud from a 2021 email in which a TixPoint vice president wrote that service fees should be \"big enough to "
                       "matter and small enough to ignore.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "a TixPoint vice president");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "wrote");
  // a party's letter and a state's abbreviation after a name are no one
  d = extract("\"We will win,\" said Sen. Rand Paul, R-Ky., on Tuesday.");
  for (const Speaker& sp : d.speakers) EXPECT_EQ(sp.name.find("R-Ky"), std::string::npos);
  EXPECT_EQ(d.quotes.at(0).speaker, "Rand Paul");
}

TEST(Review22, PlacesAfterFromPronounSubjectsOfNamingClausesAndWordsAboutTheNextSentencesPerson) {
  // a place after "from" is none of the words' authors, nor the subject's own place
  EXPECT_EQ(only_speaker("Governor Ella Brandt issued a statement from her campaign headquarters in Denver: \"We will win this.\""),
            "Ella Brandt");
  EXPECT_EQ(only_speaker("The coach posted a message from the team bus: \"Proud of these guys.\""), "The coach");
  // a pronoun subject of a naming clause stands for the first speaker
  EXPECT_EQ(only_speaker("The group said the law, which it called \"draconian,\" would be challenged in court."), "The group");
  // words about the next sentence's person, a sign's, or of one who has died are not theirs
  EXPECT_EQ(last_speaker("\"He was the kindest man I ever knew.\" Harold Finch, 81, died on Sunday at his home in Leeds."), "");
  EXPECT_EQ(last_speaker("\"Closed for renovation.\" Peter Abel found the sign taped to the door of his favorite cafe."), "");
  EXPECT_EQ(last_speaker("\"Mr. Obuya is a fraud.\" Daniel Obuya, 45, denies the charge."), "");
  // an answer with two other people named before it goes to neither of them
  EXPECT_NE(last_speaker("Sen. Ann Ward questioned the witness, Tom Hale, as his lawyer, Paul Rey, watched.\n\n\"Did you sign it?\" Ward "
                         "asked.\n\n\"I did not, Senator.\""),
            "Paul Rey");
}

// One who reads, issues or gives a statement in the sentence before the words, its end after the
// statement or whom it is given to, is their speaker
TEST(PreviousSentence, OneWhoReadsAStatementBeforeTheWords) {
  EXPECT_EQ(last_speaker("Eleanor Marsh, 27, faces a ban.\n\nOutside the hearing centre, Marsh read a short statement to "
                         "reporters.\n\n\"I have never knowingly taken a banned substance in my life.\""),
            "Eleanor Marsh");
  EXPECT_EQ(last_speaker("The club issued a statement on Monday night.\n\n\"We are saddened by the news.\""), "The club");
  // (not a statement the sentence goes on about: "Marsh read a statement that her lawyer wrote")
  EXPECT_NE(last_speaker("Outside, Marsh read a statement her lawyer had drafted about the tests.\n\n\"I never cheated.\""),
            "Marsh");
  // words of one's own read out or delivered, to anyone: "delivered a short speech to the farmers"
  EXPECT_EQ(last_speaker("Tom Reed leads the union.\n\nIn the afternoon, Reed delivered a short speech to several hundred "
                         "farmers.\n\n\"We want a guaranteed floor price for milk.\""),
            "Tom Reed");
  EXPECT_EQ(last_speaker("Ana Ruiz spoke first.\n\nLater, Ruiz read a statement to the crowd outside.\n\n\"We will be back.\""),
            "Ana Ruiz");
  // (not another's words read out: a book read to children, a constituent's complaint, the text
  // messages read to a jury)
  EXPECT_EQ(last_speaker("In the afternoon, Tom Reed read the book to her children.\n\n\"Once upon a time, there was a bear.\""), "");
  EXPECT_EQ(last_speaker("Senator Amy Cole read out a constituent's complaint to the committee.\n\n\"I have waited two years.\""), "");
  EXPECT_EQ(last_speaker("Prosecutor Ana Ruiz read out the text messages to the jury.\n\n\"You will regret this.\""), "");
  // (for one's family: the reader's, as one of them; not for another person)
  EXPECT_EQ(last_speaker("Outside court, his brother, Declan, stood beside his widow, Siobhan O'Rourke, as she read a statement on "
                         "behalf of the family.\n\n'Liam was the best of us. He was a devoted dad.'"),
            "Siobhan O'Rourke");
  EXPECT_EQ(last_speaker("Outside court, Siobhan O'Rourke read a statement on behalf of President Obama.\n\n'Liam was the best of "
                         "us.'"),
            "");
  EXPECT_EQ(last_speaker("Family lawyer Ben Crump read a statement on behalf of the family.\n\n\"We will not rest until there is "
                         "justice.\""),
            "");
}

TEST(PreviousSentence, TheOnePersonASentenceAboutAThingNamesAndAnOwnersPronounBetween) {
  // the subject a thing, one person named, the words in the first person
  EXPECT_EQ(last_speaker("The verdict left Janet Moore in tears. \"Justice has finally been done for my son.\""), "Janet Moore");
  EXPECT_EQ(last_speaker("The fire destroyed the home of Tom Reed. \"It was a tragedy.\""), "");
  // a sentence between that names the person only as an owner
  EXPECT_EQ(last_speaker("Ahmed Saleh opened the shop in 1998. Last year, a fire destroyed most of his stock. \"I thought about "
                         "quitting.\""),
            "Ahmed Saleh");
}

TEST(NextSentence, AFeaturesLedeBringsTheSpeakerInAfterTheirWords) {
  EXPECT_EQ(extract("\"We lost everything in twenty minutes.\" Imelda Sorvino, 61, stands in the ruins of her kitchen in Molfetta, "
                    "holding a single blue plate.")
                .quotes.at(0)
                .speaker,
            "Imelda Sorvino");
  Document d = extract("\"The ferry is our lifeline.\" Ailsa MacKinnon, who runs the island's only shop, has watched the service "
                       "shrink. \"If it goes, we go.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Ailsa MacKinnon");
  EXPECT_EQ(d.quotes[1].speaker, "Ailsa MacKinnon");
  // (not when the sentence names another person too, nor after a speaker's words before)
  EXPECT_EQ(last_speaker("\"We won.\" Tom Reed hugged Ann Cole after the race."), "");
  EXPECT_EQ(extract("\"We are ready,\" said Ann Lee. \"The city is not.\" Tom Reed disagreed with her.").quotes.at(1).speaker,
            "Ann Lee");
}

TEST(Review21, WordsThatNameTheSubjectATermsVerbAndAReportBesideAnothersNamingClause) {
  // words to "you" that name the subject are the subject's to hear, not to say, another person
  // there or none, the name first or last
  EXPECT_EQ(last_speaker("Ruth Ames introduced her guest, Dr. Omar Haddad. \"Thank you, Ruth.\""), "");
  EXPECT_EQ(last_speaker("Ruth Ames retired on Friday. \"Ruth, thank you for everything.\""), "");
  EXPECT_EQ(last_speaker("Lisa Ray waved to the crowd. \"We love you, Lisa!\""), "");
  EXPECT_EQ(last_speaker("Ruth Ames retired on Friday. \"I will miss the children.\""), "Ruth Ames");
  // nor words that call the person by the title the text gives them
  EXPECT_EQ(last_speaker("Sen. Jo Park thanked the witness, Alan Dorsey, for his time.\n\n\"It was an honor, Senator.\""), "");
  EXPECT_EQ(last_speaker("Dr. Ann Lee smiled. \"Thank you, Doctor.\""), "");
  EXPECT_EQ(last_speaker("Sen. Jo Park thanked the voters. \"It was an honor, everyone.\""), "Jo Park");
  // (a body speaks of itself by its name)
  EXPECT_EQ(last_speaker("Later in the day, the FBI said it would cooperate. \"The FBI will provide this information to your "
                         "department.\""),
            "FBI");
  // a present's -s form after a term in the writer's marks is the reported clause's verb
  Document d = extract("Amy Lo said the term \"gig worker\" hides exploitation.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].speaker, "Amy Lo");
  // the report ends at the comma before the noun whose naming clause gives the words to another
  d = extract("The company reported record profits, a result analysts described as \"astonishing.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "record profits");
  EXPECT_EQ(d.quotes[1].speaker, "analysts");
}

TEST(PreviousSentence, ALeadInPersonPastAModifierAnAskedClauseAnObjectSpokenOfOrASentenceAboutAThing) {
  // a modifier before the role, or before the role's determiner
  EXPECT_EQ(last_speaker("Former senator Ann Ross was blunt. \"The bill is dead.\""), "Ann Ross");
  EXPECT_EQ(last_speaker("The former chairman, Ann Ross, was blunt. \"The bill is dead.\""), "Ann Ross");
  // past a question put to the person, a role's determiner after its comma
  EXPECT_EQ(last_speaker("Asked what comes next, the club's owner, Fernando Aguirre-Lunde, was unequivocal.\n\n\"We rebuild. We "
                         "do not sell.\""),
            "Fernando Aguirre-Lunde");
  // the verb's object spoken of as "he", the subject a woman
  EXPECT_EQ(last_speaker("Harriet Vasquez-Lyle sued her former boss, Julian Thorncastle, for unfair dismissal. \"He fired me "
                         "because I complained.\""),
            "Harriet Vasquez-Lyle");
  // a sentence of the writer's about a thing between the person and the words
  EXPECT_EQ(last_speaker("Councillor Tobias Engstrom has opposed the incinerator since 2019. The plant would burn 300,000 tonnes "
                         "of waste a year. \"Nobody wants to live next to that.\""),
            "Tobias Engstrom");
  // (not one that names someone else)
  EXPECT_EQ(last_speaker("Ann Cole has run the shop for years. Her husband died in 2019. \"I miss him.\""), "");
}

TEST(Review20, AnInterviewsWordsBeatTheOneAskedAndFirstPersonWordsAreTheLeadInPersons) {
  // words that say the article interviews someone name the one who answers before the one asked
  EXPECT_EQ(last_speaker("The Ledger asked Governor Ellen Pike about the shortfall, but she declined to comment. Instead, her budget "
                         "director, Tom Reyes, answered our questions.\nQ: How big is the gap?\nA: About $40 million."),
            "Tom Reyes");
  // "she" of someone else in the lead-in person's own words, "my"
  EXPECT_EQ(last_speaker("\"We got lucky,\" Tom Kirk said. His neighbor Ana Bell lost her dog in the storm. \"She was my whole "
                         "world.\""),
            "Ana Bell");
}

TEST(Indirect, ThisOrOneAsTheReportedClausesSubject) {
  // "this" with an auxiliary, or "one" after a determiner and a word that describes it, is the
  // subject of the clause a cue reports
  EXPECT_EQ(first_words("Kofi Mensah said this was probably its first trip."), "this was probably its first trip");
  EXPECT_EQ(first_words("Kofi Mensah said this one was probably making its first trip."), "this one was probably making its first trip");
  EXPECT_EQ(first_words("Kofi Mensah said the first one was brighter."), "the first one was brighter");
  // (not "this" as the cue's object)
  EXPECT_EQ(first_words("Kofi Mensah said this to reporters before he left."), "(none)");
}

TEST(Indirect, AThatAfterAConjunctionAndAnotherCueIsThatCuesNotTheParticiples) {
  // "published" describes the study; the clause after ", but" has its own subject and cue
  for (const char* link : {"but", "though"}) {
    const std::string t = std::string("The drug was tested in a study published in Neurology, ") + link +
                          " researchers cautioned that the findings prove nothing.";
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << link;
    EXPECT_EQ(cue(&d.quotes[0]), "cautioned") << link;
    EXPECT_EQ(d.quotes[0].speaker, "researchers") << link;
  }
  // (two cues that share one "that": a verb after "and", or a second subject's cue before a comma)
  EXPECT_EQ(first_words("Ana Ruiz said on Monday, and repeated on Tuesday, that the plan would fail."), "the plan would fail");
  EXPECT_EQ(first_words("The company said in a filing, and a spokesman confirmed, that 200 jobs would be cut."), "200 jobs would be cut");
}

TEST(Speaker, AnAndAfterAVerbJoinsClausesAndTheCuesSubjectFollowsIt) {
  EXPECT_EQ(first_mention("The plan stalled as leaders traded blame and governors warned that rebuilding could not wait."), "governors");
  // (one subject of two nouns, or two verbs of one subject, stay whole)
  EXPECT_EQ(first_mention("Developers and supporters in Congress say the plan works."), "Developers and supporters in Congress");
  EXPECT_EQ(first_mention("Leaked documents and former aides say the plan failed."), "Leaked documents and former aides");
}

TEST(Indirect, APrepositionsRelativeClauseBetweenCommasInsideTheReportedSubject) {
  EXPECT_EQ(first_words("Marcus Feld said a randomized trial, in which patients are assigned by chance, was the only way."),
            "a randomized trial, in which patients are assigned by chance, was the only way");
}

TEST(Speaker, ACuesWordInsideARelativeClauseBetweenCommasIsNoCueOfTheQuote) {
  // "shares" inside ", which owns Brightwell shares," is a noun of the clause; "said" reports
  Document d = extract("Priya Ramaswamy, a portfolio manager at Halden Capital, which owns Brightwell shares, said investors "
                       "wanted \"a credible plan.\"",
                       bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Priya Ramaswamy");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Speaker, APluralOfASpeakersNounIsASubjectASecondVerbShares) {
  // "groups", "unions": the plural of a noun of the speaker lists, subject of both verbs
  EXPECT_EQ(first_mention("Environmental groups welcomed the deal but warned that the river was falling."), "Environmental groups");
  EXPECT_EQ(first_mention("The unions welcomed the deal but warned that the river was falling."), "The unions");
}

// People a story meets by what they did (called, watched, shopped): nouns of nominal speakers
TEST(Speaker, APersonNamedByWhatTheyDidIsANominalSpeaker) {
  for (const char* noun : {"caller", "dispatcher", "motorist", "onlooker", "viewer"}) {
    const std::string text = std::string("On the recording, the ") + noun + " can be heard saying: \"Please hurry, he has a gun.\"";
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << noun;
    EXPECT_EQ(mention(&d.quotes[0]), std::string("the ") + noun);
    EXPECT_EQ(cue(&d.quotes[0]), "saying");
  }
}

TEST(Sieves, OneAReportSaysActedThenSpokeIsTheSpeaker) {
  // "and" + a verb of saying after a report of what someone of no name did: that one spoke
  EXPECT_EQ(last_speaker("Officer Luis Moreno said a bus driver stopped at the scene and said, \"There is a man down.\""),
            "a bus driver");
  EXPECT_EQ(last_speaker("Police said a man walked into the store and shouted, \"Give me the money.\""), "a man");
  // (a name's act, a state, a thing's, or the reporter's own: the reporter's second verb)
  EXPECT_EQ(last_speaker("Biden said Putin invaded Ukraine and said, \"This is a war crime.\""), "Biden");
  EXPECT_EQ(last_speaker("Obama said the senator was ready and said, \"She will win.\""), "Obama");
  EXPECT_EQ(last_speaker("Trump said the plan failed and said, \"We will fix it.\""), "Trump");
}

TEST(Sieves, AnExchangesTurnsMayBeAPronounOfTheOtherGender) {
  // a question, an answer by "she" where the asker is a man, then a question again: the asker's
  const std::string t =
      "\"You were angry with him, weren't you?\" defense attorney Raymond Oyelaran asked.\n\n\"I was disappointed,\" she said.\n\n"
      "\"Did you write that message?\"";
  EXPECT_EQ(last_speaker(t), "Raymond Oyelaran");
  // (the same gender on both sides leaves it open whether "he" is another: the words go on being his)
  EXPECT_EQ(last_speaker("\"You were angry, weren't you?\" Raymond Oyelaran asked.\n\n\"I was disappointed,\" he said.\n\n"
                         "\"Did you write that message?\""),
            "Raymond Oyelaran");
  EXPECT_EQ(extract("\"Was it you?\" Raymond Oyelaran asked.\n\n\"No,\" he said.\n\n\"Are you sure?\"").quotes[2].sieve, std::string("continuation"));
}

TEST(Speaker, APhraseAParticipleOfHowTheStoryReachedThemDescribes) {
  // a past participle and what it governs after the noun, before its verb (clause_subject); "said
  // that demand was high" reports a clause
  EXPECT_EQ(only_speaker("Community health workers interviewed for this article said that demand was high."),
            "Community health workers interviewed for this article");
  EXPECT_EQ(only_speaker("Economists polled by Reuters said the bank would cut rates."), "Economists polled by Reuters");
}

TEST(Speaker, WhoAfterADescriptionOfANameIsThatName) {
  // "Name, a noun who said": the description is the name's, and so is "who"
  EXPECT_EQ(first_speaker("Kevin Osei, a high school teacher who said he commutes by bicycle, cited a study."), "Kevin Osei");
  // (not a name a preposition governs, whose description may be of the phrase before it)
  EXPECT_NE(first_speaker("Residents, including Ann Lee, a nurse who said she had lived there for years, objected."), "Ann Lee");
}

TEST(Indirect, ATrailingVerbAfterAModalIsNoCue) {
  // "…, scans would continue as normal": a clause of its own after the comma, no "…, X said"
  EXPECT_EQ(only_speaker("The trust said about 340 appointments had been rescheduled and that emergency, inpatient and cancer scans "
                         "would continue as normal."),
            "The trust");
  EXPECT_EQ(only_speaker("Prices will rise, the minister said."), "the minister");
}

// A few quoted words with no mark of their own that the sentence's verb follows are its subject,
// a title's, no one's words; longer quoted words the writer's sentence goes on from still are
TEST(Quotes, AFewQuotedWordsBeforeTheSentencesVerbAreItsSubject) {
  EXPECT_TRUE(extract("Representatives for Vance did not respond. \"Glass Houses\" is expected to debut at No. 2.").quotes.empty());
  const Document d = extract("Coan, the attorney, disagrees. \"The government is alleging that his calls asking people to come "
                             "peacefully\" were provoking violence. \"His intent was peace.\"");
  const Quote* q = find(d, "His intent was peace");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Coan");
}

// Quoted words that a thing names, a relative clause with no pronoun after the thing, its subject
// a name ('"…," a notion Marchetti has dismissed'), are not that name's
TEST(Sieves, AThingTheQuotedWordsAreBeforeARelativeClauseIsNoSpeaker) {
  EXPECT_TRUE(extract("Others floated the theory that the season is Maggie's \"lighthouse dream,\" a notion Marchetti has "
                      "previously dismissed.")
                  .quotes.empty());
}

// Quoted words after "and that" are the outer cue's second report, not the inner verb's before it;
// after the inner verb's own "that" they go on with its report
TEST(Sieves, QuotedWordsAfterAndThatAreTheFirstCuesSecondReport) {
  Document d = extract("Whitfield's spokesman, Kyle Brennan, said the senator had called Harlan on Wednesday and that \"the "
                       "conversation went well.\"");
  const Quote* q = find(d, "the conversation went well");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Kyle Brennan");
  d = extract("Rep. Gregory Meeks said Hillary Clinton reassured them that everyone would come together and that Democrats "
              "\"were not going to be like Trump.\"");
  q = find(d, "were not going to be like Trump");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Hillary Clinton");
}

// A paragraph of one sentence between a speaker's words and a quotation that opens the next, "he"
// or "she" of the speaker's gender its subject and no cue: the same speaker goes on
TEST(Sieves, APronounsParagraphBetweenASpeakersWordsKeepsTheSpeaker) {
  const Document d = extract("Odessa Grant said she was stunned. \"I'm going to be quick,\" Grant began. \"I learned everything there.\n\n"
                             "Then she pointed toward the balcony.\n\n\"This movie was made for $4 million. Our crew slept in a motel.\"");
  const Quote* q = find(d, "This movie was made");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Odessa Grant");
}

// A phrase of people a past participle and its agent describe between commas is the subject, not
// the agent ("The rebels, led by Dame Philippa Cray, say"); a name's phrase is no such subject
TEST(Sieves, APhraseAParticiplesAgentDescribesIsTheSubject) {
  EXPECT_EQ(only_speaker("The rebels, led by the former transport minister Dame Philippa Cray, say the cuts will leave pensioners "
                         "stranded."),
            "The rebels");
  EXPECT_EQ(only_speaker("The aides, led by campaign manager Terry Sullivan, told the group that they were hopeful."), "The aides");
}

// From held-out news: a name and an age before "said" are its subject, not a clause another
// reports; a relative clause's verb that a comma closes before the quoted words is not their cue
TEST(Sieves, ANameAndAnAgeBeforeSaidAreItsSubject) {
  const Document d = extract("Lorraine Pettit, 63, said her husband, a retired mail carrier, spent nine days in intensive care.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.speaker, "her husband") << q.text;
  EXPECT_EQ(only_speaker("Helen Osei called the review process, which the administration has branded \"Westbrook Forward,\" a "
                         "\"predetermined outcome dressed up as consultation.\""),
            "Helen Osei");
}

// The answer after a question put ("Asked about …,") opens with its speaker's name when a
// description between commas follows the name ("Kevin Doerr, a lawyer for Harborview, wrote")
TEST(Indirect, TheAnswerAfterAQuestionPutOpensWithTheNameADescriptionFollows) {
  EXPECT_EQ(only_speaker("Asked about the inspection, Kevin Doerr, a lawyer for Harborview, wrote in an email that the system "
                         "had been repaired."),
            "Kevin Doerr");
  EXPECT_EQ(only_speaker("Asked whether the city, which owns the building, would pay, Ann Lee, the mayor, said it would."), "Ann Lee");
}

// A reported clause whose subject has a description between commas before its verb ("said her
// husband, a retired mail carrier, spent …") is a report; "said her husband," before quoted words
// still names the speaker
TEST(Indirect, AReportsSubjectMayHaveADescriptionBetweenCommas) {
  const Document d = extract("Lorraine Pettit said her husband, a retired mail carrier, spent nine days in intensive care.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Lorraine Pettit");
  EXPECT_EQ(d.quotes[0].text, "her husband, a retired mail carrier, spent nine days in intensive care");
  EXPECT_EQ(only_speaker("\"We are fine,\" said her husband, a retired mail carrier."), "her husband");
}

// ", and said" after a clause whose object has a relative clause: the subject of the verb before
// the relative clause; with no comma, "and" joins the relative clause's own verbs
TEST(Indirect, AndSaidPastARelativeClauseIsTheMainSubjects) {
  EXPECT_EQ(only_speaker("Health officials traced an outbreak that has sickened 23 people to a cooling tower, and said the tower had "
                         "been shut down."),
            "Health officials");
  const Document d = extract("Nancy Pelosi told of a boy who stared at a painting and asked who he was.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.speaker, "Nancy Pelosi") << q.text;
}

// Quoted words after ", saying" after a clause a subordinator opens, its verb one of the cue lists
// in the past: that clause's subject speaks; after another verb, the main clause's subject, unless
// that is a thing that cannot speak
TEST(Indirect, SayingAfterASubordinateClauseOfReportIsItsSubjects) {
  EXPECT_EQ(only_speaker("Negotiators worked through the night after a coalition of small island states rejected the draft, saying "
                         "it would leave them \"to drown in paperwork\"."),
            "a coalition of small island states");
  const Document d = extract("It was a potent punch, as Hillary Clinton echoed the criticism, saying Mr. Trump \"is not in it for the "
                             "people.\"");
  const Quote* q = find(d, "is not in it for the people");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Hillary Clinton");
  EXPECT_EQ(only_speaker("The mayor spoke after the council voted, saying she was \"pleased\"."), "The mayor");
  // (any verb, when the main clause's subject is a thing that cannot speak; past a title and a
  // party's label)
  EXPECT_EQ(only_speaker("A bipartisan border deal collapsed Thursday after Sen. Carla Whitmore (R-Idaho) withdrew her support, saying the "
                         "bill \"does nothing to stop the flow.\""),
            "Carla Whitmore");
  EXPECT_EQ(only_speaker("The bill passed after Sen. Ann Lee changed her vote, saying it was the right thing."), "Ann Lee");
}

// Quoted words after a negated or hypothetical verb that is no verb of saying, in a clause the cue
// of the sentence's quotation before reports, are that cue's speaker's
TEST(Sieves, QuotedWordsAfterANegatedVerbInAReportAreTheReportsSpeakers) {
  const Document d = extract("Eli Marchetti, a spokesman for the governor, said Hutchins \"remains open to conversations\" but would "
                             "not sign \"a watered-down bill.\"");
  const Quote* q = find(d, "a watered-down bill");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Eli Marchetti");
  EXPECT_TRUE(extract("If a patient says \"I am fine,\" nurses ask why.").quotes.empty());
}

// words a quotation gives that a person then reads out: "read" right after the quotation, the
// sentence's end after it ('"…," Pike read.'), the comma inside a quotation it holds too
TEST(Sieves, WordsAPersonReadsOutRightAfterTheQuotationAreTheirs) {
  const Document d = extract("Host Jordan Pike read the reply aloud.\n\n\u201CShe wrote, \u2018Six people in a room,\u2019\u201D Pike read.");
  const Quote* q = find(d, "Six people");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jordan Pike");
  EXPECT_EQ(cue(q), "read");
  // (not a reading the sentence goes on from)
  EXPECT_TRUE(extract("Rubio read \"War and Peace\" twice.").quotes.empty());
}

// a name between commas after "where" is that clause's subject, no description of the place
// before it: the verb after the commas is the clause's
TEST(Sieves, ANameAfterWhereAndItsAsideIsTheVerbsSubject) {
  const Document d = extract(
      "Keira Lund won. It started at the awards in Los Angeles, where Lund, accepting the prize, thanked \u201Ceveryone who stuck "
      "around.\u201D");
  const Quote* q = find(d, "everyone who stuck around");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Keira Lund");
}

// a gesture and an adverb of data/report_adverbs.txt after it ends the sentence before the words
TEST(Sieves, AGestureAndAnAdverbBeforeTheWordsIsTheSpeakers) {
  const Document d = extract(
      "Vance said she had not spoken to Lund. Asked whether a reunion was possible, she laughed again. \u201CAsk me in ten "
      "years.\u201D");
  const Quote* q = find(d, "Ask me in ten years");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Vance");
}

// "Name, Owner's noun, who …, said": the owner's phrase describes the name before it
TEST(Indirect, ANameThatAnOwnersNounAndARelativeClauseDescribeSpeaks) {
  const Document d = extract(
      "Ray Kowalski, Dorothy's son, who handles the ovens overnight, said the family had considered hiring extra staff.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ray Kowalski");
  // (a word or two describing the owner's noun: "France's largest farm union", after a relative
  // clause's comma)
  EXPECT_EQ(only_speaker("Sylvie Marchand, who heads the Lot-et-Garonne federation of the FNSEA, France's largest farm union, called "
                         "the proposals \"crumbs.\""),
            "Sylvie Marchand");
}

// a verb after "and" joined to the verb of a clause a subordinator opens: that clause's subject
TEST(Sieves, AVerbJoinedToASubordinateClausesVerbIsItsSubjects) {
  Document d = extract(
      "The post came after another creator, Jaden Pruitt, filmed Kowalski behind the counter and posted the clip with the caption "
      "\"POV: the viral grandma is real.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jaden Pruitt");
  d = extract("The crowd cheered as the senator took the stage and shouted, \"We won!\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "the senator");
  // (not past a comma after that verb, the main clause's subject after it)
  d = extract("When Robby Mook was asked if Ann Clinton would hold one, he laughed and said, \"We'll see.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Robby Mook");
}

// a preposition that ends the paragraph before a blank line governs nothing after it: the name
// that opens the next paragraph is its subject ('… Sign up' / 'House Chair Bill Tanaka-Ross said
// …, but conceded that "…"' / '"…," he said')
TEST(Sieves, APrepositionBeforeABlankLineGovernsNoName) {
  const Document d = extract(
      "Sen. Howard Lisle withdrew support. Lisle said it was fine.\n\nWe left. We went in\n\nHouse Transportation Committee Chair "
      "Rep. Bill Tanaka-Ross said in an interview that he still hoped to bring a bill to the floor, but conceded that \"the air's "
      "gotten a little thin\" between the two sponsors.\n\n\"I've seen worse,\" he said.");
  const Quote* q = find(d, "the air's gotten");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "conceded");
  q = find(d, "I've seen worse");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Bill Tanaka-Ross");
}

// a participle's subject is the name that opens the sentence past its relative clause, not the
// verb's object before the participle
TEST(Sieves, AParticiplesSubjectPastARelativeClause) {
  const Document d = extract(
      "Sen. Howard Lisle withdrew support.\n\nThe Regional Rail Operators Coalition, which had lobbied against the mandate, praised "
      "Lisle in a post on X, thanking him for \"standing up for the small operators.\"");
  const Quote* q = find(d, "standing up");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Regional Rail Operators Coalition");
}

// a thing written's verb after "and" is the subject's reading, no report: "held up her phone and
// read Lisle's post aloud"
TEST(Indirect, ReadingAfterAndIsNoReport) {
  EXPECT_TRUE(extract("Speaking to reporters, Dana Whitcomb held up her phone and read Lisle's post aloud.").quotes.empty());
}

// a word of time after "that" ("that evening", "that night") is a time, no clause's "that"; one
// the clause's verb follows is its subject ("said this week was the worst"); a number after "that"
// is a count's ("found that 98 percent of …")
TEST(Indirect, ThatBeforeAWordOfTime) {
  EXPECT_TRUE(extract("Rachel Dunmore was furious. That evening, she posted to X.").quotes.empty());
  Document d = extract("Lena Hartwell said she had seen the deleted post and had spoken with Odom about it that morning.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she had seen the deleted post and had spoken with Odom about it that morning");
  d = extract("Ann Lee said this week was the worst of her career.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "this week was the worst of her career");
  d = extract("The center said that 98 percent of the refugees had left.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "98 percent of the refugees had left");
  d = extract("Jo Park said that evening that she would go.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "she would go");
  // (after a phrase's subject too, "said" no participle that describes it: "The agency said Dec. 5 is …")
  EXPECT_EQ(first_words("The agency said Dec. 5 is now the earliest possible date."), "Dec. 5 is now the earliest possible date");
  EXPECT_EQ(first_words("The agency said Monday is now the earliest possible date."), "Monday is now the earliest possible date");
  EXPECT_EQ(first_words("The agency said Monday it would close."), "it would close");
  EXPECT_EQ(only_speaker("The order released Friday said the plant must close."), "The order released Friday");
}

// "Name, which …, denied the report": a relative clause on "which" describes the name, whose verb
// it is; no inverted cue of the words before the comma
TEST(Indirect, ANamesRelativeClauseOnWhichBeforeItsVerb) {
  const Document d = extract("BuzzFeed, which does not disclose its finances, denied the report, saying this year will meet expectations.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "BuzzFeed");
  EXPECT_EQ(d.quotes[0].text, "this year will meet expectations");
}

// a speaker's noun and what body it is for, "the" and a body's noun, is the whole phrase of a
// participle's or a second verb's subject: "A spokesperson for the regulator declined …, but said"
TEST(Sieves, ASpeakersNounForABodysNounIsOnePhrase) {
  Document d = extract(
      "A spokesperson for the regulator declined to comment on the bank, but said supervisors were \"in close contact\" with "
      "lenders.");
  const Quote* q = find(d, "in close contact");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "A spokesperson for the regulator");
  d = extract("A spokesman for years declined to comment, saying the matter was \"under review.\"");
  q = find(d, "under review");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "A spokesman");
}

// quoted words in a report inside a report are the inner speaker's, an age between commas after
// that subject too
TEST(Sieves, AnInnerReportsSubjectWithAnAgeSpeaksItsQuotedWords) {
  const Document d = extract("Police said the man, 34, told officers he \"just panicked.\"");
  const Quote* q = of_kind(d, Kind::partial);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "just panicked.");
  EXPECT_EQ(q->speaker, "the man");
}

// an -s form right after a participle in -ing is its object ("some holding signs that said"), not
// after a determiner of one ("Another ranking says")
TEST(Indirect, AnSFormAfterAParticipleIsItsObject) {
  Document d = extract("Shoppers lined up, some holding signs that said \u201CTake My Money.\u201D");
  EXPECT_TRUE(d.quotes.empty());
  d = extract("One ranking puts him tenth. Another ranking says he is not a billionaire.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "he is not a billionaire");
}

// "her" before a question's word is the one asked, no determiner: "asked her whether she had
// signed" reports what follows it
TEST(Indirect, HerBeforeWhetherIsTheOneAsked) {
  const Document d = extract("Prosecutor Alan Wu asked her whether she had signed the forms.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text.find("her "), std::string::npos) << d.quotes[0].text;
}

// an -ing form of data/occasion_nouns.txt after a determiner and a word is that noun, no other
// speaker's cue between two quotations: "said at a news briefing"
TEST(Sieves, AnOccasionsNounInIngEndsNoRun) {
  const Document d = extract(
      "\u201CWe are not at the peak. I want to be honest,\u201D Dr. Miriam Osei said at a news briefing. \u201CMeasles is "
      "contagious.\u201D");
  const Quote* q = find(d, "Measles is contagious");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Miriam Osei");
}

// a past participle and where the subject is, between commas ("The company, based in Columbus,
// Ohio, reported"), describes the phrase before it, which reports
TEST(Indirect, APlacesParticipleBetweenCommasDescribesTheSubject) {
  const Document d = extract(
      "Harrowgate Foods cut its forecast. The company, based in Columbus, Ohio, reported that sales fell 4 percent in the quarter.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Harrowgate Foods");
}

// "said a London-based banker with a European trading house": what a speaker's noun of
// data/nominal_speakers.txt is with is part of the phrase
TEST(Sieves, ABankersPhraseWithItsHouse) {
  const Document d = extract("\"Everyone is running,\" said a London-based banker with a European trading house.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "a London-based banker with a European trading house");
}

// "said one, NAME": the name after the comma is whom "one" or "another" stands for; with no name
// after it the word stays the speaker's phrase
TEST(Sieves, OneOrAnotherAndTheNameAfterItsComma) {
  EXPECT_EQ(only_speaker("\"This is theft,\" said one, Carl Medina, 71, a retired machinist."), "Carl Medina");
  EXPECT_EQ(only_speaker("\"We were never told,\" said another, Lois Pratt."), "Lois Pratt");
  EXPECT_EQ(only_speaker("\"We were never told,\" said another, who asked not to be named."), "another");
}

// a cue's -s form in a phrase a preposition governs is a noun, not a clause's verb: "confirmed
// their breakup in matching Instagram posts" reports no clause (an object in the default reading)
TEST(Reported, ACuesSFormInAPrepositionsPhraseIsANoun) {
  EXPECT_TRUE(extract("The singer confirmed their breakup on Sunday in matching Instagram posts, ending a six-year relationship.").quotes.empty());
  EXPECT_TRUE(extract("The singer confirmed their breakup in new posts.").quotes.empty());
  EXPECT_EQ(first_words("Prosecutors say video from a neighboring pharmacy shows a man running."),
            "video from a neighboring pharmacy shows a man running");
  EXPECT_EQ(first_words("She said the rise in new listings suggests demand is high."), "the rise in new listings suggests demand is high");
}

// the one told what to do, a plural's words with no determiner, before the infinitive: "urged
// party leaders to turn away" reports the infinitive, as "urged the city council to reopen talks"
TEST(Reported, APluralsWordsToldWhatToDo) {
  EXPECT_EQ(first_words("Some experts have urged party leaders to turn away from the plan."), "to turn away from the plan");
  EXPECT_EQ(first_words("The mayor urged the city council to reopen talks."), "to reopen talks");
}

// after "say", a past form before "by" and no verb after it is the clause's verb, not a
// participle that describes the noun
TEST(Reported, APastBeforeByAfterSayIsTheClausesVerb) {
  EXPECT_EQ(first_words("His spokesman said the prime minister stood by his original comments."),
            "the prime minister stood by his original comments");
  EXPECT_EQ(first_words("He said a package proposed by the senator would fail."), "a package proposed by the senator would fail");
  EXPECT_TRUE(extract("He rejected a package proposed by the senator.").quotes.empty());
}

// a relative clause of place after its comma has its own subject, whose verb the cue after "and"
// shares, past a subordinator before a participle ("before singing"); a song's title after a
// verb that performs it is no one's words
TEST(Sieves, AVerbJoinedToARelativeClauseOfPlace) {
  const Document d = extract("Wes Hart played on. Fans pointed to a clip from his concert in Knoxville, where he paused before "
                             "singing \"Low Tide\" and told the crowd, \"This one is hers.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "This one is hers.");
  EXPECT_EQ(d.quotes[0].speaker, "Wes Hart");
}

// a report in a clause that opens the sentence with a subordinator ends at the comma that closes
// it, when a quotation follows the main clause too
TEST(Reported, AReportInAnOpeningClauseBeforeAQuotation) {
  const Document d = extract("When a fan replied asking whether the tour would go on, Okonjo answered: \"Tour is on.\"");
  const Quote* r = find(d, "whether the tour");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "whether the tour would go on");
  const Quote* q = find(d, "Tour is on");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Okonjo");
}

// a subordinator after a comma or after the first cue's verb opens a clause whose own subject and
// cue take the quoted words after them; "the support account" speaks (data/nominal_speakers.txt)
TEST(Sieves, AClauseOfTimeWithItsOwnCueBeforeTheWords) {
  const Document d = extract("\"We got this wrong,\" Castellane-Moss wrote, a shift from Friday, when the company's support account "
                             "told one customer the issue was \"within normal operating parameters.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Castellane-Moss");
  EXPECT_EQ(d.quotes[1].speaker, "the company's support account");
  // (not after the one told, whose report comes after the clause)
  EXPECT_EQ(only_speaker("Ben Jealous told The Huffington Post before he spoke that Clinton must reach out \"in the way Obama did.\""),
            "Ben Jealous");
}

// a cue's base or -s form after a platform's name is a noun: "a reply to his own Threads post:"
TEST(Sieves, ACuesFormAfterAPlatformsNameIsANoun) {
  const Document d = extract("Arjun Moss spoke. Later, he added a reply to his own Threads post: \"To everyone asking: yes.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Arjun Moss");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "added");
}

// a cue's object with its own relative clause and no pronoun ("a remark Solvik made") reports no
// clause; with the sentence's verb after it, it is the clause's subject
TEST(Reported, AnObjectsRelativeClauseWithNoPronounIsNoReport) {
  EXPECT_TRUE(extract("She echoed a remark Solvik made on Monday.").quotes.empty());
  EXPECT_TRUE(extract("She repeated the claim the mayor made on Monday.").quotes.empty());
  EXPECT_EQ(first_words("She said a remark Solvik made was cruel."), "a remark Solvik made was cruel");
  EXPECT_EQ(first_words("Mr. Trump said his work building a business was an example of his sacrifice."),
            "his work building a business was an example of his sacrifice");
}

// a clause of time right after a verb of posting is no report: '"Too forced?" He tweeted when
// Clinton ended a debate with a reference to the "Star Wars" sequel, remarking, "…"'
TEST(Reported, AClauseOfTimeAfterAVerbOfPostingIsNoReport) {
  const Document d = extract("\"Too forced?\" He tweeted when Clinton ended a debate with a reference to the blockbuster \"Star Wars\" "
                             "sequel hitting theaters, remarking, \"Thank you, and may The Force be with you.\"");
  for (const Quote& q : d.quotes) EXPECT_NE(q.kind, Kind::indirect) << q.text;
  EXPECT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(first_words("Trump said after the convention he would not accept the endorsement."),
            "after the convention he would not accept the endorsement");
}

// a quotation that opens its paragraph with no cue, and a person first named in full right after
// it whose verb of saying reports: theirs, before the paragraph before goes on
TEST(Sieves, ThePersonNamedRightAfterAParagraphsQuotation) {
  const Document d = extract("Union president Denise Albright spoke.\n\n\"It felt like the whole building jumped.\" Kenji Watanabe, who was "
                             "on the 14th floor when the earthquake hit, said he grabbed his daughter.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Kenji Watanabe");
  // (not one named before: the paragraph before goes on)
  const Document o = extract("\"We lost,\" Ann Lee said.\n\n\"It was a tough day.\" Ann Lee said the team would recover.");
  ASSERT_FALSE(o.quotes.empty());
  EXPECT_EQ(o.quotes[1].speaker, "Ann Lee");
  // (or in the paragraph after a paragraph of words alone, the person first named there whose next
  // sentence says what "she" said; not after a paragraph of another's words, which they go on)
  const std::string lede = "\"We thought the roof would hold. By midnight, there was no roof.\"\n\nLorna Pantoja, 52, a fish vendor, "
                           "spent the night under a stairwell. She said the family did not eat until Friday.";
  for (const auto& [before, who] : {std::pair<std::string, std::string>{"Relief arrived on Tuesday.", "Lorna Pantoja"},
                                    {"\"We still have villages no one has reached,\" Mayor Ramon Vargas said.", "Ramon Vargas"}}) {
    const Document l = extract(before + "\n\n" + lede);
    const Quote* roof = find(l, "We thought the roof");
    ASSERT_NE(roof, nullptr) << before;
    EXPECT_EQ(roof->speaker, who) << before;
  }
}

// an aside that opens with a preposition after the cue's comma reaches farther for its "that"; a
// cue's word whose present is a noun describes the subject's noun ("state funding runs out"); an
// owner's -ing noun of report ("Ruiz's warning that …"), a number before the sentence's own verb
TEST(Reported, AnAsidesPrepositionAStatesFundingAndAnOwnersWarning) {
  EXPECT_EQ(first_words("Senator Paul Whitcombe said, in a statement released late Friday, that he would not seek re-election."),
            "he would not seek re-election");
  EXPECT_EQ(first_words("Dr. Daniel Kim said the clinic's state funding runs out in June."), "the clinic's state funding runs out in June");
  const Document d = extract("Governor Elaine Ruiz's warning that the state could run out of water by 2030 drew sharp criticism.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the state could run out of water by 2030");
  EXPECT_EQ(d.quotes[0].speaker, "Elaine Ruiz");
}

// a user's handle in the writer's words is a speaker: "@ledger_goblin", Reddit's "u/name" (its
// words joined by "_"), after a noun of users between commas, before or after the cue; the one
// whose name a handle spells is that person
TEST(Sieves, AUsersHandleInTheWritersWords) {
  const Document d = extract(
      "One Reddit user, u/tabs_not_spaces_88, wrote: \"We found out from a calendar invite.\" Another, u/ledger_goblin, replied "
      "that the severance was \"honestly better than most.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "u/tabs_not_spaces_88");
  EXPECT_EQ(d.quotes[1].speaker, "u/ledger_goblin");
  EXPECT_EQ(extract("\"Doesn't make it less cruel,\" wrote @ledger_goblin.").quotes.at(0).speaker, "@ledger_goblin");
  const Document t = extract("Chrissy Teigen (@chrissyteigen) wrote: \"Thank you.\" Later @chrissyteigen added: \"I love it.\"");
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[0].speaker, "Chrissy Teigen");
  EXPECT_EQ(t.quotes[1].speaker, "Chrissy Teigen");
  // (not an e-mail address's)
  const Document m = extract("The firm replied. \"We are done,\" wrote elena@example.com in an email.");
  ASSERT_EQ(m.quotes.size(), 1u);
  EXPECT_NE(m.quotes[0].speaker, "@example.com");
}

// a relative clause's report before a quotation ends where the main clause takes up again: "One
// user, who said they worked in support, wrote: "…""
TEST(Reported, ARelativeClausesReportBeforeAQuotation) {
  const Document d = extract("Mr. Ames, who said he was tired, wrote: \"I am done.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "he was tired");
}

// after the words: "was all" and the speaker before a modal and a cue's base form or before its
// past ('"We'll see," was all her landlord, Tom Bry, would say'); a dash before "that's how X put
// it"
TEST(Sieves, WasAllXWouldSayAndADashBeforeThatsHow) {
  const Document d = extract("Maria Chen runs the bakery. \"I love it,\" says Chen.\n\n\"We'll see,\" was all her landlord, Tom Bry, would say.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Tom Bry");
  EXPECT_EQ(extract("Ruth Ames spoke first. \"Enough,\" was all Tom Bry said.").quotes.at(0).speaker, "Tom Bry");
  const Document t = extract("Tom Bry spoke first.\n\n\"Prices are up 30 percent\" \u2014 that's how Maria Chen put it.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].speaker, "Maria Chen");
}

// The object of a verb of memory or perception (data/witness_verbs.txt) right before a participle
// of saying is the one who speaks, not the verb's subject
TEST(Speaker, TheOneRememberedSayingItSpeaks) {
  Document d = extract("Maria Lopez said she remembers her father saying, \"Never sell the farm.\"");
  const Quote* q = find(d, "Never sell");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(mention(q), "her father");
  EXPECT_EQ(cue(q), "saying");
  EXPECT_EQ(mention(find(extract("I can still hear my mother saying, \"Eat your greens.\""), "Eat your")), "my mother");
  // its report too, and the witness's verb reports nothing of its own
  Document w = extract("One witness recalled Mr. Faulks saying he had struck it rich.");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(w.quotes[0].speaker, "Faulks");
  EXPECT_EQ(cue(&w.quotes[0]), "saying");
  Document p = extract("One witness recalled Mr. Faulks saying he had \"struck it rich in consulting,\" a claim prosecutors doubt.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(mention(&p.quotes[0]), "Mr. Faulks");
  // not a verb's object before a participle with no verb of memory: the subject speaks
  EXPECT_EQ(mention(find(extract("The senator criticized the governor saying, \"This is a disgrace.\""), "disgrace")), "The senator");
  // nor a participle of a topic: 'recalled Mr. Obama talking about "Collapse,"' is no one's words
  EXPECT_EQ(mention(find(extract("Ben Rhodes recalled Mr. Obama talking about \"Collapse,\" a best seller."), "Collapse")), "Ben Rhodes");
}

// A quotation nested in a direct quote, attributed inside it, is a record of its own: its speaker
// the subject the quote names ("I" the quote's speaker, "she" the nearest woman, a body's noun the
// body); the outer quote keeps its words. PolNeAR's reading keeps them the quote's.
// the record of fewest bytes whose text holds `part` (a nested quotation's, not the one around it)
const Quote* innermost(const Document& d, std::string_view part) {
  const Quote* best = nullptr;
  for (const Quote& q : d.quotes)
    if (q.text.find(part) != std::string::npos && (!best || q.text.size() < best->text.size())) best = &q;
  return best;
}

// A nested phrase, the object of the quote's own verb with no comma before it and the sentence
// going on after it, is a partial, and none of a group no one names: "They told us "a fortnight"
// in May" gives no record of its own
TEST(Nested, ANestedPhraseIsAPartial) {
  Document d = extract("Islanders are angry.\n\n'They told us \"a fortnight\" in May. Why would anybody believe them now?' asked Angus "
                       "Steele, a crofter.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Angus Steele");
  d = extract("\"He told me 'never again' and left,\" said Kim Park.");
  const Quote* inner = innermost(d, "never again");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->text, "never again");
  EXPECT_EQ(inner->kind, Kind::partial);
}

TEST(Nested, AQuotationTheQuoteAttributesIsItsOwnRecord) {
  Document d = extract("Severnmoor Water was fined on Monday.\n\nJo Pennington, who founded the trust, said: 'Every summer the company "
                       "said, \"It is a one-off, it won't happen again.\" Well, it happened again.'");
  const Quote* inner = innermost(d, "It is a one-off");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->text, "It is a one-off, it won't happen again.");
  EXPECT_EQ(mention(inner), "the company");
  EXPECT_EQ(cue(inner), "said");
  EXPECT_EQ(inner->speaker, "Severnmoor Water");
  const Quote* outer = find(d, "Every summer");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(outer->speaker, "Jo Pennington");
  // (he or she is another than the quote's speaker, who is "I" there: the nearest other person of
  // that gender; the clerk named with an age between commas)
  Document k = extract("Marcus Thorpe, 27, was convicted on Thursday. He showed no emotion.\n\nThe clerk, 61-year-old Harold "
                       "Quenneville, handed over his keys.\n\n\u201CHe said, \u2018Give me the keys,\u2019 and I did,\u201D the clerk "
                       "testified.");
  const Quote* keys = innermost(k, "Give me the keys");
  ASSERT_NE(keys, nullptr);
  EXPECT_EQ(keys->speaker, "Marcus Thorpe");
  const Quote* clerk = find(k, "and I did");
  ASSERT_NE(clerk, nullptr);
  EXPECT_EQ(clerk->speaker, "Harold Quenneville");
  // "I" is the quote's speaker; the cue after the nested words
  EXPECT_EQ(innermost(extract("\"I said, 'We are not moving,' and we did not,\" Tom Hale said."), "We are not moving,")->text, "We are not moving,");
  EXPECT_EQ(innermost(extract("\"I said, 'We are not moving,' and we did not,\" Tom Hale said."), "We are not moving,")->speaker, "Tom Hale");
  EXPECT_EQ(mention(innermost(extract("\"'Never sell the farm,' my father told me, and I never did,\" Smith said."), "Never sell the farm,")),
            "my father");
  EXPECT_EQ(mention(innermost(extract("\"'Never sell the farm,' said my father, and I never did,\" Smith said."), "Never sell the farm,")),
            "my father");
  // "she" past her other verbs: the nearest woman named
  Document b = extract("Fiona Braddock gave the team talk.\n\n\"She just sat down and said, 'I believe in every one of you.' Then she "
                       "walked out,\" Jamal Odukoya said.");
  const Quote* talk = innermost(b, "I believe in every one of you.");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->speaker, "Fiona Braddock");
  // "said to me"; "he" a man the paragraph brought in with "a", unnamed: no one named
  Document m = extract("Kettlewick Halt has been closed since May.\n\n'I rang the council and spoke to a very nice young man,' she "
                       "said. 'He said to me, \"Don't worry, it will all be sorted by Christmas,\" and I believed him.'");
  const Quote* young = innermost(m, "Don't worry");
  ASSERT_NE(young, nullptr);
  EXPECT_EQ(young->text, "Don't worry, it will all be sorted by Christmas,");
  EXPECT_EQ(mention(young), "He");
  EXPECT_EQ(young->speaker, "");
  // no record for nested words no cue attributes, a participle's or a name's
  EXPECT_EQ(extract("\"We called it 'the long goodbye' for years,\" Smith said.").quotes.size(), 1u);
  EXPECT_EQ(extract("\"I heard crowds on the street chanting 'No more war,' all night,\" Smith said.").quotes.size(), 1u);
  EXPECT_EQ(extract("\"You say, 'Go home,' and nobody moves,\" Smith said.").quotes.size(), 1u);
  Options o = bytes();
  o.grouping = Grouping::attribution;
  EXPECT_EQ(extract("\"I said, 'We are not moving,' and we did not,\" Tom Hale said.", o).quotes.size(), 1u);
}

// A dash between two cues opens a phrase of its own: the cue after the last dash reports the
// quoted words after it, not the sentence's first cue; not a dash that closes a short aside
TEST(Speaker, TheCueAfterADashReportsTheWordsAfterIt) {
  EXPECT_EQ(mention(find(extract("She announced plans to move the skeleton out of the main hall — a decision one trustee described "
                                 "as \"vandalism by committee.\""),
                         "vandalism")),
            "one trustee");
  EXPECT_EQ(mention(find(extract("Smith said the plan — which critics called \"a scam\" — would pass."), "a scam")), "critics");
  EXPECT_EQ(mention(find(extract("Smith said — and he was right — that \"nothing works.\""), "nothing works")), "Smith");
}

// A thing's name in title case in marks, a description between commas after it, the object of a
// verb of no saying: no one's words
TEST(Quotes, AThingsNameBeforeItsDescriptionIsNoQuote) {
  EXPECT_EQ(extract("Six months on, she has announced plans to move \"Big Agnes,\" the museum's 68-foot sauropod, to a new "
                    "gallery.")
                .quotes.size(),
            0u);
  // (after a cue or a form of "be" it may be said: kept)
  EXPECT_EQ(extract("Smith said the plan was \"Dead on Arrival,\" a phrase he repeated twice.").quotes.size(), 1u);
  EXPECT_EQ(extract("Smith called it \"Dead on Arrival,\" a phrase he repeated twice.").quotes.size(), 1u);
}

// The report goes on through a relative clause on its noun and a clause of contrast (the default
// reading); not through a "which" on the whole clause, whose verb follows it, nor a clause with a
// report of its own
TEST(Indirect, ARelativeClauseOrAContrastAfterTheReportIsItsOwn) {
  EXPECT_EQ(first_words("According to a team spokesman, the center was treated for his left wrist, which he jammed diving for a ball."),
            "the center was treated for his left wrist, which he jammed diving for a ball");
  EXPECT_EQ(first_words("He noted that the population has held steady since 1990, while three other islands have lost half their "
                        "residents."),
            "the population has held steady since 1990, while three other islands have lost half their residents");
  EXPECT_EQ(first_words("Mr. Haldane said the tradition started with their father, who could not carry a tune."),
            "the tradition started with their father, who could not carry a tune");
  EXPECT_EQ(first_words("Smith said the plan would fail, which angered supporters."), "the plan would fail");
  const Document d = extract("Kestrel said it had rejected the offer, while two people familiar with the matter said Ardent was preparing "
                             "a new bid.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "it had rejected the offer");
}

// "X told Y CLAUSE, according to Z": Z's report of the whole, and X's own of the clause, with or
// without "that"
TEST(Indirect, AReportTheSourceOfAccordingToReports) {
  const Document d = extract("Smith told the board he would resign next month, according to two people who attended the meeting.");
  ASSERT_EQ(d.quotes.size(), 2u);
  const Quote* own = innermost(d, "he would resign");
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->text, "he would resign next month");
  EXPECT_EQ(own->speaker, "Smith");
  EXPECT_EQ(extract("The company lost $2 million last year, according to filings.").quotes.size(), 1u);
}

// "Asked by X whether CLAUSE, Y replied": X's question is X's reported speech; the answer Y's
TEST(Indirect, TheQuestionTheOneByNamesPut) {
  const Document d = extract("Asked by Ms. Castellanos whether she had ever told Mr. Faulks he could pay himself, Ruth Meecham replied, "
                             "\"Never. Not once.\"");
  const Quote* question = find(d, "whether she had ever told");
  ASSERT_NE(question, nullptr);
  EXPECT_EQ(question->kind, Kind::indirect);
  EXPECT_EQ(question->text, "whether she had ever told Mr. Faulks he could pay himself");
  EXPECT_EQ(mention(question), "Ms. Castellanos");
  EXPECT_EQ(mention(find(d, "Never.")), "Ruth Meecham");
  // (not a journalist's: data/journalist_words.txt)
  const Document p = extract("Asked by reporters if she would run again, Ruth Meecham said she had not decided.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].speaker, "Ruth Meecham");
}

// A relative clause after quoted words whose verb a subject's cue reports, as in a plain sentence
TEST(Indirect, ARelativeClausesReportAfterAQuotation) {
  const Document d = extract("Tomasz Wielgosz said the deal was \"a game changer\" for the company, which he said had struggled to sell "
                             "to smaller retailers.");
  const Quote* r = find(d, "had struggled");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "had struggled to sell to smaller retailers");
  EXPECT_EQ(r->speaker, "Tomasz Wielgosz");
  EXPECT_EQ(cue(r), "said");
}

// "who" after a name a preposition governs is the name's, not a name before a clause that comes
// first ("At Palace, the departure … is a blow to Graham Pettifer, who insisted")
TEST(Attribution, WhoAfterAGovernedNamePastAnOpeningPhrasesName) {
  const Document d = extract("At Palace, the departure of their best player is a blow to Graham Pettifer, who insisted in March "
                             "that the winger was \"not for sale at any price\".");
  ASSERT_NE(find(d, "not for sale"), nullptr);
  EXPECT_EQ(find(d, "not for sale")->speaker, "Graham Pettifer");
}

// A question told to reporters is the speaker's own: the words after it go on being theirs, no
// answer of another's
TEST(Attribution, AQuestionToldToReportersHasNoAnswerer) {
  const Document d = extract(
      "'He is the perfect fit,' said Newcastle manager Inigo Larranaga.\n\n'When a boy tells you his dream, what are you going to "
      "do? Lock the door?' Graham Pettifer told reporters.\n\n'We got a very good price for a very good player, and I won't "
      "pretend otherwise.'");
  ASSERT_NE(find(d, "very good price"), nullptr);
  EXPECT_EQ(find(d, "very good price")->speaker, "Graham Pettifer");
}

// An interview's questions are the journalist's the subject spoke with ("spoke with Free Press
// reporter Luis Ortega"), not the byline's writer
TEST(Attribution, QuestionsOfTheJournalistTheSubjectSpokeWith) {
  const Document d = extract(
      "Tunnel plan gains support\n\nBy Rachel Emmons, Staff Writer\n\nGov. Elena Vasquez-Hale urged Congress to release the money.\n\n"
      "Vasquez-Hale spoke with Free Press reporter Luis Ortega after the event. The exchange has been edited for length and "
      "clarity.\n\nQ: How confident are you in the figure?\n\nA: We've had three independent cost estimates.");
  ASSERT_NE(find(d, "How confident"), nullptr);
  EXPECT_EQ(find(d, "How confident")->speaker, "Luis Ortega");
  ASSERT_NE(find(d, "three independent"), nullptr);
  EXPECT_EQ(find(d, "three independent")->speaker, "Elena Vasquez-Hale");
}

// A trailing cue's occasion may go on with a name of several words ("in a filing with the
// Securities and Exchange Commission", "in a statement to the Associated Press")
TEST(Reported, ATrailingCuesOccasionWithALongName) {
  for (const char* tail : {"in a filing with the Securities and Exchange Commission.", "in a statement to the Associated Press."}) {
    const Document d = extract(std::string("Acme Corp cut its forecast.\n\nThe company now expects revenue of $4 billion, the company said ") + tail);
    ASSERT_NE(find(d, "now expects revenue"), nullptr) << tail;
    EXPECT_EQ(find(d, "now expects revenue")->speaker, "Acme Corp") << tail;
  }
}

// A phrase between commas that names one among the subject's, its participle last ("the team,
// Valdés included, had assumed") is no verb of the reported clause's
TEST(Reported, AnIncludedPhraseBetweenCommasInTheClause) {
  const Document d = extract("Tobias Renner, a climate modeler, said the team, Valdes included, had at first assumed the signal was an error.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tobias Renner");
  EXPECT_EQ(d.quotes[0].text.substr(0, 30), "the team, Valdes included, had");
}

// "the department", "the council": a body whose name has the noun as the word before its "of"
// ("the Idaho Department of Lands"); the one body so headed that the text named before, further
// back than the sentences just before, when named again in the five paragraphs before; the body a
// spokesperson's phrase that opens the sentence before speaks for
TEST(Entities, TheBodyANounNames) {
  EXPECT_EQ(last_speaker("The Hollow Creek fire had burned 9,000 acres by Thursday, according to the Idaho Department of Lands. "
                         "The department said the fire was 10% contained."),
            "Idaho Department of Lands");
  EXPECT_EQ(last_speaker("Eastmoor Borough Council's leader, Cllr Janet Hale, said the authority had received no bid.\n\n"
                         "\"I understand the worry,\" she said. \"But we need homes. We have few sites. We must look at all of them.\"\n\n"
                         "In a statement, the council said the site was one of many under review."),
            "Eastmoor Borough Council");
  EXPECT_EQ(last_speaker("Harbour Living wants to build 60 flats on the site.\n\nIn an emailed statement, a spokeswoman for Harbour Living "
                         "said the plans would bring homes to the town centre.\n\nThe company added that a shuttle bus was under review."),
            "Harbour Living");
  // (not a body named once in passing many paragraphs before, nor one of two so headed)
  std::string far = "You can watch it on Dish Network.\n\n";
  for (int i = 0; i < 6; ++i) far += "The channel grew quickly in its first years.\n\n";
  EXPECT_EQ(last_speaker(far + "The network said it would send a reporter."), "The network");
  EXPECT_EQ(last_speaker("Eastmoor Borough Council and Westmoor Town Council met.\n\nResidents objected.\n\nNobody came.\n\n"
                         "Rain fell.\n\nIn a statement, the council said the site was one of many under review."),
            "the council");
}

// The sentence after a quotation that names whose it was: past an aside between commas ("That,
// in three words, is the verdict of X"), a noun of words and "came from" ("That vow came from
// X"), or a person's name right after "That is" ("That is Tomás Reyes, her sous chef"); not a
// place's or a thing's name there
TEST(Sieves, TheSentenceAfterTheWordsThatNamesTheirSpeaker) {
  EXPECT_EQ(only_speaker("\"Nobody asked us.\"\n\nThat, in three words, is the verdict of Tom Bracewell, whose family has run a "
                         "shop since 1962."),
            "Tom Bracewell");
  const Document d = extract("\"We will not let anybody turn this into a self-defense story.\"\n\nThat vow came from Kowalski, a "
                             "detective with 20 years on the force.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Kowalski");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "vow");
  EXPECT_EQ(only_speaker("Renata Szabo runs the kitchen.\n\n\"Chef tastes every component on every plate, every night.\"\n\nThat is "
                         "Tomás Reyes, her sous chef since the restaurant opened."),
            "Tomás Reyes");
  EXPECT_NE(only_speaker("Ann Lee spoke first. \"We need a new bridge.\" That is Washington's problem, not ours."), "Washington");
}

// "he" or "she" passes over a sentence's subject of no gender, none of whose words is a first
// name, for a name after it that an honorific of the pronoun's gender goes with
TEST(Entities, APronounPassesOverAFirmLikeSubjectForAnHonorificsName) {
  EXPECT_EQ(last_speaker("Harbour Living has offered Mr Bracewell a unit in the new building. His answer: \"Not yet.\""), "Bracewell");
  EXPECT_EQ(last_speaker("Harbour Living has offered Mr Bracewell a unit. \"I will think about it,\" he said."), "Bracewell");
  // (a subject with a first name keeps its place)
  EXPECT_EQ(last_speaker("John Harbour has offered Mr Bracewell a unit. \"I will think about it,\" he said."), "John Harbour");
}

// A firm's name whose last word is a noun of the lists that names no body ("Norvale Paper",
// "Business Insider") is the body "the company" names; a name inside a phrase a determiner opens
// ("in this northeastern New Brunswick town") is no other body of the sentence
TEST(Entities, TheCompanyAFirmWithANounInItsName) {
  EXPECT_EQ(last_speaker("Norvale Paper will close its pulp mill in this northeastern New Brunswick town at the end of March.\n\n"
                         "In a statement Wednesday, the company said the decision followed a review."),
            "Norvale Paper");
  EXPECT_EQ(last_speaker("Norvale Paper will close its pulp mill in March.\n\nIn a statement, the Montreal-based company said the "
                         "decision followed a review."),
            "Norvale Paper");
  // (a body's noun still names another kind: not the department for "the company")
  EXPECT_NE(last_speaker("The Justice Department sued Meridian over the merger. The company said it would fight the suit."),
            "Justice Department");
}

// "That was X's summary of …" after a quotation names its speaker
TEST(Sieves, AnOwnersNounOfWordsAfterTheQuotation) {
  const Document d = extract("Garland led Memphis with 31 points.\n\n\"We've got to grow up. That's the message.\"\n\nThat was "
                             "Garland's summary of a season in which the Grizzlies have lost six games.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Garland");
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "summary");
  // (past a modifier of the function words, "first"; a memory is words recalled)
  EXPECT_EQ(only_speaker("Maureen McAllister has run the ward since 1991.\n\n'She frightened the life out of me.'\n\nThat is Dr Priya "
                         "Venkatesan's first memory of McAllister, from a night shift in 2004."),
            "Priya Venkatesan");
}

// A capitalised office in an article's first paragraphs ("the Minister for Housing said he
// would …") is the one person the article gives that title as the subject of a verb of saying,
// however far down
TEST(Entities, ALedesCapitalisedOfficeNamedFarDown) {
  std::string text = "Tenants staged a sit-in on Saturday, as the Minister for Housing said he would 'look again' at the rules.\n\n";
  for (int i = 0; i < 8; ++i) text += "Residents of block " + std::to_string(i) + " said they had nowhere to go.\n\n";
  text += "Speaking in Wexford, Minister for Housing Fergal Tierney said he had asked officials to examine the law.";
  const Document d = extract(text);
  ASSERT_NE(find(d, "look again"), nullptr);
  EXPECT_EQ(find(d, "look again")->speaker, "Fergal Tierney");
}

// "said that" after a quotation, a place or a time and a clause of when after it, points back at
// the words: "Arlene Tulley, 84, said that outside the courthouse Thursday as she leaned on a cane"
TEST(Reported, SaidThatOutsideThePlaceAsSheLeaned) {
  const Document d = extract("Paul Renfrew spoke for the defence.\n\n\"He's a good boy. He's always been a good boy.\"\n\nArlene Tulley, "
                             "84, said that outside the courthouse Thursday as she leaned on a cane.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Arlene Tulley");
  // (a clause after a place that opens it is reported)
  EXPECT_EQ(first_words("Ann Lee said that outside the courthouse, protesters had gathered."), "outside the courthouse, protesters had gathered");
}

// A role's words and a name between commas after a phrase of no name, a word in -ing among them,
// is the speaker, no participle's phrase: "The key witness, paving contractor Dennis Morrow,
// testified"
TEST(Phrases, ARolesWordsInIngAndANameBetweenCommas) {
  EXPECT_EQ(only_speaker("The government's key witness, paving contractor Dennis Morrow, testified last week that he delivered cash."),
            "Dennis Morrow");
  // (a description between commas after a phrase whose noun is of the lists: "foreperson")
  EXPECT_EQ(only_speaker("The jury foreperson, a retired nurse, said the spreadsheet was decisive."), "The jury foreperson");
  // (a participle's phrase of speaking still leaves the phrase the speaker)
  EXPECT_EQ(only_speaker("A diplomat familiar with the talks, speaking on condition of anonymity, said the deal was close."),
            "A diplomat familiar with the talks");
}

// A role in lower case that no one is written with, its noun's first use in the text ("the state
// attorney general", "the former state treasurer"), is the person whose name opens the sentence
// before; not another's ("the other candidate"), a group's ("the friendly audience"), nor when that
// sentence names someone else too
TEST(Entities, ARoleNoOneHoldsIsTheOneJustNamed) {
  const Document d = extract(
      "Rosa Delgado walked onstage at the Sheraton to Bruce Springsteen's \"The Rising,\" an hour after the Associated Press called "
      "the race.\n\n\"Pennsylvania, you made me wait,\" the state attorney general told a ballroom of supporters.\n\nKaren Hartwell "
      "conceded in a brief speech, her voice breaking.\n\n\"This is a hard night,\" the former state treasurer said.");
  ASSERT_NE(find(d, "you made me wait"), nullptr);
  EXPECT_EQ(find(d, "you made me wait")->speaker, "Rosa Delgado");
  ASSERT_NE(find(d, "hard night"), nullptr);
  EXPECT_EQ(find(d, "hard night")->speaker, "Karen Hartwell");
  EXPECT_EQ(last_speaker("Bernie Sanders spoke for an hour. \"We need jobs,\" the other candidate said."), "the other candidate");
  EXPECT_EQ(last_speaker("Hillary Clinton spoke for an hour. The friendly audience said the speech was too long."), "The friendly audience");
  EXPECT_EQ(last_speaker("Jeb Bush brought his older brother, George W. Bush, to the rally.\n\n\"Labels are for soup cans,\" the former "
                         "president told the crowd."),
            "the former president");
  // (a capitalised word the subject's title has too, past an opening phrase: "the BJP leader")
  EXPECT_EQ(last_speaker("Hitting back, BJP State president K.P. Ramalingam told ANI that the government was rattled.\n\n\"Where "
                         "have the funds gone?\" the BJP leader said in Coimbatore."),
            "K.P. Ramalingam");
  EXPECT_EQ(last_speaker("Hitting back, BJP State president K.P. Ramalingam told ANI that the government was rattled.\n\n\"Where "
                         "have the funds gone?\" the Congress leader said in Coimbatore."),
            "the Congress leader");
  // (a noun used before names someone unnamed: "met an official")
  EXPECT_EQ(last_speaker("Ann Lee met a senior official on Monday. \"We will look at it,\" the senior official said."), "the senior official");
}

// he/she: no name alone between the writer's marks, a nickname ('Her cooks call her "Mama
// Paprika,"'); the one owner of the pronoun's gender the sentences name, when no one else fits
// ("the scrape of Renata Szabo's knife … She has been here since five")
TEST(Entities, APronounPassesOverANicknameAndFallsBackOnALoneOwner) {
  EXPECT_EQ(last_speaker("Renata Szabo opened Kettle & Crane in 2019. Her cooks call her \"Mama Paprika,\" though never to her face.\n\n"
                         "\"People hear 'Hungarian' and they picture goulash,\" she tells me."),
            "Renata Szabo");
  EXPECT_EQ(last_speaker("At 6:40 the only sound in the kitchen is the scrape of Renata Szabo's knife against a board. She has been "
                         "here since five.\n\n\"Until the last plate goes out,\" she says."),
            "Renata Szabo");
  // (not one of two owners of that gender)
  EXPECT_NE(last_speaker("At 6:40 the only sound is the scrape of Renata Szabo's knife and Mary Lund's spoon. \"Not yet,\" she says."),
            "Renata Szabo");
}

// A first name alone before a long description with "a" between commas and a cue is someone's:
// "Taras, a 44-year-old infantryman resting in the village after 11 days in a forward trench, said"
TEST(Mentions, AFirstNameBeforeALongDescription) {
  EXPECT_EQ(only_speaker("Not everyone agrees. Taras, a 44-year-old infantryman resting in the village after 11 days in a forward "
                         "trench, said the men needed rotation more than reinforcements."),
            "Taras");
}

// A first name with letters past ASCII is looked up with its marks stripped ("Étienne" is the
// list's "etienne"): after a title that may open a body's name ("Premier"), it makes the name a
// person's and tells the gender
TEST(Entities, AFirstNameWithAccentsIsTheListsName) {
  const Document d = extract("Premier Étienne Haché called the closure a slap.\n\n\"We will not abandon the people,\" Haché said in "
                             "French.\n\nHe said his government had been told.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Étienne Haché");
  EXPECT_EQ(d.quotes[1].speaker, "Étienne Haché");
  // (a name a preposition and "nearby" govern is no antecedent)
  EXPECT_EQ(last_speaker("Premier Étienne Haché, who grew up in nearby Caraquet, spoke first.\n\n\"We will not abandon the people,\" "
                         "Haché said.\n\nHe said his government had been told."),
            "Étienne Haché");
}

// "the bureau": the one body its noun heads that a sentence before opened with, however far back
TEST(Entities, TheBodyThatOpenedASentenceFarBack) {
  std::string text = "The Bureau of Meteorology said more than 300 millimetres of rain had fallen.\n\n";
  for (int i = 0; i < 8; ++i) text += "Residents of town " + std::to_string(i) + " stayed indoors.\n\n";
  text += "The bureau said a flood warning remained in place.";
  EXPECT_EQ(last_speaker(text), "Bureau of Meteorology");
}

// he/she after a sentence whose later clause, past ", but not before", has a subject of its own:
// that one ("Brandt later deleted her tweet, but not before Vale had screenshotted it"); not the
// subject of a clause a subordinator alone opens, whom the main clause's follows
TEST(Entities, APronounAfterButNotBefore) {
  EXPECT_EQ(last_speaker("Kaylee Brandt and Sienna Vale feuded.\n\nBrandt later deleted her tweet, but not before Vale had screenshotted "
                         "it. \"Deleting it does not make it untrue,\" she wrote on Instagram."),
            "Sienna Vale");
  EXPECT_EQ(last_speaker("Kaylee Brandt and Sienna Vale feuded.\n\nBrandt deleted her tweet, but before Vale arrived, Brandt left the "
                         "room. \"I am done,\" she wrote on Instagram."),
            "Kaylee Brandt");
}

// A role no one is written with: its capitalised words a body's the text names ("the Rovers
// boss", "the former Burnley defender"); the one named in a clause that opens its sentence
// ("But when that claim was put to Gary Threlfall, the former Burnley defender insisted"); an
// earlier "the" use of its noun is the same one's ("The lawmaker's letter")
TEST(Entities, ARoleNoOneHoldsWithABodysWordOrAfterAClauseNamingThem) {
  EXPECT_EQ(last_speaker("Gary Threlfall took charge of Castlebridge Rovers in 2021.\n\nThrelfall, 52, was seething as he faced the "
                         "media.\n\n\"I have never had a player just not turn up,\" said the Rovers boss."),
            "Gary Threlfall");
  EXPECT_EQ(last_speaker("Marco Diaz met the press.\n\nBut when that claim was put to Gary Threlfall, the former Burnley defender "
                         "insisted it was \"news to me\"."),
            "Gary Threlfall");
  // (not when the clause names two)
  EXPECT_EQ(last_speaker("But when that claim was put to Gary Threlfall and Marco Diaz, the former Burnley defender insisted it was "
                         "\"news to me\"."),
            "the former Burnley defender");
  EXPECT_EQ(last_speaker("Babatunde Oyelaran defected on Tuesday. The veteran lawmaker's letter was read in the House.\n\nSpeaking in "
                         "Abuja, Oyelaran said he had consulted widely.\n\n\"I did not leave the party,\" the veteran lawmaker told journalists."),
            "Babatunde Oyelaran");
}

// A title capitalised after "a" and the words of its tenure is a description's, no name's: "A
// former Minister of Works, Olumide Bankole," is "the former minister"
TEST(Entities, ACapitalisedTitleInADescriptionBeforeAName) {
  EXPECT_EQ(last_speaker("A former Minister of Works, Olumide Bankole, dismissed the defection.\n\n\"He was unknown until 2019,\" the "
                         "former minister said."),
            "Olumide Bankole");
}

// A role no one is written with, for a subject after a short opening phrase ("A few feet away,
// Miriam Adler, who argued for Swiftly, said"), with an honorific ("Ms. Kessler, 79, recalled that
// Ms. Merriman …"; the one the reported clause names is no other), or titled with another role
// when the phrase's is a former one ("Tasmanian independent senator Rhys Gilmour … the former AFL
// footballer")
TEST(Entities, ARoleNoOneHoldsAfterAnOpeningPhraseAnHonorificOrAnotherTitle) {
  EXPECT_EQ(last_speaker("A few feet away, Miriam Adler, who argued for Swiftly, said the decision restored common sense.\n\n"
                         "\"Drivers told us they did not want to be employees,\" said the veteran appellate lawyer."),
            "Miriam Adler");
  EXPECT_EQ(last_speaker("Ms. Kessler, 79, recalled that Ms. Merriman delivered the manuscript in a grocery bag.\n\n\"The grocery bag "
                         "was deliberate,\" the veteran editor said."),
            "Kessler");
  EXPECT_EQ(last_speaker("Tasmanian independent senator Rhys Gilmour, whose vote is likely to decide the bill's fate, said he had not "
                         "made up his mind.\n\n\"I will vote for a housing bill,\" the former AFL footballer said."),
            "Rhys Gilmour");
  // (another current role stays another's)
  EXPECT_EQ(last_speaker("Tasmanian independent senator Rhys Gilmour said he had not made up his mind.\n\n\"I will vote for it,\" the "
                         "AFL footballer said."),
            "the AFL footballer");
}

// A past participle after a document's noun, its agent after "by", is no cue of the frame: "in a
// statement signed by his Chief Press Secretary" leaves "described" the cue
TEST(Sieves, APastParticipleOfADocumentIsNoCue) {
  const Document d = extract("Governor Adewale Adeoye, in a statement signed by his Chief Press Secretary, described the defection as "
                             "\"an act of political desperation\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_TRUE(d.quotes[0].cue.has_value());
  EXPECT_EQ(d.quotes[0].cue->text, "described");
  EXPECT_NE(d.quotes[0].speaker, "a statement");
}

// An age alone that the text gives no one ("the 71-year-old") is the subject of the sentence
// before, past a long opening phrase and a title; a picture's credit line ("Neilson Barnard via
// Getty Images.") is no sentence with a subject
TEST(Entities, AnAgeNoOneIsGivenIsTheOneJustNamed) {
  EXPECT_EQ(last_speaker("In a dissent joined by Justices Naomi Feld and Teresa Villanueva, Justice Harold Benavides wrote that the "
                         "majority had erred.\n\n\"A worker who cannot see the algorithm is not running his own business,\" the "
                         "71-year-old wrote."),
            "Harold Benavides");
  EXPECT_EQ(last_speaker("Peter Serafinowicz posted the clip on Thursday.\n\nNeilson Barnard via Getty Images.\n\n\"What if he had "
                         "elocution lessons?\" the 43-year-old asked."),
            "the 43-year-old");
}

// "her husband" is the one the text named with the owner from the other side of the pair: "Ray
// Haskins … sat with his wife, Jolene," (data/kin_nouns.txt, its second column)
TEST(Entities, AKinNounNamedFromTheOtherSide) {
  EXPECT_EQ(last_speaker("On Cherry Street, Ray Haskins sat with his wife, Jolene, on the front steps.\n\n\"That was my mama's "
                         "china,\" she said.\n\n\"She's right,\" her husband said."),
            "Ray Haskins");
  // (no pair the text gave: the phrase stays)
  EXPECT_EQ(last_speaker("On Cherry Street, Ray Haskins sat with Jolene on the front steps.\n\n\"That was my mama's china,\" Jolene "
                         "said.\n\n\"She's right,\" her husband said."),
            "her husband");
}

// "he added" after a quotation a phrase attributes, the phrase after the words ('"…," the BJP
// leader said in Coimbatore'), is the one the phrase names, even of no gender the text tells;
// a question at the end of those words asks no one, so "added" is no answer to it; a title's
// closing mark before a sentence's subject is no quotation's
TEST(Entities, APronounAfterAPhrasesQuotation) {
  EXPECT_EQ(last_speaker("Hitting back, BJP State president K.P. Ramalingam told ANI that the government was rattled.\n\n\"Central funds "
                         "have come. Where have they gone?\" the BJP leader said in Coimbatore.\n\n\"We will cross 40 seats this time,\" "
                         "he added."),
            "K.P. Ramalingam");
  EXPECT_EQ(last_speaker("John Leguizamo spoke about history.\n\nIn a conversation with HuffPost Live's Alyona Minkovski about his project, "
                         "\"Latin History for Dummies,\" the actor discussed the absence of Latinos. \"Just imagine,\" he said."),
            "John Leguizamo");
}

// "and that" after a second verb's phrase opens another clause the first cue reports, not one of
// that verb's own: 'said the engineer had spoken to Amis by phone and followed up in writing, and
// that …' is one report of "said", not one of "followed up"
TEST(Attribution, AndThatAfterAVerbsPhraseIsTheFirstCuesClause) {
  Document d = extract("The inspector said the engineer had spoken to Amis by phone and followed up in writing, and that three tenants "
                       "had complained of headaches.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "said");
  EXPECT_EQ(d.quotes[0].text, "the engineer had spoken to Amis by phone and followed up in writing, and that three tenants had complained "
                              "of headaches");
  // (a second verb whose own "that" follows it reports: "and added that")
  Document e = extract("The inspector said the engineer had spoken to Amis by phone and added that three tenants had complained.");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(cue(&e.quotes[1]), "added");
}

// A name set off by commas after the words of an aside that a preposition opens after the
// sentence's subject names someone in the aside: the subject speaks ("Governor Adewale Adeoye, in
// a statement signed by his Chief Press Secretary, Mr. Kunle Ajibade, described …")
TEST(Attribution, ANameAfterAnAsidesWordsIsNoSubject) {
  EXPECT_EQ(only_speaker("But Governor Adewale Adeoye, in a statement signed by his Chief Press Secretary, Mr. Kunle Ajibade, described the "
                         "ruling as \"a victory for the people of the state\"."),
            "Adewale Adeoye");
  // (an appositive after the subject itself speaks: "His Chief Press Secretary, Mr. Kunle Ajibade,")
  EXPECT_EQ(only_speaker("His Chief Press Secretary, Mr. Kunle Ajibade, described the ruling as \"a victory for the people of the state\"."),
            "Kunle Ajibade");
}

// Words with no cue after a sentence about one person are that person's, a short title's words
// in marks in it no one's quotation ("… a full episode of 'Casualty'."); words quoted in it that
// are a phrase's are someone's, and the subject is no longer sure to speak
TEST(Sieves, ATitleInTheSentenceBeforeIsNoQuotation) {
  const std::string t = "Maureen McAllister retires today. She has worked for 43 years.\n\nA spokeswoman for the trust said the room "
                        "would be named after her.\n\n";
  EXPECT_EQ(last_speaker(t + "McAllister has never watched a full episode of 'Casualty'. 'I had 43 years of it for real.'"),
            "Maureen McAllister");
  EXPECT_NE(last_speaker(t + "McAllister has never watched what her son calls 'the worst show on television, full stop'. 'I had 43 "
                             "years of it for real.'"),
            "Maureen McAllister");
}

// A second verb's quoted words ("… but warned that Halden were "…"") are the main clause's
// subject's, past a question or a phrase that opens the sentence ("Asked whether Varano could keep
// up its form, he said …", "When told Perez was in the Cabinet, Bush …"); a clause a subordinator
// opens with a subject of its own keeps that subject ("When Robby Mook, the campaign manager was
// asked …, he laughed and said")
TEST(Sieves, ASecondVerbPastAnOpeningQuestion) {
  EXPECT_EQ(last_speaker("Team principal Marco Bellandi watched the last laps.\n\n\"Today I did,\" Bellandi said.\n\nAsked whether "
                         "Varano could keep up its form, he said the team would bring a new wing but warned that Halden were \"faster "
                         "than us on Saturdays.\""),
            "Marco Bellandi");
  EXPECT_EQ(last_speaker("Taylor Bush sat behind him. When told Perez was in the Cabinet, Bush thought for a moment and said that "
                         "in this climate, \"it's an advantage not to be a celebrity.\""),
            "Taylor Bush");
  EXPECT_EQ(last_speaker("When Robby Mook, the campaign manager was asked if Clinton would hold a press conference, he laughed and "
                         "said, \"We'll see.\""),
            "Robby Mook");
}

// A title after a work's noun may end in a question's or an exclamation's mark ('the struggle song
// "Senzeni Na?"'), no one's words, nor the gloss in brackets after it and a nickname further on
TEST(Sieves, ATitleEndingInAQuestionMark) {
  EXPECT_TRUE(extract("As the rally ended, strikers sang the struggle song \"Senzeni Na?\" (\"What have we done?\") and marched past "
                      "the shaft, which workers have nicknamed \"Die Hel\".")
                  .quotes.empty());
  // (words someone says are still theirs: 'she said, "Who Will Pay?"')
  EXPECT_EQ(only_speaker("Asked about the plan, Mayor Ann Lee said, \"Who Will Pay?\""), "Ann Lee");
}

// Turns of an exchange with no cues: the answer to a question that calls someone by name is that
// one's ('"Mr Thewlis, how much were you paid?"', '"…, Mr Thewlis?"'); a turn cut off with a dash
// is followed by the other speaker's and taken up again with a dash by its own; words to "you"
// after such a turn are the other speaker's
TEST(Sieves, AnExchangeByNameAndDashes) {
  const Document d = extract(
      "Graham Thewlis, the chief executive of Severnside Water, faced questions from MPs.\n\nThe committee's chair, Dame Harriet "
      "Colley, opened with a question about pay.\n\n\"Mr Thewlis, how much were you paid last year?\"\n\n\"My total remuneration was "
      "\u00A31.1 million, of which\u2014\"\n\n\"One point one million pounds.\"\n\n\"\u2014of which the bonus element I chose to "
      "waive.\"\n\n\"You chose to waive it after it was reported.\"\n\nLater, Dame Harriet returned to the question.\n\n\"Have you "
      "considered resigning, Mr Thewlis?\"\n\n\"No. I think the job is to fix it.\"");
  ASSERT_EQ(d.quotes.size(), 7u);
  const char* want[] = {"Harriet Colley", "Graham Thewlis", "Harriet Colley", "Graham Thewlis", "Harriet Colley", "Harriet Colley",
                        "Graham Thewlis"};
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(d.quotes[i].speaker, want[i]) << d.quotes[i].text;
  // (a name with a particle calls its person too: "Ms. van Houten,")
  for (const char* call : {"Ms. van Houten"}) {
    const Document e = extract(std::string("Defense attorney Sean O'Malley questioned Nicole van Houten.\n\n\"") + call +
                               ", you told this jury the lot was dark, correct?\" O'Malley asked.\n\n\"It was dark, yes.\"\n\n\"And "
                               "you were behind the bar?\"\n\n\"About that.\"");
    ASSERT_EQ(e.quotes.size(), 4u) << call;
    const char* turns[] = {"Sean O'Malley", "Nicole van Houten", "Sean O'Malley", "Nicole van Houten"};
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(e.quotes[i].speaker, turns[i]) << call << ": " << e.quotes[i].text;
  }
  // (a "yes" or "no" in the first person answers a question put to no "you": the other speaker's)
  const Document y = extract("'I filled them in,' Miss O'Connell said.\n\n'So the chart was wrong?' the coroner asked.\n\n'Yes. "
                             "I'm sorry. It was wrong.'");
  ASSERT_EQ(y.quotes.size(), 3u);
  EXPECT_EQ(y.quotes[2].speaker, "O'Connell");
  // (a question that calls no one by name leaves the words their speaker's)
  EXPECT_EQ(last_speaker("Dame Harriet Colley opened with a question.\n\n\"How much were you paid?\"\n\n\"That is a fair question.\""),
            "Harriet Colley");
}

// What a hearing heard is testimony, the words of no one the sentence names: "The court heard
// that …", "The inquest was told on Tuesday that …" (data/hearing_nouns.txt), a report with no
// speaker; not another subject's ("The council heard" is no body of hearings) nor with quotation
TEST(Reported, WhatTheCourtHeardIsNoOnesByName) {
  const Document d = extract("The Environment, Food and Rural Affairs Committee heard that Severnside discharged sewage for 212,000 "
                             "hours.\n\nThe inquest was told on Tuesday that the boy had been left alone.\n\nThe court heard the man "
                             "had fled.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[0].text, "Severnside discharged sewage for 212,000 hours");
  EXPECT_EQ(d.quotes[0].speaker, "");
  EXPECT_EQ(cue(&d.quotes[0]), "heard");
  EXPECT_EQ(cue(&d.quotes[1]), "was told");
  EXPECT_EQ(d.quotes[2].text, "the man had fled");
  EXPECT_TRUE(extract("The band heard that the tour was cancelled.").quotes.empty());
}

// A second verb after "and" or "but" with "had" or a modal before it goes on the reported clause
// ("said he had no plans to leave but had advised the projects to keep a mirror"); the speaker's
// own next act is told in the past ("but added that …")
TEST(Reported, APastPerfectAfterButGoesOnTheReport) {
  Document d = extract("Jonah Marsh said he had no plans to leave Quillstack himself but had advised the projects he maintains to keep "
                       "a mirror elsewhere.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "he had no plans to leave Quillstack himself but had advised the projects he maintains to keep a mirror "
                              "elsewhere");
  EXPECT_EQ(extract("Jonah Marsh said he had no plans to leave Quillstack but added that the projects should keep a mirror.").quotes.size(),
            2u);
}

// ", but that" before a short phrase of when and its clause goes on the report ("said that their
// daughter had asked to take it, but that for now it would stay on its stand")
TEST(Reported, ButThatAndAPhraseOfWhenGoOnTheReport) {
  EXPECT_EQ(first_words("Marguerite said that their daughter, Celeste, had asked to take the saxophone home, but that for now it would "
                        "stay on its stand."),
            "their daughter, Celeste, had asked to take the saxophone home, but that for now it would stay on its stand");
}

// A relative clause of place after the report's comma goes on with it, the speaker's words as well
// ("told police the argument continued outside, where Oakes fired three shots")
TEST(Reported, ARelativeClauseOfPlaceGoesOnTheReport) {
  EXPECT_EQ(first_words("Witnesses told police the argument continued outside, where Oakes fired three shots, striking Hollins."),
            "the argument continued outside, where Oakes fired three shots, striking Hollins");
}

// A list of counts is one subject, its commas and "and" inside it ("said 212 firefighters, 14
// helicopters and six pieces of heavy equipment were assigned")
TEST(Indirect, AListOfCountsIsOneSubject) {
  EXPECT_EQ(first_words("Kovac said 212 firefighters, 14 helicopters and six pieces of heavy equipment were assigned to the fire."),
            "212 firefighters, 14 helicopters and six pieces of heavy equipment were assigned to the fire");
  EXPECT_EQ(first_words("Kovac said 212 firefighters and 14 helicopters were assigned."), "212 firefighters and 14 helicopters were assigned");
  // (a count after a lead of how many: "and more than 600 FEMA personnel")
  EXPECT_EQ(first_words("Gloria Banks said three teams and more than 600 FEMA personnel were already in the state."),
            "three teams and more than 600 FEMA personnel were already in the state");
  EXPECT_EQ(first_words("Gloria Banks said three urban search and rescue teams and more than 600 FEMA personnel were in the state."),
            "three urban search and rescue teams and more than 600 FEMA personnel were in the state");
  // (not a determiner before the comma: the writer's phrase ends there)
  EXPECT_EQ(first_words("He described his first trip from the airport, all he saw was a dark highway."), "(none)");
}

// Quoted words right after a passive, an adverb between its "be" and its participle, are what it
// calls its subject, no one's: 'was once considered "unwinnable"'; nor is a naming participle
// after a noun a preposition governs, its name object and a relative clause after it, their cue
// ('a form of a protein called KRAS that was considered "undruggable"'), nor does its "that" open
// a report
TEST(Partial, APassiveOrANamingParticipleGivesTheWordsToNoOne) {
  EXPECT_EQ(only_speaker("The district was once considered \"unwinnable\" for Democrats."), "(0 quotes)");
  EXPECT_EQ(only_speaker("The drug blocks a mutated form of a protein called KRAS that drives tumor growth and that was considered "
                         "\"undruggable\" for most of the last forty years."),
            "(0 quotes)");
  // (the passive's agent speaks; a finite verb's subject speaks)
  EXPECT_EQ(only_speaker("The plan was later called \"reckless\" by the mayor."), "the mayor");
  EXPECT_EQ(only_speaker("The senator called Trump \"dangerous\" on Monday."), "The senator");
  EXPECT_EQ(first_speaker("In July, Gingrich cynically dismissed NATO member Estonia as being in the \"suburbs of St. Petersburg.\""),
            "Gingrich");
}

// A "who" after "and" stands for what the sentence's earlier "who" does ("Devon Marsh, who has
// managed Kiana Brooks since 2019 and who said his client had …"), not the name just before it
TEST(Speaker, AWhoAfterAndIsTheEarlierWhos) {
  EXPECT_EQ(first_speaker("The assessment came from Devon Marsh, who has managed Kiana Brooks since 2019 and who said his client had "
                          "\"no plans, right now,\" to sue."),
            "Devon Marsh");
}

// A noun of words and "from" the speaker in the sentence after a quotation name its speaker ("Those
// words, from Villa manager Jonas Lindqvist at his press conference on Friday, marked …", "That
// quote from Alabama Securities Commissioner Thomas Krebs appeared …")
TEST(Speaker, WordsFromSomeoneInTheNextSentence) {
  EXPECT_EQ(only_speaker("\"He wants to go, and I am not a prison guard.\"\n\nThose words, from Villa manager Jonas Lindqvist at his "
                         "press conference on Friday, marked the moment the club stopped fighting."),
            "Jonas Lindqvist");
  EXPECT_EQ(only_speaker("\"I'd rather have a sister in a whorehouse than a brother in the FBI.\" That quote from Alabama Securities "
                         "Commissioner Thomas Krebs appeared on the front page in 1980."),
            "Thomas Krebs");
}

// A passive of telling after "and", the subject's second verb, reports its agent's words ("One man
// shouted "Shame!" and was warned by Carraway that he would be removed"), and gives the quotation
// before it to no agent: the cue before the words is theirs
TEST(Indirect, APassiveAfterAndReportsItsAgentsWords) {
  const Document d = extract("One man shouted \"Shame!\" and was warned by Carraway that he would be removed if he interrupted again.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "One man");
  EXPECT_EQ(d.quotes[1].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[1].speaker, "Carraway");
  EXPECT_EQ(d.quotes[1].text, "he would be removed if he interrupted again");
  const Document p = extract("The players trained and were told by the coach that training was cancelled.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].speaker, "the coach");
  ASSERT_TRUE(p.quotes[0].cue);
  EXPECT_EQ(p.quotes[0].cue->text, "were told");
}

// Words in a paragraph of their own that call the one who spoke last by the title the text gives
// them ("…, governor.", "…, senator.") are the exchange's other speaker's
TEST(Exchange, WordsThatCallTheLastSpeakerByTitleAreTheOthers) {
  const Document d = extract(
      "Former Gov. Karen Delacroix sparred with Sen. Maria Echeverria.\n\n\"Did you call it a hoax?\" Echeverria asked.\n\n\"I said a lot "
      "of things as a rancher,\" Delacroix replied.\n\n\"That is not an answer, governor.\"\n\n\"It's the only honest one I've got, "
      "senator.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[2].speaker, "Maria Echeverria");
  EXPECT_EQ(d.quotes[3].speaker, "Karen Delacroix");
}

// A title that a description of the work follows after its comma is no one's words ('"Salt &
// Honey," the 2023 single that …', '"Touching the Void," the 2003 climbing documentary'), an
// ampersand between capitalised words in it; and quoted words in a relative clause with a pronoun
// subject and a verb of saying after a noun take that verb for their cue ("the documentary she
// said she had watched "about five times."")
TEST(Partial, ATitleADescriptionFollowsIsNoOnes) {
  EXPECT_EQ(only_speaker("The singers accused each other of rewriting the history of \u201CSalt & Honey,\u201D the 2023 single that earned "
                         "them both nominations."),
            "(0 quotes)");
  const Document d = extract("Castleford was referring to \u201CTouching the Void,\u201D the 2003 climbing documentary she said she had "
                             "watched \u201Cabout five times.\u201D");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "about five times.");
  ASSERT_TRUE(d.quotes[0].cue);
  EXPECT_EQ(d.quotes[0].cue->text, "said");
  // (not words a cue gives before the comma)
  EXPECT_EQ(only_speaker("\"We Will Win,\" the senator said."), "the senator");
}

// The one the cue's words were told to is not the pronoun's speaker, and a title between "the"
// and the name's comma is past for the one told ("told the First Minister, Gwenllian Rees")
TEST(Addressee, TheOneToldIsNotThePronounAndATitleBeforeTheName) {
  Document d = extract("Gwenllian Rees arrived late.\n\n'Why not?' she told Jo Marsh.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gwenllian Rees");
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "Jo Marsh");
  d = extract("'What happened?' Owain Price told the First Minister, Gwenllian Rees.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "Gwenllian Rees");
  d = extract("'What happened?' Owain Price told the Prime Minister, Gwenllian Rees.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[0].addressees[0], "Gwenllian Rees");
}

// A base form right after a form of "be" is no cue ("His response was brief:"), and a cue after
// a phrase of "in a later statement" or "in a separate written statement" is no reduced relative
// clause: the words before it are the speaker's
TEST(Cue, AnAdjectiveAfterBeAndAPhraseOfADocumentAfterTheCue) {
  Document d = extract("Rhodri Lewis-Jones spoke first.\n\nMr Lewis-Jones's response was brief: 'Not good enough.'", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Rhodri Lewis-Jones");
  EXPECT_EQ(cue(&d.quotes[0]), "");
  for (const char* after : {"in a later statement", "in a statement later", "in a separate written statement", "in a brief emailed statement",
                            "in a statement posted on X shortly after 10pm"}) {
    d = extract(std::string("\"The plan is bad,\" the mayor said ") + after + ".", bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << after;
    EXPECT_EQ(mention(&d.quotes[0]), "the mayor") << after;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << after;
  }
}

// A quotation over several paragraphs with no cue after one whose words speak of another as "he"
// is a speech that goes on, its speaker the one quoted last, no reply in an exchange
TEST(Exchange, ASpeechOverParagraphsIsNoReply) {
  const std::string t =
      "In the clip, Gaines can be heard saying, \"I'm getting my phone.\"\n\nHis mother, Yvonne Gaines, spoke briefly. \"My son was "
      "not a threat. He was scared,\" she said.\n\n\"I have watched that video more times than any mother should.\n\n\"I want to "
      "see the rest of it.\"";
  EXPECT_EQ(last_speaker(t), "Yvonne Gaines");
  // (words over three paragraphs, the last split by the cue: the words after the cue go on from the
  // paragraph of the closing mark, not of the opening one)
  Document d = extract("In his opening statement, Tom Hale defended the price.\n\n\"The list price is not what most patients "
                       "pay.\n\n\"We have also committed $2 billion to new plants.\n\n\"I understand the frustration in this room,"
                       "\" he said. \"But the system was not designed by us.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Tom Hale");
}

// A role's phrase and the name between commas after it, a party's label in brackets after the name,
// is the subject of a participle's report: the person's
TEST(Speaker, ARolesNameBetweenCommasPastAPartysLabel) {
  EXPECT_EQ(only_speaker("The subcommittee's chair, Sen. Robert Akande (D-Wash.), closed the hearing by saying the panel intended to "
                         "mark up legislation."),
            "Robert Akande");
}

// A party's word alone after a word in lower case that describes it ("the panel's top Democrat",
// "the committee's ranking Republican") is a role's noun, no name: the name between commas after it
// is the speaker's, whatever the cue's form
TEST(Speaker, APartysWordAfterItsModifierIsARolesNoun) {
  EXPECT_EQ(only_speaker("The panel's top Democrat, Rep. Ann Cole, rejected the bill, saying it would fail."), "Ann Cole");
  EXPECT_EQ(only_speaker("\"It will fail,\" said the panel's top Democrat, Rep. Ann Cole."), "Ann Cole");
  EXPECT_EQ(only_speaker("The committee's ranking Republican, Sen. Thomas Whitcombe of Wyoming, took a different tack, arguing that "
                         "negotiation had discouraged investment."),
            "Thomas Whitcombe");
  EXPECT_EQ(only_speaker("\"The campaign has been reluctant,\" said one senior Democrat."), "one senior Democrat");
}

// Letters after a name are no part of it, "SAN" too (Senior Advocate of Nigeria)
TEST(Speaker, ASeniorAdvocatesLetters) {
  EXPECT_EQ(only_speaker("Counsel to the petitioner, Olumide Akintola, SAN, told journalists that his client would appeal."),
            "Olumide Akintola");
}

// What someone did, after "do was", is a verb still: "all she could do was shout"
TEST(Cue, ABaseFormAfterWhatSomeoneDid) {
  const std::string t = "When she saw the news, all she could do was shout \"Yessss!\" at the TV.";
  Document d = extract(t, all_attributions());
  const Quote* q = find(d, "Yessss");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(cue(q), "could do was shout");
}

// Words a lede opens with belong to the one the next sentence says they belong to ("The words
// belong to Wes Pruden, …"), and go on no headline's quotation in the paragraphs after it
TEST(Speaker, TheWordsBelongToAndNoHeadlinesWordsGoOn) {
  EXPECT_EQ(first_speaker("FORT KESSEL, Alta. — \"We had maybe twenty minutes between the first ash landing and the flames.\"\n\nThe "
                          "words belong to Wes Pruden, a 58-year-old heavy-equipment operator who was among the last to leave."),
            "Wes Pruden");
  const std::string t = "Wildfire forces town to flee: 'Leave now,' mayor pleads\n\nFORT KESSEL, Alta. — \"We had maybe twenty "
                        "minutes between the first ash landing on the windshield and the flames.\"\n\nThe fire had grown overnight.";
  Document d = extract(t);
  const Quote* q = find(d, "twenty minutes");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->speaker, "mayor");
}

// After a question and its answer, words alone that open with "you" press the one who answered:
// the asker's, and words in the first person after them the answerer's again; an answer that
// calls the asker by a title before its cue's comma ('"…, Senator," Halvorsen said') speaks to
// another, whatever their genders
TEST(Exchange, WordsThatPressTheAnswerAreTheAskers) {
  const std::string t =
      "Sen. Ruth Abernathy held up the memoir and read a passage aloud before Margaret Halvorsen.\n\n\"Do you still believe that "
      "rangers are busybodies?\" she asked.\n\n\"I believe I wrote that on a bad day, Senator,\" Halvorsen said.\n\n\"You wrote it on "
      "page 212. And again on page 240.\"\n\n\"Then I had two bad days.\"";
  Document d = extract(t);
  const Quote* q = find(d, "page 212");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ruth Abernathy");
  q = find(d, "two bad days");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Margaret Halvorsen");
}

// A verb whose object is its target, "of" right after it and no form of "be" before, is a
// passive's participle: a headline's 'First Minister accused of "broken promise"' is no one's
// words of the minister's; the active names its target first
TEST(Cue, AHeadlinesAccusedOfIsAPassive) {
  EXPECT_TRUE(extract("First Minister accused of 'broken promise' on two-year waits for operations\n\nThe row went on.").quotes.empty());
  EXPECT_EQ(only_speaker("Lim accused Brandt of \"folding in the last round.\""), "Lim");
  EXPECT_EQ(only_speaker("Okafor, accused of fraud, said he would fight the charge."), "Okafor");
}

// Review mends: "cautioned of" is active (only data/passive_of_verbs.txt's verbs take "of" only in
// the passive); a general "you" after an answer that called no one by a title goes on being the
// answerer's; an owner's name after "told" is no one told
TEST(Review9, NarrowerRulesOfTheRound) {
  EXPECT_EQ(only_speaker("Fed officials cautioned of \"significant downside risks\" to growth."), "Fed officials");
  EXPECT_TRUE(extract("Minister also accused of \"broken promise\" on waits\n\nThe row went on.").quotes.empty());
  EXPECT_EQ(last_speaker("\"Why did you stay after the flood?\" a neighbour asked her last week.\n\n\"Because it is home,\" Maria Lopez "
                         "said.\n\n\"You do not just leave the place where your parents are buried.\""),
            "Maria Lopez");
  EXPECT_EQ(last_speaker("Jo Marsh, the planning chief, spent Monday at the site.\n\n\"Why not build here?\" she told Marsh's deputy."),
            "Jo Marsh");
  EXPECT_EQ(first_words("All the mayor could do on Monday was urge residents to stay indoors.", all_attributions()),
            "residents to stay indoors");
}

// "whom" opens a relative clause as "who" does: its subject is none of the cue's after it
// ("Kariuki, whom supporters in Nyeri call "Mama Afya," accused the union of …")
TEST(Attribution, WhomOpensARelativeClause) {
  EXPECT_EQ(last_speaker("Grace Kariuki spoke on Monday.\n\nKariuki, whom supporters in Nyeri call \"Mama Afya,\" accused the union "
                         "of \"holding patients hostage\"."),
            "Grace Kariuki");
}

// A title's closing mark after its comma ends the clause as the comma would ('On "The Morning
// Show," the former secretary of state and current nominee said'); a relative clause between
// commas that holds a nickname leaves the phrase before it the speaker, whatever its noun
TEST(Attribution, ACommaInsideATitlesClosingMark) {
  EXPECT_EQ(last_speaker("On Tuesday's episode of \"The Morning Show,\" the former secretary of state and current presidential "
                         "nominee said she was sorry."),
            "the former secretary of state and current presidential nominee");
  EXPECT_EQ(last_speaker("Supporters of the project, who call it \"the Northern Artery,\" say it would replace diesel generators."),
            "Supporters of the project");
}

// "The words were those of X" after a quotation names its speaker, as "The words belong to X" does
TEST(Attribution, TheWordsWereThoseOf) {
  EXPECT_EQ(first_speaker("\"We are not ruling anything out, including people on the inside.\" The words were those of Det. Sgt. "
                          "Sizwe Mthembu of the South African Police Service, who is leading the case."),
            "Sizwe Mthembu");
}

// A subject's noun, its phrase of "of" and a verb's -s form before the verb's object ("said each
// stage of load-shedding costs the economy R900 million a day"): a reported clause
TEST(Attribution, ASubjectWithAPhraseOfOfAndAnSForm) {
  EXPECT_EQ(extract("Dr. Nomvula Dlamini, an energy economist, said each stage of load-shedding costs the economy roughly R900 "
                    "million a day.")
                .quotes.size(),
            1u);
}

// The sentence after a quotation that names its speaker as the one who did the words' noun ("That
// was the instruction Mayor Maria Lourdes "Bing" Villareal gave police") or by a role and the name
// between commas ("That was the Presiding Officer, Alison Grieve, as the noise rose")
TEST(Attribution, TheSentenceAfterNamesTheOneWhoGaveTheWords) {
  EXPECT_EQ(first_speaker("\"If they refuse, we carry them.\"\n\nThat was the instruction Mayor Maria Lourdes \"Bing\" Villareal gave "
                          "police and village officials on Tuesday."),
            "Maria Lourdes Villareal");
  // (not one who got them)
  EXPECT_NE(first_speaker("\"Stay home.\"\n\nThat was the message Tom Reyes received on Tuesday."), "Tom Reyes");
  EXPECT_EQ(last_speaker("Nicola Sturgeon rose to answer.\n\n\"Order!\" That was the Presiding Officer, Alison Grieve, as the noise "
                         "rose."),
            "Alison Grieve");
  // (one who used or made them: data/wording_verbs.txt)
  EXPECT_EQ(first_speaker("\"We will not back down.\" Those were the words Mayor Tom Reed used at the rally."), "Tom Reed");
  EXPECT_EQ(first_speaker("\"Nobody leaves until the storm passes.\" That was the promise Governor Ana Silva made to residents."),
            "Ana Silva");
  // (not one who ignored or dreaded the words, nor a name after a time's word and a comma)
  EXPECT_NE(last_speaker("Police warned residents to leave. \"Get out now.\" That was the warning Mayor Tom Reed ignored."), "Tom Reed");
  EXPECT_NE(first_speaker("\"You are fired.\" Those were the words Jane Roe dreaded."), "Jane Roe");
  EXPECT_NE(first_speaker("Firefighters yelled at the crowd. \"Get back now!\" That was the scene Monday, Jane Doe, a neighbour, "
                          "recalled."),
            "Jane Doe");
}

// "The speaker, X," opening the sentence after a quotation names its speaker
TEST(Attribution, TheSpeakerNamedAfterTheQuotation) {
  EXPECT_EQ(last_speaker("Rijkswaterstaat, the national roads authority, said traffic jams had totalled 1,100 kilometres.\n\n\"We are "
                         "not against nature. We are nature.\"\n\nThe speaker, Gerrit Kamphuis, 64, had driven his tractor for six "
                         "hours."),
            "Gerrit Kamphuis");
  // (not a legislature's Speaker)
  EXPECT_NE(last_speaker("The crowd began to chant. \"Shame! Shame!\" The Speaker, Lindsay Hoyle, suspended the sitting."),
            "Lindsay Hoyle");
}

// "lay", the past of "lie", is a reported clause's verb ("said her farm lay 900 metres from the Veluwe")
TEST(Attribution, LayIsAPast) {
  EXPECT_EQ(only_speaker("Anouk Hendriks, a pig farmer, said her farm lay 900 metres from the Veluwe."), "Anouk Hendriks");
}

// A work's title after "called" with a phrase of what the work is about between ('a TikTok series
// about the shortage called "Un Día Sin Agua."') is no one's words
TEST(Attribution, ATitleCalledAfterAWorksPhrase) {
  EXPECT_EQ(extract("Her 15-year-old daughter has started a TikTok series about the shortage called \"Un Día Sin Agua.\"").quotes.size(),
            0u);
}

// A reported clause whose subject holds a phrase of a preposition and a description between
// commas, a title's closing mark after the comma ('said his claim for the "Miss Loretta," the
// 38-foot trawler he named for his grandmother, was denied'); "to lay" is no past
TEST(Attribution, ASubjectWithAPrepositionAndADescriptionBetweenCommas) {
  EXPECT_EQ(only_speaker("Marcus Bell, 44, a shrimper, said his claim for the \"Miss Loretta,\" the 38-foot trawler he named for his "
                         "grandmother, was denied because the boat is a business asset."),
            "Marcus Bell");
  EXPECT_EQ(extract("She also called for all candidates to lay out specifics of their plans.").quotes.size(), 0u);
}

// "which" and a body's name after "the" before a cue: the relative clause's verb on is what the
// body said ("France, which the World Bank says had the highest wage floors")
TEST(Attribution, WhichTheNamedBodySays) {
  EXPECT_EQ(only_speaker("The wage would be higher than in France, which the World Bank says had the highest wage floors in 2015."),
            "World Bank");
}

// The subject of a verb before "and" and a cue, after an opening phrase and its comma, is the
// cue's ("As night fell, relatives gathered around a bonfire and chanted "¡Fuerza, mineros!"")
TEST(Attribution, TheFirstVerbsSubjectAfterAnOpeningPhrase) {
  EXPECT_EQ(only_speaker("As night fell, relatives gathered around a bonfire and chanted \"¡Fuerza, mineros!\" while a priest led "
                         "prayers."),
            "relatives");
  EXPECT_EQ(only_speaker("On Thursday, the hospital declined to comment but said \"every patient was seen.\""), "the hospital");
}

// A reported clause's subject of two counted nouns, a word between a count and its noun ("said 40
// country boats and two NDRF teams had been deployed")
TEST(Attribution, TwoCountedNounsWithAWordBetween) {
  EXPECT_EQ(only_speaker("Morigaon's Deputy Commissioner, Ananya Deka, said 40 country boats and two NDRF teams had been deployed in "
                         "the district."),
            "Ananya Deka");
}

// A question asked by "she" that asks "you", answered in a paragraph of its own: the one quoted
// last before the question answers when the text tells the two apart as "he" and "she", and the
// exchange goes on from there
TEST(Attribution, AQuestionAskedByAPronounIsAnsweredByTheOtherGender) {
  const Document d = extract(
      "Stroud denied that on Thursday. \u201CThat conversation never happened,\u201D he said.\n\nUnder cross-examination, "
      "Assistant U.S. Attorney Rebecca Lindqvist walked him through a slide deck.\n\n\u201CDid you tell investors that Vantric had "
      "$212 million in revenue?\u201D she asked.\n\n\u201CI did.\u201D\n\n\u201CWas that true?\u201D\n\n\u201CI believed it was "
      "true at the time.\u201D");
  ASSERT_NE(find(d, "I did."), nullptr);
  EXPECT_EQ(find(d, "I did.")->speaker, "Stroud");
  ASSERT_NE(find(d, "Was that true?"), nullptr);
  EXPECT_EQ(find(d, "Was that true?")->speaker, "Rebecca Lindqvist");
  ASSERT_NE(find(d, "I believed"), nullptr);
  EXPECT_EQ(find(d, "I believed")->speaker, "Stroud");
  // (the one quoted before of the asker's gender: no one known answers, the words go on being hers)
  const Document e = extract(
      "\u201CThat conversation never happened,\u201D she said.\n\n\u201CDid you tell investors that Vantric had $212 million in "
      "revenue?\u201D she asked.\n\n\u201CI did.\u201D");
  ASSERT_NE(find(e, "I did."), nullptr);
  EXPECT_STRNE(find(e, "I did.")->sieve, "answer");
}

// A name between commas in a participle's clause that opens the sentence, the main clause's named
// subject after it, is no antecedent of "he" in the next sentence: "Questioned by his lawyer,
// Thomas Garrity, Stroud described …"; nor is a person's name described by "a" after an opening
// phrase of time the name of the phrase's noun ("Earlier in the trial, Raymond Cho, a partner …")
TEST(Entities, APronounPassesOverAFrontedClausesAgent) {
  EXPECT_EQ(last_speaker("Julian Stroud took the stand.\n\nQuestioned by his lawyer, Thomas Garrity, Stroud described the "
                         "company's early days.\n\n\u201CWe slept there some nights,\u201D he said."),
            "Julian Stroud");
  EXPECT_EQ(last_speaker("Garrity objected again, and the judge sustained the objection.\n\nEarlier in the trial, Raymond Cho, a "
                         "partner at Harborview Capital, testified that he would never have invested.\n\n\u201CWe were shown a "
                         "company that did not exist,\u201D he said."),
            "Raymond Cho");
}

// A sentence after a quotation that gives the words' noun, a comma and "from" a person's name:
// 'The line, from Owen Park, a 17-year-old senior, drew the loudest applause' (the description
// ends at its comma before the name's own verb)
TEST(Attribution, TheLineFromANameAfterTheWords) {
  const Document d = extract(
      "\"Nobody at this table asked a single student.\"\n\nThe line, from Owen Park, a 17-year-old senior, drew the loudest "
      "applause of the night.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Owen Park");
  EXPECT_EQ(mention(&d.quotes[0]), "Owen Park, a 17-year-old senior");
  // (or a participle of speaking and "by": "The words, delivered by Otieno to several thousand supporters, …")
  EXPECT_EQ(only_speaker("Peter Otieno lost the vote.\n\n\"We have been robbed in broad daylight.\"\n\nThe words, delivered by Otieno to "
                         "several thousand supporters at Kamukunji grounds, drew roars from the crowd."),
            "Peter Otieno");
  // (not one who delivers another's words)
  EXPECT_EQ(first_speaker("\"We will not abandon you.\" The message, delivered by Ana Ruiz on behalf of President Mark Osei, drew "
                          "applause in the hall."),
            "");
}

// "That message, played over the loudspeakers on Thursday morning, came from Joetsu's mayor,
// Takeshi Ishida": what describes the noun of words between commas before "came from"
TEST(Attribution, ThatMessageDescribedCameFromAName) {
  const Document d = extract(
      "\"To everyone who has lost a home: the city is with you.\"\n\nThat message, played over the gymnasium's loudspeakers on "
      "Thursday morning, came from Joetsu's mayor, Takeshi Ishida, who recorded it at City Hall.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Takeshi Ishida");
}

// Review cases: a question a "she" asks after a man was quoted, with nothing between that speaks
// of him as "him", is no question put to him ('"…," he said. / His captain, Sarah Holt, was calmer.
// / "Did you see the second half?" she asked. / "We were brilliant."'); "The comment, from Jane
// Roe's attorney, Mark Ellis," names no owner as the speaker
TEST(Attribution, ReviewCasesOfAnswersAndWordsFrom) {
  const Document d = extract(
      "Coach Mike Dunn was furious after the game. \"That was a disgrace,\" he said.\n\nHis captain, Sarah Holt, was "
      "calmer.\n\n\"Did you see the second half?\" she asked.\n\n\"We were brilliant. I am proud of this team.\"");
  ASSERT_NE(find(d, "We were brilliant"), nullptr);
  EXPECT_EQ(find(d, "We were brilliant")->speaker, "Sarah Holt");
  const Document e = extract("\"My client will be fully vindicated.\"\n\nThe comment, from Jane Roe's attorney, Mark Ellis, came "
                             "after the verdict.");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_NE(e.quotes[0].speaker, "Jane Roe");
}

// "who" after a person's full name, "of" and a body's or a place's name is the person's: "Det. Sgt.
// Karen Bolduc of the Ontario Provincial Police, who said …", "Jane Roe of Amnesty International,
// who said …"; a word of place before the body's name keeps the person the subject: "Chief Marlene
// Crow of nearby Sandy Point First Nation said …"
TEST(Attribution, WhoAfterAPersonOfABody) {
  EXPECT_EQ(only_speaker("She handed the microphone to Det. Sgt. Karen Bolduc of the Ontario Provincial Police, who said officers "
                         "would patrol the streets."),
            "Karen Bolduc");
  EXPECT_EQ(only_speaker("The ruling was welcomed by Jane Roe of Amnesty International, who said it was overdue."), "Jane Roe");
  EXPECT_EQ(only_speaker("Chief Marlene Crow of nearby Sandy Point First Nation said her community had been flown out."),
            "Marlene Crow");
}

// An exchange's turns alternate after an answer whatever the pronouns tell: a question after the
// answer to a question is the asker's again, the next answer the answerer's, and words that press
// "you" after it the asker's ('"Mr Lyle, what was …?" he asked. / "$1.42 billion, Senator." / "And
// the year before that?" / "A little over $1.2 billion." / "So your costs went up …"')
TEST(Attribution, AnExchangesTurnsAfterAnAnswer) {
  const Document d = extract(
      "Andrew Lyle, the chief executive, said costs had risen.\n\nThe committee's chair, Greens senator Nick Calder, was "
      "unmoved.\n\n\u2018Mr Lyle, what was the net profit last year?\u2019 he asked.\n\n\u2018$1.42 billion, Senator.\u2019\n\n"
      "\u2018And the year before that?\u2019\n\n\u2018A little over $1.2 billion.\u2019\n\n\u2018So your costs went up, and your "
      "profit went up by $200 million.\u2019");
  ASSERT_NE(find(d, "$1.42 billion"), nullptr);
  EXPECT_EQ(find(d, "$1.42 billion")->speaker, "Andrew Lyle");
  ASSERT_NE(find(d, "the year before"), nullptr);
  EXPECT_EQ(find(d, "the year before")->speaker, "Nick Calder");
  ASSERT_NE(find(d, "A little over"), nullptr);
  EXPECT_EQ(find(d, "A little over")->speaker, "Andrew Lyle");
  ASSERT_NE(find(d, "So your costs"), nullptr);
  EXPECT_EQ(find(d, "So your costs")->speaker, "Nick Calder");
}

// Words in a paragraph of their own that speak to "you", none in the first person, after an
// answer whose cue is one of replying, press the one who answered: the asker's ('"How many more
// before you admit your plan has failed?" / "…," Mr Moriarty replied. / "Your own department says
// you missed the target."'); the answer in the first person after them is the answerer's again
TEST(Attribution, WordsThatPressAfterAReply) {
  const Document d = extract(
      "The Sinn F\u00E9in leader, R\u00F3is\u00EDn N\u00ED Bhriain, opened with the figures. \u2018Sixteen thousand people, "
      "Taoiseach,\u2019 she said.\n\n\u2018How many more before you admit your plan has failed?\u2019\n\n\u2018The Deputy knows "
      "well that we are building more homes,\u2019 Mr Moriarty replied.\n\n\u2018Your own department says you missed the "
      "target.\u2019\n\n\u2018We exceeded the target.\u2019");
  ASSERT_NE(find(d, "Your own department"), nullptr);
  EXPECT_EQ(find(d, "Your own department")->speaker, "R\u00F3is\u00EDn N\u00ED Bhriain");
  ASSERT_NE(find(d, "We exceeded"), nullptr);
  EXPECT_EQ(find(d, "We exceeded")->speaker, "Moriarty");
}

// "who" after a person's name, the role's noun after its comma and the body the role is for: the
// person ("Superintendent Tunde Ajayi-Bello, spokesman for the Lagos State Police Command, who told
// reporters that …"); a reported clause whose subject is a noun alone with an aside of degree
// between commas before its verb ("said inflation, already above 30 percent, would climb")
TEST(Attribution, WhoAfterARolesBodyAndANounsAside) {
  EXPECT_EQ(only_speaker("The warning came from Superintendent Tunde Ajayi-Bello, spokesman for the Lagos State Police Command, "
                         "who told reporters that officers had used minimum force."),
            "Tunde Ajayi-Bello");
  // (a word that describes the body between its determiner and its name: "the nonprofit Coalition")
  EXPECT_EQ(only_speaker("That was the assessment of Karen Whitfield, executive director of the nonprofit Coalition for Safe Roads, "
                         "who said regulators should require suppliers to report defects."),
            "Karen Whitfield");
  const Document d = extract("Obi said inflation, already above 30 percent, would climb further as transport costs rose.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "inflation, already above 30 percent, would climb further as transport costs rose");
}

// A participle's subject past a description between commas that "a" opens after the name, no
// verb in it, before the name's own verb: "Outside the court, Tainá Munduruku, a leader of the
// Munduruku people of the Tapajós river basin in Pará state, told several hundred Indigenous
// demonstrators, speaking in Portuguese:" (not "Indigenous", whose noun after it is no verb)
TEST(Attribution, AParticiplesSubjectPastADescription) {
  const Document d = extract(
      "Outside the court, Tain\u00E1 Munduruku, a leader of the Munduruku people of the Tapaj\u00F3s river basin in Par\u00E1 "
      "state, told several hundred Indigenous demonstrators, speaking in Portuguese:\n\n\u201CFor us the forest is not a "
      "resource. It is our home.\u201D");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Tain\u00E1 Munduruku");
}

// Review cases: a general "you" after a reply to a question that asked no "you" goes on being the
// one who replied; a noun, an aside and a participle after it is no reported clause ("described
// conditions, the worst in decades, caused by the drought"); "Post by @handle" ending a sentence
// of the writer's is no Threads post
TEST(Attribution, ReviewCasesOfPressesAsidesAndThreads) {
  const Document d = extract(
      "Rosa Delgado, 81, has lived on the street since 1975.\n\n\"Why stay?\" her neighbor asked her on Sunday.\n\n\"Because "
      "it is home,\" Delgado replied.\n\n\"You do not just walk away from 50 years of your life.\"");
  ASSERT_NE(find(d, "You do not just"), nullptr);
  EXPECT_EQ(find(d, "You do not just")->speaker, "Rosa Delgado");
  EXPECT_EQ(extract("Governor Jane Roe described conditions, the worst in decades, caused by the drought across the state.")
                .quotes.size(),
            0u);
  const Document t = extract("Jane Roe said the bill was \"dead on arrival,\" according to a report in the New York Post by @jsmith");
  for (const Quote& q : t.quotes) EXPECT_NE(q.kind, Kind::embed);
}

// An office's title of what it is for, a list of domains with commas before "and", and its holder
// after it ("the Secretary of State for Culture, Media and Sport"); the office's words after "and"
// or a comma, each a name of their own, before the holder between commas, the subject of a
// participle ("The Minister for Relief and Rehabilitation, Nasir Ali Memon, hit back, calling");
// a word of the office's level before the title ("Federal Minister for Climate Change …")
TEST(Attribution, AnOfficesTitleWithAListOfDomainsAndItsHolder) {
  EXPECT_EQ(only_speaker("\"We have protected the front line,\" Lucy Frazer, the Secretary of State for Culture, Media and Sport, "
                         "said in the Commons."),
            "Lucy Frazer");
  EXPECT_EQ(only_speaker("Sindh's Minister for Relief and Rehabilitation, Nasir Ali Memon, hit back on X, calling the briefing "
                         "\"a theatre of numbers\"."),
            "Nasir Ali Memon");
  EXPECT_EQ(only_speaker("The Minister for Health and Population, Nasir Ali Memon, hit back, calling the briefing \"a circus\"."),
            "Nasir Ali Memon");
  EXPECT_EQ(only_speaker("Federal Minister for Climate Change Shazia Rehman Khattak said the plan \"will work\"."),
            "Shazia Rehman Khattak");
  EXPECT_EQ(only_speaker("Union Minister for Health Meenakshi Rao said the plan \"will fail\"."), "Meenakshi Rao");
}

// A "yes" or "no" that calls the one who asked by a title ("No, Your Honor.") answers the question
// quoted before it: the other speaker's, and the exchange goes on turn by turn after it
TEST(Attribution, AYesOrNoThatCallsTheAskerByATitleAnswers) {
  const Document d = extract(
      "\u201CA teacher keeps her rights,\u201D Rebecca Moreau, a lawyer for the teacher, told the justices.\n\nJustice Elena "
      "Kagan pressed her.\n\n\u201CSuppose she posts that a student is lazy,\u201D Kagan said. \u201CIs that "
      "protected?\u201D\n\n\u201CNo, Your Honor. That is speech about her job.\u201D\n\n\u201CAnd if she posts about the "
      "curriculum?\u201D\n\n\u201CThat is protected.\u201D");
  ASSERT_NE(find(d, "No, Your Honor"), nullptr);
  EXPECT_EQ(find(d, "No, Your Honor")->speaker, "Rebecca Moreau");
  ASSERT_NE(find(d, "And if she posts"), nullptr);
  EXPECT_EQ(find(d, "And if she posts")->speaker, "Elena Kagan");
  ASSERT_NE(find(d, "That is protected"), nullptr);
  EXPECT_EQ(find(d, "That is protected")->speaker, "Rebecca Moreau");
}

// Words in a paragraph of their own after a reporter's question, no one named as asked: the
// person the text named last before the question, the one questioned ("state secretary P.K.
// Sasidharan faced a barrage of questions")
TEST(Attribution, AnAnswerToAReportersQuestionIsTheOneQuestioned) {
  const Document d = extract(
      "\u201CWe accept the verdict,\u201D said Ravi Menon, the outgoing chief minister.\n\nAt the party's press conference "
      "an hour later, state secretary P.K. Sasidharan faced a barrage of questions.\n\n\u201CWas this a verdict against "
      "the chief minister personally?\u201D one reporter asked.\n\n\u201CA party loses together and wins together.\u201D");
  ASSERT_NE(find(d, "A party loses"), nullptr);
  EXPECT_EQ(find(d, "A party loses")->speaker, "P.K. Sasidharan");
  // (a question asked of someone named stays theirs to answer: the rule above is for none)
  const Document n = extract(
      "Coach Dana Whitfield spoke after the match.\n\n\"Will you appeal?\" a reporter asked Whitfield.\n\n\"Not this "
      "time.\"");
  ASSERT_NE(find(n, "Not this time"), nullptr);
  EXPECT_EQ(find(n, "Not this time")->speaker, "Dana Whitfield");
}

// The sentence after a quotation that names who said it with "it" as the words: "Justice Ketanji
// Brown Jackson said it almost in passing" (not "said it would appeal"); a role's word on no list
// before the name ("That was how wing Sibusiso Mahlangu summed up the scene")
TEST(Attribution, TheSentenceAfterTheWordsNamesTheirSpeaker) {
  const Document d = extract(
      "The argument ran long.\n\n\u201CI don\u2019t think the First Amendment has a faculty-lounge exception.\u201D\n\nJustice "
      "Ketanji Brown Jackson said it almost in passing, near the end of the session.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ketanji Brown Jackson");
  EXPECT_EQ(first_speaker("The squad landed at dawn.\n\n\"It's the best feeling in the world.\" That was how wing Sibusiso "
                          "Mahlangu summed up the scene."),
            "Sibusiso Mahlangu");
}

// A clause reported after a phrase of place or time that opens the sentence, no comma: "At one
// point she said that …", "…, but at one point he suggested that …" (not a relative clause on a
// noun, "the version she told, was false"); a cue and "for" and the one spoken for before "that"
// and a clause ("argued for the federal government that the court should …"; not "called for an
// inquiry that …")
TEST(Attribution, AReportAfterAnOpeningPhraseOrForWhomItSpeaks) {
  EXPECT_EQ(last_speaker("Ann Lee spoke first.\n\nAt one point she said that the court might not need to decide the case."),
            "Ann Lee");
  EXPECT_EQ(last_speaker("Judge Tom Roe said little, but at one point he suggested that the court might not need to decide."),
            "Tom Roe");
  EXPECT_EQ(only_speaker("Daniel Okafor argued for the federal government that the court should send the case back."),
            "Daniel Okafor");
  EXPECT_EQ(extract("The story, and the version she told, was false.").quotes.size(), 0u);
}

// "but" and a verb of giving before "no" after a report is its speaker's act, no part of what
// was said ("said the ministry was "listening to all stakeholders" but gave no timeline")
TEST(Attribution, ButGaveNoIsTheSpeakersAct) {
  const Document d = extract("Grace Wambui said the ministry was weighing every option but gave no timeline.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the ministry was weighing every option");
}

// A list's lines under labels, a role's noun and a name and a title in quotation marks, are no
// one's words ("Best Director: Sofía de la Vega, “The Salt Road”"); a headline's label among
// such lines still reports ("Insiders: Trump will rebound")
TEST(Attribution, AListsLabelledLinesAreNoOnesWords) {
  const Document d = extract(
      "The winners were named on Sunday.\n\nBest Director: Sof\u00EDa de la Vega, "
      "\u201CThe Salt Road\u201D\n\nBest Actress: Adaeze Okafor, \u201CLittle Hours\u201D\n\nBest Actor: Rory Keane, \u201CLong "
      "Odds\u201D\n\nBest Supporting Actor: Julian Ashby-Reyes, \u201CHarbor Lights\u201D");
  EXPECT_EQ(d.quotes.size(), 0u);
}

// A few words asking nothing after an answer that called the asker by a title are the asker's
// press, and a few words after the press the one pressed's answer ('"I'd have to get back to you,
// Commissioner," Lindqvist said. / "Ballpark." / "Several thousand."')
TEST(Attribution, APressAfterAnAnswerThatCalledTheAskerByATitle) {
  const Document d = extract(
      "Commissioner Marisol Vance questioned the insurers.\n\n\"How many policies did your company drop last year?\" she asked "
      "Gregory Lindqvist, a vice president at Summit Insurance.\n\n\"I'd have to get back to you with the exact figure, "
      "Commissioner,\" Lindqvist said.\n\n\"Ballpark.\"\n\n\"Several thousand.\"");
  ASSERT_NE(find(d, "Ballpark"), nullptr);
  EXPECT_EQ(find(d, "Ballpark")->speaker, "Marisol Vance");
  ASSERT_NE(find(d, "Several thousand"), nullptr);
  EXPECT_EQ(find(d, "Several thousand")->speaker, "Gregory Lindqvist");
}

// Words that speak of the asker's own question in the first person, after an answer, are the
// asker's press ('"Did you receive a text?" Raman asked. / "I get hundreds," O'Rourke replied. /
// "That isn't what I asked." / "Then no."')
TEST(Attribution, APressThatSpeaksOfMyQuestion) {
  const Document d = extract("\u201cDid you receive a text message from Ms. Herrera?\u201d Raman asked.\n\n\u201cI get hundreds of "
                             "messages a week,\u201d O\u2019Rourke replied.\n\n\u201cThat isn\u2019t what I asked.\u201d\n\n\u201cThen no. "
                             "Not that I recall.\u201d");
  ASSERT_NE(find(d, "what I asked"), nullptr);
  EXPECT_EQ(find(d, "what I asked")->speaker, "Raman");
  ASSERT_NE(find(d, "Then no"), nullptr);
  EXPECT_EQ(find(d, "Then no")->speaker, "O\u2019Rourke");
}

// A few words opening with "So" after a reply to a question are the asker's conclusion, and the
// holder of a title no name is written with is no one whose cue speaks to them ('"Will you
// reintroduce the ban?" Ms de Búrca asked. / "…," the Taoiseach replied. / "So that's a no."')
TEST(Attribution, ASoAfterAReplyIsTheAskers) {
  const Document d = extract("\u201cWill you reintroduce the eviction ban this winter, yes or no?\u201d Ms de B\u00farca asked.\n\n"
                             "\u201cI am not going to make policy on the floor of this House,\u201d the Taoiseach replied.\n\n"
                             "\u201cSo that\u2019s a no.\u201d\n\n\u201cThat\u2019s a responsible answer.\u201d");
  ASSERT_NE(find(d, "make policy"), nullptr);
  EXPECT_EQ(find(d, "make policy")->speaker, "the Taoiseach");
  ASSERT_NE(find(d, "So that"), nullptr);
  EXPECT_EQ(find(d, "So that")->speaker, "de B\u00farca");
  ASSERT_NE(find(d, "responsible answer"), nullptr);
  EXPECT_EQ(find(d, "responsible answer")->speaker, "the Taoiseach");
  // (or "Then"; and words that open by calling someone by a title after that turn are the other
  // speaker's again)
  const Document t = extract("Ní Bhriain and Fahy clashed in the Dáil last Wednesday.\n\n\u2018Where are the posters?\u2019 she asked."
                             "\n\n\u2018They are on every lamp post from Malin Head to Mizen Head,\u2019 the Taoiseach replied.\n\n"
                             "\u2018Then they must be very small posters.\u2019\n\n\u2018Deputy, I would rather spend the money on houses "
                             "than on posters.\u2019");
  ASSERT_NE(find(t, "Then they must"), nullptr);
  EXPECT_EQ(find(t, "Then they must")->speaker, "Ní Bhriain");
  ASSERT_NE(find(t, "Deputy, I would"), nullptr);
  EXPECT_EQ(find(t, "Deputy, I would")->speaker, "the Taoiseach");
}

// A cue's -s form right before "that", a verb in the past and another verb: a plural noun and its
// relative clause, no report ("The supplementary questions that followed were short")
TEST(Attribution, APluralNounOfACueBeforeARelativeClause) {
  EXPECT_EQ(extract("The supplementary questions that followed were short and increasingly heated.").quotes.size(), 0u);
  EXPECT_EQ(only_speaker("The senator questions whether the plan will work."), "The senator");
}

// A description after a title whose comma is inside its quotation marks, back to the name it
// describes ('Dr. Aiko Nishimura, the author of "Waiting for Nankai," a 2019 book on the fault,
// said the quake …')
TEST(Attribution, ADescriptionAfterATitlesMarks) {
  EXPECT_EQ(only_speaker("Dr. Aiko Nishimura, the author of \"Waiting for Nankai,\" a 2019 book on the fault, said the quake was "
                         "not the one experts feared."),
            "Aiko Nishimura");
}

// Review cases of the rules above: a party's letter before the holder's own name ("The measure's
// sponsor, R-Texas Chip Roy, said"); a reporter's words going on after the question are still the
// reporter's; an answer's own words after "Yes, Senator." and its cue go on being the answerer's;
// "denied it" rejects the words before, no one's; a relative clause in the opening phrase before
// the main clause's own cue; "spoke for the workers that the company laid off" reports nothing;
// "but made no apology" after a report's own verb in the past is the report's
TEST(Attribution, ReviewCasesOfOfficesExchangesAndReports) {
  EXPECT_EQ(only_speaker("The measure's sponsor, R-Texas Chip Roy, said it would \"stop the bleeding\"."), "Chip Roy");
  const Document r = extract(
      "Mayor Ann Lee faced a barrage of questions on Monday.\n\n\"Will you resign?\" one reporter asked.\n\n\"Or will the council "
      "force you out?\"");
  ASSERT_NE(find(r, "Or will the council"), nullptr);
  EXPECT_EQ(find(r, "Or will the council")->speaker, "one reporter");
  const Document s = extract(
      "Sen. Mark Ebersole questioned the witness, Karin Lindqvist.\n\n\"Did you read the report?\" Ebersole asked.\n\n\"Yes, "
      "Senator. I read it twice before the vote,\" Lindqvist said.\n\n\"Every single page.\"");
  ASSERT_NE(find(s, "Every single page"), nullptr);
  EXPECT_EQ(find(s, "Every single page")->speaker, "Karin Lindqvist");
  const Document n = extract(
      "Prosecutors allege the councillor took payments.\n\n\"He sold his vote to the highest bidder.\"\n\nCouncillor Tom Reyes "
      "denied it in a statement on Monday.");
  ASSERT_NE(find(n, "He sold his vote"), nullptr);
  EXPECT_NE(find(n, "He sold his vote")->speaker, "Tom Reyes");
  const Document l = extract("In the letter he wrote last week the mayor said the plan was reckless.");
  ASSERT_EQ(l.quotes.size(), 1u);
  EXPECT_EQ(l.quotes[0].text, "the plan was reckless");
  EXPECT_EQ(extract("He spoke for the workers that the company laid off, calling the cuts \"brutal\".").quotes.size(), 1u);
  const Document h = extract("Lawyers for the family said the hospital admitted the error but made no apology.");
  ASSERT_EQ(h.quotes.size(), 1u);
  EXPECT_EQ(h.quotes[0].text, "the hospital admitted the error but made no apology");
}

// A pronoun after a word alone that opened its sentence before an interrupting cue ("Diversion,
// she said, was …") is the speaker named before, not that word; a role's noun and the name after
// an opening phrase's comma are the subject ("In Dubluk, a village south of Addis Ababa, herder
// Abdi Guyo, 52, said"); "asked whether" after a name's description reports ("Fiona Drummond,
// the SNP leader, asked whether …"), a question between commas does not ("Hollowell, asked
// whether …, said")
TEST(Attribution, ACapitalisedNounAnOpeningPhrasesRoleAndAQuestionAsked) {
  EXPECT_EQ(last_speaker("Claire Bouvier-Mensah runs the agency.\n\nDiversion, she said, was \"no longer the main risk\" in most "
                         "districts.\n\n\"The main risk now is an empty warehouse,\" she added."),
            "Claire Bouvier-Mensah");
  EXPECT_EQ(only_speaker("In Dubluk, a village about 570 km south of Addis Ababa, herder Abdi Guyo, 52, said he had lost all but "
                         "three of his 40 cattle."),
            "Abdi Guyo");
  const Document q = extract("Elsewhere, Fiona Drummond, the SNP leader, asked whether Whitcombe would meet the workers.");
  ASSERT_EQ(q.quotes.size(), 1u);
  EXPECT_EQ(q.quotes[0].speaker, "Fiona Drummond");
  const Document a = extract("Hollowell, asked whether the state had enough shelter, said it did.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].text, "it did");
  // (a relative clause inside the question is no second comma before the subject's verb)
  const Document r = extract("Fiona Drummond, the SNP leader, asked whether the minister, who promised jobs, would act.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "Fiona Drummond");
  const Document w = extract("Hollowell, asked whether the state, which runs the shelters, had enough beds, said it did.");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(w.quotes[0].text, "it did");
}

// Second review's cases: office words joined by "and" after a word of its own before them (no
// crash, the holder's); an answerer's own short words after an answer that called the asker by a
// title stay the answerer's ("Absolutely not.", "All of it." after "I earned it."); a "you" press
// after an answer that opened with its title is the asker's; "says that was caused" reports; a
// question between commas with a time before the main verb is put to the subject; an answer in the
// first person that asks is the one questioned's; "gave no further details" is the speaker's act;
// "said it as she was led from the dock" names the speaker; a report after an opening phrase whose
// own clause holds a cue is read
TEST(Attribution, SecondReviewCasesOfOfficesExchangesAndReports) {
  EXPECT_EQ(only_speaker("Residents queued for water, and Water and Sanitation Minister Sipho Dlamini said supplies would return."),
            "Sipho Dlamini");
  EXPECT_EQ(only_speaker("Both Health and Education Minister Ann Lee said schools would reopen."), "Ann Lee");
  EXPECT_EQ(last_speaker("Sen. Ann Ruiz questioned the witness, Karin Lindqvist.\n\n\"Did you approve the payment?\" Ruiz asked.\n\n\"I "
                         "did not, Senator,\" Lindqvist said.\n\n\"Absolutely not.\""),
            "Karin Lindqvist");
  EXPECT_EQ(last_speaker("Sen. Ann Ruiz questioned the executive, Harlan Webb.\n\n\"Did you take the bonus?\" Ruiz asked.\n\n\"I did, Mr. "
                         "Chairman,\" Harlan Webb said. \"I earned it.\"\n\n\"All of it.\""),
            "Harlan Webb");
  EXPECT_EQ(last_speaker("Sen. Ann Ruiz questioned the witness, Tom Halvorsen.\n\n\"Did you write the memo?\" Ruiz asked.\n\n\"Yes, "
                         "Senator, I did,\" Halvorsen said.\n\n\"You wrote it on page 212.\""),
            "Ann Ruiz");
  EXPECT_EQ(only_speaker("The city says that was caused by a burst pipe."), "The city");
  EXPECT_EQ(extract("Mr. Hartley, asked whether he would resign, yesterday insisted he would stay.").quotes.size(), 0u);
  EXPECT_EQ(last_speaker("Mayor Ann Lee faced a barrage of questions on Monday.\n\n\"Will you resign?\" one reporter asked.\n\n\"Resign? "
                         "Why would I resign?\""),
            "Ann Lee");
  const Document p = extract("Police said they arrested two men but gave no further details.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].text, "they arrested two men");
  EXPECT_EQ(first_speaker("The verdict was read out.\n\n\"I am innocent.\"\n\nJones said it as she was led from the dock."), "Jones");
  EXPECT_EQ(only_speaker("Ann Lee spoke first.\n\nAt the hearing she said the mayor told her to lie."), "Ann Lee");
}

// A cue's form that is as a rule a noun, after a superlative, is the plural it describes, no
// verb between commas ("Guerrero, one of Mexico's poorest states, has long been among its most
// violent"); "The latest report states that …" still reports
TEST(Attribution, ANounFormAfterASuperlative) {
  EXPECT_EQ(extract("Guerrero, one of Mexico's poorest states, has long been among its most violent.").quotes.size(), 0u);
  EXPECT_EQ(only_speaker("The latest report states that the river has risen."), "The latest report");
}

// Third review's cases: a noun in -est that is no superlative keeps the cue after it ("The church,
// the priest states, will remain open …"); a second subject after "and" before a noun that is its
// verb is a candidate still ("Tupou and Fifita campaign for compensation … "…," she said")
TEST(Attribution, ThirdReviewCasesOfSuperlativesAndRoleNouns) {
  EXPECT_EQ(only_speaker("The church, the priest states, will remain open to everyone who needs shelter."), "the priest");
  EXPECT_EQ(last_speaker("The island's women have organised. Tupou and Fifita campaign for compensation from the government. \"We "
                         "lost everything in the storm,\" she said."),
            "Fifita");
}

// Fourth review's cases of this round: a relative clause after the question's verb ends an aside
// question ("Trump, asked if he would pardon Flynn, who pleaded guilty, told reporters"); a
// regulator's noun before a name is no firm's trade; a first turn that tells what others said to
// the speaker stays the speaker's; a child called by the first name is no "Mr"; the chair a member
// addresses opens no answer; a question after an answer over paragraphs is the asker's again; a
// former holder or one of another place is no lede's "the treasurer" or "the premier"; a time's
// word before a party's name leaves it a name; a name after a kin's noun at a sentence's end is no
// one spoken to; a titled name after the lede is another person; one spoken of in a question put
// to someone else does not answer it
TEST(Attribution, FourthReviewCasesOfAsidesLedesExchangesAndNames) {
  const Document aside = extract("Trump, asked if he would pardon Flynn, who pleaded guilty in 2017, told reporters: \"We will see.\"");
  ASSERT_EQ(aside.quotes.size(), 1u);
  EXPECT_EQ(aside.quotes[0].speaker, "Trump");
  EXPECT_EQ(cue(&aside.quotes[0]), "told");
  EXPECT_EQ(last_speaker("Thames Water has been fined \u00A33m over sewage spills.\n\nIndependent consumer watchdog CCW said customers "
                         "deserved better.\n\n\"We accept the ruling,\" the company said."),
            "Thames Water");
  EXPECT_EQ(first_speaker("Kevin Rudd told the party faithful on Saturday night:\n\n\"Kevin, they told me, you will never come back. "
                          "Well, here I am.\""),
            "Kevin Rudd");
  EXPECT_EQ(last_speaker("Jack Pirrone, 7, was pulled from the water by his father, Des Pirrone.\n\nJack was taken to hospital in "
                         "Mackay.\n\nMr Pirrone said his son was recovering well. \"He is a tough kid,\" he said."),
            "Des Pirrone");
  EXPECT_EQ(last_speaker("Labour leader Keir Starmer said the plan had failed. \"It is chaos,\" he said.\n\nHis deputy, Angela Rayner, "
                         "went further in the Commons.\n\n\"How many more times will the Prime Minister let working people down?\" she "
                         "asked.\n\n\"Mr Speaker, the country deserves better than this.\""),
            "Angela Rayner");
  const Document turns = extract("Mark Smith sat down with the BBC's Laura Kuenssberg on Sunday.\n\n\"Did you sign the deal?\" Kuenssberg "
                                 "asked.\n\n\"I did. It was the right call.\n\n\"Nobody else would have done it,\" Smith said.\n\n\"Do you "
                                 "regret it?\"\n\n\"Not for a second.\"");
  ASSERT_NE(find(turns, "regret"), nullptr);
  EXPECT_EQ(find(turns, "regret")->speaker, "Laura Kuenssberg");
  ASSERT_NE(find(turns, "for a second"), nullptr);
  EXPECT_EQ(find(turns, "for a second")->speaker, "Mark Smith");
  const Document former = extract("Budget fallout\n\nThe government has defended its budget, with the treasurer saying it would \"ease "
                                  "the squeeze\" on families.\n\nJim Chalmers delivered the budget on Tuesday night. Former treasurer "
                                  "Josh Frydenberg said it was \"a missed opportunity\".");
  ASSERT_NE(find(former, "ease the squeeze"), nullptr);
  EXPECT_NE(find(former, "ease the squeeze")->speaker, "Josh Frydenberg");
  // (a name and "of" its place is the lede's holder still, as the New York Times writes it)
  const Document place = extract("Budget\n\nThe mayor has defended a $107 billion budget, saying it is \"a budget for working "
                                 "people\".\n\nMayor Eric Adams of New York City presented the plan on Tuesday.");
  ASSERT_NE(find(place, "working people"), nullptr);
  EXPECT_EQ(find(place, "working people")->speaker, "Eric Adams");
  EXPECT_EQ(only_speaker("Ministers defended the cuts. Last night Labour said the figures were damning."), "Labour");
  EXPECT_EQ(last_speaker("Farmer Tom Hale, 62, spoke to reporters alongside his neighbour, Sue Park. \"The water came in at 3am,\" Ms "
                         "Park said.\n\n\"We lost everything,\" Mr Hale said.\n\n\"My son is named after my father, Tom. He built this "
                         "house with his own hands.\""),
            "Tom Hale");
  EXPECT_EQ(first_speaker("Water boss apologises\n\nThe chief executive of Thames Water has told MPs he is \"deeply sorry\" for the "
                          "spills.\n\nEnvironment Secretary Steve Reed has ordered an inquiry into the company."),
            "The chief executive of Thames Water");
  EXPECT_NE(last_speaker("Chancellor Rachel Reeves faced questions from the Treasury committee.\n\nTory MP Harriet Baldwin asked whether "
                         "Kemi Badenoch had been consulted on the plan.\n\n\"That is a matter for her,\" she replied."),
            "Kemi Badenoch");
}

// Fifth review's cases: a past form before a particle and then a preposition or "to" is a
// participle's phrase after its noun ("announced a $50 million fund set up to help"); "who" past a
// word that describes a person's name is the person's ("a spokeswoman for the embattled Prime
// Minister Liz Truss, who said"); a first name alone at the end of a sentence of the words is said
// to that one ("That's simply not true, Rishi. You know it isn't."); a lead-in turn that asks after
// a sentence that does not; a party's word after the name rules it out ("Sen. Joe Manchin, a
// Democrat"); a statement given to officers is a witness's, no public words
TEST(Attribution, FifthReviewCasesOfParticlesVocativesPartiesAndStatements) {
  EXPECT_EQ(extract("The government announced a $50 million fund set up to help flood victims in northern NSW.").quotes.size(), 0u);
  EXPECT_EQ(only_speaker("Sarah Lin, a spokeswoman for the embattled Prime Minister Liz Truss, who said on Thursday that she would not "
                         "resign, declined to comment."),
            "Liz Truss");
  const Document debate = extract("Rishi Sunak and Keir Starmer clashed on Tuesday.\n\n\"You will raise taxes, Keir. Everyone knows it,\" "
                                  "Sunak said.\n\n\"That's simply not true, Rishi. You know it isn't.\"");
  ASSERT_EQ(debate.quotes.size(), 2u);
  EXPECT_NE(debate.quotes[1].speaker, "Rishi Sunak");
  const Document qa = extract("Ruud van Nistelrooy spoke after the match. Here is some of what he said:\n\n\"Ruud, congratulations on "
                              "the win. Have you seen the penalty back?\"\n\n\"Yes, I've seen it. It was a clear penalty.\"");
  ASSERT_EQ(qa.quotes.size(), 2u);
  EXPECT_TRUE(qa.quotes[0].speaker.empty());
  EXPECT_EQ(qa.quotes[1].speaker, "Ruud van Nistelrooy");
  EXPECT_EQ(last_speaker("Sen. Susan Collins of Maine has said she will oppose the nominee. Sen. Joe Manchin, a Democrat from West "
                         "Virginia, said he was undecided.\n\n\"I have serious concerns about her record,\" the Republican senator "
                         "said."),
            "Susan Collins");
  EXPECT_NE(last_speaker("\"It was a tragic accident,\" Chief Constable Sarah Crew said.\n\nThe lorry driver, Mark Jones, 51, later "
                         "gave a statement to officers.\n\n\"We will be examining all of the footage from the junction.\""),
            "Mark Jones");
}

// A plural subject with words that describe it and no determiner speaks for a verb after "and" or
// "but" ("Environmental groups welcomed the figures but warned that …"), and a second verb of
// saying after "and" or "but" takes the "that" after it, not the first verb ("thanked the council
// for its help but added that …")
TEST(Attribution, ADescribedPluralSubjectAndASecondVerbsThat) {
  const std::string text =
      "Environmental groups welcomed the figures but warned that coal plants were still running longer than planned. "
      "Farmers thanked the council for its help but added that the roads remained closed.";
  Document d = extract(text, bytes());
  const Quote* coal = find(d, "coal plants");
  ASSERT_NE(coal, nullptr);
  EXPECT_EQ(coal->speaker, "Environmental groups");
  EXPECT_EQ(cue(coal), "warned");
  const Quote* roads = find(d, "the roads remained closed");
  ASSERT_NE(roads, nullptr);
  EXPECT_EQ(roads->speaker, "Farmers");
  EXPECT_EQ(cue(roads), "added");
  // (a plural subject alone was read already; one after a determiner is the determiner's phrase)
  EXPECT_EQ(only_speaker("Local residents praised the crews and said that the fire had been frightening."), "Local residents");
}

// "Chairperson" is a title, not part of a body's name before it ("IEBC Chairperson Ruth Owuor"):
// the body's later mentions are no alias of hers; a lede's "the" phrase with a speaker's noun is the
// one person the article names with that noun right before the name ("the Opposition's finance
// critic accused …" / "Progressive Conservative finance critic Marc-André de Villiers"); "That was
// NAME, speaking …" after a quotation names its speaker
TEST(Attribution, ChairpersonTitleLedeRoleNounAndThatWasNameSpeaking) {
  {
    const std::string text =
        "At its headquarters, IEBC Chairperson Ruth Akinyi Owuor said the figure had exceeded the target. The IEBC said it would "
        "appeal.";
    Document d = extract(text, bytes());
    ASSERT_EQ(d.quotes.size(), 2u);
    EXPECT_EQ(d.quotes[0].speaker, "Ruth Akinyi Owuor");
    EXPECT_NE(d.quotes[1].speaker, "Ruth Akinyi Owuor");
  }
  EXPECT_EQ(first_speaker("WINNIPEG — The minister defended a budget Tuesday, as the Opposition's finance critic accused the "
                          "government of \"cooking the books\" to hide its costs.\n\nProgressive Conservative finance critic Marc "
                          "de Villiers said the numbers do not add up.\n"),
            "Marc de Villiers");
  EXPECT_EQ(first_speaker("\"This was our fifth year, and I believed it would be our best one yet.\"\n\nThat was festival founder "
                          "Caleb Ross, speaking in a video posted late Friday.\n"),
            "Caleb Ross");
}

// A lede's "The head of BODY" (a preposition inside the body's name: "Transport for NSW") is the
// person new to the text whose name, a description between commas and a verb open the next
// paragraph; the one told may be a noun of a few words before the clause ("told a budget
// estimates hearing the problem was …"), not after "that" ("warned that military officers he has
// spoken with understand …")
TEST(Attribution, ALedesHeadOfABodyNamedNextAndAToldNounOfSeveralWords) {
  const std::string text =
      "The head of Transport for NSW has conceded he knew about cracking weeks before the line reopened, but told a budget "
      "estimates hearing the problem was \"not considered a safety issue\".\n\nRhys Calloway, the department's secretary, spent "
      "more than three hours before the committee.\n";
  Document d = extract(text, bytes());
  const Quote* knew = find(d, "he knew about cracking");
  ASSERT_NE(knew, nullptr);
  EXPECT_EQ(knew->speaker, "Rhys Calloway");
  const Quote* safety = find(d, "not considered a safety issue");
  ASSERT_NE(safety, nullptr);
  EXPECT_EQ(safety->speaker, "Rhys Calloway");
  EXPECT_EQ(first_words("The minister told a budget estimates hearing the problem was under control."), "the problem was under control");
  EXPECT_EQ(first_words("Gorka warned that military officers he has spoken with understand the risk."),
            "military officers he has spoken with understand the risk");
  // ("that" before a plural is no demonstrative: the clause's, not one spoken to)
  EXPECT_EQ(first_words("Dufresne warned that workers at two maintenance centres could join the strike."),
            "workers at two maintenance centres could join the strike");
  EXPECT_EQ(last_speaker("Dufresne promised a strike renewed « day by day », and warned that workers at two centres could join."),
            "Dufresne");
}

// A verb an infinitive after it makes no report ("continued to have", data/cues.tsv's noinf) is
// no cue of quoted words after it: the verb that reports the clause is ("A spokesperson for Ms
// Delacy said the minister continued to have "full confidence" in him"); "The criticism came from
// NAME" after a quotation names its speaker
TEST(Attribution, ANoInfinitiveVerbIsNoCueAndTheCriticismCameFrom) {
  Document d = extract("A spokesperson for Ms Delacy said the minister continued to have \"full confidence\" in the secretary.", bytes());
  const Quote* p = of_kind(d, Kind::partial);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(cue(p), "said");
  EXPECT_EQ(mention(p), "A spokesperson for Ms Delacy");
  EXPECT_EQ(first_speaker("\"It is simply not good enough for an agency to sit on this for three months.\" The criticism came from "
                          "federal Greens senator Jordan Whitcombe.\n"),
            "Jordan Whitcombe");
  // (an estimate or a forecast given is words too)
  EXPECT_EQ(first_speaker("The dispute is costly. « Each day of strike costs the company around 4 million euros. » The estimate came "
                          "from Jean-Baptiste de La Roche, the operator's chief financial officer.\n"),
            "Jean-Baptiste de La Roche");
}

// A sentence before words that open the next paragraph names their speaker past a question put
// before its comma, a name between commas that is the question's ("Asked whether it would seek
// compensation from the supplier, Zeller Fluidtechnik, von Rettberg chose his words carefully."),
// the surname's particle in lower case
TEST(Attribution, ALeadInPastAQuestionsNameAndASurnamesParticle) {
  for (const char* lead : {"Later, von Rettberg chose his words carefully.",
                           "Asked whether it would seek compensation from the supplier, Zeller Fluidtechnik, von Rettberg chose his "
                           "words carefully."}) {
    const std::string text = std::string("Konstantin von Rettberg, the board member for quality, said the company had found 14 "
                                         "incidents.\n\n") +
                             lead + "\n\n\"We have a long relationship with Zeller.\"\n";
    EXPECT_EQ(last_speaker(text), "Konstantin von Rettberg") << lead;
  }
}

// "who" after a description of a name, the description a person's noun and "of" and what it is
// of, stands for the name ("Derek Haldane, a father of three who said …", "Megyn Kelly, a star
// anchor at Fox News who questioned …"); the report ends where the main clause takes up again
TEST(Attribution, WhoAfterADescriptionWithOfStandsForTheName) {
  EXPECT_EQ(only_speaker("Derek Haldane, a father of three who said he had read every one of the titles, was among the first to "
                         "reach the microphone."),
            "Derek Haldane");
  EXPECT_EQ(first_words("Jane Roe, a mother of two who said she had not slept, spoke next."), "she had not slept");
  EXPECT_EQ(only_speaker("Republicans watched Donald Trump clash with Megyn Kelly, a star anchor at Fox News who questioned his "
                         "respect for women.",
                         all_attributions()),
            "Megyn Kelly");
}

// "Next came NAME, who …" before words that open the next paragraph names their speaker (the verb
// no part of the speaker's phrase); a question in its own paragraph after the answer of the one a
// report named as asked, whatever its cue, is the asker's ("Ruiz asked Superintendent Karen
// Whitfield how many … / "Eleven," Whitfield said. / "From how many parents?"")
TEST(Attribution, NextCameNameAndTheAskersQuestionAfterAnyAnswer) {
  {
    const std::string text =
        "Next came Carol Ostrander, who taught English at the high school for 31 years.\n\n\"I have heard a lot tonight about "
        "protecting children.\"\n";
    Document d = extract(text, bytes());
    ASSERT_EQ(d.quotes.size(), 1u);
    EXPECT_EQ(d.quotes[0].speaker, "Carol Ostrander");
    EXPECT_EQ(mention(&d.quotes[0]), "Carol Ostrander");
  }
  EXPECT_EQ(last_speaker("Before the vote, Anthony Ruiz asked Superintendent Karen Whitfield how many challenges the district had "
                         "received.\n\n\"Eleven forms in total,\" Whitfield said.\n\n\"From how many parents?\"\n"),
            "Anthony Ruiz");
}

// A "yes" or "no" in a paragraph of its own after a question to "you" that a cue of saying brought
// in is the answer of the other speaker quoted before ('Ms van Tonder said: "…, was it?"' / '"No.
// I was scared."'), and the exchange goes on turn by turn
TEST(Attribution, AYesOrNoAfterAQuestionToYouOfAnyCueIsTheOthersAnswer) {
  const std::string text =
      "\"He put them in a bag and I put them in the bin store,\" Kirsty O'Hare said.\n\nMs van Tonder said: \"You told officers "
      "you had not seen him. That wasn't true, was it?\"\n\n\"No. I was scared.\"\n\n\"So you lied to the police?\"\n\n\"Aye. At "
      "first.\"\n";
  Document d = extract(text);
  ASSERT_EQ(d.quotes.size(), 5u);
  EXPECT_EQ(d.quotes[2].speaker, "Kirsty O'Hare");
  EXPECT_EQ(d.quotes[3].speaker, "van Tonder");
  EXPECT_EQ(d.quotes[4].speaker, "Kirsty O'Hare");
}

// ", which read:" after a document a named person sent or wrote is that person's ("a text message
// McAllister sent her at 1.47am, which read: …"); "her husband" is the one named by a first name
// alone after "her husband" before ("Priya Whitaker and her husband Tom"); a question's infinitive
// inside the reported clause's subject ("a decision on whether to send troops would be made")
TEST(Attribution, WhichReadAfterASentMessageKinByFirstNameAndAQuestionsInfinitive) {
  EXPECT_EQ(only_speaker("The jury was shown a text message Darren McAllister sent her at 1.47am, which read: \"Coming round. "
                         "Leave the door open.\""),
            "Darren McAllister");
  EXPECT_EQ(last_speaker("Priya Whitaker and her husband Tom were among the first to arrive.\n\nHer husband said he had driven "
                         "back as fast as he could.\n"),
            "Tom");
  EXPECT_EQ(first_words("Graeme Tuhiwai said a decision on whether to send Defence Force personnel would be made overnight."),
            "a decision on whether to send Defence Force personnel would be made overnight");
}

// Exchanges at a press conference and a hearing: after a reporter's question no one named answers,
// the one quoted last before it answers ('"Probably, yes," he said. / "Lower than Tbilisi?" one
// reporter asked. / "Tbilisi hurt. …"'); words that call the one quoted before by their title are
// not theirs, nor another's of that title ('"Do you still own stock?" Tillman asked. / "No,
// Senator. …"'); a question after a reply to words that asked nothing is the one's replied to
TEST(Attribution, PressConferenceAnswersTitledAnswersAndAQuestionAfterAReply) {
  EXPECT_EQ(last_speaker("'I'm not going anywhere,' Geraint ap Iorwerth said.\n\nAsked whether this was the lowest point, he paused "
                         "before answering: 'Probably, yes.'\n\n'Lower than Tbilisi?' one reporter asked.\n\n'Tbilisi hurt. This "
                         "hurts more, because we had the ball.'\n"),
            "Geraint ap Iorwerth");
  EXPECT_EQ(last_speaker("\"You promised the yards money,\" Sen. Priya Raman said.\n\nSen. Marcus Tillman focused on the nominee's "
                         "ties to Corvane.\n\n\"Do you still own stock in that company?\" Tillman asked.\n\n\"No, Senator. I divested "
                         "every share in March.\"\n"),
            "");
  const std::string text =
      "Catherine de la Vega faced the committee.\n\n\"Ms. de la Vega, the lead boat is 17 months late. Give me a date,\" Sen. Roger "
      "Whitfield said.\n\n\"I can't give you a date today, Senator,\" she replied.\n\n\"Then when?\"\n";
  EXPECT_EQ(last_speaker(text), "Roger Whitfield");
}

// Not a person: a capitalised word joined to a word of kind by a hyphen ("the first Columbia-class
// submarine", data/hyphen_adjectives.txt), a place whose last word is a venue's ("the Principality
// Stadium", data/place_words.txt); "ap" is a surname's particle ("Geraint ap Iorwerth")
TEST(Attribution, HyphenedKindsAndVenuesAreNoOneAndApIsAParticle) {
  EXPECT_EQ(last_speaker("Catherine de la Vega faced Sen. Whitfield.\n\nThe first Columbia-class submarine is 17 months late.\n\n\"I "
                         "can't give you a date today, Senator,\" she replied.\n"),
            "Catherine de la Vega");
  EXPECT_EQ(last_speaker("'I'm not going anywhere,' Geraint ap Iorwerth said.\n\nThe Azzurri scored five tries at the Principality "
                         "Stadium.\n\nThe 52-year-old described the performance as 'nowhere near Test standard'.\n"),
            "Geraint ap Iorwerth");
}

// A province's abbreviation after a place is the place's ("The fire chief of Larch Creek, B.C.,
// told …" names no body of "B.C."; the role stays unnamed, the next paragraph's "who" clause no
// lede's holder); a question after the answer of one a report said was asked as "him" is the
// asker's ("Gill asked him when … / "At 4:12," Kowalczyk said. / "And the order went out when?"")
TEST(Attribution, AProvincesAbbreviationAFireChiefsLedeAndAskedHim) {
  const std::string text =
      "The fire chief of Larch Creek, B.C., told a public inquiry on Wednesday that nearly 50 minutes passed before residents were "
      "ordered to leave.\n\nChief Wade Kowalczyk, who has led the town's fire department since 2016, spent most of the day on the "
      "stand.\n\nGill asked him when he first learned the fire had crossed the highway.\n\n\"At 4:12 p.m., roughly,\" Kowalczyk "
      "said.\n\n\"And the evacuation order went out when?\"\n\nCommissioner Helene Tremblay, a retired B.C. Supreme Court justice, "
      "leads the inquiry.\n";
  Document d = extract(text, bytes());
  const Quote* lede = find(d, "nearly 50 minutes");
  ASSERT_NE(lede, nullptr);
  EXPECT_EQ(lede->speaker, "The fire chief of Larch Creek, B.C.");
  const Quote* when = find(d, "went out when");
  ASSERT_NE(when, nullptr);
  EXPECT_EQ(when->speaker, "Gill");
}

// A committee's questions: "Committee convener Fiona Drummond began by asking how many …" / "'About
// 60%,' Mr O'Neill said." / "'Sixty per cent. So …?'" is the convener's; a lede's "The chief
// executive of X" is the person the next paragraph opens with past "of BODY" between commas; "he
// replied" after "accused … 'managed decline' and asked whether Mr O'Neill …" is the one asked
TEST(Attribution, ACommitteeConvenersQuestionsAndAnOfBodyDescription) {
  const std::string text =
      "The chief executive of Scotland's largest ferry operator has apologised to island communities.\n\nAlasdair O'Neill, of "
      "Argyll, Bute and Islands Ferries Ltd, faced two hours of questions on Wednesday.\n\nCommittee convener Fiona Drummond began "
      "by asking how many cancellations had been caused by technical faults.\n\n'About 60%,' Mr O'Neill said.\n\n'Sixty per cent. "
      "So the majority had nothing to do with the weather?'\n\nConservative spokesman Kenneth Baird accused the company of "
      "'managed decline' and asked whether Mr O'Neill believed he still had the confidence of islanders.\n\n'I'd like to think "
      "so,' he replied.\n";
  Document d = extract(text, bytes());
  const Quote* lede = find(d, "to island communities");
  ASSERT_NE(lede, nullptr);
  EXPECT_EQ(lede->speaker, "Alasdair O'Neill");
  const Quote* q = find(d, "Sixty per cent");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Fiona Drummond");
  const Quote* r = find(d, "like to think so");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->speaker, "Alasdair O'Neill");
}

// First review's cases of this round: "spoke to reporters" keeps its cue (no infinitive after
// "to"); a past form that describes a noun after "and" opens no second verb ("in a lengthy and
// detailed statement that …"); a lede's role owned by a person's noun or initials is no other
// side's holder ("the victim's lawyer" is not "Defence lawyer Mark Brennan"), a body's may be ("the
// team's coach" is "Head coach Andy Reid"); a description with another's capitalised office names
// no lede's "The head of …"; "who" after "the daughter of a man" is the man; "Then came Hurricane
// Helene." names no speaker; "No." before a code with digits is a number's sign; a speaker's own
// "No." to their own question to "you" stays theirs; "her husband" is Bob only when "her" is the
// same woman; a title before a name at the end of words is no one called ("my good friend,
// President Macron."), nor is "Mrs" "Mr"; a long question after a reply is the replier's own
TEST(Attribution, FirstReviewCasesOfThisRound) {
  Document d = extract("Her mother spoke to reporters of her \"profound sadness\" after the verdict.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "spoke");
  EXPECT_EQ(only_speaker("The company said in a lengthy and detailed statement that it had found no evidence of wrongdoing."),
            "The company");
  EXPECT_EQ(first_speaker("LONDON — The judge jailed the driver for nine years, and the victim's lawyer said the sentence \"does "
                          "not reflect the loss\".\n\nDefence lawyer Mark Brennan said his client would not appeal.\n"),
            "the victim's lawyer");
  EXPECT_EQ(first_speaker("KANSAS CITY, Mo. (AP) — The Chiefs' quarterback threw three touchdown passes, and the team's coach said "
                          "afterward that the offense was \"finally clicking.\"\n\nHead coach Andy Reid called it the best game of the "
                          "season.\n"),
            "Andy Reid");
  EXPECT_EQ(first_speaker("The head of Transport for London has warned that Tube fares may have to rise next year.\n\nSadiq Khan, the "
                          "Mayor of London, has said he will fight any increase.\n"),
            "The head of Transport for London");
  EXPECT_EQ(only_speaker("Amira Hassan, the daughter of a man who said he was tortured in custody, gave evidence on Monday."), "a man");
  EXPECT_EQ(only_speaker("The river rose all week. Then came Hurricane Helene.\n\n\"The water came up through the floorboards.\"\n"), "");
  EXPECT_EQ(only_speaker("Prosecutors said in Case No. CR-2023-0114 that the defendant had lied to investigators."), "Prosecutors");
  EXPECT_EQ(last_speaker("\"This government has lost control,\" Kemi Badenoch said.\n\nKeir Starmer said: \"Do you really think the "
                         "party that created this mess can fix it?\"\n\n\"No. They had fourteen years and they failed.\"\n"),
            "Keir Starmer");
  EXPECT_EQ(last_speaker("Ann Lee was at the shelter with her husband Bob.\n\nTheir neighbour Carol Diaz lost her home. Her husband said "
                         "the family had \"nothing left\".\n"),
            "Her husband");
  EXPECT_EQ(last_speaker("\"It has been the honour of my life,\" Prime Minister Rishi Sunak said.\n\n\"I want to thank my predecessor, "
                         "Mrs May.\"\n"),
            "Rishi Sunak");
  EXPECT_EQ(last_speaker("\"The figures are a disgrace,\" Sen. Roger Whitfield said.\n\n\"I don't accept that, Senator,\" Catherine de "
                         "la Vega replied.\n\n\"Where is the disgrace in delivering three boats on time?\"\n"),
            "Catherine de la Vega");
}

// A social platform's name is no one "she" stands for ("his personal Facebook page"); a lede's
// "The chief executive of X" is the person new to the text whose cue follows the quotation that
// opens the next paragraph ('"I deeply apologise …," Hiroshi Kaneda, the grandson of the
// company's founder, said')
TEST(Attribution, APlatformIsNoOneAndALedesHolderNamedAfterTheNextQuotation) {
  EXPECT_EQ(last_speaker("Kayla Brooks posted a review.\n\nMarco DiStefano responded with a lengthy post on his personal Facebook "
                         "page.\n\nIn a follow-up video posted Wednesday, she said she stood by her review.\n"),
            "Kayla Brooks");
  EXPECT_EQ(first_speaker("TOKYO, June 11 - The chief executive of Kaneda Motor Corp apologised on Wednesday but said he would not "
                          "step down.\n\n\"I deeply apologise to our customers,\" Hiroshi Kaneda, the grandson of the company's "
                          "founder, said.\n"),
            "Hiroshi Kaneda");
}

// Second review's cases of this round: a title's lede is no one a relative clause or an age brings
// in next ("Karen Holt, who will take over as chief executive in July,", "Martha Doyle, 81, was
// pulled from the flames"), nor one "of" a hometown ("Linda Boyd, of Yarmouth, N.S., was
// stranded"), nor one quoted first in the next paragraph with no "the" description ("…," said Yuki
// Morimoto, an analyst at Nomura); an office of the lede's own body names its holder ("Andy Lord,
// the Commissioner of Transport for London,"); "began by asking" is no owner's ("Darren Pike's
// lawyer, Helen Moss, began by asking"); a question that follows up ("Then when …?") after a reply
// is the replied-to's; "Then came NAME, a …" with a first name of no list; a verb after "but" that
// has an object takes the "that" ("thanked the inspectors … but reminded parents that …")
TEST(Attribution, SecondReviewCasesOfThisRound) {
  EXPECT_EQ(first_speaker("The outgoing chief executive of Northwind Energy said the company had \"turned a corner\".\n\nKaren "
                          "Holt, who will take over as chief executive in July, has spent a decade at the firm.\n"),
            "The outgoing chief executive of Northwind Energy");
  EXPECT_EQ(first_speaker("The chief executive of Maritime Ferries said the company would compensate stranded passengers.\n\nLinda "
                          "Boyd, of Yarmouth, N.S., was stranded for two days.\n"),
            "The chief executive of Maritime Ferries");
  EXPECT_EQ(first_speaker("The chief executive of Kaneda Motor Corp said the company would not cut its dividend.\n\n\"It's a clear "
                          "sign they are confident,\" said Yuki Morimoto, an analyst at Nomura Securities.\n"),
            "The chief executive of Kaneda Motor Corp");
  EXPECT_EQ(first_speaker("The head of Transport for London has warned that Tube fares may have to rise next year.\n\nAndy Lord, the "
                          "Commissioner of Transport for London, told the London Assembly the network faced a shortfall.\n"),
            "Andy Lord");
  EXPECT_EQ(last_speaker("Darren Pike's lawyer, Helen Moss, began by asking how many drinks the witness had consumed.\n\n\"Two, "
                         "maybe three,\" Kevin Lyle said.\n\n\"Three pints or three glasses of wine?\"\n"),
            "Helen Moss");
  EXPECT_EQ(last_speaker("\"Give me a date,\" Sen. Roger Whitfield said.\n\n\"I can't give one,\" Catherine de la Vega replied.\n\n"
                         "\"Then when will the families who have waited six years for a ferry get an answer?\"\n"),
            "Roger Whitfield");
  EXPECT_EQ(last_speaker("The union had warned for years. Then came Xolani Mthembu, a union organiser from Durban.\n\n\"They knew the "
                         "mine was unsafe.\"\n"),
            "Xolani Mthembu");
  Document d = extract("The minister thanked the inspectors for their work but reminded parents that the school remained open.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "reminded");
}

// A title's lede is the person new to the text the next paragraph opens with past an age, when
// the relative clause after it speaks of the body ("Daniel Okafor, 41, who co-founded the San
// Francisco-based company in 2019, spent …"), not a successor's ("Karen Holt, who will take over as
// chief executive in July,")
TEST(Attribution, ATitlesLedeHolderPastAnAgeAndARelativeClauseOfTheBody) {
  EXPECT_EQ(first_speaker("WASHINGTON - The chief executive of Veridian AI told senators on Tuesday that no developer could guarantee "
                          "its models would never be misused.\n\nDaniel Okafor, 41, who co-founded the San Francisco-based company in "
                          "2019, spent nearly three hours before the subcommittee.\n"),
            "Daniel Okafor");
  EXPECT_EQ(first_speaker("The chief executive of Northwind Energy said the company had \"turned a corner\".\n\nKaren Holt, who will "
                          "take over as chief executive in July, has spent a decade at the firm.\n"),
            "The chief executive of Northwind Energy");
}

// A clause of when with its own subject and verb right after a cue reports nothing without a comma
// before a reported clause ("That was how Premier Daniel Arcand answered Tuesday evening when a
// reporter asked whether he expected …" gives "answered" no report); "said after the convention he
// would …" still reports
TEST(Attribution, AClauseOfWhenAfterACueIsNoReportWithoutItsComma) {
  Document d = extract("\"Bring it on.\"\n\nThat was how Premier Daniel Arcand answered Tuesday evening when a reporter asked whether "
                       "he expected the Opposition to make the deficit an issue.\n", bytes());
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Daniel Arcand");  // (the words before, "That was how … answered")
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::indirect) {
      EXPECT_NE(cue(&q), "answered") << q.text;
    }
  EXPECT_EQ(first_words("Trump said after the convention he would not accept the endorsement."),
            "after the convention he would not accept the endorsement");
}

// A page's furniture before the lede ("Listen to this article", "The audio version of this article
// is generated by …", data/boilerplate.txt) ends no sentence of the writer's: the lede's "The head
// of BODY" is still the person the next paragraph names
TEST(Attribution, PageFurnitureBeforeALedeEndsNoSentence) {
  const std::string lede =
      "The head of Transport for NSW has conceded he knew about cracking weeks before the line reopened.\n\nRhys Calloway, the "
      "department's secretary, spent more than three hours before the committee.\n";
  const std::string page = "Transport chief knew of cracks\n\nJane Holt, Transport Reporter\n\nPublished December 3, 2026\n\n"
                           "Listen to this article · 4:12 min\n\nThe audio version of this article is generated by text-to-speech, a "
                           "technology based on artificial intelligence.\n\n";
  EXPECT_EQ(first_speaker(page + lede), "Rhys Calloway");
  Document d = extract(page + lede);
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("text-to-speech"), std::string::npos) << q.text;
  // (a sentence of the writer's before it is one: the lede is no lede then)
  EXPECT_EQ(first_speaker("Transport chief knew of cracks\n\nThe line was shut for a week. Trains ran again in May.\n\nIt was busy."
                          "\n\nCommuters were angry.\n\n" + lede),
            "The head of Transport for NSW");
}

// A phrase right after "who" or "whom" and right before a cue, a verb after the cue, is the cue's
// subject, and "who" the reported clause's ("A man who police say was armed"): the report is the
// clause from the verb on, to the main clause's verb when no comma sets the relative clause off
TEST(Attribution, APhraseBetweenWhoAndACueIsTheCuesSubject) {
  Document d = extract("A man who police said was armed was arrested on Friday.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "police");
  EXPECT_EQ(d.quotes[0].text, "was armed");
  EXPECT_EQ(only_speaker("The officer shot a man whom witnesses said had raised his hands."), "witnesses");
  EXPECT_EQ(first_words("The suspect, who police say fled on foot, was caught on Monday."), "fled on foot");
  Document m = extract("A former mayor who prosecutors said treated relief money \"like a personal slush fund\" was sentenced on "
                       "Thursday.");
  const Quote* fund = find(m, "like a personal slush fund");
  ASSERT_NE(fund, nullptr);
  EXPECT_EQ(fund->speaker, "prosecutors");
  // (a pronoun so placed is another than the one "who" stands for)
  EXPECT_NE(only_speaker("The anger was aimed at Megyn Kelly, who he claims has been unfair to him."), "Megyn Kelly");
  EXPECT_EQ(only_speaker("Tom Hale met Megyn Kelly on Monday. Kelly, who he claims has been unfair to him, did not comment."),
            "Tom Hale");
  // (no verb after the cue, or a question's "who": no report)
  EXPECT_TRUE(extract("He named another president whom Obama mentioned later in his speech.").quotes.empty());
  EXPECT_TRUE(extract("Asked who they thought was the closest ally, most named Britain.").quotes.empty());
  // (a phrase that is the relative clause's own object, a verb between it and the cue, is none)
  EXPECT_EQ(only_speaker("Experts who were not involved in the research said the results were strong."),
            "Experts who were not involved in the research");
  EXPECT_EQ(only_speaker("People who follow the race say the gap is closing."), "People who follow the race");
}

// A question in a paragraph of its own after a passive of asking ("was pressed by …") is its
// agent's, the one asked (the passive's subject) answers it, and short turns in paragraphs of their
// own go on alternating between the two
TEST(Attribution, APassiveAskersQuestionAndTurnsThatAlternate) {
  Document d = extract("Later, the water minister, Emma Hardcastle, was pressed by the MP for Kennet Valley, Daniel Whitcombe, on the "
                       "cost to customers.\n\n'Can the minister guarantee that not a penny of this will end up on bills?'\n\n'I can "
                       "guarantee that bonuses will never again be paid out of bill payers' money.'\n\n'That is not what I asked.'\n\n'It "
                       "is the answer the honourable gentleman is going to get.'\n");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[0].speaker, "Daniel Whitcombe");
  EXPECT_EQ(d.quotes[1].speaker, "Emma Hardcastle");
  EXPECT_EQ(d.quotes[2].speaker, "Daniel Whitcombe");
  EXPECT_EQ(d.quotes[3].speaker, "Emma Hardcastle");
  // (words in the first person after words that call someone by name are that one's)
  Document b = extract("When Brian Kowalczyk reached his limit, the meeting came apart.\n\n\"Mr. Kowalczyk, your time is up,\" board "
                       "President Gail Hendricks said.\n\n\"I have one more sentence.\"\n\n\"You've had your three minutes, sir.\"\n\n\"You "
                       "let the last speaker go a full minute over!\"\n\n\"Sit down, please, or I will ask the deputy to escort you out.\"\n");
  ASSERT_EQ(b.quotes.size(), 5u);
  EXPECT_EQ(b.quotes[1].speaker, "Brian Kowalczyk");
  EXPECT_EQ(b.quotes[2].speaker, "Gail Hendricks");
  EXPECT_EQ(b.quotes[3].speaker, "Brian Kowalczyk");
  EXPECT_EQ(b.quotes[4].speaker, "Gail Hendricks");
  // (words that go on after a cue of their own, no exchange, stay their speaker's)
  EXPECT_EQ(last_speaker("\"We had to act,\" Mayor Ann Lee said.\n\n\"There was no other way.\"\n"), "Ann Lee");
}

// Words that ask nothing, in a paragraph of their own after a sentence that reports a question,
// are the answer of the one asked (named after the verb, or the he or she the question opens with);
// a question after that answer is the asker's again, and the turns go on alternating
TEST(Attribution, AnAnswerToAReportedQuestionAndTheAskersNextQuestion) {
  Document d = extract("Eleanor Marsh lost in three sets.\n\n'I gave it everything,' she said.\n\nOne reporter asked whether she had heard "
                       "the crowd chanting her name.\n\n'You'd have to be deaf not to hear it.'\n\n'Did it help, or did it add to the "
                       "pressure?'\n\n'Both, probably. Mostly help. At 8-8 I looked up at my box and my mum was crying, so that wasn't "
                       "ideal, and I had to look away quickly before the next point.'\n");
  ASSERT_EQ(d.quotes.size(), 5u);
  EXPECT_EQ(d.quotes[2].speaker, "Eleanor Marsh");
  ASSERT_TRUE(d.quotes[2].speaker_mention);
  EXPECT_EQ(d.quotes[3].speaker_mention ? d.quotes[3].speaker_mention->text : "", "One reporter");
  EXPECT_EQ(d.quotes[4].speaker, "Eleanor Marsh");
  // (the one asked named after the verb)
  EXPECT_EQ(last_speaker("Jane Ruiz asked Tom Hale if the plan was costed.\n\n\"We have no figures yet.\"\n"), "Tom Hale");
  // (a question that follows is no answer: the asker's own)
  EXPECT_EQ(last_speaker("Jane Ruiz asked whether he would resign.\n\n\"Will you?\"\n"), "Jane Ruiz");
}

// Review cases of this round: the caller going on after words that call someone by name; a name
// further on than the agent of a passive of asking, or a request ("asked by X to"); the one who
// answered going on in a statement after the first answer; the main clause after "who police said
// was armed"; "the same story he told that …" reports nothing
TEST(Attribution, ThirdReviewCasesOfThisRound) {
  EXPECT_EQ(last_speaker("Judge Helen Moore sentenced Mark Yang on Friday.\n\n\"Mr. Yang, please stand,\" Moore said.\n\n\"I have read "
                         "every letter your family sent me.\"\n"),
            "Helen Moore");
  EXPECT_EQ(last_speaker("Nina Ortiz pressed the White House on the figures.\n\n\"Ms. Ortiz, I'll have to get back to you on that,\" "
                         "press secretary Dan Walsh said.\n\n\"I don't have the numbers in front of me today.\"\n"),
            "Dan Walsh");
  EXPECT_EQ(last_speaker("Daniel Price was questioned by police for six hours about the death of Maria Lopez.\n\n\"Why would I hurt "
                         "someone I loved?\"\n"),
            "Daniel Price");
  EXPECT_EQ(last_speaker("The singer Maya Lin was asked by festival director Paul Grant to headline this year's show.\n\n\"Who turns "
                         "down Glastonbury?\"\n"),
            "Maya Lin");
  EXPECT_EQ(last_speaker("The health secretary, Priya Nair, was pressed by Tom Barker on waiting lists.\n\n\"Will she admit that "
                         "waiting lists have grown on her watch?\"\n\n\"I will admit no such thing.\"\n\n\"We have cut the backlog in "
                         "every region. We have hired 4,000 nurses. We are not done.\"\n"),
            "Priya Nair");
  Document m = extract("A man who police said was armed told reporters on Friday that he had never owned a gun.", bytes());
  ASSERT_EQ(m.quotes.size(), 2u);
  EXPECT_EQ(m.quotes[0].speaker, "police");
  EXPECT_EQ(m.quotes[1].speaker, "A man");
  EXPECT_EQ(m.quotes[1].text, "he had never owned a gun");
  EXPECT_TRUE(extract("It was the same story he told that investigators in two states had already dismissed as false.").quotes.empty());
}

// A verb of saying whose present is as a rule a noun ("state") right after the determiner of an
// inverted cue's subject describes the head: "said the state epidemiologist", the one the text
// described so
TEST(Attribution, AStateNounBeforeTheHeadOfAnInvertedSubject) {
  EXPECT_EQ(last_speaker("Dr. Miriam Okafor, the health director, and Dr. Paul Whitcombe, the state epidemiologist, gave the update.\n\n"
                         "\"We are seeing what happens,\" said the state epidemiologist.\n"),
            "Paul Whitcombe");
  EXPECT_EQ(only_speaker("\"We are seeing what happens,\" said the state epidemiologist."), "the state epidemiologist");
}

// A party and its state between commas after a name ("Sen. Lorraine Castellanos, D-Nev., turned to
// …") keep the name the sentence's subject, whose the next paragraph's words are
TEST(Attribution, APartyTagAfterALeadInsSubject) {
  EXPECT_EQ(last_speaker("Later, Sen. Lorraine Castellanos, D-Nev., turned to the question of transparency.\n\n\"Will you make those "
                         "inspection records public? Yes or no.\"\n"),
            "Lorraine Castellanos");
  // (a role before the name keeps its comma: "Her neighbor, Ignatius Flood, nodded.")
  EXPECT_EQ(last_speaker("The fire spread fast. Her neighbor, Ignatius Flood, nodded.\n\n\"We had no time.\"\n"), "Ignatius Flood");
}

// The cue of a sentence that names the speaker of the quotation before it ("That's how Kyle Hartigan
// … summed up the budget") gives those words their speaker and reports nothing of its own
TEST(Attribution, TheCueOfThatsHowReportsNothingOfItsOwn) {
  Document d = extract("\"Every dollar borrowed today is a dollar of interest tomorrow.\"\n\nThat's how Kyle Hartigan, director of the "
                       "Taxpayers Federation, summed up the budget in a news release Tuesday.\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Kyle Hartigan");
  // (another cue of the sentence reports still)
  Document m = extract("\"We had to act.\" That was how the mayor explained the decision, and she said more cuts would follow.\n");
  ASSERT_EQ(m.quotes.size(), 2u);
  EXPECT_EQ(m.quotes[1].text, "more cuts would follow");
}

// Fourth review's cases: a reply that thanks the caller or whose caller spoke as "we"; words after a
// reported question that speak of the one asked as "she" are no answer of hers; a short retort after
// the first answer is the asker's; "asked by X to explain" puts a question; "the first time she said
// that …" reports; "the company" is a firm that speaks past a relative clause
TEST(Attribution, FourthReviewCasesOfThisRound) {
  EXPECT_EQ(last_speaker("When Brian Kowalczyk reached his limit, the meeting came apart.\n\n\"Mr. Kowalczyk, your time is up,\" "
                         "Chairwoman Gail Hendricks said.\n\n\"Thank you, Madam Chair. I have one more sentence.\"\n"),
            "Brian Kowalczyk");
  EXPECT_EQ(last_speaker("Helen Dorsey resigned on Friday.\n\nFamilies of the victims asked how she could sleep at night.\n\n\"She "
                         "promised us answers and gave us nothing.\"\n"),
            "Families of the victims");
  EXPECT_EQ(last_speaker("The health secretary, Priya Nair, was pressed by Tom Barker on the closures.\n\n\"Will she reverse them?\"\n\n"
                         "\"We are reviewing every case.\"\n\n\"So that is a no.\"\n"),
            "Tom Barker");
  // (a few words with no verb that open with "not": the asker's correction of the answer)
  Document n = extract("Kevin O'Rourke argued for the state.\n\nJustice Sonia Sotomayor pressed him.\n\n\"Mr. O'Rourke, who decided which "
                       "devices to pick?\"\n\n\"The detectives, based on the movement patterns.\"\n\n\"Not the magistrate.\"\n\n\"Not at "
                       "that step, no, Your Honor.\"\n");
  ASSERT_EQ(n.quotes.size(), 4u);
  const char* turns[] = {"Sonia Sotomayor", "Kevin O'Rourke", "Sonia Sotomayor", "Kevin O'Rourke"};
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(n.quotes[i].speaker, turns[i]) << n.quotes[i].text;
  EXPECT_EQ(first_speaker("Priya Nair was asked by Tom Barker to explain the overspend.\n\n\"How did a £40 million project end up costing "
                          "£90 million?\"\n"),
            "Tom Barker");
  EXPECT_EQ(first_words("It was the first time she said that she would consider a second term."), "she would consider a second term");
  EXPECT_EQ(last_speaker("Marlow, Finch and Company sold the site in 2019.\n\nHalvorsen & Berg, which bought the site, said it had not "
                         "been told of the contamination.\n\n\"We were never informed,\" the company said.\n"),
            "Halvorsen & Berg");
  // (not past a description, which may tell another trade)
  EXPECT_EQ(last_speaker("Grand Rapids Furniture Company was fined $2 million.\n\nSoilTech Labs, the contractor that tested the site, said "
                         "the readings were accurate.\n\nThe company said it would appeal the fine.\n"),
            "Grand Rapids Furniture Company");
}

// "with" and a plural of no list before a participle of saying, what describes it between, are who
// says it ("…, with skippers in Peterhead and Fraserburgh warning that …")
TEST(Attribution, APluralAfterWithBeforeAParticipleOfSaying) {
  EXPECT_EQ(only_speaker("The talks ended with a 21% cut, with skippers in Peterhead and Fraserburgh warning that some boats may not see "
                         "out the year."),
            "skippers in Peterhead and Fraserburgh");
  EXPECT_EQ(only_speaker("The talks ended with a cut, with skippers claiming that some boats may not survive."), "skippers");
  EXPECT_TRUE(extract("The market rallied, with prices suggesting little about demand.").quotes.empty());
}

// A participle of saying after "spent" and a time is its subject's report ("spent much of the keynote
// arguing that …"); "who" after "a NAME and NAME" that a preposition governs is the person named
// before the description
TEST(Attribution, SpentArguingAndWhoAfterTwoNamesAPrepositionGoverns) {
  EXPECT_EQ(only_speaker("Sebastian van der Meer spent much of the keynote arguing that the device had been designed to disappear."),
            "Sebastian van der Meer");
  EXPECT_TRUE(extract("The company spent millions advertising its phones.").quotes.empty());
  EXPECT_EQ(only_speaker("It was the view of Dana Okonkwo, an analyst at Harlow and Finch Research, who estimated sales would fall."),
            "Dana Okonkwo");
}

// Fifth review's cases: an answerer going on in a short statement after the first answer; a reply
// that thanks or titles the one called is the caller's going on; "she" of a main clause after an
// opening phrase that names a titled woman; "spent hours reading letters saying"; a first-person
// answer that speaks of another "she"
TEST(Attribution, FifthReviewCasesOfThisRound) {
  EXPECT_EQ(last_speaker("The manager, Mark Bell, was pressed by Jenna Price after the defeat.\n\n\"What went wrong?\"\n\n\"We lost our shape "
                         "in the second half.\"\n\n\"The players know it was not good enough.\"\n"),
            "Mark Bell");
  EXPECT_EQ(last_speaker("Luis Garcia testified for three hours.\n\n\"Mr. Garcia, that will be all for now,\" Chairman Ron Teller said.\n\n"
                         "\"Thank you, Mr. Garcia. I now call our next witness, Dr. Ellen Shaw.\"\n"),
            "Ron Teller");
  EXPECT_EQ(last_speaker("Councillor Robin Hale opposed the plan.\n\nIn a letter to Mrs Dunn, the planning officer, she wrote that the road "
                         "was unsafe.\n"),
            "Robin Hale");
  EXPECT_TRUE(extract("The headteacher spent hours reading letters saying that children were arriving at school hungry.").quotes.empty());
  EXPECT_EQ(last_speaker("Maria Lang won a second term in 2022.\n\nA reporter asked whether she would run for a third term.\n\n\"My mother "
                         "said she would never forgive me if I stepped aside now.\"\n"),
            "Maria Lang");
}

TEST(PreviousSentence, AQuestionAfterAPassiveOfAskingWithNoAskerIsNoOnesAndTheOneAskedAnswers) {
  // "Brennan was asked about …" / question / answer / question / answer
  Document d = extract("At the press conference Niall Brennan was asked about the decision to kick to the corner.\n\n"
                       "'Was it the wrong call, looking back?'\n\n'Looking back, everything's the wrong call when you lose.'\n\n"
                       "'Would you make it again?'\n\n'Probably, yeah. We back our maul.'");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[0].speaker, "");
  EXPECT_EQ(d.quotes[1].speaker, "Niall Brennan");
  EXPECT_EQ(d.quotes[2].speaker, "");
  EXPECT_EQ(d.quotes[3].speaker, "Niall Brennan");
  // (not a request, "asked to resign … by", nor a question no answer follows: the one asked's retort)
  EXPECT_EQ(last_speaker("Akers was asked to resign by three backbenchers on Tuesday night.\n\n\"Why would I quit when the job isn't "
                         "done?\""),
            "Akers");
  EXPECT_EQ(first_speaker("Ann Patel was asked about the leak.\n\n\"Who told you that?\"\n\nHer spokesman later said she had no comment."),
            "Ann Patel");
  EXPECT_EQ(first_speaker("Ana Ruiz was asked about retirement after the match.\n\n\"Why would I stop now?\"\n\n\"I feel great.\""),
            "Ana Ruiz");
  // (words that ask nothing stay the one asked's, as before)
  EXPECT_EQ(last_speaker("Niall Brennan was asked about the decision.\n\n'It was the right call.'"), "Niall Brennan");
}

TEST(Indirect, AccordingToReportsItsClauseAndAnothersReportAfterItIsReadOn) {
  // the source's clause ends before ", and Tom Mills told …", whose report is Mills's
  Document d = extract("According to the report, the man sent the agency a letter, and Tom Mills and Ann Clinton told investigators "
                       "they were unaware.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "the report");
  EXPECT_EQ(d.quotes[0].text, "the man sent the agency a letter");
  EXPECT_EQ(d.quotes[1].text, "they were unaware");
  EXPECT_EQ(cue(&d.quotes[1]), "told");
  // (with no comma before "and": the source's clause and then the other's report)
  d = extract("According to the indictment, Ortiz recorded the calls and Daniels said he had destroyed the tapes.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "Ortiz recorded the calls");
  EXPECT_EQ(d.quotes[1].speaker, "Daniels");
}

// A transcript's question whose brackets name its asker is that person's words; one labelled "Q:"
// alone stays no one's
TEST(ParagraphLabel, AQuestionWhoseBracketsNameItsAskerIsTheirs) {
  std::string t =
      "Here is everything the manager said.\n\n"
      "Q: How has he taken the injury?\n\n"
      "HANS MEIER: He is very down. He was in the best form of his career.\n\n"
      "Q (Rachel Ambrose, Radio City): Have you spoken to the owners about the budget?\n\n"
      "HANS MEIER: Every day, Rachel. We have a good relationship.\n";
  Document d = extract(t);
  const Quote* named = find(d, "Have you spoken");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->speaker, "Rachel Ambrose");
  EXPECT_EQ(mention(named), "Rachel Ambrose");
  const Quote* plain = find(d, "How has he taken");
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->speaker, "");
  // (a name its title shows to be someone's, its first name on no list)
  Document c = extract("The questions and the council's replies.\n\nQ (Councillor Idris Hughes): When will the bridge open?\n\n"
                       "A: The council expects it to open in the spring.\n");
  const Quote* titled = find(c, "When will the bridge");
  ASSERT_NE(titled, nullptr);
  EXPECT_EQ(titled->speaker, "Idris Hughes");
  const Quote* answer = find(d, "Every day");
  ASSERT_NE(answer, nullptr);
  EXPECT_EQ(answer->speaker, "HANS MEIER");
  // (an answer whose brackets name its answerer, and the bare "Q:" and "A:" after such turns: the
  // same two people's)
  Document h = extract("MPs questioned the chief executive.\n\nQ (Fiona O'Rourke): How much of your bonus was linked to "
                       "performance?\n\nA (Claire Donnelly-Hughes): I'd have to write to the committee.\n\nQ: You don't know?\n\n"
                       "A: I don't want to give you a figure that turns out to be wrong.\n");
  const char* turns[][2] = {{"How much of your", "Fiona O'Rourke"},
                            {"I'd have to write", "Claire Donnelly-Hughes"},
                            {"You don't know", "Fiona O'Rourke"},
                            {"I don't want", "Claire Donnelly-Hughes"}};
  for (const auto& [words, who] : turns) {
    const Quote* q = find(h, words);
    ASSERT_NE(q, nullptr) << words;
    EXPECT_EQ(q->speaker, who) << words;
  }
  // (brackets right after the question's colon name that question's asker alone)
  Document f = extract("The press conference followed.\n\nQ: (Martin Hale \u2013 Racecar Weekly) Luca, were you consulted before "
                       "the call?\n\nLuca DE ANGELIS: We talk before the race about the scenarios.\n\nQ: Were you surprised?\n\n"
                       "Luca DE ANGELIS: Honestly, yes. We were ready.\n");
  const Quote* hale = find(f, "were you consulted");
  ASSERT_NE(hale, nullptr);
  EXPECT_EQ(hale->speaker, "Martin Hale");
  EXPECT_EQ(hale->text.rfind("Luca,", 0), 0u) << hale->text;
  const Quote* next = find(f, "Were you surprised");
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->speaker, "");
}

// The answer to a question put by a named asker, in a paragraph of its own, is the one questioned:
// the person the paragraph before the question has as a sentence's subject, though another was
// quoted since; it need not speak in the first person; and the exchange goes on from there
TEST(Answer, TheOneQuestionedIsTheSubjectOfTheParagraphBeforeTheQuestion) {
  std::string t =
      "\"I picked up the phone three times,\" Marc Dubois testified.\n\n"
      "Retired judge Helene Carrier leads the inquiry. \"This inquiry is not a trial,\" Carrier said.\n\n"
      "Under questioning from counsel Priya Ramdas, Dubois walked through the afternoon minute by minute.\n\n"
      "\"When you sent that recommendation, how much time did you believe the community had?\" Ramdas asked.\n\n"
      "\"At that point, maybe four hours. Less if the wind came around.\"\n\n"
      "\"And did the wind come around?\"\n\n"
      "\"It did. By four o'clock it was pushing down the valley.\"\n";
  Document d = extract(t);
  for (const char* w : {"At that point", "It did."}) {
    const Quote* q = find(d, w);
    ASSERT_NE(q, nullptr) << w;
    EXPECT_EQ(q->speaker, "Marc Dubois") << w;
  }
  const Quote* again = find(d, "And did the wind");
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->speaker, "Priya Ramdas");
}

// A "she" who asks after a "he" replied, a verb of questioning between with the one questioned
// after "the", gets her answer from him; a reporter's question after a "he" quoted gets his
TEST(Answer, AVerbOfQuestioningOrAReportersQuestionHandsTheTurnToTheOneQuotedBefore) {
  std::string t =
      "Derek Fairlie ran the shipyard for a decade.\n\n"
      "\"Of course I do. I ran the yard,\" he replied.\n\n"
      "Labour's transport spokeswoman, Niamh O'Donnell, pressed the former executive on the timing.\n\n"
      "\"Did you see it before the contract was signed?\" she asked.\n\n"
      "\"No.\"\n";
  EXPECT_EQ(last_speaker(t), "Derek Fairlie");
  std::string u =
      "Brighton coach Lukas Brenner was measured. \"I understand the emotion,\" Brenner said.\n\n"
      "Fulham coach Pedro Rocha chose his words carefully.\n\n"
      "\"I have been told not to speak about referees,\" he said at his press conference.\n\n"
      "One reporter asked: \"Do you accept the officials got the offside call right?\"\n\n"
      "\"Which offside? There was no offside. Next question.\"\n";
  EXPECT_EQ(last_speaker(u), "Pedro Rocha");
}

// After a question a journalist asks, with no one asked named, the answer in a paragraph of its own
// is the press conference's speaker's, the person quoted last before: a question the sentence before
// gave the reporter ("asked the obvious question" asks no one), and a question the writer reports
TEST(Answer, AJournalistsQuestionIsAnsweredByThePressConferencesSpeaker) {
  std::string t =
      "\"Today the price finally made sense for us,\" Monica Reyes said at a news conference.\n\n"
      "A reporter in the front row asked the obvious question.\n\n"
      "\"Is he starting Saturday against Denver?\"\n\n"
      "\"If our medical staff clears him, yes.\"\n\n"
      "\"And long term?\"\n\n"
      "\"Long term, we think he's a cornerstone.\"\n";
  Document d = extract(t);
  for (const char* w : {"If our medical", "Long term, we"}) {
    const Quote* q = find(d, w);
    ASSERT_NE(q, nullptr) << w;
    EXPECT_EQ(q->speaker, "Monica Reyes") << w;
  }
  const Quote* asked = find(d, "Is he starting");
  ASSERT_NE(asked, nullptr);
  EXPECT_NE(asked->speaker, "Monica Reyes");
  std::string u =
      "Asked about a motive, Police Chief Raymond DeLuca was blunt.\n\n"
      "\"We are not going to speculate on motive tonight,\" he said.\n\n"
      "A reporter asked whether the weapon belonged to a family member.\n\n"
      "\"That is part of the investigation.\"\n";
  EXPECT_EQ(last_speaker(u), "Raymond DeLuca");
  // (not one the question speaks of by name, nor one named in what the speaker reported)
  std::string v =
      "On team news, Joost van der Meulen confirmed that captain Tom Ashworth would miss the game.\n\n"
      "'Dele has trained fully for ten days,' he said.\n\n"
      "Dele Okonkwo-Hart scored nine times in the league last season.\n\n"
      "'Is there a Plan B if Dele breaks down again?' another journalist asked.\n\n"
      "'There is always a Plan B.'\n";
  EXPECT_EQ(last_speaker(v), "Joost van der Meulen");
  // (a question a journalist puts by a cue that puts it to no one: "followed up")
  EXPECT_EQ(last_speaker("\"This was not an easy phone call,\" Pierre Lavallee told reporters.\n\nAsked whether Dufresne had "
                         "requested a trade, Lavallee paused.\n\n\"I'm not going to get into private conversations.\"\n\n\"Did he ask "
                         "out, though?\" a reporter followed up.\n\n\"Next question.\""),
            "Pierre Lavallee");
  // (a journalist cut off with a dash is another speaker than the one named before: the words after
  // are that one's)
  EXPECT_EQ(last_speaker("Mahto was asked how the state would pay for the scheme.\n\n\"Ask them where the money comes from,\" "
                         "he shot back.\n\n\"But sir, the state's debt\u2014\" a reporter began.\n\n\"The state's finances are in "
                         "the best shape in 20 years.\""),
            "Mahto");
}

// A person before "of" and a body's name speaks, the body's name two joined by "and" or an owner's
// name and its unit: not the last name before the cue; a person's name after "and" is another
// speaker's, and a body before "at" keeps its whole phrase
TEST(Phrases, APersonOfABodyWithAnAndOrAnOwnersUnitSpeaks) {
  EXPECT_EQ(only_speaker("O'Neal's agent, Darnell Pryce of Meridian Sports and Entertainment, called Sacramento \"the perfect fit\" "
                         "for his client."),
            "Darnell Pryce");
  EXPECT_EQ(only_speaker("Leading Senior Constable Aisha Mahmoud of Victoria Police's Major Collision Investigation Unit said the "
                         "camera was \"not working\" that day."),
            "Aisha Mahmoud");
  EXPECT_NE(only_speaker("The Tax Policy Center at the Urban Institute and Brookings Institution said the plan would \"raise "
                         "$1.1 trillion\" over a decade."),
            "Tax Policy Center");
  // (a firm's names listed with a comma, what the firm is and a place before them, a comma after
  // the person too)
  EXPECT_EQ(only_speaker("Priya Venkataraman of the consultancy Marlow, Brandt and Co. said the plan was \"unworkable.\""),
            "Priya Venkataraman");
  EXPECT_EQ(only_speaker("Denise Whitfield, of the Columbus firm Lerner, Haskell and Price, told the panel: \"We saw no evidence.\""),
            "Denise Whitfield");
  // (the firm alone speaks for itself)
  EXPECT_EQ(only_speaker("The consultancy Marlow, Brandt and Co. said the plan was \"unworkable.\""), "Marlow, Brandt and Co.");
}

// A noun that is a cue's base form too heads a speaker's phrase after a name ("the Australian
// champion"); a number's sign and its number are a rank, no name, before a name ("world No 3
// Daria Sokolova"), while Downing Street's "No 10" stays one
TEST(Phrases, ANounThatIsACuesBaseFormAndARankBeforeANameLeaveTheNameTheSpeaker) {
  EXPECT_EQ(only_speaker("'It was close,' said the former British champion, Helen Ashby."), "Helen Ashby");
  EXPECT_EQ(only_speaker("\"She played well,\" said world No 3 Daria Sokolova."), "Daria Sokolova");
  EXPECT_EQ(only_speaker("\"We will not comment on leaks,\" No 10 said."), "No 10");
  // (a rank heads the phrase, its number in it, after a name too)
  EXPECT_EQ(only_speaker("\"It was a hard match,\" said the world No. 3 after her win."), "the world No. 3");
  EXPECT_EQ(only_speaker("'It was close,' said the British No 1."), "the British No 1");
  EXPECT_EQ(only_speaker("'It was close,' said the British No 1, Helen Ashby."), "Helen Ashby");
  // (a number with a possessive's "'s" is a number still: "No 10's" owns the role or name after it)
  EXPECT_EQ(only_speaker("\"We have a plan,\" No 10's director of communications, James Lyons, said."), "James Lyons");
  EXPECT_EQ(only_speaker("\"We have a plan,\" No 10's James Lyons said."), "James Lyons");
  EXPECT_EQ(only_speaker("\"We have a plan,\" No 10\u2019s James Lyons said."), "James Lyons");
}

// A question its subject "was asked", no one after "by", is no one's known: the one asked is its
// addressee, and answers it in the next paragraph
TEST(Answer, AQuestionSomeoneWasAskedIsPutToThemAndTheyAnswer) {
  std::string t =
      "England captain Tom Ashcroft was guarded on the lbw decision.\n\n"
      "'Did you think it was out?' he was asked.\n\n"
      "'I think the technology said it was out, so it was out.'\n";
  Document d = extract(t);
  const Quote* q = find(d, "Did you think");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "");
  ASSERT_EQ(q->addressees.size(), 1u);
  const Quote* a = find(d, "I think the technology");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Tom Ashcroft");
}

// Words named after them by a noun of words that "came" from the speaker, a phrase of when or where
// between: "That admission came in the afternoon session from Graham O'Dea"
TEST(WordsOf, ANounOfWordsThatCameAtATimeFromTheSpeaker) {
  EXPECT_EQ(only_speaker("\"We accept that there were times when staffing fell below what we expect.\" That admission came in the "
                         "afternoon session from Graham O'Dea, chief executive of the provider."),
            "Graham O'Dea");
}

// Review cases of this round's answers and phrases: a bracket that names no person asks nothing of
// anyone known; a passive's subject is not the one questioned; "questioned the figures" questions no
// one; a reporter's question is no one's press conference when another speaks between; a question
// back after "he was asked" is the answer; a person after "and" is a speaker of their own
TEST(Answer, ReviewCasesOfAnswersAndPhrases) {
  Document d = extract("Below are the questions and the answers.\n\nQ (New York): Is the Secretary-General going to travel?\n\n"
                       "A: He has no plans to travel.\n\nQ (Reuters): When will the report be out?\n\nA: Next week.\n");
  for (const Quote& q : d.quotes) {
    EXPECT_NE(q.speaker, "New York");
    EXPECT_NE(q.speaker, "Reuters");
  }
  EXPECT_EQ(last_speaker("\"We are investing record sums,\" the policing minister, Dame Diana Johnson, said.\n\n"
                         "Grandmother Pat Ellis was attacked outside her home in Bolton last month.\n\n"
                         "\"Can you look her family in the eye?\" asked Labour MP Yasmin Qureshi.\n\n"
                         "\"I would say to her family that I am deeply sorry, and we are acting.\"\n"),
            "Diana Johnson");
  EXPECT_EQ(last_speaker("\"It is a fair offer,\" he said.\n\nUnion leader Sharon Graham questioned the figures at the rally.\n\n"
                         "\"Do you really believe workers will accept 2 per cent?\" she asked.\n\n\"I don't. And neither do our members.\"\n"),
            "Sharon Graham");
  EXPECT_NE(last_speaker("\"We are proud of our staff,\" the hospital's chief executive, Dr Alan Ross, said in a statement.\n\n"
                         "At a vigil that evening, a nurse who asked not to be named spoke to reporters.\n\n"
                         "A reporter asked whether staffing had been a problem.\n\n\"We were short every single night.\"\n"),
            "Alan Ross");
  EXPECT_EQ(last_speaker("After the vote, Senator Joe Manchin walked to his car.\n\n\"Would you ever leave the party?\" he was asked.\n\n"
                         "\"I've thought about it. Who hasn't?\"\n"),
            "Joe Manchin");
  EXPECT_NE(only_speaker("Kate Brown of Oxfam and Greenpeace's John Sauven said the deal was \"a betrayal\"."), "Kate Brown");
  EXPECT_EQ(only_speaker("Professor Neil Ferguson of Imperial College's School of Public Health said the variant was \"more "
                         "transmissible than we thought\"."),
            "Neil Ferguson");
}

// The one questioned: a person asked after their role and its comma ("asked the airport's chief
// executive, Nick Barton, whether …"); the subject past an opening phrase that ends with a name
// between commas, or past a role's words before the name; not one who acts on another person's
// noun, a rally's host ("introduced the senator")
TEST(Answer, TheOneQuestionedPastARoleOrAnOpeningPhraseButNotAHost) {
  EXPECT_EQ(last_speaker("\"The airport will reopen tomorrow,\" said the transport minister, Jo Stevens.\n\n"
                         "A reporter asked the airport's chief executive, Nick Barton, whether flights would be delayed.\n\n"
                         "\"Some will, for the first few hours.\"\n"),
            "Nick Barton");
  EXPECT_EQ(last_speaker("Fire chief Alan Mercer gave evidence for most of Tuesday.\n\n"
                         "Under questioning from counsel to the inquiry, Joanna Pike, Mercer described the first hour.\n\n"
                         "\"How many crews did you have available at that point?\" Pike asked.\n\n"
                         "\"Four. Two more were on their way from Kendal.\"\n"),
            "Alan Mercer");
  EXPECT_EQ(last_speaker("Olympic champion Keely Hodgkinson sat down with us before the Diamond League final.\n\n"
                         "\"Do you still get nervous before races?\" our reporter, Tom Finch, asked.\n\n"
                         "\"Every single time. It never goes away.\"\n"),
            "Keely Hodgkinson");
  EXPECT_EQ(last_speaker("Governor Ellen Marsh introduced the senator to a crowd of about 3,000 in Des Moines.\n\n"
                         "\"Do you know who pays for these tax cuts?\" Sen. Rachel Dunn asked.\n\n"
                         "\"Not the billionaires. Not the oil companies. Working families pay.\"\n"),
            "Rachel Dunn");
}

// A journalist's question is answered by the press conference's speaker: the one person the writer
// has as a sentence's subject since the last words quoted, else the one quoted last by a person's
// noun too; no one when another person or another cue came between
TEST(Answer, ThePressConferencesSpeakerIsTheSubjectSinceOrTheOneQuotedLast) {
  EXPECT_EQ(last_speaker("\"We want answers,\" said Paul Hughes, the victim's father.\n\n"
                         "Detective Inspector Lisa Grant took questions outside the station.\n\n"
                         "A reporter asked whether the knife had been found.\n\n\"Tests are being carried out.\"\n"),
            "Lisa Grant");
  EXPECT_EQ(last_speaker("'We did not know,' a spokesman for the council said.\n\n"
                         "A reporter asked whether officials had seen the report.\n\n'No comment.'\n"),
            "a spokesman for the council");
  EXPECT_EQ(last_speaker("Speaking at Downing Street, the Prime Minister said: \"We will get this done.\"\n\n"
                         "One journalist asked if the deadline would be missed.\n\n\"No. We will hit it.\"\n"),
            "the Prime Minister");
}

// Cases a review of the round's rules found, each a rule's over-reach that is mended.
TEST(Review54, TheRulesOfTheRoundHoldTheirBounds) {
  // a channel's number and its possessive before a title leave the title no one's words
  Document t = extract("Appearing on France 2's morning programme \u00ab T\u00e9l\u00e9matin \u00bb, the interior minister, G\u00e9rald "
                       "Lambert, accused protesters of \u00ab vandalism \u00bb.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].text, "vandalism");
  // a speaker's own question answered with a yes or no, no one questioned: the speaker's
  EXPECT_EQ(last_speaker("\"It will bankrupt the town,\" said the council's opposition leader, Joan Price.\n\n\"Is it expensive?\" Mayor "
                         "Tom Hale asked at the launch on Monday.\n\n\"Yes. I won't pretend otherwise.\""),
            "Tom Hale");
  // the interviewee's "she" after a paragraph that tells of another woman questioned before
  EXPECT_EQ(last_speaker("Counsel Peter Grant examined the head teacher, Lorna Blake.\n\n\"Were you told about the bullying?\" Grant "
                         "asked.\n\n\"Not at first,\" she said.\n\nGrant had earlier questioned the girl's mother, Anne Reid, who said she "
                         "complained three times.\n\n\"Did Mrs Reid complain to you?\" he asked.\n\n\"Once, by email,\" she said."),
            "Lorna Blake");
  // a description of the source after "according to" is no list of sources
  EXPECT_EQ(first_speaker("The animals belonged to a new species, according to Dr Joost Mertens, a molecular biologist and co-author "
                          "of the study."),
            "Joost Mertens");
  // a count after "and" with none before is no subject's list
  EXPECT_TRUE(extract("The governor said goodbye to the crowd and more than 200 supporters were left waiting outside.").quotes.empty());
  // a family's own name after ", a" describes the person, who stays someone
  EXPECT_EQ(last_speaker("Patrick Kennedy, a Kennedy to his core, said he would campaign for the bill.\n\n\"My family has fought for "
                         "this for 60 years,\" he said."),
            "Patrick Kennedy");
  // a subhead after a paragraph of quoted words alone stays a subhead
  for (const Quote& q : extract("Elena Vasquez, 34, has lived in the tower for a decade.\n\n\"The lifts have been broken since March.\"\n\n"
                                "\"Fix It Now\"\n\nResidents have formed an association.")
                            .quotes)
    EXPECT_EQ(q.text.find("Fix It"), std::string::npos);
  // a bare "Q:" after the writer names a new asker is no earlier asker's
  Document h = extract("Our correspondent Anna Weiss spoke to the former president.\n\nQ (Anna Weiss): Do you regret the war?\n\nA (Viktor "
                       "Baran): I regret that it was necessary.\n\nA member of the audience, Pavel Hruby, then asked a question.\n\nQ: What "
                       "about the refugees?\n\nA: They are welcome to return.\n");
  const Quote* refugees = find(h, "What about the refugees");
  EXPECT_TRUE(refugees == nullptr || refugees->speaker != "Anna Weiss");
  // what a person made of another's words is no naming of the words' speaker
  EXPECT_NE(only_speaker("\"Read my lips: no new taxes.\" Senator Bob Dole made the remark a weapon in the 1996 campaign, reminding "
                         "voters of George H.W. Bush's broken promise."),
            "Bob Dole");
}
