#!/usr/bin/env python3
"""Build the throughput benchmark corpus from PolNeAR train.

Writes COPIES copies of every document as {"id": "<orig id>#<copy>", "text": ...} JSON lines.
Relative paths are resolved against the repo root (the parent of this bench/ folder).

    bench/make_corpus.py [SOURCE [OUTPUT]] [--copies N] [-o OUTPUT]
    defaults: SOURCE = ../shared/data/polnear/train.jsonl, N = 8,
              OUTPUT = build/bench/polnear_train_x<N>.jsonl (build/bench/polnear_train_x8.jsonl)

Exits 3 when the PolNeAR file is absent.
"""
import argparse
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def from_repo(path):
    return path if os.path.isabs(path) else os.path.normpath(os.path.join(REPO, path))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", nargs="?", default="../shared/data/polnear/train.jsonl",
                    help="PolNeAR train.jsonl (relative paths: from the repo root)")
    ap.add_argument("output_pos", nargs="?", metavar="OUTPUT", default=None, help="same as -o")
    ap.add_argument("-o", "--output", default=None,
                    help="output JSONL (default build/bench/polnear_train_x<copies>.jsonl, from the repo root)")
    ap.add_argument("--copies", type=int, default=8, help="copies of every document (default 8)")
    args = ap.parse_args()
    if args.output and args.output_pos:
        ap.error("give the output path once")
    args.output = args.output or args.output_pos
    if args.copies < 1:
        ap.error("--copies must be at least 1")

    source = from_repo(args.source)
    output = from_repo(args.output or "build/bench/polnear_train_x%d.jsonl" % args.copies)
    if not os.path.isfile(source):
        print("make_corpus: PolNeAR file not found: %s\n"
              "  (expected ../shared/data/polnear/train.jsonl next to the repo; pass its path as an argument)"
              % source, file=sys.stderr)
        return 3

    docs = []
    with open(source, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError as e:
                print("make_corpus: %s:%d: bad JSON: %s" % (source, n, e), file=sys.stderr)
                return 1
            docs.append((str(d.get("id", n)), d.get("text") or ""))

    os.makedirs(os.path.dirname(output) or ".", exist_ok=True)
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as out:
        for copy in range(args.copies):
            for doc_id, text in docs:
                out.write(json.dumps({"id": "%s#%d" % (doc_id, copy), "text": text}, ensure_ascii=False) + "\n")
    os.replace(tmp, output)  # never leave a half-written corpus behind
    size = os.path.getsize(output)
    print("make_corpus: wrote %s (%d docs, %.1f MB)" % (output, len(docs) * args.copies, size / 1e6),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
