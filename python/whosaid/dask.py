"""whosaid over a Dask cluster (python3-distributed): extraction mapped over a dask.bag of
documents, or over a list of files (JSON Lines, WARC, HTML, text; plain, .gz or .zst), writing
JSON Lines shards. Each worker runs the native code without the GIL; records keep their order
within a partition or file, and partitions and shards keep the order of their inputs.

    from dask.distributed import Client
    import whosaid.dask
    client = Client('tcp://scheduler:8786')          # or Client(LocalCluster(...))
    shards = whosaid.dask.extract_files(paths, 'out/', client=client)

The workers need the whosaid module installed (the set-up command installs it for
/usr/bin/python3 on each machine it runs on).
"""
import os

import dask
import dask.bag as db

import whosaid

__all__ = ['extract_bag', 'extract_files', 'to_jsonl']


def _partition(items, options):
    return list(whosaid.extract_many(items, threads=1, **options))


def extract_bag(bag, json=False, **options):
    """A bag of documents (strings, or dicts with "id" and "text") to a bag of records: dicts in the
    CLI's schema, or with json=True the CLI's JSON lines (each ending in a newline)."""
    options = dict(options, json=json)
    return bag.map_partitions(_partition, options)


def to_jsonl(bag, out_dir, **options):
    """Extracts a bag of documents and writes one JSON Lines shard a partition to out_dir
    (part-00000.jsonl, ...), each line ending in a newline; returns the shard paths in order.
    Documents without an id get their number within their partition."""
    os.makedirs(out_dir, exist_ok=True)
    lines = extract_bag(bag, json=True, **options).map(lambda line: line.rstrip('\n'))
    return lines.to_textfiles(os.path.join(out_dir, '*.jsonl'), name_function=_shard_name, encoding='utf-8',
                              last_endline=True)


def _shard_name(i):
    return 'part-%05d' % i


def _one_file(path, out_path, options):
    stats = whosaid.extract_files([path], out_path, threads=1, **options)
    return dict(stats, path=path, out=out_path)


def extract_files(paths, out_dir, client=None, **options):
    """One task a file: each input file (JSON Lines, WARC, HTML or text; plain, .gz, .zst) becomes
    the shard out_dir/part-NNNNN.jsonl with exactly what `whosaid extract FILE` prints. Runs on
    client when given, else on Dask's current scheduler. Returns one dict a file, in order:
    path, out, records, errors, skipped, bytes, seconds."""
    paths = [os.fspath(p) for p in paths]
    out_dir = os.path.abspath(os.fspath(out_dir))
    os.makedirs(out_dir, exist_ok=True)
    outs = [os.path.join(out_dir, 'part-%05d.jsonl' % i) for i in range(len(paths))]
    if client is not None:
        futures = client.map(_one_file, paths, outs, [options] * len(paths), pure=False)
        return client.gather(futures)
    tasks = [dask.delayed(_one_file, pure=False)(p, o, options) for p, o in zip(paths, outs)]
    return list(dask.compute(*tasks))
