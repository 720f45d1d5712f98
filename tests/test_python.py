#!/usr/bin/python3
"""The Python module as installed for Debian's /usr/bin/python3: the same records as the CLI,
extract_many in order on several threads, errors in place, the GIL released while it works.

    /usr/bin/python3 tests/test_python.py BUILD_DIR
"""
import filecmp, glob, json, os, subprocess, sys, tempfile, threading, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, '..', 'examples', 'harbor.txt')
PAGE = os.path.join(HERE, 'texts', 'html', 'port_alder.html')
BUILD = None
whosaid = None


def read(path, mode='r'):
    with open(path, mode, **({} if 'b' in mode else {'encoding': 'utf-8'})) as f:
        return f.read()


def cli(args, stdin=None):
    p = subprocess.run([os.path.join(BUILD, 'whosaid')] + args, input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode('utf-8')


class Installed(unittest.TestCase):
    def test_import_from_any_folder_is_this_build(self):
        with tempfile.TemporaryDirectory() as d:
            p = subprocess.run(['/usr/bin/python3', '-c', 'import whosaid, os; print(os.path.dirname(whosaid.__file__))'],
                               cwd=d, capture_output=True, text=True, env={'PATH': '/usr/bin:/bin'})
        self.assertEqual(p.returncode, 0, p.stderr)
        where = p.stdout.strip()
        built = glob.glob(os.path.join(BUILD, 'python', 'whosaid', '_whosaid*.so'))
        installed = glob.glob(os.path.join(where, '_whosaid*.so'))
        self.assertTrue(built and installed)
        self.assertTrue(filecmp.cmp(built[0], installed[0], shallow=False),
                        'the installed module is not this build: run scripts/install-python')


class Extract(unittest.TestCase):
    def test_same_record_as_the_cli(self):
        text = read(EXAMPLE)
        _, out = cli(['extract', '--input', 'jsonl', '-'], stdin=(json.dumps({'id': 'h', 'text': text}) + '\n').encode())
        self.assertEqual(whosaid.extract(text, id='h'), json.loads(out))
        for opts, flags in (({'offsets': 'utf16'}, ['--offsets', 'utf16']),
                            ({'group': 'attribution', 'explain': True}, ['--group', 'attribution', '--explain'])):
            _, out = cli(['extract', '--input', 'jsonl'] + flags + ['-'],
                         stdin=(json.dumps({'id': 'h', 'text': text}) + '\n').encode())
            self.assertEqual(whosaid.extract(text, id='h', **opts), json.loads(out))

    def test_html(self):
        _, out = cli(['extract', '--emit-text', PAGE])
        want = json.loads(out)
        got = whosaid.extract(read(PAGE), id=PAGE, input='html', emit_text=True)
        self.assertEqual(got, want)
        self.assertEqual(len([q for q in got['quotes'] if q['kind'] == 'embed']), 5)

    def test_offsets_are_python_slices(self):
        text = 'Caf\u00e9 owner \U0001F600 Ana Ruiz said, \u201cWe stay open.\u201d'
        q = whosaid.extract(text)['quotes'][0]
        self.assertEqual(text[q['start']:q['end']], q['text'])
        self.assertEqual(q['speaker'], 'Ana Ruiz')

    def test_bad_options_are_clear(self):
        with self.assertRaisesRegex(TypeError, 'unknown option'):
            whosaid.extract('x', colour='red')
        with self.assertRaisesRegex(ValueError, 'offsets'):
            whosaid.extract('x', offsets='bits')
        with self.assertRaisesRegex(TypeError, 'text must be'):
            whosaid.extract(42)


class Many(unittest.TestCase):
    def test_in_order_on_threads_with_errors_in_place(self):
        text = read(EXAMPLE)
        items = []
        for i in range(400):
            cut = (i * 31) % len(text)
            items.append({'id': 'd%d' % i, 'text': text[cut:] + text[:cut]})
        items[7] = {'id': 'd7'}
        items[9] = {'id': 'd9', 'text': 12}
        items[11] = 'just a string, said nobody.'
        one = list(whosaid.extract_many(items, threads=1))
        many = list(whosaid.extract_many(items, threads=4, batch=50))
        self.assertEqual(one, many)
        self.assertEqual(len(many), 400)
        self.assertEqual(many[7], {'id': 'd7', 'error': 'item 8: no "text" field'})
        self.assertIn('not a string', many[9]['error'])
        self.assertIsNone(many[11]['id'])
        for i in (0, 1, 399):
            self.assertEqual(many[i], whosaid.extract(items[i]['text'], id=items[i]['id']))

    def test_bad_items_are_error_records_in_place(self):
        items = ['"A fine day," said Ann Lee.', 'bad \ud800 surrogate', {'id': float('nan'), 'text': 'x'},
                 '"Another," said Tom Reed.']
        recs = list(whosaid.extract_many(items, threads=2))
        self.assertEqual(len(recs), 4)
        self.assertEqual(recs[0]['quotes'][0]['speaker'], 'Ann Lee')
        self.assertIn('item 2', recs[1]['error'])
        self.assertIn('item 3', recs[2]['error'])
        self.assertEqual(recs[3]['quotes'][0]['speaker'], 'Tom Reed')
        for line in whosaid.extract_many(items, threads=2, json=True):
            json.loads(line)  # every line is JSON, NaN ids included

    def test_json_lines_equal_the_cli(self):
        text = read(EXAMPLE)
        items = [{'id': i, 'text': text[i * 50:]} for i in range(20)]
        data = ''.join(json.dumps(x) + '\n' for x in items).encode()
        _, out = cli(['extract', '-'], stdin=data)
        self.assertEqual(''.join(whosaid.extract_many(items, threads=2, json=True)), out)

    def test_extract_files_equals_the_cli(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, 'out.jsonl')
            stats = whosaid.extract_files([EXAMPLE, PAGE], out, threads=2)
            _, want = cli(['extract', EXAMPLE, PAGE])
            self.assertEqual(read(out), want)
            self.assertEqual((stats['records'], stats['errors']), (2, 0))

    def test_gil_is_released(self):
        # while one thread extracts a large document, another Python thread keeps running
        big = read(EXAMPLE) * 4000   # about 10 MB
        counter = [0]
        t = threading.Thread(target=whosaid.extract, args=(big,))
        t.start()
        while t.is_alive():
            counter[0] += 1
        t.join()
        self.assertGreater(counter[0], 10000)


if __name__ == '__main__':
    BUILD = os.path.abspath(sys.argv.pop(1))
    # import the installed module, not a folder next to this file
    sys.path = [p for p in sys.path if os.path.abspath(p or '.') not in (HERE, os.getcwd())]
    import whosaid as _w
    whosaid = _w
    unittest.main()
