import pytest

from tests.extensions.build import build_all


@pytest.fixture(scope='session')
def extensions_dir(tmp_path_factory):
    """A directory holding the test extensions, built once per session
    (per xdist worker): its path and {language: why it was skipped}."""
    directory = tmp_path_factory.mktemp('extensions')
    skipped = build_all(str(directory))
    return directory, skipped


@pytest.fixture
def c_extension_dir(extensions_dir):
    """The directory holding the C test extension (ophisext); the test is
    skipped, saying why, when it could not be built."""
    directory, skipped = extensions_dir
    if 'c' in skipped:
        pytest.skip(f'C extension not built: {skipped["c"]}')
    return directory
