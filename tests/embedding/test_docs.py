"""docs/embedding.md stays true: each ```python example is run by the host
python3 (in a process of its own, as an application would run it) and must
print the ```text block that follows it."""

import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOC = ROOT / 'docs' / 'embedding.md'

_BLOCK = re.compile(r'```(python|text)\n(.*?)```', re.S)


def examples():
    blocks = _BLOCK.findall(DOC.read_text())
    pairs = []
    for index, (kind, text) in enumerate(blocks):
        if kind == 'python':
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            assert following is not None and following[0] == 'text', \
                f'example {len(pairs) + 1} has no output block after it'
            pairs.append((text, following[1]))
    return pairs


def test_the_doc_has_examples():
    assert len(examples()) >= 6


@pytest.mark.parametrize('number', range(len(examples())))
def test_example(number):
    source, expected = examples()[number]
    result = subprocess.run([sys.executable, '-c', source], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected
