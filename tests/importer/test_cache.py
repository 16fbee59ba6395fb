"""The .pyc cache as the import system uses it (DESIGN decision 6):
``__pycache__/NAME.ophis-311.pyc`` next to the source, reused when valid,
rewritten when stale or foreign, not written under -B or
PYTHONDONTWRITEBYTECODE, moved by PYTHONPYCACHEPREFIX; extension modules
and zip files; ``ophis -m`` for a package's __main__."""

import os
import pathlib
import subprocess
import sys
import zipfile

from ophis.bytecode import pyc

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def ophis(args, cwd, **env_changes):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    env.pop('PYTHONPYCACHEPREFIX', None)
    env.update(env_changes)
    return subprocess.run([sys.executable, '-m', 'ophis', '-S'] + args,
                          cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def host(args, cwd):
    env = dict(os.environ)
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    return subprocess.run([sys.executable, '-S'] + args, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cache_file_written_and_reused(tmp_path):
    (tmp_path / 'cached_mod.py').write_text('def f():\n    return 41 + 1\n')
    main = 'import cached_mod; print(cached_mod.f(), cached_mod.__cached__)'
    first = ophis(['-c', main], tmp_path)
    assert first.returncode == 0, first.stderr
    cache = tmp_path / '__pycache__' / 'cached_mod.ophis-311.pyc'
    assert first.stdout.split() == ['42', str(cache)]
    assert cache.exists()
    data = cache.read_bytes()
    second = ophis(['-c', main], tmp_path)
    assert second.stdout == first.stdout
    assert cache.read_bytes() == data
    # CPython's own cache file is a different file.
    assert not (tmp_path / '__pycache__' / 'cached_mod.cpython-311.pyc').exists()


def test_stale_and_foreign_cache_files_are_rewritten(tmp_path):
    source = tmp_path / 'stale_mod.py'
    source.write_text('X = 1\n')
    main = 'import stale_mod; print(stale_mod.X)'
    assert ophis(['-c', main], tmp_path).stdout == '1\n'
    cache = tmp_path / '__pycache__' / 'stale_mod.ophis-311.pyc'
    source.write_text('X = 22\n')
    os.utime(source, (1, 1))
    assert ophis(['-c', main], tmp_path).stdout == '22\n'
    cache.write_bytes(b'garbage, not a cache file')
    assert ophis(['-c', main], tmp_path).stdout == '22\n'
    assert cache.read_bytes().startswith(pyc.MAGIC_NUMBER)


def test_dont_write_bytecode(tmp_path):
    (tmp_path / 'nowrite_mod.py').write_text('X = 1\n')
    main = 'import nowrite_mod, sys; print(nowrite_mod.X, sys.dont_write_bytecode)'
    result = ophis(['-B', '-c', main], tmp_path)
    assert result.stdout == '1 True\n', result.stderr
    result = ophis(['-c', main], tmp_path, PYTHONDONTWRITEBYTECODE='1')
    assert result.stdout == '1 True\n', result.stderr
    assert not (tmp_path / '__pycache__').exists()


def test_pycache_prefix(tmp_path):
    (tmp_path / 'src').mkdir()
    (tmp_path / 'src' / 'prefixed_mod.py').write_text('X = 1\n')
    prefix = tmp_path / 'prefix'
    result = ophis(['-c', 'import prefixed_mod; print(prefixed_mod.X)'],
                   tmp_path / 'src', PYTHONPYCACHEPREFIX=str(prefix))
    assert result.stdout == '1\n', result.stderr
    assert not (tmp_path / 'src' / '__pycache__').exists()
    written = list(prefix.rglob('prefixed_mod.ophis-311.pyc'))
    assert len(written) == 1


def test_sourceless_cache_file_imports(tmp_path):
    (tmp_path / 'only_pyc.py').write_text('X = "from the pyc"\n')
    assert ophis(['-c', 'import only_pyc'], tmp_path).returncode == 0
    cache = tmp_path / '__pycache__' / 'only_pyc.ophis-311.pyc'
    (tmp_path / 'only_pyc.py').unlink()
    cache.rename(tmp_path / 'only_pyc.pyc')
    result = ophis(['-c', 'import only_pyc; print(only_pyc.X)'], tmp_path)
    assert result.stdout == 'from the pyc\n', result.stderr


def test_zip_import_runs_under_ophis(tmp_path):
    archive = tmp_path / 'bundle.zip'
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('zipped.py', 'def f():\n    return "zipped"\n')
        z.writestr('zpkg/__init__.py', 'from .inner import X\n')
        z.writestr('zpkg/inner.py', 'X = 7\n')
    main = ('import sys; sys.path.insert(0, %r); import zipped, zpkg; '
            'print(zipped.f(), zpkg.X, type(zipped.f) is type(lambda: 0))'
            % str(archive))
    result = ophis(['-c', main], tmp_path)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert words[:2] == ['zipped', '7']
    assert words[2] == 'True'      # an Ophis function, as the program's


def test_run_package_main_with_m(tmp_path):
    package = tmp_path / 'runpkg'
    package.mkdir()
    (package / '__init__.py').write_text('print("init", __name__)\n')
    (package / '__main__.py').write_text(
        'import sys\nprint("main", __name__, __package__, sys.argv)\n')
    (package / 'tool.py').write_text(
        'print("tool", __name__, __spec__.name)\n')
    for args in (['-m', 'runpkg', 'a'], ['-m', 'runpkg.tool', 'b'],
                 ['-m', 'runpkg.missing'], ['-m', 'runpkg.__init__']):
        expected = host(args, tmp_path)
        actual = ophis(args, tmp_path)
        assert actual.stdout.replace('ophis', 'python3') == \
            expected.stdout, args
        assert actual.returncode == expected.returncode, args


def test_extension_modules_are_shared():
    main = ('import sys, _json, math, _datetime, json.decoder; '
            'print(json.decoder.c_scanstring is _json.scanstring, '
            'type(math).__name__, math.__spec__.loader.__class__.__name__)')
    result = ophis(['-c', main], ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ['True', 'module']
