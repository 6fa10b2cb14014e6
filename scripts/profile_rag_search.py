#!/usr/bin/env python
"""Where one retrieval's time goes at 10k chunks: query embedding, the milvus-lite search call with and without
returned fields, one language partition or both, BM25 — medians over repeated calls, written to a JSON.

    .venv/bin/python scripts/profile_rag_search.py --out bench/rag_search_profile.json
The collection is `bench_rag.py`'s: the legal knowledge base padded with look-alike documents to 10k chunks.
"""
import argparse, json, os, sys, tempfile, time, shutil
from pathlib import Path
import numpy as np
os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).parent))
from bench_rag import make_folder, queries, PadEncoder
from mm_assistant.rag.encoder import Encoder
from mm_assistant.rag.store import open_store, index_docs
from mm_assistant.rag.retrieval import Retriever

def median_ms(f, n):
    ts = []
    for i in range(n): t0 = time.perf_counter(); f(i); ts.append(time.perf_counter() - t0)
    return round(float(np.median(ts)) * 1e3, 2)

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10000); ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--out", default="bench/rag_search_profile.json")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="prof-rag-"))
    enc = Encoder("onnx-int8", threads=1); client = open_store(str(work / "kb.db"))
    pad = PadEncoder(enc); pad.fill(make_folder(work / "real", 300))
    index_docs("prof", make_folder(work / "docs", a.size), encoder=pad, client=client, index_type="FLAT")
    r = Retriever("prof", client=client, encoder=enc, k=5, backend="milvus")   # what milvus-lite itself costs
    qs = [q[0] for q in queries(200) if q[1] == "en"]
    vecs = enc(qs[:a.n])
    for q in qs[:5]: r.search(q, lang="en", mode="hybrid")                     # warm-up
    raw = lambda **kw: client.search(r.name, limit=5, **kw)
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "chunks": a.size, "n": a.n, "load_avg_start": os.getloadavg(),
           "embed_query": median_ms(lambda i: enc([qs[i]]), a.n),
           "dense_one_partition_with_fields": median_ms(lambda i: r._dense(vecs[i:i + 1], "en", 5), a.n),
           "dense_one_partition_no_fields": median_ms(lambda i: raw(data=vecs[i:i + 1].tolist(), anns_field="dense", partition_names=["en"],
                                                                    search_params={"metric_type": "COSINE"}), a.n),
           "dense_both_partitions_no_fields": median_ms(lambda i: raw(data=vecs[i:i + 1].tolist(), anns_field="dense",
                                                                      search_params={"metric_type": "COSINE"}), a.n),
           "bm25_one_partition_with_fields": median_ms(lambda i: r._bm25([qs[i]], "en", 20), a.n),
           "retriever_dense_total": median_ms(lambda i: r.search(qs[i], lang="en", mode="dense"), a.n),
           "retriever_hybrid_total": median_ms(lambda i: r.search(qs[i], lang="en", mode="hybrid"), a.n)}
    res["load_avg_end"] = os.getloadavg()
    client.close(); shutil.rmtree(work, ignore_errors=True)
    Path(a.out).write_text(json.dumps(res, indent=1) + "\n"); print(json.dumps(res, indent=1))

if __name__ == "__main__":
    main()
