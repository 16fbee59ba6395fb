"""Ophis's tokenizer: source bytes or text -> tokens.

Two interfaces over one set of rules:

* ``Tokenizer`` (ophis.tokenizer.scanner): the tokens CPython 3.11's C
  tokenizer hands its parser, with its errors; what ophis.parser reads.
* ``tokenize``, ``generate_tokens``, ``detect_encoding``, ``TokenInfo``,
  ``TokenError`` (ophis.tokenizer.compat): the stdlib ``tokenize`` module's
  interface and results, comments, NL and ENCODING tokens included.

Modules: tokens (the token numbers), source (decoding), scanner (parser
mode), numbers (the slow path for malformed numbers), errors (SyntaxError
fields as CPython computes them), compat (the tokenize interface).
"""

# The names below are loaded when first asked for (PEP 562): a program
# file's start-up checks its encoding with ophis.tokenizer.source alone,
# and importing the scanner and compat compiles their regular expressions
# (about 70M machine instructions, most of `ophis FILE`'s extra start-up
# over `ophis -c`, when the compile cache holds the file's code).
_WHERE = {'Tokenizer': 'scanner', 'TokenError': 'compat',
          'TokenInfo': 'compat', 'generate_tokens': 'compat',
          'tokenize': 'compat', 'decode_source': 'source',
          'detect_encoding': 'source'}


def __getattr__(name):
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(
            f"module 'ophis.tokenizer' has no attribute {name!r}")
    # Import statements, so that Ophis's own __import__ sees this module's
    # globals (ophis.importer.own).
    if where == 'scanner':
        from ophis.tokenizer import scanner as module
    elif where == 'compat':
        from ophis.tokenizer import compat as module
    else:
        from ophis.tokenizer import source as module
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_WHERE))


__all__ = ['Tokenizer', 'TokenError', 'TokenInfo', 'decode_source',
           'detect_encoding', 'generate_tokens', 'tokenize']
