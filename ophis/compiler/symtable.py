"""The symbol table: which scope every name of a program belongs to.

Two passes, as CPython's Python/symtable.c:

1. A walk over the AST builds one ``Scope`` per module, class, function,
   lambda and comprehension, recording for each name how it is used there
   (the ``DEF_*`` flags): bound, a parameter, declared global or nonlocal,
   imported, used.  Errors that depend only on one scope (a global
   declaration after use, a duplicate argument, ``import *`` in a function,
   assignment expressions in comprehensions) are raised here.
2. ``analyze`` resolves every name to a scope (``LOCAL``, ``CELL``,
   ``FREE``, ``GLOBAL_EXPLICIT``, ``GLOBAL_IMPLICIT``) top down, passing
   the names bound in enclosing functions to nested ones and the free
   names of nested functions back up, which turns an enclosing local into
   a cell.  Class scopes are invisible to the functions they contain,
   except for the implicit ``__class__`` cell that ``super()`` and
   ``__class__`` use.

Comprehensions are functions with one parameter, ``.0`` (the outermost
iterable), as in 3.11; an assignment expression inside one binds in the
nearest enclosing function or module.  With ``from __future__ import
annotations``, annotations are checked in a throw-away annotation scope,
since they will only be turned into strings.
"""

import _ast

from ophis.compiler.errors import symtable_error

# Flags of a name in one scope (CPython's DEF_*).
DEF_GLOBAL = 1
DEF_LOCAL = 2
DEF_PARAM = 4
DEF_NONLOCAL = 8
USE = 16
DEF_FREE = 32
DEF_FREE_CLASS = 64
DEF_IMPORT = 128
DEF_ANNOT = 256
DEF_COMP_ITER = 512
DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT

# Resolved scopes.
LOCAL = 1
GLOBAL_EXPLICIT = 2
GLOBAL_IMPLICIT = 3
FREE = 4
CELL = 5

# Kinds of scope.
MODULE = 'module'
CLASS = 'class'
FUNCTION = 'function'
ANNOTATION = 'annotation'

# ste_comprehension.
NO_COMPREHENSION = 0
LIST_COMPREHENSION = 1
DICT_COMPREHENSION = 2
SET_COMPREHENSION = 3
GENERATOR_EXPRESSION = 4

CO_FUTURE_ANNOTATIONS = 0x1000000

_GLOBAL_PARAM = "name '%s' is parameter and global"
_NONLOCAL_PARAM = "name '%s' is parameter and nonlocal"
_GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration"
_NONLOCAL_AFTER_ASSIGN = (
    "name '%s' is assigned to before nonlocal declaration")
_GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration"
_NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration"
_GLOBAL_ANNOT = "annotated name '%s' can't be global"
_NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal"
_IMPORT_STAR = 'import * only allowed at module level'
_NAMED_EXPR_COMP_IN_CLASS = ('assignment expression within a comprehension '
                             'cannot be used in a class body')
_NAMED_EXPR_COMP_CONFLICT = ('assignment expression cannot rebind '
                             "comprehension iteration variable '%s'")
_NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (
    "comprehension inner loop cannot rebind assignment expression target "
    "'%s'")
_NAMED_EXPR_COMP_ITER_EXPR = ('assignment expression cannot be used in a '
                              'comprehension iterable expression')
_ANNOTATION_NOT_ALLOWED = "'%s' can not be used within an annotation"
_DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition"


def mangle(private, name):
    """Private name mangling: ``__spam`` in class ``Ham`` is ``_Ham__spam``
    (not dunder names, dotted names, or in a class named only
    underscores)."""
    if private is None or not name.startswith('__'):
        return name
    if name.endswith('__') or '.' in name:
        return name
    stripped = private.lstrip('_')
    if not stripped:
        return name
    return '_' + stripped + name


def _loc(node):
    return (node.lineno, node.col_offset, node.end_lineno,
            node.end_col_offset)


class Scope:
    """One block of the program: CPython's symtable entry."""

    __slots__ = (
        'name', 'type', 'node', 'symbols', 'varnames', 'children',
        'directives', 'nested', 'generator', 'coroutine', 'comprehension',
        'varargs', 'varkeywords', 'returns_value', 'needs_class_closure',
        'comp_iter_target', 'comp_iter_expr', 'child_free', 'free',
        'lineno', 'col_offset', 'scopes', 'table',
    )

    def __init__(self, table, name, kind, node, lineno, col_offset):
        self.table = table
        self.name = name
        self.type = kind
        self.node = node
        self.symbols = {}         # name -> DEF_* flags
        self.scopes = {}          # name -> LOCAL, CELL, ... after analysis
        self.varnames = []        # parameters, in order
        self.children = []
        self.directives = {}      # name -> location of global/nonlocal
        self.nested = False
        self.generator = False
        self.coroutine = False
        self.comprehension = NO_COMPREHENSION
        self.varargs = False
        self.varkeywords = False
        self.returns_value = False
        self.needs_class_closure = False
        self.comp_iter_target = False
        self.comp_iter_expr = 0
        self.child_free = False
        self.free = False
        self.lineno = lineno
        self.col_offset = col_offset

    def scope_of(self, name):
        """The resolved scope of a (mangled) name, 0 if unknown."""
        return self.scopes.get(name, 0)

    def __repr__(self):
        return f'<Scope {self.type} {self.name!r} line {self.lineno}>'


class SymbolTable:
    """The scopes of one module; ``scopes[node]`` finds a node's scope."""

    def __init__(self, filename, future_features):
        self.filename = filename
        self.future = future_features
        self.top = None
        self.cur = None
        self.stack = []
        self.global_symbols = None
        self.private = None
        self.scopes = {}       # id(node) -> Scope
        self._visitors = {}

    # -- public entry points ----------------------------------------------

    def build(self, mod):
        kind = type(mod)
        self.top = self._enter(
            'top', MODULE, mod, 0, 0, 0, 0)
        if kind is _ast.Module or kind is _ast.Interactive:
            for stmt in mod.body:
                self.visit(stmt)
        elif kind is _ast.Expression:
            self.visit(mod.body)
        else:
            raise SystemError('invalid module kind for the symbol table')
        self._exit()
        self._analyze()
        return self

    def lookup(self, node):
        return self.scopes[id(node)]

    # -- scope stack ------------------------------------------------------

    def _enter(self, name, kind, node, lineno, col, end_lineno, end_col):
        scope = Scope(self, name, kind, node, lineno, col)
        prev = self.cur
        if prev is not None:
            scope.comp_iter_expr = prev.comp_iter_expr
            if prev.nested or prev.type is FUNCTION:
                scope.nested = True
        self.stack.append(scope)
        self.cur = scope
        if kind is ANNOTATION:
            return scope
        self.scopes[id(node)] = scope
        if kind is MODULE:
            self.global_symbols = scope.symbols
        if prev is not None:
            prev.children.append(scope)
        return scope

    def _exit(self):
        self.stack.pop()
        self.cur = self.stack[-1] if self.stack else None

    # -- recording names --------------------------------------------------

    def _error(self, msg, lineno, col, end_lineno, end_col):
        return symtable_error(msg, self.filename, lineno, col, end_lineno,
                              end_col)

    def add_def(self, name, flag, loc, scope=None):
        if scope is None:
            scope = self.cur
        mangled = mangle(self.private, name)
        symbols = scope.symbols
        val = symbols.get(mangled)
        if val is not None:
            if flag & DEF_PARAM and val & DEF_PARAM:
                raise self._error(_DUPLICATE_ARGUMENT % name, *loc)
            val |= flag
        else:
            val = flag
        if scope.comp_iter_target:
            if val & (DEF_GLOBAL | DEF_NONLOCAL):
                raise self._error(
                    _NAMED_EXPR_COMP_INNER_LOOP_CONFLICT % name, *loc)
            val |= DEF_COMP_ITER
        symbols[mangled] = val
        if flag & DEF_PARAM:
            scope.varnames.append(mangled)
        elif flag & DEF_GLOBAL:
            glob = self.global_symbols
            glob[mangled] = flag | glob.get(mangled, 0)

    def _lookup_flags(self, name):
        return self.cur.symbols.get(mangle(self.private, name), 0)

    def _record_directive(self, name, loc):
        mangled = mangle(self.private, name)
        self.cur.directives.setdefault(mangled, loc)

    # -- the walk ---------------------------------------------------------

    def visit(self, node):
        cls = node.__class__
        method = self._visitors.get(cls)
        if method is None:
            method = getattr(self, 'visit_' + cls.__name__, None)
            if method is None:
                raise SystemError(f'unexpected node {cls.__name__} in the '
                                  'symbol table')
            self._visitors[cls] = method
        method(node)

    def visit_seq(self, nodes):
        visit = self.visit
        for node in nodes:
            if node is not None:
                visit(node)

    # statements

    def _function(self, node, is_async):
        self.add_def(node.name, DEF_LOCAL, _loc(node))
        args = node.args
        self.visit_seq(args.defaults)
        self.visit_seq(args.kw_defaults)
        self._visit_annotations(node, args, node.returns)
        self.visit_seq(node.decorator_list)
        self._enter(node.name, FUNCTION, node, *_loc(node))
        if is_async:
            self.cur.coroutine = True
        self._visit_arguments(args)
        self.visit_seq(node.body)
        self._exit()

    def visit_FunctionDef(self, node):
        self._function(node, False)

    def visit_AsyncFunctionDef(self, node):
        self._function(node, True)

    def visit_ClassDef(self, node):
        self.add_def(node.name, DEF_LOCAL, _loc(node))
        self.visit_seq(node.bases)
        self.visit_seq(node.keywords)
        self.visit_seq(node.decorator_list)
        self._enter(node.name, CLASS, node, *_loc(node))
        saved = self.private
        self.private = node.name
        self.visit_seq(node.body)
        self.private = saved
        self._exit()

    def visit_Return(self, node):
        if node.value is not None:
            self.visit(node.value)
            self.cur.returns_value = True

    def visit_Delete(self, node):
        self.visit_seq(node.targets)

    def visit_Assign(self, node):
        self.visit_seq(node.targets)
        self.visit(node.value)

    def visit_AnnAssign(self, node):
        target = node.target
        if type(target) is _ast.Name:
            cur = self._lookup_flags(target.id)
            if (cur & (DEF_GLOBAL | DEF_NONLOCAL)
                    and self.cur.symbols is not self.global_symbols
                    and node.simple):
                msg = _GLOBAL_ANNOT if cur & DEF_GLOBAL else _NONLOCAL_ANNOT
                raise self._error(msg % target.id, *_loc(node))
            if node.simple:
                self.add_def(target.id, DEF_ANNOT | DEF_LOCAL, _loc(target))
            elif node.value is not None:
                self.add_def(target.id, DEF_LOCAL, _loc(target))
        else:
            self.visit(target)
        self._visit_annotation(node.annotation)
        if node.value is not None:
            self.visit(node.value)

    def visit_AugAssign(self, node):
        self.visit(node.target)
        self.visit(node.value)

    def visit_For(self, node):
        self.visit(node.target)
        self.visit(node.iter)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    visit_AsyncFor = visit_For

    def visit_While(self, node):
        self.visit(node.test)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    def visit_If(self, node):
        self.visit(node.test)
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)

    def visit_Match(self, node):
        self.visit(node.subject)
        for case in node.cases:
            self.visit(case.pattern)
            if case.guard is not None:
                self.visit(case.guard)
            self.visit_seq(case.body)

    def visit_Raise(self, node):
        if node.exc is not None:
            self.visit(node.exc)
            if node.cause is not None:
                self.visit(node.cause)

    def visit_Try(self, node):
        self.visit_seq(node.body)
        self.visit_seq(node.orelse)
        for handler in node.handlers:
            if handler.type is not None:
                self.visit(handler.type)
            if handler.name is not None:
                self.add_def(handler.name, DEF_LOCAL, _loc(handler))
            self.visit_seq(handler.body)
        self.visit_seq(node.finalbody)

    visit_TryStar = visit_Try

    def visit_Assert(self, node):
        self.visit(node.test)
        if node.msg is not None:
            self.visit(node.msg)

    def visit_Import(self, node):
        for alias in node.names:
            self._visit_alias(alias)

    visit_ImportFrom = visit_Import

    def _visit_alias(self, alias):
        name = alias.asname if alias.asname is not None else alias.name
        if name != '*':
            dot = name.find('.')
            store = name[:dot] if dot >= 0 else name
            self.add_def(store, DEF_IMPORT, _loc(alias))
        elif self.cur.type is not MODULE:
            raise self._error(_IMPORT_STAR, *_loc(alias))

    def visit_Global(self, node):
        self._declare(node, DEF_GLOBAL, _GLOBAL_PARAM, _GLOBAL_AFTER_USE,
                      _GLOBAL_ANNOT, _GLOBAL_AFTER_ASSIGN)

    def visit_Nonlocal(self, node):
        self._declare(node, DEF_NONLOCAL, _NONLOCAL_PARAM,
                      _NONLOCAL_AFTER_USE, _NONLOCAL_ANNOT,
                      _NONLOCAL_AFTER_ASSIGN)

    def _declare(self, node, flag, param_msg, use_msg, annot_msg,
                 assign_msg):
        loc = _loc(node)
        for name in node.names:
            cur = self._lookup_flags(name)
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT):
                if cur & DEF_PARAM:
                    msg = param_msg
                elif cur & USE:
                    msg = use_msg
                elif cur & DEF_ANNOT:
                    msg = annot_msg
                else:
                    msg = assign_msg
                raise self._error(msg % name, *loc)
            self.add_def(name, flag, loc)
            self._record_directive(name, loc)

    def visit_Expr(self, node):
        self.visit(node.value)

    def visit_Pass(self, node):
        pass

    visit_Break = visit_Continue = visit_Pass

    def visit_With(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                self.visit(item.optional_vars)
        self.visit_seq(node.body)

    visit_AsyncWith = visit_With

    # expressions

    def visit_NamedExpr(self, node):
        self._raise_if_annotation(node, 'named expression')
        if self.cur.comp_iter_expr > 0:
            raise self._error(_NAMED_EXPR_COMP_ITER_EXPR, *_loc(node))
        if self.cur.comprehension:
            self._extend_namedexpr_scope(node.target)
        self.visit(node.value)
        self.visit(node.target)

    def _extend_namedexpr_scope(self, target):
        name = target.id
        loc = _loc(target)
        for scope in reversed(self.stack):
            if scope.comprehension:
                if scope.symbols.get(name, 0) & DEF_COMP_ITER:
                    raise self._error(_NAMED_EXPR_COMP_CONFLICT % name,
                                      *loc)
                continue
            if scope.type is FUNCTION:
                if scope.symbols.get(name, 0) & DEF_GLOBAL:
                    self.add_def(name, DEF_GLOBAL, loc)
                else:
                    self.add_def(name, DEF_NONLOCAL, loc)
                self._record_directive(name, loc)
                self.add_def(name, DEF_LOCAL, loc, scope)
                return
            if scope.type is MODULE:
                self.add_def(name, DEF_GLOBAL, loc)
                self._record_directive(name, loc)
                self.add_def(name, DEF_GLOBAL, loc, scope)
                return
            if scope.type is CLASS:
                raise self._error(_NAMED_EXPR_COMP_IN_CLASS, *loc)
        raise SystemError('no scope for an assignment expression')

    def visit_BoolOp(self, node):
        self.visit_seq(node.values)

    def visit_BinOp(self, node):
        self.visit(node.left)
        self.visit(node.right)

    def visit_UnaryOp(self, node):
        self.visit(node.operand)

    def visit_Lambda(self, node):
        args = node.args
        self.visit_seq(args.defaults)
        self.visit_seq(args.kw_defaults)
        self._enter('lambda', FUNCTION, node, *_loc(node))
        self._visit_arguments(args)
        self.visit(node.body)
        self._exit()

    def visit_IfExp(self, node):
        self.visit(node.test)
        self.visit(node.body)
        self.visit(node.orelse)

    def visit_Dict(self, node):
        self.visit_seq(node.keys)
        self.visit_seq(node.values)

    def visit_Set(self, node):
        self.visit_seq(node.elts)

    def visit_GeneratorExp(self, node):
        self._comprehension(node, 'genexpr', GENERATOR_EXPRESSION,
                            node.elt, None)

    def visit_ListComp(self, node):
        self._comprehension(node, 'listcomp', LIST_COMPREHENSION,
                            node.elt, None)

    def visit_SetComp(self, node):
        self._comprehension(node, 'setcomp', SET_COMPREHENSION,
                            node.elt, None)

    def visit_DictComp(self, node):
        self._comprehension(node, 'dictcomp', DICT_COMPREHENSION,
                            node.key, node.value)

    def _comprehension(self, node, name, kind, elt, value):
        generators = node.generators
        outermost = generators[0]
        # The outermost iterable is evaluated in the enclosing scope.
        self.cur.comp_iter_expr += 1
        self.visit(outermost.iter)
        self.cur.comp_iter_expr -= 1
        scope = self._enter(name, FUNCTION, node, *_loc(node))
        scope.comprehension = kind
        if outermost.is_async:
            scope.coroutine = True
        self.add_def('.0', DEF_PARAM, _loc(node))
        scope.comp_iter_target = True
        self.visit(outermost.target)
        scope.comp_iter_target = False
        self.visit_seq(outermost.ifs)
        for gen in generators[1:]:
            scope.comp_iter_target = True
            self.visit(gen.target)
            scope.comp_iter_target = False
            scope.comp_iter_expr += 1
            self.visit(gen.iter)
            scope.comp_iter_expr -= 1
            self.visit_seq(gen.ifs)
            if gen.is_async:
                scope.coroutine = True
        if value is not None:
            self.visit(value)
        self.visit(elt)
        is_generator = kind == GENERATOR_EXPRESSION
        scope.generator = is_generator
        is_async = scope.coroutine and not is_generator
        self._exit()
        if is_async:
            self.cur.coroutine = True

    def visit_Yield(self, node):
        self._raise_if_annotation(node, 'yield expression')
        if node.value is not None:
            self.visit(node.value)
        self._mark_generator(node)

    def visit_YieldFrom(self, node):
        self._raise_if_annotation(node, 'yield expression')
        self.visit(node.value)
        self._mark_generator(node)

    def _mark_generator(self, node):
        cur = self.cur
        cur.generator = True
        if cur.comprehension:
            kind = cur.comprehension
            if kind == LIST_COMPREHENSION:
                msg = "'yield' inside list comprehension"
            elif kind == SET_COMPREHENSION:
                msg = "'yield' inside set comprehension"
            elif kind == DICT_COMPREHENSION:
                msg = "'yield' inside dict comprehension"
            else:
                msg = "'yield' inside generator expression"
            raise self._error(msg, *_loc(node))

    def visit_Await(self, node):
        self._raise_if_annotation(node, 'await expression')
        self.visit(node.value)
        self.cur.coroutine = True

    def visit_Compare(self, node):
        self.visit(node.left)
        self.visit_seq(node.comparators)

    def visit_keyword(self, node):
        self.visit(node.value)

    def visit_Call(self, node):
        self.visit(node.func)
        self.visit_seq(node.args)
        for kw in node.keywords:
            self.visit(kw.value)

    def visit_FormattedValue(self, node):
        self.visit(node.value)
        if node.format_spec is not None:
            self.visit(node.format_spec)

    def visit_JoinedStr(self, node):
        self.visit_seq(node.values)

    def visit_Constant(self, node):
        pass

    def visit_Attribute(self, node):
        self.visit(node.value)

    def visit_Subscript(self, node):
        self.visit(node.value)
        self.visit(node.slice)

    def visit_Starred(self, node):
        self.visit(node.value)

    def visit_Slice(self, node):
        if node.lower is not None:
            self.visit(node.lower)
        if node.upper is not None:
            self.visit(node.upper)
        if node.step is not None:
            self.visit(node.step)

    def visit_Name(self, node):
        load = type(node.ctx) is _ast.Load
        loc = _loc(node)
        self.add_def(node.id, USE if load else DEF_LOCAL, loc)
        # super() needs the __class__ cell of the enclosing class.
        if load and node.id == 'super' and self.cur.type is FUNCTION:
            self.add_def('__class__', USE, loc)

    def visit_List(self, node):
        self.visit_seq(node.elts)

    visit_Tuple = visit_List

    # patterns

    def visit_MatchValue(self, node):
        self.visit(node.value)

    def visit_MatchSingleton(self, node):
        pass

    def visit_MatchSequence(self, node):
        self.visit_seq(node.patterns)

    def visit_MatchStar(self, node):
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, _loc(node))

    def visit_MatchMapping(self, node):
        self.visit_seq(node.keys)
        self.visit_seq(node.patterns)
        if node.rest is not None:
            self.add_def(node.rest, DEF_LOCAL, _loc(node))

    def visit_MatchClass(self, node):
        self.visit(node.cls)
        self.visit_seq(node.patterns)
        self.visit_seq(node.kwd_patterns)

    def visit_MatchAs(self, node):
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name is not None:
            self.add_def(node.name, DEF_LOCAL, _loc(node))

    def visit_MatchOr(self, node):
        self.visit_seq(node.patterns)

    # arguments and annotations

    def _visit_arguments(self, args):
        for arg in args.posonlyargs:
            self.add_def(arg.arg, DEF_PARAM, _loc(arg))
        for arg in args.args:
            self.add_def(arg.arg, DEF_PARAM, _loc(arg))
        for arg in args.kwonlyargs:
            self.add_def(arg.arg, DEF_PARAM, _loc(arg))
        if args.vararg is not None:
            self.add_def(args.vararg.arg, DEF_PARAM, _loc(args.vararg))
            self.cur.varargs = True
        if args.kwarg is not None:
            self.add_def(args.kwarg.arg, DEF_PARAM, _loc(args.kwarg))
            self.cur.varkeywords = True

    def _visit_annotations(self, node, args, returns):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self._enter('_annotation', ANNOTATION, node, *_loc(node))
        for arg in args.posonlyargs:
            if arg.annotation is not None:
                self.visit(arg.annotation)
        for arg in args.args:
            if arg.annotation is not None:
                self.visit(arg.annotation)
        if args.vararg is not None and args.vararg.annotation is not None:
            self.visit(args.vararg.annotation)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            self.visit(args.kwarg.annotation)
        for arg in args.kwonlyargs:
            if arg.annotation is not None:
                self.visit(arg.annotation)
        if future:
            self._exit()
        if returns is not None:
            self._visit_annotation(returns)

    def _visit_annotation(self, annotation):
        future = self.future & CO_FUTURE_ANNOTATIONS
        if future:
            self._enter('_annotation', ANNOTATION, annotation,
                        *_loc(annotation))
        self.visit(annotation)
        if future:
            self._exit()

    def _raise_if_annotation(self, node, what):
        if self.cur.type is ANNOTATION:
            raise self._error(_ANNOTATION_NOT_ALLOWED % what, *_loc(node))

    # -- the analysis -----------------------------------------------------

    def _analyze(self):
        _analyze_block(self.top, None, set(), set())


def _error_at_directive(scope, name, msg):
    lineno, col, end_lineno, end_col = scope.directives[name]
    return symtable_error(msg, scope.table.filename, lineno, col,
                          end_lineno, end_col)


def _analyze_name(scope, scopes, name, flags, bound, local, free, global_):
    if flags & DEF_GLOBAL:
        if flags & DEF_NONLOCAL:
            raise _error_at_directive(
                scope, name, f"name '{name}' is nonlocal and global")
        scopes[name] = GLOBAL_EXPLICIT
        global_.add(name)
        if bound is not None:
            bound.discard(name)
        return
    if flags & DEF_NONLOCAL:
        if bound is None:
            raise _error_at_directive(
                scope, name,
                'nonlocal declaration not allowed at module level')
        if name not in bound:
            raise _error_at_directive(
                scope, name, f"no binding for nonlocal '{name}' found")
        scopes[name] = FREE
        scope.free = True
        free.add(name)
        return
    if flags & DEF_BOUND:
        scopes[name] = LOCAL
        local.add(name)
        global_.discard(name)
        return
    if bound is not None and name in bound:
        scopes[name] = FREE
        scope.free = True
        free.add(name)
        return
    if global_ is not None and name in global_:
        scopes[name] = GLOBAL_IMPLICIT
        return
    if scope.nested:
        scope.free = True
    scopes[name] = GLOBAL_IMPLICIT


def _analyze_block(scope, bound, free, global_):
    local = set()
    scopes = {}
    newglobal = set()
    newfree = set()
    newbound = set()
    is_class = scope.type is CLASS
    if is_class:
        # Class bindings are not visible in the functions it contains.
        newglobal |= global_
        if bound is not None:
            newbound |= bound
    for name, flags in scope.symbols.items():
        _analyze_name(scope, scopes, name, flags, bound, local, free,
                      global_)
    if not is_class:
        if scope.type is FUNCTION:
            newbound |= local
        if bound is not None:
            newbound |= bound
        newglobal |= global_
    else:
        newbound.add('__class__')
    allfree = set()
    for child in scope.children:
        child_free = set(newfree)
        _analyze_block(child, set(newbound), child_free, set(newglobal))
        allfree |= child_free
        if child.free or child.child_free:
            scope.child_free = True
    newfree |= allfree
    if scope.type is FUNCTION:
        for name, kind in scopes.items():
            if kind == LOCAL and name in newfree:
                scopes[name] = CELL
                newfree.discard(name)
    elif is_class:
        if '__class__' in newfree:
            newfree.discard('__class__')
            scope.needs_class_closure = True
    _update_symbols(scope, scopes, bound, newfree, is_class)
    free |= newfree


def _update_symbols(scope, scopes, bound, free, is_class):
    symbols = scope.symbols
    for name in free:
        flags = symbols.get(name)
        if flags is not None:
            # A free variable of a method that the class also binds.
            if is_class and flags & (DEF_BOUND | DEF_GLOBAL):
                symbols[name] = flags | DEF_FREE_CLASS
            continue
        if bound is not None and name not in bound:
            continue
        symbols[name] = 0
        scopes[name] = FREE
    scope.scopes = scopes


def build(mod, filename, future_features=0):
    """The symbol table of a module, expression or interactive tree."""
    return SymbolTable(filename, future_features).build(mod)
