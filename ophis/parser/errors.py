"""SyntaxErrors placed and worded as CPython's parser does (stub)."""
from ophis.parser.runtime import NeedsTracking  # noqa: F401


def error_at(parser, cls, msg, lineno, col, end_lineno, end_col):
    return cls(msg, (parser.source.filename, lineno, col, None, end_lineno, end_col))


def error_at_last_token(parser, cls, msg):
    return cls(msg)


def syntax_error(parser_class, toks, kinds, info):
    if info.tok_error is not None:
        return info.tok_error
    return SyntaxError('invalid syntax')


def check_single_statement(parser, toks, info):
    pass
