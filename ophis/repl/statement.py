"""Whether the lines typed so far make a statement: codeop's test, on Ophis's
compiler.

compile_statement(source, flags) returns a code object for a complete
statement, None when more lines are needed, or raises the statement's
SyntaxError.  As codeop._maybe_compile does: blank lines and comments alone
are an empty statement; otherwise the source is compiled with
PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT (a block goes on
until an empty line); on a SyntaxError, the source with a newline added is
tried: if that compiles, or is "incomplete input", more lines are needed;
else the source is compiled once more without those flags, for the error
CPython reports.
"""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)
from ophis.vm.hostrefs import late

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ONLY_AST = 0x400
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
# The __future__ features a statement passes on to the next ones (PyCF_MASK)
FUTURE_MASK = 0x1FE0000

FILENAME = '<stdin>'


def _compile(source, flags):
    return late('ophis.compiler').compile(source, FILENAME, 'single', flags,
                                          True)


def is_blank(source):
    """Only blank lines and comments."""
    for line in source.split('\n'):
        line = line.strip()
        if line and line[0] != '#':
            return False
    return True


def compile_statement(source, flags=0):
    if is_blank(source):
        source = 'pass'
    checking = flags | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT
    try:
        return _compile(source, checking)
    except SyntaxError:
        pass
    try:
        # Only parsed: the compiler's warnings come once, when the statement
        # is complete (codeop silences them here).
        _compile(source + '\n', checking | PyCF_ONLY_AST)
        return None
    except SyntaxError as error:
        if 'incomplete input' in str(error):
            return None
    # The error, as CPython's parser reports it: it has read the line
    # with its newline.
    return _compile(source + '\n', flags)


def compile_at_end(source, flags=0):
    """The input ended (Ctrl-D) in the middle of a statement: compile what
    there is, as CPython's parser does at the end of its input."""
    return _compile(source + '\n', flags)
