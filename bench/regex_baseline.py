#!/usr/bin/env python3
# A deliberately small regex quote extractor: the kind of script people write instead of a real
# tool, used as the throughput/quality baseline for whosaid. Standard library only.
# Usage: regex_baseline.py [FILE.jsonl]   (stdin when no file is given)
# In:  {"id": ..., "text": ...} per line.  Out: {"id": ..., "quotes": [{"text","start","end","speaker"}]}
# Offsets are Python str indices (Unicode code points) of the quoted words, without the marks.
import json, re, sys

NAME = r"([A-Z][\w'\u2019-]*(?:\.?[ \t]+[A-Z][\w'\u2019-]*){0,3})"
VERB = r"(?:said|says|told|added|wrote)"
QUOTE = re.compile(r'["\u201c]([^"\u201c\u201d\n]+)["\u201d]')
# right after the closing mark: `, said NAME` / `said NAME` or `, NAME said` / `NAME said`
AFTER = re.compile(r"[ \t]*,?[ \t]*(?:" + VERB + r"[ \t]+" + NAME + "|" + NAME + r"[ \t]+" + VERB + ")")
# right before the opening mark: `NAME said, `
BEFORE = re.compile(NAME + r"[ \t]+" + VERB + r"[ \t]*,[ \t]*\Z")


def extract(text):
    quotes = []
    for q in QUOTE.finditer(text):
        m = AFTER.match(text, q.end()) or BEFORE.search(text, max(0, q.start() - 80), q.start())
        speaker = next((g for g in m.groups() if g), None) if m else None
        quotes.append({"text": q.group(1), "start": q.start(1), "end": q.end(1), "speaker": speaker})
    return quotes


with open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin as f:
    for line in f:
        if line.strip():
            doc = json.loads(line)
            sys.stdout.write(json.dumps({"id": doc.get("id"), "quotes": extract(doc.get("text", ""))}) + "\n")
