import os, shutil, socket, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

def run_cli(*args, cwd=None, env=None, timeout=300):
    "Run the installed `mm-assistant` console script; return the CompletedProcess."
    exe = shutil.which("mm-assistant", path=str(BIN)) or "mm-assistant"
    return subprocess.run([exe, *map(str, args)], cwd=cwd or ROOT, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout)

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]
