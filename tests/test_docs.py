"""Generated documents stay in sync with their sources: README from nbs/index.ipynb, data-card numbers from the generator."""
import subprocess, sys
from conftest import ROOT, run_cli

def test_readme_in_sync():
    r = subprocess.run([sys.executable, ROOT/"scripts"/"build_readme.py", "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr

def test_readme_gives_the_two_commands():
    text = (ROOT/"README.md").read_text()
    head = text[:3000]
    assert "make demo" in head and "make test" in head

def test_data_cards_in_sync():
    r = run_cli("cards", "--check")
    assert r.returncode == 0, r.stderr

def test_data_cards_detect_drift(tmp_path):
    for d in ("medical", "legal", "ecommerce"):
        text = (ROOT/"data_cards"/f"{d}.md").read_text()
        (tmp_path/f"{d}.md").write_text(text.replace("| train |", "| train | 1 |", 1) if d == "legal" else text)
    r = run_cli("cards", "--check", "--dir", tmp_path)
    assert r.returncode == 1 and "legal.md" in r.stderr and "medical.md" not in r.stderr

def test_makefile_targets():
    mk = (ROOT/"Makefile").read_text()
    for t in ("demo:", "test:", "docs:", "setup:"): assert t in mk
    assert "make test" in (ROOT/".ci"/"run").read_text()

def test_docs_build_executes_and_renders(tmp_path):
    r = subprocess.run([sys.executable, ROOT/"scripts"/"build_docs.py", "--out", tmp_path, ROOT/"nbs"/"00_settings.ipynb", ROOT/"nbs"/"index.ipynb"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    index = (tmp_path/"index.html").read_text()
    assert "00_settings.html" in index and "Settings" in index
    assert "load_settings" in (tmp_path/"00_settings.html").read_text()
