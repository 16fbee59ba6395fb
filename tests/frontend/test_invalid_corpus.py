"""Every program of the invalid corpus fails under Ophis as under CPython."""
import ast
import importlib
import pathlib
import warnings

import pytest

import ophis

CORPUS = pathlib.Path(__file__).parent / 'invalid'


def _load_cases():
    cases = []
    for path in sorted(CORPUS.glob('*_cases.py')):
        module = importlib.import_module(f'tests.frontend.invalid.{path.stem}')
        for name, source in module.CASES:
            cases.append(pytest.param(source, id=f'{path.stem}:{name}'))
    return cases


def _failure(parse, source):
    """The exception ``parse`` raises for ``source``, as comparable data."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            parse(source)
        except (SyntaxError, ValueError) as exc:
            if isinstance(exc, SyntaxError):
                return (type(exc).__name__, exc.msg, exc.lineno, exc.offset,
                        exc.end_lineno, exc.end_offset, exc.text)
            return (type(exc).__name__, str(exc))
    return None


CASES = _load_cases()


def test_corpus_is_large_enough():
    assert len(CASES) >= 300


@pytest.mark.parametrize('source', CASES)
def test_same_error_as_host(source):
    expected = _failure(ast.parse, source)
    assert expected is not None, 'the host accepts this case: not an invalid program'
    assert _failure(ophis.parse, source) == expected
