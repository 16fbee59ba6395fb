"""Ophis's compiler: AST -> code objects.

The stages, one module each, data flowing one way:

    future.py        from __future__ statements -> compiler flags
    astopt.py        constant folding on the AST (a folded copy)
    symtable.py      the scope of every name
    codegen.py       AST -> basic blocks of instructions, per code unit
                     (with calls.py, functions.py, classes.py,
                     comprehensions.py, exceptions.py, patterns.py,
                     annotations.py and unparse.py for its parts)
    flowgraph.py     the control-flow graph: optimization, line numbers,
                     stack depth, exception handlers
    assemble.py      layout, EXTENDED_ARG, co_code, the location and
                     exception tables -> ophis.bytecode.code.Code

``compile`` is the builtin compile() (ophis.compile).
"""

import _ast
import sys

__all__ = ['compile', 'compile_ast']

PyCF_MASK = (0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 |
             0x400000 | 0x800000 | 0x1000000)
PyCF_MASK_OBSOLETE = 0x0010
PyCF_SOURCE_IS_UTF8 = 0x0100
PyCF_DONT_IMPLY_DEDENT = 0x0200
PyCF_ONLY_AST = 0x0400
PyCF_IGNORE_COOKIE = 0x0800
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
PyCF_COMPILE_MASK = (PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT |
                     PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT |
                     PyCF_ALLOW_INCOMPLETE_INPUT)

_MODE_NODES = {'exec': _ast.Module, 'eval': _ast.Expression,
               'single': _ast.Interactive, 'func_type': _ast.FunctionType}


def _fsdecode(filename):
    if isinstance(filename, str):
        return filename
    if isinstance(filename, bytes):
        return filename.decode(sys.getfilesystemencoding(),
                               'surrogateescape')
    fspath = getattr(type(filename), '__fspath__', None)
    if fspath is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        f'{type(filename).__name__}')
    path = fspath(filename)
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode(sys.getfilesystemencoding(), 'surrogateescape')
    raise TypeError(f'expected {type(filename).__name__}.__fspath__() to '
                    f'return str or bytes, not {type(path).__name__}')


def compile(source, filename, mode, flags=0, dont_inherit=False,
            optimize=-1, *, _feature_version=-1, _inherited_flags=None):
    """Compile source (str, bytes, or an AST) into an Ophis code object, as
    the builtin compile() does.  ``_inherited_flags`` are the __future__
    flags of the calling code (the eval loop passes its frame's); by
    default, those of the Python function that calls this one."""
    filename = _fsdecode(filename)
    if not isinstance(mode, str):
        raise TypeError("compile() argument 'mode' must be str, not "
                        f'{type(mode).__name__}')
    if isinstance(flags, bool) or not isinstance(flags, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(flags).__name__)
    if isinstance(optimize, bool) or not isinstance(optimize, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(optimize).__name__)
    if not -0x80000000 <= flags <= 0x7FFFFFFF or \
            not -0x80000000 <= optimize <= 0x7FFFFFFF:
        raise OverflowError('Python int too large to convert to C int')
    if flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK):
        raise ValueError('compile(): unrecognised flags')
    if optimize < -1 or optimize > 2:
        raise ValueError('compile(): invalid optimize value')
    if not dont_inherit:
        if _inherited_flags is None:
            try:
                caller = sys._getframe(1)
            except ValueError:
                caller = None
            _inherited_flags = caller.f_code.co_flags if caller else 0
        flags |= _inherited_flags & PyCF_MASK
    if mode not in _MODE_NODES:
        if flags & PyCF_ONLY_AST:
            raise ValueError("compile() mode must be 'exec', 'eval', "
                             "'single' or 'func_type'")
        raise ValueError("compile() mode must be 'exec', 'eval' or "
                         "'single'")
    if mode == 'func_type' and not flags & PyCF_ONLY_AST:
        raise ValueError("compile() mode 'func_type' requires flag "
                         'PyCF_ONLY_AST')
    if optimize == -1:
        optimize = sys.flags.optimize
    if isinstance(source, _ast.AST):
        if flags & PyCF_ONLY_AST:
            return source
        from ophis.compiler.validate import check_tree
        check_tree(source, mode)
        return compile_ast(source, filename, flags, optimize)
    if isinstance(source, str):
        flags |= PyCF_IGNORE_COOKIE
    elif isinstance(source, (bytes, bytearray)):
        source = bytes(source)
    else:
        try:
            source = bytes(memoryview(source))
        except TypeError:
            raise TypeError('compile() arg 1 must be a string, bytes or AST '
                            'object') from None
    if ('\0' if isinstance(source, str) else b'\0') in source:
        raise SyntaxError('source code string cannot contain null bytes')
    from ophis.parser import parse
    options = {}
    if 'flags' in parse.__code__.co_varnames:
        # The flags that change parsing (PyCF_DONT_IMPLY_DEDENT,
        # PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_IGNORE_COOKIE, barry_as_FLUFL),
        # for a parser that takes them.
        options['flags'] = flags
    tree = parse(source, filename, mode,
                 type_comments=bool(flags & PyCF_TYPE_COMMENTS),
                 feature_version=(None if _feature_version < 0
                                  else (3, _feature_version)), **options)
    if flags & PyCF_ONLY_AST:
        return tree
    return compile_ast(tree, filename, flags, optimize)


def compile_ast(tree, filename, flags=0, optimize=0):
    """A module, expression or interactive tree to a code object."""
    from ophis.compiler import astopt, codegen, future, symtable
    features, future_lineno = future.parse_future(tree, filename)
    flags |= features
    tree = astopt.optimize(tree, optimize, flags)
    table = symtable.build(tree, filename, flags)
    gen = codegen.CodeGen(filename, table, flags, optimize)
    gen.future_lineno = future_lineno
    return gen.compile_module(tree)
