"""Latency of one assistant turn, stage by stage, on world test images and questions.

    .venv/bin/python scripts/bench_assistant.py [--model runs/small] [--data data/eval_s7] [--turns 60] [--json bench/assistant.json]
    .venv/bin/python scripts/bench_assistant.py --thread-sweep --json bench/assistant_threads_idle.json

Indexes each world's knowledge base into a temporary milvus-lite file, loads the assistant (compliance audit and queue
in a temporary folder), runs one warm-up turn, then `--turns` turns (questions of every type, both languages, all
domains) and reports p50/p95 of every stage's time, plus how many turns compliance held and the answer exact match.
"""
import argparse, json, os, random, sys, tempfile, time
from pathlib import Path
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import numpy as np


def thread_sweep(model_dir, data, threads=(1, 2), reps=3):
    "Model encode and 32-token greedy generation of one image, per torch thread count, side by side (median of `reps`)."
    import glob, torch
    from mm_assistant.model.modeling import MMAssistantModel
    from mm_assistant.model.inputs import prepare_inputs
    from mm_assistant.model.generation import generate_ids
    m = MMAssistantModel.from_pretrained(model_dir).eval()
    img = sorted(glob.glob(str(Path(data)/"ecommerce"/"images"/"*.png")))[0]
    inp = prepare_inputs(m, [img], ["What colour is the product?"])
    out = {}
    with torch.no_grad():
        for th in threads:
            torch.set_num_threads(th); enc, gen = [], []
            for _ in range(reps):
                t = time.perf_counter(); m.encode(*inp[:3]); enc.append(time.perf_counter() - t)
                t = time.perf_counter(); generate_ids(m, *inp, max_new_tokens=32, min_new_tokens=32); gen.append(time.perf_counter() - t)
            out[th] = {"encode_ms": round(float(np.median(enc)) * 1e3, 1), "generate32_ms": round(float(np.median(gen)) * 1e3, 1)}
    return {"threads": out, "load_avg": os.getloadavg(), "date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count()}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="runs/small"); p.add_argument("--data", default="data/eval_s7")
    p.add_argument("--turns", type=int, default=60); p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=0); p.add_argument("--json", default="bench/assistant.json")
    p.add_argument("--thread-sweep", action="store_true", help="only time encode + generation at 1 and 2 torch threads")
    a = p.parse_args()
    if a.thread_sweep:
        res = thread_sweep(a.model, a.data); print(json.dumps(res))
        if a.json: Path(a.json).parent.mkdir(parents=True, exist_ok=True); Path(a.json).write_text(json.dumps(res, indent=1) + "\n")
        return 0
    import torch; torch.set_num_threads(a.threads)
    tmp = Path(tempfile.mkdtemp(prefix="bench-assistant-"))
    from mm_assistant.rag.encoder import Encoder
    from mm_assistant.rag.store import index_docs
    enc = Encoder("onnx-int8")                      # the cached int8 query encoder of the default state folder
    os.environ["MM_ASSISTANT_STATE_DIR"] = str(tmp/"state")
    from mm_assistant.compliance.checker import Checker
    from mm_assistant.serve.assistant import Assistant
    from mm_assistant.data.worlds.base import normalize_answer
    doms = [d for d in ("medical", "legal", "ecommerce") if (Path(a.data)/d/"kb").is_dir()]
    for d in doms: index_docs(d, Path(a.data)/d/"kb", str(tmp/"kb.db"), encoder=enc)
    bot = Assistant(a.model, domain=doms[0], milvus_uri=str(tmp/"kb.db"), checker=Checker.load(state=tmp/"state"), encoder=enc)
    recs = [dict(r, domain=d, image_path=str(Path(a.data)/d/r["image"])) for d in doms
            for r in json.loads((Path(a.data)/d/"test.json").read_text(encoding="utf-8"))]
    random.Random(a.seed).shuffle(recs)
    t0 = time.perf_counter(); bot.warmup(); warm = (time.perf_counter() - t0) * 1e3
    rows = []
    for r in recs[:a.turns]:
        q, gold = r["conversations"][0]["value"], r["conversations"][1]["value"]
        ans = bot.answer(r["image_path"], q, domain=r["domain"])
        rows.append({"domain": r["domain"], "lang": r["lang"], "qtype": r["qtype"], "needs_kb": r["needs_kb"], "status": ans.status,
                     "em": normalize_answer(ans.generated) == normalize_answer(gold), "timings": ans.timings})
    bot.close()
    stages = sorted({k for r in rows for k in r["timings"] if k.endswith("_ms")})
    lat = {k: {"p50": round(float(np.percentile(v, 50)), 1), "p95": round(float(np.percentile(v, 95)), 1), "n": len(v)}
           for k in stages if (v := [r["timings"][k] for r in rows if k in r["timings"]])}
    answered = [r for r in rows if r["status"] == "answered"]
    res = {"model": a.model, "data": a.data, "turns": len(rows), "threads": a.threads, "warmup_ms": round(warm, 1), "latency_ms": lat,
           "held_or_blocked": {s: sum(r["status"] == s for r in rows) for s in ("blocked", "review")},
           "em_answered": round(float(np.mean([r["em"] for r in answered])), 4) if answered else None,
           "em_kb": round(float(np.mean([r["em"] for r in answered if r["needs_kb"]] or [float("nan")])), 4),
           "em_image_only": round(float(np.mean([r["em"] for r in answered if not r["needs_kb"]] or [float("nan")])), 4),
           "load_avg_end": os.getloadavg(), "date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count()}
    print("| stage | p50 ms | p95 ms | n |\n|---|---|---|---|")
    for k, v in lat.items(): print(f"| {k[:-3]} | {v['p50']} | {v['p95']} | {v['n']} |")
    print({k: v for k, v in res.items() if k != "latency_ms"})
    if a.json:
        Path(a.json).parent.mkdir(parents=True, exist_ok=True); Path(a.json).write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
