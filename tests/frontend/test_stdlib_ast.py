"""Ophis's trees for the whole standard library equal the host's.

Every .py file of the host's standard library (site-packages excluded) is
read as bytes and parsed by both; the trees must be equal node for node,
positions included, and for the files the host rejects the SyntaxError must
be the same. A tenth of the files are parsed again with type_comments=True.
"""
import ast
import os
import sysconfig
import warnings

import pytest

import ophis
from tests.frontend.ast_compare import error_fields, first_difference

STDLIB = sysconfig.get_paths()['stdlib']
CHUNKS = 24


def _stdlib_files():
    files = []
    for directory, dirs, names in os.walk(STDLIB):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith('.py'))
    return files


FILES = _stdlib_files()


def _outcome(parse, source, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            return parse(source, **kwargs), None
        except SyntaxError as exc:
            return None, error_fields(exc)


def test_the_library_is_there():
    assert len(FILES) > 1500


@pytest.mark.slow
@pytest.mark.parametrize('chunk', range(CHUNKS))
def test_stdlib_trees(chunk):
    failures = []
    for index in range(chunk, len(FILES), CHUNKS):
        path = FILES[index]
        with open(path, 'rb') as f:
            source = f.read()
        variants = [{}]
        if index % 10 == 0:
            variants.append({'type_comments': True})
        for kwargs in variants:
            expected, expected_error = _outcome(ast.parse, source, **kwargs)
            actual, actual_error = _outcome(ophis.parse, source, **kwargs)
            if expected_error is not None or actual_error is not None:
                if expected_error != actual_error:
                    failures.append(f'{path} {kwargs}: {expected_error} != {actual_error}')
                continue
            difference = first_difference(expected, actual)
            if difference is not None:
                failures.append(f'{path} {kwargs}: {difference}')
    assert not failures, '\n'.join(failures[:20])
