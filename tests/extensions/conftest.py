import pytest

from tests.extensions.build import build_all


@pytest.fixture(scope='session')
def extensions_dir(tmp_path_factory):
    """A directory holding the test extensions, built once per session
    (per xdist worker): its path and {language: why it was skipped}."""
    directory = tmp_path_factory.mktemp('extensions')
    skipped = build_all(str(directory))
    return directory, skipped
