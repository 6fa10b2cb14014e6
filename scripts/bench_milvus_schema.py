"""Does milvus-lite's dense search cost depend on the collection's schema? The same 5,000 random vectors searched
in a vectors-only collection, one with the citation fields but no BM25, and the knowledge base's full schema (text
with analyzer, BM25 sparse field, citation fields), interleaved in one run: p50/p95 per query, limit 5, with and
without returned fields.
Usage: python scripts/bench_milvus_schema.py [--rows 5000] [--queries 200] [--json OUT]"""
import argparse, json, os, statistics, tempfile, time
import numpy as np
from pymilvus import MilvusClient, DataType, Function, FunctionType
from mm_assistant.rag.encoder import EMBED_DIM
from mm_assistant.rag.store import BM25_ANALYZER

VARIANTS = {"vectors_only": (False, False), "fields_no_bm25": (True, False), "full_schema": (True, True)}   # (citation fields, BM25)

def make(client, name, fields, bm25):
    s = client.create_schema(auto_id=False, enable_dynamic_field=False)
    s.add_field("id", DataType.VARCHAR, is_primary=True, max_length=32)
    if fields:
        s.add_field("text", DataType.VARCHAR, max_length=8192, **(dict(enable_analyzer=True, analyzer_params=BM25_ANALYZER) if bm25 else {}))
        for f in ("title", "section", "source"): s.add_field(f, DataType.VARCHAR, max_length=1024)
    if bm25:
        s.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        s.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["text"], output_field_names=["sparse"]))
    s.add_field("dense", DataType.FLOAT_VECTOR, dim=EMBED_DIM)
    ip = client.prepare_index_params(); ip.add_index("dense", index_type="FLAT", metric_type="COSINE")
    if bm25: ip.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    client.create_collection(name, schema=s, index_params=ip)

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--rows", type=int, default=5000); ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--json", default=None); a = ap.parse_args()
    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((a.rows, EMBED_DIM)).astype(np.float32); vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    words = "notice period lease contract jurisdiction lesion follow-up warranty return window shipping days months".split()
    with tempfile.TemporaryDirectory() as d:
        client = MilvusClient(os.path.join(d, "bench.db")); res = {}
        for name, (fields, bm25) in VARIANTS.items():
            make(client, name, fields, bm25)
            rows = [{"id": f"{i:08d}", "dense": vecs[i].tolist(), **({"text": " ".join(rng.choice(words, 60)), "title": "t", "section": "s", "source": "x.md"} if fields else {})}
                    for i in range(a.rows)]
            for i in range(0, len(rows), 1000): client.insert(name, rows[i:i + 1000])
            client.flush(name); client.load_collection(name)
        qs = rng.standard_normal((a.queries, EMBED_DIM)).astype(np.float32)
        runs = [(n, []) for n in VARIANTS] + [(n, ["text", "title", "section", "source"]) for n in VARIANTS if VARIANTS[n][0]]
        times = {(n + ("+fields" if f else "")): [] for n, f in runs}
        for q in qs:   # interleaved: every collection sees the same machine state
            for (n, f), key in zip(runs, times):
                t = time.perf_counter(); client.search(n, data=[q.tolist()], anns_field="dense", limit=5, output_fields=f); times[key].append(1000 * (time.perf_counter() - t))
        for n, ts in times.items():
            ts = sorted(ts[10:]); res[n] = {"p50_ms": round(statistics.median(ts), 2), "p95_ms": round(ts[int(0.95 * len(ts))], 2)}
        res["p50_over_vectors_only"] = {n: round(res[n]["p50_ms"] / res["vectors_only"]["p50_ms"], 2) for n in times}
        res.update(rows=a.rows, queries=a.queries, load_avg=open("/proc/loadavg").read().split()[:3], date=time.strftime("%Y-%m-%d %H:%M"))
    print(json.dumps(res, indent=1))
    if a.json: open(a.json, "w").write(json.dumps(res, indent=1) + "\n")

if __name__ == "__main__": main()
