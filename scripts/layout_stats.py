"""The library's shape in numbers: modules, their size, import circles, export cells and their tests, pictures.

Usage: python scripts/layout_stats.py [TREE ...]   (default: this checkout; give an old checkout to compare, e.g. a
`git worktree add /tmp/old 59e90bc`). Prints one JSON line per tree."""
import ast, json, sys
from pathlib import Path

def module_imports(root):
    "`{module: {imported mm_assistant modules}}` over every generated module of `root` (relative imports resolved)."
    mods = {}
    for p in (root/"mm_assistant").rglob("*.py"):
        if p.name == "_modidx.py": continue
        parts = p.relative_to(root).with_suffix("").parts
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    graph = {}
    for name, p in mods.items():
        pkg, deps = (name if p.name == "__init__.py" else name.rpartition(".")[0]), set()
        for n in ast.walk(ast.parse(p.read_text())):
            if isinstance(n, ast.ImportFrom):
                base = pkg.split(".")[:len(pkg.split(".")) - n.level + 1] if n.level else []
                mod = ".".join(base + ([n.module] if n.module else [])) if n.level else (n.module or "")
                deps |= {m for m in [mod, *(f"{mod}.{a.name}" for a in n.names)] if m in mods and m != name}
        graph[name] = deps
    return mods, graph

def circles(graph):
    "Strongly connected components with more than one module (Tarjan)."
    index, low, stack, on, out = {}, {}, [], set(), []
    def visit(v):
        index[v] = low[v] = len(index); stack.append(v); on.add(v)
        for w in graph[v]:
            if w not in index: visit(w); low[v] = min(low[v], low[w])
            elif w in on: low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop(); on.discard(w); comp.append(w)
                if w == v: break
            if len(comp) > 1: out.append(sorted(comp))
    for v in graph:
        if v not in index: visit(v)
    return out

def notebook_stats(root):
    cells, tested, pictures = [], 0, 0
    nbs = sorted((root/"nbs").glob("[0-9]*.ipynb"))
    for nb in nbs:
        cs = [(c["cell_type"], "".join(c["source"])) for c in json.loads(nb.read_text())["cells"]]
        export = lambda k, s: k == "code" and s.lstrip().startswith("#| export")
        pictures += any(k == "code" and not export(k, s) and ("plt." in s or "imshow" in s) for k, s in cs)
        for i, (k, s) in enumerate(cs):
            if not export(k, s): continue
            cells.append(len(s.splitlines()))
            nxt = next(((kk, ss) for kk, ss in cs[i+1:] if kk == "code"), None)
            tested += bool(nxt and not export(*nxt))
    cells.sort()
    return {"notebooks": len(nbs), "export_cells": len(cells), "export_cell_median_lines": cells[len(cells)//2],
            "export_cells_over_40_lines": sum(c > 40 for c in cells), "export_cells_followed_by_a_test": tested,
            "notebooks_with_a_picture": pictures}

def stats(root):
    mods, graph = module_imports(root)
    sizes = {str(p.relative_to(root)): len(p.read_text().splitlines()) for p in mods.values() if p.name != "__init__.py"}
    big = max(sizes, key=sizes.get)
    return {"tree": str(root), "modules": len(sizes), "largest_module": f"{big} ({sizes[big]} lines)",
            "modules_over_400_lines": sum(n > 400 for n in sizes.values()), "import_circles": circles(graph), **notebook_stats(root)}

if __name__ == "__main__":
    for t in sys.argv[1:] or [Path(__file__).resolve().parent.parent]: print(json.dumps(stats(Path(t))))
