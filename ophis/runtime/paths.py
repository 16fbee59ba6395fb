"""POSIX path arithmetic for runtime code, which may not import os.path
(start-up cost; its module would be the program's)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import posix


def abspath(path):
    if path.startswith('/'):
        return path
    return posix.getcwd() + '/' + path


def normalize(path):
    """An absolute path without '.', '..' and repeated slashes (the same
    lexical steps as os.path.normpath on an absolute path)."""
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part == '..':
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return '/' + '/'.join(parts)


def dirname(path):
    return path.rpartition('/')[0] or '/'
