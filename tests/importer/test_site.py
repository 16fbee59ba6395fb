"""The program's site module runs under Ophis: sys.path, meta path and the
builtins site adds are CPython's under each option; .pth files in the user
site are processed (paths added, import lines run)."""

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

PROBE = ('import sys, builtins; print(sys.path); print(len(sys.meta_path)); '
         'print(sorted(n for n in ("exit", "quit", "help", "copyright", '
         '"credits", "license") if hasattr(builtins, n))); '
         'print(hasattr(sys, "__interactivehook__")); '
         'print("site" in sys.modules, sys.flags.no_site, '
         'sys.flags.no_user_site)')


def run(command, options, env, cwd):
    result = subprocess.run(command + options + ['-c', PROBE], env=env,
                            cwd=cwd, capture_output=True, text=True,
                            timeout=300)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize('options', [[], ['-s'], ['-S'], ['-I'], ['-E']],
                         ids=['default', '-s', '-S', '-I', '-E'])
def test_site_state_as_cpython(tmp_path, options):
    env = dict(os.environ)
    env['PYTHONPATH'] = os.pathsep.join([str(ROOT), 'relative_entry'])
    expected = run([sys.executable], options, env, tmp_path)
    actual = run([sys.executable, '-m', 'ophis'], options, env, tmp_path)
    assert actual == expected


def test_user_site_pth_files(tmp_path):
    base = tmp_path / 'userbase'
    site_dir = base / 'lib' / 'python{}.{}'.format(*sys.version_info[:2]) \
        / 'site-packages'
    site_dir.mkdir(parents=True)
    extra = tmp_path / 'extra_dir'
    extra.mkdir()
    (extra / 'from_pth.py').write_text('NAME = "found through a .pth"\n')
    (site_dir / 'a_paths.pth').write_text(
        f'# a comment\n{extra}\nimport sys; sys.pth_ran = "yes"\n'
        'missing_directory_is_skipped\n')
    (site_dir / 'user_pkg.py').write_text('def f():\n    return 1\n')
    env = dict(os.environ, PYTHONUSERBASE=str(base), PYTHONPATH=str(ROOT))
    program = ('import sys, from_pth, user_pkg; print(from_pth.NAME, '
               'sys.pth_ran, user_pkg.f(), %r in sys.path)' % str(site_dir))
    expected = subprocess.run([sys.executable, '-c', program], env=env,
                              capture_output=True, text=True, cwd=tmp_path)
    actual = subprocess.run([sys.executable, '-m', 'ophis', '-c', program],
                            env=env, capture_output=True, text=True,
                            cwd=tmp_path, timeout=300)
    assert expected.stdout == 'found through a .pth yes 1 True\n'
    assert (actual.returncode, actual.stdout, actual.stderr) == \
        (expected.returncode, expected.stdout, expected.stderr)
    # The user site's modules ran under Ophis.
    check = subprocess.run(
        [sys.executable, '-m', 'ophis', '-c',
         'import user_pkg; print(type(user_pkg.f) is type(lambda: 0))'],
        env=env, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert check.stdout == 'True\n'
