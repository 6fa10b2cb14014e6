"Fault cases of knowledge-base indexing and retrieval: bad documents, oversized files, unreachable or locked stores."
import hashlib, os, subprocess, sys, textwrap, time
from pathlib import Path
import numpy as np
import pytest

from conftest import free_port
from mm_assistant.rag.docs import KBError, KBStoreError, read_docs
from mm_assistant.rag.encoder import EMBED_DIM
from mm_assistant.rag.store import index_docs, open_store, cli_index
from mm_assistant.rag.retrieval import Retriever, RetrievalError

class HashEncoder:
    "Deterministic stand-in for the MiniLM encoder (unit vectors from a text hash): the store logic needs no model."
    calls = 0
    def __call__(self, texts, **kw):
        texts = [texts] if isinstance(texts, str) else list(texts)
        HashEncoder.calls += len(texts)
        v = np.stack([np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)).normal(size=EMBED_DIM) for t in texts])
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

class FailingEncoder:
    def __call__(self, texts, **kw): raise RuntimeError("out of memory while embedding")

@pytest.fixture
def kb(tmp_path):
    d = tmp_path/"kb"; d.mkdir()
    (d/"returns.en.md").write_text("# Returns\n\nA mug may be returned within 30 days.\n", encoding="utf-8")
    (d/"returns.zh.md").write_text("# 退货\n\n杯子可在签收后30天内退货。\n", encoding="utf-8")
    (d/"faq.txt").write_text("Gift wrap costs three dollars per item. It is free for members.\n", encoding="utf-8")
    return d

def ids(uri, domain="shop"):
    c = open_store(uri)
    try:
        c.load_collection(f"kb_{domain}")
        return sorted(r["id"] for r in c.query(f"kb_{domain}", filter="", output_fields=["id"], limit=10000))
    finally: c.close()

def test_empty_binary_and_bad_jsonl_are_refused(kb):
    (kb/"empty.md").write_text("\n  \n")
    with pytest.raises(KBError, match="empty.md is empty"): read_docs(kb)
    (kb/"empty.md").unlink(); (kb/"logo.md").write_bytes(b"\x89PNG\r\n\x00\x00")
    with pytest.raises(KBError, match="looks binary"): read_docs(kb)
    (kb/"logo.md").unlink(); (kb/"latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(KBError, match="not UTF-8"): read_docs(kb)
    (kb/"latin1.txt").unlink(); (kb/"x.jsonl").write_text('{"text": "ok"}\n{"title": "no text"}\n')
    with pytest.raises(KBError, match="line 2 has no non-empty 'text'"): read_docs(kb)
    docs, problems = read_docs(kb, on_error="skip")
    assert len(docs) == 3 and len(problems) == 1

def test_failed_run_leaves_previous_index_intact(kb, tmp_path):
    uri = str(tmp_path/"kb.db")
    index_docs("shop", kb, uri, encoder=HashEncoder())
    before = ids(uri)
    (kb/"returns.en.md").write_text("# Returns\n\nA mug may be returned within 5 days.\n", encoding="utf-8")   # an edit
    with open(kb/"huge.txt", "wb") as f: f.write(b"word " * (50 * 2**20 // 5 + 1))                          # a 50 MB document
    with pytest.raises(KBError, match=r"huge.txt is 50.0 MB, over the 20 MB limit"): index_docs("shop", kb, uri, encoder=HashEncoder())
    assert ids(uri) == before
    (kb/"huge.txt").unlink()
    with pytest.raises(RuntimeError, match="out of memory"): index_docs("shop", kb, uri, encoder=FailingEncoder())
    assert ids(uri) == before                      # embedding failed before any write
    rep = index_docs("shop", kb, uri, encoder=HashEncoder())
    assert (rep.inserted, rep.deleted) == (1, 1) and ids(uri) != before

def test_reindex_unchanged_embeds_and_writes_nothing(kb, tmp_path):
    uri = str(tmp_path/"kb.db")
    index_docs("shop", kb, uri, encoder=HashEncoder())
    HashEncoder.calls = 0
    rep = index_docs("shop", kb, uri, encoder=HashEncoder())
    assert rep.writes == 0 and HashEncoder.calls == 0 and rep.unchanged == rep.chunks == 3

def test_cli_bad_input_is_one_line(kb, tmp_path, capsys):
    (kb/"logo.md").write_bytes(b"\x00\x01\x02")
    assert cli_index(["--domain", "shop", "--docs", str(kb), "--milvus-uri", str(tmp_path/"kb.db"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "logo.md looks binary" in err

def test_unreachable_milvus_server(kb, capsys):
    uri = f"http://127.0.0.1:{free_port()}"
    t0 = time.time()
    with pytest.raises(KBStoreError, match="Cannot reach Milvus"): open_store(uri, timeout=3)
    assert cli_index(["--domain", "shop", "--docs", str(kb), "--milvus-uri", uri, "--quiet"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Cannot reach Milvus at http://127.0.0.1" in err
    with pytest.raises(RetrievalError, match="Cannot reach Milvus"): Retriever("shop", uri, encoder=HashEncoder())
    assert time.time() - t0 < 60

def test_second_process_on_the_same_file_is_refused(kb, tmp_path):
    uri = str(tmp_path/"kb.db")
    index_docs("shop", kb, uri, encoder=HashEncoder())
    before = ids(uri)
    from milvus_lite.server_manager import server_manager_instance
    server_manager_instance.release_all()          # this process lets go of the file, as a second process would not hold it
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pymilvus import MilvusClient
        c = MilvusClient({uri!r}); print("ready", flush=True); sys.stdin.readline()""")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = subprocess.run([sys.executable, "-c", f"from mm_assistant.rag.store import cli_index; raise SystemExit(cli_index(['--domain','shop','--docs',{str(kb)!r},'--milvus-uri',{uri!r},'--quiet']))"],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 1, r.stderr
        assert "is open in another process" in r.stderr and r.stderr.strip().count("\n") == 0, r.stderr
    finally:
        holder.stdin.write("\n"); holder.stdin.flush(); holder.wait(30)
    assert ids(uri) == before

def test_retrieval_failures_are_retrieval_errors(kb, tmp_path):
    uri = str(tmp_path/"kb.db")
    index_docs("shop", kb, uri, encoder=HashEncoder())
    with pytest.raises(RetrievalError, match="No knowledge base for domain 'legal'"): Retriever("legal", uri, encoder=HashEncoder())
    r = Retriever("shop", uri, encoder=HashEncoder())
    assert r.search("mug returns", lang="en", mode="bm25")[0].source == "returns.en.md"
    c = open_store(uri); c.drop_collection("kb_shop"); c.close()
    with pytest.raises(RetrievalError, match="Search in kb_shop failed"): r.search("mug returns", lang="en")
