#!/usr/bin/env python3
"""Accuracy on the shared example article and on PolNeAR dev, with the shared scorers.

Skips (exit 77) with a message when ../shared (beside the repo) is absent."""
import json, os, subprocess, sys, tempfile, unittest

BIN = None
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))


def extract(args, path):
    out = tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False).name
    with open(out, 'w') as f:
        subprocess.run([BIN, 'extract'] + args + [path], stdout=f, check=True, timeout=600)
    return out


def scorer(name):
    return os.path.join(SHARED, 'eval', name)


class Example(unittest.TestCase):
    """../shared/examples/reactions.txt against its gold."""

    @classmethod
    def setUpClass(cls):
        cls.out = extract([], os.path.join(SHARED, 'examples', 'reactions.txt'))
        cls.gold = os.path.join(SHARED, 'examples', 'reactions.gold.jsonl')

    def score(self, *extra):
        p = subprocess.run([sys.executable, scorer('score_gold.py'), self.gold, self.out, '--json'] + list(extra),
                           capture_output=True, text=True)
        return p.returncode, json.loads(p.stdout)

    def test_quoted_and_posted_quotes_every_field(self):
        rc, r = self.score('--kinds', 'direct,partial,embed')
        self.assertEqual((r['gold'], r['system'], r['matched']), (44, 44, 44))
        for field in ('speaker', 'kind', 'embed', 'addressees'):
            self.assertEqual(r[field][0], r[field][1], field)
        # The gold gives the cue "said" for `Kyle Richards told the couple she "will say a special
        # prayer..."`; the article's verb there is "told", which is what whosaid reports. Every
        # other cue must match.
        self.assertGreaterEqual(r['cue'][0], r['cue'][1] - 1)
        self.assertEqual(r['cue'][1], 26)


    def test_every_kind_including_reported_speech(self):
        rc, r = self.score()
        self.assertEqual((r['gold'], r['system'], r['matched']), (45, 45, 45))
        for field in ('speaker', 'kind', 'embed', 'addressees'):
            self.assertEqual(r[field][0], r[field][1], field)
        self.assertGreaterEqual(r['cue'][0], r['cue'][1] - 1)  # the gold's "said" for "told", as above


class PolNeARDev(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gold = os.path.join(SHARED, 'data', 'polnear', 'dev.jsonl')
        cls.by_quote = extract(['--input', 'jsonl'], cls.gold)
        cls.by_attribution = extract(['--input', 'jsonl', '--group', 'attribution'], cls.gold)
        cls.all_attributions = extract(['--input', 'jsonl', '--group', 'attribution', '--attributions', 'all'],
                                       cls.gold)

    def score(self, path):
        p = subprocess.run([sys.executable, scorer('score_polnear.py'), self.gold, path, '--json'],
                           capture_output=True, text=True, check=True)
        return json.loads(p.stdout)

    def test_every_document_has_a_record(self):
        r = self.score(self.by_quote)
        self.assertEqual(r['docs_missing'], 0)

    def test_quotes_and_speakers(self):
        r = self.score(self.by_attribution)
        print('PolNeAR dev (--group attribution):', json.dumps(r), file=sys.stderr)
        self.assertGreaterEqual(r['quote_f1'], QUOTE_F1)
        self.assertGreaterEqual(r['speaker_accuracy'], SPEAKER_ACC)
        self.assertGreaterEqual(r['attribution_f1'], ATTRIBUTION_F1)

    def test_reported_speech_exact_spans(self):
        r = self.score(self.all_attributions)
        print('PolNeAR dev (--attributions all): exact source / cue / content F1',
              r['exact_source_f1'], r['exact_cue_f1'], r['exact_content_f1'], file=sys.stderr)
        self.assertGreaterEqual(r['exact_source_f1'], EXACT_SOURCE_F1)
        self.assertGreaterEqual(r['exact_cue_f1'], EXACT_CUE_F1)
        self.assertGreaterEqual(r['exact_content_f1'], EXACT_CONTENT_F1)


class WrappedText(unittest.TestCase):
    """PolNeAR dev hard-wrapped at 72 columns, paragraphs between blank lines, reads as unwrapped."""

    def test_wrapping_keeps_who_said_what(self):
        import re, textwrap
        with open(os.path.join(SHARED, 'data', 'polnear', 'dev.jsonl'), encoding='utf-8') as f:
            docs = [json.loads(l) for l in f]
        plain, wrapped = [], []
        for d in docs:
            paras = [p for p in re.split(r'\n+', d['text']) if p.strip()]
            plain.append({'id': d['id'], 'text': '\n\n'.join(paras)})
            wrapped.append({'id': d['id'], 'text': '\n\n'.join(
                '\n'.join(textwrap.wrap(p, 72, break_on_hyphens=False, break_long_words=False)) for p in paras)})

        def run(records):
            inp = ''.join(json.dumps(r) + '\n' for r in records)
            out = subprocess.run([BIN, 'extract', '--input', 'jsonl', '-'], input=inp, capture_output=True, text=True,
                                 check=True, timeout=600).stdout
            return [[(q['kind'], q['speaker'], ' '.join(q['text'].split())) for q in json.loads(l)['quotes']]
                    for l in out.splitlines()]

        a, b = run(plain), run(wrapped)
        self.assertEqual(len(a), len(docs))
        total = sum(len(x) for x in a)
        kept = sum(sum(1 for q in x if q in set(y)) for x, y in zip(a, b))
        print(f'PolNeAR dev wrapped at 72 columns: {kept}/{total} quotes as unwrapped', file=sys.stderr)
        self.assertGreaterEqual(kept / total, 0.98)


# thresholds: quote F1 is the core engine's target (0.97), met on PolNeAR dev; speaker accuracy
# and attribution F1 guard the level reached (their targets, 0.93 and 0.91: the first met, the
# second not, see README). (PolNeAR counts a report whose only quotation marks hold a title as a
# quoted unit, 'on "The Apprentice,"'; whosaid reports no title as quoted words, as its contract
# says, and three such units of dev are not found as quotes: 0.8565 -> 0.8539; a quote of an
# unnamed woman's that "she" gave to Donald Trump, right by chance, is no one's now: 0.8524. A
# unit of dev is 0.0007 of it: the guard leaves a few; reached since, 0.9546 and 0.8574. Quoted
# words inside what another's cue reports, held by a verb of saying with a subject of their own,
# are that inner speaker's in the default reading, 'said that Clinton described the deal as the
# "gold standard"', where PolNeAR's unit keeps the outer source: 0.9529 -> 0.9496.)
QUOTE_F1, SPEAKER_ACC, ATTRIBUTION_F1 = 0.97, 0.945, 0.855
# reported speech, exact-match span F1 with --attributions all: the targets of the reported-speech
# work (75, 70, 60), all met (75.3, 2*1317/(1548+1952) = 75.26; 71.0, 2*1342/(1610+2171) = 70.99;
# 60.1, 2*1152/(1644+2192) = 60.06)
EXACT_SOURCE_F1, EXACT_CUE_F1, EXACT_CONTENT_F1 = 75.0, 70.0, 60.0

if __name__ == '__main__':
    BIN = sys.argv.pop(1)
    if not os.path.isdir(SHARED):
        print(f'SKIP: {SHARED} is absent; the accuracy tests need the shared example and PolNeAR data')
        sys.exit(77)
    unittest.main(verbosity=1)
