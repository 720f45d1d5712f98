"""whosaid: who said what in news text.

    >>> import whosaid
    >>> doc = whosaid.extract('"We are ready," said Mayor Ann Price.')
    >>> doc['quotes'][0]['speaker']
    'Ann Price'

extract() returns exactly the record the command line prints (`whosaid extract`), as a dict;
extract_many() runs over many documents on several threads, in order. The native code runs
without the GIL. whosaid.dask maps extraction over a Dask cluster.
"""
import json as _json
import math as _math
import os as _os

from . import _whosaid

__all__ = ['extract', 'extract_many', 'extract_files']

_OPTIONS = ('offsets', 'group', 'attributions', 'explain', 'emit_text', 'input')


def _opts(options):
    unknown = set(options) - set(_OPTIONS)
    if unknown:
        raise TypeError('unknown option(s) %s; the options are %s' % (', '.join(sorted(unknown)), ', '.join(_OPTIONS)))
    inp = options.get('input', 'text')
    if inp not in ('text', 'html'):
        raise ValueError("input must be 'text' or 'html' here, not %r" % (inp,))
    return dict(offsets=options.get('offsets', 'codepoint'), group=options.get('group', 'quote'),
                attributions=options.get('attributions', 'speech'), explain=bool(options.get('explain', False)),
                emit_text=bool(options.get('emit_text', False)), html=inp == 'html')


def _id(value):
    """An id as the printer takes it: a string, or a JSON token written as it is."""
    if isinstance(value, str):
        return value, False
    if isinstance(value, float) and not _math.isfinite(value):
        raise TypeError('an id must be a finite number, not %r' % (value,))
    if value is None or isinstance(value, (bool, int, float)):
        return _json.dumps(value), True
    raise TypeError('an id must be a string, a number, a boolean or None, not %s' % type(value).__name__)


def _text(value):
    if isinstance(value, bytes):
        return value.decode('utf-8', 'replace')
    if not isinstance(value, str):
        raise TypeError('text must be str or bytes, not %s' % type(value).__name__)
    return value


def extract(text, id=None, **options):
    """Quotes, speakers and embedded posts of one document, as the CLI's JSON record (a dict).

    options: offsets='codepoint'|'byte'|'utf16', group='quote'|'attribution',
    attributions='speech'|'all', explain=False, emit_text=False, input='text'|'html'.
    """
    o = _opts(options)
    ident, raw = _id(id)
    return _json.loads(_whosaid.extract_json(_text(text), ident, raw, **o))


def _items(iterable, id_field, text_field):
    for n, item in enumerate(iterable, 1):
        if isinstance(item, (str, bytes)):
            yield _id(None) + (_text(item),), None
        elif isinstance(item, dict):
            try:
                ident = _id(item.get(id_field, n))
            except TypeError as e:
                yield ('null', True, ''), 'item %d: %s' % (n, e)
                continue
            text = item.get(text_field)
            if not isinstance(text, (str, bytes)):
                what = 'no "%s" field' % text_field if text is None else 'field "%s" is not a string' % text_field
                yield ident + ('',), 'item %d: %s' % (n, what)
            else:
                yield ident + (_text(text),), None
        else:
            yield ('null', True, ''), 'item %d: neither a string nor a dict (%s)' % (n, type(item).__name__)


def extract_many(iterable, threads=None, batch=None, id_field='id', text_field='text', json=False, **options):
    """Extraction over many documents, in order: yields one record per item.

    Items are strings (id null) or dicts with "id" and "text" (as JSON Lines records; id_field and
    text_field rename them; a dict without an id gets its number, from 1, as the CLI gives a line
    its line number). An item that cannot be read gives {"id": ..., "error": "item N: ..."}.
    threads: worker threads (default: all cores). json=True yields the JSON lines the CLI prints
    instead of dicts.
    """
    o = _opts(options)
    threads = threads or _os.cpu_count() or 1
    batch = batch or 64 * threads
    pending = []

    def flush():
        good = [(i, it) for i, (it, err) in enumerate(pending) if err is None]
        try:
            done = _whosaid.extract_batch([it for _, it in good], threads, **o)
        except (TypeError, UnicodeError):
            # a text that is not UTF-8 (a lone surrogate): find it, keep the rest of the batch
            done = []
            for i, it in good:
                try:
                    done.append(_whosaid.extract_batch([it], 1, **o)[0])
                except (TypeError, UnicodeError) as e:
                    pending[i] = (it, 'item %d: text is not valid Unicode (%s)' % (first + i, type(e).__name__))
                    done.append(None)
        out = [None] * len(pending)
        for (i, _), line in zip(good, done):
            out[i] = line
        for i, (it, err) in enumerate(pending):
            if err is not None:
                out[i] = _whosaid.error_json(it[0], it[1], err)  # the CLI's error record
        pending.clear()
        return out

    first = 1  # the number of the batch's first item
    for entry in _items(iterable, id_field, text_field):
        pending.append(entry)
        if len(pending) >= batch:
            for line in flush():
                yield line if json else _json.loads(line)
            first += batch
    if pending:
        for line in flush():
            yield line if json else _json.loads(line)


def extract_files(paths, out_path, threads=None, input='auto', id_field='id', text_field='text', **options):
    """The CLI's run over files (text, HTML, JSON Lines, WARC; plain, .gz, .zst), written to out_path
    as JSON Lines. Returns counts: records, errors, skipped, bytes, seconds."""
    if isinstance(paths, (str, _os.PathLike)):
        paths = [paths]
    o = _opts({k: v for k, v in options.items() if k != 'input'})
    o.pop('html')
    return _whosaid.extract_files([_os.fspath(p) for p in paths], _os.fspath(out_path), threads or 0, input,
                                  id_field=id_field, text_field=text_field, **o)
