#!/usr/bin/env python3
"""Short articles written for the tests (tests/texts/articles): every quote a careful reader takes
from each, with its kind, speaker and cue, in order, and no other (see the folder's README)."""
import glob, json, os, subprocess, sys, unittest

BIN = None
HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, 'texts', 'articles')


def expected(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line or line.startswith('#'):
            continue
        fields = line.split('\t')
        if len(fields) != 4:
            raise ValueError(f'{path} line {n}: four fields separated by tabs expected')
        rows.append((n, *fields))
    return rows


class Articles(unittest.TestCase):
    def check(self, name):
        article = os.path.join(ARTICLES, name + '.txt')
        p = subprocess.run([BIN, 'extract', article], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        quotes = json.loads(p.stdout)['quotes']
        rows = expected(os.path.join(ARTICLES, name + '.expect'))
        got = [(q['kind'], q['speaker'] or '', (q['cue'] or {}).get('text') or '-', q['text']) for q in quotes]
        self.assertEqual(len(got), len(rows), f'{name}: {len(got)} quotes reported, {len(rows)} expected:\n' +
                         '\n'.join('\t'.join(g) for g in got))
        for (n, kind, speaker, cue, words), (gk, gs, gc, gt) in zip(rows, got):
            where = f'{name}.expect line {n} ({words!r}), reported {gk} / {gs!r} / {gc!r} / {gt!r}'
            self.assertTrue(gt.startswith(words), where)
            self.assertEqual(gk, kind, where)
            if speaker != '*':
                self.assertEqual(gs, speaker, where)
            if cue != '*':
                self.assertEqual(gc, cue, where)

    def test_every_article_has_its_expectations(self):
        names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ARTICLES, '*.txt')))
        self.assertGreaterEqual(len(names), 5)
        for name in names:
            self.assertTrue(os.path.exists(os.path.join(ARTICLES, name + '.expect')), name)

    def test_bank(self):
        self.check('bank')

    def test_council(self):
        self.check('council')

    def test_football(self):
        self.check('football')

    def test_housing(self):
        self.check('housing')

    def test_reefs(self):
        self.check('reefs')

    def test_court(self):
        self.check('court')

    def test_team(self):
        self.check('team')


if __name__ == '__main__':
    BIN = sys.argv.pop(1)
    unittest.main(verbosity=1)
