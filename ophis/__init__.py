"""Ophis: CPython 3.11 rebuilt in Python.

The pipeline, one package per stage, data flowing one way:

    tokenizer/   source bytes or text -> tokens (numbers as the stdlib ``token``)
    parser/      tokens -> AST (the host's ``ast`` node classes), SyntaxErrors
    compiler/    AST -> symbol tables -> code generation -> control-flow graph
                 (optimizer, stack depth) -> assembler
    bytecode/    the instruction table, code objects, marshal, .pyc, dis
    vm/          the eval loop: frames, functions, generators, exceptions
    runtime/     builtins and sys pieces that need the VM
    importer/    finder and loader, the .pyc cache

The public entry points are imported lazily, so that ``import ophis`` stays
cheap for the ``ophis`` command's start-up.
"""

# First: the package's modules get their own builtins (ophis.importer.own),
# this one's functions included.
from ophis.importer import own as _own  # noqa: E402
__builtins__ = _own.OWN_BUILTINS

__all__ = ['parse', 'compile', 'tokenize', 'generate_tokens']


def __getattr__(name):
    if name == 'parse':
        from ophis.parser import parse
        return parse
    if name == 'compile':
        from ophis.compiler import compile
        return compile
    if name in ('tokenize', 'generate_tokens'):
        from ophis import tokenizer
        return getattr(tokenizer, name)
    raise AttributeError(f"module 'ophis' has no attribute {name!r}")
