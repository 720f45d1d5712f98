#!/usr/bin/env python3
"""Lists whosaid's errors on PolNeAR-style gold, for tuning (score with ../shared/eval instead).

usage: polnear_errors.py GOLD.jsonl SYSTEM.jsonl [missed|extra|speaker] [--max N]
(SYSTEM from `whosaid extract --explain` also names the sieve of each wrong speaker)
  missed   quoted gold attributions no system quote overlaps
  extra    system quotes (not indirect) that overlap no gold content
  speaker  found gold attributions whose speaker mention misses the gold source
"""
import json, sys

def ov(a, b):
    return a[0] < b[1] and b[0] < a[1]

def qspans(q):
    return [tuple(s) for s in q['spans']] if q.get('spans') else [(q['start'], q['end'])]

def ctx(t, s, e, pad=80):
    return (t[max(0, s - pad):s] + '[[' + t[s:e] + ']]' + t[e:e + pad]).replace('\n', ' / ')

def main():
    gold = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1], encoding='utf-8')}
    system = {}
    for l in open(sys.argv[2], encoding='utf-8'):
        d = json.loads(l)
        system[d['id']] = d
    what = sys.argv[3] if len(sys.argv) > 3 else 'missed'
    limit = int(sys.argv[sys.argv.index('--max') + 1]) if '--max' in sys.argv else 60
    n = 0
    for gid, g in gold.items():
        t = g['text']
        quotes = [q for q in system.get(gid, {}).get('quotes', []) if q.get('kind') != 'indirect']
        allc = [tuple(s) for a in g['attributions'] for s in a['content']]
        if what == 'extra':
            for q in quotes:
                if not any(ov(a, b) for a in qspans(q) for b in allc):
                    n += 1
                    print(f'{gid}: {ctx(t, q["start"], q["end"])}')
        for a in g['attributions']:
            if not a['quoted']:
                continue
            cont = [tuple(x) for x in a['content']]
            hits = [q for q in quotes if any(ov(x, y) for x in qspans(q) for y in cont)]
            if what == 'missed' and not hits:
                n += 1
                print(f'{gid}: {ctx(t, cont[0][0], cont[-1][1])}')
            if what == 'speaker' and hits and a['source']:
                src = [tuple(x) for x in a['source']]
                ok = any(q.get('speaker_mention') and any(ov((q['speaker_mention']['start'], q['speaker_mention']['end']), b) for b in src) for q in hits)
                if not ok:
                    n += 1
                    q = hits[0]
                    m = q.get('speaker_mention')
                    print(f'{gid}: gold source {" ".join(t[s:e] for s, e in src)!r} got {m and m["text"]!r} '
                          f'({q.get("speaker")}) via cue {q.get("cue") and q["cue"]["text"]!r} sieve {q.get("sieve")}\n    {ctx(t, cont[0][0], cont[-1][1], 120)}')
        if n >= limit:
            break
    print(f'-- {n} shown', file=sys.stderr)

if __name__ == '__main__':
    main()
