"""The preview app served for real and called over HTTP with gradio_client."""
import pytest
from conftest import free_port
from mm_assistant.data.worlds.synth import synth
from mm_assistant.serve.preview import preview_app

def test_preview_serves_and_answers(tmp_path):
    from gradio_client import Client
    synth(tmp_path, n=12, seed=0, progress=False)
    app = preview_app(tmp_path)
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        c = Client(f"http://127.0.0.1:{port}/", verbose=False)
        img, table, info, kb = c.predict("legal", "train", 0, api_name="/show")
        assert "contract" in info and "Party" not in kb
        rows = table["data"] if isinstance(table, dict) else table
        assert any(r[1].startswith("jurisdiction") for r in rows)
    finally:
        app.close()
