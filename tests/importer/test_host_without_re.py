"""Ophis started by a host that has not imported re (``python3 -S``: no
site, so no .pth file imported it).  re is the one pure-Python module
Ophis's host code uses (the tokenizer, parser and compiler import it when
the program first compiles source); loaded after the module universe is
in place, its body would import enum through the program's import system
and look itself up in the program's sys.modules (enum.global_enum).
ophis.importer.setup.install loads it by the host first."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))

# The program compiles source as it runs: the compile cache (which only
# serves the command's own code) cannot spare the compiler.
PROGRAM = ("import sys\n"
           "exec(compile('print(\"ok\", 6 * 7)', 'f', 'exec'))\n"
           "print(sorted(k for k in ('re', 'enum') if k in sys.modules))\n")

LAUNCH = ('import sys; sys.argv = ["ophis", *sys.argv[1:]]; '
          'import ophis.cli; sys.exit(ophis.cli.main())')


def run(args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    result = subprocess.run([sys.executable, *args],
                            capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=300)
    return result.returncode, result.stdout, result.stderr


def test_host_without_site_has_not_imported_re():
    # What the test is about: the host Ophis starts in has no re yet.
    assert run(['-S', '-c', 'import sys; print("re" in sys.modules)'])[1] \
        == 'False\n'


@pytest.mark.parametrize('options', [('-S',), ()])
def test_program_compiles_under_a_host_without_re(options):
    # The program's options as python3's; the host Ophis runs in has -S.
    expected = run([*options, '-c', PROGRAM])
    got = run(['-S', '-c', LAUNCH, *options, '-c', PROGRAM])
    assert got == expected
