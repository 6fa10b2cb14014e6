#!/usr/bin/env python
"""Where the decoder looks when it starts an answer: for the questions of one type, the probability it gives the gold
answer's first token (and a foil's, e.g. the other party's name), and which fact tokens its cross-attention weighs most
at that step, per decoder layer.

Usage: python scripts/answer_attention.py --model runs/v9/small --data data/train_s0 --domain legal --qtype party \
           [--split train] [--n 120] [--foils party_a,party_b] [--json OUT]
"""
import argparse, collections, json, os, sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
import torch
from mm_assistant.text import clean_text
from mm_assistant.data.images import load_image
from mm_assistant.model.modeling import MMAssistantModel
from mm_assistant.model.inputs import prepare_inputs


def first_token(tok, text):
    ids = tok(text, add_special_tokens=False)["input_ids"]
    return ids[0] if ids else None


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", required=True); p.add_argument("--data", required=True)
    p.add_argument("--domain", required=True); p.add_argument("--qtype", required=True)
    p.add_argument("--split", default="train"); p.add_argument("--n", type=int, default=120)
    p.add_argument("--foils", default=None, help="facts whose value, when it differs from the answer, is the foil (e.g. party_a,party_b)")
    p.add_argument("--top", type=int, default=2, help="fact tokens counted per question and layer")
    p.add_argument("--threads", type=int, default=2); p.add_argument("--json", default=None)
    a = p.parse_args(argv)
    torch.set_num_threads(a.threads)
    m = MMAssistantModel.from_pretrained(a.model).eval()
    m.decoder.set_attn_implementation("eager")   # eager attention returns its weights
    if m.facts is None: p.error(f"{a.model} has no fact heads: there are no fact tokens to look at.")
    root = Path(a.data) / a.domain
    recs = [r for r in json.loads((root / f"{a.split}.json").read_text()) if r["qtype"] == a.qtype][:a.n]
    if not recs: p.error(f"No '{a.qtype}' questions in {root / (a.split + '.json')}.")
    names, tok, foils = list(m.config.fact_heads), m.decoder_tokenizer, (a.foils or "").split(",") if a.foils else []
    hits, p_gold, p_foil, n_fact = collections.Counter(), [], [], len(names)
    for r in recs:
        q, ans = clean_text(r["conversations"][0]["value"]), r["conversations"][1]["value"]
        px, ids, mask, dids, dmask = prepare_inputs(m, [load_image(root / r["image"])], [q])
        with torch.no_grad():
            mem, mem_mask, _, _ = m.encode(px, ids, mask)
            out = m.decoder(input_ids=dids, attention_mask=dmask, encoder_hidden_states=mem, encoder_attention_mask=mem_mask,
                            output_attentions=True)
        prob = out.logits[0, -1].softmax(-1)
        p_gold.append(prob[first_token(tok, ans)].item())
        foil = next((r["facts"][f] for f in foils if str(r["facts"].get(f, ans)) != ans), None)
        if foil is not None: p_foil.append(prob[first_token(tok, str(foil))].item())
        for layer, att in enumerate(out.cross_attentions):   # (B, heads, query, memory); the fact tokens end the memory
            w = att[0, :, -1, -n_fact:].mean(0)
            for k in w.topk(a.top).indices.tolist(): hits[(layer, names[k])] += 1
    res = {"model": a.model, "data": a.data, "split": a.split, "domain": a.domain, "qtype": a.qtype, "n": len(recs),
           "p_gold_first": round(sum(p_gold) / len(p_gold), 4),
           "p_foil_first": round(sum(p_foil) / len(p_foil), 4) if p_foil else None,
           "top_fact_tokens": {L: [[h, c] for (l, h), c in hits.most_common() if l == L][:6] for L in range(len(out.cross_attentions))}}
    print(f"{a.model} {a.domain}/{a.qtype} on {len(recs)} {a.split} questions: P(gold first token) {res['p_gold_first']}"
          + (f", P(foil first token) {res['p_foil_first']}" if p_foil else ""))
    for L, top in res["top_fact_tokens"].items(): print(f"  layer {L}: " + ", ".join(f"{h} {c}" for h, c in top))
    if a.json: Path(a.json).write_text(json.dumps(res, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
