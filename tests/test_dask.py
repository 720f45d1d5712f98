#!/usr/bin/python3
"""whosaid.dask on a real distributed.LocalCluster with two worker processes, over PolNeAR train:
every document's record equals what the single-process CLI prints for it.

    /usr/bin/python3 tests/test_dask.py BUILD_DIR     (exit 77: skipped, ../shared is absent)
"""
import json, os, subprocess, sys, tempfile, unittest

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'data', 'polnear', 'train.jsonl'))
BUILD = None


def cli_lines(paths):
    p = subprocess.run([os.path.join(BUILD, 'whosaid'), 'extract'] + paths, capture_output=True, timeout=600)
    return p.stdout.decode('utf-8').splitlines()


class OnCluster(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from dask.distributed import Client, LocalCluster
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                   local_directory=cls.tmp.name)
        cls.client = Client(cls.cluster)
        with open(TRAIN, encoding='utf-8') as f:
            cls.lines = f.read().splitlines()
        cls.want = cli_lines([TRAIN])
        assert len(cls.want) == len(cls.lines) > 100

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def test_two_worker_processes(self):
        info = self.client.scheduler_info()['workers']
        self.assertEqual(len(info), 2)
        pids = set(self.client.run(os.getpid).values())
        self.assertEqual(len(pids), 2)
        self.assertNotIn(os.getpid(), pids)

    def test_bag_of_documents(self):
        import dask.bag as db
        import whosaid.dask
        bag = db.read_text(TRAIN, blocksize=500_000).map(json.loads)
        self.assertGreater(bag.npartitions, 2)
        got = whosaid.dask.extract_bag(bag, json=True).compute(scheduler=self.client.get)
        self.assertEqual([l.rstrip('\n') for l in got], self.want)
        # and the same as shards on disk
        out = os.path.join(self.tmp.name, 'bag-out')
        shards = whosaid.dask.to_jsonl(bag, out)
        self.assertEqual([os.path.basename(s) for s in shards], ['part-%05d.jsonl' % i for i in range(bag.npartitions)])
        data = ''
        for s in shards:
            with open(s, encoding='utf-8') as f:
                data += f.read()  # each shard ends with a newline: concatenated, they are JSON Lines
        self.assertEqual(data.splitlines(), self.want)

    def test_files_to_shards(self):
        import whosaid.dask
        # PolNeAR train cut into four JSON Lines files, one gzip-compressed
        import gzip
        parts, k = [], (len(self.lines) + 3) // 4
        for i in range(4):
            p = os.path.join(self.tmp.name, 'in-%d.jsonl' % i + ('.gz' if i == 2 else ''))
            data = ('\n'.join(self.lines[i * k:(i + 1) * k]) + '\n').encode()
            with open(p, 'wb') as f:
                f.write(gzip.compress(data) if i == 2 else data)
            parts.append(p)
        res = whosaid.dask.extract_files(parts, os.path.join(self.tmp.name, 'out'), client=self.client)
        self.assertEqual([r['path'] for r in res], parts)
        lines = []
        for r in res:
            with open(r['out'], encoding='utf-8') as f:
                lines += f.read().splitlines()
        self.assertEqual(lines, self.want)
        self.assertEqual(sum(r['records'] for r in res), len(self.want))
        self.assertEqual(sum(r['errors'] for r in res), 0)


if __name__ == '__main__':
    BUILD = os.path.abspath(sys.argv.pop(1))
    if not os.path.exists(TRAIN):
        print('skipped: %s is absent (the shared data sits beside the repository)' % TRAIN)
        sys.exit(77)
    sys.path = [p for p in sys.path if os.path.abspath(p or '.') != HERE]
    unittest.main()
