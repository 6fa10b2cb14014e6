"""Render nbs/index.ipynb to README.md (nbdev's own readme builder needs Quarto). `--check` only compares."""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parent.parent

def render():
    "README text from the index notebook: markdown cells as they are, code cells as fenced blocks, nbdev directives dropped."
    nb = nbformat.read(ROOT/"nbs"/"index.ipynb", as_version=4)
    for c in nb.cells:
        if c.cell_type == "code": c.source = "\n".join(l for l in c.source.splitlines() if not l.startswith("#|")).strip()
    nb.cells = [c for c in nb.cells if c.source.strip()]
    body, _ = MarkdownExporter(exclude_output=False).from_notebook_node(nb)
    body = re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"
    return "<!-- Generated from nbs/index.ipynb by `make readme`; edit the notebook, not this file. -->\n\n" + body

if __name__ == "__main__":
    text, readme = render(), ROOT/"README.md"
    if "--check" in sys.argv:
        if not readme.is_file() or readme.read_text(encoding="utf-8") != text:
            sys.exit("README.md is out of date with nbs/index.ipynb: run `make readme` and commit it.")
        print("README.md is in sync with nbs/index.ipynb")
    else:
        readme.write_text(text, encoding="utf-8"); print("wrote README.md")
