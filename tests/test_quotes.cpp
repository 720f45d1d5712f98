// Quotation marks and the kinds of quotes.
#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

TEST(Quotes, StraightDoubleQuotes) {
  Document d = extract("\"The bridge is closed,\" said Ana Ruiz.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The bridge is closed,");
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
}

TEST(Quotes, CurlyDoubleQuotes) {
  Document d = extract("\u201CThe bridge is closed,\u201D said Ana Ruiz.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The bridge is closed,");
  EXPECT_EQ(d.quotes[0].start, 1u);
}

TEST(Quotes, SingleQuotesUsedAsQuotes) {
  Document d = extract("\u2018We will not back down,\u2019 said Prime Minister Ian Grey.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "We will not back down,");
  EXPECT_EQ(d.quotes[0].speaker, "Ian Grey");
}

TEST(Quotes, ApostrophesAreNotQuotes) {
  Document d = extract("Teigen\u2019s fans said y'all should rest, and the Smiths' dog barked. \"Thanks, y'all,\" Teigen wrote.");
  // one quotation; the fans' words are reported speech, not a quotation between apostrophes
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].text, "y'all should rest");
  EXPECT_EQ(d.quotes[1].text, "Thanks, y'all,");
}

TEST(Quotes, ANameInQuotationMarksIsNoQuote) {
  // after words that say it is a name (data/naming_words.txt) the marks are the writer's: no
  // quote, and the sentence's report is read as if they were not there
  for (const char* t : {"The commander, known as \"Granit\", said the unit had not been rotated for 40 days.",
                        "A gunman nicknamed \"Tiny\" said the money was gone."}) {
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].kind, Kind::indirect) << t;
  }
  // capitalised words that a group of no name or a thing calls someone or something are a name
  // ("an app called", "Colleagues called her", "the company calls"), and so is one after naming
  // words that a relative clause holds, past a cue before it
  for (const char* t : {"The firm sells an app called \"PayLoop,\" which grew 30 percent.",
                        "Colleagues called her \"the Admiral,\" a nickname she disliked.",
                        "Some scientists have called the shift the \"Helka Jump,\" a label she dislikes.",
                        "The headset includes a feature the company calls \"Pinboard\" that saves layouts."})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
  Document g = extract("\"We lost,\" said Granger, who is known as \"the Professor.\"");
  ASSERT_EQ(g.quotes.size(), 1u);
  EXPECT_EQ(g.quotes[0].text, "We lost,");
  // a name the speaker calls someone is their words, and so is one inside what a cue reports
  for (const char* t : {"Trump called him \"Little Marco\" on Tuesday.", "He called it \"Fake News\" again.",
                        "Clinton says the Ohio native nicknamed \"King James\" is a dedicated advocate for children."}) {
    Document d = extract(t);
    ASSERT_NE(of_kind(d, Kind::partial), nullptr) << t;
  }
}

TEST(Quotes, WordsWrittenOnAThingAreNoQuote) {
  // after the thing's noun and its verb of reading, in the default reading
  for (const char* t : {"Nearby, Tasha Greenleaf held a sign that read \u201cROBOTS DON\u2019T BUY GROCERIES.\u201d She had marched before.",
                        "At the high school, a hand-lettered sign on the gym door read \u201cWE\u2019RE NOT LEAVING FOR GOOD.\u201d",
                        "Protesters carried banners reading \"Hands off our libraries\" through the town."})
    for (const Quote& q : extract(t).quotes) EXPECT_EQ(q.kind, Kind::indirect) << t << ": " << q.text;
  // not a noun that is no thing's head ("The sign language interpreter said"), nor PolNeAR's reading
  EXPECT_EQ(extract("The sign language interpreter said \"Welcome.\"").quotes.size(), 1u);
  Options all;
  all.attributions = Attributions::all;
  EXPECT_EQ(extract("One placard read, \"Hands off our harbor.\"", all).quotes.size(), 1u);
  // right after the thing's noun, with its determiner or owner, a colon between them or none; a
  // slogan, a motto and a card are things written on too
  for (const char* t : {"Behind her, a giant screen displayed the company's new slogan: \"Less Phone. More Life.\"",
                        "On the gate hung a sign: \"No trespassing.\"",
                        "Reinholt, who campaigned under the slogan \"A Nation That Works,\" thanked supporters.",
                        "It sat under a hand-lettered card reading \"Staff Pick!\" near the till."})
    for (const Quote& q : extract(t).quotes) EXPECT_EQ(q.kind, Kind::indirect) << t << ": " << q.text;
  // (not after a verb of saying in the sentence: the words are the speaker's)
  EXPECT_EQ(only_speaker("The mayor told the crowd under the banner: \"We will win.\""), "The mayor");
}

TEST(Quotes, LowerCaseWordsInAnAsideAreTheWritersSentences) {
  // a quotation in lower case between dashes, the writer's sentence going on after them: partial
  Document d = extract("He works alone under a north window \u2014 \"the only honest light,\" he calls it \u2014 and owns no computer.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  // a question after a long opening is a whole utterance
  Document q = extract("If Russia is behind it \u2014 as Moscow denies \u2014 \"why wouldn't you raise it?\" asked Anita Dunn.");
  ASSERT_EQ(q.quotes.size(), 1u);
  EXPECT_EQ(q.quotes[0].kind, Kind::direct);
}

TEST(Quotes, NestedQuotesStayInside) {
  Document d = extract("\"He told me 'never again' and left,\" said Kim Park.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].text, "He told me 'never again' and left,");
  EXPECT_EQ(d.quotes[0].speaker, "Kim Park");
  // (the nested words a cue inside attributes are a record of their own too, after it)
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "never again");
  ASSERT_TRUE(d.quotes[1].cue);
  EXPECT_EQ(d.quotes[1].cue->text, "told");
}

TEST(Quotes, Guillemets) {
  Document d = extract("\u00ABNous resterons ici,\u00BB said Marie Dubois.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Nous resterons ici,");
  EXPECT_EQ(d.quotes[0].speaker, "Marie Dubois");
}

// A closing mark set after a space, as French print sets guillemets ('« Costs will rise. »'), ends
// its quotation's sentence with it: the sentence after opens with its own first word
TEST(Quotes, AClosingMarkAfterASpaceStaysWithItsSentence) {
  Document d = extract("\u00AB Costs will rise. \u00BB It was a blow.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Costs will rise.");
  EXPECT_EQ(first_speaker("The dispute is costly. \u00AB Each day of strike costs the company 4 million euros. \u00BB The estimate came "
                          "from Jean-Baptiste de La Roche, the chief financial officer, according to two people who attended."),
            "Jean-Baptiste de La Roche");
}

TEST(Quotes, AQuoteInAnotherFamilysMarksInsideGuillemetsOrLowMarksStaysInside) {
  // (French « » around “ ”, German „ “ around » «: the inner pair closes before the outer)
  Document d = extract("\u00ABLe ministre a dit \u201Cnon\u201D et nous avons attendu\u00BB, said Marc Dubois.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Le ministre a dit \u201Cnon\u201D et nous avons attendu");
  EXPECT_EQ(d.quotes[0].speaker, "Marc Dubois");
  d = extract("\u201EDer Minister sagte \u00BBnein\u00AB und wir warteten\u201C, sagte Marc Dubois.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Der Minister sagte \u00BBnein\u00AB und wir warteten");
  // (an outer quote never closed: the inner mark opens no nesting, the paragraph's quote is read
  // as before)
  d = extract("\u00ABNous partons. \u201CJamais,\u201D said Ana Ruiz.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().text, "Jamais,");
}

TEST(Quotes, LowHighGermanQuotes) {
  Document d = extract("\u201EWir bleiben hier,\u201C said Karl Braun.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Wir bleiben hier,");
}

TEST(Quotes, QuoteOverSeveralParagraphs) {
  std::string t =
      "Senator Amy Cole said:\n\n\"The first part of the plan is money.\n\n\"The second part is time.\n\n"
      "\"The third part is will.\"\n\nThe hearing ended.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(q.spans.size(), 3u);
  EXPECT_EQ(q.speaker, "Amy Cole");
  EXPECT_NE(q.text.find("The third part is will."), std::string::npos);
}

// A paragraph of the quote may end its sentence inside a quote nested in it: the closing single
// mark last, after the end mark, leaves the outer quote open for the next paragraph
TEST(Quotes, AParagraphEndingInANestedQuoteCarriesTheQuoteOn) {
  for (const char* nested : {"'Why?'", "\u2018Why?\u2019"}) {
    const std::string t = std::string("\"The first kid came in,\" Rosa Salcedo said. \"Then it was five kids.\n\n\"They write letters. I said, ") +
                          nested + "\n\n\"I think about that a lot.\"\n\nThe centre opens at nine.";
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 2u) << nested;
    EXPECT_EQ(d.quotes[1].spans.size(), 3u);
    EXPECT_EQ(d.quotes[1].speaker, "Rosa Salcedo");
    EXPECT_NE(d.quotes[1].text.find("I think about that a lot."), std::string::npos);
  }
}

TEST(Quotes, UnclosedQuoteSpoilsOnlyItsParagraph) {
  std::string t =
      "Ann Lee said, \"the budget is fine and nothing more\n\n\"We start Monday,\" said Bob Ray.\n\n"
      "\"It works,\" said Cy Moss.";
  Document d = extract(t);
  const Quote* b = find(d, "We start Monday,");
  const Quote* c = find(d, "It works,");
  ASSERT_NE(b, nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(b->speaker, "Bob Ray");
  EXPECT_EQ(c->speaker, "Cy Moss");
}

// A quote left open at its paragraph's end, after a lead-in with a cue, before a paragraph whose
// quotation another named speaker's cue follows: two speakers' words, the first unclosed, not one
// quote over two paragraphs; its own speaker's name or a pronoun after the second goes on
TEST(Quotes, AnUnclosedQuoteBeforeAnotherSpeakersParagraphEndsThere) {
  for (const char* cue : {"\"Who approved this?!\" shouted Benedikt Sorlie.", "\"Who approved this?!\" Sorlie said."}) {
    const std::string t = std::string("Leocadia Ferris said: \"The clinic will close at the end of the month.\n\n") + cue +
                          "\n\nThe meeting ended.";
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 2u) << cue;
    EXPECT_EQ(d.quotes[0].text, "The clinic will close at the end of the month.");
    EXPECT_EQ(d.quotes[0].speaker, "Leocadia Ferris");
    EXPECT_EQ(d.quotes[1].text, "Who approved this?!");
    EXPECT_EQ(d.quotes[1].speaker.substr(d.quotes[1].speaker.size() - 6), "Sorlie");
  }
  for (const char* cue : {"\"We tried,\" Ferris added.", "\"We tried,\" she added."}) {
    const std::string t = std::string("Leocadia Ferris said: \"The clinic will close at the end of the month.\n\n") + cue;
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << cue;
    EXPECT_EQ(d.quotes[0].spans.size(), 2u) << cue;
    EXPECT_EQ(d.quotes[0].speaker, "Leocadia Ferris") << cue;
  }
}

TEST(Quotes, PartialQuoteInsideTheWritersSentence) {
  Document d = extract("Kyle Richards said she \"will say a special prayer for Jack tonight.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_EQ(d.quotes[0].speaker, "Kyle Richards");
}

TEST(Quotes, ScareQuotesAndTitlesAreNotReported) {
  Document d = extract(
      "Critics used a term like \"woke\" all week. She appeared on \"Saturday Night Live\" in May, "
      "a show nicknamed \"SNL\" by fans.");
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Quotes, UnattributedWholeUtteranceIsReportedWithoutSpeaker) {
  Document d = extract("The crowd waited.\n\n\"We are not going anywhere until they listen to us.\"\n\nThe rain began.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker_id, -1);
  EXPECT_LT(d.quotes[0].confidence, 0.5);
}

TEST(Quotes, InterruptedSentenceIsOneQuoteInTwoSpans) {
  Document d = extract("\"If we wait,\" Jane Doe said, \"the river will flood the town.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Jane Doe");
}

TEST(Quotes, GroupingByAttributionJoinsContinuations) {
  std::string t = "\"We lost,\" said Jane Doe. \"We will be back.\"";
  Document byq = extract(t);
  EXPECT_EQ(byq.quotes.size(), 2u);
  Options o;
  o.grouping = Grouping::attribution;
  Document bya = extract(t, o);
  ASSERT_EQ(bya.quotes.size(), 1u);
  EXPECT_EQ(bya.quotes[0].spans.size(), 2u);
}

TEST(Quotes, GroupingByAttributionJoinsFragmentsTheWriterLinks) {
  // quoted fragments of one report that only marks, commas and a word or two of the writer's
  // part are one span; pieces the cue parts, or a sentence's end, stay apart
  Options o = bytes();
  o.grouping = Grouping::attribution;
  std::string t = "Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"";
  Document d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_TRUE(d.quotes[0].spans.empty());
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.");
  t = "Sanders called the banks \"greedy\" and \"reckless\" on Monday.";
  d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "greedy\" and \"reckless");
  t = "\"If we wait,\" Jane Doe said, \"the river will flood the town.\"";
  d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  t = "\"We lost,\" said Jane Doe. \"We will be back.\"";
  d = extract(t, o);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  // (a span that opens with the writer's clause, PolNeAR's reading, ends after the last mark)
  Options all = o;
  all.attributions = Attributions::all;
  t = "Trump called the senator a \"nasty guy\" and \"sick.\"";
  d = extract(t, all);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "the senator a \"nasty guy\" and \"sick.\"");
  // (grouping by quote keeps every quotation its own)
  EXPECT_EQ(extract("Sanders called the banks \"greedy\" and \"reckless\" on Monday.").quotes.size(), 2u);
}

TEST(Quotes, NestedQuoteInTheSameMarks) {
  // inside an open quote, an opening mark followed by two closing ones opens a nested quote
  for (const std::string t : {"\u201cI live in what he calls \u201chell\u201d now,\u201d Adriana Rodarte said.",
                              "\"I live in what he calls \"hell\" now,\" Adriana Rodarte said."}) {
    Document d = extract(t, bytes());
    ASSERT_EQ(d.quotes.size(), 1u) << t;
    EXPECT_EQ(d.quotes[0].kind, Kind::direct);
    EXPECT_EQ(d.quotes[0].speaker, "Adriana Rodarte");
    EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).starts_with("I live in what he calls"));
    EXPECT_TRUE(at(t, d.quotes[0].start, d.quotes[0].end).ends_with("now,"));
  }
  // (an opening mark with one closing mark after it: the quote before was never closed)
  std::string t = "\u201cUnclosed start. \u201cSecond quote,\u201d Smith said.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "Second quote,");
}

TEST(Quotes, QuotedWordsInASentenceOfTheirOwnInheritNoSpeaker) {
  Document d = extract(
      "\"We are not there yet,\" Ms. Moore said.\n\nLater, Al Sharpton took calls on his \"Keepin' It Real\" show.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Moore");
  // (a term in the writer's sentence after an attributed quote is no one's words)
  Document t = extract("\"This is a power grab,\" Ms. Moore said.\n\nThe phrase \"deep state\" appeared in 40 speeches.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].text, "This is a power grab,");
  // (but a list of them after a cue does: 'called her "Miss Piggy" and "Miss Housekeeping"')
  Document l = extract("Clinton said Trump called the winner \"Miss Piggy\" and \"Miss Housekeeping\" for years.");
  // (a record each, the words Trump's as Clinton reports them, after her report; grouping by
  // attribution, one record: the reported clause holds both)
  ASSERT_EQ(l.quotes.size(), 3u);
  EXPECT_EQ(l.quotes[0].speaker, "Clinton");
  EXPECT_EQ(l.quotes[0].text, "Trump called the winner \"Miss Piggy\" and \"Miss Housekeeping\" for years");  // (both in her report)
  EXPECT_EQ(l.quotes[2].text, "Miss Housekeeping");
  EXPECT_EQ(l.quotes[2].speaker, "Trump");
  EXPECT_EQ(cue(&l.quotes[2]), "called");
  Document c = extract("Clinton said Trump called the winner \"Miss Piggy\" and \"Miss Housekeeping\" for years.", clauses());
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[0].speaker, "Clinton");
  EXPECT_EQ(c.quotes[1].speaker, "Trump");
  EXPECT_NE(c.quotes[1].text.find("Miss Housekeeping"), std::string::npos);
}

TEST(Quotes, ATitleBetweenCommasAfterItsNounIsNoOnesWords) {
  Document d = extract("In his book, \"The Art of the Deal,\" Trump described himself as a \"counterpuncher.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "counterpuncher.");
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  EXPECT_TRUE(extract("Her new album, \"Midnights,\" sold a million copies on Monday.").quotes.empty());
  // (words said, after a verb or starting with a pronoun, stay a quote)
  EXPECT_EQ(extract("The senator said, \"We Will Win,\" and left.").quotes.size(), 1u);
  EXPECT_EQ(extract("Mr. Trump said of the episode, \"I don't like it,\" and left.").quotes.size(), 1u);
}

TEST(Quotes, ApostrophesOfElisionAndOfPluralsAreNoMarks) {
  Document d = extract("Jana Holm said the band was big in the \u201980s and \u201990s.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "the band was big in the \u201980s and \u201990s");
  EXPECT_FALSE(extract("Back in the '90s, Jana Holm said, the town had three cinemas.").quotes.empty());
  // (a word joined to the digits by a hyphen: the mark still elides)
  Document h = extract("Jemima Hale said the '90s-era pipes couldn't cope.\n\n'The plan is late,' Ross Dane said.");
  ASSERT_EQ(h.quotes.size(), 2u);
  EXPECT_EQ(h.quotes[0].text, "the '90s-era pipes couldn't cope");
  EXPECT_EQ(h.quotes[1].text, "The plan is late,");
  Document r = extract("Rock 'n' roll singer Duke Harlan said he would tour again.");
  ASSERT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.quotes[0].text, "he would tour again");
  Document p = extract("'It was the Smiths' idea,' Ellie Marsh said.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].text, "It was the Smiths' idea,");
  // (in a paragraph of words that go on over paragraphs, no mark after it in its paragraph, the
  // next paragraph opening with a single mark)
  Document o = extract("Catriona Nic a' Phearsain told officials: 'This is not an inconvenience.\n\n'We have a hauliers' yard full of "
                       "lorries that cannot move.\n\n'Nobody in Edinburgh would tolerate this.'");
  ASSERT_EQ(o.quotes.size(), 1u);
  EXPECT_NE(o.quotes[0].text.find("yard full of lorries that cannot move."), std::string::npos);
  EXPECT_NE(o.quotes[0].text.find("Nobody in Edinburgh"), std::string::npos);
}

TEST(Quotes, ASentenceInSingleMarksWithNoSpeakerIsStillAQuote) {
  Document d = extract("Court report\n\n'He hit me and then he ran away,' the jury heard.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "He hit me and then he ran away,");
  // words in single marks without an end of their own are no one's
  EXPECT_TRUE(extract("Court report\n\nThe plan was 'a very bad idea for the whole town' in his view.").quotes.empty());
}

TEST(Quotes, ANumberOrAListAfterASingleMarkStillOpensAQuote) {
  Document d = extract("'15 people were injured in the crash,' a police spokesman said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "15 people were injured in the crash,");
  Document t = extract("She described the protesters as 'thugs' and added: 'They will be punished.'");
  ASSERT_EQ(t.quotes.size(), 2u);
  EXPECT_EQ(t.quotes[0].text, "thugs");
}

TEST(Quotes, TitlesAfterANounOfWorksAndNicknamesAreNoOnesWords) {
  // a title in sentence case after a noun of works, between commas
  EXPECT_TRUE(extract("The paper, \"Nematode-mediated dispersal of mycorrhizal fungi buffers drought stress\", is available online.")
                  .quotes.empty());
  // a nickname is no one's words
  EXPECT_TRUE(extract("Mrs. Marchetti, known to everyone on Court Street simply as \"Mrs. M,\" took over the bakery in 1958.")
                  .quotes.empty());
  // words said after a noun are still said
  EXPECT_EQ(extract("The report, \"we failed them,\" said the inspector.").quotes.size(), 1u);
  // a title after a noun of works and its determiner, or right after a verb that makes a work
  EXPECT_TRUE(extract("She wrote the song \"Blue Harbour\" while living in Dublin.").quotes.empty());
  // (a word or two describing the noun between: the title's comma and a verb after it are no cue's)
  Document teen = extract("Alvarado, who got her start on the teen series \u201CLakeside High,\u201D said she would rest.");
  for (const Quote& q : teen.quotes) EXPECT_EQ(q.text.find("Lakeside"), std::string::npos) << q.text;
  // (or a network's name: 'the NBC drama "Eastside Station,"', 'the hit Disney film "Frozen"'; data/work_nouns.txt)
  Document drama = extract("Marchetti, best known for playing a paramedic on the NBC drama \"Eastside Station,\" shared his own "
                           "version of events on Instagram.");
  for (const Quote& q : drama.quotes) EXPECT_EQ(q.text.find("Eastside"), std::string::npos) << q.text;
  EXPECT_TRUE(extract("After he blasted the hit Disney film \u201CFrozen\u201D in May, the pastor moved on.").quotes.empty());
  // (a year too: 'the band's 2019 single "Low Tide."')
  EXPECT_TRUE(extract("Vance shared a photo of a lyric sheet for the band’s 2019 single “Low Tide.”").quotes.empty());
  // (and the noun of works before the title is no verb: 'the reality show "The Apprentice"')
  EXPECT_TRUE(extract("Trump, the former host of the reality show \u201CThe Apprentice,\u201D listed an NBC show as a favourite.",
                      all_attributions())
                  .quotes.empty());
  EXPECT_TRUE(extract("The band released \"Blue Lights\" in May.").quotes.empty());
  // (or one that opens its sentence before a verb's past that is no verb of saying)
  EXPECT_EQ(extract("\"Give her every award,\" Peter Lindahl posted. \"The Night Ward\" also won best director.").quotes.size(), 1u);
  EXPECT_TRUE(extract("Lee wrote the hit \"Blue Lights\" in a single afternoon.").quotes.empty());
  // (not after "wrote", whose quoted object is as often a message)
  EXPECT_EQ(extract("He wrote \"Disgraceful\" on Twitter after the vote.").quotes.size(), 1u);
  EXPECT_TRUE(extract("Fans sang \"You'll Never Walk Alone\" before kick-off.").quotes.empty());
  // (but words in a title's capitals that end with their own mark are written words)
  EXPECT_EQ(extract("He wrote \"Never Again.\" on his blog.").quotes.size(), 1u);
}

TEST(Quotes, ANicknameBetweenAFirstNameAndASurnameIsPartOfTheNameNoQuote) {
  // (no quotation; the name as printed leaves the nickname out, one person in every text whatever
  // nickname a writer gives: Entities.ANicknameInQuotationMarksIsNoPartOfTheSpeakersName)
  Document d = extract("\"This is a big year for us!\" Marcia \"Cia\" Price shouted to the crowd.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Marcia Price");
  ASSERT_TRUE(d.quotes[0].speaker_mention.has_value());
  EXPECT_EQ(d.quotes[0].speaker_mention->text, "Marcia \"Cia\" Price");
  // (in single marks too, as British and Irish papers write them)
  EXPECT_EQ(extract("Pat 'Scrubber' Linnane said he has stopped going to the meetings.").quotes.at(0).speaker, "Pat Linnane");
  Document e = extract("Dwayne \"The Rock\" Johnson said the film was a lot of fun to make.");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].kind, Kind::indirect);
  // a headline's capitalised words keep their marks
  Document h = extract("Retired General Reveals \u2018Demoralizing\u2019 Experience Of Serving Under Obama");
  ASSERT_NE(of_kind(h, Kind::partial), nullptr);
  EXPECT_EQ(of_kind(h, Kind::partial)->text, "Demoralizing");
}

TEST(Quotes, ThreeApostrophesAfterAWordCloseASingleThenADoubleMark) {
  // (two apostrophes are a double mark, the New York Times' convention; the quotation inside it
  // closes first)
  Document d = extract("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "We are told all the time, 'Kosovo is a special case,'");
  EXPECT_EQ(d.quotes[0].speaker, "Putin");
  Document d2 = extract("''I would use the word 'old-school,''' said Gregory W. Slayton.");
  ASSERT_EQ(d2.quotes.size(), 1u);
  EXPECT_EQ(d2.quotes[0].speaker, "Gregory W. Slayton");
}

TEST(Quotes, ANameBeforeTheNounItNamesIsNoQuote) {
  // (an event's, a plan's name in quotation marks, which no cue gives anyone: no one's words)
  EXPECT_TRUE(extract("He took heat during a \"Commander-In-Chief\" forum earlier this month.").quotes.empty());
  EXPECT_TRUE(extract("The \"Stop Trump\" movement gained ground in Utah.").quotes.empty());
  // (nor with a cue before it, when the noun is a plan's or a work's: data/named_plans.txt)
  EXPECT_TRUE(extract("Mayor Dolores Fenwick unveiled her \"Smart City 2030\" plan last spring.").quotes.empty());
  // (a campaign's, a movement's, a register's name)
  EXPECT_TRUE(extract("Cameron and the \"Remain\" campaign had failed, analysts said.").quotes.size() == 1u);
  EXPECT_EQ(extract("Cameron and the \"Remain\" campaign had failed, analysts said.").quotes[0].kind, Kind::indirect);
  EXPECT_TRUE(extract("The minister backed the \"Leave\" movement in 2016.").quotes.empty());
  Document plan = extract("Lee said the \"Clean Rivers\" initiative would cost $4 million.");
  ASSERT_EQ(plan.quotes.size(), 1u);
  EXPECT_EQ(plan.quotes[0].kind, Kind::indirect);
  // (one that opens the text too)
  Document jaws = extract("\"Jaws\" director Steven Spielberg said he regretted the shark scenes.");
  ASSERT_EQ(jaws.quotes.size(), 1u);
  EXPECT_EQ(jaws.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(jaws.quotes[0].speaker, "Steven Spielberg");
  // (a work's title before the noun of one of its people, data/work_roles.txt; the speaker's phrase
  // holds it before the cue)
  Document star = extract("\"Sending so much love,\" said Ines Harrowgate, his \"Cold Meridian\" co-star.");
  ASSERT_EQ(star.quotes.size(), 1u);
  EXPECT_EQ(star.quotes[0].text, "Sending so much love,");
  Document costar = extract("\"Sending so much love,\" Vantreight's \"Cold Meridian\" co-star Ines Harrowgate tweeted Sunday night.");
  ASSERT_EQ(costar.quotes.size(), 1u);
  EXPECT_EQ(costar.quotes[0].speaker, "Ines Harrowgate");
  // (but a cue before it gives it: a metaphor, a nickname)
  EXPECT_EQ(extract("He called it a \"Mickey Mouse\" operation run by amateurs.").quotes.size(), 1u);
  EXPECT_EQ(extract("Lawmakers dubbed it the \"Amazon\" tax.").quotes.size(), 1u);
  EXPECT_EQ(extract("Within minutes, he called Rubio \"Little Marco\" multiple times.").quotes.size(), 1u);
}

TEST(Quotes, AQuoteInDoubleMarksInsideOneInSingleMarks) {
  // (British papers quote in single marks and nest in double ones)
  for (const char* text : {"'The man told me \"no\" and shut the door,' she said.",
                           "\u2018The man told me \u201Cno\u201D and shut the door,\u2019 she said."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].kind, Kind::direct) << text;
    EXPECT_EQ(cue(&d.quotes[0]), "said") << text;
  }
}

TEST(Quotes, AWordOfTheSpeakersBeforeANounOrATitleAfterACue) {
  // (a title right after the cue opens the clause: 'said "Obamacare" premiums would rise')
  Document d = extract("The senator said \"Obamacare\" premiums would rise next year.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "\"Obamacare\" premiums would rise next year");
  // (a quotation that opens its sentence is a title only before a person's noun)
  Document d2 = extract("\"Fake\" news outlets are lying, Trump said.");
  ASSERT_EQ(d2.quotes.size(), 2u);  // (the partial and its clause)
  EXPECT_NE(of_kind(d2, Kind::partial), nullptr);
}

TEST(Quotes, AQuoteInSingleMarksRunsOverParagraphsAsInDoubleOnes) {
  Document d = whosaid::extract("Kirsty Dawes said: 'I did not think about it. I just ran.\n\n'The door was jammed.'\n\nShe was praised.",
                                bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "I did not think about it. I just ran.\nThe door was jammed.");
  EXPECT_EQ(d.quotes[0].speaker, "Kirsty Dawes");
  // (left open with no paragraph going on with it: no quote, and no piece of it in the next one)
  Document e = whosaid::extract("Dawes said: 'I just ran.\n\n'Tis the season.\n\n\"It was brave,\" said Tom Reyes.", bytes());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].text, "It was brave,");
}

TEST(Quotes, AParagraphOfQuotedWordsAloneIsAQuoteHoweverShort) {
  // dialogue: '"Where?"' is someone's words, attributed or not
  Document d = extract("\"Where?\"\n\n\"I can't see him!\"\n\n\"Look, he's behind the truck!\" the boy shouted.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[0].text, "Where?");
  EXPECT_EQ(d.quotes[2].speaker, "the boy");
  // (not a label or a heading in quotation marks)
  d = extract("The debate went on.\n\n\"Related:\"\n\n\"DIVISIVE AND WRONG\"\n\nThe mayor left.");
  EXPECT_EQ(d.quotes.size(), 0u);
}

TEST(Quotes, ATitleAfterTitledAfterAWorksNounAndCommaOrAfterAnOwnerIsNoQuote) {
  // the writer's marks around a work's or a plan's name: no one's words
  EXPECT_EQ(extract("Thornton unveiled her \"Growing Opportunity Plan\" on Monday.").quotes.size(), 0u);
  Document d = extract("In an essay titled \"Why Cities Fail,\" Raymond Okonjo argues that zoning is to blame.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.kind, Kind::indirect);
  d = extract("The committee’s report, \"A Decade of Neglect,\" found that the schools were failing.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.kind, Kind::indirect);
  // (two words after a pronoun's owner may be a word of theirs; a whole sentence is words said)
  EXPECT_EQ(extract("Trump mocked his \"Sleepy Joe\" rival.").quotes.size(), 1u);
  EXPECT_EQ(extract("She told him, \"Thank You.\"").quotes.size(), 1u);
  // (a work's noun and "called" before it: a title, though a verb of writing comes before)
  EXPECT_TRUE(extract("In 2019 she wrote a book called \"Why We Said No\" about the strike.").quotes.empty());
  EXPECT_EQ(extract("He called the book \"a disgrace.\"").quotes.size(), 1u);
}

TEST(Quotes, ASayingTheWriterQuotesIsNoOnesWords) {
  // (its noun's words before it, data/name_nouns.txt: "As the old saying goes", "as the adage has it")
  EXPECT_TRUE(extract("As the old saying goes, \"a watched pot never boils,\" and the office proves it.").quotes.empty());
  EXPECT_TRUE(extract("As the adage has it, \"measure twice, cut once.\"").quotes.empty());
  // (a speaker's own words after "goes" stay theirs)
  EXPECT_EQ(only_speaker("Ann Lee spoke as the meeting went on. \"We will rebuild,\" she said."), "Ann Lee");
}

TEST(Quotes, KnownAsWithAPhraseBetweenNamesAndQuotesNothing) {
  EXPECT_EQ(extract("Officers found the suspect, known on the street as \"Smokey,\" hiding in a shed.").quotes.size(), 0u);
  EXPECT_EQ(extract("He is known to friends as \"The Professor.\"").quotes.size(), 0u);
  // (inside what a cue reports, with no comma between, the name is part of the quotation)
  EXPECT_EQ(extract("Clinton says the Ohio native nicknamed \"King James\" is a hero.").quotes.size(), 2u);  // (and its clause)
}

TEST(Quotes, AParagraphOfATitleAloneIsNoQuoteNorANameThatACueAfterItReports) {
  // '"Mamma Mia!"' opening a paragraph of its own is a title: with "!" only words in lower case
  // make it someone's
  EXPECT_EQ(extract("\"Mamma Mia!\"\n\nThe musical returns to London.").quotes.size(), 0u);
  EXPECT_EQ(extract("\"Look out!\"\n\nThe crowd scattered.").quotes.size(), 1u);
  // a name after "known as" that a cue and its subject after it report stays in the quotation
  Document d = extract("She was known as \"Dee,\" her sister said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "her sister");
  // (the sentence's own verb after it is no such cue)
  d = extract("The commander, known as \"Granit,\" said the town would fall.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.kind, Kind::indirect);
}

TEST(Quotes, ALinksTitleAfterItsLabelIsNoQuote) {
  // 'Read more: "…"' after a paragraph or a sentence (text flattened into one line): the title of
  // another page
  for (const char* text : {"\"We are confident,\" Elena Marsh said.\n\nRead more: \"Landmark trial begins in Madrid\"\n\nThe trial goes on.",
                           "\"We are confident,\" Elena Marsh said. Read more: \"Landmark trial begins in Madrid\" The trial goes on."}) {
    Document d = extract(text);
    ASSERT_EQ(d.quotes.size(), 1u) << text;
    EXPECT_EQ(d.quotes[0].speaker, "Elena Marsh") << text;
  }
  // a quotation after such a word that a cue follows is someone's words
  Document d = extract("Look: \"This is the best day of my life,\" she said.");
  ASSERT_EQ(d.quotes.size(), 1u);
}

TEST(Quotes, AShortSentenceOfQuotedWordsAloneIsAQuote) {
  // a whole utterance of few words with its own end inside the marks, its own sentence: reported
  // with no speaker, as a paragraph of them is
  Document d = extract("The talks ended at midnight. \"Nobody is happy.\" The mayor left.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Nobody is happy.");
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  // a word or two in marks inside the writer's sentence is not
  EXPECT_TRUE(extract("The talks ended in what one called a \"mess.\"").quotes.empty());
}

TEST(Quotes, AStraightMarkThatOpensAfterASentencesEndInsideAnOpenQuote) {
  // the paragraph break between two quotes lost in text taken from a page: the first closes at
  // the sentence's end, the second opens
  Document d = extract("Restaurant owner Ivan Ruiz said: \"We came here with nothing. \"Now we own two restaurants,\" he said. "
                       "The family arrived in 2004.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "We came here with nothing.");
  EXPECT_EQ(d.quotes[1].text, "Now we own two restaurants,");
  EXPECT_EQ(d.quotes[1].speaker, "Ivan Ruiz");
  // (a quote inside a quote in the same marks is still one)
  Document n = extract("\"I live in what he calls \"hell\" now,\" she said.");
  ASSERT_EQ(n.quotes.size(), 1u);
}

TEST(Quotes, ATermInLowerCaseAfterANamingWordIsNoQuote) {
  // 'a trend dubbed "quiet quitting"': the marks are the writer's; not after someone who names
  // it ('has dubbed', 'Trump dubbed him')
  EXPECT_TRUE(extract("A trend dubbed \"quiet quitting\" has spread through offices.").quotes.empty());
  // (a word mentioned for what it means, not used)
  EXPECT_TRUE(extract("Pupils learn what \"democracy\" means in year six.").quotes.empty());
  EXPECT_TRUE(extract("Voters know what \"affordable\" means.").quotes.empty());
  EXPECT_TRUE(extract("The policy, known as \"stop and search,\" was dropped.").quotes.empty());
  Document d = extract("It was what one Latino conservative has dubbed \"the yuca primary,\" a race of two Cuban-Americans.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "one Latino conservative");
}

TEST(Quotes, AQuoteOverParagraphsGoesOnPastAFurnitureLine) {
  // "Story continues below advertisement" between two paragraphs of one quotation
  Document d = extract("Grace Okonjo read a statement.\n\n\"We are heartbroken. Our son was kind.\n\nStory continues below advertisement\n\n"
                       "\"We ask for privacy. Please let us grieve,\" she said.\n\nThe police declined to comment.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Grace Okonjo");
  EXPECT_EQ(d.quotes[0].text.find("Story"), std::string::npos);
}

TEST(Quotes, ALineBreakInsideAQuoteWithNoMarkAfterItKeepsTheQuoteOpenToItsClose) {
  // a page's <br> inside the quotation: the next line has no opening mark, only the closing one
  Document d = extract("The mayor spoke at the vigil.\n\"We will rebuild.\nWe will not forget,\" said Mayor Ana Ortiz.\n"
                       "The crowd applauded.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].spans.size(), 2u);
  EXPECT_NE(d.quotes[0].text.find("not forget"), std::string::npos);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ortiz");
  // a closing mark that ends the next line is no such close (a pull quote's name line, the
  // marks around both): the open quote ends with its own paragraph
  d = extract("\"Everybody believes in it until they start losing.\nDonald Trump.\"\n\nOr you can leave.");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("Donald"), std::string::npos);
}

TEST(Names, ANameOneGivesOneself) {
  // a group's or a person's name for itself in marks is a name, no one's words
  EXPECT_TRUE(extract("Members of the group, which calls itself the \"Hudson Spokes,\" wore yellow armbands.").quotes.empty());
  const Document d = extract("The singer, who calls herself \"Lady Lark,\" said she was tired.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  // words longer than a name stay a quote
  EXPECT_EQ(extract("Trump called himself \"a very stable genius.\"").quotes.size(), 1u);
}

TEST(Kinds, LowerCaseWordsAfterACueBetweenCommasFinishTheWritersSentence) {
  Document d = extract("The plan, as one economist put it, \"solves a problem nobody has.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  d = extract("The Commission's proposal, a spokesman said, \"strikes the right balance.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  d = extract("Ahmad Zaher fled with his wife and, as he puts it, \"one suitcase and a lot of hope,\" and now runs a bakery.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::partial);
  // a cue that is no aside of its own leaves a whole utterance
  d = extract("At one point, a woman asked for a photo and Clinton said, \"as long as we are not breaking any rules.\"");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().kind, Kind::direct);
  d = extract("Still, he said, \"we will win.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
}

// A name a group of no name dubs a thing, or what such a group called it, is no quote; a
// person's or a pronoun's are their words
TEST(Quotes, ANameAGroupDubsOrCalledIsNoQuote) {
  EXPECT_TRUE(extract("Engineers dubbed the prototype \"Gertrude\" after a founder's aunt.").quotes.empty());
  EXPECT_TRUE(extract("Critics have dubbed the building the \"Walkie-Talkie\" because of its shape.").quotes.empty());
  EXPECT_TRUE(extract("The raid was part of what police called \"Operation Cold Harbor,\" a two-year investigation.").quotes.empty());
  EXPECT_EQ(extract("Trump dubbed him \"Sleepy Joe\" at a rally.").quotes.size(), 1u);
  EXPECT_EQ(extract("It was what Trump called \"Fake News,\" and he said so often.").quotes.size(), 1u);
  EXPECT_EQ(extract("It was what critics called \"a betrayal of the working man.\"").quotes.size(), 1u);
}

// An apostrophe that drops the "g" of a word in "-in" inside a single-quoted quote closes nothing
TEST(Quotes, ADroppedGInsideSingleMarks) {
  Document d = extract("'We was only havin' a laugh,' said Kyle Dunmore.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "We was only havin' a laugh,");
  EXPECT_EQ(d.quotes[0].speaker, "Kyle Dunmore");
  EXPECT_EQ(extract("\u2018It's nothin\u2019, really,\u2019 said Kyle Dunmore.").quotes.size(), 1u);
  // (a word in single marks that the next mark does not close stays a quote of its own)
  Document c = extract("He called it 'rockin' and then left. 'We won,' she said.");
  ASSERT_EQ(c.quotes.size(), 2u);
  EXPECT_EQ(c.quotes[0].text, "rockin");
}

// A name after a group's noun with a plural's possessive, and a hashtag after its noun, are no
// quotes
TEST(Quotes, ANamedGroupAndAHashtagAreNoQuotes) {
  EXPECT_TRUE(extract("Kelsey Gathercole, who started a parents' group called \"Screens Down Nebraska,\" posted a video.").quotes.empty());
  EXPECT_TRUE(extract("Islanders have been sharing updates under the hashtag \"#CarrachCutOff\", and a petition has 4,000 names.")
                  .quotes.empty());
  EXPECT_TRUE(extract("The march went ahead under the slogan \"Homes Not Hotels\" on Saturday.").quotes.empty());
  // (what someone writes is theirs)
  EXPECT_EQ(extract("She tweeted \"#MeToo\" on Friday.").quotes.size(), 1u);
}

// Titles are no one's words: a list of them after a noun of works, and a title after a verb that
// makes a work with the comma inside its marks
TEST(Quotes, AListOfTitlesAndAPublishedTitle) {
  Document d = extract("\"It was great,\" he said.\n\nI spent the month reading the books that built this genre — \"Grind Theory,\" "
                       "\"Crush Your Calendar\" — and listening to the podcasts.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "It was great,");
  EXPECT_TRUE(extract("Last year the psychologist Anjali Rao published \"The Tired Brain,\" a study of sleep and work.").quotes.empty());
  // (after "wrote" too, a description of the work after the comma; not of a message)
  EXPECT_TRUE(extract("In 1998 Agathe Roussel-Mbaye wrote \"The Quiet Frontier,\" a history of the border towns.").quotes.empty());
  EXPECT_TRUE(extract("Agathe Roussel-Mbaye wrote \"Lanterns on the Water,\" her best-known song, in 1971.").quotes.empty());
  EXPECT_EQ(extract("He wrote \"Never Again,\" a message he later deleted.").quotes.size(), 1u);
  // (names someone calls another stay their words)
  EXPECT_EQ(extract("Trump called the pageant winner \"Miss Piggy\" and \"Miss Housekeeping\" in 1996.").quotes.size(), 2u);
}

TEST(Quotes, ANameARelativeClausesSubjectGivesIsNoQuote) {
  // the thing named the clause's antecedent, right after "call", "dub", "brand", "knew as" or
  // "referred to as": no one's words, past a cue before the clause too
  for (const char* t : {"Okoro, whom the younger players call \"the Professor,\" taught chess for years.",
                        "Rosa, 67, whom half the neighborhood calls \"Mama Ro,\" is retiring.",
                        "The project, which the developer has branded \"Linden Commons,\" will return to the council.",
                        "Its back room, which children knew as \"the Burrow,\" hosted readings.",
                        "Older residents still call that flood \"the Big Water.\""})
    EXPECT_TRUE(extract(t).quotes.empty()) << t;
  Document d = extract("Prosecutors allege he inflated the receivables, using a spreadsheet that employees referred to as the \"rolling "
                       "ledger.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  // (the sentence ends at the name's period and closing mark: the next is one of its own)
  d = extract("Kowalczyk said crews had rescued 57 people from homes that locals call \"the Bottoms.\" The two missing people were "
              "last seen on Ferry Street, he said.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "The two missing people were last seen on Ferry Street");
  // a person named who calls someone so speaks their own words
  EXPECT_EQ(extract("Biden, whom Trump called \"Sleepy Joe,\" spoke.").quotes.size(), 1u);
  // "called that" and what it was called is a report
  d = extract("The union called that a threat.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "a threat");
}

TEST(Quotes, AShortQuoteAVerbOfSayingFollowsIsKeptWithNoSpeakerRead) {
  // (a few words with no speaker are dropped as a scare quote would be, but not before "said":
  // someone said them, whoever no sieve could read)
  Document d = extract("\"We are ready,\" said U.S. Ambassador.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  EXPECT_EQ(d.quotes[0].text, "We are ready,");
  // (nor a title a participle describes, no speaker after it)
  EXPECT_TRUE(extract("\"Hard Truths,\" noted for its candour, topped the bestseller list.").quotes.empty());
  // (a short phrase in marks with no verb after it stays no quote)
  EXPECT_TRUE(extract("The \"new normal,\" as the brochure has it, began in May.").quotes.empty());
}

TEST(Quotes, InchesAndFeetAfterANumberAreNoQuotationMarks) {
  // a straight mark glued to a number measures: the sentence keeps its reported speech
  Document pipe = extract("The 6\" pipe burst at 3 a.m., plumber Ned Fox said. \"It was loud,\" he added.");
  ASSERT_EQ(pipe.quotes.size(), 2u);
  EXPECT_EQ(pipe.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(pipe.quotes[0].speaker, "Ned Fox");
  EXPECT_EQ(pipe.quotes[1].text, "It was loud,");
  Document snow = extract("Forecasters said 12\" of snow fell overnight.");
  ASSERT_EQ(snow.quotes.size(), 1u);
  EXPECT_EQ(snow.quotes[0].kind, Kind::indirect);
  Document tall = extract("He is 6'2\" tall, his coach said.");
  ASSERT_EQ(tall.quotes.size(), 1u);
  EXPECT_EQ(tall.quotes[0].text, "He is 6'2\" tall");
  // (a mark after a number that closes a quotation still closes it)
  Document score = extract("\"We scored 12\" he said.");
  ASSERT_EQ(score.quotes.size(), 1u);
  EXPECT_EQ(score.quotes[0].text, "We scored 12");
}

TEST(Quotes, OtherLanguagesVerbsOfSayingAttributeTheirQuotations) {
  // (as other tools' tests read Spanish, German and Portuguese news: data/cues.tsv)
  EXPECT_EQ(only_speaker("\u00ABNo vamos a subir los impuestos\u00BB, dijo la ministra Carmen Ruiz."), "Carmen Ruiz");
  EXPECT_EQ(only_speaker("\"El puente estar\u00E1 listo en mayo\", afirm\u00F3 el alcalde Jorge Salas."), "Jorge Salas");
  Document de = extract("\u201EWir haben keine Wahl\u201C, sagte Anke Vogel.");
  ASSERT_EQ(de.quotes.size(), 1u);
  EXPECT_EQ(de.quotes[0].text, "Wir haben keine Wahl");
  EXPECT_EQ(de.quotes[0].speaker, "Anke Vogel");
  // (Romanian's compound past, Polish, Czech and Russian pasts; Russian news' comma and dash)
  EXPECT_EQ(only_speaker("\u201ESitua\u021Bia este sub control\u201D, a spus Elena Marin."), "Elena Marin");
  EXPECT_EQ(only_speaker("\"To jest nasz obowi\u0105zek\" - powiedzia\u0142 Piotr Nowak."), "Piotr Nowak");
  EXPECT_EQ(only_speaker("\"Z\u00E1kon je \u0161patn\u011B napsan\u00FD,\" \u0159ekl Jan Dvo\u0159\u00E1k."), "Jan Dvo\u0159\u00E1k");
  EXPECT_EQ(only_speaker("\u00AB\u041F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u044B \u043F\u0440\u043E\u0434\u043E\u043B\u0436\u0430\u0442\u0441\u044F\u00BB, \u2014 "
                         "\u0437\u0430\u044F\u0432\u0438\u043B \u0418\u0433\u043E\u0440\u044C \u0421\u0435\u0434\u043E\u0432."),
            "\u0418\u0433\u043E\u0440\u044C \u0421\u0435\u0434\u043E\u0432");
  // (not a form that is an English word: "dice")
  Document dice = extract("\"Keep your wrist loose,\" dice champion Peter Hale told reporters.", bytes());
  ASSERT_EQ(dice.quotes.size(), 1u);
  EXPECT_EQ(cue(&dice.quotes[0]), "told");
}

TEST(Quotes, OtherLanguagesCompoundPastIsTheVerbWithItsAuxiliary) {
  // (French, Italian, Spanish, German: an auxiliary of data/other_auxiliaries.txt before the
  // participle; the speaker after the two, before them, or a pronoun fused with the auxiliary)
  Document fr = extract("\u00AB Nous ne c\u00E9derons pas \u00BB, a d\u00E9clar\u00E9 le ministre Jean Duval.");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].speaker, "Jean Duval");
  EXPECT_EQ(cue(&fr.quotes[0]), "a d\u00E9clar\u00E9");
  EXPECT_EQ(only_speaker("\"Non ci sono alternative\", ha detto il sindaco Paolo Ferri."), "Paolo Ferri");
  EXPECT_EQ(only_speaker("\"No vamos a rendirnos\", ha dicho la ministra Carmen Ruiz."), "Carmen Ruiz");
  EXPECT_EQ(only_speaker("Angela Vogt hat gesagt: \u201EWir schaffen das.\u201C"), "Angela Vogt");
  Document lead = extract("La maire Sophie Garnier a affirm\u00E9 : \u00AB Le tramway sera pr\u00EAt en 2027. \u00BB");
  ASSERT_EQ(lead.quotes.size(), 1u);
  EXPECT_EQ(lead.quotes[0].speaker, "Sophie Garnier");
  EXPECT_EQ(cue(&lead.quotes[0]), "affirm\u00E9");
  EXPECT_EQ(only_speaker("Le ministre Marc Lefort est arriv\u00E9 mardi. \u00AB La situation est grave \u00BB, a-t-il ajout\u00E9."),
            "Marc Lefort");
  // (the simple inversion, the verb and its pronoun one word: "dit-elle", "déclare-t-il", after a
  // quotation or a reported clause)
  Document inv = extract("La maire Anne Dupont est arriv\u00E9e mardi. \u00AB C'est une trag\u00E9die \u00BB, dit-elle. "
                         "\u00AB Rien ne sera oubli\u00E9 \u00BB, ajoute-t-elle.");
  ASSERT_EQ(inv.quotes.size(), 2u);
  for (const Quote& q : inv.quotes) EXPECT_EQ(q.speaker, "Anne Dupont");
  EXPECT_EQ(cue(&inv.quotes[0]), "dit-elle");
  EXPECT_EQ(only_speaker("Le ministre Jean Duval est arriv\u00E9 mardi. La r\u00E9forme sera adopt\u00E9e, d\u00E9clare-t-il."),
            "Jean Duval");
  EXPECT_EQ(only_speaker("Le ministre Jean Duval est arriv\u00E9 mardi. \u00AB Non \u00BB, r\u00E9pond-il."), "Jean Duval");
  EXPECT_EQ(only_speaker("Le ministre Jean Duval est arriv\u00E9 mardi. \u00AB Non \u00BB, lance-t-il."), "Jean Duval");
  // (a French form that is an English word as well is a cue only joined with its pronoun: "Lance" is a
  // name, "commenter" a noun)
  EXPECT_EQ(only_speaker("Lance Beebe, a Navy veteran, said the plan was bad."), "Lance Beebe");
  EXPECT_EQ(only_speaker("\"We wrote to him,\" one commenter wrote."), "one commenter");
  // (before any other word, "a" is the English article: no auxiliary, no verb)
  Document en = extract("\"We will appeal,\" a said lawyer told reporters.");
  ASSERT_EQ(en.quotes.size(), 1u);
  EXPECT_EQ(cue(&en.quotes[0]), "told");
}

TEST(Quotes, OtherLanguagesReportedSpeechAfterTheirClauseWordAndAccordingTo) {
  // (the clause after "que", "dass", "che" (data/other_clause_words.txt), its subject's before the verb)
  Document fr = extract("Le ministre Jean Duval a d\u00E9clar\u00E9 que la r\u00E9forme serait adopt\u00E9e.");
  ASSERT_EQ(fr.quotes.size(), 1u);
  EXPECT_EQ(fr.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(fr.quotes[0].text, "la r\u00E9forme serait adopt\u00E9e");
  EXPECT_EQ(fr.quotes[0].speaker, "Jean Duval");
  EXPECT_EQ(cue(&fr.quotes[0]), "a d\u00E9clar\u00E9");
  // (an elided "qu'" glued to the clause's first word; "Il" before the verb is a pronoun there,
  // data/pronouns.tsv's "other" rows)
  Document il = extract("Jean Duval est arriv\u00E9 mardi. Il a affirm\u00E9 qu'il n'y avait pas d'alternative.");
  ASSERT_EQ(il.quotes.size(), 1u);
  EXPECT_EQ(il.quotes[0].text, "il n'y avait pas d'alternative");
  EXPECT_EQ(il.quotes[0].speaker, "Jean Duval");
  Document es = extract("La ministra Ana Torres dijo que el gobierno no subir\u00E1 los impuestos.");
  ASSERT_EQ(es.quotes.size(), 1u);
  EXPECT_EQ(es.quotes[0].text, "el gobierno no subir\u00E1 los impuestos");
  EXPECT_EQ(es.quotes[0].speaker, "Ana Torres");
  Document de = extract("Anke Vogel sagte, dass niemand verletzt wurde.");
  ASSERT_EQ(de.quotes.size(), 1u);
  EXPECT_EQ(de.quotes[0].text, "niemand verletzt wurde");
  EXPECT_EQ(de.quotes[0].speaker, "Anke Vogel");
  EXPECT_EQ(only_speaker("Il sindaco Paolo Ferri ha detto che l'accordo \u00E8 storico."), "Paolo Ferri");
  // (a one-word "according to", first with its comma or after the last comma; the name after a
  // role's word, past an article)
  Document selon = extract("Selon le porte-parole Luc Marchand, trois manifestants ont \u00E9t\u00E9 interpell\u00E9s.");
  ASSERT_EQ(selon.quotes.size(), 1u);
  EXPECT_EQ(selon.quotes[0].text, "trois manifestants ont \u00E9t\u00E9 interpell\u00E9s");
  EXPECT_EQ(selon.quotes[0].speaker, "Luc Marchand");
  EXPECT_EQ(only_speaker("Seg\u00FAn la Aemet, las temperaturas superar\u00E1n los 38 grados el viernes."), "Aemet");
  Document tail = extract("El acuerdo se firmar\u00E1 el lunes, seg\u00FAn el portavoz Carlos Ruiz.");
  ASSERT_EQ(tail.quotes.size(), 1u);
  EXPECT_EQ(tail.quotes[0].text, "El acuerdo se firmar\u00E1 el lunes");
  EXPECT_EQ(tail.quotes[0].speaker, "Carlos Ruiz");
  // (its words of when between the verb and its clause's word: "a déclaré mardi que", "sagte am Montag, dass")
  EXPECT_EQ(only_speaker("Le ministre Jean Duval a d\u00E9clar\u00E9 mardi que la r\u00E9forme serait adopt\u00E9e."), "Jean Duval");
  EXPECT_EQ(only_speaker("Anke Vogel sagte am Montag, dass niemand verletzt wurde."), "Anke Vogel");
  // (the source a name or a source's noun: not "selon la saison", "depending on the season", nor
  // "Selon moi", "in my view"; a relative clause on the source is its, "Laut einer Umfrage, die …,")
  EXPECT_TRUE(extract("Les prix varient, selon la saison.").quotes.empty());
  EXPECT_TRUE(extract("Selon moi, la r\u00E9forme est une erreur.").quotes.empty());
  EXPECT_TRUE(extract("Die Kinder sangen das Lied, laut und fr\u00F6hlich.").quotes.empty());
  EXPECT_EQ(only_speaker("Selon la pr\u00E9fecture, trois manifestants ont \u00E9t\u00E9 interpell\u00E9s."), "la pr\u00E9fecture");
  // (an office's noun too, with no name: "Selon le ministre", "Según el portavoz")
  EXPECT_EQ(only_speaker("Selon le ministre, la situation est grave."), "le ministre");
  EXPECT_EQ(only_speaker("Seg\u00FAn el portavoz, el acuerdo est\u00E1 cerrado."), "el portavoz");
  Document poll = extract("Laut einer Umfrage, die am Montag ver\u00F6ffentlicht wurde, sind 60 Prozent dagegen.");
  ASSERT_EQ(poll.quotes.size(), 1u);
  EXPECT_EQ(poll.quotes[0].text, "sind 60 Prozent dagegen");
  // ("Segundo", "Secondo" are first names as often as "second": no "according to")
  EXPECT_EQ(only_speaker("Segundo Romero said the mine would reopen next year."), "Segundo Romero");
  // (a compound past after the clause it reports: "…, a déclaré le ministre")
  EXPECT_EQ(only_speaker("La r\u00E9forme sera adopt\u00E9e avant l'\u00E9t\u00E9, a d\u00E9clar\u00E9 le ministre Jean Duval."), "Jean Duval");
  // (before no verb of another language the words are English: a first name, no pronoun)
  EXPECT_EQ(only_speaker("Ella Price said that the plan was fair."), "Ella Price");
}

TEST(Quotes, ReversedGuillemetsOfDanishAndGermanPrintPair) {
  // » opens and « closes: the words between are the quotation, not what follows the «
  Document d = extract("\u00BBWe will appeal the ruling,\u00AB said attorney Mads Holm.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "We will appeal the ruling,");
  EXPECT_EQ(d.quotes[0].speaker, "Mads Holm");
}

TEST(Quotes, AWorksTitleEndingTheReportedClauseWithItsPeriodInsideIsReportedSpeech) {
  // (American papers put the sentence's period inside the closing mark: the title is no one's words)
  Document d = extract("Leon Meyer says his favourite film is \"The Quiet Harbour.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_EQ(d.quotes[0].speaker, "Leon Meyer");
  // (words of one's own that end in a mark stay quoted words)
  Document e = extract("Leon Meyer said the film was \"a quiet triumph.\"");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].kind, Kind::partial);
}

// a link list's title, a name and its colon before words quoted in sentences of their own, is
// no one's quotation, even where the name is of one the article quotes
TEST(Quotes, ALinkListsTitleOfANameAndQuotedSentences) {
  const Document d = extract("Renata Okafor-Lind spoke.\nRelated coverage\nOkafor-Lind: 'I'm not running for governor. I'm running a "
                             "bill.'\nTransit ridership hits 10-year high\n");
  EXPECT_TRUE(d.quotes.empty());
}

// a link list's title is no one's words whatever its quoted words' case: 'Lux Calloway says
// "Porcelain Weather" was 'the hardest thing I've ever made''
TEST(Quotes, ALinkListsTitleInLowerCase) {
  EXPECT_TRUE(extract("Some text.\nRelated stories:\nLux Calloway says 'Porcelain Weather' was 'the hardest thing I've ever made'\n"
                      "Sable announces 2024 stadium dates\n")
                  .quotes.empty());
}

// a link's title after a label of video, a bar and the channel after it: 'YouTube video: "…" |
// TechTruth'; deacon, a first name before a surname ("Deacon Hart")
TEST(Quotes, AVideosTitleAfterItsLabel) {
  EXPECT_TRUE(extract("YouTube video: \"I opened the Lumenfold Halo so you don't have to\" | TechTruth\nWatch on YouTube\n").quotes.empty());
  EXPECT_EQ(extract("Video: \"We are not done,\" says the coach.").quotes.size(), 1u);
  EXPECT_EQ(extract("Marisol Vale and Deacon Hart split. \"She is the best,\" Hart wrote.").quotes.at(0).speaker, "Deacon Hart");
}

// a name of two words or more in marks before its product's noun, a cue far before it that names
// nothing, is no one's quote ('its brands, including the best-selling "Morning Meadow" yogurt
// line'); a word of one, 'an "Amazon" tax', stays the speaker's
TEST(Quotes, ABrandsNameBeforeItsProductsNoun) {
  const Document d = extract("Hillcrest said that its brands, including the best-selling \"Morning Meadow\" yogurt line, would keep their "
                             "names.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::indirect);
  EXPECT_NE(find(extract("Critics have long said that the new tax amounts to an \"Amazon\" tax on every shopper."), "Amazon"), nullptr);
  EXPECT_NE(find(extract("He called it a \"Mickey Mouse\" operation."), "Mickey Mouse"), nullptr);
}

// a numbered list's items under a link list's label ("Most read" / "1. …") are titles, no one's
// words; a numbered list with no such label keeps its quotations
TEST(Quotes, ANumberedLinkList) {
  EXPECT_TRUE(extract("Elena Sarkisian covers enterprise software and the tech workforce for the paper from its bureau in Portland.\nMost read\n1. \"Nobody is coming to save us,\" mayor warns as budget gap "
                      "widens\n2. 'I'd do it again': The nurse who blew the whistle\n3. Storm knocks out power to 40,000\n")
                  .quotes.empty());
  EXPECT_EQ(extract("The mayor listed her demands.\n1. \"Stop the cuts,\" she said.\n2. \"Fund the schools,\" she added.\n").quotes.size(), 2u);
}

// A software's name in the writer's marks after its noun is a title, in lower case too ("the
// widely used Rust crate "tidepool""; "a website called "…""), but a word a naming verb gives it
// is a judgement of it ('called the report "misleading"')
TEST(Quotes, ASoftwaresNameAfterItsNounAndAJudgementOfAWork) {
  EXPECT_TRUE(extract("She maintains the widely used Rust crate \"tidepool\" and works at a bank.").quotes.empty());
  EXPECT_TRUE(extract("Rob Calabrese set up a website called \"Cape Breton If Donald Trump Wins\" that pitches the island.").quotes.empty());
  const Document d = extract("Critics called the report \"misleading\" on Monday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "misleading");
}

// A title a work's verb gives, the comma after the marks as British papers put it and a work's
// noun after it: "sang 'Stay Till The Morning', the couple's first-dance song"
TEST(Quotes, ATitleWithTheCommaOutsideAndAWorksNounAfter) {
  EXPECT_TRUE(extract("A choir of schoolchildren sang 'Stay Till The Morning', the couple's first-dance song.").quotes.empty());
}

// A title between commas after a work's noun ('a 2024 consultants' report, "Crossing Point: The
// Case for Cross-Border Rail," which …', 'The movie, "13 Hours: …," is based'), not words said of
// one ('said of the episode, "I don't like it,"')
TEST(Quotes, ATitleInApposition) {
  EXPECT_TRUE(extract("Pruitt cited a 2024 consultants' report, \"Crossing Point: The Case for Cross-Border Rail,\" which he "
                      "called flawed.")
                  .quotes.empty());
  const Document d = extract("Mr. Trump said of the episode, \"I don't like it,\" and left.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Trump");
}

// "known" and "as" with a phrase of where or to whom between them name what follows in marks: a
// nickname, no one's words ('known on the Ojota motor park as "Chairman"'); not inside what a cue
// before reports
TEST(Quotes, KnownSomewhereAsANameIsANickname) {
  EXPECT_EQ(of_kind(extract("Musa Abdullahi, a 34-year-old okada rider known on the Ojota motor park as \"Chairman\", said he now "
                            "spends more on fuel."),
                    Kind::partial),
            nullptr);
  EXPECT_EQ(extract("She is known to friends as \"Bear.\"").quotes.size(), 0u);
  EXPECT_NE(of_kind(extract("He said he was known in the town as \"a troublemaker\" and laughed."), Kind::partial), nullptr);
}

// A curly closing single mark glued to the word before it, a word after its space, with no single
// quotation open, is an apostrophe that ends a word ("goin’ home", "Nic a’ Phì"): no quotation's
// mark, no end of what a cue reports
TEST(Quotes, AGluedClosingSingleMarkWithNoOpenerIsAnApostrophe) {
  const Document d = extract("He said they were goin\u2019 home early.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "they were goin\u2019 home early");
  // (one that closes a quotation stays its mark)
  EXPECT_NE(of_kind(extract("She called it \u2018simply untrue\u2019 and left."), Kind::partial), nullptr);
}

// A work's title after a noun of a thing of the work and "of" is no one's words: "his own copy of
// "Speak,"", "an episode of "The Crown"" (data/work_of_nouns.txt); a copy's phrase in lower case is
TEST(Titles, AWorksTitleAfterACopyOf) {
  Document d = extract("Jason Mercer said he had found a copy of \"Gender Queer\" in his daughter's backpack.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.text, "Gender Queer");
  d = extract("Malik Johnson held up his own copy of \"Speak,\" a novel about recovery, and said it had saved him.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.text, "Speak,");
  d = extract("She said the ruling was \"a copy of what we said.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "a copy of what we said.");
}

// A quote in guillemets over several paragraphs whose middle paragraph holds a quote of double
// marks nested in it: '«… / «The minister talks about “demanding jobs” … / «…»' is one quote
TEST(Quotes, AGuillemetQuoteOverParagraphsWithANestedQuote) {
  const Document d = extract(
      "Nathalie Giraud, 58, a nurse, said she had worked nights for 22 years.\n\n\u00ABAt 58 my back is finished.\n\n\u00ABThe "
      "minister talks about \u201Cdemanding jobs\u201D as if we were a special category.\n\n\u00ABLet her come and do one night "
      "shift with us.\u00BB");
  const Quote* q = find(d, "At 58");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Nathalie Giraud");
  EXPECT_NE(q->text.find("one night shift"), std::string::npos);
  for (const Quote& o : d.quotes) EXPECT_NE(o.text, "demanding jobs");
}

// A middle paragraph of words in single marks over several paragraphs may hold a quotation in
// double marks: the outer quote goes on over it to the next paragraph's opening mark
TEST(Quotes, ANestedDoubleQuoteInAMiddleParagraphOfSingleMarks) {
  const std::string text =
      "'There are three primary schools near the site.\n\n'We were told at the consultation that it was \"perfectly safe\". "
      "Nobody has been able to answer that.\n\n'If this committee approves it tonight, it won't be you breathing it in.'\n";
  Document d = extract(text, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].spans.size(), 3u);
  EXPECT_EQ(piece(text, d.quotes[0], 1), "We were told at the consultation that it was \"perfectly safe\". Nobody has been able to answer that.");
}
