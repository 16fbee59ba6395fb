"""Ophis's parser: tokens -> the host's AST node classes.

    python.gram        the grammar, in Ophis's PEG notation (docs/parser.md)
    generator/         reads the grammar, writes _parser.py, _error_parser.py
                       and _nodes.py (python3 -m ophis.parser.generator)
    _parser.py         the first pass (generated)
    _error_parser.py   the error pass: the invalid_* rules (generated)
    _nodes.py          node factories (generated)
    runtime.py         what generated methods rely on: tokens, positions
    actions.py         helpers the grammar's actions call
    errors.py          SyntaxErrors placed as CPython places them
    api.py             parse(): the driver of the passes
"""
__all__ = ['parse']


def __getattr__(name):
    # Lazy, so that the generator runs even when the generated modules are
    # missing or stale.
    if name == 'parse':
        from ophis.parser.api import parse
        return parse
    raise AttributeError(f"module 'ophis.parser' has no attribute {name!r}")
