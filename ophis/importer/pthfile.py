"""``._pth`` files: a file next to the executable that replaces sys.path.

CPython 3.11's getpath (Modules/getpath.py) looks, unless Py_SetPath or
Py_SetPythonHome was called, for ``<library>._pth`` beside libpython, then
``<executable>._pth``, then ``<realpath(executable)>._pth`` (on POSIX the
whole name gets the suffix: ``python3.11._pth`` beside ``python3.11``;
Windows drops ``.exe``/``.dll`` first).  The first one found:

* sets the prefixes (sys.prefix, exec_prefix and their base_ names) to its
  directory, as PYTHONHOME would;
* turns on isolated mode, ignores the environment (what was read from it
  before, PYTHONDONTWRITEBYTECODE say, stays; PYTHONPATH does not) and
  safe_path (no sys.path[0] for the script), and turns site off;
* makes sys.path its lines, each joined to its directory and normalized:
  text after ``#`` and surrounding blanks are dropped, empty lines
  skipped, a line ``import site`` turns site back on (even under -S), any
  other ``import ...`` line is not run but warned about on stderr
  ("unsupported 'import' line in ._pth file").

For Ophis the executable is the ``ophis`` launcher (sys.executable,
decision 4): ``ophis._pth`` beside the launcher as it was started, then
beside the file it links to.  The host interpreter that runs the launcher
reads only its own ``python3.11._pth`` (beside the host's binary), which
then governs the host, not the program.  The library's ._pth has no Ophis
counterpart (CPython's tests skip it on POSIX).
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import posix

from ophis.runtime import paths

SUFFIX = '._pth'
_S_IFMT = 0o170000
_S_IFLNK = 0o120000


def _join(directory, line):
    if line.startswith('/'):
        return paths.normalize(line)
    return paths.normalize(directory + '/' + line)


def _realpath(path, depth=0):
    """path with every symbolic link in it resolved (os.path.realpath)."""
    resolved = ''
    parts = [part for part in path.split('/') if part]
    for index, part in enumerate(parts):
        if part == '.':
            continue
        if part == '..':
            resolved = resolved.rpartition('/')[0]
            continue
        candidate = resolved + '/' + part
        try:
            mode = posix.lstat(candidate).st_mode
        except OSError:
            return paths.normalize(
                candidate + '/' + '/'.join(parts[index + 1:]))
        if mode & _S_IFMT == _S_IFLNK and depth < 40:
            target = posix.readlink(candidate)
            if not target.startswith('/'):
                target = resolved + '/' + target
            resolved = _realpath(target, depth + 1)
        else:
            resolved = candidate
    return resolved or '/'


def _read(path):
    try:
        with open(path, 'rb') as file:
            data = file.read()
    except OSError:
        return None
    return data.decode('utf-8', 'surrogateescape').splitlines()


def find(executable):
    """(directory, lines) of the ._pth file that governs executable, or
    None."""
    if not executable or not executable.startswith('/'):
        return None
    executable = paths.normalize(executable)
    candidates = [executable]
    real = _realpath(executable)
    if real != executable:
        candidates.append(real)
    for candidate in candidates:
        lines = _read(candidate + SUFFIX)
        if lines is not None:
            return candidate.rpartition('/')[0] or '/', lines
    return None


def parse(directory, lines):
    """(sys.path, whether site runs, warnings) for a ._pth file's lines."""
    path = []
    site = False
    warnings = []
    for line in lines:
        line = line.partition('#')[0].strip()
        if not line:
            continue
        if line == 'import site':
            site = True
        elif line.startswith('import '):
            warnings.append("unsupported 'import' line in ._pth file\n")
        else:
            path.append(_join(directory, line))
    return path, site, warnings


def apply(config, executable):
    """Apply the ._pth file beside executable, if there is one, to config
    (the command line and environment as read) and to sys's prefixes.
    config.module_search_paths becomes sys.path when the import system is
    put in place (ophis.importer.setup)."""
    found = find(executable)
    if found is None:
        return False
    directory, lines = found
    path, site, warnings = parse(directory, lines)
    for text in warnings:
        sys.stderr.write(text)
        sys.stderr.flush()
    config.isolated = 1
    config.ignore_environment = 1
    config.safe_path = True
    config.no_site = 0 if site else 1
    config.pythonpath_env = None
    config.module_search_paths = path
    sys.prefix = sys.exec_prefix = directory
    sys.base_prefix = sys.base_exec_prefix = directory
    return True
