#!/usr/bin/env python3
"""Inputs at corpus scale, through the CLI: HTML pages with each embed type, WARC files (with a
corrupt and a truncated record), gzip and zstd, directories, many threads in input order,
progress and summary lines."""
import gzip, io, json, os, shutil, subprocess, sys, tempfile, unittest

BIN = None
HERE = os.path.dirname(os.path.abspath(__file__))
PAGE = os.path.join(HERE, 'texts', 'html', 'port_alder.html')
EXAMPLE = os.path.join(HERE, '..', 'examples', 'harbor.txt')


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def read(path, mode='r'):
    with open(path, mode) as f:
        return f.read()


def records(out):
    return [json.loads(l) for l in out.splitlines()]


def check_offsets(test, rec):
    text = rec['text']
    for q in rec['quotes']:
        for s, e in q.get('spans', [[q['start'], q['end']]]):
            test.assertTrue(0 <= s <= e <= len(text))
        if 'spans' not in q:
            test.assertEqual(text[q['start']:q['end']], q['text'])
        if q['speaker_mention']:
            m = q['speaker_mention']
            test.assertEqual(text[m['start']:m['end']], m['text'])


class Html(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        rc, out, err = run(['extract', '--emit-text', PAGE])
        assert rc == 0, err
        cls.rec = records(out)[0]
        cls.embeds = {q['platform']: q for q in cls.rec['quotes'] if q['kind'] == 'embed'}

    def test_article_text_without_scripts_styles_navigation(self):
        text = self.rec['text']
        self.assertTrue(text.startswith('Port Alder says goodbye to its light'))
        self.assertIn('The town council voted on Tuesday', text)
        for gone in ('dataLayer', 'font-family', 'Sport', 'Opinion', 'Most read', 'All rights reserved',
                     'Advertisement', 'View on Threads', 'widgets.js', 'privacy', 'inbox', 'rebuild the pier'):
            self.assertNotIn(gone, text)
        check_offsets(self, self.rec)

    def test_prose_quotes_are_found(self):
        direct = [q for q in self.rec['quotes'] if q['kind'] == 'direct']
        self.assertEqual([q['text'] for q in direct][0], 'It was the hardest vote of my life,')
        self.assertTrue(all(q['speaker'] == 'Ben Ashby' for q in direct))

    def test_twitter(self):
        q = self.embeds['twitter']
        self.assertTrue(q['text'].startswith('The new ferry schedule starts Monday.'))
        self.assertEqual((q['handle'], q['date'], q['speaker']), ('@PortAlderFerry', '2024-05-02', 'Port Alder Ferries'))

    def test_instagram(self):
        q = self.embeds['instagram']
        self.assertEqual(q['text'], 'Sunset over the old light. Forty-one years, and not one dark night.')
        self.assertEqual((q['handle'], q['date'], q['speaker']), ('@rosadelgado', '2016-11-04', 'Rosa Delgado'))

    def test_facebook(self):
        q = self.embeds['facebook']
        self.assertEqual(q['text'], 'The pier will carry her name from this summer on.')
        self.assertEqual((q['date'], q['speaker']), ('2022-02-07', 'Town of Port Alder'))

    def test_tiktok(self):
        q = self.embeds['tiktok']
        self.assertEqual(q['text'], 'Last night at the lighthouse before it goes dark #portalder')
        self.assertEqual(q['handle'], '@harborkid')
        self.assertNotIn('original sound', q['text'])
        # the author its sound credits, a word of the name in the handle
        self.assertEqual(q['speaker'], 'Harbor Kid')

    def test_bluesky(self):
        q = self.embeds['bluesky']
        # (the placeholder of its picture, "[image or embed]", is none of its words)
        self.assertEqual(q['text'], 'Forty-one years of light. We keep it burning one last night.')
        self.assertEqual((q['handle'], q['date'], q['speaker']), ('@lenafox.bsky.social', '2025-01-08', 'Lena Fox'))

    def test_threads_without_words_is_no_quote_and_no_boilerplate(self):
        # the embed code Threads publishes carries no words of the post: nothing to report
        self.assertNotIn('threads', self.embeds)
        for q in self.rec['quotes']:
            self.assertNotIn('View on Threads', q['text'])
            self.assertNotIn('Post by', q['text'])

    def test_a_post_in_an_aside_of_the_article_and_no_story_lists(self):
        page = ('<html><body><article><h1>Fares frozen</h1><p>The mayor spoke on Monday.</p>'
                '<aside class="embed embed--twitter"><blockquote class="twitter-tweet"><p lang="en">We heard you. '
                'The fare rise is off.</p>&mdash; Lucia Ferr (@lferr) <a href="https://x.com/lferr/status/1">'
                'March 4, 2024</a></blockquote></aside>'
                '<div class="story-recirc"><p>READ MORE:</p><ul><li>Driver \'fell asleep\' before crash, police say</li></ul></div>'
                '<div class="trending-widget"><p>&ldquo;We are heartbroken,&rdquo; says owner</p></div>'
                '</article><aside><blockquote class="twitter-tweet"><p>Not the article&rsquo;s.</p>&mdash; Side Bar (@side) '
                '<a href="https://x.com/side/status/2">March 4, 2024</a></blockquote></aside></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        self.assertEqual([(q['kind'], q['speaker'], q['text']) for q in rec['quotes']],
                         [('embed', 'Lucia Ferr', 'We heard you. The fare rise is off.')])
        self.assertNotIn('heartbroken', rec['text'])

    def test_an_emoji_beside_a_posts_author_and_a_republish_line(self):
        # the emoji some put beside their name is no part of it (as in a byline read from text),
        # and a republishing notice that quotes the headline is no one's words
        page = ('<html><body><article><p>Ines Achterberg, a seismologist, said the quake was strong.</p>'
                '<blockquote class="bluesky-embed"><p lang="en">Aftershocks are falling off normally.</p>&mdash; '
                'Dr. Ines Achterberg \U0001F30B (<a href="https://bsky.app/x">@inesquakes.bsky.social</a>) '
                '<a href="https://bsky.app/x/post/1">October 21, 2025 at 7:40 AM</a></blockquote>'
                '<p>Republish this story: &ldquo;Quake rattles the coast, 5.8&rdquo; was originally published by the Record.</p>'
                '</article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        self.assertEqual([(q['kind'], q['speaker']) for q in rec['quotes']],
                         [('indirect', 'Ines Achterberg'), ('embed', 'Ines Achterberg')])
        self.assertEqual(len(rec['speakers']), 1)

    def test_a_pull_quote_box_is_left_out(self):
        # a pull quote repeats the story's words: class "pq" as "pullquote" (data/html_drop.txt)
        page = ('<html><body><article><p>&ldquo;The river is rising faster than we planned for,&rdquo; said Dr Anil Varma.</p>'
                '<blockquote class="pq"><p>&ldquo;The river is rising faster than we planned for.&rdquo;</p>'
                '<footer>&mdash; Dr Anil Varma</footer></blockquote><p>The council meets on Monday.</p></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(len(records(out)[0]['quotes']), 1)

    def test_deep_nesting_and_templates(self):
        # inline elements: gumbo parses them in linear time (deep block nesting is quadratic in gumbo)
        deep = '<html><body>' + '<span>' * 100000 + '<p>&ldquo;Still here,&rdquo; said Ann Lee.</p>' + '</span>' * 100000
        page = deep + '<template><p>&ldquo;Hidden,&rdquo; said Bob Smith.</p></template></body></html>'
        rc, out, _ = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0)
        rec = records(out)[0]
        self.assertEqual([q['speaker'] for q in rec['quotes']], ['Ann Lee'])
        self.assertNotIn('Hidden', rec['text'])

    def test_substack_tweet_card(self):
        # Substack keeps the post's fields as JSON in data-attrs and renders its own card (header,
        # text, time, counts) in the children: the fields are read, the card's counts never
        attrs = ('{&quot;url&quot;:&quot;https://x.com/harborguild/status/1&quot;,&quot;full_text&quot;:&quot;'
                 '@portalder We asked for the ferry schedule in writing. Still waiting.&quot;,&quot;username&quot;:'
                 '&quot;harborguild&quot;,&quot;name&quot;:&quot;Harbor Guild&quot;,&quot;date&quot;:'
                 '&quot;2026-03-02T18:40:00.000Z&quot;}')
        page = ('<html><body><article><p>The guild answered within the hour.</p><div class="tweet" data-attrs="'
                + attrs + '" data-component-name="Twitter2ToDOM"><a class="tweet-link-top" href="https://x.com/'
                'harborguild/status/1"><div class="tweet-header"><span class="tweet-author-name">Harbor Guild '
                '</span><span class="tweet-author-handle">@harborguild</span></div><div class="tweet-text">'
                '@portalder We asked for the ferry schedule in writing. Still waiting.</div></a><div class='
                '"tweet-footer"><span class="tweet-date">6:40 PM ∙ Mar 2, 2026</span><span class="likes">'
                '1,412Likes</span></div></div></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        embeds = [q for q in rec['quotes'] if q['kind'] == 'embed']
        self.assertEqual(len(embeds), 1, rec['quotes'])
        q = embeds[0]
        self.assertEqual((q['platform'], q['handle'], q['date'], q['speaker'], q['addressees']),
                         ('twitter', '@harborguild', '2026-03-02', 'Harbor Guild', ['@portalder']))
        self.assertIn('Still waiting.', q['text'])
        self.assertNotIn('Likes', rec['text'])
        check_offsets(self, rec)
        # (the date in the form X's own data gives it: "Mon Mar 02 18:40:00 +0000 2026")
        x_form = page.replace('2026-03-02T18:40:00.000Z', 'Mon Mar 02 18:40:00 +0000 2026')
        rc, out, err = run(['extract', '--input', 'html', '-'], stdin=x_form.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual([q['date'] for q in records(out)[0]['quotes'] if q['kind'] == 'embed'], ['2026-03-02'])

    def test_reddit_posts_and_a_facebook_pages_handle(self):
        # a Reddit post's title is its author's words (an embedded comment shows none); the older
        # card gives its time in seconds; a Facebook post names its page in its address
        page = ('<html><body><article><p>Players were angry.</p>'
                '<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.com/r/pcgaming/'
                'comments/1bq8x2k/harbor_lights_needs_a_fix/">Harbor Lights needs an offline mode for its campaign</a><br> by'
                '<a href="https://www.reddit.com/user/NeonCartographer/">u/NeonCartographer</a> in<a href="https://www.reddit.com/'
                'r/pcgaming/">pcgaming</a></blockquote>'
                '<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/Games/comments/1bqz3lm/comment/kx2p9aa/">'
                'Comment</a><br> by<a href="https://www.reddit.com/user/Dev_Mara/">u/Dev_Mara</a> from discussion<a href="https:'
                '//www.reddit.com/r/Games/comments/1bqz3lm/official_update/">Official update</a></blockquote>'
                '<blockquote class="reddit-card" data-card-created="1712301330"><a href="https://www.reddit.com/r/Games/comments/'
                '1bw2c9y/x/">Studio drops the online requirement for the campaign</a> from <a href="http://www.reddit.com/r/Games">'
                'r/Games</a></blockquote>'
                '<div class="fb-post" data-href="https://www.facebook.com/HarborCountyEMA/posts/pfbid02kXq8"><blockquote cite="'
                'https://www.facebook.com/HarborCountyEMA/posts/pfbid02kXq8" class="fb-xfbml-parse-ignore"><p>Shelters are open '
                'at the civic center tonight.</p>Posted by <a href="https://www.facebook.com/HarborCountyEMA">Harbor County EMA</a>'
                ' on <a href="https://www.facebook.com/HarborCountyEMA/posts/pfbid02kXq8">Tuesday, September 10, 2024</a>'
                '</blockquote></div></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        got = [(q['platform'], q['handle'], q['date'], q['text']) for q in rec['quotes'] if q['kind'] == 'embed']
        self.assertEqual(got, [('reddit', '@NeonCartographer', None, 'Harbor Lights needs an offline mode for its campaign'),
                               ('reddit', None, '2024-04-05', 'Studio drops the online requirement for the campaign'),
                               ('facebook', '@HarborCountyEMA', '2024-09-10', 'Shelters are open at the civic center tonight.')])
        self.assertEqual([q['text'] for q in rec['quotes'] if q['kind'] != 'embed'], [])
        check_offsets(self, rec)

    def test_a_facebook_video_is_a_post_of_its_page(self):
        # <div class="fb-video">: the words under the video's title link, the page and the date
        # of its "Posted by" line, the handle in the video's address
        page = ('<html><body><article><p>Officials urged caution.</p>'
                '<div class="fb-video" data-href="https://www.facebook.com/AgDept/videos/1/"><blockquote cite="https://www.'
                'facebook.com/AgDept/videos/1/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/AgDept/videos/1/">'
                'Avian influenza update</a><p>Backyard flock owners: keep your birds away from wild waterfowl.</p>Posted by '
                '<a href="https://www.facebook.com/AgDept/">State Department of Agriculture</a> on Friday, February 4, 2022'
                '</blockquote></div></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        got = [(q['kind'], q['platform'], q['handle'], q['date'], q['speaker'], q['text']) for q in rec['quotes']]
        self.assertEqual(got, [('embed', 'facebook', '@AgDept', '2022-02-04', 'State Department of Agriculture',
                                'Backyard flock owners: keep your birds away from wild waterfowl.')])
        check_offsets(self, rec)

    def test_a_card_a_site_draws_for_a_post(self):
        # Threads and Mastodon embeds carry no words: a site draws its own card, the platform in
        # data-platform, the author's name and @handle, the words in <p>, a <time>
        page = ('<html><body><article><p>The studio closed on Wednesday.</p>'
                '<div class="social-card" data-platform="threads"><div class="social-card__author"><span class="social-card__name">'
                'Kaveh Ramsdell</span> <span class="social-card__handle">@kavehmakesgames</span></div><div class="social-card__body">'
                '<p>Five years. Two games. If you are hiring designers, my DMs are open.</p></div><div class="social-card__meta">'
                '<a href="https://www.threads.net/@kavehmakesgames/post/C8"><time datetime="2024-07-03T21:12:00Z">Jul 3, 2024</time>'
                '</a> · Threads</div></div>'
                '<div class="embed" data-platform="x"><blockquote class="twitter-tweet"><p>The pier is open.</p>&mdash; Port '
                'Alder (@PortAlder) <a href="https://twitter.com/PortAlder/status/1">May 2, 2024</a></blockquote></div>'
                '</article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        got = [(q['kind'], q['platform'], q['handle'], q['date'], q['speaker'], q['text']) for q in rec['quotes']]
        self.assertEqual(got, [('embed', 'threads', '@kavehmakesgames', '2024-07-03', 'Kaveh Ramsdell',
                                'Five years. Two games. If you are hiring designers, my DMs are open.'),
                               ('embed', 'twitter', '@PortAlder', '2024-05-02', 'Port Alder', 'The pier is open.')])
        check_offsets(self, rec)
        # (an author's bio or a box asking to follow an account is no post, whatever it names)
        bio = ('<html><body><article><p>Crews expect to restore service by Friday.</p><div class="author-bio" '
               'data-platform="threads"><span class="name">Jane Roe</span> <span class="handle">@janeroe</span><p>Jane Roe '
               'covers City Hall for the Herald.</p><time datetime="2024-03-05">Mar 5, 2024</time></div>'
               '<div class="social-follow" data-platform="mastodon"><p>Follow the Herald on Mastodon</p><span>@herald@'
               'mastodon.social</span></div></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=bio.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual([q for q in records(out)[0]['quotes'] if q['kind'] == 'embed'], [])

    def test_a_posts_byline_in_a_paragraph_of_its_own(self):
        # an editor's layout puts the tweet's "— Name (@handle) date" in a <p> of its own: the
        # byline still, not the post's words
        page = ('<html><body><article><p>The governor answered on X.</p><blockquote class="twitter-tweet">'
                '<p lang="en" dir="ltr">Zero clinics close under this budget.</p>\n<p>&mdash; Ruth Abernathy '
                '(@GovAbernathy) <a href="https://twitter.com/GovAbernathy/status/1">March 4, 2025</a></p></blockquote>'
                '</article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        got = [(q['kind'], q['platform'], q['handle'], q['date'], q['speaker'], q['text']) for q in rec['quotes']]
        self.assertEqual(got, [('embed', 'twitter', '@GovAbernathy', '2025-03-04', 'Ruth Abernathy',
                                'Zero clinics close under this budget.')])
        check_offsets(self, rec)

    def test_a_post_in_noscript_behind_a_consent_gate(self):
        # the gate shows a placeholder; the post itself waits in <noscript>: it is read, once
        post = ('<blockquote class="instagram-media"><p>Back in the studio.</p><p>A post shared by Jenna Marlowe '
                '(@jennamarlowe) on <time datetime="2025-02-10T23:48:05+00:00">Feb 10, 2025</time></p></blockquote>')
        gated = ('<html><body><article><p>Marlowe shared a photo.</p><div class="consent"><p>This content is hosted on '
                 'Instagram.</p></div><noscript>' + post + '</noscript><p>The end.</p></article></body></html>')
        shown = '<html><body><article><p>Marlowe shared a photo.</p>' + post + '<noscript>' + post + '</noscript></article></body></html>'
        # (the copy before the post shown, or a paragraph between them: read once still)
        before = ('<html><body><article><noscript>' + post + '</noscript><p>Marlowe shared a photo.</p><figure>' + post +
                  '</figure></article></body></html>')
        for page in (gated, shown, before):
            rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
            self.assertEqual(rc, 0, err)
            rec = records(out)[0]
            got = [(q['kind'], q['platform'], q['handle'], q['date'], q['text']) for q in rec['quotes']]
            self.assertEqual(got, [('embed', 'instagram', '@jennamarlowe', '2025-02-10', 'Back in the studio.')])
            check_offsets(self, rec)

    def test_a_paragraph_that_is_one_link_is_another_storys(self):
        # a link to another story in the body, a live blog's list of its entries: the headline in
        # them is no one's words here; a caption that is a link inside a post is the post's
        page = ('<html><body><article><p>The ban starts in August, the board said.</p>'
                '<p><strong><a href="https://example.com/teen">TEEN SAYS PHONE BAN \'CHANGED MY LIFE\'</a></strong></p>'
                '<ul><li><a href="#block-1"><time>4h ago</time> Ruiz: \u2018We won this together\u2019</a></li></ul>'
                '<p>\u201cWe won this together,\u201d Ana Ruiz said. Read the <a href="/r">full report</a>.</p>'
                '<blockquote class="instagram-media"><div><p><a href="https://www.instagram.com/p/C1/">Finally home after '
                'ten long weeks</a></p><p>A post shared by Ana Ruiz (@anaruiz)</p></div></blockquote>'
                '</article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        self.assertNotIn('CHANGED MY LIFE', rec['text'])
        self.assertNotIn('4h ago', rec['text'])
        self.assertIn('full report', rec['text'])
        got = [(q['kind'], q['speaker'], q['text']) for q in rec['quotes'] if q['kind'] != 'indirect']
        self.assertEqual(got, [('direct', 'Ana Ruiz', 'We won this together,'),
                               ('embed', 'Ana Ruiz', 'Finally home after ten long weeks')])
        check_offsets(self, rec)

    def test_more_furniture_pull_quotes_and_quote_subheads(self):
        # an author's bio named in camel case, a Drupal comment, a pull quote, a privacy banner: none
        # of them the article's words; a subhead that is only a quote repeats one
        page = ('<html><body><article><p>\u201cWe will rebuild the pier,\u201d Mayor Ana Ruiz said on Monday.</p>'
                '<h2>\u2018Not a done deal\u2019</h2><p>The council meets again in May.</p>'
                '<figure class="wp-block-pullquote"><blockquote><p>\u201cWe will rebuild the pier.\u201d</p><cite>Mayor Ana Ruiz'
                '</cite></blockquote></figure>'
                '<section class="styles_AuthorBio__m"><p>Dan Lee says his beat is \u201canything between the river and the '
                'sea.\u201d</p></section>'
                '<div class="privacy-banner"><p>By continuing, you acknowledge that we use cookies.</p></div>'
                '</article><section class="comment-wrapper"><article class="comment"><p>The mayor said \u201ccut '
                'somewhere\u201d and she meant it.</p></article></section></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        self.assertEqual([(q['kind'], q['speaker'], q['text']) for q in rec['quotes']],
                         [('direct', 'Ana Ruiz', 'We will rebuild the pier,')])
        for gone in ('Not a done deal', 'beat is', 'cookies', 'cut somewhere'):
            self.assertNotIn(gone, rec['text'])
        self.assertIn('The council meets again in May.', rec['text'])

    def test_decks_cards_and_captions_no_class_names(self):
        # a deck, a standfirst and a subhead of a label and a quote repeat the story's words; a card
        # whose heading a link holds, a banner of a label and a link, and a photo's caption that an
        # image opens and a credit ends are no words of the article's
        page = ('<html><body><article><h1>Lakeview board OKs four-day week</h1>'
                '<p class="entry-subtitle">Residents call the decision \u201ca betrayal\u201d as the board votes</p>'
                '<div class="standfirst"><p>Board chair says the switch is \u2018the only tool we have left\u2019</p></div>'
                '<h2>Superintendent: \u2018We can\u2019t compete on salary alone\u2019</h2>'
                '<div data-qa="alert-banner"><span>Live</span><a href="/live">Super Tuesday updates: \u2018It\u2019s a two-person '
                'race now,\u2019 Breck says</a></div>'
                '<div class="card"><a href="/x"><h3>\u2018She can run but she can\u2019t hide,\u2019 Breck says of rival</h3></a></div>'
                '<p><img src="a.jpg"><br><i>Ann Lee holds her ribbon. \u201cIt still does not feel real,\u201d she said. '
                '(Courier photo by Amy Loft)</i></p>'
                '<p>Superintendent Gloria Pettaway said the change would help the district keep teachers.</p>'
                '</article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        self.assertEqual([(q['kind'], q['speaker']) for q in rec['quotes']], [('indirect', 'Gloria Pettaway')])
        for gone in ('betrayal', 'only tool', 'compete on salary', 'two-person race', 'can run', 'feel real'):
            self.assertNotIn(gone, rec['text'])
        self.assertIn('Lakeview board OKs', rec['text'])
        check_offsets(self, rec)
        # (an image that opens a paragraph of the story, no credit at its end: the story's)
        page = ('<html><body><article><p><img class="alignright" src="a.jpg">\u201cFamilies in this city are struggling,'
                '\u201d said council member Jane Doe, who sponsored the tax credit.</p></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual([q['speaker'] for q in records(out)[0]['quotes']], ['Jane Doe'])

    def test_block_quotation_without_marks(self):
        # a memo's paragraphs set apart in <blockquote> are quoted words though they carry no marks;
        # a block that has its own marks keeps them, and a line of a few words is left alone
        page = ('<html><body><article><p>The harbor master sent a memo to her staff on Friday. She wrote:</p>'
                '<blockquote><p>We will not reopen the north pier this season. The repairs come first.</p>'
                '<p>I know this is hard news for the ferry crews.</p></blockquote>'
                '<p>The union answered the same day.</p>'
                '<blockquote><p>“The crews were told nothing,” said Ann Lee.</p></blockquote>'
                '<blockquote><p>Pier closed until May</p></blockquote></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        self.assertEqual(rc, 0, err)
        rec = records(out)[0]
        got = [(q['kind'], q['text']) for q in rec['quotes']]
        self.assertIn(('direct', 'We will not reopen the north pier this season. The repairs come first.\n'
                                 'I know this is hard news for the ferry crews.'), got)
        self.assertIn(('direct', 'The crews were told nothing,'), got)
        self.assertEqual(len(got), 2, got)
        self.assertNotIn('“Pier closed', rec['text'])
        self.assertEqual(rec['text'].count('“'), 3)
        check_offsets(self, rec)
        # (a last line that opens with a dash names the speaker, outside the marks)
        page = ('<html><body><article><p>The mayor spoke at the pier.</p><blockquote><p>We will rebuild the pier by spring '
                'and open it to everyone.</p><p>\u2014 Mayor Ana Ruiz</p></blockquote></article></body></html>')
        rc, out, err = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        rec = records(out)[0]
        self.assertEqual([(q['speaker'], q['text']) for q in rec['quotes']],
                         [('Ana Ruiz', 'We will rebuild the pier by spring and open it to everyone.')])

    def test_threads_with_words(self):
        page = ('<html><body><p>The keeper wrote one last time.</p><blockquote class="text-post-media" '
                'data-text-post-permalink="https://www.threads.net/@quillkeeper/post/C9xYz"><a href="x">'
                '<div><p>Goodnight, harbor. Keep a light on for me.</p></div><div>View on Threads</div></a>'
                '</blockquote></body></html>')
        rc, out, _ = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        rec = records(out)[0]
        q = [q for q in rec['quotes'] if q['kind'] == 'embed']
        self.assertEqual(len(q), 1)
        self.assertEqual((q[0]['platform'], q[0]['handle'], q[0]['text']),
                         ('threads', '@quillkeeper', 'Goodnight, harbor. Keep a light on for me.'))
        check_offsets(self, rec)

    def test_a_sites_own_card_for_a_post_keeps_its_author_line(self):
        # (an "author" class inside a card a site builds for a post is the post's, no byline)
        page = ('<html><body><article><p>Leeds station this morning:</p><figure class="social-embed social-embed--mastodon" '
                'data-platform="mastodon"><div class="social-embed__author"><span>Rail Watch</span> '
                '<span>@railwatch@mastodon.social</span></div><div class="social-embed__content"><p>Leeds concourse at 8.50am. '
                'Today: three people and a pigeon.</p></div><time datetime="2024-06-12T07:52:00Z">12 June 2024, 08:52</time>'
                '</figure><p>Trains resume tomorrow.</p><div class="author-bio">Jo Lane covers transport.</div></article></body></html>')
        rc, out, _ = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        rec = records(out)[0]
        q = [q for q in rec['quotes'] if q['kind'] == 'embed']
        self.assertEqual([(x['speaker'], x['platform'], x['handle'], x['date']) for x in q],
                         [('Rail Watch', 'mastodon', '@railwatch@mastodon.social', '2024-06-12')])
        self.assertNotIn('Jo Lane', rec['text'])  # (the page's own author box stays out)
        check_offsets(self, rec)

    def test_furniture_words_never_drop_the_article(self):
        page = ('<html><body><article class="story share-enabled"><p>&ldquo;We are ready,&rdquo; said Mayor Ann '
                'Price.</p></article><div class="share-bar"><p>"Share this," says the site.</p></div></body></html>')
        rc, out, _ = run(['extract', '--input', 'html', '--emit-text', '-'], stdin=page.encode())
        rec = records(out)[0]
        self.assertEqual([q['speaker'] for q in rec['quotes']], ['Ann Price'])
        self.assertNotIn('Share this', rec['text'])

    def test_a_wrapper_named_as_furniture_that_holds_the_story_is_kept(self):
        # a paywall's hidden part and its free part ("non-paywall"), a consent wrapper around a
        # post: the story's; a box of related links and the comments are not, however long
        page = ('<html><body><article><div class="non-paywall"><p>\u201cThis is a fair settlement,\u201d said '
                'council leader Amy Ross on Tuesday evening after the vote.</p></div><div class="paywall">'
                '<p>The deal ends a dispute that has run for three years and cost the town more than two million '
                'pounds in fees.</p><p>\u201cWe are pleased it is over,\u201d said harbour master Tom Bell, who had '
                'opposed the original plan.</p></div><div class="social-embed--consent"><p>This content is not '
                'available due to your privacy preferences.</p><blockquote class="twitter-tweet"><p>Moorings reopen '
                'on Friday.</p>&mdash; Harbour Office (@harbouroffice) <a href="x">July 16, 2024</a></blockquote>'
                '</div><div class="related-stories"><p>\u201cDispute explained,\u201d said the editor: what we know '
                'so far about the long-running row over fees and moorings in the town.</p><p>\u201cMoorings to '
                'double,\u201d said the harbour board in a teaser of some length here.</p></div><div class="comments">'
                '<p>\u201cRoss has to go,\u201d said my neighbour, who has lived by the harbour for forty years.</p>'
                '<p>\u201cAgreed,\u201d said another reader, who also wrote at some length about the harbour.</p></div>'
                '</article></body></html>')
        rc, out, _ = run(['extract', '--input', 'html', '-'], stdin=page.encode())
        q = records(out)[0]['quotes']
        self.assertEqual([(x['kind'], x['speaker']) for x in q if x['kind'] != 'indirect'],
                         [('direct', 'Amy Ross'), ('direct', 'Tom Bell'), ('embed', 'Harbour Office')])

    def test_boxes_of_related_stories_as_publishers_name_them_are_left_out(self):
        # WordPress/Jetpack's "jp-relatedposts", "more-stories": headlines there are no one's words
        for box in ('jp-relatedposts', 'more-stories'):
            page = ('<html><body><article><p>Designer Leonie Hart said the show was "wonderful."</p>'
                    f'<div class="{box}"><ul><li><a href="/x">Benji Cole: "I proposed twice because I fumbled the '
                    'ring"</a></li></ul></div></article></body></html>')
            rc, out, _ = run(['extract', '--input', 'html', '-'], stdin=page.encode())
            q = records(out)[0]['quotes']
            self.assertEqual([x['speaker'] for x in q], ['Leonie Hart'], box)

    def test_boxes_named_by_data_attributes_and_captions_are_left_out(self):
        # the BBC's data-component="related-stories", the Guardian's data-gu-name="epic", an author's
        # bio, a newsletter's interrupt, a photo's caption: none of them is the story's words
        boxes = ['<div data-component="related-stories"><p>Watch: \u2018I have never seen a budget like it\u2019 - Lyle on the '
                 'vote</p></div>',
                 '<div data-gu-name="epic"><p>\u201cI read this paper because it is independent,\u201d one supporter '
                 'wrote.</p></div>',
                 '<div class="author-bio"><p>A farmer once told her, \u201cYou will not last a winter here.\u201d</p></div>',
                 '<div class="story-interrupt"><p>\u201cThe first thing I read every morning,\u201d one lobbyist told us.'
                 '</p></div>',
                 '<figure><img src="x.jpg"><figcaption>\u201cWe listened,\u201d reads a sign held by a supporter.'
                 '</figcaption></figure>']
        for box in boxes:
            page = ('<html><body><article><p>Designer Leonie Hart said the show was "wonderful."</p>' + box +
                    '<p>The show closes on Friday after a run of six weeks at the gallery.</p></article></body></html>')
            rc, out, _ = run(['extract', '--input', 'html', '-'], stdin=page.encode())
            q = records(out)[0]['quotes']
            self.assertEqual([x['speaker'] for x in q], ['Leonie Hart'], box)

    def test_page_declaring_latin1(self):
        page = ('<html><head><meta charset="iso-8859-1"></head><body><p>\u201cWe are ready,\u201d said Mayor '
                'Ren\u00e9 Price.</p></body></html>').encode('cp1252')
        rc, out, _ = run(['extract', '--input', 'html', '-'], stdin=page)
        q = records(out)[0]['quotes']
        self.assertEqual((q[0]['text'], q[0]['speaker']), ('We are ready,', 'Ren\u00e9 Price'))

    def test_html_by_content_on_stdin(self):
        rc, out, _ = run(['extract', '-'], stdin=read(PAGE, 'rb'))
        self.assertEqual(rc, 0)
        rec = records(out)[0]
        self.assertEqual(len([q for q in rec['quotes'] if q['kind'] == 'embed']), 5)


def warc_record(headers, payload):
    head = 'WARC/1.0\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in headers) + f'Content-Length: {len(payload)}\r\n\r\n'
    return head.encode() + payload + b'\r\n\r\n'


def http(body, ctype='text/html; charset=utf-8', status='200 OK', extra=''):
    return (f'HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}\r\n').encode() + body


def page(sentence):
    return f'<html><body><article><p>{sentence}</p></article></body></html>'.encode()


class Warc(unittest.TestCase):
    def build(self, corrupt=True):
        recs = [
            warc_record([('WARC-Type', 'warcinfo'), ('WARC-Date', '2024-05-01T00:00:00Z')], b'software: test\r\n'),
            warc_record([('WARC-Type', 'request'), ('WARC-Target-URI', 'https://news.example/a')], b'GET /a HTTP/1.1\r\n\r\n'),
            warc_record([('WARC-Type', 'response'), ('WARC-Target-URI', 'https://news.example/a'),
                         ('WARC-Date', '2024-05-01T10:00:00Z')],
                        http(page('&ldquo;We are ready,&rdquo; said Mayor Ann Price.'))),
            warc_record([('WARC-Type', 'response'), ('WARC-Target-URI', 'https://news.example/logo.png')],
                        http(b'\x89PNG...', ctype='image/png')),
        ]
        if corrupt:
            # a record whose Content-Length is wrong: the next record starts inside its payload
            bad = warc_record([('WARC-Type', 'response'), ('WARC-Target-URI', 'https://news.example/bad')],
                              http(page('&ldquo;Never,&rdquo; said Tom Reed.')))
            bad = bad.replace(b'Content-Length: ', b'Content-Length: 9', 1)
            recs.append(bad)
        chunked = http(b'', extra='Transfer-Encoding: chunked\r\n')
        body = page('&ldquo;Twice as fast,&rdquo; said Dr. Lee Wong.')
        chunked += f'{len(body[:20]):x}\r\n'.encode() + body[:20] + b'\r\n' + \
            f'{len(body[20:]):x}\r\n'.encode() + body[20:] + b'\r\n0\r\n\r\n'
        recs.append(warc_record([('WARC-Type', 'response'), ('WARC-Target-URI', 'https://news.example/c'),
                                 ('WARC-Date', '2024-05-02T08:00:00Z')], chunked))
        return recs

    def check(self, path, corrupt=True):
        rc, out, err = run(['extract', '--stats', path])
        recs = records(out)
        ids = [r.get('id') for r in recs]
        self.assertEqual(ids[0], 'https://news.example/a')
        self.assertEqual(recs[0]['date'], '2024-05-01T10:00:00Z')
        self.assertEqual(recs[0]['quotes'][0]['speaker'], 'Ann Price')
        self.assertEqual(ids[-1], 'https://news.example/c')
        self.assertEqual(recs[-1]['quotes'][0]['text'], 'Twice as fast,')
        if corrupt:
            self.assertEqual(rc, 3)
            self.assertEqual(len(recs), 3)
            self.assertIn('corrupt', recs[1]['error'])
            self.assertEqual(recs[1]['id'], 'https://news.example/bad')
        else:
            self.assertEqual(rc, 0)
            self.assertEqual(len(recs), 2)
        self.assertIn('skipped', err)  # warcinfo, request and the image are counted, not output

    def test_warc_with_corrupt_record(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'crawl.warc')
            write(p, b''.join(self.build()))
            self.check(p)

    def test_warc_gz_one_member_a_record(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'crawl.warc.gz')
            write(p, b''.join(gzip.compress(r) for r in self.build(corrupt=False)))
            self.check(p, corrupt=False)

    def test_truncated_warc(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'cut.warc')
            data = b''.join(self.build(corrupt=False))
            write(p, data[:-60])
            rc, out, _ = run(['extract', '--input', 'warc', p])
            recs = records(out)
            self.assertEqual(rc, 3)
            self.assertEqual(recs[0]['id'], 'https://news.example/a')
            self.assertIn('truncated', recs[-1]['error'])
            self.assertEqual(recs[-1]['id'], 'https://news.example/c')

    def test_wrong_content_lengths_cost_one_record_each(self):
        good = self.build(corrupt=False)  # warcinfo, request, a (html), image, c (html)
        a = good[2]
        for delta in (+12, -7, 999999999999 - len(a)):
            head, rest = a.split(b'Content-Length: ', 1)
            n, body = rest.split(b'\r\n', 1)
            bad = head + b'Content-Length: ' + str(int(n) + delta).encode() + b'\r\n' + body
            with tempfile.TemporaryDirectory() as d:
                p = os.path.join(d, 'lengths.warc')
                write(p, b''.join(good[:2] + [bad] + good[3:]))
                rc, out, _ = run(['extract', p])
                recs = records(out)
                self.assertEqual(rc, 3, delta)
                self.assertEqual(len(recs), 2, (delta, recs))  # the bad record, then c: nothing lost, nothing doubled
                self.assertIn('error', recs[0])
                self.assertEqual(recs[1]['id'], 'https://news.example/c')
                self.assertEqual(recs[1]['quotes'][0]['text'], 'Twice as fast,')

    def test_windows_1252_page(self):
        body = '<html><body><p>\u201cWe are ready,\u201d said Mayor Ann Price.</p></body></html>'.encode('cp1252')
        rec = warc_record([('WARC-Type', 'response'), ('WARC-Target-URI', 'https://news.example/w')],
                          http(body, ctype='text/html; charset="windows-1252"'))
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'cp.warc')
            write(p, rec)
            rc, out, _ = run(['extract', p])
            q = records(out)[0]['quotes']
            self.assertEqual((q[0]['text'], q[0]['speaker']), ('We are ready,', 'Ann Price'))

    def test_corrupt_gzip_member_costs_its_record_only(self):
        recs = self.build(corrupt=False)
        members = [gzip.compress(r) for r in recs]
        a = next(i for i, r in enumerate(recs) if b'news.example/a' in r and b'response' in r)
        bad = bytearray(members[a])
        for i in range(20, min(len(bad) - 10, 60)):
            bad[i] ^= 0x5a  # damage the deflate data of record a's member
        members[a] = bytes(bad)
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'damaged.warc.gz')
            write(p, b''.join(members))
            rc, out, _ = run(['extract', p])
            got = records(out)
            self.assertEqual(rc, 3)
            self.assertIn('corrupt gzip data', got[0]['error'])
            self.assertEqual(got[-1]['id'], 'https://news.example/c')  # the records after it are read
            self.assertEqual(got[-1]['quotes'][0]['text'], 'Twice as fast,')

    def test_truncated_gzip_is_an_error_record(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, 'cut.warc.gz')
            data = gzip.compress(b''.join(self.build(corrupt=False)))
            write(p, data[:len(data) // 2])
            rc, out, _ = run(['extract', p])
            recs = records(out)
            self.assertEqual(rc, 3)
            self.assertIn('truncated', recs[-1]['error'])


class Compressed(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        lines = [json.dumps({'id': f'doc{i}', 'text': read(EXAMPLE)}) for i in range(5)]
        self.jsonl = '\n'.join(lines) + '\n'
        self.plain = os.path.join(self.dir, 'docs.jsonl')
        write(self.plain, self.jsonl.encode())

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_gz_and_zst_equal_plain(self):
        _, want, _ = run(['extract', self.plain])
        gz = self.plain + '.gz'
        write(gz, gzip.compress(self.jsonl.encode()))
        subprocess.run(['zstd', '-q', '-f', self.plain, '-o', self.plain + '.zst'], check=True)
        for path in (gz, self.plain + '.zst'):
            rc, out, err = run(['extract', path])
            self.assertEqual(rc, 0, err)
            self.assertEqual(out, want)
        # by content, whatever the name
        odd = os.path.join(self.dir, 'data.bin')
        shutil.copy(gz, odd)
        self.assertEqual(run(['extract', odd])[1], want)
        # through stdin
        self.assertEqual(run(['extract', '-'], stdin=gzip.compress(self.jsonl.encode()))[1], want)

    def test_truncated_or_padded_compression(self):
        gz = gzip.compress(self.jsonl.encode())
        cut = os.path.join(self.dir, 'cut.jsonl.gz')
        write(cut, gz[:15])  # ends before any output
        rc, out, _ = run(['extract', cut])
        self.assertEqual(rc, 3)
        self.assertIn('truncated', records(out)[-1]['error'])
        padded = os.path.join(self.dir, 'padded.jsonl.gz')
        write(padded, gz + b'\0' * 64)  # zero padding after the member, as tape archives leave it
        self.assertEqual(run(['extract', padded])[1], run(['extract', self.plain])[1])

    def test_bom_and_trailing_garbage_in_json_lines(self):
        p = os.path.join(self.dir, 'bom.jsonl')
        write(p, b'\xef\xbb\xbf' + self.jsonl.encode() + b'{"id": "x", "text": "a"}{"id": "y", "text": "b"}\n')
        rc, out, _ = run(['extract', p])
        recs = records(out)
        self.assertEqual(recs[0]['id'], 'doc0')
        self.assertEqual(len(recs), 6)
        self.assertIn('more after the object', recs[5]['error'])

    def test_write_error_is_reported(self):
        with open('/dev/full', 'wb') as full:
            p = subprocess.run([BIN, 'extract', self.plain], stdout=full, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(p.returncode, 4)
        self.assertIn(b'cannot write the output', p.stderr)

    def test_directory_recursive_in_name_order(self):
        sub = os.path.join(self.dir, 'b', 'c')
        os.makedirs(sub)
        shutil.copy(EXAMPLE, os.path.join(sub, 'z.txt'))
        shutil.copy(EXAMPLE, os.path.join(self.dir, 'a.txt'))
        rc, out, _ = run(['extract', self.dir])
        ids = [r['id'] for r in records(out)]
        self.assertEqual(ids, [os.path.join(self.dir, 'a.txt'), os.path.join(sub, 'z.txt')] +
                         [f'doc{i}' for i in range(5)])


class Threads(unittest.TestCase):
    def test_many_threads_same_output_in_order(self):
        text = read(EXAMPLE)
        lines = []
        for i in range(3000):
            if i % 97 == 5:
                lines.append('{"id": %d, "text": broken' % i)
            else:
                cut = (i * 37) % len(text)
                lines.append(json.dumps({'id': i, 'text': text[cut:] + text[:cut]}))
        data = ('\n'.join(lines) + '\n').encode()
        rc1, one, _ = run(['extract', '--threads', '1', '-'], stdin=data)
        rc4, four, _ = run(['extract', '--threads', '4', '-'], stdin=data)
        self.assertEqual(rc1, 3)
        self.assertEqual(rc4, 3)
        self.assertEqual(one, four)
        recs = records(four)
        self.assertEqual(len(recs), 3000)
        for i, r in enumerate(recs):
            if i % 97 == 5:
                self.assertIn('line %d' % (i + 1), r['error'])
            else:
                self.assertEqual(r['id'], i)

    def test_stats_line_and_quiet_progress(self):
        rc, out, err = run(['extract', '--stats', EXAMPLE])
        self.assertEqual(rc, 0)
        self.assertRegex(err.strip(), r'^whosaid: 1 document, 0 errors, .* in [0-9.]+ s')
        rc, out, err = run(['extract', EXAMPLE])
        self.assertEqual(err, '')  # stderr is not a terminal: no progress line

    def test_progress_on_a_terminal(self):
        import pty
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(BIN, [BIN, 'extract', '--stats', EXAMPLE, EXAMPLE])
        chunks = b''
        while True:
            try:
                b = os.read(fd, 4096)
            except OSError:
                break
            if not b:
                break
            chunks += b
        os.waitpid(pid, 0)
        self.assertIn(b'whosaid: 2 documents', chunks)


if __name__ == '__main__':
    BIN = sys.argv.pop(1)
    unittest.main()
