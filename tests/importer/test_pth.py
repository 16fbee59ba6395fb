"""``._pth`` files (ophis.importer.pthfile): ``ophis._pth`` beside the
launcher does for ``ophis`` what ``python3.11._pth`` beside the binary does
for CPython 3.11 -- sys.path from its lines, isolated mode, site only on an
``import site`` line, a warning for other import lines.  Each case runs
both, from the same directory with the same file contents, and compares."""

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
STDLIB = os.path.dirname(os.__file__)

PROBE = ('import sys; print(sys.path); '
         'print([getattr(sys.flags, n) for n in ("isolated", '
         '"ignore_environment", "safe_path", "no_site", "no_user_site", '
         '"dont_write_bytecode")]); '
         'print(sys.prefix, sys.exec_prefix, sys.base_prefix, '
         'sys.base_exec_prefix); '
         'print("site" in sys.modules, "from-env" in str(sys.path))')

LAUNCHER = f'''#!{sys.executable}
import sys
sys.path.insert(0, {str(ROOT)!r})
from ophis.cli import main
del sys.path[0]
sys.exit(main())
'''


def make_pair(directory, lines):
    """A python3.11 (link to the host) and an ophis launcher in directory,
    each with its ._pth file of lines."""
    host = directory / 'python3.11'
    host.symlink_to(os.path.realpath(sys.executable))
    ophis = directory / 'ophis'
    ophis.write_text(LAUNCHER)
    ophis.chmod(0o755)
    text = ''.join(line + '\n' for line in lines)
    (directory / 'python3.11._pth').write_text(text)
    (directory / 'ophis._pth').write_text(text)
    return host, ophis


def run(executable, options, cwd, env):
    result = subprocess.run([str(executable)] + options, cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout, result.stderr


CASES = {
    'basic': (['#.', '# ..', 'fake-path-name', STDLIB,
               STDLIB + '/lib-dynload', '.', '..', '', '  # comment'], []),
    'import-site': (['fake', STDLIB, STDLIB + '/lib-dynload',
                     '  import site  # comment'], []),
    'import-site-under-S': (['fake', STDLIB, STDLIB + '/lib-dynload',
                             'import site'], ['-S']),
    'other-import': (['fake', STDLIB, STDLIB + '/lib-dynload',
                      'import os'], []),
    'isolated-option': ([STDLIB, STDLIB + '/lib-dynload'], ['-I']),
}


@pytest.mark.parametrize('case', sorted(CASES))
def test_pth_file_as_cpython(tmp_path, case):
    lines, options = CASES[case]
    host, ophis = make_pair(tmp_path, lines)
    env = dict(os.environ, PYTHONPATH='from-env', PYTHONDONTWRITEBYTECODE='1')
    expected = run(host, options + ['-c', PROBE], tmp_path, env)
    assert expected[0] == 0, expected
    assert run(ophis, options + ['-c', PROBE], tmp_path, env) == expected


def test_script_directory_not_on_path(tmp_path):
    """safe_path: the script's directory is not sys.path[0]."""
    host, ophis = make_pair(tmp_path, [STDLIB, STDLIB + '/lib-dynload'])
    script = tmp_path / 'sub' / 'script.py'
    script.parent.mkdir()
    script.write_text('import sys; print(sys.path, sys.argv)\n')
    env = dict(os.environ)
    expected = run(host, [str(script)], tmp_path, env)
    assert expected[0] == 0, expected
    assert run(ophis, [str(script)], tmp_path, env) == expected


def test_no_pth_file(tmp_path):
    """Without the file, the launcher's own path is CPython's usual."""
    host, ophis = make_pair(tmp_path, [])
    (tmp_path / 'ophis._pth').unlink()
    (tmp_path / 'python3.11._pth').unlink()
    env = dict(os.environ, PYTHONPATH='from-env')
    expected = run(host, ['-c', PROBE], tmp_path, env)
    assert run(ophis, ['-c', PROBE], tmp_path, env) == expected
