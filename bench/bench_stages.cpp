// Throughput of each stage prefix of the pipeline on one core (Google Benchmark).
// Corpus: the texts of ../shared/data/polnear/train.jsonl when present, else the repo's example
// article repeated. Run: build/bench/bench_stages [--benchmark_filter=...]
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "doc.hpp"

namespace {

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    std::string root = WHOSAID_SOURCE_DIR;
    std::ifstream f(root + "/../shared/data/polnear/train.jsonl");
    if (f) {
      simdjson::ondemand::parser parser;
      std::string line;
      while (std::getline(f, line)) {
        simdjson::padded_string p(line);
        auto doc = parser.iterate(p);
        std::string_view text;
        if (!doc["text"].get_string().get(text)) out.emplace_back(text);
      }
    }
    if (out.empty()) {
      std::cerr << "bench: ../shared/data/polnear/train.jsonl absent; using examples/harbor.txt x200\n";
      std::ifstream e(root + "/examples/harbor.txt");
      std::stringstream ss;
      ss << e.rdbuf();
      out.assign(200, ss.str());
    }
    return out;
  }();
  return docs;
}

std::size_t bytes() {
  std::size_t n = 0;
  for (const auto& d : corpus()) n += d.size();
  return n;
}

// Runs the stages up to and including `upto` over the whole corpus.
void run(benchmark::State& state, int upto) {
  using namespace whosaid;
  const auto& docs = corpus();
  for (auto _ : state) {
    for (const auto& text : docs) {
      if (upto >= 7) {
        benchmark::DoNotOptimize(extract(text));
        continue;
      }
      Doc d;
      d.text = text;
      segment(d);
      if (upto >= 1) find_embeds(d);
      if (upto >= 2) { find_quotes(d); split_sentences(d); }
      if (upto >= 3) find_mentions(d);
      if (upto >= 4) link_entities(d);
      if (upto >= 5) attribute(d);
      benchmark::DoNotOptimize(d.toks.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes()));
}

void BM_Segment(benchmark::State& s) { run(s, 0); }
void BM_UpToEmbeds(benchmark::State& s) { run(s, 1); }
void BM_UpToQuotesSentences(benchmark::State& s) { run(s, 2); }
void BM_UpToMentions(benchmark::State& s) { run(s, 3); }
void BM_UpToEntities(benchmark::State& s) { run(s, 4); }
void BM_UpToAttribution(benchmark::State& s) { run(s, 5); }
void BM_Extract(benchmark::State& s) { run(s, 7); }

BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpToEmbeds)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpToQuotesSentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpToMentions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpToEntities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_UpToAttribution)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
