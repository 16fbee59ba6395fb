"""The cyclic collector around the program's site (ophis.importer.setup.
import_site freezes what exists and raises the first threshold while site
runs): the program finds the collector as python3 leaves it, including
what site's own code (sitecustomize) set."""

import os
import subprocess
import sys

import pytest

OPHIS = os.path.join(os.path.dirname(sys.executable), 'ophis')

PROBE = ('import gc; print(gc.isenabled(), gc.get_threshold(), '
         'gc.get_freeze_count())')


def run(command, *options, env=None):
    result = subprocess.run([command, *options, '-c', PROBE],
                            capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize('options', [(), ('-S',), ('-I',)])
def test_collector_as_python_leaves_it(options):
    assert run(OPHIS, *options) == run(sys.executable, *options)


@pytest.mark.parametrize('customize', [
    'import gc; gc.set_threshold(123, 4, 5)',
    'import gc; gc.freeze()',
    'import gc; gc.disable()',
])
def test_what_site_code_sets_stays(tmp_path, customize):
    (tmp_path / 'sitecustomize.py').write_text(customize + '\n')
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    expected = run(sys.executable, env=env)
    got = run(OPHIS, env=env)
    if 'freeze' in customize:
        # How many objects a freeze takes differs; that some were is what
        # the program sees.
        assert expected.split()[-1] != '0'
        assert got.split()[-1] != '0'
        expected, got = expected.rsplit(' ', 1)[0], got.rsplit(' ', 1)[0]
    assert got == expected
