"""What kind of mistakes a model makes on one question type, from `mm-assistant eval --predictions FILE`.

Usage: python scripts/answer_errors.py PRED.jsonl [PRED2.jsonl ...] [--qtype price] [--show 8] [--json OUT]

Answers are cut into the pieces the fact heads read (`mm_assistant.model.facts._pieces`: digits, words, punctuation). A wrong answer is
* `same pieces`: the gold answer's pieces in its order, scored wrong all the same (spacing, case);
* `reordered`: the gold answer's pieces, in another order;
* `gold pieces only`: only pieces of the gold answer, one repeated or dropped (`$135.99` -> `$155.99`);
* `other`: a piece the gold answer does not have.
It also reports, for wrong answers of the gold answer's length, the piece position of the first mistake.
"""
import argparse, json, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mm_assistant.model.facts import _pieces


def error_kind(gold, pred):
    "`same pieces`, `reordered`, `gold pieces only` or `other` for one wrong answer."
    g, p = _pieces(gold), _pieces(pred)
    if g == p: return "same pieces"
    if Counter(g) == Counter(p): return "reordered"
    if set(p) <= set(g): return "gold pieces only"
    return "other"


def first_mistake(gold, pred):
    "Index of the first differing piece when both answers have the same number of pieces, else None."
    g, p = _pieces(gold), _pieces(pred)
    if len(g) != len(p): return None
    return next((i for i, (a, b) in enumerate(zip(g, p)) if a != b), None)


def summarize(path, qtype):
    rows = [json.loads(l) for l in Path(path).read_text().splitlines() if l.strip()]
    rows = [r for r in rows if r["qtype"] == qtype]
    if not rows: raise SystemExit(f"{path} has no answers to {qtype!r} questions: check --qtype.")
    wrong = [r for r in rows if not r["correct"]]          # as `mm-assistant eval` scored it
    kinds = Counter({"right": len(rows) - len(wrong)}) + Counter(error_kind(r["gold"], r["pred"]) for r in wrong)
    where = Counter(first_mistake(r["gold"], r["pred"]) for r in wrong)
    return {"predictions": str(path), "qtype": qtype, "n": len(rows), "accuracy": round((len(rows) - len(wrong)) / len(rows), 3),
            "wrong": len(wrong), "kinds": dict(kinds.most_common()),
            "first_mistake_at_piece": {str(k): v for k, v in sorted(where.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))},
            "examples": [(r["gold"], r["pred"]) for r in wrong]}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("predictions", nargs="+"); p.add_argument("--qtype", default="price")
    p.add_argument("--show", type=int, default=8, help="wrong answers to print per file")
    p.add_argument("--json", default=None, help="write the summaries (with every wrong answer) here")
    a = p.parse_args(argv)
    out = [summarize(f, a.qtype) for f in a.predictions]
    for s in out:
        print(f"{s['predictions']}: {s['qtype']} {s['accuracy']:.3f} of {s['n']}; wrong {s['wrong']}: {s['kinds']}")
        print(f"  first mistake at piece (same length): {s['first_mistake_at_piece']}")
        for g, pr in s["examples"][:a.show]: print(f"  {g!r} -> {pr!r}")
    if a.json: Path(a.json).write_text(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
