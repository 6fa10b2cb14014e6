"""The CLI from the outside: --help everywhere, synth determinism, bad requests."""
import filecmp, json, subprocess, sys
from pathlib import Path
import pytest
from conftest import ROOT, run_cli
from mm_assistant.cli import COMMANDS

def test_help_top_level():
    r = run_cli("--help")
    assert r.returncode == 0 and all(c in r.stdout for c in COMMANDS)

HELP_ALL = """import contextlib, io, json
from mm_assistant.cli import main, COMMANDS
out = {}
for c in COMMANDS:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try: rc = main([c, "--help"])
        except SystemExit as e: rc = e.code
    out[c] = [rc, buf.getvalue()]
print(json.dumps(out))"""

@pytest.fixture(scope="module")
def helps():
    "Every command's --help, from one fresh process (one import of the heavy libraries instead of one per command)."
    r = subprocess.run([sys.executable, "-c", HELP_ALL], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])

@pytest.mark.parametrize("cmd", sorted(COMMANDS))
def test_help_every_command(cmd, helps):
    rc, text = helps[cmd]
    assert rc in (0, None), f"{cmd} --help exited {rc}"
    assert f"mm-assistant {cmd}" in text

def test_unknown_command():
    r = run_cli("frobnicate")
    assert r.returncode == 2 and "unknown command" in r.stderr

def _same_tree(a, b):
    c = filecmp.dircmp(a, b)
    if c.left_only or c.right_only: return False
    if filecmp.cmpfiles(a, b, c.common_files, shallow=False)[1:] != ([], []): return False
    return all(_same_tree(Path(a)/d, Path(b)/d) for d in c.common_dirs)

def test_synth_is_deterministic(tmp_path):
    for out, seed in (("a", 0), ("b", 0), ("c", 1)):
        r = run_cli("synth", "--domain", "all", "--n", 120, "--seed", seed, "--out", tmp_path/out)
        assert r.returncode == 0, r.stderr
    for d in ("medical", "legal", "ecommerce"):
        assert _same_tree(tmp_path/"a"/d, tmp_path/"b"/d), d
        assert not _same_tree(tmp_path/"a"/d, tmp_path/"c"/d), d
        man = json.loads((tmp_path/"a"/d/"world.json").read_text())
        assert man["langs"] == ["en", "zh"] and man["n_images"] == 120

def test_synth_single_language_and_settings_env(tmp_path):
    r = run_cli("synth", "--domain", "ecommerce", "--lang", "zh", env={"MM_ASSISTANT_N_PER_DOMAIN": "7", "MM_ASSISTANT_DATA_DIR": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    recs = [x for s in ("train", "val", "test") for x in json.loads((tmp_path/"ecommerce"/f"{s}.json").read_text())]
    assert {x["lang"] for x in recs} == {"zh"} and len({x["image_id"] for x in recs}) == 7

@pytest.mark.parametrize("args,msg", [(["--domain", "space"], "invalid choice"), (["--lang", "fr"], "Unknown language"),
                                      (["--n", "0"], "at least 1"), (["--size", "16"], "at least 64")])
def test_synth_bad_requests(tmp_path, args, msg):
    r = run_cli("synth", *args, "--out", tmp_path)
    assert r.returncode == 2 and msg in r.stderr
    assert not list(tmp_path.iterdir())   # nothing half-written

def test_check_data_skip_reports(tmp_path):
    run_cli("synth", "--domain", "legal", "--n", 20, "--out", tmp_path)
    recs = json.loads((tmp_path/"legal"/"train.json").read_text())
    (tmp_path/"legal"/recs[0]["image"]).unlink()
    n_bad = sum(r["image"] == recs[0]["image"] for r in recs)
    r = run_cli("check-data", tmp_path/"legal")
    assert r.returncode == 1 and "is missing" in r.stderr and "train.json" in r.stderr
    r = run_cli("check-data", tmp_path/"legal", "--on-error", "skip")
    assert r.returncode == 0 and f"Skipped {n_bad} bad record(s)" in r.stderr
    assert json.loads(r.stdout)["records"] == len(recs) - n_bad
