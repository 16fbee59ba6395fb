"""Building the test extensions with the host's compilers, as an extension
author would for CPython: the host's headers, its extension suffix, no
Ophis-specific step (docs/extensions.md).

``python3 -m tests.extensions.build DIR`` builds them into DIR by hand.
"""

import os
import shutil
import subprocess
import sys
import sysconfig

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'src')
SUFFIX = sysconfig.get_config_var('EXT_SUFFIX')
INCLUDE = sysconfig.get_paths()['include']


class Extension:
    def __init__(self, name, source, tool, command):
        self.name = name
        self.source = os.path.join(SRC, source)
        self.tool = tool
        self._command = command

    def missing(self):
        """Why this extension cannot be built here, or None."""
        if shutil.which(self.tool) is None:
            return f'{self.tool} is not installed (not on PATH)'
        return None

    def build(self, directory):
        target = os.path.join(directory, self.name + SUFFIX)
        command = self._command(self.source, target)
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f'building {self.name} failed: '
                               f'{" ".join(command)}\n{result.stderr}')
        return target


EXTENSIONS = {
    'c': Extension(
        'ophisext', 'ophisext.c', 'gcc',
        lambda src, out: ['gcc', '-shared', '-fPIC', '-O2', '-Wall',
                          '-Werror', '-I', INCLUDE, src, '-o', out, '-lm',
                          '-pthread']),
    'cpp': Extension(
        'ophisext_cpp', 'ophisext_cpp.cpp', 'g++',
        lambda src, out: ['g++', '-shared', '-fPIC', '-O2', '-Wall',
                          '-Werror', '-std=c++17', '-I', INCLUDE, src,
                          '-o', out]),
    # A cdylib leaves the C API's symbols undefined; the interpreter that
    # loads the module provides them, as for C extensions.
    'rust': Extension(
        'ophisext_rs', 'ophisext_rs.rs', 'rustc',
        lambda src, out: ['rustc', '--edition', '2021', '--crate-type',
                          'cdylib', '-O', '-D', 'warnings', src, '-o', out]),
}


def build_all(directory):
    """Build every extension whose compiler is present; return
    {language: reason} for those skipped."""
    skipped = {}
    for language, extension in EXTENSIONS.items():
        reason = extension.missing()
        if reason is None:
            extension.build(directory)
        else:
            skipped[language] = reason
    return skipped


if __name__ == '__main__':
    os.makedirs(sys.argv[1], exist_ok=True)
    for language, reason in build_all(sys.argv[1]).items():
        print(f'skipped {language}: {reason}')
