"""The tokenizer alone raises the host's error for every program of the
tokenizer part of the invalid corpus (tests/frontend/invalid/tokenizer_cases.py),
whose first error is a tokenizer error by construction."""
import pytest

from tests.frontend.invalid.tokenizer_cases import CASES
from tests.tokenizer.oracle import host_error, ophis_error


def test_corpus_has_at_least_100_cases():
    assert len(CASES) >= 100
    assert len({name for name, _ in CASES}) == len(CASES)


@pytest.mark.parametrize('source', [pytest.param(source, id=name) for name, source in CASES])
def test_tokenizer_raises_the_host_error(source):
    expected = host_error(source)
    assert expected is not None, 'the host accepts this program'
    assert ophis_error(source) == expected


@pytest.mark.parametrize('source', [pytest.param(source, id=name) for name, source in CASES])
def test_named_file(source):
    # The filename is part of the error (and of the warnings).
    assert ophis_error(source, filename='prog.py') == host_error(source, filename='prog.py')
