#!/usr/bin/env python3
"""Peer check for top-10 serving: FAISS on the catalogue of TopKServing.

The JMH benchmark dev.affectrec.bench.recommend.TopKServing scores 100,000 items of rank 64
(item factors N(0, 0.1^2), user vectors N(0, 1)) on one thread. This script builds the same
kind of catalogue with numpy (a different generator, the same distribution) and measures, on one
thread, FAISS's exact inner-product scan (IndexFlatIP) and its approximate indexes (HNSW with
the inner-product metric, IVF-Flat) as recall@10 against the exact top 10 and per-query latency
percentiles. It answers: does an approximate index beat our exact fast path at a useful recall?

Needs: pip install faiss-cpu numpy (FAISS 1.15.1 was measured; see docs/BENCHMARKS.md).
Usage: python3 scripts/peers/faiss_topk.py [--items 100000] [--factors 64] [--queries 500]
Output: one line per index and setting; nothing is written to disk.
"""
import argparse
import time

import numpy as np

try:
    import faiss
except ImportError as missing:
    raise SystemExit("faiss is not installed: pip install faiss-cpu numpy") from missing


def latency_ms(search, queries):
    """Per-query wall-clock times in milliseconds, one query at a time."""
    times = []
    for q in queries:
        start = time.perf_counter()
        search(q[None, :])
        times.append((time.perf_counter() - start) * 1e3)
    return np.asarray(times)


def report(name, index, queries, truth, k):
    _, found = index.search(queries, k)
    recall = np.mean([len(set(found[u]) & set(truth[u])) / k for u in range(len(queries))])
    times = latency_ms(lambda q: index.search(q, k), queries)
    print(
        f"{name:<34} recall@{k} {recall:.3f}  p50 {np.median(times):.3f} ms"
        f"  p99 {np.quantile(times, 0.99):.3f} ms"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--factors", type=int, default=64)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.items < 10 or args.factors < 1 or args.queries < 1:
        raise SystemExit("need at least 10 items, 1 factor and 1 query")
    faiss.omp_set_num_threads(1)
    rng = np.random.default_rng(args.seed)
    items = (rng.standard_normal((args.items, args.factors)) * 0.1).astype("float32")
    users = rng.standard_normal((args.queries, args.factors)).astype("float32")
    k = 10
    truth = np.argsort(-(users @ items.T), axis=1)[:, :k]

    flat = faiss.IndexFlatIP(args.factors)
    flat.add(items)
    report("exact scan (IndexFlatIP)", flat, users, truth, k)

    for m in (16, 32):
        hnsw = faiss.IndexHNSWFlat(args.factors, m, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 200
        start = time.perf_counter()
        hnsw.add(items)
        print(f"HNSW M={m} efConstruction=200 built in {time.perf_counter() - start:.1f} s")
        for ef in (100, 200, 400, 800):
            hnsw.hnsw.efSearch = ef
            report(f"  HNSW M={m} efSearch={ef}", hnsw, users, truth, k)

    lists = max(1, min(1024, args.items // 39))  # FAISS wants about 39 points per list
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(args.factors), args.factors, lists,
                             faiss.METRIC_INNER_PRODUCT)
    ivf.train(items)
    ivf.add(items)
    for probes in (16, 64, 256):
        ivf.nprobe = probes
        report(f"IVF-Flat lists={lists} nprobe={probes}", ivf, users, truth, k)


if __name__ == "__main__":
    main()
