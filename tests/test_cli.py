#!/usr/bin/env python3
"""The whosaid command line end to end: inputs, one record out per record in, errors, exit statuses."""
import json, os, subprocess, sys, tempfile, unittest

BIN = None
HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, '..', 'examples', 'harbor.txt')


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


class Cli(unittest.TestCase):
    def test_text_file_gives_one_record(self):
        rc, out, _ = run(['extract', EXAMPLE])
        self.assertEqual(rc, 0)
        lines = out.splitlines()
        self.assertEqual(len(lines), 1)
        doc = json.loads(lines[0])
        self.assertEqual(doc['id'], EXAMPLE)
        text = open(EXAMPLE, encoding='utf-8').read()
        self.assertGreater(len(doc['quotes']), 5)
        for q in doc['quotes']:
            if 'spans' not in q:
                self.assertEqual(text[q['start']:q['end']], q['text'])
            if q['speaker_mention']:
                m = q['speaker_mention']
                self.assertEqual(text[m['start']:m['end']], m['text'])

    def test_stdin(self):
        data = open(EXAMPLE, 'rb').read()
        rc, out, _ = run(['extract', '-'], stdin=data)
        self.assertEqual(rc, 0)
        self.assertEqual(json.loads(out)['id'], '-')
        rc2, out2, _ = run(['extract', EXAMPLE])
        self.assertEqual(json.loads(out)['quotes'], json.loads(out2)['quotes'])

    def test_jsonl_in_order_with_errors_in_place(self):
        lines = [
            json.dumps({'id': 'a', 'text': '"We won," said Ann Lee.'}),
            '{not json',
            json.dumps({'id': 'c', 'body': 'no text field'}),
            json.dumps({'id': 'd', 'text': 42}),
            '',
            json.dumps({'id': 5, 'text': '"Two," said Bob Ray.'}),
            json.dumps({'text': 'no id here'}),
        ]
        with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
            f.write('\n'.join(lines) + '\n')
        rc, out, _ = run(['extract', f.name])
        os.unlink(f.name)
        self.assertEqual(rc, 3)
        recs = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(len(recs), 6)  # the blank line is not a record
        self.assertEqual(recs[0]['id'], 'a')
        self.assertEqual(recs[0]['quotes'][0]['speaker'], 'Ann Lee')
        self.assertIn('line 2', recs[1]['error'])
        self.assertIn('not JSON', recs[1]['error'])
        self.assertEqual(recs[2]['id'], 'c')
        self.assertIn('line 3', recs[2]['error'])
        self.assertIn('"text"', recs[2]['error'])
        self.assertIn('not a string', recs[3]['error'])
        self.assertEqual(recs[4]['id'], 5)
        self.assertEqual(recs[5]['id'], 7)  # no id: the line number

    def test_stdin_offsets_keep_leading_white_space(self):
        doc = '\n\n"Hello there my good friend," said Ann Lee.'
        rc, out, _ = run(['extract', '-'], stdin=doc.encode())
        self.assertEqual(rc, 0)
        q = json.loads(out)['quotes'][0]
        self.assertEqual(doc[q['start']:q['end']], q['text'])

    def test_id_that_is_not_a_scalar_is_an_error(self):
        rc, out, _ = run(['extract', '--input', 'jsonl', '-'], stdin=b'{"id": [1, 2], "text": "x"}\n')
        self.assertEqual(rc, 3)
        rec = json.loads(out)
        self.assertIn('line 1', rec['error'])
        self.assertIn('"id"', rec['error'])

    def test_custom_fields(self):
        line = json.dumps({'key': 'x', 'body': '"Yes," said Ann Lee.'}) + '\n'
        rc, out, _ = run(['extract', '--input', 'jsonl', '--id-field', 'key', '--text-field', 'body', '-'],
                         stdin=line.encode())
        self.assertEqual(rc, 0)
        rec = json.loads(out)
        self.assertEqual(rec['id'], 'x')
        self.assertEqual(rec['quotes'][0]['speaker'], 'Ann Lee')

    def test_invalid_utf8_in_jsonl_is_an_error_record(self):
        rc, out, _ = run(['extract', '--input', 'jsonl', '-'], stdin=b'{"id": "u", "text": "bad \xff"}\n')
        self.assertEqual(rc, 3)
        self.assertIn('line 1', json.loads(out)['error'])

    def test_offsets_option(self):
        doc = '\U0001F600 "Hi there," said Ann Lee.'
        outs = {}
        for unit in ('codepoint', 'utf16', 'byte'):
            rc, out, _ = run(['extract', '--offsets', unit, '-'], stdin=doc.encode())
            self.assertEqual(rc, 0)
            outs[unit] = json.loads(out)['quotes'][0]['start']
        self.assertEqual(outs, {'codepoint': 3, 'utf16': 4, 'byte': 6})

    def test_table(self):
        rc, out, _ = run(['extract', '--format', 'table', EXAMPLE])
        self.assertEqual(rc, 0)
        self.assertIn('speaker', out.splitlines()[1])
        self.assertIn('Daniel Ortega', out)

    def test_usage_errors_exit_2(self):
        rc, _, err = run(['extract', '--offsets', 'miles', EXAMPLE])
        self.assertEqual(rc, 2)
        self.assertTrue(err)
        rc, _, _ = run(['nonsense'])
        self.assertEqual(rc, 2)

    def test_missing_file_is_an_error_record(self):
        rc, out, _ = run(['extract', '/no/such/file.txt'])
        self.assertEqual(rc, 3)
        rec = json.loads(out)
        self.assertEqual(rec['id'], '/no/such/file.txt')
        self.assertIn('cannot open', rec['error'])

    def test_help_documents_exit_statuses(self):
        rc, out, _ = run(['--help'])
        self.assertEqual(rc, 0)
        self.assertIn('Exit status', out)


if __name__ == '__main__':
    BIN = sys.argv.pop(1)
    unittest.main(verbosity=1)
