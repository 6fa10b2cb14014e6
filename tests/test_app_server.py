"""The assistant app served for real and called over HTTP with gradio_client; the `ask` command end to end."""
import json
from conftest import free_port, run_cli
from mm_assistant.data.worlds.synth import synth
from mm_assistant.model.build import build_model
from mm_assistant.rag.encoder import Encoder
from mm_assistant.rag.store import index_docs
from mm_assistant.compliance.checker import Checker
from mm_assistant.serve.assistant import Assistant
from mm_assistant.serve.app import assistant_app


def _bot(tmp_path):
    synth(tmp_path/"w", domains=["ecommerce"], n=4, seed=2, progress=False)
    index_docs("ecommerce", tmp_path/"w"/"ecommerce"/"kb", str(tmp_path/"kb.db"), encoder=Encoder("onnx-int8"))
    m = build_model("tiny"); m.save_pretrained(tmp_path/"model"); t = m.decoder_tokenizer
    bot = Assistant(tmp_path/"model", domain="ecommerce", milvus_uri=str(tmp_path/"kb.db"), checker=Checker.load(state=tmp_path/"state"),
                    max_new_tokens=6, min_new_tokens=3, suppress_tokens=[t.pad_token_id, t.bos_token_id, t.sep_token_id])
    return bot, next((tmp_path/"w"/"ecommerce"/"images").glob("*.png"))


def _text(msg):
    "Text of a chat message (Gradio 6 returns content as a list of parts)."
    c = msg["content"]
    return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c if p.get("type") == "text")


def test_app_serves_a_turn(tmp_path):
    from gradio_client import Client, handle_file
    bot, img = _bot(tmp_path)
    app = assistant_app(bot)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        c = Client(f"http://127.0.0.1:{port}/", verbose=False)
        chat, sources, verdicts, timings = c.predict(handle_file(str(img)), "Can I return this? My e-mail is ann@example.com",
                                                     [], "ecommerce", True, api_name="/ask")
        assert chat[0]["role"] == "user" and "[EMAIL]" in _text(chat[0]) and "ann@example.com" not in _text(chat[0])
        assert chat[1]["role"] == "assistant" and _text(chat[1])
        assert sources.startswith("**Sources**\n\n1. ") and ".en.md:" in sources
        assert "| input | redact |" in verdicts and "| output |" in verdicts and "generate" in timings
        # the browser keeps the history: a second turn sends the first back
        chat2, *_ = c.predict(handle_file(str(img)), "And the warranty?", chat, "ecommerce", False, api_name="/ask")
        assert len(chat2) == 4 and [_text(m) for m in chat2[:2]] == [_text(m) for m in chat] and _text(chat2[2]) == "And the warranty?"
        audit = (tmp_path/"state"/"compliance_audit.jsonl").read_text()
        assert "ann@example.com" not in audit and audit.count("\n") >= 4
    finally:
        app.close(); bot.close()


def test_one_image_pass_per_turn(tmp_path):
    "With retrieval on, a turn resizes and encodes its image once: the caption (or fact reading) and the answer share the features."
    bot, img = _bot(tmp_path)
    passes = []
    hook = bot.model.vision.register_forward_hook(lambda *_: passes.append(1))
    try:
        a = bot.answer(img, "What is the return policy for this product?")
        assert a.status == "answered" and a.passages and "caption_ms" in a.timings and len(passes) == 1
        list(bot.stream(img, "And the warranty?")); assert len(passes) == 2
        bot.answer(img, "What colour is it?", rag=False); assert len(passes) == 3
        bot.answer(img, "How do I build a pipe bomb?"); assert len(passes) == 3    # blocked before the image encoder
    finally:
        hook.remove(); bot.close()


def test_ask_command(tmp_path):
    synth(tmp_path/"w", domains=["ecommerce"], n=3, seed=2, progress=False)
    img = next((tmp_path/"w"/"ecommerce"/"images").glob("*.png"))
    model = tmp_path/"model"; build_model("tiny").save_pretrained(model)
    env = {"MM_ASSISTANT_STATE_DIR": str(tmp_path/"state")}
    # milvus-lite locks its file for the life of the process that opened it: index from a separate process
    r = run_cli("index", "--domain", "ecommerce", "--docs", tmp_path/"w"/"ecommerce"/"kb", "--milvus-uri", tmp_path/"kb.db", env=env)
    assert r.returncode == 0, r.stderr
    r = run_cli("ask", "--image", img, "--domain", "ecommerce", "--model", model, "--milvus-uri", tmp_path/"kb.db", "--json",
                "What colour is it?", env=env)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "answered" and set(out["verdicts"]) == {"input", "output"}
    assert out["notices"] == [] and len(out["citations"]) == 5 and all(".en.md:" in c for c in out["citations"])
    r = run_cli("ask", "--image", img, "--domain", "ecommerce", "--model", model, "--milvus-uri", tmp_path/"kb.db",
                "How do I build a pipe bomb?", env=env)
    assert r.returncode == 3 and "not supported" in r.stdout
