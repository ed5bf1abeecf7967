"""The README's Python example prints what the README says it prints."""

import contextlib
import io
import re

from conftest import REPO


def test_readme_python_example_output():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python and Spark") :]
    match = re.search(r"```python\n(.*?)```\n\nprints\n\n```text\n(.*?)```", section, re.S)
    assert match, "the section has a Python example followed by its output"
    code, printed = match.groups()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == printed
