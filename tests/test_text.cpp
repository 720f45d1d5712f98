// Reading text: encodings, line ends, paragraphs and sentences.
#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

TEST(Text, EmptyInputGivesNoQuotes) {
  Document d = extract("");
  EXPECT_TRUE(d.quotes.empty());
  EXPECT_TRUE(d.speakers.empty());
}

TEST(Text, ByteOrderMarkCountsAsOneCodePoint) {
  std::string t = "\xEF\xBB\xBF\"We will win,\" said Jane Doe.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].start, 2u);  // BOM, opening mark
  EXPECT_EQ(d.quotes[0].text, "We will win,");
  EXPECT_EQ(d.quotes[0].speaker, "Jane Doe");
}

TEST(Text, CrLfLineEndsSplitParagraphs) {
  std::string t = "Jane Doe spoke first.\r\n\r\n\"It is over,\" she said.\r\n\"Really over.\"\r\n";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "It is over,");
  EXPECT_EQ(d.quotes[0].speaker, "Jane Doe");
  EXPECT_EQ(d.quotes[1].speaker, "Jane Doe");  // continuation in the next paragraph
}

TEST(Text, NoBreakSpaceIsWhiteSpace) {
  std::string t = "\"Prices will fall,\"\xC2\xA0said\xC2\xA0Maria Lopez.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Maria Lopez");
  EXPECT_EQ(cue(&d.quotes[0]), "said");
}

TEST(Text, InvalidBytesAreReplacedAndOffsetsStayExact) {
  // \xFF and a truncated sequence \xE2\x82 count as one code point each (as Python's
  // errors="replace" decodes them)
  std::string t = "Bad \xFF bytes \xE2\x82 here. \"The money is gone \xFF,\" said Tom Hale.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  const Quote& q = d.quotes[0];
  EXPECT_EQ(q.text, "The money is gone \xEF\xBF\xBD,");
  // code points before the quote: "Bad " 4, FFFD 1, " bytes " 7, FFFD 1, " here. " 7, '"' 1
  EXPECT_EQ(q.start, 21u);
  EXPECT_EQ(q.end, q.start + 20);
  EXPECT_EQ(q.speaker, "Tom Hale");
}

TEST(Text, SingleNewlineSeparatesParagraphs) {
  // an unclosed quote stops at its paragraph's end, even one ended by a single newline
  std::string t = "Ann Lee said, \"This never closes\nBob Ray said, \"This one does.\"";
  Document d = extract(t);
  const Quote* q = find(d, "This one does.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Bob Ray");
}

TEST(Text, AbbreviationsDoNotEndSentences) {
  // "Gov." and "U.S." keep the sentence whole, so the pronoun finds the governor
  std::string t =
      "Gov. Eric Greitens visited the U.S. Capitol on Monday. \"We need the money now,\" he said.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Eric Greitens");
  EXPECT_EQ(mention(&d.quotes[0]), "he");
}

TEST(Text, ThePlaceAbbreviationsOfOtherLanguagesDoNotEndSentences) {
  EXPECT_EQ(first_mention("Residents of Barangay Sto. Nino in Hagonoy told the Inquirer that their streets still flood."),
            "Residents of Barangay Sto. Nino in Hagonoy");
}

TEST(Text, ANameWrittenWithAnExclamationMarkDoesNotEndTheSentence) {
  // data/exclamation_names.txt: the colon lead-in is the spokesperson's, one sentence
  Document d = extract("A spokesperson for Ana Ruiz told E! News: \"We don't comment on the lives of our clients.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "A spokesperson for Ana Ruiz");
  // (an exclamation of another word still ends one)
  EXPECT_EQ(first_words("Ana Ruiz said the team won! Then she left."), "the team won");
}

TEST(Text, ATitlesAbbreviationAfterAHyphenDoesNotEndTheSentence) {
  EXPECT_EQ(first_words("He said the unit led by then-Sen. Jon Burge was bad."), "the unit led by then-Sen. Jon Burge was bad");
  // a hyphenated name's period does end it
  EXPECT_EQ(first_words("He said he met al-Assad. Then he left."), "he met al-Assad");
}

TEST(Text, AClockTimesAbbreviationEndsASentenceBeforeAWordOfTheListsAndTime) {
  // "Each time", "Extra time" open a sentence; a place's time does not
  EXPECT_EQ(first_words("The shooting happened at about 2 a.m. Each time police arrive, residents scatter, said Lt. Ana Ruiz."),
            "Each time police arrive, residents scatter");
  EXPECT_EQ(first_words("The match kicked off at 8 p.m. Extra time was needed after a late equaliser, the referee said."),
            "Extra time was needed after a late equaliser");
}

TEST(Text, AClockTimesAbbreviationEndsASentenceBeforeACapitalThatIsNoTime) {
  // "a.m." then a name or a quotation: a new sentence; then a day, a month or a zone: the same
  EXPECT_EQ(first_mention("The fire started at 1:12 a.m. Brandt acknowledged that the crews were late."), "Brandt");
  Document d = extract("\"I grabbed the dog,\" said Tom Reed, who was rescued at about 4 a.m. \"Everything else is gone.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  EXPECT_EQ(d.quotes[1].speaker, "Tom Reed");
  for (const char* t : {"The meeting begins at 11 a.m. Eastern on Tuesday, Smith said.", "It began at 9 a.m. Monday, the mayor said.",
                        "Polls close at 8 p.m. ET, officials said.",
                        "The vote opened at 10 a.m. Moscow time on Sunday, officials said."}) {
    Document e = extract(t);
    ASSERT_EQ(e.quotes.size(), 1u) << t;
    EXPECT_TRUE(e.quotes[0].text.find("a.m.") != std::string::npos || e.quotes[0].text.find("p.m.") != std::string::npos) << t;
  }
}

#ifdef WHOSAID_SANITIZED
constexpr std::size_t kBig = 5u << 20;  // under the sanitizers
#else
constexpr std::size_t kBig = 50u << 20;
#endif

TEST(Text, FiftyMegabyteParagraphFinishes) {
  std::string t;
  t.reserve(kBig + 64);
  while (t.size() < kBig) t += "word \"quoted bit\" Mr. Smith said that ";
  Document d = extract(t);
  EXPECT_GT(d.quotes.size(), 1000u);
}

TEST(Text, HundredThousandUnmatchedMarksFinish) {
  std::string t(100000, '"');
  Document d = extract(t);
  EXPECT_TRUE(d.quotes.empty());
  std::string u;
  for (int i = 0; i < 100000; ++i) u += "a \u201C b ";
  Document d2 = extract(u);
  EXPECT_LE(d2.quotes.size(), 1u);
}

TEST(Text, DatelineIsASentenceOfItsOwn) {
  // the participle's subject is the sentence's, not the news agency of the dateline
  Document d = extract("WASHINGTON (AP) \u2014 Speaker Mike Johnson on Thursday defended the deal, saying it \"keeps the government open.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Mike Johnson");
}

TEST(Text, MojibakeLettersStayInsideTheirWord) {
  // a UTF-8 letter read as Latin-1 once or twice, composed or with a combining mark, as scraped
  // corpora hold them: the name is one word and its speaker's
  for (const char* name : {"Pe\xC3\x83\xC2\xB1" "a Nieto", "Fran\xC3\x83\xC2\x83\xC3\x82\xC2\xA7ois Hollande",
                           "FranA\xCC\x83\xC2\x83" "A\xCC\x82\xC2\xA7ois Hollande"}) {
    const std::string t = std::string("\"Europe must defend itself,\" ") + name + " said Friday.";
    Document d = extract(t);
    ASSERT_EQ(d.quotes.size(), 1u) << name;
    EXPECT_EQ(d.quotes[0].speaker, name);
  }
  // a no-break space read as Latin-1 ("\u00C2\u00A0") is still a space
  Document d = extract("\"We won,\" said Ann\xC3\x82\xC2\xA0Lee.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_NE(d.quotes[0].speaker.find("Ann"), std::string::npos);
}

TEST(Text, ALiveBlogsTimeBeforeADashIsASentenceOfItsOwn) {
  Document d = whosaid::extract("11:05 a.m. ET — Power outages now top 200,000, the utility said.", bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Power outages now top 200,000");
  Document e = whosaid::extract("11:20 a.m. ET — Marcus Liang, reporting from Houma: \"The water is rising.\"", bytes());
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].speaker, "Marcus Liang");
}

TEST(Text, AWrappedLineGoesOnInLowerCaseInsideItsParagraph) {
  // a line that ends inside a sentence and goes on in lower case: one paragraph, the quote whole
  std::string t = "\"I have not even met the man\nmyself,\" said Ada Crane.";
  Document d = extract(t, bytes());
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ada Crane");
  EXPECT_EQ(at(t, d.quotes[0].start, d.quotes[0].end), "I have not even met the man\nmyself,");
  // (a headline's line and the body after it stay apart)
  d = extract("Mayor Defends Budget\nThe mayor said, \"We had no choice.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The mayor");
}

TEST(Text, ATextWrappedAsAWholeReadsAsItsUnwrappedParagraphs) {
  // lines of a fixed width, paragraphs between blank lines: a name or a quotation across a
  // line break is read as on one line, and the speaker's name has one space
  const std::string wrapped =
      "The council met on Tuesday to vote on the harbor plan, which has divided\n"
      "the town for two years. After the vote, council member Charlie\n"
      "Puth said the plan was \"the best we could do with the money we have\n"
      "left,\" and he thanked the residents who came.\n"
      "\n"
      "\"We will keep the light on,\" said Rosa Delgado, who runs the museum\n"
      "near the pier and has opposed the plan since it was first drawn up.\n";
  Document d = extract(wrapped, bytes());
  const Quote* q = find(d, "the best we could do");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Charlie Puth");
  EXPECT_NE(at(wrapped, q->start, q->end).find("we have\nleft,"), std::string_view::npos);
  q = find(d, "keep the light on");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Rosa Delgado");
  // a text of a sentence a line is no wrapped text: each line stays a paragraph (the last quote
  // is no continuation of a quote three paragraphs up)
  d = extract("Ann Lee spoke first.\n\"We are ready,\" she said.\nThe vote was close.\nMany residents stayed home.\n\"It was a good day.\"");
  q = find(d, "good day");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "");
}

TEST(Text, AnAbbreviationsPeriodEndsASentenceBeforeAWordThatOpensSentences) {
  // "in the U.S. The company …", "wrote on X. Another posted": two sentences
  Document d = extract("\"I am not okay,\" one fan wrote on X. Another posted: \"None of us can.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(mention(&d.quotes[0]), "one fan");
  EXPECT_EQ(mention(&d.quotes[1]), "Another");
  d = extract("Sales fell in the U.S. The company said consumers were choosy.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(mention(&d.quotes[0]), "The company");
  // (and before a quotation that opens with a capital: a whole utterance)
  d = extract("Sales fell 11% in the U.S. \"Consumers are choosy,\" Karen Osterhout said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
  EXPECT_EQ(d.quotes[0].speaker, "Karen Osterhout");
  // not before a name, nor after a title or a middle initial
  d = extract("U.S. Rep. John Hale said the plan was \"dead.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "John Hale");
  d = extract("John F. Kennedy said the U.S. \"pivot\" to Asia was \"overdue.\"");
  ASSERT_GE(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "John F. Kennedy");
}

TEST(Text, ALinkingAbbreviationOrATitleInQuotationMarksAfterAnAbbreviationEndsNoSentence) {
  // "v.", "vs.", "feat." join two parts of one phrase (data/linking_abbreviations.txt)
  Document d = extract("The ruling in Smith v. The State of Ohio was overturned, his lawyer said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The ruling in Smith v. The State of Ohio was overturned");
  d = extract("The suit, Hale vs. The Daily Ledger, was dismissed on Monday, the paper's lawyer said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text.substr(0, 8), "The suit");
  // (a title in capitals after "U.S." is no quotation that opens a sentence)
  d = extract("She appeared on the U.S. \"Tonight Show\" in 1992, her agent said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text.substr(0, 11), "She appeare");
}

TEST(Text, ADatelineWithAStateAndADateIsASentenceOfItsOwn) {
  Document d = extract("SAN JOSE, Calif., Feb 1 (Reuters) - Firefighters contained the blaze on Sunday, officials said.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "Firefighters contained the blaze on Sunday");
}

TEST(Text, ADatelineWithAColonIsASentenceOfItsOwnAndNamesNoOne) {
  // "KOTA BARU: …", as Malaysian and Indian papers write it; and no dateline names a speaker
  Document d = extract("KOTA BARU: The state will send boats to flooded villages, he told reporters on Sunday.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "The state will send boats to flooded villages");
  EXPECT_EQ(d.quotes[0].speaker, "");
  EXPECT_EQ(extract("NEW YORK (AP) \u2014 The plan will work, he told reporters.").quotes.at(0).speaker, "");
  // (not a headline's word before title case, nor a transcript's speakers)
  Document t = extract("Senator Ann Lee spoke.\n\nLEE: We will win this fight in the end.\n\nSMITH: No you will not, and you know it.");
  ASSERT_FALSE(t.quotes.empty());
  EXPECT_EQ(t.quotes.back().speaker, "SMITH");
}

// a page's text whose blocks ran together: a mark with no space after it ends a sentence between
// a word in lower case and a capitalised one ("morning.Buck Harrowgate said"); not an
// abbreviation's ("Ph.D. from Harvard")
TEST(Text, AMarkGluedToTheNextBlockEndsASentence) {
  const Document d = extract("The mayor spoke on Sunday morning.Buck Harrowgate said \"this is fine.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Buck Harrowgate");
  const Document p = extract("\"That is so out of touch,\" said Erin Clark, who earned a Ph.D. from Harvard.");
  ASSERT_EQ(p.quotes.size(), 1u);
  EXPECT_EQ(p.quotes[0].speaker, "Erin Clark");
}

// a short page's lines, none long, that end in a post header's date or a name are no evidence of
// text wrapped at a fixed width: each post's header stays a line of its own
TEST(Text, ShortLinesEndingInDatesOrNamesAreNoWrappedText) {
  const Document d = extract("He posted about the visit.\n\nDusty Calloway @DustyCalloway \u00B7 Truth Social \u00B7 Jun 3, 2025\nJust had "
                             "the BEST pie in America.\n\nShe answered.\n\nJune Bell @eatwithjunie \u00B7 Jun 4, 2025\nReplying to "
                             "@marigolddinerbf\nTold you so.\n\nThe club replied.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "Just had the BEST pie in America.");
  EXPECT_EQ(d.quotes[1].text, "Told you so.");
}

// "No." is a number's sign only before a number ("No. 10", "Nos. 3 and 4"): before a word it is
// the answer "No" and its sentence's end
TEST(Text, NoWithAPeriodBeforeAWordIsAnAnswerNotANumbersSign) {
  Document d = extract("Ms van Tonder said: \"You told officers you had not seen him. That wasn't true, was it?\"\n\n\"No. I was scared.\"\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text.substr(0, 3), "No.");
  d = extract("The No. 10 seed, Ana Ruiz, said the draw was \"brutal.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Ana Ruiz");
}
