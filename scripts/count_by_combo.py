#!/usr/bin/env python
"""Where a model's count heads fail: accuracy of each count head on a world's medical test images, per (modality, count)
pair, seen vs held-out combinations, for the head's full logits and for its two parts (the classifier on the fact
token; the amount summed over the image cells, `count_density`).
Usage: python scripts/count_by_combo.py RUN [--data data/eval_s7] [--json OUT]"""
import argparse, collections, json, os, sys
os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import torch
from mm_assistant.model.modeling import MMAssistantModel
from mm_assistant.data.images import normalize_uint8, cache_images
from mm_assistant.data.examples import load_split

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run"); ap.add_argument("--data", default="data/eval_s7"); ap.add_argument("--split", default="test")
    ap.add_argument("--json"); ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args(argv); torch.set_num_threads(a.threads)
    model = MMAssistantModel.from_pretrained(a.run).eval(); fr = model.facts
    recs, _ = load_split(a.data, a.split, domains=["medical"])
    imgs = {r["image_path"]: r for r in recs}
    cache, index = cache_images(list(imgs), model.config.image_size)
    heads = {i: n for i, n in enumerate(fr.names) if n.endswith(".count")}
    parts = collections.defaultdict(lambda: collections.defaultdict(list))   # (head, part) -> (modality, count, unseen) -> hits
    with torch.no_grad():
        for s in range(0, len(cache), 64):
            toks, _ = model.image_base(normalize_uint8(cache[s:s + 64]))
            _, cl, dens, full = fr.read(toks)   # full: the logits the model itself uses
            for b, p in enumerate(list(index)[s:s + 64]):
                f = imgs[p]["facts"]; key = (f["modality"], len(f["lesions"]), bool(imgs[p].get("combo_unseen")))
                for i, n in heads.items():
                    vals = [int(c) for c in model.config.fact_heads[n]]
                    for part, lg in {"full": full, "classifier": cl, "density": dens}.items():
                        if part != "density" or i in dens: parts[n, part][key].append(vals[int(lg[i][b].argmax())] == key[1])
    out = {}
    for (n, part), by in sorted(parts.items()):
        acc = lambda ks: round(sum(sum(by[k]) for k in ks) / max(1, sum(len(by[k]) for k in ks)), 3)
        out[f"{n} {part}"] = {"seen": acc([k for k in by if not k[2]]), "unseen": acc([k for k in by if k[2]]),
                              "by_pair": {f"{k[0]},{k[1]}{'*' if k[2] else ''}": acc([k]) for k in sorted(by)}}
        print(f"{n:24s} {part:10s} seen {out[f'{n} {part}']['seen']:.3f}  held-out {out[f'{n} {part}']['unseen']:.3f}  "
              + " ".join(f"{k} {v:.2f}" for k, v in out[f"{n} {part}"]["by_pair"].items()))
    if a.json: json.dump({"model": a.run, "data": a.data, "split": a.split, "heads": out}, open(a.json, "w"), indent=1)

if __name__ == "__main__": sys.exit(main())
