// Entities and coreference.
#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

TEST(Entities, SurnameJoinsTheFullName) {
  Document d = extract("Chrissy Teigen spoke on Monday. \"Thank you all,\" Teigen wrote.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Chrissy Teigen");
  EXPECT_EQ(mention(&d.quotes[0]), "Teigen");
}

TEST(Entities, SurnameBeforeTheFullNameStillJoins) {
  Document d = extract("\"Thank you all,\" Teigen wrote. Chrissy Teigen later deleted the post.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Chrissy Teigen");
}

TEST(Entities, LowerCaseSpellingAndHandleJoin) {
  std::string t =
      "Chrissy Teigen wrote, \"We are home.\"\n\nDriving home now. \u2014 chrissy teigen (@chrissyteigen) October 1, 2020";
  Document d = extract(t);
  ASSERT_EQ(d.speakers.size(), 1u);
  const Speaker& s = d.speakers[0];
  EXPECT_EQ(s.name, "Chrissy Teigen");
  EXPECT_EQ(s.quotes, 2);
  ASSERT_EQ(s.handles.size(), 1u);
  EXPECT_EQ(s.handles[0], "@chrissyteigen");
  ASSERT_EQ(s.aliases.size(), 1u);
  EXPECT_EQ(s.aliases[0], "chrissy teigen");
}

TEST(Entities, PronounResolvesToTheSubject) {
  Document d = extract(
      "Sunny Hostin shared her condolences while praising Teigen for being open. "
      "\"You are helping so many women,\" she wrote.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Sunny Hostin");
  EXPECT_EQ(mention(&d.quotes[0]), "she");
}

TEST(Entities, PronounGenderFromTheTextsOwnEvidence) {
  // Kyle is a she here: the text says so
  Document d = extract(
      "Kyle Richards wrote that she was heartbroken. Tom Hale arrived later. Tom Hale thanked his family. "
      "\"I am so sorry,\" she commented.");
  const Quote* q = find(d, "I am so sorry");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Kyle Richards");
}

TEST(Entities, PronounDoesNotCrossGender) {
  Document d = extract(
      "Mr. Tom Hale met Jane Roe on Friday. Jane Roe said she was tired. \"It was a long week,\" he said.");
  const Quote* q = find(d, "long week");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Tom Hale");
}

TEST(Entities, SpeakersListCountsQuotes) {
  Document d = extract("\"One,\" said Ann Lee. \"Two,\" said Bob Ray. \"Three,\" said Ann Lee.");
  ASSERT_EQ(d.speakers.size(), 2u);
  EXPECT_EQ(d.speakers[0].name, "Ann Lee");
  EXPECT_EQ(d.speakers[0].quotes, 2);
  EXPECT_EQ(d.speakers[1].quotes, 1);
  for (const Quote& q : d.quotes) EXPECT_EQ(d.speakers[q.speaker_id].name, q.speaker);
}

TEST(Entities, SentenceInitialOccupationIsNotPartOfTheName) {
  Document d = extract("Actress Nina Holt added, \"Take all the time you need.\" Holt later left.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Nina Holt");
  // (before a name of one word too, "Rapper Drake"; not a body's noun or a noun before a title)
  EXPECT_EQ(only_speaker("Singer Lizzo hit back at critics on Tuesday. \"Thanks for the love,\" she wrote."), "Lizzo");
  EXPECT_EQ(only_speaker("Rapper Drake said, \"I am done.\""), "Drake");
  EXPECT_EQ(only_speaker("Police Chief said, \"I am done.\""), "Police Chief");
  // (a compound of two such nouns too; a double-barrelled name is no such compound)
  EXPECT_EQ(only_speaker("Singer-songwriter Oona Patel said, \"The tour is over.\""), "Oona Patel");
  // (a compound in lower case after its hyphen before a first name: a role; not a name's own hyphen)
  EXPECT_EQ(only_speaker("Full-back Tom Akande wrote on Instagram: \"Thank you, coach.\""), "Tom Akande");
  EXPECT_EQ(only_speaker("Jean-Claude Martin said, \"The tour is over.\""), "Jean-Claude Martin");
  EXPECT_EQ(only_speaker("Mary-Kate Olsen said, \"The tour is over.\""), "Mary-Kate Olsen");
}

TEST(Entities, RolesAndOccupationsBeforeANameAreNoPartOfIt) {
  // a title of the list after a word of rank or place ("Assistant Prosecutor", "Backbench MP"),
  // a plural title, a science's practitioner anywhere; an adjective in -ist stays ("Baptist")
  const std::pair<const char*, const char*> cases[] = {
      {"On Monday, Assistant Prosecutor Janine Okafor said the case was \"airtight.\"", "Janine Okafor"},
      {"Backbench MP Gerald Finch said the plan was \"dead on arrival.\"", "Gerald Finch"},
      {"Additional Superintendent of Police Vinod Kumar Yadav said the accused were \"absconding.\"", "Vinod Kumar Yadav"},
      // (and a post's area in brackets between the title and the name)
      {"\"We have arrested six persons,\" said SP (City) Anil Kumar Dubey.", "Anil Kumar Dubey"},
      {"Deputy Commissioner of Police (South) Ravi Rao said the accused were \"absconding.\"", "Ravi Rao"},
      {"Special Prosecutor Jack Smith said the charges were \"serious.\"", "Jack Smith"},
      {"Councilmembers Greg Hollis and Dana Whitfield voted no. Hollis said the delay \"sends the wrong message.\"", "Greg Hollis"},
      {"Glaciologist Amara Linde said the ice was \"going fast.\"", "Amara Linde"},
      {"In a lecture, Geophysicist Amara Linde said the ice was \"going fast.\"", "Amara Linde"},
      {"The Baptist Health System said the clinic was \"closing for good.\"", "Baptist Health System"}};
  for (const auto& [text, speaker] : cases) EXPECT_EQ(only_speaker(text), speaker) << text;
}

TEST(Entities, ATitledOrInvertedSpeakersOneWordNameIsSomeone) {
  // a name of one word is no antecedent of "he" while a two-word name of no known gender before it
  // is ("Jordan Nasser"), unless a title, an inverted cue or a role before it shows it is
  // someone's ("Lord Hollis", 'said Mykola', "Another soldier, Mykola,"); a title tells the gender
  // when it can ("Lady Hollis" is no "he")
  const std::pair<const char*, const char*> cases[] = {
      {"Jordan Nasser arrived. Lord Hollis disagreed. \"Reform is a marathon,\" he said.", "Hollis"},
      {"Jordan Nasser arrived. Dr. Hollis disagreed. \"Reform is a marathon,\" he said.", "Hollis"},
      {"Jordan Nasser arrived. Lady Hollis disagreed. \"Reform is a marathon,\" she said.", "Hollis"},
      {"Jordan Nasser arrived. Lady Hollis disagreed. \"Reform is a marathon,\" he said.", "Jordan Nasser"},
      {"\"We hold the line,\" said Dmytro Koval. \"Now we count,\" said Mykola. \"We have no choice,\" he said.", "Mykola"},
      {"Taras Koval checked the battery. Another soldier, Mykola, said supplies had improved. \"Now we count,\" he said.", "Mykola"},
      // (a role's noun before a body's after "of": the union's is no role of the name's)
      {"Talks began on Monday.\n\nThe president of the union, Nana Kwabena Asante-Boateng, said members would strike. He warned "
       "that \"the government has been warned.\"", "Nana Kwabena Asante-Boateng"}};
  for (const auto& [text, speaker] : cases) EXPECT_EQ(last_speaker(text), speaker) << text;
}

// A name after "a" or "an" that describes the name before it ("Sen. Ruth Connell, a Prescott
// Republican,") is what that one is: no one "she" stands for
TEST(Entities, ANameThatDescribesTheNameBeforeItIsNoOne) {
  EXPECT_EQ(last_speaker("The amendment failed after Sen. Ruth Connell, a Prescott Republican, broke with her party to oppose it. "
                         "\"An exemption that big swallows the rule,\" she said."),
            "Ruth Connell");
  EXPECT_EQ(last_speaker("The amendment failed after Sen. Ruth Connell, a Republican, broke with her party. \"It swallows the rule,\" "
                         "she said."),
            "Ruth Connell");
  // (and the name after "after" is its clause's subject past that description: no owner before it
  // of no known gender stands for "she")
  EXPECT_EQ(last_speaker("Sen. Wade Thornbury, a Yuma Republican, called the bill \"a solution in search of a problem.\"\n\nThornbury's "
                         "amendment failed after Sen. Ruth Connell, a Prescott Republican, broke with her party to oppose it. \"An "
                         "exemption that big swallows the rule,\" she said."),
            "Ruth Connell");
}

TEST(Entities, ABodysNameWithAPluralsPossessiveOrOfThe) {
  const std::pair<const char*, const char*> cases[] = {
      {"The National Farmers' Association said the drought was \"the worst in memory.\"", "National Farmers' Association"},
      {"The International Committee of the Red Cross said aid was \"blocked at the border.\"", "International Committee of the Red Cross"},
      {"In a statement, Friends of the Rivers, a local campaign group, said the plan was \"reckless.\"", "Friends of the Rivers"},
      // (a word of data/of_name_heads.txt before "of": "Chamber of Commerce", "Port of Los Angeles")
      {"The Port Ellery Chamber of Commerce said a strike would be \"ruinous.\"", "Port Ellery Chamber of Commerce"},
      {"The Port of Los Angeles said traffic was \"down sharply.\"", "Port of Los Angeles"},
      {"The Church of England said it was \"deeply saddened.\"", "Church of England"},
      // (a name of words of no list before the body's noun, and a cooperative's noun)
      {"The Veltrin Growers' Cooperative said prices would be \"ruinous.\"", "Veltrin Growers' Cooperative"},
      {"The Veterans' Affairs Department said the delays were \"unacceptable.\"", "Veterans' Affairs Department"}};
  for (const auto& [text, speaker] : cases) EXPECT_EQ(only_speaker(text), speaker) << text;
}

TEST(Entities, AParticipleOfSayingOpeningTheSentenceIsNoName) {
  // "Writing in …," is no one: the quote after the second verb is the subject's
  Document d = extract("Writing in the Sunday Review, John Hollis said the plan was good, but cautioned: \"Reform is a marathon.\"");
  ASSERT_FALSE(d.quotes.empty());
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "John Hollis");
}

TEST(Entities, HeAfterAPhrasesQuoteOrTheSourceOfAccordingTo) {
  // "he" right after a quote of someone a phrase brings in, with no name of the earlier person
  // between, is the phrase's; a full name after "According to" is an antecedent
  Document d = extract("Luke Tryon said the vote was close. 'It goes through,' a senior backbencher said. 'We will see,' he added.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[2].speaker, d.quotes[1].speaker);
  EXPECT_NE(d.quotes[2].speaker, "Luke Tryon");
  // (after quoted words of the phrase's report too)
  Document n = extract("Marisol Vega lives two doors down. Another neighbor said she had called police \"at least three times\" "
                       "this year. \"There's always yelling over there,\" she said.");
  ASSERT_EQ(n.quotes.size(), 3u);  // (the partial, its clause, the quotation)
  EXPECT_EQ(n.quotes[2].speaker, "Another neighbor");
  // (not when the phrase put its words to one of the pronoun's gender: the reply is theirs)
  Document r = extract("Senator Ruth Kane left the hearing early.\n\n\"Will you resign?\" a reporter asked her. \"Never,\" she replied.");
  ASSERT_EQ(r.quotes.size(), 2u);
  EXPECT_EQ(r.quotes[1].speaker, "Ruth Kane");
  // (with no one named before, the reply is no one's rather than the asker's; the phrase that
  // opens the sentence before is no antecedent either when its verb speaks to "her")
  Document r2 = extract("\"Will you resign?\" a reporter asked her. \"Never,\" she replied.");
  ASSERT_EQ(r2.quotes.size(), 2u);
  EXPECT_EQ(r2.quotes[1].speaker, "");
  EXPECT_EQ(last_speaker("A reporter asked her about the logs. \"They were cleaned,\" she said."), "");
  // (a description of a name is that name's: "Dean, a medical doctor,")
  Document d2 = extract("Howard Dean, a medical doctor, said the remark was \"fair.\" \"Something funny was going on,\" he added.");
  ASSERT_EQ(d2.quotes.size(), 2u);
  EXPECT_EQ(d2.quotes[1].speaker, "Howard Dean");
  Document d3 = extract("According to Anjali Mehra, samples were sent to the State Laboratory. \"We expect results soon,\" she said.");
  ASSERT_FALSE(d3.quotes.empty());
  EXPECT_EQ(d3.quotes.back().speaker, "Anjali Mehra");
}

TEST(Entities, APlaceIsNoAntecedent) {
  // data/place_words.txt: "Elm Street", "Harlow Falls" are no one
  for (const char* text : {"Dana Whitfield spoke next. The city studied the Elm Street corridor. \"How many more reports do we need?\" she asked.",
                           "Dana Whitfield spoke next. The council backed the Harlow Falls project. \"How many more reports do we need?\" she asked.",
                           "Dana Whitfield has lived on Cedar Row for sixty years.\n\n\"How many more reports do we need?\""}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker, "Dana Whitfield") << text;
  }
}

TEST(Entities, ABodyThatIsNoFirmIsNoAntecedentOfHeOrShe) {
  // data/institution_words.txt: "Dunfield Central High School" is no one, nor "Dunfield" in a
  // song's title after it
  EXPECT_EQ(last_speaker("Samuel Okonjo-Hart, a jazz pianist, died on Sunday.\n\nHe taught at Dunfield Central High School for 31 "
                         "years.\n\nIts closing track, a slow blues called \"Dunfield After Rain,\" became a local anthem. In a 1987 "
                         "interview, he dismissed the idea that he had missed out on a bigger career."),
            "Samuel Okonjo-Hart");
}

TEST(Entities, AWordThatEndsPlacesNamesAsOftenAsItIsASurnameIsNoPlace) {
  // ("Alley" is not in data/place_words.txt: "Kirstie Alley" is a person, an antecedent of "she")
  EXPECT_EQ(only_speaker("Kirstie Alley spoke to reporters on Monday.\n\n\"I loved every minute of it,\" she said."), "Kirstie Alley");
}

TEST(Entities, FirstNamesOfManyLanguagesTellTheGender) {
  // data/first_names.tsv: "Janine", "Mykola", "Olena", "Rajesh", "Ngozi" name one gender
  const std::pair<const char*, const char*> cases[] = {
      {"Dennis Brown sat down. Janine Smith stood up. \"No,\" he said.", "Dennis Brown"},
      {"Mykola Koval spoke first. Olena Shevchuk listened. \"We have no choice,\" he said.", "Mykola Koval"},
      {"Ngozi Okafor spoke first. Rajesh Kumar listened. \"We have no choice,\" she said.", "Ngozi Okafor"},
      {"Enzo Maresca met Akosua Boateng. \"We agreed,\" he said.", "Enzo Maresca"},
      {"Tara Quinn met Lachlan Boyd. \"We agreed,\" he said.", "Lachlan Boyd"},
      {"Ilse Maart met Tadhg Byrne. \"We agreed,\" she said.", "Ilse Maart"}};
  for (const auto& [text, speaker] : cases) EXPECT_EQ(only_speaker(text), speaker) << text;
  // ("Raj" a man's: "she" is the woman named after him)
  EXPECT_EQ(last_speaker("Prime Minister Raj Patel congratulated Olympic champion Mia Torres. \"I am still pinching myself,\" she "
                         "said."),
            "Mia Torres");
}

TEST(Entities, ItReadIsTheMessageOfTheOneWhoPostedIt) {
  Document d = extract("Col. Viktor Hnatiuk posted a message on Telegram. It read: \"We are holding the bridge.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Viktor Hnatiuk");
  // (not the one who read another's message out: "read from an email sent by a shift supervisor")
  EXPECT_EQ(only_speaker("Senator Ann Dubois read from an email sent by a shift supervisor. It reads: \"We are rolling the dice.\""), "");
}

TEST(Entities, SurnameThatIsATitleWord) {
  Document d = extract("Billie Jean King won 39 Grand Slam titles. King says Ali \"talked the talk and walked the walk.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Billie Jean King");
  // the title before a name stays a title
  Document d2 = extract("King Charles said the nation \"will endure.\"");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker, "Charles");
}

TEST(Entities, PartyWordBeforeAPersonsName) {
  Document d = extract("Republican Mark Dunn dismissed it. \"Where was she?\" Dunn told the Fresno Bee.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mark Dunn");
  // but an organisation keeps its whole name
  Document d2 = extract("The Republican National Committee said the plan \"will fail.\"");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker, "Republican National Committee");
}

// A lone capitalised word that opens a sentence is a name when an age between commas follows it, as
// news names one known by a first name only ("Karim, 61, a retired electrician, led the way")
TEST(Entities, ALoneWordThatOpensASentenceBeforeAnAgeIsAName) {
  EXPECT_EQ(last_speaker("The shelling comes at night. Karim, 61, a retired electrician, led the way upstairs.\n\n"
                         "\"This was my daughter's room,\" he said."),
            "Karim");
}

// A lone capitalised word that opens a sentence, a description between commas and a cue after it,
// is a name whatever follows the cue's clause ("NATO, the alliance, said …, and …"), with an
// adverb or an auxiliary before the cue too; "they" after it stands for it
TEST(Entities, ALoneWordBeforeADescriptionAndACueIsANameWhateverFollows) {
  EXPECT_EQ(only_speaker("NATO, the alliance, said most troops were ready, and buses would come."), "NATO");
  EXPECT_EQ(only_speaker("Ofwat, the regulator, also said bills would rise, but only slightly."), "Ofwat");
  EXPECT_EQ(only_speaker("Ofwat, the water regulator, has said bills would rise."), "Ofwat");
  // (the body so named is a group "they" stands for, a description or examples after its comma)
  EXPECT_EQ(last_speaker("Proponents, including the mayors, have urged Congress to act, although they say they support some changes."),
            "Proponents");
  // (a list of things before the comma and "and" is none: no one reports)
  EXPECT_TRUE(extract("Apples, pears, plums and cherries were sold out, and the stalls closed early.").quotes.empty());
}

// An -ing form that opens a participle's clause is no name, whatever cue follows it ("Fighting back
// tears, she described …": "back" a verb's form too)
TEST(Entities, AnIngFormOpeningAParticiplesClauseIsNoName) {
  EXPECT_EQ(last_speaker("Ms Tran, 21, said the balcony had wobbled.\n\nFighting back tears, she described the moment. "
                         "\"There was a noise,\" she said."),
            "Tran");
  EXPECT_EQ(last_speaker("\"It was late,\" Manning said."), "Manning");
}

TEST(Entities, FirstNamesThatAreWordsOfTheLists) {
  Document d = extract("Will Smith said the film was done. Later the actor Will Smith said it was his last role. Hope Daniels said the team was tired.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[0].speaker, "Will Smith");
  EXPECT_EQ(d.quotes[1].speaker, "Will Smith");
  EXPECT_EQ(d.quotes[2].speaker, "Hope Daniels");
  // a first name that was once a title
  Document e = extract("Gov. Earl Ray Tomblin said the plant would close.");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "Earl Ray Tomblin");
  // a question that opens with the modal names no one
  Document q = extract("Will Smith attend the premiere? Nobody knows yet.");
  EXPECT_TRUE(q.speakers.empty());
}

TEST(Entities, APronounPrefersAPersonsNameToAOneWordPlace) {
  // (and an object pronoun is no evidence of the gender of the sentence's first name)
  Document d = extract(
      "Bernie Sanders spoke to voters in a packed hall.\n\nThe rally ran late, and Georgia gave him a warm welcome. "
      "\"We will win,\" he said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Bernie Sanders");
}

TEST(Entities, AHeadlinesNameEndsWhereTheBodysNameEnds) {
  Document d = extract(
      "Elizabeth Warren Hammers Wells Fargo CEO: 'You Should Be Criminally Investigated'\n\n"
      "Sen. Elizabeth Warren on Tuesday accused the bank's chief executive of gutless leadership.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Elizabeth Warren");
  EXPECT_EQ(d.quotes[0].text, "You Should Be Criminally Investigated");
}

TEST(Entities, AHeadlinesNameStartsWhereAnEmbeddedPostsAuthorsDoes) {
  Document d = extract(
      "Kings Trade Malik Treadwell to Magic\n\nTreadwell said goodbye on Instagram.\n\nSac, you raised me. Orlando, let us "
      "work.\n\nA post shared by Malik Treadwell (@mtreadwell_3) on Feb 6, 2026 at 1:34pm PST\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Malik Treadwell");
}

TEST(Entities, ItAsASubjectIsTheBodyANameOpeningTheSentenceBeforeStandsFor) {
  Document d = extract("Toyota recalled a million cars on Monday. It said no injuries had been reported.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Toyota");
  Document b = extract("The Bank of Canada held rates. In a statement, it said inflation was easing.");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker, "Bank of Canada");
  // (not a person's name, nor past a phrase of its own: "it" is the union)
  EXPECT_EQ(extract("Mary Smith met the union. It said the raise was much too small.").quotes.at(0).speaker_id, -1);
  EXPECT_EQ(extract("The union rejected Toyota's offer. It said the raise was much too small.").quotes.at(0).speaker, "The union");
}

TEST(Entities, ASurnameWithItsParticleJoinsTheFullName) {
  Document a = extract("Bill de Blasio spoke on Monday.\n\nDe Blasio said the city was safe and would stay safe.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Bill de Blasio");
  Document b = extract("De Blasio said the city was safe and would stay safe.\n\nMayor Bill de Blasio spoke on Monday.");
  ASSERT_EQ(b.quotes.size(), 1u);
  EXPECT_EQ(b.quotes[0].speaker, "Bill de Blasio");
  Document c = extract("Ursula von der Leyen spoke on Monday.\n\nVon der Leyen said the border would remain closed.");
  ASSERT_EQ(c.quotes.size(), 1u);
  EXPECT_EQ(c.quotes[0].speaker, "Ursula von der Leyen");
  Document e = extract("Abdel Fattah al-Sisi spoke on Monday.\n\nAl-Sisi said the border would remain closed.");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "Abdel Fattah al-Sisi");
}

TEST(Entities, AFirstNameOfOneGenderIsEvidence) {
  Document d = extract(
      "Mary Smith and Tom Reyes met the board on Monday.\n\n\"It went well,\" she said.\n\n\"It did not,\" he said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Mary Smith");
  EXPECT_EQ(d.quotes[1].speaker, "Tom Reyes");
  // (a first name alone that opens the sentence is a name too)
  EXPECT_EQ(extract("Mary turned to John. \"Where were you?\" she asked.").quotes.at(0).speaker, "Mary");
  // (a first name alone too: "he" is not Mary)
  Document e = extract("Then Mary turned to John. \"Where were you?\" she asked. \"At the office,\" he replied.");
  ASSERT_EQ(e.quotes.size(), 2u);
  EXPECT_EQ(e.quotes[0].speaker, "Mary");
  EXPECT_NE(e.quotes[1].speaker, "Mary");
}

TEST(Entities, AFirstNameLikeAParticleIsNoSurnamesParticle) {
  Document d = extract("Doug Jones said the bill was bad and wrong. Van Jones said on CNN that the bill was good.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Doug Jones");
  EXPECT_EQ(d.quotes[1].speaker, "Van Jones");
  Document g = extract("Al Gore said the bill was bad and wrong. Tipper Gore said on CNN that the bill was good.");
  ASSERT_EQ(g.quotes.size(), 2u);
  EXPECT_NE(g.quotes[0].speaker_id, g.quotes[1].speaker_id);
}

TEST(Entities, ItIsNoTitledPersonNorAPluralOpeningTheSentence) {
  EXPECT_EQ(extract("Rep. Smith criticized the agency on Tuesday. It said the rules were lawful.").quotes.at(0).speaker_id, -1);
  EXPECT_EQ(extract("Analysts expect Apple to beat forecasts. It said on Monday that sales rose sharply.").quotes.at(0).speaker_id,
            -1);
}

TEST(Entities, AHeadlinesNameIsNotCutAtAnotherPersonsSurname) {
  Document d = extract(
      "Sarah Huckabee Sanders Slams Critics: \"We Will Not Back Down\"\n\n"
      "Former Gov. Mike Huckabee praised his daughter on Monday.\n\n\"We will not back down,\" Sanders told reporters.");
  // (the headline's copy of the quote makes no record of its own: the story's is hers)
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Sarah Huckabee Sanders");
  EXPECT_EQ(mention(&d.quotes[0]), "Sanders");
}

TEST(Entities, ADescriptionAfterTheNamesThePersonNamedBefore) {
  Document d = extract(
      "Arne Slot was asked about the defeat. \"We were not good enough,\" the Dutchman admitted. \"We must improve,\" he added.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Arne Slot");
  EXPECT_EQ(mention(&d.quotes[0]), "the Dutchman");
  EXPECT_EQ(d.quotes[1].speaker, "Arne Slot");
  EXPECT_EQ(extract("Maria Lopez, 45, has run the shelter since 2010. The 45-year-old said the city had cut its funding.")
                .quotes.at(0).speaker,
            "Maria Lopez");
  EXPECT_EQ(extract("Sen. Jon Tester faces a tough race. \"We will win,\" the Democrat said.").quotes.at(0).speaker, "Jon Tester");
  // (a researcher's noun, of the gender of "she" that opens the clause reported, past a man named
  // since)
  EXPECT_EQ(extract("Dr. Theodora Kinsella led the study. \"It surprised us,\" Kinsella said. Dr. Marcus Oyelaran was cautious, and he said "
                    "more work was needed.\n\nThe researcher said she hoped the findings would reach city planners.")
                .quotes.back()
                .speaker,
            "Theodora Kinsella");
  // no one named before: the description is the speaker as written
  EXPECT_EQ(extract("\"It is over,\" the 25-year-old said.").quotes.at(0).speaker, "the 25-year-old");
  // an adjective before a name is no description: "he" is the name's
  Document e = extract(
      "The Oromo Liberation Front has been banned. The Ethiopian marathoner Feyisa Lilesa crossed his arms at the finish. "
      "He said he feared returning home.");
  ASSERT_FALSE(e.quotes.empty());
  EXPECT_EQ(e.quotes[0].speaker, "Feyisa Lilesa");
}

TEST(Entities, AShowsNameBeforeACoStarsRoleIsNoOneHeOrSheCouldBe) {
  // "Holly Oaks co-star Rita Moss": the show's name describes the role (co-star, castmate,
  // co-worker are speakers' nouns), and "she" is Rita Moss
  EXPECT_EQ(last_speaker("Jade Finn has split from her boyfriend.\n\nJade's Holly Oaks co-star Rita Moss told a magazine that the "
                         "pair were \"the real deal\".\n\n\"They are so sweet,\" she said at the time."),
            "Rita Moss");
}

TEST(Entities, ASurnamesTitleNamesTheOneFirstWrittenWithIt) {
  // of two people of one surname, the title picks the one the text first wrote it with ("Cllr"
  // is "Councillor"), before the one named last
  Document d = extract("Councillor Bridget O'Neill said the decision was hard.\n\nSiobhan O'Neill runs a rhyme session. "
                       "'Where will we go?' Mrs O'Neill asked.\n\nCllr O'Neill said she understood the anger.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[1].speaker, "Siobhan O'Neill");
  EXPECT_EQ(d.quotes[2].speaker, "Bridget O'Neill");
  // (a title neither was written with leaves it to the one named last)
  EXPECT_EQ(last_speaker("Councillor Bridget O'Neill voted no.\n\nSiobhan O'Neill runs a rhyme session.\n\n"
                         "Dr O'Neill said she understood the anger."),
            "Siobhan O'Neill");
  // (a title of a gender picks the one whose first name is of it before one whose first name tells
  // none, named last; "and his wife" after a name that opens its sentence makes its owner a man)
  Document p = extract("Retired shearer Des Pirrone and his wife, Kath Pirrone, lost their house. He told the inquiry they had "
                       "left with nothing.\n\n\"We never got a text,\" she said.\n\nMrs Pirrone said the tower had lost power.");
  ASSERT_EQ(p.quotes.size(), 3u);
  EXPECT_EQ(p.quotes[0].speaker, "Des Pirrone");
  EXPECT_EQ(p.quotes[1].speaker, "Kath Pirrone");
  EXPECT_EQ(p.quotes[2].speaker, "Kath Pirrone");
  EXPECT_EQ(last_speaker("Kath Pirrone lost her car. Des Pirrone lost the house.\n\nMrs Pirrone said she was angry."), "Kath Pirrone");
  // (not a name a verb or a preposition governs: "talked about Zika and his campaign did not")
  EXPECT_EQ(last_speaker("Mr Trump has not talked about Kim Sato and his campaign did not respond.\n\n\"I am ready,\" Kim Sato "
                         "said. \"We will win,\" she added."),
            "Kim Sato");
}

TEST(Entities, TheMotherOfTwoIsThePersonTheTextDescribedSo) {
  // a number after "of" ends the phrase ("the mother of two said", "said the mother of two"), and
  // the phrase is the one the text described so
  EXPECT_EQ(last_speaker("Dragana Vukovic, a mother of two from Novi Sad, lost her job. \"I do not know how I will pay,\" the "
                         "mother of two said."),
            "Dragana Vukovic");
  EXPECT_EQ(last_speaker("\"It hurts,\" said the father of two."), "the father of two");
  // (what a role is of is no count: "the head of marketing" is not "the head of sales")
  EXPECT_EQ(last_speaker("Tom Reed, the head of sales, quit. \"We are done,\" the head of marketing said."), "the head of marketing");
}

TEST(Entities, ANationsNounNamesThePersonTheTextGaveThatNation) {
  // the nation's word before the name is no part of it, and the description after "the" is the
  // person the text gave the nation, of two named
  Document d = extract(
      "Serbian Novak Djokovic beat Spaniard Carlos Alcaraz in the final. \"I am so happy,\" the Serb said. "
      "\"He played well,\" the Spaniard said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Novak Djokovic");
  EXPECT_EQ(d.quotes[1].speaker, "Carlos Alcaraz");
  EXPECT_EQ(extract("Novak Djokovic beat Spanish star Carlos Alcaraz. \"It hurts,\" the Spaniard said.").quotes.at(0).speaker,
            "Carlos Alcaraz");
  EXPECT_EQ(extract("Serbia's Novak Djokovic beat Carlos Alcaraz. \"It is huge,\" the Serb said.").quotes.at(0).speaker,
            "Novak Djokovic");
  EXPECT_EQ(extract("Lewis Hamilton finished behind Max Verstappen of the Netherlands. \"It was hard,\" the Dutchman said.")
                .quotes.at(0)
                .speaker,
            "Max Verstappen");
  // (and not the one given another nation)
  EXPECT_EQ(extract("Dutchman Max Verstappen beat Lewis Hamilton. \"It was hard,\" the Briton said.").quotes.at(0).speaker,
            "Lewis Hamilton");
  // a body's name after the adjective keeps it
  Document r = extract("The American Red Cross said it would send 40 volunteers.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].speaker, "American Red Cross");
  EXPECT_EQ(extract("The group American Renewable Future said it would run ads.").quotes.at(0).speaker, "American Renewable Future");
  // (a nation's noun that is a first name too opens a name: "Dane Van Niekerk")
  EXPECT_EQ(only_speaker("Dane Van Niekerk said the team was ready."), "Dane Van Niekerk");
  // (not past two of no nation the text gives: "the Spaniard" may be either)
  EXPECT_EQ(last_speaker("Carlos Alcaraz of Spain won the first match on Monday. Later, Rafael Nadal beat Casper Ruud in straight "
                         "sets. \"I felt great out there,\" the Spaniard said."),
            "Spaniard");
  // (where the adjective stays in the name, it still gives the nation)
  EXPECT_NE(extract("Carlos Alcaraz beat Serbian Novak Djokovic in the final. \"It was close,\" the Serb said.")
                .quotes.at(0)
                .speaker.find("Novak Djokovic"),
            std::string::npos);
}

TEST(Entities, APlaceOrBodyBeforeARoleAndANameIsNoAntecedent) {
  EXPECT_EQ(extract("New York mayor Jane Wu paid tribute. \"We are ready,\" she said.").quotes.at(0).speaker, "Jane Wu");
  EXPECT_EQ(extract("White House spokesman Josh Earnest spoke on Monday. He said the plan would pass.").quotes.at(0).speaker,
            "Josh Earnest");
}

TEST(Entities, ARoleNamesThePersonWithThatTitle) {
  EXPECT_EQ(extract("Defence Secretary Alan Brooke visited the base on Monday. \"Morale is high,\" the defence secretary said.")
                .quotes.at(0).speaker,
            "Alan Brooke");
  EXPECT_EQ(extract("Sen. Jane Holt spoke first. Later the senator said the bill would pass.").quotes.at(0).speaker, "Jane Holt");
  EXPECT_EQ(extract("White House spokesman Josh Earnest spoke. The spokesman said the plan was dead.").quotes.at(0).speaker,
            "Josh Earnest");
  // not a vice president for "the president", not another state's governor, not "Gov." for "the government"
  EXPECT_EQ(extract("Vice President Joe Biden and Barack Obama met. The president said the plan was dead.").quotes.at(0).speaker,
            "The president");
  EXPECT_EQ(extract("Ohio Gov. John Kasich met Gov. Jeb Bush. The Ohio governor said the plan was dead.").quotes.at(0).speaker,
            "John Kasich");
  EXPECT_EQ(extract("Gov. Earl Tomblin signed it. The government said the mines would reopen.").quotes.at(0).speaker,
            "The government");
}

TEST(Entities, ARoleByItsAbbreviationAPlaceBeforeTheTitleAndARelation) {
  EXPECT_EQ(extract("Det. Sgt. Alan Price led the inquiry. \"We have a suspect,\" the sergeant said.").quotes.at(0).speaker,
            "Alan Price");
  EXPECT_EQ(extract("Idaho Gov. Brenda Lusk praised the ruling. \"It is a good day,\" the governor said.").quotes.at(0).speaker,
            "Brenda Lusk");
  // (a surname alone after its personal title, "Mr. Obama", "Judge Hallam", is the one who holds
  // the role; "Mr Justice Hallam" is "the judge", the list's word for a justice, and a man)
  EXPECT_EQ(extract("Judge Hallam told jurors to wait. \"It is late,\" the judge said.").quotes.at(0).speaker, "Hallam");
  const Document j = extract("Mr Justice Hallam told jurors to wait. \"It is late,\" the judge said. \"Go home,\" he added.");
  ASSERT_EQ(j.quotes.size(), 2u);
  EXPECT_EQ(j.quotes[0].speaker, "Hallam");
  EXPECT_EQ(j.quotes[1].speaker, "Hallam");
  EXPECT_EQ(extract("Her granddaughter, Gina Marchetti, now runs the bakery. \"She was pleased,\" her granddaughter recalled.")
                .quotes.at(0)
                .speaker,
            "Gina Marchetti");
  // no one named in the role: the phrase
  EXPECT_EQ(extract("Mary Lee met her son. \"He was late,\" the son said.").quotes.at(0).speaker, "the son");
  // an owner's role and a bare title before a name in another word for it (data/title_abbreviations.tsv):
  // "his lawyer" is "Defense attorney Howard Bask", not "District Attorney Celeste Navarro"
  EXPECT_EQ(last_speaker("Defense attorney Howard Bask spoke first. Later, his lawyer said the state had no case."), "Howard Bask");
  EXPECT_EQ(last_speaker("Assistant District Attorney Celeste Navarro spoke first. Later, his lawyer said the state had no case."),
            "his lawyer");
}

TEST(Entities, ANameOfUnknownGenderAfterTheSubjectGivesWayToOneKnownToFit) {
  EXPECT_EQ(extract("On Monday the Harbor Board praised David Roth. \"The talks went well,\" he said.").quotes.at(0).speaker,
            "David Roth");
  // the subject keeps its place first
  EXPECT_EQ(extract("Priya Raman met David Roth. \"The talks went well,\" she said.").quotes.at(0).speaker, "Priya Raman");
  // a subject after the words of its title too: no object of known gender takes its place
  EXPECT_EQ(extract("Chelsea manager Enzo Maresca praised striker Nicolas Jackson after the win. \"He works very hard,\" he said.")
                .quotes.at(0)
                .speaker,
            "Enzo Maresca");
  // a description that opens the sentence is its subject too, not an adjective of the name after its verb
  EXPECT_EQ(extract("Enzo Maresca was happy after the win. The Italian praised striker Nicolas Jackson. \"He works very hard,\" "
                    "he said.")
                .quotes.at(0)
                .speaker,
            "Enzo Maresca");
  EXPECT_EQ(extract("The Italian midfielder Marco Verratti said the team was ready.").quotes.at(0).speaker, "Marco Verratti");
}

TEST(Entities, NoTitleLettersOrRoleInTheName) {
  Document d = extract(
      "Transport minister Priya Lathan said the strike was disappointing.\n\n"
      "Passengers deserve better. \u2014 Priya Lathan MP (@PriyaLathanMP) November 14, 2023\n\n"
      "Cllr Jenna Tregarthen said the plan was dead.\n\nCampaigner Niamh Gallagher said she would appeal.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[1].speaker, "Priya Lathan");
  EXPECT_EQ(d.quotes[0].speaker_id, d.quotes[1].speaker_id);
  EXPECT_EQ(d.quotes[2].speaker, "Jenna Tregarthen");
  EXPECT_EQ(d.quotes[3].speaker, "Niamh Gallagher");
  // the titles of Ireland's and Canada's parliaments
  for (const char* s : {"Taoiseach Conor Gallagher said the delay was needed.", "Labour TD Conor Gallagher said the delay was needed.",
                        "Ontario MPP Conor Gallagher said the delay was needed."})
    EXPECT_EQ(extract(s).quotes.at(0).speaker, "Conor Gallagher") << s;
}

TEST(Entities, PlacesBeforeADescriptionAndBodiesOfSomething) {
  EXPECT_EQ(extract("Sen. Marcus Hartwell unveiled the plan. \"I know a bluff when I see one,\" the Texas Republican said.")
                .quotes.at(0).speaker,
            "Marcus Hartwell");
  EXPECT_EQ(extract("Mayor Bronwyn Castellano spoke. \"We got it wrong,\" Cr Castellano said.").quotes.at(0).speaker,
            "Bronwyn Castellano");
  // a body is no "she"
  Document d = extract("The Royal College of Surgeons paid tribute on Monday. \"She read my essays,\" she wrote.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker_id, -1);
  EXPECT_EQ(extract("\"The worst has passed,\" said Met Office chief meteorologist Paul Gundersen.").quotes.at(0).speaker,
            "Paul Gundersen");
}

TEST(Entities, NoOneForARoleOrDescriptionTwoPeopleFit) {
  EXPECT_EQ(extract("President Barack Obama met President Vladimir Putin in Geneva. \"We made progress,\" the president said.")
                .quotes.at(0).speaker,
            "the president");
  EXPECT_EQ(extract("Mark Doe, 32, met Jane Roe, 45, on Monday. \"We talked for hours,\" the 45-year-old said.").quotes.at(0).speaker,
            "Jane Roe");
  // (an age before the person's noun, the age the text gives beside the name; with none given,
  // the noun may be another's)
  EXPECT_EQ(extract("Marcus Bell, 28, scored twice. \"I'm happy to be back,\" the 28-year-old striker said.").quotes.at(0).speaker,
            "Marcus Bell");
  EXPECT_NE(extract("Goalkeeper Dan Ross saved a penalty. The 28-year-old striker said the team was lucky.").quotes.at(0).speaker,
            "Dan Ross");
  // (nor one whose age the text gives as another)
  EXPECT_NE(extract("Maria Lopez, 30, was hit by a car driven by a 45-year-old man. The 45-year-old said he did not see her.")
                .quotes.at(0).speaker,
            "Maria Lopez");
  // (the nearest named before, of no other age, when no one of that age is brought in unnamed)
  EXPECT_EQ(extract("Kayla Brent was in tears. Her ex, Dean Fowler, 34, hit back. The 29-year-old later wrote: \"Onwards.\"")
                .quotes.at(0).speaker,
            "Kayla Brent");
  EXPECT_EQ(extract("Officer Tom Reed said Maria Lopez, 30, was hit by a car driven by a 45-year-old man. The 45-year-old said he "
                    "did not see her.")
                .quotes.back()
                .speaker,
            "The 45-year-old");
  EXPECT_NE(extract("Lewis Hamilton finished behind Max Verstappen. \"It was hard,\" the Dutchman said.").quotes.at(0).speaker,
            "Lewis Hamilton");
}

TEST(Entities, ALoneSurnameIsThePersonOfThatNameNamedBeforeItMostOften) {
  // named later is no one's antecedent; named less is not the one the surname goes on naming
  Document d = extract(
      "Margaret Ellison, 76, runs the farm. \"We will not sell,\" Ellison said.\n\n"
      "Her husband, David Ellison, died in 2019. \"He built this place,\" Ellison said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Margaret Ellison");
  EXPECT_EQ(d.quotes[1].speaker, "Margaret Ellison");
  // a lone first name is no naming by the surname: the father named last is the one
  Document f = extract(
      "The blast killed Tomas Beltran, 34, and Grant Ellery, 27.\n\n"
      "Roger Ellery, whose son Grant had worked at the depot, was blunter.\n\n\"Fourteen years,\" Ellery said.");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.quotes[0].speaker, "Roger Ellery");
  // a title of the other gender is not her: "Mr. Obama" is his own when only his wife is named
  Document o = extract(
      "Michelle Obama spoke first. \"We are ready,\" Mrs. Obama said.\n\n\"The work goes on,\" Mr. Obama said.");
  ASSERT_EQ(o.quotes.size(), 2u);
  EXPECT_EQ(o.quotes[0].speaker, "Michelle Obama");
  EXPECT_EQ(o.quotes[1].speaker, "Obama");
  // a headline's surname before the fuller name is still that person
  EXPECT_EQ(extract("Ellison Wins Appeal\n\nJane Ellison won her appeal. \"I am relieved,\" Ellison said.").quotes.at(0).speaker,
            "Jane Ellison");
}

TEST(Entities, NoWordThatOpensTheSentenceIsAFirstName) {
  // a word joining the sentence to the one before, or a verb's -ing form, is no part of the name
  Document d = extract(
      "Nobody knelt at the altar of Donald Trump. Meanwhile Trump continues his praise of the plan, his aides said.\n\n"
      "Injecting Clinton's troubles into the race was a mistake, Kaine said.");
  for (const auto& s : d.speakers) {
    EXPECT_NE(s.name, "Meanwhile Trump");
    EXPECT_NE(s.name, "Injecting Clinton");
  }
  EXPECT_EQ(extract("Sterling Jones said it was fine.").quotes.at(0).speaker, "Sterling Jones");
  // a title-case headline's second word is not the surname of its subject
  Document h = extract(
      "Obama Sees Insult in Low Turnout\n\nPresident Obama spoke on Saturday. \"Our progress is on the ballot,\" Mr. Obama said.");
  ASSERT_FALSE(h.quotes.empty());
  EXPECT_EQ(h.quotes.back().speaker, "Obama");
}

TEST(Entities, WhoHeOrSheIsAfterRolesPrepositionsAndPossessions) {
  // a body before lower-case role words and a name describes the name
  EXPECT_EQ(extract("British Swimming performance director Neil Hanrahan said she was rare. \"She leaves it in far better "
                    "shape,\" he said.")
                .quotes.back()
                .speaker,
            "Neil Hanrahan");
  EXPECT_EQ(extract("Brackett Falls town manager Lucille Danforth was angry. \"We told them in March,\" she said.").quotes.at(0).speaker,
            "Lucille Danforth");
  // a preposition's object a relative clause tells of is an antecedent
  EXPECT_EQ(extract("Morgan Stanley provided the financing.\n\nFor Howard Lindgren, who became chief executive in 2021, the "
                    "deal is the largest of his career.\n\n\"I'm worried about everything,\" he said.")
                .quotes.at(0)
                .speaker,
            "Howard Lindgren");
  // what someone has is no one
  EXPECT_EQ(extract("Jaxon Reyes was not done. In a video posted to his Instagram Stories, he accused Vale of \"making "
                    "everything about herself\".")
                .quotes.at(0)
                .speaker,
            "Jaxon Reyes");
}

TEST(Entities, FirmsJoinedByAnAmpersandAndCapitalisedRoles) {
  Document d = extract("\"We are ready,\" Procter & Gamble chief executive Jon Moeller said.\n\nCask & Crane said it expected the deal to close.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Jon Moeller");
  EXPECT_EQ(mention(&d.quotes[0]), "Procter & Gamble chief executive Jon Moeller");
  EXPECT_EQ(d.quotes[1].speaker, "Cask & Crane");
  // a title capitalised as British and Australian papers write it
  EXPECT_EQ(extract("Treasurer Nathan Kowalczyk spoke first. Later the Treasurer said \"all options are on the table.\"")
                .quotes.at(0)
                .speaker,
            "Nathan Kowalczyk");
}

TEST(Entities, HeOrSheAfterTwoClausesIsTheLaterSubject) {
  EXPECT_EQ(extract("Keisha Atwater and Renata Solis met on Monday.\n\nAtwater tried to move on, but Solis was not finished. "
                    "She said the plan would force cuts.")
                .quotes.at(0)
                .speaker,
            "Renata Solis");
  // a list's last name is no clause's subject
  EXPECT_EQ(extract("Ted Cruz, Marco Rubio, and Ohio Gov. John Kasich - are due to speak. Cruz arrived first. He said the "
                    "talks would go well.")
                .quotes.at(0)
                .speaker,
            "Ted Cruz");
  // (not a later subject of no known gender over one the text gave the pronoun's)
  EXPECT_EQ(last_speaker("Co-leaders Sabine Krüger and Tino Brandes walked on stage together, and Brandes thanked the volunteers."
                         "\n\n\"The voters have given us a mandate,\" she said."),
            "Sabine Krüger");
}

// A curly apostrophe in a name is the straight one: "James O\u2019Neill … O'Neill said" is one person
TEST(Entities, ACurlyApostropheInANameIsTheStraightOne) {
  Document d = extract("Police Commissioner James O\u2019Neill arrived at noon. \"The cause has not been determined,\" O'Neill said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "James O\u2019Neill");
  EXPECT_EQ(d.speakers.size(), 1u);
}

TEST(Entities, NamesWithAPossessiveInThem) {
  // before a body's noun the possessive is part of the name; a firm's name in -'s speaks
  const std::pair<const char*, const char*> cases[] = {
      {"The Women's Institute said the plan was unfair.", "Women's Institute"},
      {"The Fishermen's Association said the loss would be devastating.", "Fishermen's Association"},
      {"The Children's Society said the study was small.", "Children's Society"},
      {"Alzheimer's Research UK said the study was small.", "Alzheimer's Research UK"},
      {"McDonald's said it would raise wages.", "McDonald's"},
  };
  for (const auto& [text, speaker] : cases) EXPECT_EQ(extract(text).quotes.at(0).speaker, speaker) << text;
  // what someone has is theirs, and "Trump's been" is "Trump has"
  EXPECT_EQ(mention(&extract("Trump's campaign said it was fine.").quotes.at(0)), "Trump's campaign");
  EXPECT_EQ(extract("Donald Trump spoke in Ohio. Trump's been saying for months that the vote was rigged.").quotes.at(0).speaker,
            "Donald Trump");
}

TEST(Entities, ASurnameOfTwoWords) {
  Document d = extract("Foreign Minister Ines Carvalho Rey arrived late.\n\nCarvalho Rey said the talks had failed.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ines Carvalho Rey");
  EXPECT_EQ(d.speakers.size(), 1u);
}

TEST(Entities, APronounOfWhatWasSaidIsNoGenderEvidenceAndAFirstNameAloneIs) {
  // "her" is in what Tom said; "Tom" is a man's name
  EXPECT_EQ(extract("Tom said it was hard to watch her lose hope. \"It was hard,\" he said.").quotes.back().speaker, "Tom");
  EXPECT_EQ(extract("Her husband, Luis, said the hardest part had been watching her lose confidence. \"She stopped going out,\" he said.")
                .quotes.back()
                .speaker,
            "Luis");
}

TEST(Entities, ATopicTheSentenceOpensWithIsAnAntecedent) {
  EXPECT_EQ(extract("Kendra Boateng, an advocate, said the rules were absurd.\n\nFor Marisol Trevino, the diagnosis brought relief.\n\n"
                    "\"Nobody could tell me what was happening,\" she said.")
                .quotes.back()
                .speaker,
            "Marisol Trevino");
}

TEST(Entities, AnAcronymIsTheBodyWhoseInitialsItSpells) {
  Document d = extract("The Federal Emergency Management Agency (FEMA) said aid would arrive soon.\n\n"
                       "\"We are moving as fast as we can,\" FEMA said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Federal Emergency Management Agency");
  EXPECT_EQ(d.speakers.size(), 1u);
  // the lower-case words may be in it, the words before it left out; named after it too
  EXPECT_EQ(last_speaker("The U.S. Department of Justice filed suit. \"We disagree,\" the DOJ said."), "U.S. Department of Justice");
  EXPECT_EQ(last_speaker("\"It is too early,\" the NTSB said. The National Transportation Safety Board opened an inquiry."),
            "National Transportation Safety Board");
  // not a person's name, nor a name it does not spell
  EXPECT_EQ(last_speaker("Uma Nguyen, a nurse, spoke first. \"We need help,\" the UN said."), "UN");
  EXPECT_EQ(last_speaker("The Federal Emergency Management Agency arrived. \"No,\" the FBI said."), "FBI");
  // (a body's name of two joined by "and" is one name: "the Securities and Exchange Commission")
  EXPECT_EQ(last_speaker("The Securities and Exchange Commission sued the firm. The SEC said the case was strong."),
            "Securities and Exchange Commission");
  // (two bodies joined by "and" stay two)
  EXPECT_EQ(last_speaker("The Tax Policy Center at the Urban Institute and Brookings Institution met. Brookings Institution said "
                         "the plan would fail."),
            "Brookings Institution");
  // (a name its initials in brackets spell goes on past its joining words: "for", "in", "the")
  EXPECT_EQ(last_speaker("Players met at the Board of Control for Cricket in India (BCCI) on Sunday. Saini took 22 wickets, according "
                         "to the BCCI."),
            "Board of Control for Cricket in India");
  EXPECT_EQ(last_speaker("The Royal Society for the Protection of Birds (RSPB) counted 40 pairs. \"It is a good year,\" the RSPB said."),
            "Royal Society for the Protection of Birds");
  // (not when the initials do not spell it: "in London" is no part of the name)
  EXPECT_EQ(last_speaker("The Bank of England in London (BOE) held rates. \"We wait,\" the Bank of England said."), "Bank of England");
}

TEST(Entities, ADescriptionBesideANameTellsItsGender) {
  EXPECT_EQ(last_speaker("\"We will appeal,\" said Maria Lopez, the family's lawyer.\n\n\"The ruling ignores the evidence,\" said "
                         "Kwabena Mensah, a spokesman for the group.\n\n\"We are disappointed,\" she said."),
            "Maria Lopez");
  EXPECT_EQ(last_speaker("Mary Jones is 71. Her husband, John, was the keeper.\n\n\"He lived on a rock,\" she said."), "Mary Jones");
  EXPECT_EQ(last_speaker("Mary Jones is 71. Her husband, John, was the keeper.\n\n\"She never left,\" he said."), "John");
}

TEST(Entities, APronounIsNoBodyOrPlaceThatAPhraseHolds) {
  // the object of a preposition after its determiner, a name that describes the noun after it, a
  // name between commas that names a preposition's object, a one-word name written with "the"
  EXPECT_EQ(last_speaker("Corinne Valdez took questions on Tuesday.\n\nBack at the White House, Valdez closed the briefing. "
                         "\"Nothing is final,\" she said."),
            "Corinne Valdez");
  EXPECT_EQ(last_speaker("Lena Marchetti retired. Marchetti will face the Houston side. \"Maybe,\" she said."), "Lena Marchetti");
  // (after "a" or "an" too: "a White House contender", "a Northgate spokeswoman")
  EXPECT_EQ(last_speaker("Lena Marchetti spoke. The senator declined to say whether it is right to criticize a White House "
                         "contender. \"Maybe,\" she said."),
            "Lena Marchetti");
  // (the spokeswoman's "she", and the body she speaks for the speaker of both)
  const Document n = extract("\"It is speculation,\" said a Northgate Foods spokeswoman. \"We do not comment,\" she added.");
  ASSERT_EQ(n.quotes.size(), 2u);
  EXPECT_EQ(n.quotes[1].speaker_mention->text, "she");
  EXPECT_EQ(n.quotes[1].speaker, "Northgate Foods");
  EXPECT_EQ(n.quotes[0].speaker, "Northgate Foods");
  EXPECT_EQ(last_speaker("Ximena Torres arrived early. Asked about her former band, Velvet Static, she smiled. \"Never,\" she said."),
            "Ximena Torres");
  EXPECT_EQ(last_speaker("The problem is misinformation, said Angie Drobnic Holan. The Internet has made it easy to organize, she said."),
            "Angie Drobnic Holan");
  // ("the Donald" is still the person)
  EXPECT_EQ(last_speaker("Donald Trump spoke first. Here is what the Donald has said. \"We will win,\" he said."), "Donald Trump");
}

TEST(Entities, AnOfficeOfOrForAPlaceOrAMatterIsTheNamesTitle) {
  EXPECT_EQ(only_speaker("Minister for Health Colin Aberash said the audit was done."), "Colin Aberash");
  EXPECT_EQ(only_speaker("Member for Narrawong Tom Kinsella toured the area and said the damage was bad."), "Tom Kinsella");
  EXPECT_EQ(only_speaker("Minister for Foreign Affairs Penny Wong said the talks failed."), "Penny Wong");
  EXPECT_EQ(only_speaker("Secretary of Homeland Security Jeh Johnson said the talks failed."), "Jeh Johnson");
  // (an office's words past "and" or a second "for": "Minister for Housing and Urban Affairs", "Minister of State for Finance")
  EXPECT_EQ(only_speaker("Union Minister for Housing and Urban Affairs Meenakshi Rao said the State had missed deadlines."),
            "Meenakshi Rao");
  EXPECT_EQ(only_speaker("Union Minister of State for Finance Harish Kushwaha said the funds were ready."), "Harish Kushwaha");
  EXPECT_EQ(only_speaker("State Auditor Colin Aberash said the audit was done."), "Colin Aberash");
  // (a name of three words after it keeps them: its first name is of the lists)
  EXPECT_EQ(only_speaker("Secretary of State Hillary Rodham Clinton said the talks failed."), "Hillary Rodham Clinton");
  // (an envoy's "to": the country is no part of the name, and the quote after "said" is hers)
  EXPECT_EQ(only_speaker("\"We are ready,\" said U.S. Ambassador to Japan Ana Ruiz."), "Ana Ruiz");
  EXPECT_EQ(only_speaker("Special Envoy to Syria Ana Ruiz said the talks would resume."), "Ana Ruiz");
  // (not the one an envoy serves, by a title after "to"; nor a firm the title opens)
  EXPECT_EQ(only_speaker("Tom Blake, Special Envoy to President Ana Ruiz, said the talks would resume."), "Tom Blake");
  EXPECT_EQ(only_speaker("Envoy Air said in a statement that flights would resume on Friday."), "Envoy Air");
  EXPECT_EQ(only_speaker("\"We are ready,\" said Ambassador to the United Nations Linda Thomas-Greenfield."), "Linda Thomas-Greenfield");
  // (a person's noun before the name, capitalised where it opens the sentence)
  EXPECT_EQ(only_speaker("Astronaut Mia Lund said the launch had been postponed."), "Mia Lund");
  // (an Irish police rank: two officers of one surname are two people; the force's name stays one)
  const Document g = extract("Detective Garda Fiachra Lynch told the court the car was speeding.\n\nDetective Garda Tom Lynch told "
                             "the court it was not.\n\nThe Garda S\u00EDoch\u00E1na said it would review the case.");
  ASSERT_EQ(g.quotes.size(), 3u);
  EXPECT_EQ(g.quotes[0].speaker, "Fiachra Lynch");
  EXPECT_EQ(g.quotes[1].speaker, "Tom Lynch");
  EXPECT_EQ(g.quotes[2].speaker, "Garda S\u00EDoch\u00E1na");
}

TEST(Entities, TheCompanyIsTheBodyATradesNounIntroducesOrWhoseSentenceNamesAPlaceAside) {
  EXPECT_EQ(last_speaker("Software maker Lumenfold has apologised after a bug exposed notes. The company said the bug affected "
                         "about 0.3% of its users."),
            "Lumenfold");
  // (a name a number counts is a thing, no other body: "is recalling more than 412,000 SUVs")
  EXPECT_EQ(only_speaker("Kanazawa Motors is recalling more than 412,000 SUVs because a fuel pump can fail, the company said."),
            "Kanazawa Motors");
  EXPECT_EQ(last_speaker("Coastway Buses confirmed that the route, which serves Millbrook, would close. The company said passenger "
                         "numbers had fallen."),
            "Coastway Buses");
  // (words in lower case before the trade's noun: "Shipping software provider X")
  EXPECT_EQ(last_speaker("Shipping software provider Tallyhoe on Monday confirmed that hackers stole data.\n\n\"We regret it,\" the "
                         "company said."),
            "Tallyhoe");
  // (after a place's possessive too, a cue's base form among the words: "South Africa's state power
  // utility Eskom")
  EXPECT_EQ(only_speaker("South Africa's state power utility Eskom escalated rolling blackouts on Sunday, the company said."), "Eskom");
  // (or a capitalised noun of its kind that opens the sentence: no title that makes it someone)
  EXPECT_EQ(last_speaker("Carmaker Vollmark Automobilwerke plans to cut 4,000 jobs. \"We have no choice,\" the company said."),
            "Vollmark Automobilwerke");
  EXPECT_EQ(last_speaker("Retailer Harlow Brandt will close 30 stores. The company said the leases had run out."), "Harlow Brandt");
  // (another body the sentence's verb governs still leaves it open)
  EXPECT_EQ(last_speaker("The Justice Department sued Apple on Monday. The company said it would fight."), "The company");
}

TEST(Entities, TheCompanyIsTheBodyNamedAsASubjectJustBefore) {
  EXPECT_EQ(only_speaker("Kestrel Foods cut 200 jobs on Thursday.\n\n\"We remain committed to our growers,\" the company said."),
            "Kestrel Foods");
  // (or as the speaker of the quoted words a sentence opens with)
  EXPECT_EQ(last_speaker("\"Our thoughts are with everyone,\" Sierra Crest Power & Light said in a statement.\n\nThe utility said it "
                         "had preserved data from two circuits."),
            "Sierra Crest Power & Light");
  // (two paragraphs back too: a lead, a line of its own, then the body's words; not three)
  EXPECT_EQ(last_speaker("Veridane Systems reported record revenue.\n\nShares of the chipmaker rose 14%.\n\n"
                         "Net income was $412 million, the company said."),
            "Veridane Systems");
  // (a name of a word alone: a name a trade's word ends is the text's one firm whatever the distance,
  // Entities.TheCompanyFarFromItsNameIsTheOneFirmTheTextNamesByItsLegalForm)
  EXPECT_EQ(last_speaker("Veridane reported record revenue.\n\nShares rose.\n\nTraders cheered.\n\n"
                         "Net income was $412 million, the company said."),
            "the company");
  // (a name after an owner's pronoun in the subject's sentence is a thing of its: no other body)
  EXPECT_EQ(last_speaker("Veridane Systems reported record revenue as cloud providers snapped up its Lattice-class inference "
                         "chips.\n\nNet income was $412 million, the company said."),
            "Veridane Systems");
  // past a person named since, not a plural, not a person introduced by a role
  EXPECT_EQ(last_speaker("Apple released new phones. Tim Cook spoke first. \"We are proud,\" the company said."), "Apple");
  EXPECT_EQ(last_speaker("Workers objected to the plan. \"We are proud,\" the company said."), "the company");
  // (or the subject of a cue that ends a sentence after its clause: "…, the CDC said.")
  EXPECT_EQ(last_speaker("Cases rose, the CDC said. \"We are watching closely,\" the agency said."), "CDC");
  EXPECT_EQ(last_speaker("Sales fell 8%, Acme Corp said on Monday. The company said it would cut jobs."), "Acme Corp");
  EXPECT_EQ(last_speaker("Sales fell 8%, Ana Ruiz said on Monday. \"We are fine,\" the company said."), "the company");
  // (a public body's noun is no firm's: "Meridian Foods" is no agency)
  EXPECT_EQ(last_speaker("Meridian Foods recalled its beef.\n\nAccording to the agency, the recall covers 40,000 pounds."),
            "the agency");
  EXPECT_EQ(last_speaker("The teacher, Akif Camizci, earned little. Camizci could not be reached. \"We are proud,\" the foundation said."),
            "the foundation");
}

TEST(Entities, TheRoleADescriptionAfterTheNameGaveIsThatPerson) {
  EXPECT_EQ(last_speaker("Farid Osei, an analyst at Brightwater Securities, expects more cuts.\n\n"
                         "\"The market has priced in the worst,\" the analyst said."),
            "Farid Osei");
  // (an owner's name for "the": "Peru's president, Aurelio Santibáñez," then "Peru's president")
  EXPECT_EQ(last_speaker("Peru's president, Aurelio Santibáñez, said the government had documented 400 vessels.\n\n"
                         "Later, Peru's president accused foreign trawlers of \"plundering\" the waters."),
            "Aurelio Santibáñez");
  // (two of them: neither)
  EXPECT_EQ(last_speaker("Maria Lopez, the family's lawyer, spoke first. Then Tom Reed, a lawyer for the city, spoke. "
                         "\"We will appeal,\" the lawyer said."),
            "the lawyer");
}

TEST(Entities, TheOwnerOfTheSubjectStandsForAPronounWhenNoOneElseIsNamed) {
  EXPECT_EQ(last_speaker("Lena Marchetti retired on Sunday. Ana Beltrán wished her well.\n\n"
                         "Marchetti's final match will be against Beltrán's side. \"Ask Ana,\" she said."),
            "Lena Marchetti");
  // (after anyone else the sentence names)
  EXPECT_EQ(last_speaker("Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, a professor at Syracuse. "
                         "\"Each candidate is talking to their base,\" he said."),
            "Jeffery Hemsley");
}

TEST(Review5, TheEntityRulesOfTheDayHoldTheirBounds) {
  // "the company" after a body of another kind, or with two bodies named: no one
  EXPECT_EQ(last_speaker("The Justice Department sued Apple on Monday. \"We will fight this,\" the company said."), "the company");
  // an owner's name must fit the person
  EXPECT_EQ(only_speaker("U.S. President Joe Biden spoke first. China's president said the talks were useful."), "China's president");
  // a person named between commas after a preposition may be "she"
  EXPECT_EQ(last_speaker("The police were called by a neighbor, Nkechi Obi, at dawn. \"I heard shots,\" she said."), "Nkechi Obi");
  // a word in -man is said of women too; a description's own noun, not one past "whose"
  EXPECT_EQ(last_speaker("Maria Lopez spoke. Alex Kim, a freshman at the college, spoke next. \"It hurts,\" she said."), "Alex Kim");
  EXPECT_EQ(last_speaker("Maria Lopez, a nurse whose husband died, spoke. \"It hurts,\" she said."), "Maria Lopez");
  // a name of three words after an office keeps its initial and suffix
  EXPECT_EQ(only_speaker("Secretary of State Antony J. Blinken said the talks failed."), "Antony J. Blinken");
  EXPECT_EQ(only_speaker("Mayor of Atlanta Kasim Reed Jr. said the talks failed."), "Kasim Reed Jr.");
}

TEST(Entities, AParticipleThatOpensASentenceIsNoName) {
  EXPECT_EQ(last_speaker("Tom Reed lost his house in the flood.\n\nStanding at the edge of the water, he pointed toward a "
                         "roofline.\n\n\"That's mine,\" he said."),
            "Tom Reed");
  EXPECT_EQ(only_speaker("Sterling Jones said the deal was off."), "Sterling Jones");
}

TEST(Review5, TheCompanyPastADescriptionOfIt) {
  EXPECT_EQ(last_speaker("Halvorsen Robotics, the Pittsburgh-based maker of warehouse robots, said on Thursday it would cut "
                         "1,800 jobs.\n\nThe company said in a statement that the cuts would fall mostly on its plants in Ohio."),
            "Halvorsen Robotics");
}

TEST(Entities, TheBodyIsNoNounsWordOpeningTheReport) {
  // "Store brands accounted …": "Store" is the noun's word, not the firm named before
  Document d = extract("Kestrel Foods tracks grocery sales. Store brands accounted for 22% of cereal sales, the firm said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Kestrel Foods");
}

TEST(Entities, TheBodyNamedBeforeWithAVerbOrNamedElsewhere) {
  EXPECT_EQ(only_speaker("Kestrel Foods has laid off 200 workers, the company said."), "Kestrel Foods");
  EXPECT_EQ(only_speaker("Analysts like Apple. Apple shares rose 5 percent, the company said."), "Apple");
}

TEST(Entities, ABodysNameThatAnInstitutionsWordEndsIsTheDepartment) {
  // ("Fire Rescue": a public body's name, though no noun of the lists ends it; data/institution_words.txt)
  EXPECT_EQ(only_speaker("Harlow County Fire Rescue crews were called to the home around 3:20 a.m. When firefighters arrived, "
                         "flames were already coming through the roof, according to the department."),
            "Harlow County Fire Rescue");
}

TEST(Entities, ASportsPagesOtherWordForARole) {
  // ("the Northmoor boss" is the Northmoor manager, "the Castlebridge skipper" its captain:
  // data/title_abbreviations.tsv)
  EXPECT_EQ(last_speaker("Northmoor manager Paolo Venturini was less generous. Castlebridge manager Alasdair Gourlay was happy.\n\n"
                         "\"I still do not see a foul,\" the Northmoor boss said."),
            "Paolo Venturini");
  EXPECT_EQ(last_speaker("Castlebridge captain Tom Ashworth levelled late. Rourke scored.\n\nThe Castlebridge skipper said the "
                         "team had been quiet."),
            "Tom Ashworth");
}

TEST(Entities, AHeadlinesFirstWordIsNoBody) {
  // (a line with no end mark may capitalise every word: "Wage" is no body "the department" stands for)
  EXPECT_EQ(only_speaker("Wage talks collapse\n\nThe negotiations had lasted eleven weeks, according to the health department."),
            "the health department");
  // (named where no sentence opens, it is: "Kestrel" is a firm's name)
  EXPECT_EQ(only_speaker("Kestrel cuts jobs\n\nAnalysts follow Kestrel closely. Sales fell 4%, the company said."), "Kestrel");
}

TEST(Entities, ADescriptionGivenWithAParticipleAfterItIsThePersons) {
  // (the appositive goes on past its noun, "nicknamed … by supporters", to the sentence's verb)
  const std::string t =
      "Declan Rourke scored late.\n\nCaptain Tom Ashworth levelled, and Rourke, the 31-year-old midfielder nicknamed \u201cthe "
      "Postman\u201d by supporters, rose highest to meet Jordan Pike\u2019s corner.\n\nRourke said he had told Pike that the corner "
      "was perfect.\n\n\u201cI just jumped,\u201d the midfielder said.";
  EXPECT_EQ(last_speaker(t), "Declan Rourke");
  // (a verb right after the noun is the sentence's own, no description: "the candidate stated")
  Document d = extract("In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate "
                       "stated that the comments were \"divisive\".");
  ASSERT_FALSE(d.quotes.empty());
  for (const Quote& q : d.quotes) EXPECT_NE(q.speaker, "Mika Brzezinski");
}

TEST(Entities, ADescriptionInTheSentenceOfItsOnlyOwner) {
  // (the one named only as an owner in the description's own sentence, not those of the sentence
  // before)
  const std::string t =
      "Captain Tom Ashworth levelled with a low drive.\n\nIt was a fourth win for Alasdair Gourlay\u2019s side, and the Scot "
      "admitted his players had been \u201cnowhere near it\u201d before the break.";
  EXPECT_EQ(last_speaker(t), "Alasdair Gourlay");
}

TEST(Entities, ADescriptionAfterASentenceAHeOrSheOpens) {
  // (the he the sentence before opens, past the names of its object: the one it is about)
  EXPECT_EQ(last_speaker("Northmoor manager Paolo Venturini was less generous. He also claimed Ashworth should have been booked "
                         "for a challenge on Asante.\n\n\u201cI still don\u2019t see a foul,\u201d the Italian said."),
            "Paolo Venturini");
  // (after an opening phrase too, where a name the text shows no one's is none beside it)
  EXPECT_EQ(last_speaker("Corvane will buy Brightwater Diagnostics. Brightwater\u2019s Chief Executive Martin Seligson will join "
                         "the board.\n\n\"We started small,\" Seligson said.\n\nOn a call with analysts, he pushed back against "
                         "suggestions that Brightwater had been forced into a sale.\n\n\"Nobody forced our hand,\" the 52-year-old said."),
            "Martin Seligson");
}

TEST(Entities, ARoleTwoHoldIsTheOneTheNearestSentencesName) {
  // (two chief executives: the one the sentences just before speak of, by name or by she)
  const std::string t =
      "Corvane Chief Executive Denise Okafor-Lind said the deal was good. Brightwater Chief Executive Martin Seligson agreed.\n\n"
      "Okafor-Lind struck a more cautious tone. \"We have modeled this deal carefully,\" she said.\n\nThe chief executive "
      "said Corvane would fund the deal with new debt.";
  EXPECT_EQ(last_speaker(t), "Denise Okafor-Lind");
  // (both named there: neither)
  EXPECT_EQ(last_speaker("President Ana Ruiz met President Leon Marsh. The president said the talks went well."), "The president");
  // (nor past another person its own sentence names before it, whom it may describe)
  EXPECT_EQ(last_speaker("Gov. Jeb Bourne spoke in Ohio. Gov. Tom Kessler spoke too.\n\nBourne: Survive to S.C.\n\nAfter Senator Ray "
                         "McCall defeated George Bourne in 2000, the then-Texas governor said he would fight on."),
            "the then-Texas governor");
}

TEST(Entities, HeAfterAPersonsNounThatOpensTheSentenceBeforeIsThatPerson) {
  // ("The actor" is Theo Marchetti, named in the sentence before; "Entertainment Tonight", told,
  // a name of no one the text shows, fits no "he" beside him)
  const std::string t =
      "The singer and actor Theo Marchetti announced their engagement.\n\nA post shared by Theo Marchetti (@theomarchetti)\n\n"
      "The actor told Entertainment Tonight last year that he had known from the first week.\n\n\"She has very specific "
      "taste,\" he said at the time.";
  EXPECT_EQ(last_speaker(t), "Theo Marchetti");
}

TEST(Entities, APronounLooksPastEmbeddedPostsAndBoilerplateToThePostsAuthor) {
  // (the consent gate's sentences are no sentences of the article's; the post's author is the
  // nearest person, of no known gender)
  const std::string gate =
      "Skip Twitter post by @dana\n\nAllow Twitter content?\n\nThis article contains content provided by Twitter. We ask for your "
      "permission before anything is loaded, as they may be using cookies and other technologies.\n\nEnd of Twitter post by @dana\n\n";
  const std::string text = "Her old teammate Mara Quist defended the coach on Monday.\n\nThe review was unfair, period.\n\n— Dana Reyes "
                           "(@dana) March 3, 2023\n\n" + gate + "\"We stand by her,\" she wrote.";
  Document d = extract(text);
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().speaker, "Dana Reyes");
}

TEST(Entities, APostsAuthorsFirstNameTellsTheGenderAPronounNeeds) {
  const std::string post = "I resign.\n\n\u2014 Gareth Pryce (@GarethPryce) March 12, 2024\n\n";
  EXPECT_EQ(last_speaker(post + "\"It was great,\" he said."), "Gareth Pryce");
  EXPECT_EQ(last_speaker(post + "\"It was great,\" she said."), "");
}

TEST(Entities, AWordOfTimeOpeningTheSentenceIsNoFirstName) {
  // ("Will Smith said" keeps its first name of the function list)
  for (const char* w : {"Later", "Today", "Yesterday", "Afterward", "Recently", "Soon"})
    EXPECT_EQ(only_speaker(std::string(w) + " Jane Smith said, \"I will go.\""), "Jane Smith") << w;
  EXPECT_EQ(only_speaker("Will Smith said, \"I will go.\""), "Will Smith");
  EXPECT_EQ(only_speaker("Monday Trump said, \"The tariffs stay.\""), "Trump");  // (a day's name too)
}

TEST(Entities, MoreRolesAndTitlesBeforeANameAreNoPartOfIt) {
  EXPECT_EQ(last_speaker("Substitute Tomas Reyes scored. \"I don't remember it,\" Reyes said."), "Tomas Reyes");
  EXPECT_EQ(last_speaker("Principal Ada Mbeki closed the school. \"It was safer,\" Mbeki said."), "Ada Mbeki");
  EXPECT_EQ(only_speaker("\"It is an admission,\" Assistant U.S. Attorney Hannah Cole said."), "Hannah Cole");
  EXPECT_EQ(only_speaker("District Attorney Alvin Bragg said, \"It is done.\""), "Alvin Bragg");
}

TEST(Entities, TheSingerIsThePersonJustNamed) {
  // (data/person_descriptions.tsv: words of fame and trade; with two people named, no one)
  EXPECT_EQ(only_speaker("Kelsey Marr broke her silence on Sunday.\n\nThe singer said she had been \"blindsided\" by the break-up."),
            "Kelsey Marr");
  EXPECT_EQ(only_speaker("Tom Reyes scored twice. \"It was fine,\" the striker said."), "Tom Reyes");
  EXPECT_EQ(only_speaker("Tom Reyes and Ana Diaz met on Monday. \"It was fine,\" the singer said."), "the singer");
  EXPECT_EQ(only_speaker("Tom Reyes scored twice against Chelsea. \"It was fine,\" the striker said."), "Tom Reyes");
}

TEST(Entities, NounsOfBodiesAndRelationsNameWhomTheyDescribed) {
  // (a body named beside its noun, or after "Shares of"; "The Minneapolis-based company")
  EXPECT_EQ(last_speaker("The developer, Ashgrove Homes, says the homes will be built. In a statement, the company said it had "
                         "\"listened carefully.\""),
            "Ashgrove Homes");
  EXPECT_EQ(last_speaker("Shares of Norvale Foods rose 9 percent. The Minneapolis-based company said net income rose."), "Norvale Foods");
  // (or a word or two in lower case before the noun, none of another body's; a name that ends with
  // the noun holds them)
  EXPECT_EQ(last_speaker("Kestrel Foods cut 200 jobs on Monday. The food giant said the cuts were needed."), "Kestrel Foods");
  EXPECT_EQ(last_speaker("Kestrel Foods cut 200 jobs on Monday. The parent company said the cuts were needed."), "The parent company");
  EXPECT_EQ(last_speaker("The Congressional Budget Office published its outlook. The budget office says the deficit will grow."),
            "Congressional Budget Office");
  EXPECT_EQ(last_speaker("The Harlow Intelligence Group tracks extremist channels. The terrorist group said the attacks would go on."), "The terrorist group");
  // (a name whose noun comes before "of" holds them too, and a name that does not hold them is not
  // what they describe: "the health ministry" is no Federal Ministry of Finance)
  EXPECT_EQ(last_speaker("According to the Federal Ministry of Finance, the gap stands at €34 billion. The finance ministry said "
                         "talks would go on."),
            "Federal Ministry of Finance");
  EXPECT_EQ(last_speaker("According to the Federal Ministry of Finance, the gap stands at €34 billion. The health ministry said "
                         "nobody was turned away, which the Ministry of Health later confirmed."),
            "The health ministry");
  // (a word another body's name does not hold may describe it: "the central bank")
  EXPECT_EQ(last_speaker("The Bank of England raised interest rates on Thursday.\n\n\"Inflation is still far too high,\" the central "
                         "bank said."),
            "Bank of England");
  EXPECT_EQ(last_speaker("The Ministry of Health thanked staff, and the Ministry of Finance thanked nobody. The finance ministry said "
                         "talks would go on."),
            "Ministry of Finance");
  // (or the subject of a clause a subordinator opens before the noun's: "When Pixora rolled out …")
  EXPECT_EQ(only_speaker("When Pixora rolled out its feed last Thursday, the short-video platform promised users \"fewer repeats\"."),
            "Pixora");
  // (an age's hyphenated adjective that opens the sentence is no part of the name after it)
  EXPECT_EQ(only_speaker("Eight-year-old Poppy Rigg, visiting from Kendal, said she had seen a tail."), "Poppy Rigg");
  EXPECT_EQ(last_speaker("Shares in Northwind Energy fell 8% on Tuesday. The company said demand had weakened."), "Northwind Energy");
  // (a relation introduced with "a", named after its comma at the sentence's end)
  EXPECT_EQ(last_speaker("She is survived by a son, Daniel Grant. Her son said she read case law until her final weeks."),
            "Daniel Grant");
}

TEST(Entities, ABodyDescribedByWordsOfItsOwnIsNoneNamedBefore) {
  EXPECT_EQ(only_speaker("The Tolland Dam failed shortly after 2 a.m. Saturday, according to the state emergency management agency."),
            "the state emergency management agency");
}

TEST(Entities, APostsAuthorOfNoKnownGenderComesAfterAPersonOfTheProse) {
  EXPECT_EQ(last_speaker("Senator John Fetterman criticized the plan. His wife also weighed in.\n\nThis is cruel and unnecessary.\n\n"
                         "\u2014 Gisele Fetterman (@giselefetterman) April 2, 2024\n\nHe said the plan would hurt veterans."),
            "John Fetterman");
}

TEST(Entities, ADescriptionNamesAPersonOfOneWordAndNoPlaceAPrepositionGoverns) {
  EXPECT_EQ(last_speaker("Adele performed in Las Vegas on Friday. \"It was magical,\" the singer said."), "Adele");
  EXPECT_EQ(last_speaker("Tobias Grey performed at Madison Square Garden on Friday. \"It was magical,\" the singer said."),
            "Tobias Grey");
}

TEST(Entities, ItAfterASentenceABodysNounOpensIsTheBodyThatNounNames) {
  EXPECT_EQ(last_speaker("Acme Corp. reported a loss on Thursday. The company said it would cut 500 jobs. It also said it "
                         "expects to return to profit next year."),
            "Acme Corp.");
}

TEST(Entities, ANameBeforeAndIsNoModifierOfTheNameAfterIt) {
  EXPECT_EQ(last_speaker("Maria Lopez and her brother Tom opened a food truck in 2015. \"We fought about everything,\" she said."),
            "Maria Lopez");
  // nor before a verb with no -ed, the role words after it the next name's
  EXPECT_EQ(last_speaker("Linda Park met union leader Tom Reyes. \"We made progress,\" she said."), "Linda Park");
}

TEST(Entities, AnAgeTheTextDescribedSomeoneByBeforeIsTheirsStill) {
  EXPECT_EQ(last_speaker("Kirsty Dawes saved two children. The 34-year-old, from Huddersfield, stopped her car. Manager Sue "
                         "Oldroyd praised her. The 34-year-old said she would visit the family."),
            "Kirsty Dawes");
}

TEST(Entities, ATitlesInitialsAfterTheStandForThePersonTheTextGaveTheTitle) {
  EXPECT_EQ(last_speaker("Deputy Commissioner of Police (Crime) K. Srinivasa Rao addressed reporters. \"The main accused worked at "
                         "the branch,\" the DCP said."),
            "K. Srinivasa Rao");
  EXPECT_EQ(last_speaker("Chief Minister Mamata Banerjee visited the site. The CM said help was on its way."), "Mamata Banerjee");
  // (a title of "of the" and a name: "Leader of the Opposition", "Speaker of the House")
  EXPECT_EQ(only_speaker("Leader of the Opposition Shri Vikram Chauhan alleged that the assurance was \"an old cassette\"."),
            "Vikram Chauhan");
  EXPECT_EQ(only_speaker("Former Speaker of the House Newt Gingrich dismissed the plan as \"a joke\"."), "Newt Gingrich");
  // (past an honorific or a comma before the name)
  EXPECT_EQ(last_speaker("Chief Minister Shri Raghunath Thakur visited the site. The CM said help was on its way."), "Raghunath Thakur");
  EXPECT_EQ(last_speaker("The company's chief financial officer, Brenda Oyelaran, joined late. The CFO said revenue would fall."),
            "Brenda Oyelaran");
  // (a body's initials stay the body's)
  EXPECT_EQ(last_speaker("The FBI said the suspect fled."), "FBI");
}

TEST(Entities, APersonTheSentenceTellsHasDiedIsNoAntecedentOfALaterSpeaker) {
  EXPECT_EQ(last_speaker("\"We fought about everything,\" Rosa Delgado said. Her grandmother, Consuelo Delgado, died in 2020. \"I "
                         "considered selling,\" she said."),
            "Rosa Delgado");
}

TEST(Entities, TheyAfterAGroupsReportIsThatGroups) {
  EXPECT_EQ(last_speaker("Police said the man had been carrying a knife. They added that he was 34."), "Police");
  EXPECT_EQ(last_speaker("Officials said the bridge was safe. \"We checked it twice,\" they said."), "Officials");
  // (not past a person's report)
  EXPECT_EQ(last_speaker("Police said the man fled. Tom Reyes said he saw him. They said it was over."), "");
}

TEST(Entities, ItAfterABodysReportIsThatBodys) {
  EXPECT_EQ(last_speaker("The company said it would appeal. It said the fine was \"disproportionate\"."), "The company");
  EXPECT_EQ(last_speaker("The research team said the drug worked. They said more trials were needed."), "The research team");
  // (not a person's)
  EXPECT_EQ(last_speaker("Tom Reyes said it would rain. It said the rest of the week would be dry."), "");
  // (or the phrase of a body of no name that opens the sentence before, with no report: "The airline")
  EXPECT_EQ(last_speaker("The airline apologized on Monday. \"We are sorry,\" it said."), "The airline");
  EXPECT_EQ(last_speaker("The agency issued a statement Friday. It said the review would take a month."), "The agency");
  EXPECT_EQ(last_speaker("The report was released Friday. \"Costs rose,\" it said."), "");
}

TEST(Entities, AFirmsNameByItsLastWordIsABodysAndItsIt) {
  // data/company_words.txt: no person, the antecedent of "it"
  EXPECT_EQ(last_speaker("Acme Corp recalled 20,000 heaters on Monday. \"Customer safety is our priority,\" it said."), "Acme Corp");
  EXPECT_EQ(last_speaker("Northwind Energy recalled heaters. It said customer safety was its priority."), "Northwind Energy");
  EXPECT_EQ(last_speaker("Baxter Foods Ltd. recalled heaters. It said customer safety was its priority."), "Baxter Foods Ltd.");
  // (a miner's, a water company's: "Minerals", "Water"; "it" inside a relative clause too)
  EXPECT_EQ(last_speaker("Kestrel Minerals rejected the bid on Monday. It said the offer undervalued the company."), "Kestrel Minerals");
  EXPECT_EQ(last_speaker("Kestrel Minerals operates three mines and is developing a fourth, which it says could double its output."),
            "Kestrel Minerals");
  EXPECT_EQ(last_speaker("Severnmoor Water was fined on Thursday. \"We accept the findings,\" it said."), "Severnmoor Water");
  EXPECT_EQ(last_speaker("Nimbra Cloud went down on Monday. It said a configuration change was to blame."), "Nimbra Cloud");
  // (a person's first name before it keeps the person: "Ann Ventures" is hers)
  EXPECT_EQ(last_speaker("Mary Ventures spoke on Monday. \"We are ready,\" she said."), "Mary Ventures");
}

TEST(Entities, AFirstNameInCapitalsIsNoAcronymOfTheBodys) {
  // "CARLY" in capitals keeps Carly Fiorina a person, whom "she" can name
  EXPECT_EQ(last_speaker("Carly Fiorina spoke in Ohio as supporters chanted CARLY for hours. Fiorina, 61, declined to comment. \"If you "
                         "are not leading, you are failing,\" she said."),
            "Carly Fiorina");
  // (an acronym is a body's: "the Trans-Pacific Partnership (TPP)")
  EXPECT_EQ(last_speaker("The Trans-Pacific Partnership (TPP) was signed. TPP supporters met Ann Lee. \"It is good,\" she said."), "Ann Lee");
}

TEST(Entities, ANameAPrepositionGovernsPastARolesWordsIsNoAntecedent) {
  EXPECT_EQ(last_speaker("Asked by prosecutor Helen Ashworth whether she recognised anyone in court, Ms Hale pointed to the dock. "
                         "\"That's him,\" she said."),
            "Hale");
  // (but the source of "according to" past them is one)
  EXPECT_EQ(last_speaker("Mayor Janice Whitfield spoke first. The agency had teams on the ground by Wednesday, according to agency "
                         "spokesperson Danielle Okoro. She said residents should document damage."),
            "Danielle Okoro");
}

TEST(Entities, MoreNounsOfFameAndContestNameThePersonJustNamed) {
  EXPECT_EQ(last_speaker("Serena Cole lost in the first round on Monday. \"My body just was not there,\" the champion said."),
            "Serena Cole");
  EXPECT_EQ(last_speaker("Ohio Gov. Ann Kasich spoke on Friday. The candidate said she would stay in the race."), "Ann Kasich");
  // (not one the text gives a title of another trade, nor anyone past them)
  EXPECT_EQ(last_speaker("Manager Tony Rossi defended Kai Mensah after his red card. \"I got it wrong,\" the striker said."),
            "Kai Mensah");
  EXPECT_EQ(last_speaker("Manager Tony Rossi praised the fans after the win. \"We were the better side,\" the striker said."),
            "the striker");
  // (nor a named person when the text gave the noun to someone unnamed: "a teenager", "a local veteran")
  EXPECT_EQ(last_speaker("Police said Tom Reyes, 45, was arrested after the crash, which injured a teenager. \"I want to go home,\" "
                         "the teenager said."),
            "the teenager");
  EXPECT_EQ(last_speaker("Ann Lee, the city mayor, honored a local veteran on Monday. \"It means a lot,\" the veteran said."),
            "the veteran");
  // (a first name given to both genders tells none: "One voter, Guadalupe Ortiz, … He")
  EXPECT_EQ(last_speaker("One voter, Guadalupe Ortiz, 35, showed up early. He said he had protested at a rally."), "Guadalupe Ortiz");
}

TEST(Entities, ANameTheSentenceOpensWithAsItsTopicIsNoOneItsPronounNames) {
  EXPECT_EQ(last_speaker("Manager Rob Kane confirmed the squad. On Tom Hardy, who was injured last week, he was upbeat: \"Tom is "
                         "working hard.\""),
            "Rob Kane");
}

TEST(Entities, ANameAfterAsOrAfterWithItsVerbIsAClausesSubject) {
  // no preposition's object: he can name it
  EXPECT_EQ(last_speaker("Costs must be cut, as Mr. McDonough suggested at the meeting. Still he rejected the notion that greed had "
                         "prompted the move."),
            "McDonough");
  EXPECT_EQ(last_speaker("The talks stalled after Ann Lee had left. \"We will try again,\" she said."), "Ann Lee");
}

TEST(Entities, HeOrSheWithNoOneItResolvedToAfterAPhraseOfOnePersonIsThatPhrases) {
  EXPECT_EQ(last_speaker("A FEMA official said the agency had moved water. \"We are ready,\" he said."), "A FEMA official");
  // (not against the phrase's gender)
  EXPECT_EQ(last_speaker("A spokeswoman for the mayor said the road was closed. \"It will reopen,\" he said."), "");
  // (the phrase's head is its noun before the preposition: a person's, though a body's noun ends it)
  EXPECT_EQ(last_speaker("A spokeswoman for the agency said the review was routine. \"We do this every year,\" she added."),
            "A spokeswoman for the agency");
  EXPECT_EQ(last_speaker("The head of the agency said the review was routine. \"We do this every year,\" it said."), "");
  // (or the phrase that opens the sentence before, or the pronoun's own, that reports nothing)
  EXPECT_EQ(last_speaker("The spokeswoman declined to give details. \"The matter is under review,\" she said."), "The spokeswoman");
  // (a name that describes its noun inside the phrase: "A Northgate spokeswoman")
  EXPECT_EQ(last_speaker("A Northgate spokeswoman declined to comment on what she called \"speculation about the merger.\""),
            "A Northgate spokeswoman");
  EXPECT_EQ(last_speaker("The health inspector reviewed the logs. She told the owner, \"This has not been cleaned since March.\""),
            "The health inspector");
  // (not against its gender, nor a body's noun; a person named before the phrase is still who it is)
  EXPECT_EQ(last_speaker("The spokesman declined to comment. \"We are reviewing it,\" she said."), "");
  EXPECT_EQ(last_speaker("The company declined to comment. \"We are reviewing it,\" she said."), "");
  EXPECT_EQ(last_speaker("Mayor Ann Lee won in May. The mayor arrived late. \"We have work to do,\" she said."), "Ann Lee");
}

TEST(Entities, APersonsFullNameAPrepositionGovernsIsThePronounsLastResort) {
  EXPECT_EQ(last_speaker("That argument does not sit well with Mia Lindqvist, 34, a boatbuilder. She says her son reads well."),
            "Mia Lindqvist");
  // (not against the text's evidence of gender, nor before a person's noun that opens the sentence)
  EXPECT_EQ(last_speaker("The award went to Mia Lindqvist. He said it was deserved."), "");
  EXPECT_EQ(last_speaker("The spokeswoman spoke with Ann Lee. She said the talks went well."), "The spokeswoman");
  // (a question put between them, a quotation's words alone, is no sentence of the writer's)
  EXPECT_EQ(last_speaker("Reporters crowded around Senator Ruth Kane. \"How are you feeling?\" \"I am fine, thank you,\" she "
                         "replied."),
            "Ruth Kane");
  EXPECT_EQ(last_speaker("Reporters crowded around Senator Ruth Kane. It rained all day. \"I am fine,\" she replied."), "");
}

TEST(Entities, ADescriptionWithATitleBeforeItsNounNamesThePersonJustNamed) {
  EXPECT_EQ(last_speaker("Julian Vance took a break. \"It has been a rough couple of weeks,\" the \"Northern Line\" star told host "
                         "Danny Hsu."),
            "Julian Vance");
  EXPECT_EQ(first_mention("The \"Glasshouse\" singer wrote: \"Nobody cheated.\""), "The \"Glasshouse\" singer");
}

// A role given in a description between commas after a surname alone names the person named in
// full before ("Clinton, the former secretary of state,"), its capitalised words in the description
// or near the name ("the Florida senator" is not "Sanders, the senator from Vermont,"); the
// description's noun is its head past a time's word after it ("a 13-year veteran now on his sixth
// team"); a sport's position describes the person just named ("the 24-year-old guard")
TEST(Entities, ARoleGivenToASurnameBetweenCommasOrAPositionNamesThePerson) {
  EXPECT_EQ(last_speaker("Hillary Clinton and Bernie Sanders met voters.\n\nClinton, the former secretary of state, was upbeat. Sanders "
                         "was not.\n\nThe former secretary of state talked about \"progress we had under President Obama.\""),
            "Hillary Clinton");
  EXPECT_EQ(last_speaker("Bernie Sanders spoke first. Marco Rubio spoke later.\n\nSanders, the senator from Vermont, said the problems "
                         "were daunting.\n\nThe Florida senator told reporters he felt good."),
            "The Florida senator");
  EXPECT_EQ(last_speaker("Jalen Brightwater arrived as the No. 6 pick. Now the 24-year-old guard is averaging 22.4 points.\n\n\"No "
                         "words,\" the 24-year-old guard said."),
            "Jalen Brightwater");
  // (the noun given in a description between commas goes before the person named last; a bare
  // role before another's name does not: "cast actor Michael B. Jordan … star Arturo Castro … the
  // actor" is Castro)
  EXPECT_EQ(last_speaker("Tobias Renfro watched Jalen Brightwater play.\n\nRenfro, a 13-year veteran now on his sixth team, arrived in "
                         "a trade.\n\nBrightwater recalled that Renfro texted him.\n\n\"I was that guy,\" the veteran said with a laugh."),
            "Tobias Renfro");
  EXPECT_EQ(last_speaker("Marvel cast actor Michael B. Jordan as the Human Torch.\n\nStar Arturo Castro turned the tables. The actor "
                         "asked white actors to act \"whiter.\""),
            "Arturo Castro");
  // (a headline's word that asks is no first name: "How Jalen Brightwater learned …")
  EXPECT_EQ(last_speaker("The Second Act: How Jalen Brightwater learned to trust the veteran\n\n\"No words,\" Brightwater said."),
            "Jalen Brightwater");
}

TEST(Entities, AnAgeAndANounWithNoAgeGivenNameThePersonJustNamedWithNoOtherSuchNoun) {
  EXPECT_EQ(last_speaker("Marcus Bell scored twice on his return from injury. \"I am just happy to be back,\" the 28-year-old striker "
                         "said."),
            "Marcus Bell");
}

TEST(Entities, ATitleThatIsAlsoAFirstNameBeforeASurnameAloneIsTheFirstName) {
  EXPECT_EQ(only_speaker("Dean Narayan said the catchments were saturated."), "Dean Narayan");
  EXPECT_EQ(only_speaker("Councillor Dean Lowe asked whether the council had considered the impact."), "Dean Lowe");
  EXPECT_EQ(only_speaker("President Donald Trump said the plan would work."), "Donald Trump");
}

TEST(Entities, TitlesOfTwoWordsOfTownsAndHarbours) {
  EXPECT_EQ(only_speaker("Town Administrator Gail Henshaw testified that the treasurer had resisted audits."), "Gail Henshaw");
  EXPECT_EQ(only_speaker("City Clerk Ann Lee said the count was complete."), "Ann Lee");
  EXPECT_EQ(only_speaker("Harbor Master Tom Reyes said the pier was closed."), "Tom Reyes");
}

TEST(Entities, ANounOfADoerBeforeAFirstNameAndASurnameIsNoPartOfTheName) {
  EXPECT_EQ(only_speaker("Shopper Angela Rios, 38, said she heard a loud bang."), "Angela Rios");
  EXPECT_EQ(only_speaker("Administrator Walter Brandt said it would take three years."), "Walter Brandt");
  EXPECT_EQ(only_speaker("Tucker Carlson said it would take three years."), "Tucker Carlson");
}

TEST(Entities, APronounTakesAGroupsOrAPersonsPhraseOnlyInTheNextSentenceAndNotAPluralTheReportOpensWith) {
  EXPECT_EQ(last_speaker("Police said two men had been arrested. They told reporters outside the station that they were innocent."), "");
  // (a name's last word in -s is no plural: "they" is the group)
  EXPECT_EQ(last_speaker("Prosecutors said Mr. Faulks wrote checks to a shell company, which they said existed only on paper."),
            "Prosecutors");
  // (not the official's: the spokeswoman's, whose phrase opens the sentence before)
  EXPECT_EQ(last_speaker("A FEMA official said crews were on the way. The governor's spokeswoman thanked the agency. \"We are "
                         "grateful,\" she said."),
            "The governor's spokeswoman");
  // (nor an age and a noun with two people named before)
  EXPECT_EQ(last_speaker("Ekdahl and his teammate Pavel Novak both scored. The 28-year-old striker said the win was for the fans."),
            "The 28-year-old striker");
}

TEST(Entities, HeOrSheAfterASentenceThatBringsSomeoneInIsThePhrasesNotTheOneNamedBefore) {
  EXPECT_EQ(last_speaker("Mayor Tom Ashby promised the bridge would reopen. Later, a man in the crowd shouted at the stage. He said "
                         "the plan was \"a joke.\""),
            "a man");
  // (not a phrase that spoke itself, whom the words after answer as a rule: Review11; a definite
  // phrase speaks of one named before; so does one that names them again)
  EXPECT_EQ(last_speaker("Sen. John Smith held a town hall. The senator took questions for an hour. \"We need help,\" he said."),
            "John Smith");
  EXPECT_EQ(last_speaker("Sen. John Smith held a town hall. A voter asked Smith about roads. \"We will fix them,\" he said."),
            "John Smith");
  // (nor one a passive tells a thing done to)
  EXPECT_EQ(last_speaker("Sheriff Tom Lee said the crash happened after midnight. A man driving a pickup truck was killed. He said "
                         "alcohol may have been a factor."),
            "Tom Lee");
  EXPECT_EQ(last_speaker("Police Chief Tom Lee briefed reporters. A man was found dead in a parking lot. He said there were no suspects."),
            "Tom Lee");
}

TEST(Entities, ATitleThatOpensABodysNameIsPartOfIt) {
  // data/titles.txt's "body" titles before a word that is no first name, and any title before a
  // body's noun, open a body's name: the speaker is the whole name
  for (const char* t : {"General Motors said the plant would close.", "Duke Energy said rates would rise.",
                        "King County said the roads were closed.", "Major League Soccer said the game was off.",
                        "The Justice Department said the case was closed."}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_TRUE(std::string(t).find(d.quotes[0].speaker) != std::string::npos && d.quotes[0].speaker.find(' ') != std::string::npos)
        << t << " -> " << d.quotes[0].speaker;
  }
  // (before a first name, or a title, it is a person's title)
  EXPECT_EQ(extract("Major Hannah Greer said the base would close.").quotes[0].speaker, "Hannah Greer");
  EXPECT_EQ(extract("General Tom Hale said the base would close.").quotes[0].speaker, "Tom Hale");
  EXPECT_EQ(extract("King Charles said the plan was good.").quotes[0].speaker, "Charles");
  EXPECT_EQ(extract("General Sir Nick Carter said the army was ready.").quotes[0].speaker, "Nick Carter");
  // (and before the surname of one named so far with it: "Gen. Howard Blake … General Blake said", his wife
  // Susan Blake beside him)
  EXPECT_EQ(last_speaker("Retired Gen. Howard Blake testified on Thursday. His wife, Susan Blake, sat behind him.\n\n\"I have "
                         "buried soldiers,\" General Blake said."),
            "Howard Blake");
  // (named with that title: not one named with none)
  EXPECT_EQ(last_speaker("Tom Motors, a mechanic, watched. General Motors said the plant would close."), "General Motors");
  // (a title of no such kind before one word is still a title: "Chair Powell" is Jerome Powell)
  EXPECT_EQ(extract("Jerome Powell spoke. Later, Chair Powell said rates would rise.").quotes[0].speaker, "Jerome Powell");
}

TEST(Entities, ADescriptionOfAPlayerOrAnAgeNamesThePersonNamedBeforeIt) {
  // "the keeper" after "Goalkeeper Sam Lyle", "the 31-year-old" after "Diego Alarcón" (not the
  // club he joined from)
  Document d = extract("Goalkeeper Sam Lyle made three fine saves. \"It's my job,\" the keeper said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Sam Lyle");
  d = extract("Diego Alarcón, who joined from Real Zaragoza in the summer, said the win was for the fans. \"We showed character,\" the 31-year-old told Sky Sports.");
  const Quote* q = find(d, "showed character");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Diego Alarcón");
}

TEST(Entities, ARoleResolvesToTheOneDescribedWithIt) {
  struct Case {
    const char* text;
    const char* speaker;
  };
  for (const Case& c : {
           // a title capitalised, as British papers write it, before or after the name
           Case{"Rachel Ames, the Chancellor, stood up. \"We will not borrow,\" the Chancellor said.", "Rachel Ames"},
           Case{"The Prime Minister, Sir Alistair Penrose, defended the plan. \"It is funded,\" the Prime Minister told MPs.",
                "Alistair Penrose"},
           // a description with no determiner, or an owner's name
           Case{"Karen Osterhout, chief executive of Brightwater, spoke first. \"We are growing,\" the chief executive said.",
                "Karen Osterhout"},
           Case{"Karen Osterhout, Brightwater's CEO, spoke first. \"We are growing,\" the CEO said.", "Karen Osterhout"},
           // one who holds the title as the phrase names it comes before one of another's
           Case{"President Barack Obama spoke. Dan Gross, president of the Brady Campaign, watched. \"Too many,\" the "
                "president said.",
                "Barack Obama"},
       }) {
    Document d = extract(c.text);
    ASSERT_EQ(d.quotes.size(), 1u) << c.text;
    EXPECT_EQ(d.quotes[0].speaker, c.speaker) << c.text;
  }
  // two who hold it alike: neither
  Document d = extract("President Barack Obama met President Vladimir Putin. \"Too many,\" the president said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "the president");
}

TEST(Entities, APeeresssTitleTellsHerGender) {
  // "Baroness", "Countess" open only a person's name: "She" after it is hers, not an earlier woman's
  for (const char* title : {"Baroness", "Countess"}) {
    const std::string text = std::string("Ann Hale said the line was funny. ") + title +
                             " Okafor said it was generous. She said the payments would come soon.";
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 3u) << text;
    EXPECT_EQ(d.quotes[2].speaker, "Okafor") << text;
  }
}

TEST(Entities, APronounInARelativeClauseOfAMessageIsItsWriters) {
  // "one from Keller … in which he wrote": Keller, not the last person named before
  Document d = extract("Paul Delacroix spoke. Emails shown to jurors included one from Gregory Keller to Sorensen in which he "
                       "wrote, \"Hold the deposits again this month.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gregory Keller");
  d = extract("Paul Delacroix spoke. Jurors saw a letter from Gregory Keller, in which he said the firm was broke.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Gregory Keller");
}

TEST(Entities, ItBeforeACueIsTheBodyTheSentenceBeforeNamedAsItsSource) {
  // "…, the FDA said. …, it added.": the FDA
  Document d = extract("The recall covers 40,000 jars, the FDA said. No illnesses have been confirmed so far, it added.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "FDA");
  // a person is no "it"
  d = extract("The recall covers 40,000 jars, Jane Doe said. No illnesses have been confirmed so far, it added.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "");
}

TEST(Entities, PremierBeforeAWordThatIsNoFirstNameOpensABodysName) {
  // "the Premier League" is a body, not a person called League; "Premier Doug Ford" a premier
  EXPECT_EQ(extract("\"We are delighted,\" said the Premier League.").quotes.at(0).speaker, "Premier League");
  EXPECT_EQ(extract("Premier Doug Ford said the plan was final.").quotes.at(0).speaker, "Doug Ford");
}

TEST(Entities, AHeadlinesVerbInTitleCaseIsNoPartOfAName) {
  // "People Are Roasting SkyWard's …", "Fans Are Loving Taylor Reed": the name is SkyWard Air's,
  // Taylor Reed's; "Will Smith" and "Theresa May" keep their names
  Document d = extract("Fans Are Loving Taylor Reed\n\nReed said the show \"was the best night of my life.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Taylor Reed");
  EXPECT_EQ(only_speaker("Will Smith said the film was a hit."), "Will Smith");
  EXPECT_EQ(only_speaker("Theresa May said the deal was done."), "Theresa May");
}

TEST(Entities, APastParticipleThatOpensTheSentenceIsNoPartOfAName) {
  Document d = extract("Born Mary Jones in Leeds in 1950, she was a miner's daughter. \"I loved the pits,\" she told the BBC.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mary Jones");
  // (nor alone, before its own phrase: "Asked in an interview …")
  EXPECT_EQ(extract("Asked in an interview what she hoped for, Dr. Ama Osei smiled. \"Peace,\" she said.").quotes.at(0).speaker,
            "Ama Osei");
  // (a first name in -ed is one: "Ahmed Khan")
  EXPECT_EQ(only_speaker("Ahmed Khan, a baker, said prices rose."), "Ahmed Khan");
}

TEST(Entities, TheSourceOfAccordingToWithATitleIsAnAntecedent) {
  // "according to Dr Rana Saleh": she, not the man named before
  EXPECT_EQ(last_speaker("Police spokesman Haider Abbas said officers acted with restraint. Hospitals are full, according to "
                         "Dr Rana Saleh, a physician. \"We saw 80 cases,\" she said."),
            "Rana Saleh");
  // (a service is a body, no one's antecedent: "The National Weather Service")
  EXPECT_EQ(last_speaker("Dale Whitaker, 71, said he left with his dogs. The National Weather Service issued a warning, saying "
                         "gusts could reach 70 mph.\n\n\"It is all gone,\" he said."),
            "Dale Whitaker");
}

TEST(Entities, ARoleInTheLedeNamesTheOneTheNextParagraphsGiveThatTitle) {
  Document d = extract("The Premier has defended the delay, saying workers \"deserve certainty too\".\n\n"
                       "Speaking on Tuesday, Premier Michelle Cassidy said the plan was sound.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Michelle Cassidy");
  // (not one a preposition governs, who says nothing: another president)
  EXPECT_EQ(extract("The president said on Monday that the talks had stalled.\n\nHe is due to speak by phone with President Xi "
                    "Jinping of China later this week.")
                .quotes.at(0)
                .speaker,
            "The president");
  // (two that hold it after: no one)
  Document two = extract("The minister defended the delay, saying workers \"deserve certainty\".\n\n"
                         "Minister Ann Lee said it was sound. Minister Tom Reid said it was not.");
  ASSERT_FALSE(two.quotes.empty());
  EXPECT_EQ(two.quotes[0].speaker, "The minister");
}

// A party's word before a role's noun that the text does not give the holder ("the Republican
// governor" after "Georgia Gov. Ellen Whitfield") fits one with no other party's word near the name
TEST(Entities, APartysWordBeforeARoleFitsAHolderOfNoOtherParty) {
  EXPECT_EQ(last_speaker("Georgia Gov. Ellen Whitfield said Monday that she had spoken with both sides.\n\n\"That is a decision for "
                         "the president,\" the Republican governor said."),
            "Ellen Whitfield");
  EXPECT_EQ(last_speaker("Democratic nominee Tim Kaine spoke first.\n\n\"We will win,\" the Republican nominee said."),
            "the Republican nominee");
}

TEST(Entities, OfTwoThatHoldARoleTheSubjectOfTheSentenceBefore) {
  EXPECT_EQ(last_speaker("Union Minister Raghav Deshmukh said the scheme would help. State Minister S Ilangovan said it was late. "
                         "Deshmukh also announced a new app. \"Villagers can use it,\" the minister said."),
            "Raghav Deshmukh");
}

TEST(Entities, ABodysNameBeforeATimeAndItsVerbIsTheCompany) {
  EXPECT_EQ(last_speaker("Lumora on Tuesday unveiled its first glasses, and shares of Lumora rose. The glasses will ship in "
                         "November, the company said."),
            "Lumora");
}

TEST(Entities, ATitlesInitialsAreItsWords) {
  // three letters or more in lower case, before the name or after it and a comma: "the CFO"
  EXPECT_EQ(last_speaker("Ravi Subramanian, the chief financial officer, spoke next. \"Margins will recover,\" the CFO said."),
            "Ravi Subramanian");
  EXPECT_EQ(last_speaker("Chief financial officer Ravi Subramanian spoke next. \"Margins will recover,\" the CFO said."),
            "Ravi Subramanian");
  // (not two letters in lower case: "Defense attorney Tom Lee" is no DA)
  EXPECT_NE(last_speaker("Defense attorney Tom Lee told jurors his client was innocent. \"The evidence is overwhelming,\" the DA "
                         "said."),
            "Tom Lee");
  // (a role no one named holds is no one's: "the judge" after the defendant's name)
  EXPECT_NE(last_speaker("Mark Lee, 34, pleaded guilty to fraud on Tuesday. \"You betrayed your clients,\" the judge said."),
            "Mark Lee");
}

TEST(Entities, ANameADescriptionBringsInAfterAPrepositionIsAnAntecedent) {
  // "belonged to Chiamaka Obi, a 19-year-old activist. "…," she said"
  EXPECT_EQ(last_speaker("\"The polluter pays,\" R. K. Sundaram said.\n\nThe youngest voice in the hall belonged to Chiamaka Obi, a "
                         "19-year-old activist. \"My grandmother's farm is under water,\" she said."),
            "Chiamaka Obi");
  // (a description with "the" too: "came from Kane Whitely, the duty officer …")
  EXPECT_EQ(last_speaker("Liam Tavener said the pair had surfed together for years.\n\nThe verdict came from Kane Whitely, the duty "
                         "officer for the lifesaving club.\n\n\"The tourniquet was textbook,\" he said."),
            "Kane Whitely");
}

TEST(Entities, ARolesWordsInLowerCaseChooseAmongItsHolders) {
  // "the health minister" of two ministers: the one whose title has "Health"
  EXPECT_EQ(last_speaker("Health Minister Jean Dubois met Finance Minister Paul Martin on Monday. \"We need more money,\" the "
                         "health minister said."),
            "Jean Dubois");
}

TEST(Entities, ANounThatDescribesANameBetweenCommasIsTheNames) {
  // "Rep. Carol Brandt, a Democrat from Oregon, … the Democrat said": hers, no one unnamed
  EXPECT_EQ(last_speaker("Rep. Carol Brandt, a Democrat from Oregon, counted heads. \"We have the votes,\" the Democrat said."),
            "Carol Brandt");
  EXPECT_EQ(last_speaker("A bomb injured a teenager. \"It hurt,\" the teenager said."), "the teenager");
}

TEST(Review5, TheSecondReviewsEntityCases) {
  // an appositive closed by its comma, not a new clause's subject after a name
  EXPECT_NE(last_speaker("After a closed-door meeting with Speaker Mike Johnson, a Democrat close to the talks said the votes "
                         "were not there. \"It is dead,\" the Democrat said."),
            "Mike Johnson");
  // a nation's noun before any name; the nation it gives
  EXPECT_EQ(only_speaker("Briton Andy Murray said he was tired."), "Andy Murray");
  EXPECT_EQ(last_speaker("Frenchman Ugo Humbert beat Tommy Paul on Monday. Humbert will face Taylor Fritz next. \"I am ready,\" "
                         "the Frenchman said."),
            "Ugo Humbert");
  // (a nation's noun that stays in a name as a given name still gives the nation)
  EXPECT_EQ(last_speaker("Spaniard Carlos Alcaraz advanced on Monday. On Tuesday, Dane Holger Rune knocked out Briton Cameron "
                         "Norrie. \"It was a tough week,\" the Spaniard said."),
            "Carlos Alcaraz");
  // (a nation's adjective kept before a first name the list lacks is no part of the canonical
  // name of a person the text shows: "American Coco Gauff … Gauff said")
  EXPECT_EQ(only_speaker("American Coco Gauff beat Iga Swiatek. \"I am so proud,\" Gauff said."), "Coco Gauff");
  EXPECT_EQ(only_speaker("American Eagle Outfitters said sales rose 5 percent."), "American Eagle Outfitters");
  // a general noun of public bodies; a title's words for two letters
  EXPECT_EQ(only_speaker("The Federal Aviation Administration grounded the jets. The regulator said the planes were unsafe."),
            "Federal Aviation Administration");
  EXPECT_EQ(last_speaker("Keir Starmer, the prime minister, visited the site on Monday. \"We will rebuild,\" the PM said."),
            "Keir Starmer");
}

TEST(Entities, ATimeZoneAfterATimeIsNoOne) {
  Document d = extract("At 11:52AM ET the page was updated to read, \"We have identified the issue.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_NE(d.quotes[0].speaker, "ET");
  EXPECT_EQ(only_speaker("IST officials said the test failed."), "IST officials");
}

TEST(Entities, AFunctionWordBetweenTwoWordsOfANameIsPartOfIt) {
  // a given name's part ("Tan Ah Kow"): the surname first, and "Mr Tan" is he; "Madam" and "Mdm"
  // are titles
  Document d = extract("Mr Tan Ah Kow, 67, runs a stall. \"Business is slow,\" said Mr Tan. \"It is hard,\" he said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Tan Ah Kow");
  EXPECT_EQ(d.quotes[1].speaker, "Tan Ah Kow");
  Document m = extract("Madam Lim Ah Hua said prices rose. Madam Lim added that she would retire.");
  ASSERT_EQ(m.quotes.size(), 2u);
  EXPECT_EQ(m.quotes[0].speaker, "Lim Ah Hua");
  EXPECT_EQ(m.quotes[1].speaker, "Lim Ah Hua");
  // (not in a headline's title case)
  EXPECT_EQ(extract("Smith Will Run Again\n\nJohn Smith said he would run.").quotes.at(0).speaker, "John Smith");
  // after an honorific a function word is a surname, and no determiner before the verb: "Mr An
  // said"; not a conjunction before another title, "Mr. And Mrs. Smith"
  EXPECT_EQ(last_speaker("Nguyen Van An lost his crop. \"It is gone,\" Mr An said."), "An");
  EXPECT_EQ(last_speaker("Mr He said he was sad."), "He");
  // (and a given name that ends a name before a comma: "Nguyen Van An, a farmer"; "Mr Nguyen" is he)
  Document v = extract("Nguyen Van An, a farmer, lost his crop. \"It is gone,\" Mr An said. Mr Nguyen added that he would replant.");
  ASSERT_EQ(v.quotes.size(), 2u);
  EXPECT_EQ(v.quotes[0].speaker, "Nguyen Van An");
  EXPECT_EQ(v.quotes[1].speaker, "Nguyen Van An");
  EXPECT_EQ(last_speaker("Mr. And Mrs. Smith said they came."), "Mr. And Mrs. Smith");
}

TEST(Entities, APronounInAnOpeningParticiplesClauseIsTheSubjectAfterIt) {
  // "Asked whether she worried …, Marchetti shrugged. "…," she said": Marchetti, not another
  // woman named before
  Document d = extract("Gov. Celia Marchetti vetoed the bill.\n\nKiara Denton, who leads the alliance, accused the governor of "
                       "breaking a promise.\n\nAsked whether she worried about the fight, Marchetti shrugged. \"I was elected "
                       "to make decisions,\" she said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Celia Marchetti");
}

TEST(Entities, ItIsABodyWrittenWithTheOrTheSourceOfTheSentenceBefore) {
  // "The Red Cross said …. "…," it said.": a name written with "the" is a body's
  Document d = extract("The Red Cross said supplies were running low. \"We need fuel, water and medicine urgently,\" it said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Red Cross");
  // the source after "according to" comes before the sentence's subject
  d = extract("The Islamic State has called for attacks, according to the SITE Intelligence Group, which monitors extremist "
              "statements. It said supporters were sharing the news.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "SITE Intelligence Group");
}

TEST(Entities, HeOrSheAfterASpeakersNounAloneIsThatSpeaker) {
  // "The president said …. "…," he said.": the president, the one who spoke; not a body's noun,
  // and not past a person named between
  Document d = extract("The president said the country would not back down. \"We will defend every inch of our territory,\" he said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "The president");
  d = extract("A spokeswoman said the plant was safe. Jane Doe disagreed. \"There is a risk,\" she said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Jane Doe");
  d = extract("The company said the plant was safe. \"There is no risk,\" he said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "");
}

TEST(Entities, ANameAfterATitlesDomainIsTheTitlesHolder) {
  // "The head of operations, Lena Haddad," names the head, not the operations: she is the
  // pronoun's antecedent; a name after a determiner's object names that object ("her band")
  EXPECT_EQ(last_speaker("The UN's head of operations, Lena Haddad, briefed the council, saying that aid was blocked. \"It can be "
                         "stopped,\" she said."),
            "Lena Haddad");
  EXPECT_EQ(last_speaker("Ana Ruiz spoke about her former band, Velvet Static, on Monday. \"We were young,\" she said."), "Ana Ruiz");
  // (so too a subject's: "Her new film, Salt Marsh, opens next week" names a film, no "she")
  EXPECT_EQ(last_speaker("Maren Vos is late. Her new film, Salt Marsh, opens next week.\n\n\"I'm grateful, obviously,\" she says."),
            "Maren Vos");
  EXPECT_EQ(last_speaker("Retired nurse Gwen Adair returned last year. Her hometown, Port Ellis, has changed. \"Nobody knows me now,\" "
                         "she said."),
            "Gwen Adair");
  // (but a person's noun before the name: that person, "Her neighbour, Ama Boateng, waved.")
  EXPECT_EQ(last_speaker("Maren Vos is late. Her neighbour, Ama Boateng, waves from a window.\n\n\"She is always late,\" she says."),
            "Ama Boateng");
  // (an inverted verb after the subject and its name is the subject's, no report of "the council")
  Document d = extract("The head of operations, Lena Haddad, briefed the council, saying that aid was blocked.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Lena Haddad");
}

TEST(Entities, ThePhraseThatOpensTheSentenceBeforeIsNoPassivesSubjectNorAnAppositivesNoun) {
  EXPECT_EQ(last_speaker("Police arrested a man on Friday. The suspect was taken to the county jail. \"We are relieved that this is "
                         "over,\" she said."),
            "");
  EXPECT_EQ(last_speaker("The minister of the interior, Lena Haddad, visited the site. \"It can be stopped,\" she said."), "Lena Haddad");
}

TEST(Entities, AMembersLettersAfterADeterminerAreARolesPhrase) {
  // "the Oxford West MP", "the MP for Harwich East": a role whose place describes it, the one
  // the text gave that role and place; no one's name ("Oxford West", "East")
  EXPECT_EQ(last_speaker("Layla Moran, the Oxford West MP, criticised the plan. \"It is a disgrace,\" the Oxford West MP said."),
            "Layla Moran");
  EXPECT_EQ(last_speaker("Layla Moran, the Lib Dem MP, criticised the plan. \"It is a disgrace,\" the MP said."), "Layla Moran");
  EXPECT_EQ(last_speaker("Giles Watling, the MP for Harwich East, disagreed. \"We need this,\" the MP for Harwich East said."),
            "Giles Watling");
  EXPECT_EQ(last_speaker("\"No,\" the Labour MP said."), "the Labour MP");
  EXPECT_EQ(last_speaker("\"Bad,\" the TD for Kerry said."), "the TD for Kerry");
  // (a name after the seat is the member's; the letters after a name are no part of it)
  EXPECT_EQ(last_speaker("\"Ok,\" the MP for Bath Jane Roe said."), "Jane Roe");
  EXPECT_EQ(last_speaker("\"Ok,\" Priya Lathan MP said."), "Priya Lathan");
}

TEST(Entities, WhatARolesOfficeIsOfIsTheHoldersToo) {
  EXPECT_EQ(last_speaker("Mayor Ann Lee of Harwich spoke. \"Fine,\" the mayor of Harwich said."), "Ann Lee");
  EXPECT_EQ(last_speaker("Mayor Ann Lee of Harwich spoke. \"Fine,\" the mayor of Dover said."), "the mayor of Dover");
  EXPECT_EQ(last_speaker("Secretary of State Antony Blinken spoke. \"Fine,\" the secretary of state said."), "Antony Blinken");
  EXPECT_EQ(last_speaker("Secretary of Defense Lloyd Austin spoke. \"Fine,\" the secretary of state said."), "the secretary of state");
  EXPECT_EQ(last_speaker("Jane Roe, the chief executive of Acme, spoke. \"Fine,\" the chief executive of Acme said."), "Jane Roe");
}

TEST(Entities, TheyIsTheGroupThatOpensItsSentenceOrTheOneBefore) {
  // with no report before it, "they" who say are the plural phrase, or two names, that is the
  // subject of their sentence or the one before
  EXPECT_EQ(last_speaker("Residents of Maple Street gathered outside. \"Nobody warned us,\" they said."), "Residents of Maple Street");
  EXPECT_EQ(last_speaker("Officials at the water agency met on Monday. \"We are ready,\" they said."), "Officials at the water agency");
  EXPECT_EQ(last_speaker("Tom Reed and Ana Ruiz run the bakery. \"We will rebuild,\" they said."), "Tom Reed and Ana Ruiz");
  EXPECT_EQ(last_speaker("Workers objected to the plan. They also said that jobs would go overseas."), "Workers");
  // (or a group's noun that takes a plural verb in British English: data/collective_nouns.txt)
  EXPECT_EQ(last_speaker("The nurses union met on Sunday. \"We will strike on Monday,\" they said."), "The nurses union");
  EXPECT_EQ(last_speaker("The band played for two hours. \"We love this city,\" they said."), "The band");
  // (not a thing, nor a noun in -is; nor past a report whose clause opens with a plural)
  EXPECT_EQ(last_speaker("Prices rose sharply. \"It hurts,\" they said."), "");
  EXPECT_EQ(last_speaker("Their analysis ignored the studies. Nor did they note that the tax works."), "");
  EXPECT_EQ(last_speaker("Police said two men were arrested. They told reporters that they were innocent."), "");
  // (but a verb that goes on with the report goes on with its speaker)
  EXPECT_EQ(last_speaker("Police said two men had been arrested. They added that a third suspect was still at large."), "Police");
}

TEST(Entities, HonorificsOfManyCountriesAreTitles) {
  // (data/titles.txt: of two words too, "Tan Sri", "Mentri Besar", "Datuk Seri"; the name is what
  // follows them)
  const std::pair<const char*, const char*> cases[] = {
      {"Malaysian Red Crescent Society chairman Tan Sri Lee Chong Wah said the floods were severe.", "Lee Chong Wah"},
      {"Kelantan Mentri Besar Datuk Wan Mohd Rosdi Wan Ismail said aid was coming.", "Wan Mohd Rosdi Wan Ismail"},
      {"Datuk Seri Najib Razak said the plan would work.", "Najib Razak"},
      {"Puan Sri Noraini Ahmad said the fund was ready.", "Noraini Ahmad"},
      {"Alhaji Bello Abdullahi Maigari said the herders were angry.", "Bello Abdullahi Maigari"},
      {"Comrade Hauwa Mohammed led the march. She said women bore the brunt of the price rises.", "Hauwa Mohammed"},
      {"Joseph Lemayian Saitoti, 81, led the elders. \"I have not slept,\" Mzee Saitoti said.", "Joseph Lemayian Saitoti"},
      {"Police spokesperson SP Funmilayo Adeyinka said two suspects were held.", "Funmilayo Adeyinka"},
      {"Aunty Marlene Atkinson said the land was sacred.", "Marlene Atkinson"},
      {"Frontman Tom Beckett said the band was thrilled.", "Tom Beckett"},
      // (a pronoun's word after a title before a name's word is the surname: "MP He Ting Ting")
      {"Workers' Party MP He Ting Ting said she would ask. \"It is unfair,\" Ms He said.", "He Ting Ting"},
      // (the first word of such a title alone is a name's: "Tan Ah Kow"; "Sri Mulyani Indrawati")
      {"Tan Ah Kow said the stall was busy.", "Tan Ah Kow"},
      {"Sri Mulyani Indrawati said the budget was sound.", "Sri Mulyani Indrawati"},
  };
  for (const auto& [text, speaker] : cases) EXPECT_EQ(last_speaker(text), speaker) << text;
}

TEST(Entities, ARolesNounBeforeWhatItGovernsOrOpeningTheSentenceNamesTheHolder) {
  // "a spokeswoman for the agency, Denise Alvarado," is the spokeswoman; "Co-author Rahul
  // Venkataraman" the co-author
  EXPECT_EQ(last_speaker("In a statement, a spokeswoman for the agency, Denise Alvarado, said the authority follows all protocols. "
                         "\"We stand by it,\" the spokeswoman said."),
            "Denise Alvarado");
  EXPECT_EQ(last_speaker("Co-author Rahul Venkataraman, an acoustician at Scripps, spent 2022 writing software.\n\n"
                         "\"It was hard,\" the co-author said."),
            "Rahul Venkataraman");
  // (not another's noun: "a lawyer for the family, Ana Ruiz," is no spokeswoman)
  EXPECT_EQ(last_speaker("A lawyer for the family, Ana Ruiz, said the case was weak. \"We stand by it,\" the spokeswoman said."),
            "the spokeswoman");
}

TEST(Entities, HeOrSheAfterAReportOfAPhraseThatBringsSomeoneInIsTheirs) {
  // "A representative for Mr. Pinchuk said …. He added …": not one named before
  EXPECT_EQ(last_speaker("John Tefft, the ambassador, attended the dinner. A representative for Mr. Pinchuk said the inquiry had "
                         "stopped. He added that 100 other people had attended."),
            "A representative for Mr. Pinchuk");
  // (not a name's description, not one who asks, nor when the name is in the phrase's sentence)
  EXPECT_EQ(last_speaker("Mayor Tom Reed met them. A reporter asked if the plan had failed. \"It did not,\" he said."), "Tom Reed");
  EXPECT_EQ(last_speaker("Tom Reed spoke first. Ann Dean, a medical doctor, said she would never diagnose anyone. "
                         "\"It is wrong,\" she said."),
            "Ann Dean");
  EXPECT_EQ(last_speaker("Clinton, a top aide said, is confident. \"I lost one debate,\" she has often told them."), "Clinton");
}

TEST(Entities, ANameOfTwoWordsThatOpensAFullerOneIsThatPerson) {
  // a given name of two words ("Ahmad Faizal" of "Ahmad Faizal Azumu"), a name before its suffix
  // ("Brent Bozell" of "Brent Bozell III") or a married name ("Dena Minning" of "Dena Minning Grayson")
  EXPECT_EQ(last_speaker("Ahmad Faizal Azumu, the Mentri Besar, spoke. \"We are ready,\" Ahmad Faizal said."), "Ahmad Faizal Azumu");
  EXPECT_EQ(last_speaker("Brent Bozell III leads the group. \"We will not stop,\" Brent Bozell said."), "Brent Bozell III");
  // (not a headline's run in title case: "Dascha Polanco Opened Up About …")
  EXPECT_EQ(last_speaker("Dascha Polanco Opened Up About Her Past\n\n\"I was scared,\" Dascha Polanco said."), "Dascha Polanco");
}

TEST(Entities, TheTrustAndTheOperatorAreTheBodyNamedBefore) {
  EXPECT_EQ(last_speaker("Harbor Health Trust said waits fell. The trust said it would hire more staff."), "Harbor Health Trust");
  EXPECT_EQ(last_speaker("Northern Vale Railways cancelled 40 trains. \"We are sorry,\" the operator added."), "Northern Vale Railways");
}

TEST(Review11, TheEntityRulesOfTheRoundKeepTheirBounds) {
  const std::pair<const char*, const char*> cases[] = {
      // a name between the determiner and the member's letters, or one a comma gives after the seat
      {"\"This is a scandal,\" said the Hon Anthony Albanese MP, in a statement.", "Anthony Albanese"},
      {"\"We will act,\" said the Rt Hon Theresa May MP.", "Theresa May"},
      {"\"We need more buses,\" said the Labour MP for Bristol West, Thangam Debbonaire.", "Thangam Debbonaire"},
      // a role's noun is not walked back past a person's noun: the name is that person's
      {"A spokeswoman for the governor, Kathy Hochul, did not respond. \"We are reviewing it,\" the spokeswoman said later.",
       "the spokeswoman"},
      // with "said", the one named before is meant, no phrase that brings someone in
      {"Sen. John Smith held a town hall. A voter said taxes were too high. \"We will cut them,\" he said.", "John Smith"},
      // "they" is no group a passive tells of, nor one whose verb has a plural object
      {"Two men were killed in the crash on the M6. \"It was horrific,\" they said.", ""},
      {"Officers interviewed several witnesses at the scene. \"We saw smoke,\" they said.", ""},
      {"Opponents of the plan gathered outside. \"Nobody asked us,\" they said.", "Opponents of the plan"},
      // titles of two words whose second is a title alone stay as they were; "Datin Seri"
      {"\"It was a good game,\" said Head Coach.", "Head Coach"},
      {"Datin Seri Rosmah Mansor said the gift was personal.", "Rosmah Mansor"},
  };
  for (const auto& [text, speaker] : cases) EXPECT_EQ(last_speaker(text), speaker) << text;
}

TEST(Entities, AnAgeStandingForItsPersonSpeaksInThePresentToo) {
  // '"…," the 42-year-old says': the person the text gave that age
  EXPECT_EQ(last_speaker("Lena Maric, 42, runs the bakery. \"The body keeps the score,\" the 42-year-old says."), "Lena Maric");
  Document d = extract("\"The body keeps the score,\" the 42-year-old says.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(cue(&d.quotes[0]), "says");
}

TEST(Names, ALoneWordOpeningTheSentenceWithEvidenceAfterIt) {
  // a surname alone before descriptions between commas and a verb of saying
  EXPECT_EQ(last_speaker("Patel, 54, a retired teacher from Leeds, said: \"Nobody listened to us.\""), "Patel");
  EXPECT_EQ(last_speaker("Patel, 61, of Leeds, said: \"Nobody listened.\""), "Patel");
  // but not past a clause of its own: "Rather, he said, …" is no one's name
  const Document d = extract("Gordon Humphrey spoke first. Rather, he said, the struggles of the campaign will coalesce support.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Gordon Humphrey");
  // (a word of no list before a headline's colon is as often a topic: "Coronavirus: "…"", no speaker)
  EXPECT_EQ(last_speaker("Update: \"The road is closed\""), "(no quote)");
}

TEST(Bodies, ANameInSIsNoPluralForTheCompany) {
  // one test of a plural in -s for names and nouns: not "ss", "us", "is"
  EXPECT_EQ(last_speaker("Corliss said its offer was fair. Talks resumed on Friday. The company said it would keep paying premiums."),
            "Corliss");
  EXPECT_EQ(last_speaker("Nexus said sales rose. The company said it would hire."), "Nexus");
  // a plural stays none: "Workers … the company"
  EXPECT_EQ(last_speaker("Workers said the plant was unsafe. The company said it would review the claims."), "The company");
}

TEST(Bodies, APlaceInTheSentenceBeforeLeavesTheBodyItsNoun) {
  // a place after "in" or before the noun it describes is no other body the noun could be
  EXPECT_EQ(last_speaker("Corliss said its offer would make Evansville workers among the best-paid. "
                         "In a statement, the company said it was \"disappointed\" by the walkout."),
            "Corliss");
  // another firm after the verb still leaves it open
  EXPECT_EQ(last_speaker("Acme sued Birch Holdings over the patent. The company said it was \"confident\" of winning."), "The company");
}

TEST(Names, ANumberAfterAWordOfTheListIsTheNames) {
  Document d = extract("United Fabricators Union Local 1204 said the offer was poor.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "United Fabricators Union Local 1204");
  EXPECT_EQ(last_speaker("The union, Local 1204, said the offer was poor."), "Local 1204");
  EXPECT_EQ(last_speaker("\"We are ready,\" Channel 4 News reported."), "Channel 4 News");
}

TEST(Phrases, TheNounAgainIsThePhraseThatBroughtItIn) {
  // "the spokesperson" after "A spokesperson for …": one speaker
  Document d = extract("A spokesperson for National Rail Services said the line would reopen on Friday. "
                       "\"We apologise for the disruption,\" the spokesperson added.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, d.quotes[0].speaker);
  EXPECT_EQ(d.quotes[1].speaker, "National Rail Services");  // (the body a spokesperson speaks for)
  // (a plural brought in by a count: "two aides familiar with the talks" for "the aides")
  EXPECT_EQ(last_speaker("According to two aides familiar with the talks, the offices had come close to a deal. The aides, who spoke "
                         "on condition of anonymity, said the final disagreement was over timing."),
            "two aides familiar with the talks");
  EXPECT_EQ(d.speakers.size(), 1u);
  // two phrases of that noun before leave it open
  EXPECT_EQ(last_speaker("A White House official said the talks stalled. A State Department official said they were going well. "
                         "\"We are close,\" the official said."),
            "the official");
  // a name's role stays the name's
  EXPECT_EQ(last_speaker("A police spokesman said two men were arrested. Mayor Linda Park met the union. \"We will find a way,\" the mayor said."),
            "Linda Park");
  // and the person such a phrase named between commas
  EXPECT_EQ(last_speaker("A spokeswoman for the Reddick campaign, Alicia Moreno, said Hadley was wrong. The spokeswoman added that "
                         "Reddick would hold a rally on Monday."),
            "Alicia Moreno");
  // the noun before "close to" or "familiar with" is the phrase's head
  EXPECT_EQ(last_speaker("A source close to the singer said the couple had split. \"They are still friends,\" the source added."),
            "A source close to the singer");
  EXPECT_EQ(last_speaker("A person familiar with the talks said a deal was near. The person said the two sides would meet on Monday."),
            "A person familiar with the talks");
  // and the adjective's own noun is not: "the talks" are no speaker the phrase brought in
  EXPECT_EQ(last_speaker("An aide close to the senator said the bill was dead. \"It is over,\" the senator said."), "the senator");
  // the nearest phrase of the noun, when it opened a paragraph of its own after the other's
  EXPECT_EQ(last_speaker("A representative for Maya Sorrell said the engagement was off.\n\nA representative for Jonah Vance said the "
                         "actor had no comment.\n\n\"He is in a good place,\" the representative said."),
            "A representative for Jonah Vance");
  // the plural after "one of the", for the noun in the singular
  EXPECT_EQ(last_speaker("The firm is working on a new offer, according to one of the people familiar with the talks.\n\n"
                         "\"They are not walking away,\" the person said."),
            "one of the people familiar with the talks");
  EXPECT_EQ(last_speaker("The bank was hired, one of the sources said. \"It wants a deal by June,\" the source said."), "one of the sources");
  // the description between commas after the speaker's phrase
  Document b = extract("A second source, a banker close to the deal, said the cash portion could rise.\n\n"
                       "\"Cash talks,\" the banker said.");
  ASSERT_EQ(b.quotes.size(), 2u);
  EXPECT_EQ(b.quotes[1].speaker, b.quotes[0].speaker);
}

TEST(Bodies, TheFirmTheSentenceOpensWithComesFirst) {
  // a name a preposition governs leaves the subject the body's noun stands for
  EXPECT_EQ(last_speaker("Acme Corp said it had raised $6 billion from banks led by Carver Stanley. The company said it would keep "
                         "its headquarters in Omaha."),
            "Acme Corp");
  // the firm a sentence's opening people or parts of it name ("Shareholders of Brightline Corp.",
  // data/member_nouns.txt)
  EXPECT_EQ(last_speaker("Shareholders of Brightline Corp. voted down the proposal. \"We listened,\" the company said."),
            "Brightline Corp.");
  // (a model's name and number before its noun is no other body of the sentence)
  EXPECT_EQ(last_speaker("The Federal Aviation Administration grounded all Skyhawk 300 jets on Friday. The agency said the order "
                         "would stand."),
            "Federal Aviation Administration");
  // a firm's name of two parts joined by "and"
  EXPECT_NE(last_speaker("Pacific Gas and Electric said it had shut off power. The utility said it was too early."), "The utility");
}

TEST(Bodies, AClubsNameIsNoOneHeCouldBe) {
  // a club's name by its last word ("Rovers", "Athletic", "United") and a city's are bodies
  EXPECT_EQ(last_speaker("Captain Tom Riley scored for Westbridge Rovers. Westbridge looked beaten until Riley's header. "
                         "\"We have a group that does not know when it is finished,\" he said."),
            "Tom Riley");
  EXPECT_NE(last_speaker("Mayor Ernest Coursey spoke in Atlantic City. Atlantic City was hit hard. \"We are recovering,\" he said."),
            "Atlantic City");
}

TEST(Descriptions, ANameThatOwnsANounComesLast) {
  EXPECT_EQ(last_speaker("Samuel Adebayo scored for Westbridge. Adebayo rose to meet Jack Parnell's corner. \"I just tried to attack "
                         "the ball,\" the 23-year-old told Sky Sports."),
            "Samuel Adebayo");
  // alone, it is the one described
  EXPECT_EQ(last_speaker("Donald Trump spoke in Ohio. Mr. Trump's tone was harsh. \"We will win,\" the candidate said."), "Donald Trump");
}

TEST(Names, ASaintsNameOpensABodysName) {
  const Document d = extract("St. Brigid's Regional Medical Center said it had relied on traveling nurses.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "St. Brigid's Regional Medical Center");
}

TEST(Descriptions, TheAgencyIsThePublicBodyASentenceBeforeGivesAsItsSource) {
  EXPECT_EQ(last_speaker("The cowling came loose, according to a preliminary account from the Federal Aviation Administration. The "
                         "crew landed safely at Duluth International Airport, the agency said."),
            "Federal Aviation Administration");
}

TEST(Descriptions, TheStatesPartyIsTheLawmakerTaggedSo) {
  // the one whose tag after the name gives that party and that state, not the last person named
  const std::string text = "Sen. Grant Ebersole (R-Mont.) questioned Marcus Lindqvist, the company's chief executive, on Tuesday. "
                           "Sen. Raymond Okafor (D-Ga.) spoke next.\n\n\"That's not what I asked,\" the Montana Republican said.";
  EXPECT_EQ(last_speaker(text), "Grant Ebersole");
  EXPECT_EQ(last_speaker("Rep. Ann Kuster, D-N.H., and Rep. Tom Reed, R-N.Y., met voters. \"We listened,\" the New York Republican "
                         "said."),
            "Tom Reed");
}

TEST(Pronouns, ItAfterABodyAPlacesPossessiveOpensTheSentenceWith) {
  EXPECT_EQ(last_speaker("Greece's Ministry of Maritime Affairs rejected the findings. \"The report is based on outdated data,\" it "
                         "said."),
            "Ministry of Maritime Affairs");
  // (not a person's name after a firm's)
  EXPECT_EQ(last_speaker("Apple's Tim Cook rejected the findings. \"The report is wrong,\" it said."), "");
}

// "he" or "she" right after a clause that opens the sentence is the one person of that gender the
// clause names, wherever it stands in it; two such, or none, and the usual search decides
TEST(Pronouns, HeOrSheAfterAnOpeningClauseIsTheOnePersonItNames) {
  const std::string before = "Ines Calloway made films. Her daughter, Marguerite, says her mother was absent.\n\n"
                             "\"She missed my recital,\" Marguerite says.\n\n";
  EXPECT_EQ(last_speaker(before + "When I read this back to Calloway, she winces. \"She is right,\" she says."), "Ines Calloway");
  // (a name of no gender the text gives is no one to choose: "a Great Wall")
  EXPECT_EQ(last_speaker("Rob Kane spoke first. \"It works,\" he said.\n\nIf China can build a Great Wall, he observed, so can "
                         "he. \"Watch,\" he said."),
            "Rob Kane");
}

// "she" after a sentence a phrase of no name ends as a trailing cue's subject is that phrase's, as
// after one the phrase opens ("…, a company spokeswoman confirmed. She said …")
TEST(Pronouns, SheAfterATrailingCuesPhraseIsThePhrases) {
  EXPECT_EQ(last_speaker("Jenna Alcott said she did not blame her manager.\n\nThe company will also end its days off, a company "
                         "spokeswoman confirmed. She said the change would take effect in January."),
            "a company spokeswoman");
}

// A "he" or "she" answering the question quoted right before (the writer's, "…?" I ask, or a
// reporter's) is whom the answer to the question before that stands for, not a person of that
// gender quoted between, nor the one who asked
TEST(Pronouns, AnAnswerToTheWritersQuestionIsTheInterviewees) {
  EXPECT_EQ(last_speaker("Mayor Denise Okafor apologized on Wednesday.\n\n\"When did you know?\" asked Priya Nandakumar, a reporter.\n\n"
                         "\"On March 3,\" the mayor replied.\n\n\"Two days,\" Nandakumar said. \"Why wait?\"\n\n"
                         "\"We were told it was a fault,\" the mayor replied.\n\n\"Are you going to resign?\" asked Carl Henning.\n\n"
                         "\"No,\" she said."),
            "Denise Okafor");
  Document d = extract(
      "Ines Calloway made films for forty years.\n\n\"Why write it now?\" I ask.\n\n\"Because I forget,\" she says.\n\n"
      "Her daughter, Marguerite, is a cellist. \"She missed my recital,\" Marguerite says.\n\n"
      "Mother and daughter now speak every Sunday. Marguerite says the calls run long.\n\n"
      "\"Do you miss it?\" I ask.\n\n\"Every morning,\" she says. \"Then I remember the forms.\"");
  const Quote* q = find(d, "Every morning");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ines Calloway");
  q = find(d, "the forms");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ines Calloway");
  // (not when the paragraph right before the question has a verb of questioning and names another
  // person of that gender: she is the one questioned now)
  EXPECT_EQ(last_speaker("'I filled them in,' Miss O'Connell said.\n\n'So the chart was wrong?' the coroner asked.\n\n'Yes. I'm "
                         "sorry. It was wrong.'\n\nDavid Ainsworth questioned the home's deputy manager, Rebecca Lowe, about staffing."
                         "\n\n'Minimum is not the same as safe, is it?' he asked.\n\n'No,' she said, 'it isn't.'"),
            "Rebecca Lowe");
}

TEST(Pronouns, HeOrSheAfterAPhrasesReportInTheWritersWordsIsTheOneNamedBefore) {
  // a report of a phrase whose noun tells no gender between: the one named before the report,
  // the story's subject
  EXPECT_EQ(last_speaker("Ana Ruiz, 34, was pulled from the rubble on Tuesday. A spokesperson for the fire department said rescuers "
                         "had worked for six hours. \"I kept praying,\" she said from her hospital bed."),
            "Ana Ruiz");
  // (its noun of the pronoun's gender: the pronoun goes on with the phrase, as a wire report's
  // next quotation does; which of the two is meant only the words' sense would tell)
  EXPECT_EQ(last_speaker("Ana Ruiz, 34, was pulled from the rubble on Tuesday. A spokeswoman for the fire department said rescuers "
                         "had worked for six hours. \"We did not stop,\" she said."),
            "A spokeswoman for the fire department");
  // after the phrase's own quotation, the phrase's (a person's noun before "for" its head)
  EXPECT_EQ(last_speaker("Police urged people to stay home. A reporter for Agence France-Presse called it \"absolute chaos.\" "
                         "\"We saw people hit,\" he said."),
            "A reporter for Agence France-Presse");
}

TEST(Speakers, RolesOfCourtsChurchesAndSchoolsResolveToTheNamed) {
  // data/nominal_speakers.txt: "the coroner", "the bishop", "the headteacher" after the named one
  EXPECT_EQ(last_speaker("Andrew Pell, the coroner, said the case raised questions. The coroner said he would decide after the trial."),
            "Andrew Pell");
  EXPECT_EQ(last_speaker("Ruth Obi, the headteacher, met parents on Monday. \"We will reopen,\" the headteacher said."), "Ruth Obi");
}

TEST(Speakers, TheFirstOfTwoSurnamesNamesThePerson) {
  EXPECT_EQ(last_speaker("Bolivia's minister, Ernesto Quispe Mamani, signed the deal. \"Today we begin,\" Quispe said."),
            "Ernesto Quispe Mamani");
  EXPECT_EQ(last_speaker("Andrés Manuel López Obrador spoke first. López said the plan would work."), "Andrés Manuel López Obrador");
  // (a middle name of the lists is no surname; a headline's run of capitals is no one's name)
  EXPECT_EQ(last_speaker("Sarah Jessica Parker arrived. \"Hello,\" Jessica said."), "Jessica");
  EXPECT_EQ(last_speaker("Hillary Clinton Goes After Trump\n\nClinton said the plan would fail."), "Clinton");
  // (one named with a title and the word is that one, not a name the word is the middle of)
  EXPECT_EQ(last_speaker("Jenna Bush Hager spoke first. Then President Bush took the stage. \"It was a special night,\" Bush said."),
            "Bush");
}

TEST(Speakers, TheLatterAndTheFormerAreTheLastTwoPeopleNamed) {
  EXPECT_EQ(last_speaker("Rosa Imbert and Theo Castel both ran for the seat. The latter said the voters had spoken."), "Theo Castel");
  EXPECT_EQ(last_speaker("Rosa Imbert and Theo Castel both ran for the seat. The former said she would run again."), "Rosa Imbert");
  // one person named: no one to choose
  EXPECT_EQ(last_speaker("Rosa Imbert ran for the seat. The latter said the voters had spoken."), "The latter");
}

TEST(Entities, APronounAfterAnotherPersonsNounIsNoEvidenceOfTheSubjectsGender) {
  // "she" after the one asked is hers, no evidence that Glenn Asquith is a woman
  EXPECT_NE(last_speaker("Glenn Asquith asked the witness whether she had been disciplined. She said she had not."), "Glenn Asquith");
  // but a plural or a couple after the verb is no one "she" could be
  EXPECT_EQ(last_speaker("Pat Lee told reporters she would run. Tom Cole said he would not. \"I am ready,\" she said."), "Pat Lee");
  EXPECT_EQ(last_speaker("Pat Lee told the couple she would pray. Tom Cole said he would not. \"I am sorry,\" she said."), "Pat Lee");
}

TEST(Speakers, TheTwoAreThePeopleNamedTogether) {
  // "the two", "the couple", "both" stand for two people named together before, as "they" does
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell testified on Monday. The two said they had never met the defendant."),
            "Ana Reyes and Tom Bell");
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell married in 1990. \"We never looked back,\" the couple said."), "Ana Reyes and Tom Bell");
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell married in 1990. Both said they never looked back."), "Ana Reyes and Tom Bell");
  // two sentences back, in the paragraph
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell are both progressives. Their goals are aligned. The two admit that it will be hard."),
            "Ana Reyes and Tom Bell");
  // and a record of the two named together before is theirs for "they" and "the two"
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell said on Monday that they had never met him. \"We never met him,\" they said."),
            "Ana Reyes and Tom Bell");
  EXPECT_EQ(last_speaker("Ana Reyes and Tom Bell said on Monday that they had never met him. \"We never met him,\" the two said."),
            "Ana Reyes and Tom Bell");
  // no two named together: the words stay the speaker's
  EXPECT_EQ(last_speaker("The hearing ran late. The two said they had never met the defendant."), "The two");
  // one named, and another he met: not the two of them
  EXPECT_NE(last_speaker("Ana Reyes said she had never met Tom Bell. \"We never met him,\" they said."), "Ana Reyes and Tom Bell");
}

TEST(Entities, ASurnameInCapitalsIsAPersonsNotAnAcronym) {
  // a transcript's label in capitals is the surname of the one named before: a person, whose
  // interview answers are theirs
  Document d = extract("We sat down with Ruth Okafor.\n\nQ: Will you run again?\n\nA: Ask me in a year.\n\n"
                       "WHITCOMB: The shelter is late.\n\nOKAFOR: The council sat on the funding.");
  const Quote* q = find(d, "Ask me in a year");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ruth Okafor");
}

// (or the initials of every word of a person's full name, particles too: "PVDL:" of Pieter van
// der Linde; a person still, for "he"; not a body's name whose first word is no first name)
TEST(Entities, APersonsInitialsInCapitalsAreTheirLabel) {
  Document d = extract("Pieter van der Linde faced the media on Thursday.\n\nQ: What is the latest?\n\nPVDL: Not good news, "
                       "unfortunately.\n\nQ: How has he taken it?\n\nPVDL: He is very down.");
  const Quote* q = find(d, "Not good news, unfortunately.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Pieter van der Linde");
  // (three letters are a body's as often: "JLR" is no Jose Luis Ramos)
  EXPECT_EQ(last_speaker("Jaguar Land Rover has hired Jose Luis Ramos as its purchasing chief. JLR said the appointment would "
                         "strengthen its supply chain."),
            "Jaguar Land Rover");
}

TEST(Speakers, AnIndefiniteOrOwnersPhraseTheNextSentenceNamesByItsNoun) {
  EXPECT_EQ(last_speaker("A federal judge on Tuesday blocked the ordinance, ruling that it likely violates the First Amendment. "
                         "U.S. District Judge Marisol Ibarra granted the injunction."),
            "Marisol Ibarra");
  EXPECT_EQ(last_speaker("A firefighter who pulled two children from the house said the smoke was \"like a wall.\"\n\n"
                         "The firefighter, Luis Cabrera, has served for 11 years."),
            "Luis Cabrera");
  // (an owner's phrase too: "his daughter … The daughter, Maria Lopez,")
  EXPECT_EQ(last_speaker("\"He never missed a game,\" his daughter said.\n\nThe daughter, Maria Lopez, 34, flew in from Denver."),
            "Maria Lopez");
  // ("the NOUN, NAME" wherever it stands in the next sentence: after a quotation, the speaker's phrase)
  Document t = extract("A spokesman for the district attorney's office said prosecutors would seek restitution. \"Every dollar "
                       "belongs to the people,\" the spokesman, Owen Tremblay, said in a statement.");
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[0].text, "prosecutors would seek restitution");
  for (const Quote& q : t.quotes) EXPECT_EQ(q.speaker, "Owen Tremblay") << q.text;
  // not a name two sentences on, another's perhaps: "In May, a judge sided … Circuit Court Judge …"
  EXPECT_EQ(last_speaker("In May, a district judge sided with the Democrats, saying the law was unfair. That ruling was overturned "
                         "Tuesday. Circuit Court Judge David McKeague wrote for the majority."),
            "a district judge");
}

// A lede's phrase of no name that opens the article's first sentence is the person whose full
// name and age open the next paragraph, as news delays a name ("A former supervisor told jurors
// … / Denise Albright, 52, was …"); not a phrase later in the text
TEST(Speakers, ALedesPhraseIsThePersonTheNextParagraphOpensWith) {
  EXPECT_EQ(last_speaker("Witness testifies\n\nHARLOW CREEK, Ore. (AP) \u2014 A former night-shift supervisor told jurors Tuesday that "
                         "she saw the owner leave.\n\nDenise Albright, 52, was the key witness on the sixth day of the trial."),
            "Denise Albright");
  EXPECT_EQ(last_speaker("Witness testifies\n\nThe trial went on Tuesday.\n\nLater, a former supervisor told jurors that she saw the "
                         "owner leave.\n\nDenise Albright, 52, was the key witness."),
            "a former supervisor");
}

// A phrase whose noun a participle's phrase describes is read by its noun: "The sheriff leading
// the search for a Boise man … said" is the sheriff named next, as "The sheriff said" is; the
// lede's next paragraph may bring the person in with "whose" too
TEST(Speakers, APhraseAParticipleDescribesIsReadByItsNoun) {
  EXPECT_EQ(first_speaker("KETTLE CREEK, Idaho (AP) \u2014 The sheriff leading the search for a Boise man missing for four days in "
                          "the backcountry said Wednesday that crews would keep looking.\n\nTamarack County Sheriff Corinne Haskell "
                          "told reporters that 120 people were involved."),
            "Corinne Haskell");
  EXPECT_EQ(first_speaker("Landlord in court\n\nWORCESTER \u2014 A landlord accused of leaving dozens of tenants without heat for "
                          "much of the winter told a judge on Tuesday that he had spent \"well over six figures\" on repairs.\n\n"
                          "Gerald O'Rourke, whose company, O'Rourke Property Holdings LLC, owns four buildings, is the subject of a "
                          "petition."),
            "Gerald O'Rourke");
  // (not another named before with the noun's role: "Judge Sarah Mills … The judge hearing his appeal")
  EXPECT_NE(last_speaker("Judge Sarah Mills jailed Grant for six years in 2019. The judge hearing his appeal said the sentence had "
                         "been too long."),
            "Sarah Mills");
}

// (or a relative clause between commas after the name; and "The NOUN of a …", a lede's way of
// bringing someone in unnamed)
TEST(Speakers, ALedesOwnerOfAThingIsThePersonTheNextParagraphDescribes) {
  EXPECT_EQ(first_speaker("Cafe owner to reopen\n\nThe owner of a beloved Westport cafe has vowed to reopen within a month, saying "
                          "the town \"deserves nothing less\".\n\nMarguerite Tolland, who has run the Blue Kettle for 22 years, said "
                          "the water reached the counters."),
            "Marguerite Tolland");
  EXPECT_EQ(first_speaker("Claim\n\nA woman who has accused the senator said Sunday that he had called her again.\n\nJuanita Brody, "
                          "who said the senator assaulted her in 1978, spoke on the radio."),
            "Juanita Brody");
  // (not "The mayor", no lede's "of a": the one of that title, or the phrase itself)
  EXPECT_EQ(first_speaker("Flood\n\nThe mayor has vowed to rebuild, saying the town \"deserves nothing less\".\n\nJane Roe, who "
                          "lives on Quay Street, said the water was deep."),
            "The mayor");
  // (or "The TITLE of BODY" that a page's lines of no sentence come before: the person new to the
  // text whose name and verb open the next paragraph)
  EXPECT_EQ(first_speaker("Water boss grilled by MPs\n\n3 hours ago\n\nShare\n\nTom Kessler\n\nEnvironment correspondent\n\nThe "
                          "chief executive of Southern Downs Water has told MPs he is 'deeply sorry' for the spills.\n\nMartin Ellery "
                          "was giving evidence to the committee on Tuesday."),
            "Martin Ellery");
  // (not one the text named before, nor one the next paragraph describes as someone else)
  EXPECT_EQ(first_speaker("Water boss grilled\n\nThe chief executive of Southern Downs Water has told MPs he is sorry.\n\nMartin "
                          "Ellery, the committee's clerk, read the questions."),
            "The chief executive of Southern Downs Water");
}

TEST(Speakers, AFamilysNounAfterTheIsItsOwnPhrase) {
  // "the mother" is as often the mother of the one named: its own phrase
  EXPECT_EQ(only_speaker("Kayla Smith, 7, was struck by a car on Monday. \"I just want my baby back,\" said the mother."), "the mother");
  // the phrase after the cue keeps the number of children
  EXPECT_EQ(first_mention("\"Some months I choose,\" said the mother of three."), "the mother of three");
}

TEST(Speakers, TheNounAfterAPhraseWithABodysNameBeforeIt) {
  // (the body's name whole before the noun, whatever its length: the body the spokesperson speaks for)
  EXPECT_EQ(last_speaker("A Department of Health and Social Care spokesperson said the figures were improving. "
                         "\"We know there is more to do,\" the spokesperson added."),
            "Department of Health and Social Care");
}

// A title's initials past a body's owning it and the words that describe the role; the words of
// tenure the same on both ("the company's former chief financial officer … the former CFO")
TEST(Entities, ATitlesInitialsPastItsOwnerAndDescription) {
  EXPECT_EQ(last_speaker("Ellen Marsh, the company's former chief financial officer, spoke to the board. \"We were misled,\" the former "
                         "CFO said."),
            "Ellen Marsh");
  // (the role of no tenure is no former holder's, nor is "the new CFO")
  EXPECT_NE(last_speaker("Ellen Marsh, the company's former chief financial officer, sued in March. Her successor, Dana Ruiz, testified "
                         "Tuesday. \"The controls were weak,\" the CFO said."),
            "Ellen Marsh");
  EXPECT_NE(last_speaker("The company's former chief financial officer, Ellen Marsh, was replaced in May by Tom Ruiz. \"We are in good "
                         "shape,\" the new CFO said."),
            "Ellen Marsh");
  // (the role's own first word may be one that describes: "chief"; a body's noun owns it, not a
  // person's: "the president's national security adviser" is no NSA)
  EXPECT_EQ(last_speaker("Ravi Subramanian, the bank's chief financial officer, spoke next. \"Margins will recover,\" the CFO said."),
            "Ravi Subramanian");
  EXPECT_NE(last_speaker("Jim Park, the president's national security adviser, spent the week in Seoul. The NSA said in a statement that "
                         "it does not comment on intelligence matters."),
            "Jim Park");
}

// An untagged turn that says the name of the one it would go on being given to is the other
// speaker's of the exchange, that turn alone; after a lead-in to an exchange, the first turn and the
// questions after it are no one's known
TEST(Entities, ATurnThatNamesItsSpeakerIsTheOthers) {
  Document d = extract("\"You can't stay here,\" Officer Dana Ruiz told Walter Ames.\n\n\"I'm not going anywhere,\" Ames said.\n\n"
                       "\"Then I'll have to arrest you, Walter.\"\n\n\"Go ahead.\"");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[2].speaker, "Dana Ruiz");
  EXPECT_FALSE(d.quotes[2].speaker_mention.has_value());
  EXPECT_EQ(d.quotes[3].speaker, "Walter Ames");
  // (with no other speaker before, no one: "We love you, Walter!" is a crowd's)
  Document alone = extract("\"I've been here 50 years,\" said Walter Ames, standing outside the diner he opened with his late wife, "
                           "Ellen.\n\n\"We love you, Walter!\"");
  ASSERT_EQ(alone.quotes.size(), 2u);
  EXPECT_TRUE(alone.quotes[1].speaker.empty());
  // (a name inside the words that is no one spoken to leaves the turn the speaker's)
  EXPECT_EQ(last_speaker("Ana Ruiz and Tom Vance met on Monday.\n\n\"We will win,\" Ana Ruiz said.\n\n\"Tom Vance has no plan, and "
                         "Vance knows it.\""),
            "Ana Ruiz");
  EXPECT_EQ(last_speaker("Ana Ruiz and Tom Vance met on Monday.\n\n\"We will win,\" Ana Ruiz said.\n\n\"People ask about Vance, "
                         "Ruiz, and the rest.\""),
            "Ana Ruiz");
  // (nor words that tell what another said to the speaker)
  EXPECT_EQ(last_speaker("\"The water came up so fast,\" said Grace Holt, whose husband, Tom, carried their children to the roof.\n\n"
                         "\"Grace, we have to go now, he told me. I grabbed the baby.\""),
            "Grace Holt");
  // (a name called at the end of a sentence of them, more after it; the other speaker one of a
  // report too)
  Document c = extract("The committee's chair, Rhiannon Pugh-Davies, opened the session by asking Mr Ellery how many spills there "
                       "had been.\n\n'I'd have to check the exact figure,' he said.\n\n'It was 61,412 times, Mr Ellery. It's in your "
                       "own annual report.'");
  ASSERT_EQ(c.quotes.size(), 3u);
  EXPECT_EQ(c.quotes[2].speaker, "Rhiannon Pugh-Davies");
  // (the first turn after a lead-in that ends with a colon, put to its speaker by name, is no one's
  // known, and the turns after it alternate: answers the speaker's, questions no one's known)
  Document qa = extract("Ruud van Leeuwen was asked about the decision at a tense news conference. Here is some of what he said:\n\n"
                        "\"Ruud, have you seen it back?\"\n\n\"Of course I have seen it back.\"\n\n\"Will you call them?\"\n\n"
                        "\"What is the point? They send you a letter.\"\n\n\"So no call, then.\"\n\n\"No.\"");
  ASSERT_EQ(qa.quotes.size(), 6u);
  EXPECT_TRUE(qa.quotes[0].speaker.empty());
  EXPECT_FALSE(qa.quotes[0].cue.has_value());
  EXPECT_EQ(qa.quotes[1].speaker, "Ruud van Leeuwen");
  EXPECT_TRUE(qa.quotes[2].speaker.empty());
  EXPECT_EQ(qa.quotes[3].speaker, "Ruud van Leeuwen");
  // (a turn in the place of a question that asks nothing ends the alternation)
  EXPECT_EQ(qa.quotes[4].speaker, "Ruud van Leeuwen");
}

// A role's noun of no list names the person the text gave it to in a description or before the
// name's comma; a thing's or a body's noun does not
TEST(Entities, ARolesNounOfNoListNamesItsHolder) {
  // (an owner's role is one the description after the name gives with the same owner)
  EXPECT_EQ(last_speaker("Veritas Silicon unveiled a chip.\n\nKenji Albrecht, Veritas's co-founder and chief executive, opened the "
                         "keynote.\n\nThe chip does \"twice the work,\" Veritas's chief executive said."),
            "Kenji Albrecht");
  EXPECT_NE(last_speaker("Veritas Silicon and Axion Computing unveiled chips.\n\nKenji Albrecht, Veritas's chief executive, opened "
                         "the keynote.\n\nThe chip does \"twice the work,\" Axion's chief executive said."),
            "Kenji Albrecht");
  // (past an age, the noun before "and" a head too; not a former holder's for the role now)
  EXPECT_EQ(last_speaker("The court heard from Brian Ambrose, 66, a retired bus driver and regular at the Fleece, who lives nearby.\n\n"
                         "'I heard a crash,' the retired bus driver said."),
            "Brian Ambrose");
  EXPECT_EQ(last_speaker("Gov. Chris Christie stood behind Trump. Christine Todd Whitman, the former New Jersey governor and EPA "
                         "administrator, was furious.\n\n\"I know him well,\" the governor said."),
            "Chris Christie");
  EXPECT_EQ(last_speaker("Ivo Lindahl, a cameraman, was the last to leave base camp. \"We ran out of coffee on day nine,\" the cameraman "
                         "said."),
            "Ivo Lindahl");
  EXPECT_EQ(last_speaker("The expedition's doctor, Rahel Tesfaye, and its cameraman, Ivo Lindahl, were the last to leave. \"We ran out "
                         "of coffee,\" the cameraman said."),
            "Ivo Lindahl");
  EXPECT_EQ(last_speaker("Ngozi Abernathy-Cole, the county's chief medical examiner, took the stand. The medical examiner said the "
                         "bruising was old."),
            "Ngozi Abernathy-Cole");
  // (not a book, nor a noun a preposition's phrase holds before the name)
  EXPECT_EQ(last_speaker("The author of the book, Mitchell Zuckoff, said he stood by it. The book said the guards were late."),
            "The book");
  EXPECT_NE(last_speaker("According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent an email. The summary said "
                         "the employee did not act."),
            "Cheryl Mills");
}

// "the former" and "the latter": the last two named in one sentence, whatever joins them
TEST(Entities, TheFormerAndTheLatterOfTwoNamedInOneSentence) {
  const std::string pitted =
      "The debate pitted Senator Colm Rafferty against businessman Garrett Strandberg. The former said the tax cut would pay for "
      "itself; the latter said it would bankrupt the state.";
  Document d = extract(pitted);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Colm Rafferty");
  EXPECT_EQ(d.quotes[1].speaker, "Garrett Strandberg");
  EXPECT_EQ(last_speaker("Two candidates remain: Councilwoman Denise Harrowgate and former police chief Yolanda Beckford-Sims. The "
                         "latter told supporters that crime would decide the election."),
            "Yolanda Beckford-Sims");
  // (two sentences on: "The former said …. The latter said …")
  EXPECT_EQ(last_speaker("Ann Lee and Tom Vance ran for the seat. The former said taxes would fall. The latter said they would rise."),
            "Tom Vance");
  // (an unnamed one after the last name may be meant)
  EXPECT_EQ(last_speaker("Rosa Imbert met with Theo Castel and his lawyer. The former said the deal was off."), "The former");
}

// The source of "according to" by the surname of one named in full before is a subject a
// pronoun may stand for
TEST(Entities, TheSurnameAfterAccordingToIsAPronounsAntecedent) {
  EXPECT_EQ(last_speaker("\"We are ready,\" Mary Kent said.\n\nJane Doe disagrees.\n\nAccording to Doe, the jobs would be phased in "
                         "slowly.\n\n\"There is no enforcement,\" she said."),
            "Jane Doe");
}

// A phrase of no name is the person a description between commas after it names with "named"
TEST(Entities, APhraseIsThePersonItsDescriptionNames) {
  EXPECT_EQ(last_speaker("\"Where were you?\" the prosecutor, Horatio Blaylock, asked.\n\nThe witness, a 23-year-old cook named Dario "
                         "Estevan, looked at his lawyer before answering.\n\n\"At work. Until two in the morning.\""),
            "Dario Estevan");
  // (or the name a relative clause says the person gave, after "as")
  EXPECT_EQ(only_speaker("Another passenger, who gave his name only as Dev, said it was the final straw."), "Dev");
  EXPECT_EQ(only_speaker("A woman, who identified herself only as Maria, said she had waited for hours."), "Maria");
  // (not a name in a relative clause about another: "a dog named Max")
  EXPECT_EQ(only_speaker("The boy, who was playing with a dog named Max, said he saw it."), "The boy");
}

// "It" that resolves to no one after a record whose speaker is a document, a work or a body of
// no name is that record's speaker
TEST(Entities, ItAfterADocumentsRecordIsTheDocument) {
  EXPECT_EQ(last_speaker("The post said Stratanet would pause all changes.\n\n\"Service has been fully restored,\" it said."),
            "The post");
  EXPECT_EQ(last_speaker("The lawsuit is calling on the court to review the plan. It also wants to stop policies that hurt voters."),
            "The lawsuit");
  // (not a person's noun: "the senator", nor a plural)
  EXPECT_NE(last_speaker("The senator said the figures were wrong. It said the agency would respond."), "The senator");
}

// "He" or "she" is no body's or place's name: one written with "the", one a preposition of place
// governs, or the name of a body's noun before it
TEST(Entities, AGenderedPronounIsNoBodysOrPlacesName) {
  EXPECT_EQ(last_speaker("Colin Brayfield was less gracious. Speaking to the radio station Harwick Sound, he accused the Alliance of "
                         "running \"a campaign of half-truths\"."),
            "Colin Brayfield");
  EXPECT_NE(last_speaker("A former night manager at Elmstead Grange, who asked not to be named, said the rota was fake.\n\n\"Everybody "
                         "knew the rota was fiction,\" she said."),
            "Elmstead Grange");
  EXPECT_NE(last_speaker("Ann Kerr has run Solera for years. Last week the New York Times reviewed it.\n\n\"It's a room with tables,\" "
                         "she says."),
            "New York Times");
}

// "The post read", "the letter said": the words of a document the sentence before (or the
// sentence itself, before it) tells someone posted, wrote, issued or sent are that one's
TEST(Entities, ADocumentsWordsAreTheOneWhoPostedOrWroteIt) {
  EXPECT_EQ(last_speaker("The studio, Lanternfish Games, also posted an update on Threads. The post read: \"Thanks for waiting.\""),
            "Lanternfish Games");
  EXPECT_EQ(last_speaker("Sen. Ann Lee wrote a letter to the board. The letter said the school would close."), "Ann Lee");
  // (not one who read it out, nor with no such verb before)
  EXPECT_EQ(last_speaker("Mayor Ann Lee read a letter from Tom Reed. The letter said the school would close."), "The letter");
  EXPECT_EQ(last_speaker("Ann Lee met the board. The letter said the school would close."), "The letter");
  // (said "in a statement": the one who said it, a body a noun named too)
  EXPECT_EQ(last_speaker("Meridian Foods will close two plants. \"We regret the impact,\" the company said in a statement. "
                         "\"It was a difficult decision,\" the statement continued."),
            "Meridian Foods");
  EXPECT_EQ(last_speaker("\"We regret it,\" Dana Cole said Monday in a written statement.\n\n\"It was hard,\" the statement said."),
            "Dana Cole");
  // (the one a sentence that opens "In a statement" names)
  EXPECT_EQ(last_speaker("In a statement emailed to reporters, Cascadia Bulk Energy said it had rebuilt its programs.\n\n"
                         "\"Our thoughts remain with the families,\" the statement said."),
            "Cascadia Bulk Energy");
  // (one who read it out on another's behalf: that other, whom the pronoun stands for, not the reader)
  EXPECT_EQ(last_speaker("Dale Ruskin did not speak. His attorney, Paul Okafor, read a statement on his behalf.\n\n"
                         "\"I think about them every day,\" the statement said."),
            "Dale Ruskin");
  EXPECT_EQ(last_speaker("The lawyer read a statement on behalf of Dale Ruskin.\n\n\"I am sorry,\" the statement said."), "Dale Ruskin");
  // (a verb that gives a document out, "provided", "issued"; a participle after "a" describes the
  // document, no verb of its own: "In a written statement, …")
  EXPECT_EQ(last_speaker("The paper said Peter Cook provided a written statement. \"He regrets it,\" the statement said."), "Peter Cook");
  EXPECT_EQ(last_speaker("In a written statement, Ann Lee said the clinic had failed him. \"We want answers,\" the statement said."),
            "Ann Lee");
  // (said "in a statement" two sentences before)
  EXPECT_EQ(last_speaker("Kestrel Foods said in a statement that its offer was fair. The company said it would keep the plant open. "
                         "\"Our door remains open,\" the statement said."),
            "Kestrel Foods");
  // (not another document: "in a letter" is no statement)
  EXPECT_EQ(last_speaker("\"We regret it,\" Dana Cole said in a letter.\n\n\"It was hard,\" the statement said."), "the statement");
  // (one of no name: the phrase that opens the sentence, a group's, a body's or a person's; not
  // with no verb that gave the document out)
  EXPECT_EQ(last_speaker("The family released a statement on Tuesday. \"We are heartbroken,\" the statement said."), "The family");
  EXPECT_EQ(last_speaker("The airline issued a written statement. \"We apologize,\" the statement read."), "The airline");
  EXPECT_EQ(last_speaker("A spokeswoman released a statement. \"We regret the error,\" the statement said."), "A spokeswoman");
  EXPECT_EQ(last_speaker("The family met the board. \"We are heartbroken,\" the statement said."), "the statement");
}

// "The service", "the ministry" is the body named shortly before whose name ends with that noun,
// wherever the name stands (an owner, an object)
TEST(Entities, ABodysNounIsTheBodyWhoseNameEndsWithIt) {
  EXPECT_EQ(last_speaker("\"This is a dangerous storm,\" said the UK Weather Service's chief forecaster, Alun Pembridge. The service said "
                         "gusts of up to 90mph were possible."),
            "UK Weather Service");
  EXPECT_EQ(last_speaker("Apple sued the Justice Department on Monday. The department said the suit had no merit."), "Justice Department");
  // (or with its plural: "Studios" for "the studio", wherever the noun stands)
  EXPECT_EQ(last_speaker("Brightwater Studios has delayed the game.\n\nPre-orders will remain open, and the studio said refunds "
                         "were available."),
            "Brightwater Studios");
  // (not a person's name)
  EXPECT_NE(last_speaker("Ann Service met the mayor. The service said the road was closed."), "Ann Service");
}

// A name right after a verb of telling is the one told, no subject whose gender a pronoun after
// it tells
TEST(Entities, TheOneToldTakesNoGenderFromTheClauseTold) {
  EXPECT_EQ(last_speaker("Speaking through an interpreter, the woman told Judge Harold Brennan that gang members had come to her stall "
                         "in San Pedro Sula. \"The third time, they put a gun on the counter,\" she said."),
            "the woman");
}

// First names of one gender among the lists' (Theo, Amara, Cormac, Gráinne …)
TEST(Entities, MoreFirstNamesTellAGender) {
  EXPECT_EQ(last_speaker("Amara Nwosu led the study. Theo Grant wrote the software. \"It took a year,\" he said."), "Theo Grant");
  EXPECT_EQ(last_speaker("Theo Grant wrote the software. Amara Nwosu led the study. \"It took a year,\" she said."), "Amara Nwosu");
}

// Offices written as initials are speakers' nouns: "Independent MP Sophie Hartigan", "a local TD"
TEST(Entities, OfficesWrittenAsInitials) {
  EXPECT_EQ(last_speaker("Independent MP for the region, Sophie Hartigan, welcomed the funding.\n\n\"They are not coming back,\" she told "
                         "Sky News."),
            "Sophie Hartigan");
}

// "He" or "she" after the question put to them is not one the question names
TEST(Entities, APronounAfterTheQuestionPutIsNotOneItNames) {
  EXPECT_EQ(only_speaker("Defense attorney Mark Ruiz spoke to reporters after the hearing. Asked whether Gary Lindell would testify at "
                         "sentencing, he said no decision had been made."),
            "Mark Ruiz");
  EXPECT_EQ(last_speaker("Renata Solberg, the chief executive, took questions. Asked by another analyst, Li Wen of Grayson Partners, "
                         "whether further cuts were possible, she said the company had \"no plans for additional reductions.\""),
            "Renata Solberg");
  // (in the sentence before as well: the one after the question's comma answered)
  EXPECT_EQ(last_speaker("Asked whether Joel Adeyemi should have gone, Stefan Kovacevic shrugged. \"I was watching my players,\" he said."),
            "Stefan Kovacevic");
  // (a comma in the answer's quoted words is none of the question's)
  EXPECT_EQ(last_speaker("Asked about Linda Prazak's comments, Ray Kessling said the policy \"gets reviewed every year, and it will be "
                         "again.\" He added that the deputy had followed it \"to the letter.\""),
            "Ray Kessling");
}

// "The teenager" is the one person the text gave an age of 13 to 19, another's age given too
TEST(Entities, TheTeenagerByTheAgesGiven) {
  EXPECT_EQ(last_speaker("Defending champion Griselda Holmberg, 31, lost to 17-year-old Xiomara Tennant-Aluko on Saturday. \"I just "
                         "tried to enjoy it,\" the teenager said."),
            "Xiomara Tennant-Aluko");
}

// The pronoun of a cue between commas that interrupts a clause is none the clause names before it
TEST(Entities, APronounInAnInterruptingCueIsNotTheClausesSubject) {
  EXPECT_EQ(last_speaker("Lucia Ferreira-Banks cared for her in her last years. Dr. Eleanor Whitcombe, she said, was frail but still "
                         "asked about water temperatures."),
            "Lucia Ferreira-Banks");
  EXPECT_EQ(last_speaker("Dan Tripp runs the campaign's field operation. South Carolina, he said, was where they had a chance."), "Dan Tripp");
  // (but after a word that opens a clause the interrupted clause's subject comes after the cue:
  // the name before is the outer clause's, which may be the pronoun's)
  EXPECT_EQ(last_speaker("Colby Dutton ran. Marcus Tran was eating at the diner when, he said, he heard \"a sound like a crash.\""),
            "Marcus Tran");
}

// A state's or a nation's name is a place, no one "he" or "she" stands for
TEST(Entities, AStateOrANationIsNoOnesPronoun) {
  EXPECT_NE(last_speaker("Bill Schuette is Michigan's attorney general. Michigan sued the company on Monday. \"We will win this case,\" he "
                         "said."),
            "Michigan");
  EXPECT_EQ(last_speaker("Bill Schuette is the state's attorney general. Michigan sued the company on Monday. \"We will win this case,\" "
                         "he said."),
            "Bill Schuette");
}

// A name that ends in a number is a thing's or a place's, no one "he" stands for, whatever its
// first word ("Ward" is a first name too)
TEST(Entities, ANameEndingInANumberIsNoOnesPronoun) {
  EXPECT_EQ(last_speaker("Linda Prazak, whose Ward 2 includes downtown, spoke first.\n\n\"It is bad,\" he said."), "");
}

// A news outlet's name is a body's, no one "he" stands for
TEST(Entities, ANewsOutletIsNoOnesPronoun) {
  EXPECT_EQ(last_speaker("Bret Baier is an anchor. Fox News aired the debate. \"It was a long night,\" he said."), "Bret Baier");
  // (nor a body whose name a nation's adjective opens, before words that are no first name)
  EXPECT_EQ(last_speaker("\"You pray,\" Hector Villasenor said.\n\nThe American Red Cross said it had opened three shelters.\n\n"
                         "\"Tomorrow,\" he said."),
            "Hector Villasenor");
}

// A person's canonical name leaves out the capitalised words of a role before a first name
TEST(Entities, TheRolesCapitalisedWordsBeforeAFirstNameAreNoPartOfTheName) {
  EXPECT_EQ(only_speaker("Senate Intelligence Ranking Democrat Dianne Feinstein said the emails were not classified."), "Dianne Feinstein");
  EXPECT_EQ(only_speaker("NBC News Senior Investigative Correspondent Cynthia McFadden said the report was accurate."),
            "Cynthia McFadden");
  // (not given names before one of the lists, "Chaudhry Zulfiqar Ahmed Bhatti")
  EXPECT_EQ(only_speaker("Chaudhry Zulfiqar Ahmed Bhatti said the budget was written in Washington."), "Chaudhry Zulfiqar Ahmed Bhatti");
}

// A suffix after the surname ("Jr.", "III") is part of the name but no name of its own: a title
// before it does not make it the name, and the surname is the word before it
TEST(Entities, ANameSuffixIsNoNameAndNoSurname) {
  EXPECT_EQ(only_speaker("\"We cannot walk alone,\" Martin Luther King Jr. said in 1963."), "Martin Luther King Jr.");
  EXPECT_EQ(only_speaker("King Charles III said the visit had moved him."), "Charles III");
  // (the surname alone later is the named man, whichever suffix he has)
  EXPECT_EQ(last_speaker("Robert F. Kennedy Jr. said the report was flawed. \"It is junk science,\" Kennedy said."),
            "Robert F. Kennedy Jr.");
  EXPECT_EQ(last_speaker("\"I have no regrets,\" said Harold Finch III, the founder. Later, Finch said he would stay."), "Harold Finch III");
  // (two men with one suffix are no one man)
  const Document d = extract(
      "Martin Luther King Jr. said the march would go on. \"We will appeal,\" said Dale Earnhardt Jr., the driver.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Martin Luther King Jr.");
  EXPECT_EQ(d.quotes[1].speaker, "Dale Earnhardt Jr.");
  // (a father and a son: a suffix that differs, or one name with it and one without, are two)
  EXPECT_EQ(last_speaker("Duncan Hunter said he backed Trump. His father, Duncan Hunter Sr., said he was proud."), "Duncan Hunter Sr.");
  EXPECT_EQ(last_speaker("Donald J. Trump spoke first. Later, Donald Trump Jr. said the crowd was huge."), "Donald Trump Jr.");
  // (and a son named by his first name and his suffix is the son)
  EXPECT_EQ(last_speaker("His son Donald Jr. spoke first. Donald Trump Jr. said later that the crowd was huge. \"Amazing,\" Donald Jr. said."),
            "Donald Trump Jr.");
}

// A pronoun resolved to someone whose gender nothing else tells is evidence of it for the
// pronouns after it; and "her" with its noun right after the verb is the subject's own
TEST(Entities, APronounResolvedBeforeTellsTheGenderOfANameOfNoKnownGender) {
  const Document d = extract("Engineer Rosalba Quintanar met the surveyor, Tobias Wennergren, at the dam. \"Is it safe?\" she asked. "
                             "\"Safe enough,\" he answered.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_NE(d.quotes[0].speaker.find("Rosalba Quintanar"), std::string::npos);
  EXPECT_EQ(d.quotes[1].speaker, "Tobias Wennergren");
  EXPECT_EQ(last_speaker("Lorenza Pietrangeli-Obi called her brother Matthias. \"Sell the farm,\" he said."), "Matthias");
  // (a "he" before the "she" is not told otherwise by it)
  const Document o = extract("Kestrel Adeyemi-Forde spoke first. \"We are ready,\" he said. Later, Bo Lund arrived. \"Fine,\" she said.");
  ASSERT_EQ(o.quotes.size(), 2u);
  EXPECT_EQ(o.quotes[0].speaker, "Kestrel Adeyemi-Forde");
}

// An occupation's noun capitalised because it opens the sentence is no part of the name after it
// (data/nominal_speakers.txt)
TEST(Entities, AnOccupationThatOpensTheSentenceIsNoPartOfTheName) {
  EXPECT_EQ(only_speaker("Vintner Ambrose Lachapelle-Duru said the harvest was late."), "Ambrose Lachapelle-Duru");
  EXPECT_EQ(only_speaker("Harpist Clementine Aboagye-Sjoberg says the hall is cold."), "Clementine Aboagye-Sjoberg");
  EXPECT_EQ(only_speaker("Engineer Rosalba Quintanar said the dam was safe."), "Rosalba Quintanar");
  EXPECT_EQ(only_speaker("Stationmaster Idris Pughe-Mallory said: \"Trains are late.\""), "Idris Pughe-Mallory");
}

// "the CEO" is the person the text called its chief executive, "officer" left out of the title
TEST(Entities, TheCEOIsTheChiefExecutiveNamedBefore) {
  EXPECT_EQ(last_speaker("The company's chief executive, Solange Varoufakis-Penn, defended the layoffs on Thursday. \"We had no "
                         "choice,\" the CEO told analysts."),
            "Solange Varoufakis-Penn");
  EXPECT_EQ(last_speaker("Solange Varoufakis-Penn, the chief executive, spoke first. \"We had no choice,\" the CEO said."),
            "Solange Varoufakis-Penn");
  // (not a chief of another title: "chief economist" is no CEO)
  EXPECT_EQ(last_speaker("Solange Varoufakis-Penn, the chief economist, spoke first. \"We had no choice,\" the CEO said."), "the CEO");
}

TEST(Entities, ALoneSurnameIsTheOneOfItsFamilyTheClausesPronounFits) {
  // two people of one surname named once each: "he" or "she" that the cue after the surname takes
  // picks the one whose first name fits
  Document d = extract("Eleanor Hartigan, who ran the Corran bookshop for 50 years, died on Monday. She was 91.\n\nShe married "
                       "Thomas Hartigan, a schoolteacher, in 1961. He died in 2004.\n\nIn a 1998 interview, Hartigan said she had "
                       "never meant to sell books at all.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Eleanor Hartigan");
  d = extract("Thomas Hartigan taught school. His wife, Eleanor Hartigan, ran the shop.\n\nHartigan said he had never liked books.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Thomas Hartigan");
}

TEST(Entities, ATitlesAbbreviationStandsForEachWordOfItsRole) {
  // "Rep." is the representative, the congresswoman, the congressman, the lawmaker
  EXPECT_EQ(last_speaker("Rep. Odessa Marsh opposed the bill. \"It would empty my port,\" the congresswoman said."), "Odessa Marsh");
  EXPECT_EQ(last_speaker("Rep. Tom Lee opposed the bill. \"It would empty my port,\" the congressman said."), "Tom Lee");
  // (not another title's: "Sen." is no congresswoman)
  EXPECT_EQ(last_speaker("Sen. Odessa Marsh opposed the bill. \"It would empty my port,\" the congresswoman said."), "the congresswoman");
}

TEST(Entities, TheyIsAGroupWhoseNamesFollowItsNoun) {
  EXPECT_EQ(last_speaker("The parents of Liam Hart, Mark and Julie Hart, spoke to reporters outside the court. \"We just want "
                         "answers,\" they said."),
            "Mark and Julie Hart");
  EXPECT_EQ(last_speaker("His parents, Mark and Julie Hart, spoke to reporters. \"We just want answers,\" they said."),
            "Mark and Julie Hart");
}

TEST(Entities, APersonNamedByOneWordTakesTheFullNameOnlyAPostGives) {
  // the full name inside an embedded post, a first name before the word (a capitalised word after
  // a word in lower case there is one too: "seed Kamila Ostrowa")
  EXPECT_EQ(last_speaker("Lucky loser Paula Serrat will face No.3 seed Kamila Ostrowa on Wednesday. \u2014 Sunshine Open "
                         "(@SCOpen) January 7, 2025\n\nOstrowa said that she had never played Serrat."),
            "Kamila Ostrowa");
  // (not quoted words: a speaker's words name their kin)
  EXPECT_EQ(last_speaker("\"My mother, Ewa Ostrowa, was my first coach,\" Ostrowa said."), "Ostrowa");
  // (nor a name that goes on, a place's: "the Jan Ostrowa Arena")
  EXPECT_EQ(last_speaker("Crowds filled the Jan Ostrowa Arena. \u2014 Sunshine Open (@SCOpen) January 7, 2025\n\nOstrowa said "
                         "she was ready."),
            "Ostrowa");
}

TEST(Entities, SheAfterANamesPersonsNounIsThatPersonsPhrase) {
  // "her" after the verb of "Denholm's mother said" is the mother's, no evidence of Denholm's
  // gender; "she" then is the mother's phrase
  EXPECT_EQ(last_speaker("Kyle Denholm was arrested. Denholm's mother, reached by phone, said her son had struggled with addiction."
                         "\n\n\"He is not a monster,\" she said."),
            "Denholm's mother");
}

TEST(Entities, ANameOfOneWordIsAPersonsByAnAgeADescriptionOrAGesture) {
  // "he" in the next sentence is the one named by a surname alone, not a man named before, when
  // the words beside the surname show a person
  const std::string before = "Sen. Jon Tester has been critical of the plan.\n\n";
  const std::string after = " \"It is bad,\" he added.";
  EXPECT_EQ(last_speaker(before + "Okafor, 45, said the plan was flawed." + after), "Okafor");
  EXPECT_EQ(last_speaker(before + "Okafor, the coach, said the plan was flawed." + after), "Okafor");
  EXPECT_EQ(last_speaker(before + "Okafor, a farmer in Havre, said the plan was flawed." + after), "Okafor");
  EXPECT_EQ(last_speaker(before + "Okafor shrugged." + after), "Okafor");
  // (a description after an owner: ", the union's deputy president,")
  EXPECT_EQ(last_speaker(before + "Okafor, the union's deputy president, said the plan was flawed." + after), "Okafor");
  // (not a role a name after the description's comma holds: the place before it is no one)
  EXPECT_EQ(last_speaker("Speaking in the Plaza Mayor, the city's deputy mayor for tourism, Elena Ruiz, said the council agreed. She "
                         "went on:\n\n\"We have done more than any city in Europe.\""),
            "Elena Ruiz");
  // (not what a place or a firm "shrugged off")
  EXPECT_EQ(last_speaker(before + "Moscow shrugged off the new sanctions." + after), "Jon Tester");
  // (not a body's noun, nor a description whose last word is a name's: the agency's is no person's)
  EXPECT_EQ(last_speaker(before + "Northwind, the company, announced the deal." + after), "Jon Tester");
  EXPECT_EQ(last_speaker(before + "Xinhua, the official Chinese news agency, wrote about it." + after), "Jon Tester");
}

TEST(Entities, AStatesRoleIsThePersonTaggedOrNamedWithThatState) {
  // "the Montana senator": the senator whose party's tag, or "of" after the name, gives Montana
  EXPECT_EQ(last_speaker("Sen. Jon Tester, D-Mont., has been critical of the plan. Sen. Ann Lee, R-Ohio, backed it. The "
                         "Montana senator said it was \"a disaster for farmers.\""),
            "Jon Tester");
  EXPECT_EQ(last_speaker("Sen. Jon Tester of Montana has been critical of the plan. Sen. Ann Lee of Ohio backed it. The Ohio "
                         "senator called it \"a win.\""),
            "Ann Lee");
  // (two of the state: no one)
  EXPECT_EQ(last_speaker("Sen. Jon Tester, D-Mont., and Sen. Steve Daines, R-Mont., spoke. The Montana senator said it was "
                         "\"a disaster.\""),
            "The Montana senator");
}

// Capitalised words that end with a title after "the", a verb after them, are an office, no
// one's name: "the Finance Minister" is the one named with that title
TEST(Entities, AnOfficeInCapitalsAfterTheIsItsHolders) {
  const std::string before = "Treasurer Jim Cole and Finance Minister Catherine Walsh and Health Secretary Ann Lee spoke.\n\n";
  EXPECT_EQ(last_speaker(before + "In a statement, the Finance Minister said she \"fully supported\" the plan."), "Catherine Walsh");
  EXPECT_EQ(last_speaker(before + "The Health Secretary said the plan was \"sound.\""), "Ann Lee");
  // (not a body's name of "of", nor an office whose holder follows)
  EXPECT_EQ(last_speaker("The U.S. Department of Justice filed suit. \"We disagree,\" the DOJ said."), "U.S. Department of Justice");
}

// A nation's adjective before a role that the text gives no holder names none: "the French
// president" is not President Joe Biden
TEST(Entities, ANationsAdjectiveBeforeARoleTheTextGivesNoOneNamesNoOne) {
  EXPECT_EQ(last_speaker("President Joe Biden met his French counterpart on Monday.\n\n\"We agree on Ukraine,\" the French "
                         "president said."),
            "the French president");
}

TEST(Entities, APronounAfterAClauseThatOpensTheSentenceMayBeItsSubjects) {
  // the comma before "she promised" closes a clause of time, not words the cue interrupts: the
  // clause's subject is the pronoun's
  EXPECT_EQ(last_speaker("When Mayor Dolores Fenwick unveiled her plan last spring, she promised it would make the city "
                         "\"the most responsive government in America.\""),
            "Dolores Fenwick");
  // (a cue between commas, or one that ends the sentence, is another's: the clause names whom the
  // words are about)
  EXPECT_EQ(last_speaker("Jane Roe visited on Monday. Dr. Whitcombe, she said, was \"frail and tired.\""), "Jane Roe");
  EXPECT_EQ(last_speaker("Jane Roe visited on Monday. Dr. Whitcombe was \"frail and tired,\" she said."), "Jane Roe");
  // (however many words tell how or when: "in a brief phone interview", "later that evening")
  EXPECT_EQ(last_speaker("Jane Roe visited on Monday. Dr. Ann Whitcombe, she said in a brief phone interview, was \"frail.\""),
            "Jane Roe");
  EXPECT_EQ(last_speaker("Jane Roe visited on Monday. Dr. Ann Whitcombe, she added later that evening, was \"frail.\""), "Jane Roe");
}

TEST(Entities, ASubjectBeforeAColonMayBeThePronounsOfACueBetweenCommasAfterIt) {
  // (the clause the cue interrupts opens after the colon: its subject names no one, and the one
  // before the colon has the view; a quote that goes on with that clause is a partial one)
  Document d = extract("Rick Alvarez coached. \"We lost,\" Alvarez said.\n\nLinebacker Chris Moody had a different view: the "
                       "defense, he said, \"played its heart out.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Chris Moody");
  EXPECT_EQ(d.quotes[1].kind, Kind::partial);
  // (the clause after a colon that names someone keeps the rule: "Dr. Whitcombe, she said, was")
  EXPECT_EQ(last_speaker("Jane Roe visited on Monday. It was grim: Dr. Whitcombe, she said, was \"frail and tired.\""), "Jane Roe");
}

TEST(Entities, TheCompanyFarFromItsNameIsTheOneFirmTheTextNamesByItsLegalForm) {
  // other bodies between ("Elmstead Capital", "Circana") and paragraphs past the window of subjects:
  // the one name a firm's legal form ends
  const std::string t =
      "Northvale Foods Inc. cut its forecast on Tuesday. \"We would still bet on Northvale,\" said Tom Brenner, a manager at "
      "Elmstead Capital, which owns Northvale shares.\n\nAccording to market research firm Circana, Northvale's share "
      "slipped.\n\nThe company said in a statement that it would lay out \"a clear path back to growth.\"";
  EXPECT_EQ(last_speaker(t), "Northvale Foods Inc.");
  // (nor a firm the text names as no subject: a supplier's)
  EXPECT_EQ(last_speaker("Kelso Motors recalled 20,000 cars.\n\nThe faulty part was supplied by Orbis Ltd.\n\nDealers were told."
                         "\n\nThe company said it would \"make this right.\""),
            "The company");
  // (or a trade's word, for "the company" or "the firm" only)
  const std::string w =
      "Severnmoor Water, which supplies 2.4 million homes, breached its permit.\n\nIts chief executive, Marcus Threlfall, "
      "apologised.\n\nCampaigners were not convinced.\n\nJo Pennington said: 'Every summer the company said, \"It won't "
      "happen again.\" Well, it did.'";
  EXPECT_EQ(last_speaker(w), "Severnmoor Water");
  EXPECT_EQ(last_speaker("Peabody Energy cut 200 jobs.\n\nMiners were angry.\n\nTalks failed.\n\nThe union said it would \"fight on.\""),
            "The union");
  // (a name a legal form ends goes before one a trade's word ends: an analyst's firm)
  EXPECT_EQ(last_speaker("Fenwick Motors Corp. swung to a profit.\n\n\"It is a good quarter,\" said Priya Venkataraman, an analyst at "
                         "Holloway Brandt Securities.\n\nShares rose.\n\nThe company said it would resume its dividend."),
            "Fenwick Motors Corp.");
  // (two such firms: no one)
  EXPECT_EQ(last_speaker("Northvale Foods Inc. and Baxter Ltd. cut their forecasts.\n\nAnalysts were surprised.\n\nPrices fell."
                         "\n\nThe company said it would \"fight on.\""),
            "The company");
}

TEST(Entities, APersonsFullNameAfterARoleEndsThePhraseOfABodysName) {
  // the phrase is the person's, whatever body's name the role is of
  EXPECT_EQ(only_speaker("Bank of England governor Andrew Bailey said rates would stay high."), "Andrew Bailey");
  EXPECT_EQ(only_speaker("Port Alder Library board president Ginny Akers said supporters were \"thrilled.\""), "Ginny Akers");
  // (not a group's of people a plural names before "of", nor two people's, nor a thing's the person
  // made)
  EXPECT_NE(only_speaker("Relatives of victim Ana Ruiz said she had been threatened."), "Ana Ruiz");
  EXPECT_NE(only_speaker("Critics of Chelsea manager Tom Birch said the tactics were \"outdated.\""), "Tom Birch");
  EXPECT_NE(only_speaker("Former Ambassador John Bolton and Breitbart News editor Sebastian Gorka denounced the \"Neocons "
                         "For Hillary\" movement."),
            "Sebastian Gorka");
  EXPECT_NE(only_speaker("A survey conducted by independent analyst Elena Sadovskaya found that wages rose."), "Elena Sadovskaya");
}

TEST(Entities, ASurnameAloneOfOneNamedInFullCountsAsThatPersonForADescription) {
  // "Petrakova" is Anya Petrakova: two people in the sentence, the description's nation chooses
  EXPECT_EQ(last_speaker("Russian Anya Petrakova awaits in the final. American Dana Hollis lost. Petrakova beat Dana Hollis "
                         "earlier in the day. \"She is playing without fear,\" the Russian said."),
            "Anya Petrakova");
  // (with no nation to choose by, no one: not the last one named)
  EXPECT_NE(last_speaker("Anya Petrakova awaits in the final. Petrakova beat Dana Hollis earlier in the day. \"She is playing "
                         "without fear,\" the Russian said."),
            "Dana Hollis");
}

TEST(Entities, ANicknameInQuotationMarksIsNoPartOfTheSpeakersName) {
  EXPECT_EQ(only_speaker("\"We played like champions,\" said Tom\u00E1s \"Tito\" Alvarez after the match."), "Tom\u00E1s Alvarez");
  EXPECT_EQ(only_speaker("\"We won,\" said Marcia \u201CCia\u201D Price."), "Marcia Price");
  // (a firm's name keeps the marks its legal name is written with)
  EXPECT_EQ(only_speaker("\"Production is stable,\" said PJSC \"Ukrnafta\" Group in a statement."), "PJSC \"Ukrnafta\" Group");
}

TEST(Entities, AUniversitysCampusAfterItsSystemsNameAndACommaIsOneName) {
  // (not "Davis", a surname's reading of the campus, as the speaker of the phrase)
  Document d = extract("Researchers at the University of California, Davis, who led the study, said the results were \"striking\".");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_NE(d.quotes[0].speaker, "Davis");
  EXPECT_NE(d.quotes[0].speaker.find("University of California, Davis"), std::string::npos);
  EXPECT_EQ(only_speaker("Officials at the University of Maryland, College Park, called the plan \"reckless\"."),
            "Officials at the University of Maryland, College Park");
  // (its comma is no end of a description: the person's who is described)
  EXPECT_EQ(only_speaker("Dr. Ana Ferreira, an entomologist at the University of California, Davis, called it \"careful work\"."),
            "Ana Ferreira");
  // (nor a person's name, its first word a first name)
  EXPECT_EQ(only_speaker("After graduating from the University of Virginia, Ellen Park, 34, said she moved to Texas."), "Ellen Park");
  // (a person named after a comma before a verb is no campus)
  EXPECT_EQ(only_speaker("\"He studied at the University of Texas,\" Kim Lee said."), "Kim Lee");
}

TEST(Entities, ABodysNameWithWhatItIsToDoIsOneName) {
  EXPECT_EQ(only_speaker("The Campaign to Protect Rural England described the bill as \"a threat to the countryside\"."),
            "Campaign to Protect Rural England");
  EXPECT_EQ(only_speaker("The Committee to Protect Journalists said the arrest was \"an outrage\"."), "Committee to Protect Journalists");
  // (not a person's role and whom it serves)
  EXPECT_EQ(only_speaker("Tom Blake, Special Adviser to Prime Minister Ana Ruiz, said the talks would resume."), "Tom Blake");
}

TEST(Entities, ARoleAVerbOfBecomingGivesANameIsTheOneTheRolesNounNames) {
  EXPECT_EQ(only_speaker("Jane Roe was named health minister on Monday. The minister said the plan works."), "Jane Roe");
  EXPECT_EQ(only_speaker("Jane Roe became chief executive in May. The chief executive said the plan works."), "Jane Roe");
  EXPECT_EQ(only_speaker("Tom Hill was named coach. Jane Roe is a teacher. The coach said the plan works."), "Tom Hill");
  // (the phrase's words before its noun among the role's: not "the former minister", "the prime minister")
  EXPECT_EQ(only_speaker("Jane Roe was named health minister, replacing Tom Hill. The former minister said he was disappointed."),
            "The former minister");
  EXPECT_EQ(only_speaker("Jane Roe was named health minister. The prime minister said she was the best choice."), "The prime minister");
  // (not a noun after a preposition: "named in the report", "a critic of the minister")
  EXPECT_EQ(only_speaker("Jane Roe was named in the report. The minister said the plan works."), "The minister");
  EXPECT_EQ(only_speaker("Jane Roe is a critic of the minister. The minister said the plan works."), "The minister");
}

TEST(Entities, ADocumentNamedAgainIsItsOwnersAsTheTextGaveIt) {
  EXPECT_EQ(only_speaker("Joanne Fairclough did not feel able to read her victim impact statement herself. It was read on her behalf "
                         "by a detective.\n\n\"Darren held us together,\" the statement said."),
            "Joanne Fairclough");
  // (no owner when the text gave none)
  EXPECT_EQ(only_speaker("A statement was read in court. \"I am sorry,\" the statement said."), "the statement");
}

// An owner's name whose apostrophe stands alone after its "s" ("Jones' mother", "Harris’ aide") is an
// owner as "Jones's" is: no antecedent of "she" itself, while the person its noun names is
TEST(Entities, AnOwnersNameWithTheApostropheOfAnSIsNoAntecedent) {
  for (const char* apostrophe : {"'", "\u2019"}) {
    const std::string owner = std::string("Jones") + apostrophe;
    EXPECT_EQ(last_speaker("Anita Jones was killed in the crash.\n\n" + owner +
                           " mother, Lucia Kent, wept in court. \"I want him to look at me,\" she said."),
              "Lucia Kent")
        << apostrophe;
    // (the owner of the sentence's subject still stands for it when the sentence names no other)
    EXPECT_EQ(last_speaker("Marisol Jones won the final.\n\n" + owner + " final match will be against Lee's side. \"I am ready,\" she said."),
              "Marisol Jones")
        << apostrophe;
  }
}

// An initial is a word of the name though its letter is a word of the lists ("A", "I"): "Dr. A.
// Nwosu", "William A. Ackman" (not "Paulson Partners" from "John A. Paulson of Paulson Partners")
TEST(Entities, AnInitialThatIsAWordOfTheListsIsANamesWord) {
  EXPECT_EQ(last_speaker("\"We need more ventilators,\" said Dr. A. Nwosu."), "A. Nwosu");
  EXPECT_EQ(last_speaker("\"We need more ventilators,\" Dr. A. Nwosu said."), "A. Nwosu");
  EXPECT_EQ(last_speaker("\"It was a mistake,\" Mr. I. Okoro told reporters."), "I. Okoro");
  EXPECT_EQ(last_speaker("William A. Ackman runs Pershing Square. \"It will take some time,\" Mr. Ackman said."),
            "William A. Ackman");
  // (a sentence that ends in a capital letter is no name: "Plan A.")
  EXPECT_EQ(last_speaker("The city has a fallback, Plan A. \"It will work,\" said Tom Reyes."), "Tom Reyes");
}

// A speakers' noun alone that opens a sentence ("Police said", "Officials say") is the one speaker
// its lower-case form is elsewhere; a surname in -s stays its own
TEST(Entities, ASpeakersNounCapitalisedAsASentenceOpensIsTheSameSpeakerInLowerCase) {
  Document d = extract("A girl was found safe, police said.\n\nPolice said she had wandered off. \"She is fine,\" police said."
                       "\n\nWilliams said the road was closed. \"It is a mess,\" Rogers said.");
  ASSERT_EQ(d.quotes.size(), 5u);
  EXPECT_EQ(d.quotes[0].speaker_id, d.quotes[1].speaker_id);
  EXPECT_EQ(d.quotes[1].speaker_id, d.quotes[2].speaker_id);
  EXPECT_EQ(d.quotes[1].speaker, "police");
  EXPECT_EQ(d.quotes[3].speaker, "Williams");
  EXPECT_EQ(d.quotes[4].speaker, "Rogers");
  EXPECT_EQ(d.speakers.size(), 3u);
}

// A relation introduced in a list of them that semicolons part ("a daughter, Claire Boyd; a sister,
// Joan Pratt; and …") is named there, as between commas
TEST(Entities, ARelationNamedInAListThatSemicolonsPartIsThatPerson) {
  const std::string lead =
      "Margaret Ellery died Sunday. She is survived by a daughter, Claire Boyd; a sister, Joan Pratt; and four grandchildren.\n\n";
  EXPECT_EQ(last_speaker(lead + "Her daughter said Ellery had been \"curious until the end.\""), "Claire Boyd");
  EXPECT_EQ(last_speaker(lead + "\"She never stopped,\" her sister said."), "Joan Pratt");
}

TEST(Entities, AOneWordNameBeforeALongRelativeClauseAndItsCueIsSomeone) {
  // a sentence's first word, capitalised, is a name when a cue follows past the descriptions
  // between commas; a relative clause among them may run to 24 words, a title's comma and mark
  // ending it
  EXPECT_EQ(only_speaker("Alvarado, who lived in rural Texas and got a job at a bank, said she planned to take a break."), "Alvarado");
  EXPECT_EQ(only_speaker("Alvarado, who grew up in San Antonio and got her start on the teen series \u201CLakeside High,\u201D said "
                         "she planned to rest."),
            "Alvarado");
}

TEST(Entities, AStateAfterAPlaceAndItsCommaIsNoOne) {
  // "Hartsfield, Pa., the son of a steelworker": the description is the subject's, not the state's
  EXPECT_EQ(last_speaker("Born in 1940 in Hartsfield, Pa., the son of a steelworker, Mr. Greaves was the first in his family to "
                         "attend college.\n\n\"I was never a great scientist,\" he told the Gazette in 2009."),
            "Greaves");
  EXPECT_EQ(last_speaker("Born in Austin, Texas, the daughter of a nurse, Ms. Lee studied law.\n\n\"I was lucky,\" she said."), "Lee");
}

// A he/she pronoun far from any name that fits is the person the article is about: the one of
// that gender named most often before it (three times at least, more than any other of it)
TEST(Entities, APronounWithNoAntecedentNearIsTheArticlesMostNamedPersonOfItsGender) {
  const std::string profile =
      "Nadia Orlova has lived above the harbor for forty years. Orlova, 70, paints it every morning.\n\n"
      "\"The light changes by the minute,\" Orlova said.\n\n"
      "Her neighbor, Tomas Brandt, said the paintings hang in half the houses on the street. \"Everyone has one,\" he said. "
      "\"Mine is of the ferry. It leaks in the picture too. I asked for that. The ferry has always leaked. "
      "We joke about it. Nobody minds. The captain says it is tradition.\"\n\n"
      "Brandt said he bought his first one in 1990. He paid in fish. It was a good trade. He still thinks so.\n\n"
      "The harbor was quiet that afternoon. Gulls sat on the posts. A boat came in late.\n\n"
      "\"I will paint until I cannot hold the brush,\" she said.";
  EXPECT_EQ(last_speaker(profile), "Nadia Orlova");
  // (not when two of her gender are named as often)
  const std::string two =
      "Nadia Orlova and Vera Kaplan paint the harbor. Orlova paints mornings. Kaplan paints nights. "
      "Orlova sells hers. Kaplan keeps hers.\n\n"
      "Tomas Brandt said the paintings hang everywhere. \"Everyone has one,\" he said. \"Mine is of the ferry. It leaks. "
      "The ferry has always leaked. We joke about it. Nobody minds. The captain says it is tradition.\"\n\n"
      "The harbor was quiet. Gulls sat on the posts. A boat came in late. The wind rose.\n\n"
      "\"I will paint until I cannot hold the brush,\" she said.";
  EXPECT_EQ(last_speaker(two), "");
}

// A person's noun right before a name tells the gender better than a list's guess at the first
// name ("Terry" is given to both); a noun in -man does not, being said of women too
TEST(Entities, APersonsNounBeforeANameOutweighsTheFirstNamesGuess) {
  EXPECT_EQ(last_speaker("\"The reasons are wrong,\" said 9/11 widow Terry Strada.\n\nShe continued, \"For us, it is over.\""),
            "Terry Strada");
  EXPECT_EQ(last_speaker("Campaign spokesman Mary Hale confirmed the plan. \"It is final,\" she said."), "Mary Hale");
}

// "the reality star", "the mother of two": a person's noun of data/person_descriptions.tsv after a
// word in lower case that names the field, or a parent's noun and a count of children
// (data/parent_nouns.txt), describe the person just named; not another's ("the rival singer",
// data/other_person_words.txt), nor a role several hold in one race ("the cautious candidate")
TEST(Entities, ADescriptionWithAWordOfTheFieldIsThePersonNamed) {
  EXPECT_EQ(last_speaker("Bianca Russo, 34, apologized on Monday. The reality star said she regretted the post."), "Bianca Russo");
  EXPECT_EQ(last_speaker("Bianca Russo, 34, apologized on Monday.\n\nThe mother of two also told Us Weekly that she had called Greer."),
            "Bianca Russo");
  EXPECT_EQ(last_speaker("Tom Lee won the final. The rival singer said he was \"robbed.\""), "The rival singer");
  EXPECT_EQ(last_speaker("Ann Cole won Iowa. The cautious candidate said the race was far from over."), "The cautious candidate");
}

// a pronoun in a clause a subordinator opens the sentence with is the main clause's subject right
// after its comma, a person's name of its gender or none known ("When a reporter asked whether she
// planned to retire, tennis veteran Ilse Maart laughed"); not a name of the other gender
TEST(Entities, APronounBeforeTheMainClausesSubjectIsThatPerson) {
  EXPECT_EQ(last_speaker("Lee Brannigan, the tournament director, said tickets were sold out.\n\nWhen a reporter asked whether she "
                         "planned to retire, tennis veteran Ilse Maart laughed. \"Ask me again in October,\" she replied."),
            "Ilse Maart");
  EXPECT_EQ(last_speaker("Tom Reed arrived late. When he sat down, Ann Lee spoke first. \"We start now,\" she said."), "Ann Lee");
}

// a pronoun of the subject's gender spoken to ("asked her whether she …") gives the subject no
// vote of that gender: the later pronoun is the one spoken to
TEST(Entities, APronounAfterOneSpokenToGivesTheSubjectNoGender) {
  EXPECT_EQ(last_speaker("\"I never touched the money,\" Donna Reyes testified on Monday. \"Not one dollar.\" Prosecutor Alan Wu "
                         "asked her whether she had signed the forms. She said she could not remember."),
            "Donna Reyes");
}

// "he" or "she" right after a sentence that a role's phrase of no gender opens as a report's
// subject is the person that phrase resolves to, when the text gives that person the pronoun's
// gender: not a person of that gender named before it
TEST(Entities, APronounAfterARolesPhraseIsThePersonItNames) {
  EXPECT_EQ(last_speaker("Grippa's chief executive, Hana Vasquez, founded it in 2019. \"We were first,\" Vasquez said.\n\n\"The email helps Grippa,\" Laura "
                         "Kestner, a lawyer, said.\n\nThe Grippa chief executive said the company had enough cash.\n\n\"We're not "
                         "going anywhere,\" she said."),
            "Hana Vasquez");
}

// words of trade for a person just named (data/person_descriptions.tsv): "The author said",
// "the scientist said"; and a person's noun of work that speaks (data/nominal_speakers.txt) is
// "she" after it: "The clerk asked not to be identified. … she said"
TEST(Entities, AuthorsScientistsAndClerks) {
  EXPECT_EQ(only_speaker("The award went to Philippa Aldous. The author said she was \"completely speechless\"."), "Philippa Aldous");
  EXPECT_EQ(only_speaker("Dr. Ambrose Nwachukwu leads the team. \"The results surprised everyone,\" the scientist said."),
            "Ambrose Nwachukwu");
  EXPECT_EQ(only_speaker("Police arrested Dashiell Korvin, 24. The clerk asked not to be identified. In a statement, she said she was "
                         "\"just glad nobody got hurt.\""),
            "The clerk");
}

// one named beside a noun of kin with its owner ("Her granddaughter, 19-year-old Kenzie
// Pemberton", "his new wife, Dena Grayson") is another's kin: a surname alone is the other one of
// that name (data/kin_nouns.txt)
TEST(Entities, ALoneSurnameIsNotTheOneNamedAsAnothersKin) {
  EXPECT_EQ(only_speaker("When Dolores Pemberton's grandson broke a window, she baked. Her granddaughter, 19-year-old Kenzie Pemberton, "
                         "filmed it. \"Well, Walt, it is fine,\" Pemberton said."),
            "Dolores Pemberton");
  EXPECT_EQ(only_speaker("Rep. Alan Grayson called donors. He phoned for his new wife, Dena Grayson. Dena Grayson is a doctor. Dena "
                         "Grayson smiled. \"I will win,\" Grayson said."),
            "Alan Grayson");
}

// one the text says died is a surname's only when no other of that name fits ("which killed …
// Corey Whitbread", "Mr Carrow, who died in 2011,"): the living one named since speaks
TEST(Entities, ASurnameIsNotTheOneTheTextSaysDied) {
  const std::string t =
      "The crash killed 19-year-old apprentice electrician Corey Whitbread.\n\n\"Mr Whitbread did nothing wrong,\" the prosecutor "
      "said.\n\nOutside court, Corey's father, Glenn Whitbread, stood with his wife.\n\n\"No number was ever going to be enough,\" "
      "Mr Whitbread said.";
  EXPECT_EQ(last_speaker(t), "Glenn Whitbread");
  EXPECT_EQ(last_speaker("She married Desmond Carrow in 1962. Mr Carrow, who died in 2011, liked to draw.\n\nHer son, Julian "
                         "Carrow, said his mother worked hard.\n\n\"She never let me win,\" Mr Carrow said."),
            "Julian Carrow");
  // ("the death of" before an age, "whose body was found" after the name)
  EXPECT_EQ(last_speaker("Donna Dunmore closed her eyes.\n\nA jury found Eckhart guilty in the death of 19-year-old Kayleigh Dunmore.\n\n"
                         "\"I have waited 19 months,\" Dunmore said."),
            "Donna Dunmore");
  EXPECT_EQ(last_speaker("Donna Dunmore closed her eyes.\n\nA jury found Eckhart guilty of killing Kayleigh Dunmore, whose body was found "
                         "in a culvert.\n\n\"I have waited 19 months,\" Dunmore said."),
            "Donna Dunmore");
  // (the verb right after the comma that closes a description before the name: "Her husband,
  // the painter Walter Merriman, died in 2009.")
  EXPECT_EQ(last_speaker("Adele Merriman died on Tuesday, her son, Daniel Merriman, said.\n\nHer husband, the painter Walter Merriman, "
                         "died in 2009.\n\n\"My mother was a terrible cook,\" said Mr. Merriman."),
            "Daniel Merriman");
  // (with no one else of that name, the one who died: an old quotation of theirs)
  EXPECT_EQ(last_speaker("Desmond Carrow, who died in 2011, built bridges. \"Bridges are easy,\" Mr Carrow once said."), "Desmond Carrow");
}

// one handle is one person: a TikTok sound's name and an Instagram byline's fuller name for the
// same handle are one speaker, the fuller name theirs
TEST(Entities, TwoPostsOfOneHandleAreOnePerson) {
  const Document d = extract(
      "Her granddaughter posted the video.\n@kenziepemb my grandma made a cake \xF0\x9F\x98\xAD #fyp \xE2\x99\xAC original sound - kenzie\n"
      "Later she shared the recipe.\nView this post on Instagram\nGrandma's cake recipe by request!!\nA post shared by Kenzie Pemberton "
      "(@kenziepemb)\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Kenzie Pemberton");
  EXPECT_EQ(d.quotes[1].speaker, "Kenzie Pemberton");
  EXPECT_EQ(d.speakers.size(), 1u);
}

// an owner before the pronoun's relative clause of place or time in its own sentence stands for
// it, after a preposition too: "a clip from Hart's concert in Knoxville, where he told the crowd"
TEST(Entities, AnOwnerBeforeTheRelativeClauseOfThePronoun) {
  EXPECT_EQ(only_speaker("Wes Hart won. Jordan Pike watched. Others pointed to a clip from Hart's concert in Knoxville, where he told the "
                         "crowd, \"This one is hers.\""),
            "Wes Hart");
  const Document d = extract("Donald Trump spoke. Charles Geyh said judges matter. One of Trump's earlier jeremiads came in February, "
                             "when he told Fox News that Curiel was \"biased.\"");
  const Quote* q = find(d, "biased");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Donald Trump");
}

// a phrase that opens the sentence before with a noun's owner of no name brings one person in:
// "The victim's mother spoke briefly. "…," she said" is hers, not one named before
TEST(Entities, APhraseWithAnOwnerOfNoNameBringsSomeoneIn) {
  EXPECT_EQ(only_speaker("Provost Janet Hollis spoke.\n\nThe victim's mother spoke briefly outside the courthouse. \"Nothing will bring my "
                         "son back,\" she said."),
            "The victim's mother");
}

// a nickname of one word in quotation marks between a first name and a surname is a first name of
// theirs; a plural's noun opening the sentence before names "and" joins is no part of the first
// ("Siblings Nora and Felix Brandt")
TEST(Entities, ANicknameAndSiblingsBeforeNames) {
  const Document d = extract("Robert \"Bobby\" Vance has served breakfast since 1988. \"People come for the pancakes,\" Vance said. Bobby, "
                             "as everyone in town calls him, said he had no plans to retire.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Robert Vance");
  EXPECT_EQ(last_speaker("Siblings Nora and Felix Brandt run the bakery. \"Felix handles the ovens,\" Nora Brandt said. \"We argue about "
                         "everything,\" Nora said."),
            "Nora Brandt");
}

// a full name a preposition governs in the sentence before, known to fit, comes before one named
// two sentences back or more, when no one else that fits is that sentence's subject
TEST(Entities, AGovernedNameInTheSentenceBeforeBeforeAnEarlierOne) {
  EXPECT_EQ(last_speaker("Marcus Bell spoke first.\n\nJust look at House Speaker Paul Ryan. \"We will pass it,\" he said."), "Paul Ryan");
  // (not past a subject of that sentence who fits: "Beck")
  EXPECT_NE(last_speaker("Marcus Bell spoke first.\n\nAt a rally for Paul Ryan, Beck spoke. \"We will pass it,\" he said."), "Paul Ryan");
}

// a name after "downtown" is a place's, no antecedent of "he" (data/place_words.txt)
TEST(Entities, ANameAfterDowntownIsAPlace) {
  EXPECT_EQ(last_speaker("A 34-year-old man was arrested after a chase through downtown Carver. The 34-year-old told officers he had "
                         "panicked. \"I was just trying to get home,\" he said later."),
            "The 34-year-old");
}

// of spellings of as many words, one in lower case besides its capitals names the speaker, not a
// transcript's label in capitals ("MR. DALTON:" … "Dalton later told")
TEST(Entities, ANameInMixedCaseOverOneInCapitals) {
  const Document d = extract("MR. DALTON: He is not, Your Honor.\n\nDalton later told reporters that his client \"has nothing to hide.\"");
  ASSERT_FALSE(d.speakers.empty());
  EXPECT_EQ(d.speakers[0].name, "Dalton");
}

// a tabloid's lede names its subject fullest in capitals: the name in the case the text writes its
// words elsewhere, else with capitals first; a transcript's labels alone stay in capitals
TEST(Entities, ANameInCapitalsOnlyIsWrittenInTheTextsCase) {
  const Document d = extract("KEZIA BRANNOCK has revealed she almost quit.\n\n\"I was done,\" Brannock said.");
  ASSERT_FALSE(d.speakers.empty());
  EXPECT_EQ(d.speakers[0].name, "Kezia Brannock");
  EXPECT_EQ(d.quotes.back().speaker, "Kezia Brannock");
  const Document t = extract("PENCE: Well, look, we will win.\n\nKAINE: No, you will not.\n\nPENCE: We will.");
  ASSERT_FALSE(t.speakers.empty());
  EXPECT_EQ(t.speakers[0].name, "PENCE");
}

// "the" and a team's, a place's or a nation's name before a noun that describes a person named
// just before: that person ("the Redmoor defender", "the Norwegian striker"); not a name that
// only modifies a noun ("African American protesters")
TEST(Entities, ADescriptionWithANameBeforeItsNoun) {
  const Document d = extract("Spare a thought for Ola Halvorsen. The Redmoor defender posted a story captioned \"see you at the parade.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ola Halvorsen");
  const Document n = extract("Ola Tran scored twice on Monday. \"I am proud,\" the Norwegian striker said.");
  ASSERT_EQ(n.quotes.size(), 1u);
  EXPECT_EQ(n.quotes[0].speaker, "Ola Tran");
  const Document a = extract("Despite images of African American protesters, the New York billionaire boasted, \"I have the best people.\"");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_NE(a.quotes[0].speaker, "African American");
}

// A full name a preposition governs in the sentence before, known to fit "he", comes before a
// name further back when that sentence's subject is someone else who does not fit; a thing's noun
// there ("the findings") is no one who could
TEST(Entities, AGovernedNameInTheSentenceBeforeAndAThingsNoun) {
  EXPECT_EQ(last_speaker("Coach Marcus Bell praised his striker.\n\nPriya Natarajan presented the findings alongside Tomasz "
                         "Wierzbicki and Elena Sokol. \"I would want to see this replicated,\" he said."),
            "Tomasz Wierzbicki");
}

// "the teenager" after an unnamed one whose age of 13 to 19 the text gave ("a 16-year-old girl"):
// that one, not the person named before
TEST(Entities, TheTeenagerAnUnnamedOneOfThatAgeBroughtIn) {
  EXPECT_EQ(last_speaker("His lawyer, Deborah Szabo, called the evidence weak.\n\nPolice said a 16-year-old girl had been found "
                         "safe. The teenager told investigators she had run away after an argument at home."),
            "The teenager");
}

// "The company" after a sentence whose subject follows an opening participle's phrase: that body
TEST(Bodies, TheSubjectPastAnOpeningParticiplesPhrase) {
  EXPECT_EQ(last_speaker("Founded in 2019 in Pittsburgh by former university researchers, Lumifold builds compact robotic arms. The "
                         "company says its machines are running in 46 facilities."),
            "Lumifold");
}

// "the statement" with no document given out just before: the one speaker who said anything "in
// a statement" in the paragraphs before it
TEST(Entities, TheStatementSaidInAStatementParagraphsBefore) {
  EXPECT_EQ(last_speaker("In a statement, Corvane said the deal would close in March.\n\nShares rose 4% on the news.\n\nAnalysts "
                         "called the price fair.\n\nWielgosz will run Lumifold as a division, according to the statement."),
            "Corvane");
}

// A lede's "a judge" with no name is the one person the article names with that title further
// down ("Justice Helen Okafor"), and "The judge" after it too; not when two hold it; a lede's "the
// premier" too
TEST(Entities, ALedesRoleIsTheOneTitledLater) {
  const std::string text =
      "Driver jailed\n\nA man who killed a cyclist has been jailed, with a judge describing his decision as \"selfish beyond "
      "words\".\n\nThe judge said his remorse was genuine.\n\nCorey Maddox, 31, pleaded guilty.\n\nSentencing him on Thursday, "
      "Justice Helen Okafor said he had made \"a series of choices\".";
  const Document d = extract(text);
  ASSERT_NE(find(d, "selfish"), nullptr);
  EXPECT_EQ(find(d, "selfish")->speaker, "Helen Okafor");
  const Document two = extract(text + "\n\nJustice Ian Blake heard the appeal.");
  ASSERT_NE(find(two, "selfish"), nullptr);
  EXPECT_NE(find(two, "selfish")->speaker, "Helen Okafor");
  // (and a lede's "the" and a title: "with the premier accusing her rivals of …", "the Opposition
  // leader")
  const std::string debate =
      "Leaders clash in debate\n\nVANCOUVER — The party leaders traded jabs on Tuesday, with the premier accusing her rivals of "
      "\"fairy-tale math\" and the Opposition leader promising \"a government that shows up.\"\n\nNDP Leader and Premier "
      "Marianne Thibodeau and Opposition Conservative Leader Gerrit van der Meulen faced off for 90 minutes.";
  const Document b = extract(debate);
  ASSERT_NE(find(b, "fairy-tale"), nullptr);
  EXPECT_EQ(find(b, "fairy-tale")->speaker, "Marianne Thibodeau");
  ASSERT_NE(find(b, "shows up"), nullptr);
  EXPECT_EQ(find(b, "shows up")->speaker, "Gerrit van der Meulen");
}

// Two first names that share the surname after the second ("Fiona and Darren Brierley") are two
// people: "Ms Brierley" is Fiona Brierley; "Mr Brierley" is the father, not the son the text
// calls by his first name alone
TEST(Entities, TwoFirstNamesShareTheSurnameAndAChildByFirstName) {
  const std::string text =
      "Lachlan Brierley was riding home when he was struck.\n\nLachlan's parents, Fiona and Darren Brierley, sat in the front "
      "row.\n\n\"I keep thinking I should have bought brighter ones,\" Mr Brierley said.\n\n\"That's the part I can't get my head "
      "around,\" Ms Brierley said.";
  const Document d = extract(text);
  ASSERT_NE(find(d, "brighter"), nullptr);
  ASSERT_NE(find(d, "head around"), nullptr);
  EXPECT_EQ(find(d, "brighter")->speaker, "Darren Brierley");
  EXPECT_EQ(find(d, "head around")->speaker, "Fiona Brierley");
  // (not a surname before "and": "Obama and Hillary Clinton" names no Obama Clinton)
  EXPECT_EQ(only_speaker("Obama and Hillary Clinton met on Monday. \"We agreed,\" Obama said."), "Obama");
}

// Letters after a name are no part of it: "Anand Pillai SC" is Anand Pillai
TEST(Entities, SeniorCounselsLettersAfterTheName) {
  EXPECT_EQ(only_speaker("\"This was no lapse,\" Crown prosecutor Anand Pillai SC told the court."), "Anand Pillai");
}

// A person the text names by two surnames ("Betancourt Rengifo said") is not the one a lone
// last word names when it is another's first surname ("Carlos Rengifo Salas … Rengifo said")
TEST(Entities, TwoSurnamesAndAnothersFirstSurname) {
  const Document d = extract(
      "Interior Minister Ana Lucia Betancourt Rengifo announced the measure.\n\n\"We will not allow it,\" Betancourt Rengifo "
      "said.\n\nCarlos Rengifo Salas, president of the carriers' federation, said drivers wanted protection. \"Nobody picked up the "
      "phone,\" Rengifo said.");
  ASSERT_NE(find(d, "Nobody picked"), nullptr);
  EXPECT_EQ(find(d, "Nobody picked")->speaker, "Carlos Rengifo Salas");
  EXPECT_EQ(find(d, "not allow")->speaker, "Ana Lucia Betancourt Rengifo");
}

// "the younger Mr. Delahaye" is the one of the surname named last (the son), "the elder" the one
// named first
TEST(Entities, TheYoungerAndTheElderOfOneSurname) {
  const std::string text =
      "Otis Delahaye, a tenor saxophonist, died on Saturday.\n\n\"I was never trying to be modern,\" Mr. Delahaye said in 1998.\n\n"
      "His son, Julien Delahaye, a band director, said his father never told him to practice.\n\n";
  EXPECT_EQ(last_speaker(text + "The younger Mr. Delahaye said the two of them spoke through music."), "Julien Delahaye");
  EXPECT_EQ(last_speaker(text + "The elder Mr. Delahaye once said he never rehearsed."), "Otis Delahaye");
  // (one first named as another's parent is the elder, named first or not)
  const std::string later = "Marta Villanueva won on Tuesday. Her father, Jorge Villanueva, watched from the box.\n\n";
  EXPECT_EQ(last_speaker(later + "\"I did not see the last point,\" the elder Villanueva said."), "Jorge Villanueva");
  EXPECT_EQ(last_speaker(later + "\"I saw it,\" the younger Villanueva said."), "Marta Villanueva");
  // (a noun of kin and another role before the name's comma: "father and coach")
  EXPECT_EQ(last_speaker("Marcus Kerr, 24, denied doping. The athlete's father and coach, Douglas Kerr, wept.\n\n\"I've coached him since "
                         "he was nine,\" the elder Kerr said."),
            "Douglas Kerr");
}

// "said the pianist on those sessions" whom the next sentence names for the first time with an
// age ("Lorraine Whitfield, now 79, toured …"): that person, not the one named before
TEST(Entities, TheNounTheNextSentenceIntroduces) {
  const Document d = extract(
      "Ray Castellano, who played drums in the quartet, said the band never rehearsed.\n\n\"Every night he found one note nobody "
      "else would have chosen,\" said the pianist on those 1971 sessions. Lorraine Whitfield, now 79, toured with the quartet for "
      "three years.");
  ASSERT_NE(find(d, "Every night"), nullptr);
  EXPECT_EQ(find(d, "Every night")->speaker, "Lorraine Whitfield");
}

// "the club" for a name a description between commas gave that noun ("the Green Lantern, the
// North Side club where …")
TEST(Bodies, TheNounOfADescriptionAfterTheName) {
  EXPECT_EQ(last_speaker("He played at the Green Lantern, the North Side club where he had a residency since 1996.\n\nOn Sunday "
                         "the club said in a statement that it would leave the stage dark."),
            "Green Lantern");
}

// One the text calls by the first name alone and never by the surname is not the one a lone
// surname names, when another of the surname is: "Gemma … Her brother Danny Thorne … Thorne joked"
TEST(Entities, ALoneSurnamePassesOverOneCalledByFirstNameOnly) {
  const Document d = extract(
      "Soap star Gemma Thorne has married Lee Varney.\n\nSpeaking after the ceremony, Gemma told The Sun: 'It was magical.'\n\n"
      "'He nearly poured it into my cup,' Gemma laughed.\n\nHer brother Danny Thorne, 38, walked her down the aisle. 'Neither of "
      "them came close,' Thorne joked.");
  ASSERT_NE(find(d, "came close"), nullptr);
  EXPECT_EQ(find(d, "came close")->speaker, "Danny Thorne");
}

// A party's plural before a name is no part of it: "Republicans Jolly of Indian Shores and DeSantis"
TEST(Entities, APartysPluralBeforeAName) {
  EXPECT_EQ(only_speaker("David Jolly spoke first.\n\nRepublicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach are "
                         "against it. \"No,\" Jolly said."),
            "David Jolly");
}

// "the executive" is the person just named, as "the singer" is (data/person_descriptions.tsv)
TEST(Entities, TheExecutiveJustNamed) {
  EXPECT_EQ(last_speaker("Margaret Ellery told analysts that orders fell.\n\nAsked whether the board would sell the unit, the "
                         "executive said: \"Everything is always on the table.\""),
            "Margaret Ellery");
}

// A document's words are its sender's when "from" or "by" names one after its noun ("an email
// sent in March from a shift supervisor, Dana Ruiz,"), and "It reads" after it is the document's
TEST(Entities, ADocumentsSenderAndItReads) {
  const Document d = extract(
      "Jurors were shown an email sent in March from a shift supervisor, Dana Ruiz, to the plant manager.\n\nThe email said the "
      "valves had failed twice.\n\nIt reads: \"We cannot keep running like this.\"");
  ASSERT_NE(find(d, "valves had failed"), nullptr);
  EXPECT_EQ(find(d, "valves had failed")->speaker, "Dana Ruiz");
  ASSERT_NE(find(d, "keep running"), nullptr);
  EXPECT_EQ(find(d, "keep running")->speaker, "Dana Ruiz");
  EXPECT_EQ(last_speaker("The charge is explained in an affidavit written by Marc Bujnowski, a detective.\n\nThe affidavit said "
                         "that the officer had seen bruises."),
            "Marc Bujnowski");
}

// "the former Arsenal boss": a holder of the role whose description between commas names the
// former club ("Palace manager Graham Pettifer, who was sacked by Arsenal in 2023,")
TEST(Entities, AFormerRolesTeamInTheDescriptionAfterTheName) {
  EXPECT_EQ(last_speaker("Palace manager Graham Pettifer, who was sacked by Arsenal in 2023, spoke on Tuesday.\n\nThe former Arsenal "
                         "boss said the club would reinvest the fee."),
            "Graham Pettifer");
}

// "The veteran actress": the one the text wrote "veteran" before the name of, not the actress
// described so before
TEST(Entities, TheFieldWordARoleBeforeAName) {
  const Document d = extract(
      "Gemma Thorne, an actress, wed on Saturday.\n\n'I cried,' said Castle Street veteran Beverley Ashdown, 72.\n\nThe veteran "
      "actress added that Gemma had 'earned every bit of happiness'.");
  ASSERT_NE(find(d, "earned every bit"), nullptr);
  EXPECT_EQ(find(d, "earned every bit")->speaker, "Beverley Ashdown");
}

// A capitalised title no name is written with ("the Prime Minister") is the one person the
// sentence before its first "the" names
TEST(Entities, AnUntitledHoldersTitle) {
  const std::string text =
      "Today the somebody was very nearly Rebecca Hale.\n\nThe Prime Minister arrived clutching her folder. Across the dispatch box, "
      "Martin Crane wore a grim expression.\n\n\"I can tell him that more homes were started,\" the Prime Minister replied.";
  EXPECT_EQ(last_speaker(text), "Rebecca Hale");
  // (two named there: no one)
  EXPECT_NE(last_speaker("Rebecca Hale and Martin Crane arrived.\n\nThe Prime Minister sat down.\n\n\"Homes were started,\" the Prime "
                         "Minister replied."),
            "Rebecca Hale");
}

// A relative clause that says the person gave only a name, then the name after its comma ("said
// his aunt, who gave only her first name, Denise.")
TEST(Entities, TheNameGivenAfterNameAndAComma) {
  const Document d = extract("\"You called Dee,\" said his aunt, who gave only her first name, Denise. \"He would be under the hood.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Denise") << q.text;
}

// A document's giver is the subject, not a name that describes the subject's noun ("The GOP
// presidential candidate sent out an email"); a body that opens the sentence is ("Acme Corp sent")
TEST(Entities, ADocumentsGiverIsNoNameThatDescribesTheSubject) {
  const Document d = extract("The GOP presidential candidate sent out an email to supporters on Tuesday.\n\nThe email said the contest "
                             "was free.\n\nAcme Corp sent out an email on Monday. The email said prices would rise.");
  ASSERT_NE(find(d, "contest was free"), nullptr);
  EXPECT_NE(find(d, "contest was free")->speaker, "GOP");
  ASSERT_NE(find(d, "prices would rise"), nullptr);
  EXPECT_EQ(find(d, "prices would rise")->speaker, "Acme Corp");
}

// "her mother" is the one the text named from the other side of the pair, a child's noun
// ("Her daughter, Claire McAllister,": data/kin_nouns.txt lists both of a parent's); the owner
// of that noun the one of the kin's surname the pronoun fits, whoever was named last; and a
// pronoun after a sentence that such a phrase opens as its subject is the phrase's person
TEST(Entities, AParentNamedFromTheChildsSide) {
  const std::string t =
      "Maureen McAllister retires today after 43 years as a nurse.\n\n'Every nurse has a bit of Maureen in them,' said Kemi Adeyemi, "
      "a matron.\n\nHer daughter, Claire McAllister, 38, is a paramedic.\n\n'She has never once gone easy on me,' Claire McAllister "
      "said.\n\n";
  EXPECT_EQ(last_speaker(t + "'I check everybody's paperwork twice,' her mother said."), "Maureen McAllister");
  EXPECT_EQ(last_speaker(t + "Her mother laughed at that. 'I check everybody's paperwork twice,' she said."), "Maureen McAllister");
  // (the pair named in the kin's description, its owner a name: "a fisherman and Rosario's eldest son")
  EXPECT_EQ(last_speaker("Rosario Bautista tied her grandchildren to her waist.\n\nArnel Bautista, 38, a fisherman and Rosario's "
                         "eldest son, said he had tried to reach her by boat.\n\n\"He exaggerates,\" his mother said."),
            "Rosario Bautista");
  // (no one of the kin's surname: the one the pronoun was read as)
  EXPECT_EQ(last_speaker("Ann Lowe runs the bakery.\n\nHer son, Tom Hart, works nights.\n\n\"She never stops,\" Hart said.\n\n\"He "
                         "exaggerates,\" his mother said."),
            "Ann Lowe");
}

// "he" or "she" whose words open the paragraph after one person asks another of that gender
// about something is the one asked, who answers (data/asking_verbs.txt); words that ask again or
// speak to "you", or a request ("asked Feinberg to resign"), leave the nearest subject
TEST(Entities, TheOneAskedAnswers) {
  const std::string t = "Councilman Dale Prewitt voted against the budget.\n\nPrewitt later pressed the city's budget director, Alan "
                        "Feinberg, on how the raise would be paid for.\n\n";
  EXPECT_EQ(first_speaker(t + "\"Partly from the reserve fund,\" he said. \"Neither is a permanent answer.\""), "Alan Feinberg");
  EXPECT_EQ(last_speaker(t + "\"Partly from the reserve fund,\" he said. \"Neither is a permanent answer.\""), "Alan Feinberg");
  EXPECT_EQ(first_speaker(t + "\"You have no plan,\" he said."), "Dale Prewitt");
  EXPECT_EQ(first_speaker("Councilman Dale Prewitt voted against the budget.\n\nPrewitt later asked the city's budget director, Alan "
                          "Feinberg, to resign.\n\n\"It is time,\" he said."),
            "Dale Prewitt");
  // (or the subject of the question "whether" opens right after the verb)
  EXPECT_EQ(last_speaker("Martin Ellery gave evidence on Tuesday.\n\nThe sharpest exchange came at the end, when Conservative MP "
                          "Sir Edward Fane asked whether Mr Ellery swam in the sea near his home.\n\n'Not as often as I used to,' he "
                          "replied."),
            "Martin Ellery");
}

// The interview reading gives an answer's "he" or "she" to the one who answered before only for
// whole words: the writer's sentence that quotes a phrase ('She later accused Mr Thewlis of
// "living on another planet"') goes on with the one who spoke last
TEST(Entities, AnInterviewsAnswerIsWholeWords) {
  EXPECT_EQ(last_speaker("\"With respect, Ms Marchetti, we heard the same number in 2019,\" said Rachel Onyango, the MP for Stroud. "
                         "\"What happened to it?\"\n\n\"Some of it was spent,\" Ms Marchetti replied.\n\n\"Re-profiled,\" Ms Onyango "
                         "repeated. \"Is that what we're calling it now?\"\n\nShe later accused Mr Thewlis of \"living on another "
                         "planet\"."),
            "Rachel Onyango");
}

// A nickname in marks between the first name and the surname makes the nickname and the surname a
// name of that person too: 'Dexter "Dex" Ames' … "A post shared by Dex Ames", 'Rep. Robert C.
// "Bobby" Scott' … "Bobby Scott said"
TEST(Entities, ANicknameAndTheSurnameNameThePerson) {
  const Document d = extract("Among the first to reply was Dexter \u201CDex\u201D Ames, her co-star. \u201CWow,\u201D Ames commented.\n\n"
                             "So proud of you\nA post shared by Dex Ames (@dexames) on Mar 15, 2025 at 4:47pm PDT\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Dexter Ames");
  EXPECT_EQ(d.speakers.size(), 1u);
  EXPECT_EQ(last_speaker("Rep. Robert C. \"Bobby\" Scott threw open his home.\n\nBobby Scott said he plans to ramp up fundraising."),
            "Robert C. Scott");
}

// "the ministry" of two ministries named is the one that is the subject of its sentence, past an
// opening phrase of time ("Hours later, the Ukrainian Ministry of Defense said …")
TEST(Entities, TheBodyThatIsTheSubjectPastAPhraseOfTime) {
  EXPECT_EQ(last_speaker("The Russian Defense Ministry claimed on Wednesday that its forces had captured a village.\n\nHours later, the "
                         "Ukrainian Ministry of Defense said in a statement that new drones had been delivered. \"The enemy's losses "
                         "continue,\" the ministry said."),
            "Ukrainian Ministry of Defense");
}

// One the text says was not where the words were said ("Ruiz, who will join the board, was not on
// the call": data/silent_phrases.txt) is no antecedent of the "she" whose words come next; one who
// did not respond to the writer may still have spoken elsewhere
TEST(Entities, OneWhoWasNotThereDoesNotSpeak) {
  const std::string t = "Halvorsen chief executive Anne Kessling told analysts on a conference call that savings would follow. Cobalt "
                        "CEO Diane Ruiz, who will join Halvorsen's board, ";
  EXPECT_EQ(last_speaker(t + "was not on the call.\n\n\"We are not buying Cobalt to shrink it,\" she said."), "Anne Kessling");
  EXPECT_EQ(last_speaker(t + "smiled.\n\n\"We are not buying Cobalt to shrink it,\" she said."), "Diane Ruiz");
}

// The name a relative clause says someone gave, with no commas around the clause, names the
// speaker of the phrase it is in or follows ("A woman who gave her name only as Linda said", "said
// a man who identified himself only as Tomas."), and is no preposition's object for a pronoun
// ("… from a man in the back row who gave his name only as Jerome. "…," he said")
TEST(Entities, TheNameARelativeClauseSaysSomeoneGave) {
  EXPECT_EQ(only_speaker("A woman who gave her name only as Linda said she had lived on the street for 30 years."), "Linda");
  EXPECT_EQ(only_speaker("\"It is a scandal,\" said a man who identified himself only as Tomas."), "Tomas");
  EXPECT_EQ(only_speaker("One resident, who asked to be identified only by her first name, Sarah, said the rent had doubled."), "Sarah");
  EXPECT_EQ(last_speaker("The shout came from a man in the back row who gave his name only as Jerome. \"You are not listening,\" he said."),
            "Jerome");
  // (past a phrase of place, the clause going on after the name)
  EXPECT_EQ(only_speaker("\"Shame!\" The shout came from a man in the back row who gave his name only as Jerome and who was "
                         "escorted out."),
            "Jerome");
  // (a name the clause gives something else is no one's: "a man who named his dog Rex")
  EXPECT_EQ(only_speaker("\"It is a scandal,\" said a man who walked his dog named Rex."), "a man");
}

// "the company" is the firm whose name it heads past a legal form last ("Nigerian National
// Petroleum Company Limited"); "the airline" is the body that opened the statement just before,
// past an opening phrase of where it was said and the paragraphs of its own quoted words
TEST(Entities, TheBodyPastItsLegalFormAndPastItsOwnQuotedWords) {
  EXPECT_EQ(last_speaker("The Nigerian National Petroleum Company Limited (NNPC Ltd) said on Monday that there was no scarcity. The "
                         "company added that queues were caused by a logistics problem."),
            "Nigerian National Petroleum Company Limited");
  EXPECT_EQ(last_speaker("In a statement, Skyline Atlantic said: \"Flight SA1187 diverted to Manchester this morning.\n\n\"Our crew "
                         "followed their training precisely. We are extremely proud.\n\n\"We are sorry for the disruption.\"\n\nThe "
                         "airline added that passengers had been offered meal vouchers."),
            "Skyline Atlantic");
  EXPECT_EQ(last_speaker("In a statement, Skyline Atlantic said the flight had diverted.\n\nThe airline added that passengers had been "
                         "offered meal vouchers."),
            "Skyline Atlantic");
  // (not a body named two sentences before past a sentence of the writer's)
  EXPECT_EQ(last_speaker("In a statement, Peabody said: \"Patriot Coal was highly successful.\"\n\nBut in July 2012, Patriot failed as "
                         "predicted.\n\nThe company took steps to improve its chances in court, according to the union."),
            "the union");
}

// The name a relative clause after a phrase of place and a comma says someone gave names the
// speaker ("said one season-ticket holder outside the Holte End, who gave his name only as Dave.");
// a name between commas after a preposition's object is the subject of the verb after it, past an
// age, not an appositive of that object ("where about 40 nurses gathered in the sleet, Dr Priya
// Chandran, 27, said …"), while one before another subject is ("On the topic of another tough guy,
// Mr. Putin, Mr. Trump was pressed")
TEST(Entities, ANameGivenPastAPlaceAndTheSubjectAfterAPrepositionsObject) {
  EXPECT_EQ(only_speaker("\"He's a mercenary,\" said one season-ticket holder outside the Holte End, who gave his name only as Dave."),
            "Dave");
  const std::string marsh = "Prof Helen Marsh said patients should attend. 'If you have not heard from us, please come in,' she said.\n\n";
  EXPECT_EQ(last_speaker(marsh + "At Leeds General Infirmary, where about 40 nurses gathered in the sleet, Dr Priya Chandran, 27, said "
                                 "she had worked 61 hours.\n\n'I have done three nights,' she said."),
            "Priya Chandran");
  EXPECT_EQ(last_speaker("Mr. Trump spoke on Sunday. On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had "
                         "said it was \"a great honor\" to earn the Russian president's praise."),
            "Trump");
}

// A Gaelic name's "a’" after "Nic" or "Mac" is a word of the name ("Eilidh Nic a’ Phì")
TEST(Entities, AGaelicNamesParticle) {
  EXPECT_EQ(only_speaker("Eilidh Nic a\u2019 Ph\u00ec, a councillor, said the board had failed."), "Eilidh Nic a\u2019 Ph\u00ec");
  EXPECT_EQ(only_speaker("Ms Nic a\u2019 Ph\u00ec said the health board had started flying prescriptions."), "Nic a\u2019 Ph\u00ec");
}

// "she" after a sentence a spokesperson's phrase opens is that phrase's with the body it speaks for
// after "for", as the speaker's phrase of a cue is ("A spokeswoman for Corvala declined to say …"),
// and the body is the speaker
TEST(Entities, ASpokespersonsPhraseKeepsItsBody) {
  EXPECT_EQ(last_speaker("A spokeswoman for Corvala declined to say how many of the cuts would fall outside the United States. \"We are "
                         "focused on supporting the people who are leaving us,\" she said."),
            "A spokeswoman for Corvala");  // (a name of one word may be a person's: the phrase stays)
  EXPECT_EQ(last_speaker("Corvala Inc. cut 1,800 jobs. A spokeswoman for Corvala declined to say more. \"We are focused on the people "
                         "leaving us,\" she said."),
            "Corvala Inc.");
  // (not a person's: a spokesperson for someone keeps the phrase)
  EXPECT_EQ(last_speaker("Gov. Kathy Hochul left early. \"We will review it,\" a spokeswoman for Hochul said."),
            "a spokeswoman for Hochul");
  // (the body's noun as the text used it: "the commission")
  EXPECT_EQ(last_speaker("The Victorian Electoral Commission began counting. A spokeswoman for the commission said postal votes "
                         "would wait."),
            "Victorian Electoral Commission");
  // (words that describe the noun, which the body's name holds: "the finance ministry")
  EXPECT_EQ(last_speaker("According to the Federal Ministry of Finance, the gap stands at €34 billion. A spokesman for the finance "
                         "ministry said talks would go on."),
            "Federal Ministry of Finance");
  EXPECT_EQ(last_speaker("According to the Federal Ministry of Finance, the gap stands at €34 billion. A spokesman for the health "
                         "ministry said nobody was turned away, which the Ministry of Health later confirmed."),
            "A spokesman for the health ministry");
  // (words that name it as well as its name does, pages after it)
  std::string far = "According to the Federal Ministry of Finance, the gap stands at €34 billion.\n\n";
  for (int i = 0; i < 8; ++i) far += "Lena Vogt, a baker, said prices were rising again.\n\n";
  EXPECT_EQ(last_speaker(far + "A spokesman for the finance ministry said talks would go on."), "Federal Ministry of Finance");
  // (the noun alone too, the body given as a source; not one named in passing)
  EXPECT_EQ(last_speaker(far + "A spokesman for the ministry said talks would go on."), "Federal Ministry of Finance");
  std::string passing = "The talks were held at the Federal Ministry of Finance, the gap stands at €34 billion.\n\n";
  for (int i = 0; i < 8; ++i) passing += "Lena Vogt, a baker, said prices were rising again.\n\n";
  EXPECT_EQ(last_speaker(passing + "A spokesman for the ministry said talks would go on."), "A spokesman for the ministry");
}

// A name a relative clause of "who" describes is a person's, though its first word names a place
// and a preposition governs it ("came from Devon Marsh, who …"); a subject's or an owner's
// pronoun inside that clause is the name's, past "and who" ("Devon Marsh, who has managed Kiana
// Brooks since 2019 and who said his client …"); not after the clause's comma, nor when "who" is
// the clause's object ("Marco Rubio, who he dubbed …")
TEST(Entities, ARelativeClauseOfWhoTellsAPersonAndBindsItsPronouns) {
  EXPECT_EQ(last_speaker("Kiana Brooks posted on Tuesday. She was upset.\n\n\"Kiana asked nicely for two years.\" The assessment came "
                         "from Devon Marsh, who has managed Brooks since 2019 and who said his client had hired a lawyer.\n\n\"Right now "
                         "is the important part of that sentence,\" he added."),
            "Devon Marsh");
  EXPECT_EQ(last_speaker("Republican presidential front-runner Donald Trump is insisting that he has \"expanded the Republican "
                         "party.\"\n\nHe criticized Clinton's track record.\n\nBut he also could not resist taking swipes at Marco "
                         "Rubio, who he dubbed \"the little senator.\""),
            "Donald Trump");
}

// A body's name its noun ends is no person's, whatever first name opens it ("Hywel Dda University
// Health Board"): the body's noun stands for it
TEST(Entities, ABodysNameAFirstNameOpens) {
  EXPECT_EQ(last_speaker("Hywel Dda University Health Board, which covers Llanelli, said it was sorry for the waits. A spokeswoman "
                         "for the health board added that every patient had been offered treatment."),
            "Hywel Dda University Health Board");
  EXPECT_EQ(last_speaker("Hywel Dda University Health Board said it was sorry. The board added that every patient had been "
                         "offered treatment."),
            "Hywel Dda University Health Board");
}

// "First" before a title makes another office, as "Prime" does: "the First Minister" is the one
// named with that title, not a name of its own
TEST(Entities, AnOfficeOfARankWord) {
  EXPECT_EQ(last_speaker("'What happened?' he told the First Minister, Gwenllian Rees.\n\n'I have apologised, and I do again today,' "
                         "the First Minister replied."),
            "Gwenllian Rees");
  EXPECT_EQ(last_speaker("First Minister Gwenllian Rees spoke first.\n\nLater the First Minister said it was not done."), "Gwenllian Rees");
}

// A lede's phrase of no name, "The lawyer for the family of …", that the paragraph after names
// again by its noun ("said the lawyer, Leon Abernathy") is that person
TEST(Entities, ALedesPhraseNamedByItsNounInTheNextParagraph) {
  EXPECT_EQ(first_speaker("EASTBRIDGE, Mich. — The lawyer for the family of a man shot by police pressed the city on Monday to "
                          "release the footage, and called the clip \"cherry-picked.\"\n\n\"They showed the world two seconds,\" said "
                          "the lawyer, Leon Abernathy, at a news conference."),
            "Leon Abernathy");
  // (not a noun the next paragraph gives another)
  EXPECT_NE(first_speaker("The lawyer for the family of a man shot by police pressed the city, and called the clip "
                          "\"cherry-picked.\"\n\nThe city's spokesman, Tom Hale, declined to comment."),
            "Tom Hale");
}

// A name written first with no first name of the lists ("Van Doorn" in a headline) leaves the
// first name's evidence to the fuller name after it ("Pieter van Doorn"): he is someone, no body
// that "the club" may stand for
TEST(Entities, AFirstNameAfterANameWrittenWithoutIt) {
  EXPECT_EQ(last_speaker("Van Doorn sacked\n\nHartwell United sacked head coach Pieter van Doorn on Sunday night.\n\n\"This was not "
                         "a decision the board took lightly,\" the club said in a statement."),
            "Hartwell United");
  // (a body named after a preposition and "the" is no other the noun may stand for)
  EXPECT_EQ(last_speaker("Hartwell United sacked its coach after a defeat left the club 19th in the Premier League.\n\n\"This was "
                         "not a decision the board took lightly,\" the club said in a statement."),
            "Hartwell United");
}

// Letters after a name that are a title too ("MP", "TD", "MSP": data/titles.txt, data/post_nominals.txt)
// leave the name a person's, its first name telling the gender: "Jane Roe MP … she said"
TEST(Entities, LettersAfterANameLeaveItAPersons) {
  for (const char* letters : {"MP", "TD", "MSP", "QC"})
    EXPECT_EQ(last_speaker(std::string("Jane Roe ") + letters + " said it was over.\n\n'What they have not had is the will,' she said."),
              "Jane Roe")
        << letters;
  EXPECT_EQ(last_speaker("Sinn Féin's housing spokeswoman, Sinéad O'Sullivan TD, told reporters that the Government had lost "
                         "control.\n\n'What they haven't had is the will,' she said."),
            "Sinéad O'Sullivan");
}

// A title right after "the" is a role whatever its capitals: "The Minister for Housing, Declan
// Foley," is "the minister" further down
TEST(Entities, ACapitalisedTitleAfterTheNamesTheRole) {
  EXPECT_EQ(last_speaker("The Minister for Housing, Declan Foley, was not at Leinster House on Saturday. In a statement, the "
                         "Department of Housing said that more homes had been completed.\n\nSpeaking earlier on radio, Foley said he "
                         "understood the frustration.\n\n'It is not done,' the minister said."),
            "Declan Foley");
}

// A body or a place takes no gender from a pronoun after it as a sentence's subject: "Hartwell
// finished 12th in his first season" speaks of the coach, and the club stays the one "the club" is
TEST(Entities, ABodyTakesNoGender) {
  EXPECT_EQ(first_speaker("Hartwell United sack Van Doorn after 'worst run in 30 years'\n\n\"This was not a decision the board "
                          "took lightly,\" the club said in a statement posted on X. \"Pieter arrived with a clear vision and gave "
                          "everything to Hartwell.\"\n\nVan Doorn, 52, arrived from Feyenoord in May 2024 promising what he called "
                          "\"brave, vertical football\". Hartwell finished 12th in his first season, but they have won once since "
                          "August."),
            "Hartwell United");
}

// A sports club's name is one "the club" stands for however far back, as a name the noun ends is
// ("Hartwell United" … three sentences … "the club added"; data/company_words.txt's "club")
TEST(Entities, AClubsNameIsTheClub) {
  EXPECT_EQ(last_speaker("Hartwell United sacked head coach Pieter van Doorn on Sunday night.\n\nVan Doorn arrived from Feyenoord "
                         "in May. Results were poor. Fans booed. The chairman stayed away.\n\nFirst-team coach Gary Colclough will "
                         "take charge of Wednesday's trip to Everton, the club added."),
            "Hartwell United");
  // (not a firm's name: "the club" stays no company's)
  EXPECT_EQ(last_speaker("Hartwell Foods sacked its chief executive on Sunday night.\n\nResults were poor. Staff were angry. The "
                         "chairman stayed away.\n\nThe new manager will take charge on Wednesday, the club added."),
            "the club");
}

// A body first given as a source ("according to the Assam State Disaster Management Authority")
// is the one its noun stands for pages later, as one that opened a sentence is
TEST(Entities, ABodyGivenAsASourceIsItsNounsPagesLater) {
  std::string t = "More than a million people have been affected by floods, according to the Assam State Disaster Management Authority.";
  for (int i = 0; i < 8; ++i) t += "\n\nVillagers waded through the water with what they could carry. Boats were scarce.";
  t += "\n\nMore than 42,000 hectares of crops are under water, according to the authority.";
  EXPECT_EQ(last_speaker(t), "Assam State Disaster Management Authority");
  // (not a body named in passing: "on Dish Network")
  std::string u = "The show airs on Dish Network on Mondays.";
  for (int i = 0; i < 8; ++i) u += "\n\nVillagers waded through the water with what they could carry. Boats were scarce.";
  u += "\n\nThe outage lasted an hour, the network said.";
  EXPECT_EQ(last_speaker(u), "the network");
}

// A noun that describes a person ("guard", "star") with a capital after "the" mid-sentence ends a
// body's name, no description of the person just named ("The Philippine Coast Guard said", "the
// Toronto Star"); one written with a capital as a rule still describes ("the Texas Republican")
TEST(Entities, ACapitalisedDescriptionEndsAName) {
  for (const char* body : {"The Philippine Coast Guard", "The Coast Guard", "The Toronto Star"})
    EXPECT_NE(last_speaker(std::string("Rosalinda Pacquing, 43, a fish vendor, sat on a box.\n\n") + body +
                           " said it had suspended all sea travel in the region."),
              "Rosalinda Pacquing")
        << body;
  EXPECT_EQ(last_speaker("Sen. Ted Cruz spoke first.\n\nThe Texas Republican said he would vote against the bill."), "Ted Cruz");
  // ("Pontiff" is written with a capital as a rule: the one just named; "the Economist" is a name)
  EXPECT_EQ(last_speaker("Pope Francis visited Lisbon on Sunday. \"Peace is possible,\" the Pontiff said."), "Francis");
  EXPECT_NE(last_speaker("Jane Roe, an economist at Harvard, spoke on Monday. \"Inflation is proving sticky,\" the Economist said in "
                         "an editorial."),
            "Jane Roe");
  // (a place of two words the holder's own words give is the role's place: "the New Zealand leader")
  EXPECT_EQ(last_speaker("Jacinda Ardern, who leads New Zealand, spoke on Tuesday. \"We are ready,\" the New Zealand leader said."),
            "Jacinda Ardern");
}

// "Elder" is a title as "Pastor" is, and "the elder" the one it was given to ("Elder Mary Sakanee,
// 87, addressed the panel. … "…," the elder said.")
TEST(Entities, TheElderIsTheOneTitledElder) {
  EXPECT_EQ(last_speaker("Late in the afternoon, Elder Mary Sakanee, 87, addressed the panel. Her granddaughter, Kayla Sakanee, "
                         "translated.\n\n\"When the water is sick, the people are sick,\" the elder said."),
            "Mary Sakanee");
}

// A firm a legal form ends is "the company" when it was first given as the one a person speaks for
// ("a lawyer for Northern Crossing Pipeline Corp."), as when it opened a sentence
TEST(Entities, AFirmAPersonSpeaksForIsTheCompany) {
  EXPECT_EQ(last_speaker("Andrew Kessler, a lawyer for Northern Crossing Pipeline Corp., told the panel the company had held more "
                         "than 140 meetings.\n\nIn an emailed statement, a spokeswoman for the company said it \"respects the right "
                         "of every community to be heard.\""),
            "Northern Crossing Pipeline Corp.");
}

// A plural's possessive inside a body's name with no "the" before it ("president of Northmoor
// Students' Union, who said") keeps the name whole, a body's, not "Union" alone that "who" stands for
TEST(Entities, APluralsPossessiveInsideABodysName) {
  for (const char* apostrophe : {"'", "\u2019"})
    EXPECT_EQ(last_speaker(std::string("\"Students are angry.\"\n\nThat was the verdict of Callum Reid, president of Northmoor Students") +
                           apostrophe + " Union, who said most students supported the strike."),
              "Callum Reid")
        << apostrophe;
}

// A body's name of "of" or "for" goes on past "and" with the words of an office's domain
// (data/office_domains.txt): "Department of Social Welfare and Development" is one name, which
// "DSWD" spells and a reported clause holds whole; "CDC" spells the Centers for Disease Control
// and Prevention without its last words
TEST(Entities, ABodysNameOfOfGoesOnPastAnd) {
  EXPECT_EQ(last_speaker("The Department of Social Welfare and Development said packs were ready.\n\nA DSWD spokeswoman said aid "
                         "would be released."),
            "Department of Social Welfare and Development");
  EXPECT_EQ(only_speaker("Ramon Estrella said the Department of Health and Human Services had sent 1.2 million food packs."),
            "Ramon Estrella");
  EXPECT_EQ(only_speaker("Ramon Estrella said the Securities and Exchange Commission had opened an inquiry."), "Ramon Estrella");
  EXPECT_EQ(last_speaker("Health officials at the Centers for Disease Control and Prevention said cases rose.\n\nThe CDC said "
                         "cases rose again."),
            "Centers for Disease Control and Prevention");
  // (not a firm after "and", nor another department's words: two bodies)
  EXPECT_NE(last_speaker("The Department of Justice and Google said talks had ended."), "Department of Justice and Google");
  EXPECT_EQ(last_speaker("The Department of Justice and Homeland Security opened a joint inquiry. \"We will follow the facts,\" "
                         "DOJ said."),
            "Department of Justice");
  // (the words before "and" only when no name's whole initials spell it: "DOH" is the Florida
  // Department of Health)
  EXPECT_EQ(last_speaker("The Florida Department of Health reported 20 new cases on Monday. The federal Department of Health and "
                         "Human Services sent extra staff. \"We have enough beds for now,\" DOH said."),
            "Florida Department of Health");
}

// A name's last word of data/name_head_nouns.txt stands for its other noun as the word itself
// does: "according to the Air Line Pilots Association, … Turnout was 98%, the union said."
TEST(Entities, AnAssociationIsTheUnion) {
  EXPECT_EQ(last_speaker("Of the 4,180 pilots who cast ballots, 97.3% voted in favor, according to the Air Line Pilots Association, "
                         "which represents about 4,300 pilots. Turnout was 98%, the union said."),
            "Air Line Pilots Association");
  // (a name the noun heads itself first: a union before an association of lawyers)
  EXPECT_EQ(last_speaker("The American Bar Association filed a brief on Monday, and the Transport Workers Union said drivers would "
                         "strike. \"We are ready to walk out,\" the union said."),
            "Transport Workers Union");
}

// A firm's word stands for its trade's nouns the same way: "Pinecrest Airlines … the carrier",
// "Kaneda Motor Corp. … the automaker" (its legal form passed), "the carmaker" (a second noun)
TEST(Entities, AFirmsWordIsItsTradesNoun) {
  const std::string airline =
      "Pinecrest Airlines halted every departure on Friday. The Federal Aviation Administration issued a ground stop. "
      "The stop was lifted at noon. By evening, 1,900 flights had been canceled. In a statement, the Dallas-based carrier "
      "blamed \"a technical issue\" for the outage.";
  EXPECT_EQ(last_speaker(airline), "Pinecrest Airlines");
  const std::string maker =
      "Kaneda Motor Corp. recalled 1.2 million cars on Monday. Regulators in Japan opened an inquiry. Dealers reported long "
      "queues. Shares fell 3%. The Yokohama-based automaker said there was no evidence of injuries.";
  EXPECT_EQ(last_speaker(maker), "Kaneda Motor Corp.");
  std::string car = maker;
  car.replace(car.find("automaker"), 9, "carmaker");
  EXPECT_EQ(last_speaker(car), "Kaneda Motor Corp.");
  // (only a name that was a sentence's subject, no other firm the subject of one since: not
  // "Verizon Wireless, which supplies the service, blamed a fault", nor "rival Ford Motor Co.")
  EXPECT_EQ(last_speaker("Frontier Airlines passengers complained of dropped Wi-Fi on Sunday. Verizon Wireless, which supplies the "
                         "in-flight service, blamed a software fault. \"We are working to restore service,\" the carrier said."),
            "Verizon Wireless");
  EXPECT_NE(last_speaker("Nissan will cut 9,000 jobs worldwide, a year after rival Ford Motor Co. trimmed its European workforce. "
                         "\"These are painful but necessary decisions,\" the automaker said."),
            "Ford Motor Co.");
  // (a railway's: "the Calgary-based railway")
  EXPECT_EQ(last_speaker("Freight traffic on Canada Western Railway's network ground to a halt Friday. The union disputes that. In a "
                         "statement, the Calgary-based railway said its offer was \"industry-leading\"."),
            "Canada Western Railway");
  // (no firm's word for the noun: "the carrier" stands for no bank)
  EXPECT_NE(last_speaker("Hartwell Savings Bank cut 300 jobs on Friday. Regulators opened an inquiry. Shares fell. Dealers "
                         "complained. \"We regret the disruption,\" the carrier said."),
            "Hartwell Savings Bank");
}

// A spokesperson's noun alone after a body's words in the sentence before speaks for that body
// ("'…,' the company said in a statement. A spokesman added that …"), when the noun is once in the
// text (the phrase's entity is one speaker: not "A spokesman" after two bodies)
TEST(Entities, ASpokesmanAloneAfterABodysWords) {
  EXPECT_EQ(last_speaker("Kelburn Marine Engineering struck a similar note.\n\n'Our workforce is proud of these vessels,' the company "
                         "said in a statement. A spokesman added that the yard had taken on 60 apprentices this year."),
            "Kelburn Marine Engineering");
  EXPECT_EQ(last_speaker("Mayor Jane Roe said the yard was safe. A spokesman added that it would reopen."), "A spokesman");
}

// A body's name that lists what its office is of, or the trades a union gathers, goes on past
// its commas to the item after "and" ("the Department for Environment, Food and Rural Affairs",
// "the Kenya Medical Practitioners, Pharmacists and Dentists Union"), and a comma inside it ends
// no clause before a cue
TEST(Entities, ANameThatListsItsDomains) {
  EXPECT_EQ(only_speaker("Farm subsidies will be cut next year, the Department for Environment, Food and Rural Affairs said."),
            "Department for Environment, Food and Rural Affairs");
  const auto d = whosaid::extract("Farm subsidies will be cut next year, the Department for Environment, Food and Rural Affairs said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Farm subsidies will be cut next year");
  EXPECT_EQ(only_speaker("\"We have no choice,\" said the Bureau of Alcohol, Tobacco, Firearms and Explosives."),
            "Bureau of Alcohol, Tobacco, Firearms and Explosives");
  EXPECT_EQ(only_speaker("Talks broke down, the National Union of Rail, Maritime and Transport Workers said."),
            "National Union of Rail, Maritime and Transport Workers");
  EXPECT_EQ(last_speaker("The Kenya Medical Practitioners, Pharmacists and Dentists Union called the strike. \"We will not "
                         "return,\" the union said."),
            "Kenya Medical Practitioners, Pharmacists and Dentists Union");
  // (not two bodies and a firm: an item of no office's domain, and no union's word at the end)
  EXPECT_EQ(last_speaker("The Department of Justice, Google and Apple met on Monday, and Google said it would appeal."), "Google");
  EXPECT_EQ(only_speaker("Unite, Unison and the GMB union met on Monday. \"We are united,\" said Sharon Graham."), "Sharon Graham");
}

// A sentence before whose subject is a role the text gave a person as a title, after a clause
// of "Asked …" or at its start, stands for that person for "he" or "she" ("Superintendent Dr.
// Marcus Bell … Asked whether the letter had swayed anyone, the superintendent chose his words
// carefully. "…," he said"); an owner of the pronoun's gender by the text's evidence in the
// sentence right before, with no one else named there, does too
TEST(Entities, APronounAfterARolesSubjectOrAGenderedOwner) {
  EXPECT_EQ(last_speaker("Superintendent Dr. Marcus Bell said the books would be pulled. He declined to say more.\n\nState Sen. "
                         "Wade Hollister sent a letter that was read into the record.\n\nAsked after the meeting whether the letter "
                         "from Hollister had swayed anyone, the superintendent chose his words carefully.\n\n\"I'd hope not,\" he "
                         "said."),
            "Marcus Bell");
  EXPECT_EQ(last_speaker("Yaw Boateng has grown cocoa for 31 years, and he says this season has been the hardest.\n\nNeighbours "
                         "call Mr Boateng the chairman.\n\nDr Kofi Mensah said the board was doing everything possible.\n\nThe "
                         "virus reached Mr Boateng's own farm three years ago.\n\n\"First it was one tree at the bottom of the "
                         "slope,\" he said."),
            "Yaw Boateng");
  // (not an owner the text names once, in a story about another: "… when Mr Trump's tariffs took effect")
  EXPECT_EQ(last_speaker("Kofi Mensah has farmed cocoa near Kumasi for 31 years.\n\nPrices collapsed last year when Mr "
                         "Trump's tariffs took effect.\n\n\"We cannot survive like this,\" he said."),
            "Kofi Mensah");
}

// Review cases of the rules above: a participle's clause whose named subject the pronoun does not
// fit keeps its agent ("Joined by his wife, Michelle, Obama toured … "…," she said"); "According
// to" opens no participle's clause; a place between commas described by "a town" is no person
// ("its birthplace, Florence, a town of 5,000 people"); a listed name's words of "list" are no
// office's after a title in lower case ("the president of Media Matters Angelo Carusone")
TEST(Entities, ReviewCasesOfFrontedAgentsAndListedNames) {
  EXPECT_EQ(last_speaker("Barack Obama made a surprise visit to the school on Friday.\n\nJoined by his wife, Michelle Obama, "
                         "Obama toured the new library.\n\n\"The children were wonderful,\" she said."),
            "Michelle Obama");
  EXPECT_EQ(last_speaker("Senator Mark Hill will not seek a fourth term.\n\nAccording to his spokesman, Tom Lee, Hill informed "
                         "donors of the decision on Friday.\n\n\"He wants to spend more time with his grandchildren,\" he said."),
            "Tom Lee");
  EXPECT_EQ(last_speaker("Organizer Jane Roe has run the festival for a decade.\n\nThis year it returned to its birthplace, "
                         "Florence, a town of 5,000 people on the Alabama border.\n\n\"It feels like coming home,\" she said."),
            "Jane Roe");
  EXPECT_EQ(only_speaker("The network is biased, said the president of Media Matters Angelo Carusone."), "Angelo Carusone");
  EXPECT_EQ(last_speaker("Inter Miami, LAFC and Philadelphia Union have asked the league to delay Saturday's games.\n\n\"Our "
                         "pitch is flooded,\" the Union said in a statement."),
            "Philadelphia Union");
}

// A body's name of "for" or "on" is headed by the noun before it as one of "of" is: "the National
// Institute for Space Research … the institute has warned", "the Council on Foreign Relations … the
// council"
TEST(Entities, ANameOfForIsHeadedByItsNoun) {
  EXPECT_EQ(last_speaker("Deforestation fell 31 percent, according to the National Institute for Space Research. But the "
                         "institute has warned that forest fires destroyed a record area."),
            "National Institute for Space Research");
  EXPECT_EQ(last_speaker("The Council on Foreign Relations published the report on Monday. The council said the risks were "
                         "growing."),
            "Council on Foreign Relations");
}

// A one-word name that opens the sentence before the cue that interrupts its clause is that
// clause's subject, not the speaker: "Berthelot dismissed the offer. Roussel, she said, was
// «negotiating with herself»" is Berthelot's
TEST(Entities, AOneWordNameTheCueInterruptsIsNoSpeaker) {
  EXPECT_EQ(last_speaker("Sophie Berthelot leads the union.\n\nLabour Minister Catherine Roussel said the government was open to "
                         "discussion. She ruled out withdrawing the bill. Berthelot dismissed the offer. Roussel, she said, was "
                         "\u00ABnegotiating with herself\u00BB."),
            "Sophie Berthelot");
}

// Review cases: "who said" in the sentence before gives a pronoun no candidate of its own ("pushed
// back against Police Chief Laura Diaz, who said crime was falling. "…," she said" is the
// councilwoman's); "the bank" after economists at the Bank for International Settlements is the
// bank the story is about (an affiliation's name of "for" is not headed by its noun)
TEST(Entities, ReviewCasesOfWhoSaidAndAffiliations) {
  EXPECT_EQ(last_speaker("Councilwoman Tara Nguyen pushed back against Police Chief Laura Diaz, who said crime was falling. \"The "
                         "numbers in my ward tell a different story,\" she said."),
            "Tara Nguyen");
  EXPECT_EQ(last_speaker("JPMorgan Chase reported record quarterly profits on Friday, even as economists at the Bank for "
                         "International Settlements warned of risks.\n\nThe bank said its lending to small businesses grew 5 "
                         "percent."),
            "JPMorgan Chase");
}

// A noun of a gender between two named people chooses the one the text gives that gender when it
// gives the other none: "Lena Marchetti and Cole Brantley are divorcing, the actress announced"
// (two the text gives that gender stay no one's to choose)
TEST(Entities, AGenderedNounBetweenTwoChoosesTheOneShownOfItsGender) {
  EXPECT_EQ(only_speaker("Lena Marchetti and Cole Brantley are divorcing after eight years of marriage, the actress announced on "
                         "Monday."),
            "Lena Marchetti");
  EXPECT_NE(only_speaker("Lena Marchetti and Mary Brantley are leaving the show, the actress announced on Monday."),
            "Lena Marchetti");
}

// A surname's particles in lower case after a title open the name ("Dr van Rooyen", "Mr de
// Souza", "Ms de la Cruz"), so a pronoun in a participle's clause before it is that person's
// ("Asked by Mr de Souza what response he had received, Dr van Rooyen said")
TEST(Entities, ASurnamesParticlesAfterATitle) {
  EXPECT_EQ(only_speaker("Dr van der Merwe said: \"Yes.\""), "van der Merwe");
  EXPECT_EQ(only_speaker("Ms de la Cruz told him: \"Maybe.\""), "de la Cruz");
  EXPECT_EQ(last_speaker("The inquiry heard from Dr Pieter van Rooyen, a consultant. He said he had written to managers.\n\nAsked "
                         "by Mr de Souza what response he had received, Dr van Rooyen said: 'Usually nothing.'\n\nHe said the "
                         "strategy had been 'a glossy brochure and nothing else'."),
            "Pieter van Rooyen");
}

// A party's letter and a town of two words between commas after a name are no one
// ("State Sen. Robert Haskins, R-Colorado Springs, said")
TEST(Entities, APartysLetterAndATownOfTwoWords) {
  EXPECT_EQ(only_speaker("State Sen. Robert Haskins, R-Colorado Springs, said he plans to introduce a bill."), "Robert Haskins");
}

// An office's words joined by "and" before its title are the holder's mention, whose name is
// the holder's ("Water and Sanitation Minister Sipho Dlamini-Nkosi said"), though a body's name
// before took one of its words ("the Centre for Housing, Land and Water Justice"); "Labour and
// Employment" ends a ministry's name (data/office_domains.txt), no name of its own
TEST(Entities, AnOfficesWordsJoinedByAndBeforeItsTitle) {
  const Document d = extract(
      "The case was brought by the Centre for Housing, Land and Water Justice after the cut-offs.\n\nWater and Sanitation "
      "Minister Sipho Dlamini-Nkosi said the department \"respects the judgment\". He denied that the regulations had been "
      "aimed at the poor.");
  ASSERT_EQ(d.quotes.size(), 2u);
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Sipho Dlamini-Nkosi");
  EXPECT_EQ(only_speaker("Labour and Employment Minister Shirin Akhter Chowdhury said the government would pay."),
            "Shirin Akhter Chowdhury");
  const Document m = extract(
      "A spokesperson for the Ministry of Labour and Employment said a committee had been formed.\n\nAnother worker said "
      "doors were padlocked. The practice, he said, was meant to stop workers \"walking out with clothes\".");
  ASSERT_NE(find(m, "walking out"), nullptr);
  EXPECT_NE(find(m, "walking out")->speaker, "Employment");
}

// A name of no one known before a role's noun and what it is of, for or at is the role's place or
// body, no candidate for "he" ("Rasmus Lindqvist, East Africa director of the Norwegian Refugee
// Council, … He said"); a name with a first name of the lists before such a noun is a person
TEST(Entities, ANameBeforeARolesNounIsItsPlace) {
  EXPECT_EQ(last_speaker("The warning came from Rasmus Lindqvist, East Africa director of the Norwegian Refugee Council, who "
                         "visited camps near Moyale this week. He said the council had registered 18,000 new arrivals."),
            "Rasmus Lindqvist");
}

// A title's possessive before a body's noun is the body's name, not a person's after the title
// ("The Guerrero State Attorney General's Office said … "…," the office said" is the office)
TEST(Entities, ATitlesPossessiveBeforeABodysNoun) {
  const Document d = extract(
      "The Guerrero State Attorney General's Office said in a statement that two gunmen opened fire.\n\n\"The victim died at "
      "the scene,\" the office said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  for (const Quote& q : d.quotes) EXPECT_EQ(q.speaker, "Guerrero State Attorney General's Office");
}

// A firm's surnames, one word each, commas between, and "and Partners" last are one body's name,
// so "who" after "PERSON of FIRM," is the person ("Lee Sang-min of Hwang, Seo and Partners, who is
// not involved in the case, said")
TEST(Entities, AFirmOfSurnamesAndPartners) {
  EXPECT_EQ(only_speaker("Entertainment lawyer Lee Sang-min of Hwang, Seo and Partners, who is not involved in the case, said that "
                         "disputes usually hinge on costs."),
            "Lee Sang-min");
  EXPECT_EQ(only_speaker("Lawyer Ann Reyes of Kim, Park and Partners, who represents the band, said the contract was void."), "Ann Reyes");
  // (or the last surname and a legal form; "the firm" a determiner and its noun put right before the
  // name stand for is that name)
  EXPECT_EQ(only_speaker("The suit was brought by Morrow, Kaplan, Reyes and Lee LLP, which said: \"They had every warning.\""),
            "Morrow, Kaplan, Reyes and Lee LLP");
  EXPECT_EQ(last_speaker("A suit was filed by the law firm Harrow Dunmore LLP on Monday. \"They had every warning,\" the firm said."),
            "Harrow Dunmore LLP");
  // (a firm's one word after "and" or "&": "and Company", "and Partner", "& Co.")
  EXPECT_EQ(only_speaker("Oksana Verhoeven, an analyst at Dunmore, Blake and Company, wrote in a note that the cuts were overdue."),
            "Oksana Verhoeven");
  EXPECT_EQ(only_speaker("Marco van der Linde, an analyst at Hauck, Ebner and Partner in Frankfurt, said the plant was doomed."),
            "Marco van der Linde");
  EXPECT_EQ(only_speaker("Tom Castellano of Keller, Dunn & Co. asked whether the cuts were enough."), "Tom Castellano");
  EXPECT_EQ(last_speaker("Dunmore, Blake and Company said the deal was done. It said more would follow."), "Dunmore, Blake and Company");
}

// A page's label in capitals on a line of its own over the headline ("FREIGHT LEDGER | Earnings",
// a section's or a publication's name) is no one "he" or "she" can stand for
TEST(Entities, APagesLabelLineInCapitalsIsNoAntecedent) {
  const std::string lede = "Northgate on Thursday cut its outlook, with chief executive Marcus Adeyemi telling analysts the company would "
                           "not budge in what he described as a market \"stuck at the bottom\" for a third year.\n";
  EXPECT_EQ(last_speaker("FREIGHT LEDGER | Earnings\n\n" + lede), "Marcus Adeyemi");
  EXPECT_EQ(last_speaker("MARKET WATCH\n\n" + lede), "Marcus Adeyemi");
}

// "the company", a noun for any firm, stands for the firm a nearer sentence opens with, though a
// name further back ends with the noun ("Marlow, Finch and Company"); with no firm between, the
// name the noun heads
TEST(Entities, TheCompanyIsTheNearerFirmBeforeANameItHeads) {
  const std::string named = "Shipping records show the factory sold knitwear to Halvorsen & Berg, the Swedish retailer, and to Marlow, "
                            "Finch and Company, a U.S. discount chain.\n\n";
  EXPECT_EQ(last_speaker(named + "Halvorsen & Berg said in a statement that it was saddened.\n\n\"We are investigating,\" the company said.\n"),
            "Halvorsen & Berg");
  EXPECT_EQ(last_speaker(named + "Marlow, Finch and Company said in a statement that it was saddened.\n\n\"We are investigating,\" the "
                                 "company said.\n"),
            "Marlow, Finch and Company");
  EXPECT_EQ(last_speaker("The Northgate Freight Company cut its outlook on Thursday.\n\n\"We are investigating,\" the company said.\n"),
            "Northgate Freight Company");
}

// "she" after words of several sentences in the first person is the woman a phrase of no name
// named just before ("A woman from Ballybane … said …" / "'I'm 38. I've a good job …,' she said"):
// a person's noun may speak for herself, a spokesperson's is an office's voice; a place after "from"
// is no one who fits "she"
TEST(Entities, SheAfterFirstPersonWordsIsTheWomanNamedByHerNoun) {
  EXPECT_EQ(last_speaker("A woman from Ballybane who asked not to be named said she works two jobs.\n\n'I'm 38. I've a good job in "
                         "the hospital,' she said.\n"),
            "A woman from Ballybane who asked not to be named");
  EXPECT_EQ(last_speaker("A woman from Ballybane said she works two jobs.\n\n'I am tired. I have a good job,' she said.\n"),
            "A woman from Ballybane");
}

// "the company" stands for a nearer firm only when that firm speaks: not one that does something
// else ("Acme Environmental LLC, which monitored the site, found …")
TEST(Entities, TheCompanyIsNoNearerFirmThatDoesNotSpeak) {
  EXPECT_EQ(last_speaker("The Grand Rapids Furniture Company was fined $2 million on Monday.\n\nAcme Environmental LLC, which monitored "
                         "the site, found toxic levels of lead.\n\nThe company said it would appeal the fine.\n"),
            "Grand Rapids Furniture Company");
}

// A letter and a hyphen before a word in lower case ("T-shirts", "X-rays") is no name's word: "NZNO
// T-shirts" is no fuller name of NZNO
TEST(Entities, ALetterAndAHyphenBeforeALowerCaseWordIsNoNamesWord) {
  EXPECT_EQ(first_speaker("About 36,000 nurses were eligible to strike, according to NZNO.\n\nOutside the hospital, nurses in purple NZNO "
                          "T-shirts lined the street.\n"),
            "NZNO");
}

// "she" after a name with its title that a preposition governs in her own sentence ("stood alongside
// Ms MacInnes as she addressed …") is that one, before a name further back the text gives no gender
TEST(Entities, SheIsTheTitledNameAPrepositionGovernsInHerOwnSentence) {
  EXPECT_EQ(last_speaker("Fiona MacInnes called the outcome a betrayal.\n\n\"It is a disgrace,\" she said.\n\n\"We are angry,\" said Davie "
                         "O'Neill, who skippers the trawler Ocean Harvest.\n\nMr O'Neill stood alongside Ms MacInnes as she addressed crew "
                         "members. She told them the federation had warned both governments.\n"),
            "Fiona MacInnes");
}

TEST(Entities, AStatementAParticipleDescribesIsTheSpeakersItsSentenceNames) {
  // "In a statement posted to …, Norvex said": the participle names no author; the speaker does
  Document d = extract("In a statement posted to its Telegram channel shortly after 3 a.m. Bermuda time, Norvex said it had found a "
                       "shortfall.\n\n\"We understand the distress this causes. We are working around the clock,\" the statement read.");
  const Quote* q = find(d, "We understand");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Norvex");
  EXPECT_EQ(last_speaker("In a statement posted on its website, the airline said flights would resume. \"We apologise,\" the statement read."),
            "the airline");
  // (not a later clause's speaker, nor a relative clause's: the statement stays no one's)
  EXPECT_EQ(last_speaker("In a statement posted to X, Senator Paul Reyes criticised the ruling, and the White House said it was "
                         "reviewing it.\n\n\"This decision is wrong,\" the statement said."),
            "the statement");
  EXPECT_EQ(last_speaker("In a statement posted on its website, the club sacked manager Ray Dunn, who said he was shocked.\n\n\"We "
                         "wish Ray well,\" the statement read."),
            "the statement");
  // (a document given out by no name, and none said in it: no one's)
  EXPECT_EQ(only_speaker("The family released a statement on Tuesday. \"We are heartbroken,\" the statement said."), "The family");
}

TEST(Entities, ANameBeforeTwoNounsAndTheVerbIsNoBodysSubject) {
  // "The Paris police prefecture said": the prefecture speaks, no Paris for "the ministry"
  Document d = extract("Farmers drove tractors around Paris on Thursday.\n\nThe Paris police prefecture said 18 people were detained. "
                       "The interior ministry said about 8,000 farmers were taking part.");
  const Quote* q = find(d, "8,000 farmers");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "The interior ministry");
}

TEST(Entities, TheCompanyIsTheNameBetweenCommasAfterAThingsMaker) {
  // "The rocket's builder, Orbital Meridian Inc., said …": the body's noun before the name's commas
  EXPECT_EQ(last_speaker("The rocket's builder, Orbital Meridian Inc., said in a statement that the valve was removed. The company "
                         "said it did not expect delays."),
            "Orbital Meridian Inc.");
  EXPECT_EQ(last_speaker("The developer, Ashgrove Homes, says the site is safe. The company said work would resume."), "Ashgrove Homes");
}

TEST(Entities, ADocumentOfAnOwnersIsTheOwnersWords) {
  // "according to her sworn declaration", "the company's investor presentation", "The company's statement said"
  EXPECT_EQ(only_speaker("Eloise Carter, 71, sued the state. She spent months trying to get an ID card, according to her sworn "
                         "declaration."),
            "Eloise Carter");
  EXPECT_EQ(only_speaker("Acme Corp. cut 200 jobs on Monday. The cuts were final, according to the company's annual report."), "Acme Corp.");
  EXPECT_EQ(only_speaker("Acme Corp. cut 200 jobs on Monday. The company's statement said the cuts were final."), "Acme Corp.");
  // (a person's only of a document one writes: not one written about them)
  EXPECT_EQ(only_speaker("Officers arrested Luis Mendez on Friday. According to his arrest affidavit, he fired three shots into the car."),
            "his arrest affidavit");
  EXPECT_EQ(only_speaker("According to her autopsy report, Jenna Cole died of a single gunshot wound."), "her autopsy report");
  // (a report, a column or a filing the person writes is theirs, a word of another's between is not)
  EXPECT_EQ(only_speaker("Auditor Sam Reed filed his findings in March. According to his report, \"the ministry lost track of 4 "
                         "million euros.\""),
            "Sam Reed");
  EXPECT_EQ(only_speaker("Nadia Osei sued the landlord in May. According to her complaint, the heating never worked."), "Nadia Osei");
  EXPECT_EQ(only_speaker("Sam Reed was questioned in March. According to his police report, he fled on foot."), "his police report");
  // (a spokesman is no document: his own words)
  EXPECT_EQ(only_speaker("Acme Corp. cut 200 jobs. The company's spokesman said the cuts were final."), "The company's spokesman");
}

TEST(Entities, AFirmsTwoNamesJoinedByAndThatItsLegalFormEndsAreOneName) {
  EXPECT_EQ(only_speaker("Karranga Copper and Gold Ltd (ASX: KCG) has committed to an expansion. The company said the cost was fixed."),
            "Karranga Copper and Gold Ltd");
  EXPECT_EQ(only_speaker("Skyline Data and Logistics, Inc. said it was working closely with Pinecrest."), "Skyline Data and Logistics, Inc.");
  // (not one name and a firm, two parties)
  EXPECT_EQ(last_speaker("The deal between Microsoft and Activision Blizzard Inc. was cleared on Friday. Microsoft said it was pleased."),
            "Microsoft");
  // (not two firms, the first's legal form its own)
  EXPECT_EQ(only_speaker("The group hired Podesta Group Inc. and Mercury LLC in 2012. Mercury LLC said it would register."), "Mercury LLC");
}

// Two places' names "and" joins before a body's word marked "places" are one name ("Avon and
// Somerset Police")
TEST(Entities, TwoPlacesJoinedByAndBeforeAPoliceWordAreOneName) {
  EXPECT_EQ(only_speaker("The senior investigating officer, Det Ch Insp Ruth Ogunleye of Avon and Somerset Police, said: 'This was a "
                         "senseless attack.'"),
            "Ruth Ogunleye");
  EXPECT_EQ(only_speaker("Kensington and Chelsea Council said the repairs would start in May."), "Kensington and Chelsea Council");
  // (a list's items one word each: not "the Ministry of Defence, Royal Navy and Royal Marines")
  EXPECT_EQ(last_speaker("The exercise involved the Ministry of Defence, Royal Navy and Royal Marines. \"It was a success,\" the "
                         "ministry said."),
            "Ministry of Defence");
}

// A firm's legal form after a comma ends its name ("Harlow & Pierce Housewares, LLC", "Acme
// Widgets, Inc."); "the Ridgefield, Connecticut-based company" is the firm named before, its
// place and comma passed
TEST(Entities, AFirmsLegalFormAfterACommaAndAPlaceBeforeItsBasedWord) {
  EXPECT_EQ(only_speaker("Acme Widgets, Inc. said on Tuesday it would recall fryers."), "Acme Widgets, Inc.");
  EXPECT_EQ(last_speaker("Harlow & Pierce Housewares, LLC recalled 40,000 air fryers on Tuesday. In a statement, the Ridgefield, "
                         "Connecticut-based company said: \"The safety of our customers is our highest priority.\""),
            "Harlow & Pierce Housewares, LLC");
  // (a place of several words: "the Round Rock, Texas-based company")
  EXPECT_EQ(last_speaker("Dell Technologies reported strong sales. \"We are seeing demand for AI servers,\" the Round Rock, "
                         "Texas-based company said."),
            "Dell Technologies");
  // (not "Co.", a state's abbreviation too)
  EXPECT_NE(only_speaker("Officials in Denver, Co. said on Tuesday the roads were closed."), "Denver, Co.");
}

// The trades or fields of a body its noun before "of" heads, listed with commas and "and", the
// last a plural, are one name: "Association of Film, Television and Streaming Producers" (its
// initials "AFTSP" too); as the source of "According to X, CLAUSE", past its commas
TEST(Entities, ABodysListOfTradesAfterOfIsOneName) {
  EXPECT_EQ(last_speaker("The Association of Film, Television and Streaming Producers (AFTSP) said talks had failed. \"We bargained "
                         "in good faith,\" the AFTSP said."),
            "Association of Film, Television and Streaming Producers");
  Document d = extract("The impact will reach beyond the factory gates. According to the Association of Automotive Suppliers, "
                       "Toolmakers and Logistics Providers, some 40 companies in the area depend on the plant.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Association of Automotive Suppliers, Toolmakers and Logistics Providers");
  EXPECT_EQ(d.quotes[0].text, "some 40 companies in the area depend on the plant");
}

// A name before a role of two words and a person's name is no antecedent of "he": "Civil Defence
// group controller Ian Maaka said … "…," he said"
TEST(Entities, ABodysNameBeforeARoleOfTwoWords) {
  EXPECT_EQ(last_speaker("Civil Defence group controller Ian Maaka said the focus was water.\n\n\u201cPower is back on,\u201d he "
                         "said."),
            "Ian Maaka");
}

TEST(Entities, HeAfterAnAskedOpenerIsNoNameInsideTheQuestionButMayBeTheAnswerers) {
  // a name inside the question stands for no "he" after it; the one who answers, past a role's
  // commas, may
  EXPECT_NE(last_speaker("Asked whether Tom Lindell would testify, he said no decision had been made. \"We will see,\" he said."),
            "Tom Lindell");
  EXPECT_EQ(last_speaker("Nordvik said the studio would survive.\n\nAsked how many were contractors, the head of communications, Priya "
                         "Raman, said the company would not comment. \"We are focused on the people,\" she said."),
            "Priya Raman");
}

TEST(Entities, ASpokespersonForAnOwnersOfficeSpeaksForNoBodyNamedBefore) {
  // "the attorney general's office" is the attorney general's, no coalition named before
  EXPECT_EQ(last_speaker("The Michigan Coalition for Voting Access brought the case.\n\nA spokesperson for the attorney general's office "
                         "said it was reviewing the opinion."),
            "A spokesperson for the attorney general's office");
  // (but the office named before, its name holding the owner's word)
  EXPECT_EQ(last_speaker("The Manhattan District Attorney's Office declined to bring charges. A spokesperson for the district attorney's "
                         "office said the evidence was insufficient."),
            "Manhattan District Attorney's Office");
}

TEST(Entities, APlacesStateAfterItsCommaLeavesTheCompanyItsSubject) {
  // "in Huntsville, Alabama": a place's state, no other body the sentence names
  EXPECT_EQ(last_speaker("The rocket's builder, Orbital Meridian Inc., said the valve had been flown to its factory in Huntsville, "
                         "Alabama. The company said it did not expect delays."),
            "Orbital Meridian Inc.");
}

// A body's word and the nation it serves after it name a body ("Healthcare Inspectorate Wales"),
// and an office's domain after "and" names what the office is for: neither is "she"
TEST(Entities, ABodyOfANationAndAnOfficesDomainAreNoOnesShe) {
  std::string t =
      "In the Senedd, the Cabinet Secretary for Health and Social Care, Rhodri ap Gwilym, and the health spokesperson, "
      "Mabli Rees, clashed. Mr ap Gwilym said he had asked Healthcare Inspectorate Wales to inspect the unit.\n\n"
      "'Ministers were told about serious problems in 2020 and chose to wait,' she said.\n";
  EXPECT_EQ(last_speaker(t), "Mabli Rees");
}

// A body's word that opens the sentence before the nation it serves is part of the body's name:
// "Police Scotland said" (not "Singer Lizzo wrote", whose noun describes the name)
TEST(Entities, ABodysWordBeforeItsNationOpensTheSentenceInTheName) {
  EXPECT_EQ(only_speaker("Police Scotland said the man had been arrested."), "Police Scotland");
  EXPECT_EQ(only_speaker("Singer Lizzo wrote that the tour was \"the best of my life\"."), "Lizzo");
}
