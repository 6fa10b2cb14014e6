#!/usr/bin/env python
"""Retrieval benchmarks: index build throughput, idempotent re-index, and query latency (embedding + search) at
1k/10k/100k chunks, dense-only and hybrid, on milvus-lite — searched by milvus-lite itself and by the Retriever's in-process
copy, side by side. Writes a JSON of results.

    nice -n 10 .venv/bin/python scripts/bench_rag.py --sizes 1000,10000 --out bench/rag_results.json
The legal world's knowledge base (en+zh) is padded with generated look-alike documents up to each size (one chunk each).
"""
import argparse, hashlib, json, os, platform, shutil, tempfile, time
from pathlib import Path
import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
from mm_assistant.data.worlds.synth import WORLDS, make_records
from mm_assistant.rag.docs import read_docs
from mm_assistant.rag.encoder import Encoder
from mm_assistant.rag.store import open_store, index_docs, ensure_collection, plan_chunks, collection_name
from mm_assistant.rag.retrieval import Retriever
from mm_assistant.rag.context import gold_source, kb_query, rank_of

_W_EN = "lease sale employment loan licence service supply agency franchise consulting partnership distribution".split()
_W_ZH = "租赁 买卖 雇佣 借款 许可 服务 供应 代理 特许经营 咨询 合伙 分销".split()
_PLACES = "Avalon Brindle Corvo Dunmore Elmstead Farrow Glenrock Harwick Islay Jarrow Kestrel Lindum Marrow Norland Oakhurst Pellam".split()
_PLACES_ZH = "阿瓦隆 布林德 科尔沃 邓莫尔 埃姆斯特德 法罗 格伦罗克 哈威克 艾莱 贾罗 凯斯特 林杜姆 马罗 诺兰 奥克赫斯特 佩勒姆".split()

def distractor(i, rng):
    "A look-alike legal document (slug, lang, markdown) that answers nothing in the test set."
    t, j, d = rng.integers(len(_W_EN)), rng.integers(len(_PLACES)), int(rng.choice([7, 14, 30, 45, 60, 90]))
    region = f"{_PLACES[j]} {i}"
    if i % 2 == 0:
        return (f"pad-{i:06d}", "en", f"# Termination notice: {_W_EN[t]} contracts under {region} law\n\nA {_W_EN[t]} contract governed by "
                f"the law of {region} may be terminated with {d} days' written notice, unless the parties agree otherwise.\n")
    return (f"pad-{i:06d}", "zh", f"# 解除通知：适用{_PLACES_ZH[j]}{i}法律的{_W_ZH[t]}合同\n\n适用{_PLACES_ZH[j]}{i}法律的{_W_ZH[t]}合同可提前{d}天书面通知解除，双方另有约定的除外。\n")

def make_folder(root, n_chunks, seed=0):
    "Folder with the legal KB plus distractors, n_chunks documents (= chunks) in all."
    root = Path(root); root.mkdir(parents=True, exist_ok=True)
    kb = WORLDS["legal"].kb_docs()
    rng = np.random.default_rng(seed)
    for slug, lang, md in kb: (root/f"{slug}.{lang}.md").write_text(md, encoding="utf-8")
    for i in range(n_chunks - len(kb)):
        slug, lang, md = distractor(i, rng); (root/f"{slug}.{lang}.md").write_text(md, encoding="utf-8")
    return root

def queries(n_images=400, seed=0):
    "(query, lang, gold source) for the legal world's needs_kb questions (test split of n_images)."
    out = []
    for i in range(n_images):
        _, _, split, recs, _ = make_records("legal", seed, i)
        out += [(kb_query(r), r["lang"], gold_source(r)) for r in recs if r["needs_kb"]]
    return out

class PadEncoder:
    "Real embeddings for texts seen by `fill`; any other text gets a near-copy (small noise) of a real distractor vector."
    def __init__(self, enc): self.enc, self.cache, self.pool = enc, {}, None
    def fill(self, folder):
        texts = [c.text for c in plan_chunks(read_docs(folder)[0], 600, 1).values()]
        for t, v in zip(texts, self.enc(texts, batch_size=64)): self.cache[t] = v
        self.pool = np.stack(list(self.cache.values()))
    def __call__(self, texts, **kw):
        if self.pool is None: raise RuntimeError("fill() the pad encoder from a real-sized folder first")
        texts = [texts] if isinstance(texts, str) else list(texts)
        out = []
        for t in texts:
            if t in self.cache: out.append(self.cache[t]); continue
            h = int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)
            v = self.pool[h % len(self.pool)] + np.random.default_rng(h).normal(scale=0.02, size=self.pool.shape[1])
            out.append(v / np.linalg.norm(v))
        return np.stack(out).astype(np.float32)

def pct(xs, p): return float(np.percentile(np.asarray(xs) * 1e3, p))

def latency(r, qs, mode, n=200, batch=1):
    "p50/p95 per-query latency (ms) split into embedding and search, and Recall@5, over n queries."
    emb, srch, tot, hits = [], [], [], []
    for w in qs[:5]: r.search(w[0], lang=w[1], mode=mode)                       # warm-up
    sel = qs[:n]
    for i in range(0, len(sel), batch):
        b = sel[i:i+batch]
        for lang in ("en", "zh"):
            bb = [x for x in b if x[1] == lang]
            if not bb: continue
            t0 = time.perf_counter(); res = r.search([x[0] for x in bb], lang=lang, mode=mode); t = time.perf_counter() - t0
            emb.append(r.timing["embed_ms"] / 1e3 / len(bb)); srch.append(r.timing["search_ms"] / 1e3 / len(bb)); tot.append(t / len(bb))
            hits += [rank_of(ps, x[2]) is not None for ps, x in zip(res, bb)]
    return {"n": len(sel), "batch": batch, "embed_p50": pct(emb, 50), "embed_p95": pct(emb, 95), "search_p50": pct(srch, 50),
            "search_p95": pct(srch, 95), "total_p50": pct(tot, 50), "total_p95": pct(tot, 95), "recall@5": float(np.mean(hits))}

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--n", type=int, default=200, help="queries per latency measurement")
    ap.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    ap.add_argument("--build-threads", type=int, default=2)
    ap.add_argument("--real-max", type=int, default=2000, help="sizes up to this are embedded for real; larger ones reuse those vectors")
    ap.add_argument("--index-types", default="FLAT,HNSW", help="dense index types compared at the 10k size")
    ap.add_argument("--out", default="bench/rag_results.json")
    ap.add_argument("--modes", default="dense,hybrid,bm25", help="search modes timed over all queries (hybrid on English queries is always timed)")
    ap.add_argument("--no-batch16", dest="batch16", action="store_false", help="skip the batched-query measurements")
    ap.add_argument("--skip-encoders", action="store_true", help="skip the torch vs int8 query-encoder comparison")
    ap.add_argument("--backends", default="memory,milvus", help="search backends timed side by side (memory: the in-process copy; milvus: milvus-lite's search)")
    a = ap.parse_args()
    work = Path(a.work or tempfile.mkdtemp(prefix="bench-rag-"))
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "machine": "2-core CPU, no GPU, shared with other jobs",
           "python": platform.python_version(), "load_avg_start": os.getloadavg(), "sizes": {}}
    out = Path(a.out); out.parent.mkdir(parents=True, exist_ok=True)
    save = lambda: out.write_text(json.dumps(res, indent=1) + "\n")
    qs = queries()
    rng = np.random.default_rng(0); qs = [qs[i] for i in rng.permutation(len(qs))]
    res["queries"] = {"n": len(qs), "en": sum(q[1] == "en" for q in qs), "zh": sum(q[1] == "zh" for q in qs)}
    q_enc = Encoder("onnx-int8", threads=1)
    # the query encoders side by side
    t_enc = Encoder("torch", threads=1)
    for name, e in (() if a.skip_encoders else (("onnx-int8", q_enc), ("torch", t_enc))):
        for q in qs[:5]: e(q[0])
        ts = []
        for q in qs[:a.n]: t0 = time.perf_counter(); e(q[0]); ts.append(time.perf_counter() - t0)
        res.setdefault("query_encoder_ms", {})[name] = {"p50": pct(ts, 50), "p95": pct(ts, 95)}
    va, vb = q_enc([q[0] for q in qs[:50 if a.skip_encoders else 200]]), t_enc([q[0] for q in qs[:50 if a.skip_encoders else 200]])
    res["int8_vs_torch_cosine"] = {"min": float((va * vb).sum(1).min()), "mean": float((va * vb).sum(1).mean())}
    print(res.get("query_encoder_ms"), res["int8_vs_torch_cosine"], flush=True); save()
    del t_enc
    b_enc = Encoder("onnx-int8", threads=a.build_threads)
    client = open_store(str(work/"kb.db"))
    pad = PadEncoder(b_enc)
    for size in map(int, a.sizes.split(",")):
        folder = make_folder(work/f"docs{size}", size)
        dom = f"bench{size}"
        if client.has_collection(collection_name(dom)): client.drop_collection(collection_name(dom))
        real = size <= a.real_max
        if not real and pad.pool is None: pad.fill(make_folder(work/f"docs{a.real_max}", a.real_max))
        rep = index_docs(dom, folder, encoder=b_enc if real else pad, client=client, index_type="FLAT", progress=True)
        s = {"chunks": rep.chunks, "vectors": "real" if real else f"real for the KB and {a.real_max} distractors, the rest near-copies",
             "build_s": rep.seconds, "embed_s": rep.embed_seconds, "store_s": rep.seconds - rep.embed_seconds,
             "store_chunks_per_s": rep.chunks / max(rep.seconds - rep.embed_seconds, 1e-9), "build_threads": a.build_threads}
        if real: s.update(build_chunks_per_s=rep.chunks / rep.seconds, embed_chunks_per_s=rep.chunks / max(rep.embed_seconds, 1e-9))
        t0 = time.perf_counter(); rep2 = index_docs(dom, folder, encoder=b_enc, client=client); s["reindex_unchanged"] = {"s": time.perf_counter() - t0, "writes": rep2.writes, "docs": rep2.docs}
        print(size, s, flush=True)
        if real: pad.fill(folder)
        rs = {b: Retriever(dom, client=client, encoder=q_enc, k=5, backend=b) for b in a.backends.split(",")}
        if "memory" in rs:
            t0 = time.perf_counter(); rs["memory"].partitions(); s["memory_copy_load_s"] = time.perf_counter() - t0
        en = [q for q in qs if q[1] == "en"]
        for mode in [*a.modes.split(","), "hybrid_en"]:          # each mode on every backend, one after the other
            for b, r in rs.items():
                m = latency(r, en, "hybrid", a.n) if mode == "hybrid_en" else latency(r, qs, mode, a.n)
                s.setdefault("backends", {}).setdefault(b, {})[mode] = m; print(size, b, mode, m, flush=True)
        if a.batch16:
            for b, r in rs.items():
                s["backends"][b]["dense_batch16"] = latency(r, qs, "dense", a.n, batch=16); s["backends"][b]["hybrid_batch16"] = latency(r, qs, "hybrid", a.n, batch=16)
        res["sizes"][str(size)] = s; res["load_avg_end"] = os.getloadavg(); save()
        if size == 10000 and a.index_types:
            for it in a.index_types.split(","):    # the same rows under other dense indexes
                d2 = f"bench{size}_{it.lower()}"
                if client.has_collection(collection_name(d2)): client.drop_collection(collection_name(d2))
                t0 = time.perf_counter(); index_docs(d2, folder, encoder=pad, client=client, index_type=it); tb = time.perf_counter() - t0
                r2 = Retriever(d2, client=client, encoder=q_enc, k=5, backend="milvus")
                s.setdefault("index_types", {})[it] = {"insert_and_index_s": tb, "dense_en": latency(r2, en, "dense", a.n)}
                print(size, it, s["index_types"][it], flush=True)
                client.drop_collection(collection_name(d2))
            save()
        if size >= 10000: client.drop_collection(collection_name(dom))
    client.close()
    if not a.work: shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(res, indent=1))

if __name__ == "__main__":
    main()
