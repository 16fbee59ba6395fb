"""Code generation for calls.

A call pushes ``callable, self_or_null, args...``: ``obj.meth(...)`` uses
LOAD_METHOD (which pushes the function and ``obj``, or the attribute and
NULL), any other callable is followed by PUSH_NULL (folded into
LOAD_GLOBAL's low bit by the optimizer).  Keyword arguments add a constant
tuple of their names for CALL_KW.  Calls with ``*args`` or ``**kwargs``
(or very many arguments) build a tuple and a dict for CALL_FUNCTION_EX.
"""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler import symtable as _st
from ophis.compiler.codegen import STACK_USE_GUIDELINE, infer_type_name, \
    loc_of

_Starred = _ast.Starred

_NOT_CALLABLE = frozenset((
    _ast.Constant, _ast.Tuple, _ast.List, _ast.ListComp, _ast.Dict,
    _ast.DictComp, _ast.Set, _ast.SetComp, _ast.GeneratorExp,
    _ast.JoinedStr, _ast.FormattedValue))


def validate_keywords(gen, keywords):
    for i, kw in enumerate(keywords):
        name = kw.arg
        if name is None:
            continue
        if name == '__debug__':
            raise gen.error('cannot assign to __debug__')
        for other in keywords[i + 1:]:
            if other.arg is not None and other.arg == name:
                gen.set_loc(other)
                raise gen.error(f'keyword argument repeated: {name}')


def _is_import_originated(gen, node):
    """Whether node is a name the module imports (its attributes are
    not looked up as methods)."""
    if node.__class__ is not _ast.Name:
        return False
    return bool(gen.table.top.symbols.get(node.id, 0) & _st.DEF_IMPORT)


def _maybe_method_call(gen, node):
    meth = node.func
    if meth.__class__ is not _ast.Attribute or \
            meth.ctx.__class__ is not _ast.Load:
        return False
    if _is_import_originated(gen, meth.value):
        return False
    args = node.args
    keywords = node.keywords
    nargs = len(args)
    nkw = len(keywords)
    if nargs + nkw + (nkw != 0) >= STACK_USE_GUIDELINE:
        return False
    for arg in args:
        if arg.__class__ is _Starred:
            return False
    for kw in keywords:
        if kw.arg is None:
            return False
    validate_keywords(gen, keywords)
    gen.visit_expr(meth.value)
    u = gen.u
    u.loc = loc_of(meth)
    gen.update_start_location_to_match_attr(meth)
    gen.emit_name(_I.LOAD_METHOD, meth.attr)
    gen.visit_exprs(args)
    if nkw:
        for kw in keywords:
            gen.visit_expr(kw.value)
        gen.load_const(tuple(kw.arg for kw in keywords))
    u.loc = loc_of(node)
    gen.update_start_location_to_match_attr(meth)
    gen.emit(_I.CALL_KW if nkw else _I.CALL, nargs + nkw)
    return True


def compile_call(gen, node):
    if _maybe_method_call(gen, node):
        return
    func = node.func
    if func.__class__ in _NOT_CALLABLE:
        gen.warn(f"'{infer_type_name(func)}' object is not callable; "
                 'perhaps you missed a comma?')
    gen.visit_expr(func)
    # CPython pushes the NULL before the callable; here it follows it, and
    # takes the line of the callable's last instruction (no line event).
    gen.emit_noline(_I.PUSH_NULL)
    call_helper(gen, 0, node.args, node.keywords)


def call_helper(gen, pushed, args, keywords):
    """The arguments and the call, ``pushed`` positional arguments being
    on the stack already (a class's body function and name)."""
    validate_keywords(gen, keywords)
    nargs = len(args)
    nkw = len(keywords)
    simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE
    if simple:
        for arg in args:
            if arg.__class__ is _Starred:
                simple = False
                break
    if simple:
        for kw in keywords:
            if kw.arg is None:
                simple = False
                break
    if simple:
        gen.visit_exprs(args)
        if nkw:
            for kw in keywords:
                gen.visit_expr(kw.value)
            gen.load_const(tuple(kw.arg for kw in keywords))
            gen.emit(_I.CALL_KW, pushed + nargs + nkw)
        else:
            gen.emit(_I.CALL, pushed + nargs)
        return
    # The general form: a tuple of positional arguments, a dict of
    # keyword arguments.
    if pushed == 0 and nargs == 1 and args[0].__class__ is _Starred:
        gen.visit_expr(args[0].value)
    else:
        gen.starunpack(args, pushed, _I.BUILD_LIST, _I.LIST_APPEND,
                       _I.LIST_EXTEND, True)
    if nkw:
        have_dict = False
        seen = 0
        for i, kw in enumerate(keywords):
            if kw.arg is None:
                if seen:
                    _subkwargs(gen, keywords, i - seen, i)
                    if have_dict:
                        gen.emit(_I.DICT_MERGE, 1)
                    have_dict = True
                    seen = 0
                if not have_dict:
                    gen.emit(_I.BUILD_MAP, 0)
                    have_dict = True
                gen.visit_expr(kw.value)
                gen.emit(_I.DICT_MERGE, 1)
            else:
                seen += 1
        if seen:
            _subkwargs(gen, keywords, nkw - seen, nkw)
            if have_dict:
                gen.emit(_I.DICT_MERGE, 1)
    gen.emit(_I.CALL_FUNCTION_EX, 1 if nkw else 0)


def _subkwargs(gen, keywords, begin, end):
    n = end - begin
    big = n * 2 > STACK_USE_GUIDELINE
    if n > 1 and not big:
        for kw in keywords[begin:end]:
            gen.visit_expr(kw.value)
        gen.load_const(tuple(kw.arg for kw in keywords[begin:end]))
        gen.emit(_I.BUILD_CONST_KEY_MAP, n)
        return
    if big:
        gen.emit_noline(_I.BUILD_MAP, 0)
    for kw in keywords[begin:end]:
        gen.load_const(kw.arg)
        gen.visit_expr(kw.value)
        if big:
            gen.emit_noline(_I.MAP_ADD, 1)
    if not big:
        gen.emit(_I.BUILD_MAP, n)
