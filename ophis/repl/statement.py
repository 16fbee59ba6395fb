"""Whether the lines typed so far make a statement: codeop's test, on Ophis's
compiler, and what an empty line means.

compile_statement(source, flags) returns a code object for a complete
statement, None when more lines are needed, or raises the statement's
SyntaxError.  As codeop._maybe_compile does: blank lines and comments alone
are an empty statement; otherwise the source is compiled with
PyCF_ALLOW_INCOMPLETE_INPUT and PyCF_DONT_IMPLY_DEDENT (a block goes on
until an empty line); on a SyntaxError, the source with a newline added is
tried: if that compiles, or is "incomplete input", more lines are needed;
else the source is compiled once more without those flags, for the error
CPython reports.

An empty line after the first one ends the statement, as in CPython's
interactive tokenizer (a totally empty line "signals the end of a command
group"), unless it is inside brackets, a triple-quoted string or a
backslash continuation (ends_statement).
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
        _compile(source, checking | PyCF_ONLY_AST)
    except SyntaxError:
        pass
    else:
        # It parses: the compiler's error ('return' outside function...)
        return _compile(source + '\n', flags)
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


def ends_statement(source):
    """Whether an empty line typed after source ends the statement: the
    tokenizer is not inside brackets, a string or a continuation there."""
    tokenizer = late('ophis.tokenizer').Tokenizer(source + '\n\n', FILENAME)
    try:
        for _ in tokenizer:
            pass
    except SyntaxError as error:
        if tokenizer.done == 'E_EOF' or error.msg.startswith(
                'unterminated triple-quoted string'):
            return False
    return True


def compile_after_empty_line(source, flags=0):
    """The statement an empty line ended (source ends with it).  CPython's
    interactive tokenizer makes a NEWLINE token of that line, where an
    error then sits (its text the empty line alone, without newline, even
    after a backslash); a string's tokenizer skips the line, and the error
    lands at the end of input."""
    try:
        return _compile(source + '\n', flags)
    except SyntaxError as error:
        lineno = source.count('\n') + 1
        if error.lineno != lineno:
            raise
        if error.msg == 'unexpected unindent':
            offset, end_offset = 0, -1  # a DEDENT: the cursor's column
        else:
            offset, end_offset = 1, 1
        raise type(error)(error.msg, (error.filename, lineno, offset, '',
                                      lineno, end_offset)) from None


def interrupted_in_string(source, flags=0):
    """Ctrl-C at the secondary prompt inside a triple-quoted string: CPython's
    tokenizer, interrupted in the string, reports it unterminated (the
    SyntaxError), rather than KeyboardInterrupt; else None."""
    if not source:
        return None
    try:
        _compile(source + '\n', flags | PyCF_ONLY_AST)
    except SyntaxError as error:
        if error.msg.startswith('unterminated triple-quoted string'):
            return error
    return None
