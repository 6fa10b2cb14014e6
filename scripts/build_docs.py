"""Static HTML documentation: execute every notebook in nbs/ and render it to _docs/<name>.html, plus an index page.
nbdev's site builder needs Quarto, which cannot be installed here; this is the Quarto-free equivalent.
Usage: python scripts/build_docs.py [--no-execute] [--timeout SECONDS] [--out DIR] [NOTEBOOK ...]"""
import argparse, html, os, sys, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent

def first_heading(nb):
    for c in nb.cells:
        if c.cell_type == "markdown":
            for line in c.source.splitlines():
                if line.startswith("# "): return line[2:].strip()
    return None

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("notebooks", nargs="*", help="notebooks to render (default: all of nbs/*.ipynb)")
    p.add_argument("--no-execute", action="store_true", help="render the committed outputs without executing")
    p.add_argument("--timeout", type=int, default=1800, help="per-cell timeout in seconds")
    p.add_argument("--out", default=str(ROOT/"_docs"), help="output folder (default: _docs/)")
    a = p.parse_args()
    out = Path(a.out); out.mkdir(parents=True, exist_ok=True)
    nbs = [Path(n) for n in a.notebooks] or sorted((ROOT/"nbs").glob("*.ipynb"))
    entries, failed = [], []
    for f in nbs:
        nb = nbformat.read(f, as_version=4)
        t0 = time.time()
        if not a.no_execute:
            try: NotebookClient(nb, timeout=a.timeout, kernel_name="python3", resources={"metadata": {"path": str(f.parent)}}).execute()
            except Exception as e:
                failed.append(f.name); print(f"FAILED {f.name}: {str(e).splitlines()[0] if str(e) else e.__class__.__name__}", file=sys.stderr)
        body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
        (out/f"{f.stem}.html").write_text(body, encoding="utf-8")
        entries.append((f.stem, first_heading(nb) or f.stem))
        print(f"{f.name}: {time.time() - t0:.1f}s")
    items = "\n".join(f'<li><a href="{html.escape(s)}.html">{html.escape(t)}</a> <code>{html.escape(s)}</code></li>' for s, t in entries)
    (out/"index.html").write_text(f"<!doctype html><meta charset='utf-8'><title>mm_assistant docs</title>"
                                  f"<h1>mm_assistant</h1><p>The notebooks, executed.</p><ul>{items}</ul>\n", encoding="utf-8")
    print(f"wrote {out}/index.html ({len(entries)} notebooks)")
    if failed: sys.exit(f"{len(failed)} notebook(s) failed: {', '.join(failed)}")

if __name__ == "__main__":
    main()
