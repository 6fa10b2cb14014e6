"The assistant's own domain questions (every question template of the procedural image worlds, English and Chinese) pass the input check."
import os, itertools
import numpy as np, pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
from mm_assistant.data.worlds import medical, legal, ecommerce
from mm_assistant.data.worlds.base import DOMAINS
from mm_assistant.data.worlds.synth import make_records
from mm_assistant.compliance import checker as C

TEMPLATES = {"medical": medical.TEMPLATES, "legal": legal.TEMPLATES, "ecommerce": ecommerce.TEMPLATES}
PARTY = {"en": ("Party A", "Party B"), "zh": ("甲方", "乙方")}   # the only slot (`{p}`) in the question templates

def world_questions():
    "Every distinct (domain, lang, question) the worlds can ask, from their question templates."
    out = set()
    for d, qs in TEMPLATES.items():
        for per_lang in qs.values():
            for lang, tpls in per_lang.items():
                for t, p in itertools.product(tpls, PARTY[lang]): out.add((d, lang, t.format(p=p)))
    return sorted(out)

QUESTIONS = world_questions()

@pytest.fixture(scope="module")
def ck():
    "The deployed checker; each language's slow head runs once for all questions (batched) instead of once per unsure question."
    ck = C.Checker.load(persist=False); clf, cache = ck.clf, {}
    for lg in ("en", "zh"):
        qs = sorted({q for _, l, q in QUESTIONS if l == lg}); cache.update(zip([(lg, q) for q in qs], clf.slow_probs(qs, lg)))
    real = clf.slow_probs
    clf.slow_probs = lambda texts, lang: np.stack([cache[(lang, t)] if (lang, t) in cache else real([t], lang)[0] for t in texts])
    yield ck

def test_templates_cover_generated_questions():
    got = {(r["domain"], r["lang"], r["conversations"][0]["value"].removeprefix("<image>\n"))
           for d in DOMAINS for i in range(40) for r in make_records(d, 0, i)[3]}
    assert got and got <= set(QUESTIONS), sorted(got - set(QUESTIONS))[:5]
    assert {d for d, _, _ in QUESTIONS} == set(DOMAINS) and {lg for _, lg, _ in QUESTIONS} == {"en", "zh"}

def test_world_questions_pass_input_check(ck):
    bad, n_emb = [], 0
    for d, lang, q in QUESTIONS:
        v = ck.check(q, domain=d, stage="input")
        if v.action not in ("allow", "redact"): bad.append((d, q, v.action, v.categories, v.scores))
        n_emb += v.used_embedding
    assert not bad, f"{len(bad)} of {len(QUESTIONS)} world questions not allowed: {bad[:5]}"
    print(f"{len(QUESTIONS)} questions, {n_emb} took the embedding path")
