"""Ophis says it is Ophis (DESIGN.md decision 4) and keeps what code
parses from CPython's identity."""

import os
import subprocess
import sys
import textwrap

from tests.cli.harness import LAUNCHER, OPHIS, PYTHON, clean_env, run

SHOW = textwrap.dedent('''\
    import sys, platform
    print(sys.implementation.name, sys.implementation.cache_tag)
    print(sys.implementation.version == sys.version_info,
          sys.implementation.hexversion == sys.hexversion,
          sys.implementation._multiarch)
    print(sys.version)
    print(platform.python_implementation(), platform.python_version())
    print(sys.executable)
    print(sys._base_executable)
''')


def test_implementation_and_executable(tmp_path):
    status, out, err = run(OPHIS, ['-c', SHOW], cwd=tmp_path)
    assert (status, err) == (0, '')
    lines = out.splitlines()
    host = run(PYTHON, ['-c', SHOW], cwd=tmp_path)[1].splitlines()
    assert lines[0] == 'ophis ophis-311'
    assert lines[1:4] == host[1:4]
    # The harness shows the launcher's path as PROGRAM.
    assert lines[4:6] == ['PROGRAM', 'PROGRAM']
    assert os.path.exists(LAUNCHER)


def test_subprocess_of_sys_executable_runs_ophis(tmp_path):
    child = ('import subprocess, sys\n'
             'r = subprocess.run([sys.executable, "-c", "import sys; '
             'print(sys.implementation.name, sys.argv)", "x"],'
             ' capture_output=True, text=True)\n'
             'print(r.stdout, r.stderr, r.returncode)\n')
    # Started through the launcher's module (python3 -m ophis) and through
    # the launcher itself, the child is Ophis either way.
    for command in (OPHIS, [sys.executable, '-m', 'ophis'], [LAUNCHER]):
        env = clean_env()
        if command[1:2] == ['-m']:
            env['PYTHONPATH'] = os.path.dirname(os.path.dirname(
                os.path.dirname(os.path.abspath(__file__))))
        result = subprocess.run(command + ['-c', child], env=env,
                                cwd=tmp_path, capture_output=True,
                                text=True, timeout=300)
        assert result.stdout == "ophis ['-c', 'x']\n  0\n", result.stderr


def test_host_bytecode_keeps_the_host_tag(tmp_path):
    """The host's loader caches host bytecode under cpython-311 even after
    the identity says ophis-311; importlib.util.cache_from_source (which
    Ophis's importer and py_compile use) gives the ophis-311 name."""
    (tmp_path / 'hostmod.py').write_text('VALUE = 42\n')
    script = textwrap.dedent(f'''\
        import sys, importlib.util, importlib.machinery
        sys.dont_write_bytecode = False
        from ophis.runtime import identity, flags, config
        # The program's -O must not reach the host's own bytecode either.
        sys.flags = flags.make_flags(config.parse_command_line(['-O'],
                                                                'ophis'))
        identity.apply({LAUNCHER!r})
        print(importlib.util.cache_from_source('/a/b.py'))
        print(importlib.util.cache_from_source('/a/b.py', optimization=2))
        spec = importlib.machinery.PathFinder.find_spec(
            'hostmod', [{str(tmp_path)!r}])
        print(spec.cached)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(module.VALUE)
    ''')
    root = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    result = subprocess.run([sys.executable, '-c', script], cwd=tmp_path,
                            env=clean_env(PYTHONPATH=root),
                            capture_output=True, text=True, timeout=300)
    assert result.stderr == ''
    assert result.stdout.splitlines() == [
        '/a/__pycache__/b.ophis-311.opt-1.pyc',
        '/a/__pycache__/b.ophis-311.opt-2.pyc',
        f'{tmp_path}/__pycache__/hostmod.ophis-311.opt-1.pyc',
        '42']
    assert os.listdir(tmp_path / '__pycache__') == [
        'hostmod.cpython-311.pyc']
