// Embedded social posts flattened into text.
#include "helpers.hpp"

using namespace whosaid;
using namespace whosaid::test;

namespace {
const Quote* embed(const Document& d, std::size_t i = 0) {
  std::size_t n = 0;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::embed && n++ == i) return &q;
  return nullptr;
}
}  // namespace

TEST(Embeds, TwitterBylineWithEmDash) {
  Document d = extract("Rest easy, friend. \u2014 Padma Lakshmi (@PadmaLakshmi) October 1, 2020 @PadmaLakshmi");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Rest easy, friend.");
  EXPECT_EQ(q->platform, "twitter");
  EXPECT_EQ(q->handle, "@PadmaLakshmi");
  EXPECT_EQ(q->date, "2020-10-01");
  EXPECT_EQ(q->speaker, "Padma Lakshmi");
  EXPECT_EQ(d.quotes.size(), 1u);
}

TEST(Embeds, APostInAParagraphThePageRanTogetherStartsAfterTheWritersLeadIn) {
  // (a scraper's text with no paragraph breaks: the writer's sentences before the post, one that
  // names a platform or the author, another post's byline, are no post's words)
  Document d = extract(
      "Council leader Priya Chandran defended the decision on X. Recycling stays weekly. Food waste stays weekly. \u2014 Cllr "
      "Priya Chandran (@PriyaChandranAV) July 17, 2025 @PriyaChandranAV Opposition leader Graham Whitlock was quick to respond. "
      "@PriyaChandranAV Come and walk it with me. \u2014 Graham Whitlock (@GWhitlockAV) July 17, 2025 \"Every other week is "
      "fine,\" said pensioner Maureen Dobbs. The residents association posted its view on Facebook. We want it done "
      "properly.Posted by Northgate Residents Association on Friday, July 18, 2025 A council spokesperson said larger bins were free.");
  ASSERT_NE(embed(d, 2), nullptr);
  EXPECT_EQ(embed(d, 0)->text, "Recycling stays weekly. Food waste stays weekly.");
  EXPECT_EQ(embed(d, 1)->text, "@PriyaChandranAV Come and walk it with me.");
  EXPECT_EQ(embed(d, 1)->addressees, std::vector<std::string>{"@PriyaChandranAV"});
  EXPECT_EQ(embed(d, 2)->text, "We want it done properly.");
  const Quote* q = find(d, "Every other week is fine");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Maureen Dobbs");
  // (a post whose paragraph ends with its byline keeps its first sentence, whatever it names)
  Document own_name = extract("Essex Police officers are at the scene of a crash on the A12. Please avoid the area. \u2014 Essex "
                              "Police (@EssexPoliceUK) June 8, 2025");
  ASSERT_NE(embed(own_name), nullptr);
  EXPECT_EQ(embed(own_name)->text, "Essex Police officers are at the scene of a crash on the A12. Please avoid the area.");
  // (a post's own sentence with a verb of posting or a platform is the post's: "who shares so bravely")
  Document own = extract("My heart is breaking for them. This is a woman who shares so bravely. \u2014 Emmy Rix (@emmyrix) October 1, 2020");
  ASSERT_NE(embed(own), nullptr);
  EXPECT_EQ(embed(own)->text, "My heart is breaking for them. This is a woman who shares so bravely.");
}

TEST(Embeds, ABylinesPlatformIsTheOneTheLineBeforeThePostNames) {
  Document d = extract("The band posted this on Instagram:\n\nWe are taking a break. We love you. \u2014 Static Orchard "
                       "(@staticorchardband) March 1, 2026\n\nAnd a fan on X:\n\nworst week of my life \u2014 ellie (@elliewrites_) "
                       "March 1, 2026");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].platform, "instagram");
  EXPECT_EQ(d.quotes[1].platform, "twitter");
  // (no such line: Twitter's form)
  EXPECT_EQ(embed(extract("Rest easy, friend. \u2014 Padma Lakshmi (@PadmaLakshmi) October 1, 2020"))->platform, "twitter");
  // (a platform's name of two words, data/platform_names.tsv)
  EXPECT_EQ(embed(extract("The former senator responded on Truth Social:\n\nThe trial is a total witch hunt!\n\n"
                          "\u2014 Wade Trimble (@WadeTrimble) October 2, 2024"))
                ->platform,
            "truthsocial");
}

TEST(Embeds, HyphenAndDoubleHyphenDashes) {
  Document a = extract("Big day today - Ann Lee (@annlee) May 2, 2019");
  Document b = extract("Big day today -- Ann Lee (@annlee) May 2, 2019");
  ASSERT_NE(embed(a), nullptr);
  ASSERT_NE(embed(b), nullptr);
  EXPECT_EQ(embed(a)->text, "Big day today");
  EXPECT_EQ(embed(b)->date, "2019-05-02");
}

TEST(Embeds, NoSpaceBeforeTheDash) {
  Document d = extract("Big day today.\u2014Ann Lee (@annlee) May 2, 2019");
  ASSERT_NE(embed(d), nullptr);
  EXPECT_EQ(embed(d)->text, "Big day today.");
}

TEST(Embeds, BylineOnItsOwnLine) {
  Document d = extract("Some prose paragraph here.\n\nVote early, vote often.\n\u2014 Ann Lee (@annlee) Nov 8, 2016");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Vote early, vote often.");
  EXPECT_EQ(q->date, "2016-11-08");
}

TEST(Embeds, LinksStayInThePostText) {
  Document d = extract("Look at this pic.twitter.com/AbC123 \u2014 Ann Lee (@annlee) May 2, 2019");
  ASSERT_NE(embed(d), nullptr);
  EXPECT_EQ(embed(d)->text, "Look at this pic.twitter.com/AbC123");
  Document e = extract("Read it https://t.co/xYz \u2014 Ann Lee (@annlee) May 2, 2019");
  ASSERT_NE(embed(e), nullptr);
  EXPECT_EQ(embed(e)->text, "Read it https://t.co/xYz");
}

TEST(Embeds, DateGluedToTheNextWord) {
  Document d = extract("We did it! \u2014 Ann Lee (@annlee) May 2, 2019The crowd cheered as results came in.");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->date, "2019-05-02");
  EXPECT_EQ(q->text, "We did it!");
}

TEST(Embeds, PostOverSeveralParagraphs) {
  std::string t =
      "Beals posted on Twitter:\n\nI am so deeply sorry.\n\nI know Jack was so loved.\n\nTake your time. "
      "\u2014 Jennifer Beals (@jenniferbeals) October 1, 2020 @jenniferbeals";
  Document d = extract(t);
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->spans.size(), 3u);
  EXPECT_EQ(q->text.substr(0, 21), "I am so deeply sorry.");
  EXPECT_EQ(q->speaker, "Jennifer Beals");
}

TEST(Embeds, ProseBeforeAPostStaysTheWriters) {
  Document d = extract("The vote was close.\n\nThe count ended at midnight.\n\nWe won anyway. \u2014 Ann Lee (@annlee) May 2, 2019");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "We won anyway.");
  // the writer's line (no one speaking, no mark of a post) ends the post's paragraphs
  Document e = extract(
      "The family announced her death on Facebook.\n\nIt is with heavy hearts that we share that Mom passed away.\n\n"
      "We will reopen Friday.\n\nPosted by Blue Plate Diner on Sunday, October 13, 2024");
  const Quote* p = embed(e);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->spans.size(), 2u);
  EXPECT_EQ(e.quotes.size(), 1u);  // ("we share that …" is the post's, no report of the writer's)
}

TEST(Embeds, AWritersLineBetweenTwoPostsIsNeitherPosts) {
  Document d = extract(
      "We filled this one on Feb. 27. \u2014 WisDOT Northeast (@WisDOT_NE) March 13, 2024\n\nGallagher was not impressed.\n\n"
      "@WisDOT_NE You've had my booking reference for weeks. \u2014 Niamh Gallagher (@niamhrolls) March 13, 2024");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "@WisDOT_NE You've had my booking reference for weeks.");
  EXPECT_EQ(d.quotes[1].addressees, std::vector<std::string>{"@WisDOT_NE"});
}

TEST(Embeds, ABylineGluedToALinkOrToTheNextWord) {
  Document d = extract(
      "Crews are out. pic.twitter.com/Q7xkT2mBvN\u2014 Central Maine Power (@CMPco_news) March 12, 2024\n\n"
      "Peak gust of 71 mph. \u2014 NWS Gray (@NWSGray) March 12, 2024The weather service said gusts reached 71 mph.");
  ASSERT_EQ(d.quotes.size(), 3u);
  EXPECT_EQ(d.quotes[0].speaker, "Central Maine Power");
  EXPECT_EQ(d.quotes[1].speaker, "NWS Gray");
  EXPECT_EQ(d.quotes[2].speaker, "The weather service");
}

TEST(Embeds, ABlogsBylineIsNoFacebookPost) {
  EXPECT_TRUE(extract("City approves skate park\n\nPosted by Jordan Ellis on March 5, 2024").quotes.empty());
  EXPECT_TRUE(extract("The council met on Monday to vote.\n\nPosted by admin").quotes.empty());
}

TEST(Embeds, LeadingHandlesAreAddressees) {
  Document d = extract("@chrissyteigen @johnlegend My prayers for you. \u2014 Sunny Hostin (@sunny) October 1, 2020 @sunny");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->addressees.size(), 2u);
  EXPECT_EQ(q->addressees[0], "@chrissyteigen");
  EXPECT_EQ(q->addressees[1], "@johnlegend");
  EXPECT_EQ(q->text.substr(0, 14), "@chrissyteigen");
}

TEST(Embeds, DotHandleAddressee) {
  Document d = extract(".@annlee you are wrong. \u2014 Bob Ray (@bobray) May 2, 2019");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "@annlee");
}

TEST(Embeds, Instagram) {
  std::string t =
      "View this post on Instagram\n\nBack home with the kids.\n\nA post shared by Chrissy Teigen "
      "(@chrissyteigen) on Nov 4, 2016 at 1:34am PDT";
  Document d = extract(t);
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->platform, "instagram");
  EXPECT_EQ(q->text, "Back home with the kids.");
  EXPECT_EQ(q->handle, "@chrissyteigen");
  EXPECT_EQ(q->date, "2016-11-04");
  EXPECT_EQ(q->speaker, "Chrissy Teigen");
  EXPECT_EQ(d.quotes.size(), 1u);  // the "View this post" line is nobody's words
}

TEST(Embeds, InstagramPhotoPostedBy) {
  Document d = extract("Sunset run.\nA photo posted by Ann Lee (@annlee) on Jun 5, 2015 at 7:02pm PDT");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->platform, "instagram");
  EXPECT_EQ(q->date, "2015-06-05");
}

TEST(Embeds, ASentenceOfAVideoPostedBySomeoneIsNoByline) {
  // no handle and no date: the writer's words, and the quote before them is still the speaker's
  Document d = extract("\"Today those warnings came true,\" Jansen said.\n\nA video posted by a fan drew 2 million views.");
  EXPECT_EQ(embed(d), nullptr);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jansen");
  EXPECT_EQ(d.quotes[0].kind, Kind::direct);
}

TEST(Embeds, Facebook) {
  Document d = extract("We are closed today because of the storm.\n\nPosted by Harbor Cafe on Monday, February 7, 2022");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->platform, "facebook");
  EXPECT_EQ(q->speaker, "Harbor Cafe");
  EXPECT_EQ(q->date, "2022-02-07");
  EXPECT_TRUE(q->handle.empty());
}

TEST(Embeds, Bluesky) {
  Document d = extract("Snow again. \u2014 Ann Lee (@annlee.bsky.social) January 8, 2025 at 11:00 PM");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->platform, "bluesky");
  EXPECT_EQ(q->handle, "@annlee.bsky.social");
  EXPECT_EQ(q->date, "2025-01-08");
  EXPECT_EQ(q->text, "Snow again.");
}

TEST(Embeds, TikTok) {
  Document d = extract("@dancingdan new routine for the finals \u266C original sound - dancingdan");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->platform, "tiktok");
  EXPECT_EQ(q->handle, "@dancingdan");
  EXPECT_EQ(q->text, "new routine for the finals");
  EXPECT_EQ(q->speaker, "@dancingdan");
  // the sound credited with the author's name names the author
  Document v = extract("The chef posted a video.\n\n@chef.marisol the secret is the butter #cooking \u266C original sound - "
                       "Marisol Vega\n\n\"It took years,\" Vega said.");
  ASSERT_EQ(v.quotes.size(), 2u);
  EXPECT_EQ(v.quotes[0].speaker, "Marisol Vega");
  EXPECT_EQ(v.quotes[1].speaker, "Marisol Vega");
  EXPECT_EQ(v.speakers.size(), 1u);
}

TEST(Embeds, ConsentGateBoilerplateIsNobodysWords) {
  std::string t =
      "Allow Twitter content? This article contains content provided by Twitter. \"Accept\" to view.\n\n"
      "Skip Twitter post by @annlee\n\nView on Threads\n\n\"We won,\" said Bob Ray.";
  Document d = extract(t);
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Bob Ray");
}

TEST(Embeds, AConsentBannerOrAButtonsLineIsNoPartOfThePost) {
  // (as a scraper flattens a German publisher's gate, one line each, the text wrapped: the gate's
  // lines end no paragraph with a period, but each is a line of its own)
  for (const char* gate : {"This content is hosted by Bluesky. By showing the external content you accept the terms and "
                           "conditions of bsky.app.\n",
                           "Show content\n", "Continue reading\n"}) {
    const std::string t = std::string("Whitlow has been posting from the picket line.\n") + gate +
                          "Day 3 on the picket line and the coffee is holding up.\n"
                          "\u2014 Sam Whitlow (@samwhitlow.bsky.social) January 8, 2025 at 11:00 PM\nTalks resume next week.";
    const Document d = extract(t);
    const Quote* q = embed(d);
    ASSERT_NE(q, nullptr) << gate;
    EXPECT_EQ(q->text, "Day 3 on the picket line and the coffee is holding up.") << gate;
  }
  // (a button's label only as a whole line: prose that opens with its words is prose)
  EXPECT_EQ(extract("External content moderators hired by the firm said they were shown violent videos.").quotes.size(), 1u);
  EXPECT_EQ(extract("Continue reading the contract, Ana Ruiz urged tenants, \"because the fees are buried.\"").quotes.size(), 1u);
  EXPECT_EQ(extract("\"Our new app will\nload content twice as fast,\" said Tom Birch.").quotes[0].text,
            "Our new app will\nload content twice as fast,");
  // (nor a gate's opening words that go on as prose, nor a label in lower case inside wrapped text)
  EXPECT_EQ(last_speaker("This content is hosted by volunteers, and \"we are proud of that,\" organiser Maria Lopez said."),
            "Maria Lopez");
  EXPECT_EQ(only_speaker("By showing the external content of the hull, the scan proved the damage was old, investigator Lena "
                         "Ortiz said."),
            "Lena Ortiz");
  Document wrapped = extract("Organisers said the volunteers will\ncontinue reading\nthe names of all 2,400 victims aloud\nuntil "
                             "sunset on Sunday, when the\nmemorial closes, according to pastor\nAna Ruiz.");
  ASSERT_FALSE(wrapped.quotes.empty());
  EXPECT_NE(wrapped.quotes[0].text.find("continue reading"), std::string::npos);
}

TEST(Embeds, QuotesInsideAPostAreNotSeparateQuotes) {
  Document d = extract("She said \"no\" and I believe her. \u2014 Ann Lee (@annlee) May 2, 2019");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
}

TEST(Embeds, TimeBeforeTheDateAsOlderEmbedsWriteIt) {
  Document d = extract("The ferry is late again. \u2014 Port Alder News (@aldernews) 9:31 AM - 28 Sep 2016");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "The ferry is late again.");
  EXPECT_EQ(q->date, "2016-09-28");
  Document d2 = extract("The ferry is late again. \u2014 Port Alder News (@aldernews) 9:31 PM \u00B7 Sep 28, 2016");
  ASSERT_NE(embed(d2), nullptr);
  EXPECT_EQ(embed(d2)->date, "2016-09-28");
}

TEST(Embeds, SymbolsBesideTheAuthorsNameAreNotTheName) {
  Document d = extract("Home at last.\n\n\u2014 Jane Roe \U0001F1FA\U0001F1F8 (@janeroe) September 28, 2016");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Jane Roe");
}

TEST(Embeds, AnAuthorsTitleIsNoPartOfTheName) {
  Document d = extract(
      "Jane Smith, a Democrat, said the bill was dead.\n\n"
      "This is a disgrace. \u2014 Sen. Jane Smith (@SenJaneSmith) March 3, 2024\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::embed);
  EXPECT_EQ(d.quotes[1].speaker, "Jane Smith");
  EXPECT_EQ(d.quotes[1].speaker_id, d.quotes[0].speaker_id);
}

TEST(Embeds, ReplyingToNamesWhomThePostAnswers) {
  Document d = extract(
      "Former referee Howard Pike replied.\n\nReplying to @PGMOL\n\nSimon made the right call. Shameful. "
      "\u2014 Howard Pike (@HowardPikeRef) 4 March 2024");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Simon made the right call. Shameful.");
  EXPECT_EQ(q->addressees, std::vector<std::string>{"@PGMOL"});
  Document t = extract("@ruthbakes Replying to @jayden22 yes honey it is three ingredients \u266C original sound - Ruth Bakes");
  const Quote* k = embed(t);
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->text, "yes honey it is three ingredients");
  EXPECT_EQ(k->addressees, std::vector<std::string>{"@jayden22"});
}

TEST(Embeds, NoPlaceholderOrPronounsInTheWordsOrTheName) {
  Document d = extract("Hardware is hard. [image or embed]\n\n\u2014 Helena Voss (@helenavoss.bsky.social) July 17, 2024 at 3:42 PM");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Hardware is hard.");
  // (the placeholder on a line of its own between the post and its byline, as a page's text keeps it)
  d = extract("The decision drew a response.\n\nRemoving a bike lane is not a data-driven decision.\n\n[image or embed]\n\n"
              "\u2014 Keisha Obi (@keishaobi.bsky.social) March 12, 2025 at 8:40 AM\n\nThe lane will be removed.");
  q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Removing a bike lane is not a data-driven decision.");
  EXPECT_EQ(q->speaker, "Keisha Obi");
  EXPECT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(extract("Great game tonight! \u2014 Ben Alvarado (he/him) (@benwrites) March 3, 2024").quotes.at(0).speaker,
            "Ben Alvarado");
}

TEST(Embeds, APostsAuthorIsNamedWhereTheBylineStandsBeforeALoneSurnameAfterIt) {
  // (not the body whose name holds the surname, named later: "The Roos Lab")
  Document d = extract("A lab in Bergen posted a preprint.\n\nOur preprint is out! Octopuses cycle between two sleep states.\n\n"
                       "\u2014 Anika Roos (@anikaroos.bsky.social) March 3, 2025 at 4:12 PM\n\n"
                       "\"We never claimed they dream,\" Roos said in a phone interview.\n\nThe Roos Lab expects comments in May.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Anika Roos");
}

TEST(Embeds, OneHandleOnTwoPlatformsIsOnePerson) {
  Document d = extract(
      "@amaracooks you CAN make a curry for a pound #budget \u266C Sunny Day - Lo-Fi\n\nShe also posts on Instagram.\n\n"
      "Chickpea curry. Serves 2.\n\nA post shared by Amara Nwosu (@amaracooks) on Nov 20, 2023 at 11:02am PST");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].speaker, "Amara Nwosu");
  EXPECT_EQ(d.quotes[0].speaker_id, d.quotes[1].speaker_id);
}

TEST(Embeds, APostAsMarkdownOrLynxGiveItWithTheirLinksAndQuotationMarks) {
  // (Markdown: ">" opening the lines, the date and a leading handle as links; lynx: a link's
  // number before the date or the handle)
  const std::string md =
      "The company announced the ban.\n\n> Temporary ban from Friday. We do not take this step lightly.\n> \n"
      "> \u2014 Vale Water (@ValeWater) [July 14, 2025](https://twitter.com/ValeWater/status/1944779032147271820)\n\n"
      "> [@ValeWater](https://twitter.com/ValeWater) You lose a quarter of your water through leaks.\n> \n"
      "> \u2014 Dan Pryor (@danpryor_cv) [July 14, 2025](https://twitter.com/danpryor_cv/status/1944790147602510062)\n\n"
      "Not everyone was convinced.";
  Document d = extract(md);
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text, "Temporary ban from Friday. We do not take this step lightly.");
  EXPECT_EQ(d.quotes[0].speaker, "Vale Water");
  EXPECT_EQ(d.quotes[0].date, "2025-07-14");
  EXPECT_EQ(d.quotes[1].speaker, "Dan Pryor");
  ASSERT_EQ(d.quotes[1].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[1].addressees[0], "@ValeWater");
  Document lynx = extract("     We're closing the school for the rest of this week while engineers check the roof.\n\n"
                          "     -- Hartmoor Education (@HartmoorEdu) [14]May 12, 2025");
  ASSERT_EQ(lynx.quotes.size(), 1u);
  EXPECT_EQ(lynx.quotes[0].speaker, "Hartmoor Education");
  EXPECT_EQ(lynx.quotes[0].date, "2025-05-12");
  // (">" before a number is the post's "more than": ">50% of our members")
  Document more = extract(">50% of our members voted yes to the strike.\n\n\u2014 Local 12 (@local12) March 3, 2025");
  ASSERT_EQ(more.quotes.size(), 1u);
  EXPECT_EQ(more.quotes[0].text, ">50% of our members voted yes to the strike.");
  // (a card's time and date parted by a bullet: "9:02 AM \u2219 Sep 7, 2025")
  Document card = extract("We will not stop.\n\n\u2014 Ana Ruiz (@anaruiz) 9:02 AM \u2219 Sep 7, 2025");
  ASSERT_EQ(card.quotes.size(), 1u);
  EXPECT_EQ(card.quotes[0].date, "2025-09-07");
}

TEST(Embeds, DatesAsOtherLanguagesWriteThem) {
  Document d = extract(
      "Acude a los refugios. \u2014 Protecci\u00f3n Civil Jalisco (@PCJalisco) 10 de octubre de 2023\n\n"
      "Bitte zu Hause bleiben. \u2014 Polizei Hamburg (@PolizeiHamburg) 10. Oktober 2023");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].date, "2023-10-10");
  EXPECT_EQ(d.quotes[1].date, "2023-10-10");
  // Dutch, Polish, Turkish, Russian; Japanese and Korean with the signs of year, month and day
  Document o = extract(
      "Dank je wel! \u2014 Pieter de Vries (@pdevries) 3 maart 2024\n\n"
      "Dzi\u0119kuj\u0119! \u2014 Jan Kowal (@jkowal) 3 marca 2024\n\n"
      "Te\u015fekk\u00fcrler! \u2014 Ay\u015fe Kaya (@aysekaya) 3 Mart 2024\n\n"
      "\u0421\u043f\u0430\u0441\u0438\u0431\u043e! \u2014 Ivan Petrov (@ipetrov) 3 \u043c\u0430\u0440\u0442\u0430 2024\n\n"
      "Thank you all. \u2014 Hiro Takeda (@hiro_takeda10) 2024\u5e743\u67083\u65e5\n\n"
      "Thank you. \u2014 Park Ji-ho (@parkjiho_7) 2024\ub144 3\uc6d4 3\uc77c\n\nThe end.");
  ASSERT_EQ(o.quotes.size(), 6u);
  for (const auto& q : o.quotes) EXPECT_EQ(q.date, "2024-03-03") << q.text;
  // abbreviated months, as X renders them in the page's language
  Document a = extract(
      "\u0421\u043f\u0430\u0441\u0438\u0431\u043e! \u2014 Saule Seitkali (@SauleGlacier) 13 \u0430\u043f\u0440. 2025 \u0433.\n\n"
      "\u00a1Gracias! \u2014 Lucia Ortega (@lortega) 13 abr 2025\n\n"
      "Merci ! \u2014 Jeanne Roux (@jroux) 13 janv. 2025\n\nThe end.");
  ASSERT_EQ(a.quotes.size(), 3u);
  EXPECT_EQ(a.quotes[0].date, "2025-04-13");
  EXPECT_EQ(a.quotes[1].date, "2025-04-13");
  EXPECT_EQ(a.quotes[2].date, "2025-01-13");
}

TEST(Embeds, TheWritersLinesStayTheWriters) {
  Document d = extract(
      "Power cuts hit Maine\n\nCentral Maine Power told us crews would work through the night.\n\n"
      "Crews are out in every county. \u2014 Central Maine Power (@CMPco) October 21, 2024");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].text, "Crews are out in every county.");
  Document e = extract(
      "Power cuts hit Maine\n\nIf you lost power overnight, you can report the outage online.\n\n"
      "Crews are out in every county. \u2014 Central Maine Power (@CMPco) October 21, 2024");
  ASSERT_EQ(e.quotes.size(), 1u);
  EXPECT_EQ(e.quotes[0].text, "Crews are out in every county.");
  // Facebook's British dates
  Document f = extract("Town news\n\nThe pier will carry her name.\n\nPosted by Town of Port Alder on Tuesday, 7 February 2023");
  ASSERT_EQ(f.quotes.size(), 1u);
  EXPECT_EQ(f.quotes[0].date, "2023-02-07");
}

TEST(Embeds, APostsAuthorIsThePersonTheArticleCallsBySurname) {
  // the article names him by surname only: the post's byline gives the full name
  Document d = extract(
      "Takeda announced his decision.\n\nI am retiring today. \u2014 Hiro Takeda (@hiro_takeda10) March 3, 2024\n\n"
      "Takeda said he wanted to give younger players a chance. \"The national team is not mine,\" he said.");
  ASSERT_EQ(d.quotes.size(), 3u);
  for (const auto& q : d.quotes) EXPECT_EQ(q.speaker, "Hiro Takeda") << q.text;
  EXPECT_EQ(d.speakers.size(), 1u);
}

TEST(Embeds, APostCopiedFromTheRenderedSite) {
  // the name, the handle on its own line (or the name's), the site's lines, the time and date,
  // the counts: one post, and nothing of the site's in its words
  Document d = extract(
      "The councillor posted on Sunday.\n\nDana Whitlock\n@DanaWhitlockCC\nReplying to @EastfieldFC and @MayorOfEastfield\n"
      "Not one penny more of public money until we see the full books.\n3:15 PM \u00B7 Mar 3, 2024\n\u00B7\n212.4K\n Views\n\n"
      "The club replied.\n\nEastfield FC @EastfieldFC\nFollow\nWe have shared every figure requested.\nTranslate post\n"
      "4:02 PM \u00B7 Mar 3, 2024\n\nPriya Raman\n@PriyaRamanMP\nThis is why we need an inquiry.\nQuote\nThe Ledger\n"
      "@TheLedger\nFeb 27\nEXCLUSIVE: emails show the ministry was warned.\n9:41 AM \u00B7 Feb 28, 2024\n");
  ASSERT_EQ(d.quotes.size(), 3u);
  const Quote& a = d.quotes[0];
  EXPECT_EQ(a.kind, Kind::embed);
  EXPECT_EQ(a.text, "Not one penny more of public money until we see the full books.");
  EXPECT_EQ(a.speaker, "Dana Whitlock");
  EXPECT_EQ(a.handle, "@DanaWhitlockCC");
  EXPECT_EQ(a.date, "2024-03-03");
  EXPECT_EQ(a.addressees, (std::vector<std::string>{"@EastfieldFC", "@MayorOfEastfield"}));
  EXPECT_EQ(d.quotes[1].text, "We have shared every figure requested.");
  EXPECT_EQ(d.quotes[1].speaker, "Eastfield FC");
  EXPECT_EQ(d.quotes[2].text, "This is why we need an inquiry.");
  EXPECT_EQ(d.quotes[2].date, "2024-02-28");
}

TEST(Embeds, APostCopiedFromTheRenderedSiteWithANameInLowerCase) {
  Document d = extract("The party also got involved.\n\npennsylvania democrats\n@PADems\nTanner blaming the governor is peak 2025.\n"
                       "5:21 PM \u00B7 Mar 5, 2025\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "pennsylvania democrats");
  EXPECT_EQ(d.quotes[0].handle, "@PADems");
  // (a line of the writer's in lower case before a handle is no name)
  EXPECT_EQ(extract("then the party said it\n@PADems\nTanner blaming the governor is peak 2025.\n5:21 PM \u00B7 Mar 5, 2025\n")
                .quotes.size(),
            0u);
}

TEST(Embeds, AMastodonHandleWithItsServer) {
  Document d = extract(
      "She replied.\n\nNice work, the effect survives. \u2014 Owen Farrell (@ofarrell@mathstodon.xyz) March 12, 2024\n\n"
      "Write to jo@example.com for more.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].platform, "mastodon");
  EXPECT_EQ(d.quotes[0].handle, "@ofarrell@mathstodon.xyz");
  EXPECT_EQ(d.quotes[0].speaker, "Owen Farrell");
  EXPECT_EQ(d.quotes[0].date, "2024-03-12");
}

TEST(Embeds, ASoundOthersMadeIsNoAuthor) {
  Document d = extract("@marisolvega my students nailed it #teacher #dance \u266C original sound - Khaby Lame");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "@marisolvega");
}

TEST(Embeds, AnOriginalSoundsNameTheWriterGivesJustBeforeIsTheAuthor) {
  // (the handle holds none of the name, but the paragraph before names the one who posted)
  Document d = extract("Hannah Voss posted a video of the reunion to TikTok.\n\n@the.biscuit.diaries Biscuit took the bus today "
                       "#lostdog \u266C original sound - Hannah Voss");
  const Quote* q = nullptr;
  for (const Quote& x : d.quotes)
    if (x.kind == Kind::embed) q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Hannah Voss");
  EXPECT_EQ(q->handle, "@the.biscuit.diaries");
  // (another's name there is the sound's maker still)
  Document o = extract("Hannah Voss posted a video to TikTok.\n\n@the.biscuit.diaries Biscuit dances "
                       "\u266C original sound - Khaby Lame");
  for (const Quote& x : o.quotes) {
    if (x.kind == Kind::embed) {
      EXPECT_EQ(x.speaker, "@the.biscuit.diaries");
    }
  }
}

TEST(Embeds, AnInstagramBylineOfANameAloneOnItsLine) {
  Document d = extract("View this post on Instagram\n\nBack home with the kids.\n\nA post shared by Chrissy Teigen");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Chrissy Teigen");
}

TEST(Embeds, TheBylinesYearDoesNotModifyTheNameThatOpensTheNextParagraph) {
  // (a number before a name modifies it, "2022 winner Ana Ruiz"; not across sentences)
  Document d = extract("No excuses. \u2014 Jaden Cole (@jcole) July 23, 2022\n\nAvery went online, saying: \"I am overwhelmed.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "Avery");
}

TEST(Embeds, ABylinesNameWithOnBracketsOrEmoji) {
  // (a page's name with "on" in it; the "on" of the date ends it)
  Document fb = extract("We are closed today.\n\nPosted by Bacon on Main on Monday, February 7, 2022");
  ASSERT_EQ(fb.quotes.size(), 1u);
  EXPECT_EQ(fb.quotes[0].speaker, "Bacon on Main");
  EXPECT_EQ(fb.quotes[0].date, "2022-02-07");
  // (pronouns in brackets and emoji beside the name are no part of it)
  for (const char* byline : {"A post shared by Marisol Quintero (she/her) (@marisolq) on Jan 14, 2017 at 6:05pm PST",
                             "A post shared by Marisol Quintero \U0001F33B (@marisolq) on Jan 14, 2017 at 6:05pm PST"}) {
    Document ig = extract(std::string("Baby on the way.\n\n") + byline);
    ASSERT_EQ(ig.quotes.size(), 1u) << byline;
    EXPECT_EQ(ig.quotes[0].speaker, "Marisol Quintero") << byline;
    EXPECT_EQ(ig.quotes[0].handle, "@marisolq") << byline;
  }
}

TEST(Embeds, ABylineWithNoCaptionTakesNotTheWritersLineAboutItsAuthor) {
  Document d = extract("Zoe Hart attended the premiere on Sunday.\n\nA post shared by Zoe Hart (@zoehart)");
  EXPECT_TRUE(d.quotes.empty());
}

TEST(Embeds, AWelshMembersPostNominalIsNoPartOfTheName) {
  Document d = extract("Gareth Pryce said he would go.\n\nI resign. \u2014 Gareth Pryce MS (@GarethPryceMS) March 12, 2024");
  EXPECT_EQ(d.speakers.size(), 1u);
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().speaker, "Gareth Pryce");
}

TEST(Embeds, TheSitesLinesBeforeAPostsWordsAreNoneOfThem) {
  // "·", "Follow" and then "Replying to @x" on a copied X card; "Follow" on a TikTok's, the
  // caption's next line joined to it
  Document d = extract("The airline's account responded about 30 minutes later, and a travel influencer added a warning on "
                       "TikTok that many shared.\n\nCoastline Air\n@CoastlineAir\n\u00b7\nFollow\nReplying to @deshawnpike\n"
                       "We're so sorry for the wait, Deshawn. Please DM us your confirmation code.\n9:19 PM \u00b7 Mar 6, 2026\n"
                       "1.1K\n\nKiki Armstrong\n@kikiflieseverywhere\nFollow\nif your airline cannot give you water in 3 hours, "
                       "they owe you. #traveltok\n\u266c original sound - Kiki Armstrong\n");
  const Quote* x = find(d, "so sorry");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(x->kind, Kind::embed);
  EXPECT_TRUE(x->text.starts_with("We're so sorry")) << x->text;
  ASSERT_EQ(x->addressees.size(), 1u);
  EXPECT_EQ(x->addressees[0], "@deshawnpike");
  const Quote* t = find(d, "your airline");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->kind, Kind::embed);
  EXPECT_TRUE(t->text.starts_with("if your airline")) << t->text;
}

TEST(Embeds, APostQuotedInProseThatOpensWithHandlesIsAddressedToThem) {
  Document d = extract("Halden's mayor, Jas Sandhu, replied to both councillors in a single post, writing: "
                       "\"@cllrnaomiokeke @PiersHolloway Let's take the temperature down.\"");
  ASSERT_EQ(d.quotes.size(), 1u);
  ASSERT_EQ(d.quotes[0].addressees.size(), 2u);
  EXPECT_EQ(d.quotes[0].addressees[0], "@cllrnaomiokeke");
  EXPECT_EQ(d.quotes[0].addressees[1], "@PiersHolloway");
}

TEST(Embeds, ATikTokPostOnLinesOfItsOwn) {
  Document d = extract("@scrubsandsass\nfelt this in my SOUL #nursetok\n\u266C original sound - scrubsandsass\n\nThe video has 2 million views.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].platform, "tiktok");
  EXPECT_EQ(d.quotes[0].text, "felt this in my SOUL #nursetok");
  EXPECT_EQ(d.quotes[0].handle, "@scrubsandsass");
}

TEST(Embeds, APostsLinesWithNoSignOfAPostAreItsAfterTheWritersLeadInWithAColon) {
  // 'She wrote on X:' / 'Big news today.' / 'We won the vote.' / byline: both lines are the post's
  Document d = extract("She wrote on X:\n\nBig news today.\n\nWe won the vote.\n\n— Rosa Iglesias (@RosaIglesias) January 8, 2025");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text, "Big news today.\nWe won the vote.");
  // (with no lead-in, a line with nothing of a post's may be the writer's: the post is the line
  // before the byline)
  d = extract("The senator was pleased.\n\nWe won the vote!\n\n— Rosa Iglesias (@RosaIglesias) January 8, 2025");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].text, "We won the vote!");
}

TEST(Embeds, AHandleThatSpellsAPersonsNameWithAMakersAdditionsIsTheirs) {
  // "@jaeparkofficial", "@realjaepark": Jae Park, named in the text
  Document d = extract("Jae Park posted a video on TikTok:\n\n@jaeparkofficial last day on set #goodbye ♬ Maple Street Theme - Lumen Originals\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Jae Park");
  d = extract("Jae Park posted a video on TikTok:\n\n@realjaepark last day on set #goodbye ♬ original sound - Jae\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "Jae Park");
  // (a handle that spells no one named stays the handle)
  d = extract("A fan posted a video on TikTok:\n\n@lumenfan last day on set #goodbye ♬ Maple Street Theme - Lumen Originals\n");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].speaker, "@lumenfan");
}

TEST(Embeds, AShareBarAndLinkLinesAreNobodysWords) {
  // "Copy link" names no one "she" could be; a "Related:" line quotes another story's headline
  Document d = extract("Share\nCopy link\nComments\n\nA nurse at the hospital said the ward had been full.\n\n"
                       "\"We were as stuck as they were,\" she said.\n\n"
                       "Related: Ironclad coach on playoff seeding: 'We'll play anyone, anywhere'\n\n"
                       "RELATED: Mayor on the budget: \"We are broke\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].speaker, "A nurse at the hospital");
  for (const Quote& q : d.quotes) EXPECT_EQ(q.text.find("anyone"), std::string::npos);
  // (a paragraph that opens with more words is prose: "More than 200 people said")
  EXPECT_EQ(extract("More than 200 people said they would go.").quotes.size(), 1u);
}

TEST(Embeds, APagesFurnitureLeftInsideAParagraphIsMasked) {
  // data/inline_furniture.txt: after a sentence's end, the phrase (and after a label, the words to
  // the next quotation mark) is no one's words, and the quote after it opens its own sentence
  Document d = extract("\"The museum will reopen in the spring,\" director Anne Holt said. Continue reading below \"We are adding "
                       "three new galleries,\" she said. Related Stories Museum faces calls to close \"We have the money,\" Holt "
                       "said. Image caption Visitors at the gallery in March \"It is our biggest year,\" she said.");
  ASSERT_EQ(d.quotes.size(), 4u);
  for (const Quote& q : d.quotes) {
    EXPECT_EQ(q.kind, Kind::direct) << q.text;
    EXPECT_EQ(q.speaker, "Anne Holt") << q.text;
    EXPECT_EQ(q.speaker_mention->text.find("Continue"), std::string::npos);
    EXPECT_EQ(q.text.find("Visitors"), std::string::npos) << q.text;
  }
  // (a word of the list that opens a sentence of the writer's is left alone)
  Document w = extract("The firm grew. Advertisement revenue fell 5 percent, the chief executive said.");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(w.quotes[0].text, "Advertisement revenue fell 5 percent");
}

TEST(Embeds, TheLongestPhraseOfFurnitureIsTriedFirst) {
  Document d = extract("\"We will fight,\" Ana Ruiz said. Story continues below advertisement \"We will win,\" said Ana Ruiz.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
}

TEST(Embeds, APostsLinesRunBackToTheWritersSentenceThatNamesItsAuthorWriting) {
  // the writer's sentence that names the post's author with a verb of writing or posting bounds
  // the post's lines, however they read ("read for a part", "Thank you" are no writer's verbs)
  Document d = extract(
      "Director Owen Takahashi, who cast Calloway, also weighed in, writing that he had \"never seen Rafe smile like that.\"\n\n"
      "Ten years ago a nervous kid read for a part he was too young for. Today he married the love of his life.\n\n"
      "Some people you just know are going to be OK.\n\n"
      "Congratulations Rafe and Noor. \u2014 Owen Takahashi (@owentakahashi) June 3, 2023 @owentakahashi");
  const Quote* e = find(d, "Congratulations");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, Kind::embed);
  EXPECT_EQ(e->text.rfind("Ten years ago", 0), 0u) << e->text;
  // (not past a sentence of the writer's that names someone else, nor one that only says: the
  // post is its last lines)
  Document o = extract(
      "Mayor Dana Cole said the vote was rigged.\n\nOfficials rejected the claim on Monday.\n\n"
      "We will fight on! \u2014 Dana Cole (@danacole) June 3, 2023");
  const Quote* p = find(o, "fight on");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "We will fight on!");
  // Instagram's own line over the caption bounds the caption's lines
  Document g = extract(
      "She announced it in a letter.\n\nView this post on Instagram\n\nTo tennis,\n\nI first held a racket at five years old.\n\n"
      "Thank you for everything.\n\nElena\n\nA post shared by Elena Vukovic (@elenavukovic) on Jan 5, 2024 at 5:30am PST");
  ASSERT_EQ(g.quotes.size(), 1u);
  EXPECT_EQ(g.quotes[0].kind, Kind::embed);
  EXPECT_EQ(g.quotes[0].text.rfind("To tennis,", 0), 0u) << g.quotes[0].text;
  EXPECT_NE(g.quotes[0].text.find("Thank you for everything."), std::string::npos);
}

TEST(Embeds, APostsHeaderFirstAsATimelineOrAScreenshotShowsIt) {
  // "Name @handle · date" on its line, then the post's lines up to a blank line
  Document d = extract(
      "Trimble announced the decision in a post on Truth Social.\n\n[Screenshot: Truth Social]\n"
      "Wade Trimble @WadeTrimble \u00B7 Oct 2, 2024, 7:48 AM\nTwo debates is PLENTY. Spend the money on the Border!\n\n"
      "Marchetti responded within the hour.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Wade Trimble");
  EXPECT_EQ(d.quotes[0].platform, "truthsocial");
  EXPECT_EQ(d.quotes[0].date, "2024-10-02");
  EXPECT_EQ(d.quotes[0].text, "Two debates is PLENTY. Spend the money on the Border!");
  // (the name after "on", not another platform the line speaks of; a platform of posts shown header
  // first only)
  EXPECT_EQ(embed(extract("Trump lashed out on Truth Social late Monday, a day after Facebook restored his account.\n\n"
                          "Wade Trimble @WadeTrimble \u00B7 Oct 2, 2024\nThey should never have banned me. SAD!"))
                ->platform,
            "truthsocial");
  EXPECT_EQ(embed(extract("Elon Musk urged users to stay on Facebook as Meta launched Threads.\n\n"
                          "Elon Musk @elonmusk \u00B7 Jul 6, 2023\nCompetition is fine, cheating is not\n\nMeta did not comment."))
                ->platform,
            "twitter");
  // (a relative time, no date; X when no line names the platform)
  Document x = extract("Lena Ortiz @lenaortiz \u00B7 3h\nThe ferry is late again. Third time this week!\n\nThe company apologised.");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_EQ(x.quotes[0].platform, "twitter");
  EXPECT_EQ(x.quotes[0].handle, "@lenaortiz");
  // (not a sentence that holds a handle: "Thanks to Ana Ruiz @anaruiz · see her thread")
  EXPECT_TRUE(extract("We spoke to Ana Ruiz (@anaruiz) about the vote.\n\nShe was pleased.").quotes.empty());
}

TEST(Embeds, ARedditBylineAfterThePost) {
  Document d = extract(
      "One player complained on the game forum.\n\nThey just bricked my offline copy. I play on a sailboat!\n\n"
      "Posted by u/quietkeel in r/Hollowmere\n\nThe studio said it would restore offline play.");
  const Quote* e = find(d, "bricked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->kind, Kind::embed);
  EXPECT_EQ(e->platform, "reddit");
  EXPECT_EQ(e->handle, "u/quietkeel");
  EXPECT_EQ(e->speaker, "quietkeel");
  // (a blog's "Posted by" stays none)
  EXPECT_TRUE(extract("Great recipe today.\n\nPosted by Jordan Ellis on March 5, 2024").quotes.empty());
}

// The page's other order: the byline, the post, then the line of its votes and comments that
// closes it ("4.2k upvotes · 1,138 comments", masked with the post)
TEST(Embeds, ARedditPostAfterItsByline) {
  Document d = extract(
      "The investigation began with a Reddit post.\n\nPosted by u/tickrate_truth in r/IronMeridianComp\n\nVyper's crosshair tracks "
      "enemies through smoke.\n\nI'm saying I can't explain it.\n\n4.2k upvotes \u00B7 1,138 comments\n\nThe post's author spoke to us.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].handle, "u/tickrate_truth");
  EXPECT_EQ(d.quotes[0].text, "Vyper's crosshair tracks enemies through smoke.\nI'm saying I can't explain it.");
}

TEST(Embeds, APostsLinesStopAtTheWritersReportAndAnotherByline) {
  // the writer's report between the lead-in and the post, or a verb of writing that is not the
  // author's, bounds nothing: the post is its last lines
  Document d = extract("Takahashi wrote on social media late Tuesday.\n\nThe director has been outspoken about the strike.\n\n"
                       "He did not respond to a request for comment.\n\nWe stand with the writers. \u2014 Owen Takahashi (@owent) "
                       "June 3, 2023");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes.back().text, "We stand with the writers.");
  Document l = extract("Lawyers for Smith wrote to the court on Monday.\n\nThe hearing was delayed.\n\nWe will win. \u2014 John Smith "
                       "(@jsmith) June 3, 2023");
  ASSERT_FALSE(l.quotes.empty());
  EXPECT_EQ(l.quotes.back().text, "We will win.");
  // (an Instagram caption stops at another post's byline and at the writer's quotation)
  Document g = extract("View this post on Instagram\n\nA post shared by Ariana Grande (@arianagrande) on Mar 1, 2024 at 9:00am PST\n\n"
                       "Grande told Vogue she was \"happier than ever.\"\n\nHer new album is out Friday.\n\nNew era. See you soon.\n\n"
                       "A post shared by Ariana Grande (@arianagrande) on Mar 2, 2024 at 9:00am PST");
  const Quote* p = find(g, "happier");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->kind, Kind::partial);
  EXPECT_EQ(g.quotes.back().text, "New era. See you soon.");
  // (a noun of the cue lists in the post's lines is no report of the writer's: "questions")
  Document m = extract("Earlier in the day, Marchetti had posted a longer statement.\n\nVoters deserve to see us side by side.\n\n"
                       "The debate is the only one with questions from voters.\n\nI'll be there. \u2014 Celia Marchetti (@CeliaForSenate) "
                       "October 2, 2024");
  ASSERT_FALSE(m.quotes.empty());
  EXPECT_EQ(m.quotes.back().text.rfind("Voters deserve", 0), 0u) << m.quotes.back().text;
}

TEST(Cards, ACardWithTheDateBeforeTheTimeAndAServersHandle) {
  // a card as a site builds it, flattened: name and handle, the post, the date then the time; a
  // handle with its server is Mastodon's
  const Document d = extract("Leeds station this morning:\n\nRail Watch @railwatch@mastodon.social\n\n"
                             "Leeds concourse at 8.50am. Today: three people and a pigeon.\n\n12 June 2024, 08:52\n\nTrains resume tomorrow.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Rail Watch");
  EXPECT_EQ(d.quotes[0].platform, "mastodon");
  EXPECT_EQ(d.quotes[0].date, "2024-06-12");
  EXPECT_EQ(d.quotes[0].text, "Leeds concourse at 8.50am. Today: three people and a pigeon.");
  // (the time after "at", which the date reads itself)
  const Document a = extract("Leeds station this morning:\n\nRail Watch @railwatch@mastodon.social\n\n"
                             "Leeds concourse at 8.50am.\n\nJune 12, 2024 at 8:52 AM\n\nTrains resume tomorrow.");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].date, "2024-06-12");
}

// A handle whose pieces are a person's words, the first a short form of the first name, the
// marks of the name's letters stripped: "@vale.castaneda.ruiz" for Valeria Castañeda Ruiz
TEST(Embeds, AHandlesPiecesAreThePersonsWords) {
  Document d = extract("A video posted by Valeria Casta\u00f1eda Ruiz, a law student, went viral.\n\n@vale.castaneda.ruiz No vinimos "
                       "a pedir permiso #ReformaJudicial \u266c sonido original - Vale");
  bool found = false;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::embed) {
      found = true;
      EXPECT_EQ(q.speaker, "Valeria Casta\u00f1eda Ruiz");
    }
  EXPECT_TRUE(found);
  // (not a piece that is no word of the name: "@vale.castaneda.fans")
  for (const Quote& q : extract("A video posted by Valeria Casta\u00f1eda Ruiz went viral.\n\n@vale.castaneda.fans she is right "
                                "\u266c sonido original - fans").quotes)
    EXPECT_NE(q.speaker, "Valeria Casta\u00f1eda Ruiz") << q.text;
}

// A post with only a handle is the one person whose whole name opens the handle; not a person a
// word of whose name a fan's or a body's handle holds
TEST(Embeds, AHandleOnlyPostsAuthorWhoseWholeNameOpensIt) {
  Document d = extract("Rhys Duckworth, who left Polarbrook in 2023, posted on TikTok:\n\n@rhys.duckworth.logistics the trucks were "
                       "never the problem. \u266c original sound - polar");
  bool found = false;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::embed) {
      found = true;
      EXPECT_EQ(q.speaker, "Rhys Duckworth");
    }
  EXPECT_TRUE(found);
  for (const char* text : {"Rhys Duckworth has a loyal following. One fan account posted on TikTok:\n\n@duckworth.fanclub he deserved "
                           "so much better. \u266c original sound - user",
                           "Grace Holloway sings in the choir. The church posted on TikTok:\n\n@gracechurchdenver sunday service "
                           "starts at ten. \u266c original sound - user"})
    for (const Quote& q : extract(text).quotes)
      if (q.kind == Kind::embed) {
        EXPECT_EQ(q.speaker.substr(0, 1), "@") << text;
      }
}

// A post's line among the first paragraphs is no wire headline with its source after a dash
TEST(Embeds, APostsSoundCreditIsNoHeadlinesSource) {
  Document d = extract("Rhys Duckworth has a loyal following. One fan account posted on TikTok:\n\n@duckworth.fanclub he deserved so "
                       "much better. \u266c original sound - user");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
}

// Threads' embed as a page's text keeps it: the username's line, the post's lines, "Post by
// @handle", "View on Threads"
TEST(Embeds, AThreadsPostByline) {
  Document d = extract(
      "Holt addressed the crowds on Monday.\n\nbrieatsthings\nok I love that you all love Dorothy but please don't film her without "
      "asking.\nPost by @brieatsthings\nView on Threads\n\nThe post came after another creator filmed Kowalski.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text, "ok I love that you all love Dorothy but please don't film her without asking.");
  EXPECT_EQ(d.quotes[0].platform, "threads");
  EXPECT_EQ(d.quotes[0].handle, "@brieatsthings");
}

// an offer's line that names a newsletter and ends with its button is a page's furniture
TEST(Boilerplate, ANewslettersOfferLine) {
  EXPECT_TRUE(extract("Get the Capitol newsletter: Ann Lee said the vote was close. Sign up").quotes.empty());
  EXPECT_EQ(extract("Ann Lee said the newsletter would close. She told staff to sign up").quotes.size(), 2u);
}

// a byline whose caption the page lost takes no words of the writer's report before it
TEST(Embeds, ABylineTakesNoWritersReportForItsCaption) {
  const Document d = extract(
      "Ortiz later told reporters she \"meant every word.\"\n\nA photo posted by Lena Park (@lenapark) on Nov 4, 2016 at 1:34am "
      "PDT\n\n\"I love this city,\" Park wrote in the caption.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.kind, Kind::embed) << q.text;
  const Quote* q = find(d, "meant every word");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Kind::partial);
}

// the consent gate's line that skips a post bounds its words: every paragraph between it and the
// byline of the same handle is the post's, lines with nothing of a post's and a verb of report too
TEST(Embeds, TheGatesSkipLineOpensThePost) {
  const Document d = extract(
      "Allow X content?\nAccept and continue\nSkip X post by @JuiceMarchetti\n\nHarbor City. Man.\n\nSeven years. Every bucket "
      "was for you.\n\nDenver, let's work.\n\u2014 Jalen Marchetti (@JuiceMarchetti) February 8, 2024\nEnd of X post by "
      "@JuiceMarchetti\n\nSkip X post by @PriyaHoops\n\nThe Mariners are trading Marchetti. He was informed minutes ago.\n\n"
      "\u2014 Priya Castellano (@PriyaHoops) February 8, 2024\nEnd of X post by @PriyaHoops");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text.substr(0, 17), "Harbor City. Man.");
  EXPECT_NE(d.quotes[0].text.find("Seven years."), std::string::npos);
  EXPECT_EQ(d.quotes[1].handle, "@PriyaHoops");
  EXPECT_EQ(d.quotes[1].text.substr(0, 14), "The Mariners a");
  // (with no gate, the writer's line before the byline stays the writer's)
  const Document w = extract("Seven years. Every bucket was for you.\n\nDenver, let's work.\n\u2014 Jalen Marchetti (@JuiceMarchetti) "
                             "February 8, 2024");
  ASSERT_EQ(w.quotes.size(), 1u);
  EXPECT_EQ(w.quotes[0].text, "Denver, let's work.");
}

// the writer's line that names the post's author with a verb of saying and its platform ("…
// responded within the hour on Bluesky.") bounds the post's lines before its byline
TEST(Embeds, ALeadInThatNamesTheAuthorAndThePlatform) {
  const Document d = extract(
      "State Sen. Renata Okafor-Lind responded within the hour on Bluesky.\nThe governor just vetoed buses. Buses.\nWe had 41 votes. "
      "See you in March, Governor.\n\u2014 Renata Okafor-Lind (@renata.bsky.social) January 8, 2025 at 11:04 PM");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text.substr(0, 31), "The governor just vetoed buses.");
}

// Threads' gate lines over the post's lines, the writer's line before them: the lines after the
// gate are the post ("Post by @arjun.cm" / "View on Threads" / the post), and a handle of the
// first name and the surname's initials is that person's
TEST(Embeds, AThreadsGateOverThePostsLines) {
  const Document d = extract(
      "Chief executive Arjun Castellane-Moss addressed the problem in a Threads post Monday morning.\n\nPost by @arjun.cm\nView on "
      "Threads\n\nWe got this wrong. Some units are overheating. I'm sorry.\n\nI'll share what happened once we know more.\n\n\"We "
      "got this wrong,\" Castellane-Moss wrote.");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text.substr(0, 18), "We got this wrong.");
  EXPECT_NE(d.quotes[0].text.find("I'll share"), std::string::npos);
  EXPECT_EQ(d.quotes[0].speaker, "Arjun Castellane-Moss");
  EXPECT_EQ(d.quotes[1].kind, Kind::direct);
  // (and one whose first piece is the first initial and the surname: "@tlin.codes")
  const Document t = extract("Teresa Lin, a software engineer on the payments team, addressed the chief executive directly.\n\n"
                             "@naveen.kapoor families do not do layoffs by calendar invite. Post by @tlin.codes View on Threads\n");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].speaker, "Teresa Lin");
}

// Threads' gate after the writer's line that names the platform: the lines after it are the post,
// whatever they hold
TEST(Embeds, AThreadsGateAfterALeadInThatNamesThePlatform) {
  const Document d = extract(
      "Rapper Kofi Mensah-Ray jumped in on Threads.\nPost by @driftmensahray\nView on Threads\nFive noms, zero wins, sold out three "
      "stadiums this year. Y'all can keep the trophies.\nMensah-Ray later spoke to a podcast.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text.substr(0, 10), "Five noms,");
}

// a newsletter's box, its button alone on the last line, holds no one's quote: its testimonial is
// furniture ("The only newsletter I actually open" — our readers)
TEST(Boilerplate, ANewslettersBoxAndItsTestimonial) {
  EXPECT_TRUE(extract("Sign up for the Glow Daily newsletter\nGet the latest news delivered to your inbox. \"The only newsletter I "
                      "actually open\" \u2014 our readers\nSubscribe\n")
                  .quotes.empty());
  EXPECT_TRUE(extract("Newsletter: The Circuit\nThe week's top stories, explained. \"Required reading.\" \u2014 Nikhil Rao, product "
                      "manager\nSign up\n")
                  .quotes.empty());
  // (not a writer's paragraph before a line that is no button)
  EXPECT_EQ(extract("Ann Lee runs a newsletter.\n\"Required reading,\" she said.\nSubscribers agree.\n").quotes.size(), 1u);
}

// a handle that spells a person's words after the first name, two at least (a nickname and the
// surname), is that person's: "@driftmensahray" for Kofi "Drift" Mensah-Ray
TEST(Embeds, AHandleOfTheNicknameAndTheSurname) {
  const Document d = extract("Rapper Kofi \"Drift\" Mensah-Ray jumped in on Threads.\nPost by @driftmensahray\nView on Threads\nFive noms, "
                             "zero wins. Y'all can keep the trophies.");
  ASSERT_FALSE(d.quotes.empty());
  EXPECT_EQ(d.quotes[0].speaker, "Kofi Mensah-Ray");
  // (not one word of the name alone: a fan's)
  const Document f = extract("Rapper Kofi Mensah-Ray spoke.\n\nWe love him!! \u2014 Fan Page (@mensahrayfans) May 1, 2024");
  ASSERT_FALSE(f.quotes.empty());
  EXPECT_NE(f.quotes.back().speaker, "Kofi Mensah-Ray");
}

// a LinkedIn post as a page's text gives it: the header (one line, or the name with its degree,
// the title and the time over three), the post's lines, the action bar; the counts after it, the
// hashtags' line and "…see more" are none of its words
TEST(Embeds, ALinkedInPost) {
  const Document d = extract(
      "Other laid-off employees of the company, which cut 312 jobs on Wednesday, took to LinkedIn to look for work.\nNaomi Feldt \u2022 Senior Data Engineer | Open to work \u2022 1d\nAfter six years "
      "at Quillfeather, I'm part of yesterday's layoff. I'd love to talk. \u2026see more\n#opentowork #data\nLike Comment Repost\n2,841 "
      "reactions \u00B7 1,127 comments\nShares rose 6 percent.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].platform, "linkedin");
  EXPECT_EQ(d.quotes[0].speaker, "Naomi Feldt");
  EXPECT_EQ(d.quotes[0].text, "After six years at Quillfeather, I'm part of yesterday's layoff. I'd love to talk.");
  const Document t = extract(
      "On LinkedIn, a marketing executive who had never been to the diner or met its owner turned it into a case study.\n\nGreg Hollander \u2022 2nd\nVP, Growth Marketing at Tablewise\n3d \u2022 Edited "
      "\u2022\nWhat can a diner teach us about brand? Everything.\nLike Comment Repost Send\n\nThe post was mocked.");
  ASSERT_EQ(t.quotes.size(), 1u);
  EXPECT_EQ(t.quotes[0].platform, "linkedin");
  EXPECT_EQ(t.quotes[0].speaker, "Greg Hollander");
  EXPECT_EQ(t.quotes[0].text, "What can a diner teach us about brand? Everything.");
  // (a line of the writer's that opens with "Like" is no action bar)
  EXPECT_TRUE(extract("Like many others, the firm cut staff.\nLike Comment Repost\n").quotes.empty());
  // (a header of the name and the title with no time: "Name • Title at Firm")
  const Document n = extract(
      "Two hours later, its chief executive addressed customers.\n\nHannah Brecht \u2022 CEO at Nimbra Cloud\nToday we let thousands of "
      "customers down, and I'm sorry.\n1,204 reactions \u00B7 312 comments\nLike Comment Repost\n\nShares fell 4 percent.");
  ASSERT_EQ(n.quotes.size(), 1u);
  EXPECT_EQ(n.quotes[0].platform, "linkedin");
  EXPECT_EQ(n.quotes[0].speaker, "Hannah Brecht");
  EXPECT_EQ(n.quotes[0].text, "Today we let thousands of customers down, and I'm sorry.");
}

// A Threads post with no "Post by" line: its username alone over the post's lines, the gate's
// "View on Threads" right after them
TEST(Embeds, AThreadsPostUnderItsUsernameBeforeTheGate) {
  const Document d = extract(
      "Developers were quick to complain.\n\notisvarga.dev\n\nThird Nimbra outage this quarter. At some point \"multi-region\" has "
      "to mean something.\n\nView on Threads\n\nThe post by Otis Varga was shared thousands of times.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].platform, "threads");
  EXPECT_EQ(d.quotes[0].handle, "@otisvarga.dev");
  EXPECT_EQ(d.quotes[0].text, "Third Nimbra outage this quarter. At some point \"multi-region\" has to mean something.");
  // (a line of the writer's over the gate is no post: no username over it)
  EXPECT_TRUE(extract("Developers were quick to complain.\n\nView on Threads\n\nShares fell.").quotes.empty());
}

// a header that names its platform between two "·" ("Name @handle · Truth Social · Jun 3, 2025");
// "Replying to @x" under it names whom it answers; "Quote" ends the post's words, the quoted post
// after it has its own header
TEST(Embeds, AHeaderThatNamesItsPlatformARepliesLineAndAQuotedPost) {
  const Document d = extract(
      "State Rep. Dusty Calloway, who represents the area, stopped by on Tuesday and posted about the visit.\n\nDusty Calloway @DustyCalloway \u00B7 Truth Social \u00B7 Jun 3, 2025\nJust had the BEST pie in "
      "America.\n\nShe answered.\n\nJune Bell @eatwithjunie \u00B7 Jun 4, 2025\nReplying to @marigolddinerbf\nTold you so.\n\nThe club "
      "replied:\n\nRedmoor United @RedmoorUtd \u00B7 May 18, 2024\nCongratulations on a deserved win.\nQuote\nHarbor City FC "
      "@HarborCityFC \u00B7 May 18, 2024\nCUP WINNERS.");
  ASSERT_EQ(d.quotes.size(), 4u);
  EXPECT_EQ(d.quotes[0].platform, "truthsocial");
  EXPECT_EQ(d.quotes[0].date, "2025-06-03");
  EXPECT_EQ(d.quotes[0].text, "Just had the BEST pie in America.");
  EXPECT_EQ(d.quotes[1].text, "Told you so.");
  ASSERT_EQ(d.quotes[1].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[1].addressees[0], "@marigolddinerbf");
  EXPECT_EQ(d.quotes[2].text, "Congratulations on a deserved win.");
  EXPECT_EQ(d.quotes[2].speaker, "Redmoor United");
  EXPECT_EQ(d.quotes[3].text, "CUP WINNERS.");
  EXPECT_EQ(d.quotes[3].speaker, "Harbor City FC");
}

// a byline of the handle alone after the dash, a comma before the date, and a label in brackets
// before the post's words that names its platform
TEST(Embeds, AHandleAloneAfterTheDashAndAPlatformsLabel) {
  const Document d = extract(
      "His campaign sent it as an image.\n\n[Screenshot: Truth Social] Elaine Ward is a DISASTER for our Great State. SAD! \u2014 "
      "@BuckHarrowgate, March 3, 2024\n\nThe pollster disagreed.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].platform, "truthsocial");
  EXPECT_EQ(d.quotes[0].handle, "@BuckHarrowgate");
  EXPECT_EQ(d.quotes[0].date, "2024-03-03");
  EXPECT_EQ(d.quotes[0].text, "Elaine Ward is a DISASTER for our Great State. SAD!");
}

// a header's post ends at the writer's line about the next post (a verb of posting in the past,
// no first person, no mark of a post's) and at a gate's line: 'Fellow singer Jadeyn Cross shared
// a photo …' / 'View this post on Instagram' / the next post
TEST(Embeds, AHeadersPostEndsAtTheWritersLineAboutTheNext) {
  const Document d = extract(
      "Theo Marchetti, the tour's drummer, posted a short message of support on X on Thursday night, hours after the news broke.\n"
      "Theo Marchetti @theosticks \u00B7 Apr 11, 2024\nProud of her. Rest up, L.\nFellow singer Jadeyn Cross shared a photo of the two "
      "of them backstage.\nView this post on Instagram\nLove you, sister. The stage can wait.\nA post shared by Jadeyn Cross "
      "(@jadeyncross)\n");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].text, "Proud of her. Rest up, L.");
  EXPECT_EQ(d.quotes[0].speaker, "Theo Marchetti");
  EXPECT_EQ(d.quotes[1].text, "Love you, sister. The stage can wait.");
  EXPECT_EQ(d.quotes[1].speaker, "Jadeyn Cross");
  // (a post's own second line stays: no verb of posting in the past after its first word)
  const Document t = extract(
      "The match-winner himself had a message for his manager after the final whistle, posted from the dressing room.\n\nKwame "
      "Adjei-Lund @kwameAL9 \u00B7 May 18, 2024\nTold you gaffer.\nShared this with the lads first. Cup winners!\n\nThe manager laughed.");
  ASSERT_FALSE(t.quotes.empty());
  EXPECT_EQ(t.quotes[0].text, "Told you gaffer.\nShared this with the lads first. Cup winners!");
}

// a header inside a page's text whose blocks ran together: the name glued to the mark before it,
// the post's words glued to the date, to the next block glued on; or, the date apart, "Replying
// to @x" its addressees and the post up to a sentence of the writer's report; and a platform's
// label in brackets after the writer's sentence that ran on into the post
TEST(Embeds, AHeaderInTextWhoseBlocksRanTogether) {
  const Document d = extract(
      "Harrowgate unloaded on Truth Social on Sunday morning.Buck Harrowgate @BuckHarrowgate \u00B7 Truth Social \u00B7 Mar 3, "
      "2024The FAKE Lakeview \"Poll\" is a total HOAX. Everyone knows it!AdvertisementSkip AdvertisementThe post was shared 11,000 "
      "times. She made an exception.Elaine Ward @ElaineCW \u00B7 Mar 3, 2024 Replying to @BuckHarrowgate I pay attention to voters. "
      "You should try it. Asked about the posts, Ward said she had not read them. His campaign sent an image.[Screenshot: Truth "
      "Social] Elaine Ward is a DISASTER. SAD! \u2014 @BuckHarrowgate, March 3, 2024 Republican leaders stood by him.");
  std::vector<const Quote*> posts;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::embed) posts.push_back(&q);
  ASSERT_EQ(posts.size(), 3u);
  EXPECT_EQ(posts[0]->text, "The FAKE Lakeview \"Poll\" is a total HOAX. Everyone knows it!");
  EXPECT_EQ(posts[0]->platform, "truthsocial");
  EXPECT_EQ(posts[0]->speaker, "Buck Harrowgate");
  EXPECT_EQ(posts[0]->date, "2024-03-03");
  EXPECT_EQ(posts[1]->text, "I pay attention to voters. You should try it.");
  EXPECT_EQ(posts[1]->speaker, "Elaine Ward");
  ASSERT_EQ(posts[1]->addressees.size(), 1u);
  EXPECT_EQ(posts[2]->text, "Elaine Ward is a DISASTER. SAD!");
  EXPECT_EQ(posts[2]->platform, "truthsocial");
}

// a card as the site shows it now, the date on a line of its own over the post's lines: the
// name's line, the handle's, "·", "Mar 3", the post, the counts ("12K" / "Reposts")
TEST(Embeds, ACardWithItsDateOverThePost) {
  const Document d = extract("Ames posted on X after the race was called, thanking voters across the state for their support.\n\nWendell "
                             "Ames\n@wendellames\n\u00B7\nMar 3, 2024\nReplying to @OhioDems\nWe won. Thank you, Ohio.\n12K\nReposts\n45K\n"
                             "Likes\n\nAmes spoke later and said: \"It was close.\"");
  ASSERT_EQ(d.quotes.size(), 2u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text, "We won. Thank you, Ohio.");
  EXPECT_EQ(d.quotes[0].speaker, "Wendell Ames");
  EXPECT_EQ(d.quotes[0].date, "2024-03-03");
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
  EXPECT_EQ(d.quotes[1].text, "It was close.");
}

// A headline's quotation that a post the story embeds holds, the post's author named in the
// headline: the post's words, reported once, as its author's
TEST(Embeds, AHeadlinesCopyOfAPostIsThePosts) {
  const Document d = extract(
      "Sable and Lux Calloway reignite feud after awards snub: 'Congrats to the algorithm'\n\n"
      "Sable walked into the Soundwave Awards on Friday night as the most-nominated artist of the year, and she walked out with "
      "nothing at all.\n\nMinutes after the ceremony ended, Sable posted a single line on X that her fans shared more than a "
      "million times by Saturday.\n\ncongrats to the algorithm \xF0\x9F\x91\x8F\n\xE2\x80\x94 Sable (@sablemusic) November 17, 2023\n\n"
      "Fans immediately read the post as a dig at Calloway, whose label was accused of buying streams for her latest album.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].speaker, "Sable");
  // (a headline that names someone else keeps its own)
  const Document o = extract(
      "Lux Calloway mocks rival: 'Congrats to the algorithm'\n\n"
      "Sable walked into the Soundwave Awards on Friday night as the most-nominated artist of the year, and she walked out with "
      "nothing at all.\n\nMinutes after the ceremony ended, Sable posted a single line on X that her fans shared more than a "
      "million times by Saturday.\n\ncongrats to the algorithm \xF0\x9F\x91\x8F\n\xE2\x80\x94 Sable (@sablemusic) November 17, 2023\n\n"
      "Fans immediately read the post as a dig at Calloway, whose label was accused of buying streams for her latest album.");
  EXPECT_EQ(o.quotes.size(), 2u);
}

// A quotation inside a post's words that the post attributes is a record of its own, as one
// nested in a quote is
TEST(Embeds, AQuotationThePostAttributesIsItsOwnRecord) {
  const Document d = extract(
      "The singer posted a long message to her fans on Thursday morning, announcing that the rest of the tour was off.\n\n"
      "View this post on Instagram\n\nI've been putting off writing this. My grandmother used to tell me, \"The stage will still be "
      "there when you come back.\" I didn't listen to her for a long time.\n\nA post shared by Lenna Vasquez-Hart (@lennavh)\n\n"
      "Fans were quick to respond to the news on every platform where the singer has an account.");
  const Quote* inner = nullptr;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::direct && q.text.starts_with("The stage")) inner = &q;
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(inner->text, "The stage will still be there when you come back.");
  ASSERT_TRUE(inner->speaker_mention);
  EXPECT_EQ(inner->speaker_mention->text, "My grandmother");
  ASSERT_TRUE(inner->cue);
  EXPECT_EQ(inner->cue->text, "tell");
}

// The caption right after Instagram's own line over it is the post's, a verb of saying in the past
// in it or not ("… is called producing, babe."), and a nickname in marks in the byline's name is
// left out of the author's name
TEST(Embeds, TheCaptionUnderInstagramsLineIsThePostsWhateverItSays) {
  const Document d = extract(
      "Brooks fired back on Tuesday morning.\n\nView this post on Instagram\n\n@tallulahreyes being in the room is called producing, "
      "babe. check the credits.\n\nA post shared by Kiana \u201CKeeKee\u201D Brooks (@keekeebrooks) on June 10, 2025\n\nWithin hours "
      "the exchange had spread.");
  ASSERT_EQ(d.quotes.size(), 1u);
  EXPECT_EQ(d.quotes[0].kind, Kind::embed);
  EXPECT_EQ(d.quotes[0].text, "@tallulahreyes being in the room is called producing, babe. check the credits.");
  EXPECT_EQ(d.quotes[0].speaker, "Kiana Brooks");
  EXPECT_EQ(d.quotes[0].handle, "@keekeebrooks");
  ASSERT_EQ(d.quotes[0].addressees.size(), 1u);
}

// Instagram's line over a post run into the post on one line, as a page's text flattens it: the
// line's words are nobody's, the rest is the post (its leading @mention the one it answers)
TEST(Embeds, InstagramLineRunIntoThePost) {
  Document d = extract("Barrett answered her rival the same night.\n\nView this post on Instagram @zofiakaminska 18 months of waiting. "
                       "you and me know what we ran that night #cleansport A post shared by Keisha Barrett (@keishab_runs) on Mar 8, "
                       "2026 at 9:14pm PDT");
  const Quote* q = embed(d);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "@zofiakaminska 18 months of waiting. you and me know what we ran that night #cleansport");
  EXPECT_EQ(q->speaker, "Keisha Barrett");
  EXPECT_EQ(q->date, "2026-03-08");
  ASSERT_EQ(q->addressees.size(), 1u);
  EXPECT_EQ(q->addressees[0], "@zofiakaminska");
  EXPECT_EQ(d.quotes.size(), 1u);
  // (the line alone, or with words and no byline after it, is all boilerplate: no post)
  EXPECT_EQ(extract("View this post on Instagram and tell us what you think of the new logo.").quotes.size(), 0u);
}

// A Threads post flattened onto one line with "Post by @handle" and the gate's "View on Threads"
// after its words: the words before "Post by" are the post, a leading @handle its addressee
TEST(Embeds, AThreadsPostRunIntoItsGateLine) {
  Document d = extract(
      "Dr Megan Hale explained her reasons on Threads:\n\nVoted yes. Not because the money fixes anything. Still paying to go to "
      "work Post by @meganhale.md View on Threads\n\nDr Aisha Rahman replied within the hour.\n\n@meganhale.md you're exactly who "
      "we're fighting for. Post by @aisharahman.bma View on Threads");
  std::vector<const Quote*> posts;
  for (const Quote& q : d.quotes)
    if (q.kind == Kind::embed) posts.push_back(&q);
  ASSERT_EQ(posts.size(), 2u);
  EXPECT_EQ(posts[0]->text, "Voted yes. Not because the money fixes anything. Still paying to go to work");
  EXPECT_EQ(posts[0]->platform, "threads");
  EXPECT_EQ(posts[0]->handle, "@meganhale.md");
  EXPECT_EQ(posts[0]->speaker, "Megan Hale");
  EXPECT_EQ(posts[1]->text, "@meganhale.md you're exactly who we're fighting for.");
  ASSERT_EQ(posts[1]->addressees.size(), 1u);
  EXPECT_EQ(posts[1]->addressees[0], "@meganhale.md");
  // (the words "Post by" inside a sentence with more after the handle are no post's)
  d = extract("The council's post by @cityhall drew 300 replies in an hour.");
  for (const Quote& q : d.quotes) EXPECT_NE(q.kind, Kind::embed);
}
