"""The library's shape: packages by stage, imports in one direction, no circles, small modules."""
import ast, subprocess, sys
from pathlib import Path
from conftest import ROOT

PKG = ROOT/"mm_assistant"
STAGES = ("data", "model", "train", "rag", "eval", "compliance", "serve")
# what each package may import of ours (besides itself); `settings` and `text` are for everyone, `cli` for no one
ALLOWED = {"settings": set(), "text": set(), "data": {"settings", "text"},
           "model": {"settings", "text", "data"},
           "rag": {"settings", "text", "data"},
           "compliance": {"settings", "text", "data"},
           "train": {"settings", "text", "data", "model", "rag"},
           "eval": {"settings", "text", "data", "model", "rag"},
           "serve": {"settings", "text", "data", "model", "rag", "compliance"},
           "cli": set(STAGES) | {"settings", "text"}}

def modules():
    "`{dotted module name: path}` of every generated module (the index file aside)."
    out = {}
    for p in PKG.rglob("*.py"):
        if p.name == "_modidx.py": continue
        parts = p.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out

def imports_of(name, path):
    "The mm_assistant modules `path` imports, at any depth of its code (lazy imports count too)."
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[:len(pkg.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else: mod = node.module or ""
            if mod.startswith("mm_assistant"):
                found.add(mod)
                found.update(f"{mod}.{a.name}" for a in node.names)   # `from pkg import module`
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("mm_assistant"))
    return found

def graph():
    mods = modules()
    return {m: {i for i in imports_of(m, p) if i in mods and i != m} for m, p in mods.items()}

def top(m): return m.split(".")[1] if m.count(".") else m

def test_packages_by_stage():
    flat = sorted(m for m in modules() if m.count(".") == 1 and top(m) not in (*STAGES, "settings", "text", "cli"))
    assert not flat, f"modules outside the stage packages: {flat}"
    for s in STAGES: assert (PKG/s/"__init__.py").is_file(), s

def test_no_import_circles():
    g = graph(); state = {}
    def visit(m, path):
        state[m] = 1
        for n in g[m]:
            if state.get(n) == 1: raise AssertionError(f"import circle: {' -> '.join(path + [n])}")
            if not state.get(n): visit(n, path + [n])
        state[m] = 2
    for m in g:
        if not state.get(m): visit(m, [m])

def test_imports_go_one_way():
    bad = [(m, i) for m, deps in graph().items() for i in deps
           if top(i) != top(m) and top(m) in ALLOWED and top(i) not in ALLOWED[top(m)] and i != "mm_assistant"]
    assert not bad, f"imports against the direction data <- model <- train/eval, serve free of train/eval: {bad}"

def test_modules_are_small():
    big = {str(p.relative_to(ROOT)): n for p in modules().values() if (n := len(p.read_text().splitlines())) > 400}
    assert not big, f"modules over 400 lines: {big}"

def test_serving_never_loads_training_code():
    code = ("import sys, mm_assistant.serve.app, mm_assistant.serve.assistant, mm_assistant.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('mm_assistant.train', 'mm_assistant.eval'))))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]", r.stdout

def test_the_checker_sees_a_circle(tmp_path):
    "The circle test can fail: two modules importing each other are reported."
    a, b = tmp_path/"a.py", tmp_path/"b.py"
    a.write_text("from mm_assistant.rag.b import x\n"); b.write_text("from .a import y\n")
    assert imports_of("mm_assistant.rag.a", a) >= {"mm_assistant.rag.b"}
    assert imports_of("mm_assistant.rag.b", b) >= {"mm_assistant.rag.a"}

def notebook_cells(path):
    import json
    return [(c["cell_type"], "".join(c["source"])) for c in json.loads(path.read_text())["cells"]]

def is_export(kind, src): return kind == "code" and src.lstrip().startswith("#| export")

def only_imports(src):
    "An export cell that only imports (nothing of its own to test)."
    body = [n for n in ast.parse("\n".join(l for l in src.splitlines() if not l.startswith("#|"))).body]
    return all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in body)

def test_export_cells_are_short_and_tested():
    "Every `#| export` cell is at most 40 lines and, unless it only imports, is followed (after any prose) by a code cell that is not exported: its test."
    bad = []
    for nb in sorted((ROOT/"nbs").glob("[0-9]*.ipynb")):
        cells = notebook_cells(nb)
        for i, (kind, src) in enumerate(cells):
            if not is_export(kind, src): continue
            if len(src.splitlines()) > 40: bad.append(f"{nb.name} cell {i}: {len(src.splitlines())} lines")
            nxt = next(((k, s) for k, s in cells[i+1:] if k == "code"), None)
            if only_imports(src): continue
            if nxt is None or is_export(*nxt): bad.append(f"{nb.name} cell {i}: no test cell after it")
    assert not bad, "\n".join(bad)

def test_model_training_and_retrieval_notebooks_show_a_picture():
    "Every model, training and retrieval notebook draws at least one figure (matplotlib) in its runnable cells."
    names = [nb for pat in ("2[0-9]_model_*.ipynb", "3[0-9]_train_*.ipynb", "4[0-9]_rag_*.ipynb") for nb in sorted((ROOT/"nbs").glob(pat))]
    assert len(names) >= 3
    bare = [nb.name for nb in names if not any(k == "code" and not is_export(k, s) and ("plt." in s or ".plot(" in s or "imshow" in s)
                                                for k, s in notebook_cells(nb))]
    assert not bare, f"notebooks without a picture: {bare}"
