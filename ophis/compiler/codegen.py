"""Code generation: AST to basic blocks of instructions, per code unit.

Follows CPython 3.11's Python/compile.c wherever the shape of the code is
observable: the line and columns of each instruction (tracebacks, tracing),
the order of evaluation, where NOPs stay for line events, how try/with/
finally unwind on return, break and continue, how classes, closures and
comprehensions are built.  The differences are Ophis's instruction set's
(ophis/bytecode/instructions.py): a call is ``callable, self_or_null,
args`` (PUSH_NULL after the callable), keyword names travel as a constant
for CALL_KW, and yield from/await use SEND with a SETUP_FINALLY around the
yield, as 3.12 does.

Each ``visit_<Node>`` emits the code of one node.  Statements set the
current location; expressions set it for their own instructions and
restore it afterwards.
"""

import _ast

from ophis.bytecode import instructions as _ins
from ophis.compiler import symtable as _st
from ophis.compiler.errors import compiler_error, compiler_warn
from ophis.compiler.flowgraph import Instr, NO_LOCATION, TERMINATORS
from ophis.compiler.symtable import mangle
from ophis.compiler.unit import (
    Unit, SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA, SCOPE_COMPREHENSION)

_I = _ins
STACK_USE_GUIDELINE = 30
CO_MAXBLOCKS = 20

CO_FUTURE_ANNOTATIONS = 0x1000000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000

# Kinds of frame block (what return, break and continue must unwind).
WHILE_LOOP = 'while'
FOR_LOOP = 'for'
TRY_EXCEPT = 'try-except'
FINALLY_TRY = 'finally-try'
FINALLY_END = 'finally-end'
WITH = 'with'
ASYNC_WITH = 'async-with'
HANDLER_CLEANUP = 'handler-cleanup'
POP_VALUE = 'pop-value'
EXCEPTION_HANDLER = 'exception-handler'
EXCEPTION_GROUP_HANDLER = 'exception-group-handler'
ASYNC_COMPREHENSION_GENERATOR = 'async-comprehension-generator'

# Comprehension kinds.
COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP = range(4)

_BINARY = {
    _ast.Add: 0, _ast.BitAnd: 1, _ast.FloorDiv: 2, _ast.LShift: 3,
    _ast.MatMult: 4, _ast.Mult: 5, _ast.Mod: 6, _ast.BitOr: 7,
    _ast.Pow: 8, _ast.RShift: 9, _ast.Sub: 10, _ast.Div: 11,
    _ast.BitXor: 12,
}
_UNARY = {
    _ast.UAdd: _I.UNARY_POSITIVE, _ast.USub: _I.UNARY_NEGATIVE,
    _ast.Not: _I.UNARY_NOT, _ast.Invert: _I.UNARY_INVERT,
}
# (opcode, arg) of each comparison operator.
_COMPARE = {
    _ast.Lt: (_I.COMPARE_OP, 0), _ast.LtE: (_I.COMPARE_OP, 1),
    _ast.Eq: (_I.COMPARE_OP, 2), _ast.NotEq: (_I.COMPARE_OP, 3),
    _ast.Gt: (_I.COMPARE_OP, 4), _ast.GtE: (_I.COMPARE_OP, 5),
    _ast.Is: (_I.IS_OP, 0), _ast.IsNot: (_I.IS_OP, 1),
    _ast.In: (_I.CONTAINS_OP, 0), _ast.NotIn: (_I.CONTAINS_OP, 1),
}

_Load, _Store, _Del = _ast.Load, _ast.Store, _ast.Del
_Constant, _Starred, _Name = _ast.Constant, _ast.Starred, _ast.Name


def loc_of(node):
    """The location of a node: (lineno, end_lineno, col, end_col)."""
    lineno = node.lineno
    col = node.col_offset
    end_lineno = node.end_lineno
    end_col = node.end_col_offset
    if end_lineno is None:
        end_lineno = lineno
    if end_col is None:
        end_col = col
    return (lineno, end_lineno, col, end_col)


def get_docstring(body):
    if body:
        first = body[0]
        if first.__class__ is _ast.Expr:
            value = first.value
            if value.__class__ is _Constant and \
                    value.value.__class__ is str:
                return value.value
    return None


def _is_const(node):
    return node.__class__ is _Constant


def _all_const(nodes):
    for node in nodes:
        if node.__class__ is not _Constant:
            return False
    return True


def _has_starred(nodes):
    for node in nodes:
        if node.__class__ is _Starred:
            return True
    return False


class FBlock:
    __slots__ = ('kind', 'block', 'exit', 'datum')

    def __init__(self, kind, block, exit, datum):
        self.kind = kind
        self.block = block
        self.exit = exit
        self.datum = datum


def find_ann(stmts):
    """Whether statements (not nested functions or classes) annotate a
    simple name, so the scope needs __annotations__."""
    for st in stmts:
        kind = st.__class__
        if kind is _ast.AnnAssign:
            return True
        if kind is _ast.For or kind is _ast.AsyncFor or \
                kind is _ast.While or kind is _ast.If:
            if find_ann(st.body) or find_ann(st.orelse):
                return True
        elif kind is _ast.With or kind is _ast.AsyncWith:
            if find_ann(st.body):
                return True
        elif kind is _ast.Try or kind is _ast.TryStar:
            for handler in st.handlers:
                if find_ann(handler.body):
                    return True
            if find_ann(st.body) or find_ann(st.finalbody) or \
                    find_ann(st.orelse):
                return True
        elif kind is _ast.Match:
            for case in st.cases:
                if find_ann(case.body):
                    return True
    return False


class CodeGen:
    """The code generator of one compilation (a module and everything
    nested in it)."""

    def __init__(self, filename, table, flags, optimize, interactive=False):
        self.filename = filename
        self.table = table
        self.flags = flags               # compiler flags, futures merged
        self.future_annotations = bool(flags & CO_FUTURE_ANNOTATIONS)
        self.optimize = optimize
        self.interactive = interactive
        self.future_lineno = -1
        self.u = None
        self.stack = []
        self.nestlevel = 0
        self._stmt_visitors = {}
        self._expr_visitors = {}

    # -- errors -----------------------------------------------------------

    def error(self, msg):
        return compiler_error(msg, self.filename, self.u.loc)

    def warn(self, msg):
        compiler_warn(msg, self.filename, self.u.loc)

    # -- emitting ---------------------------------------------------------

    def emit(self, op, arg=None):
        u = self.u
        if u.ended:
            block = u.new_block()
            u.cur.next = block
            u.cur = block
            u.ended = False
        u.cur.instrs.append(Instr(op, arg, None, u.loc))
        if op in TERMINATORS:
            u.ended = True

    def emit_noline(self, op, arg=None):
        u = self.u
        saved = u.loc
        u.loc = NO_LOCATION
        self.emit(op, arg)
        u.loc = saved

    def emit_jump(self, op, target):
        u = self.u
        if u.ended:
            block = u.new_block()
            u.cur.next = block
            u.cur = block
            u.ended = False
        u.cur.instrs.append(Instr(op, None, target, u.loc))
        if op in TERMINATORS:
            u.ended = True

    def emit_jump_noline(self, op, target):
        u = self.u
        saved = u.loc
        u.loc = NO_LOCATION
        self.emit_jump(op, target)
        u.loc = saved

    def load_const(self, value):
        self.emit(_I.LOAD_CONST, self.u.consts.add(value))

    def emit_name(self, op, name):
        """An instruction naming co_names[...] (mangled)."""
        u = self.u
        self.emit(op, u.names.add(mangle(u.private, name)))

    def new_block(self):
        return self.u.new_block()

    def use_next_block(self, block):
        u = self.u
        u.cur.next = block
        u.cur = block
        u.ended = False
        return block

    def next_block(self):
        return self.use_next_block(self.u.new_block())

    def set_loc(self, node):
        self.u.loc = loc_of(node)

    def unset_loc(self):
        self.u.loc = NO_LOCATION

    # -- frame blocks -----------------------------------------------------

    def push_fblock(self, kind, block, exit=None, datum=None):
        fblocks = self.u.fblocks
        if len(fblocks) >= CO_MAXBLOCKS:
            raise self.error('too many statically nested blocks')
        fblocks.append(FBlock(kind, block, exit, datum))

    def pop_fblock(self, kind, block):
        fb = self.u.fblocks.pop()
        assert fb.kind == kind and fb.block is block

    def unwind_fblock(self, info, preserve_tos):
        kind = info.kind
        if kind in (WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
                    ASYNC_COMPREHENSION_GENERATOR):
            return
        if kind is FOR_LOOP:
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.emit(_I.POP_TOP)
        elif kind is TRY_EXCEPT:
            self.emit(_I.POP_BLOCK)
        elif kind is FINALLY_TRY:
            # This POP_BLOCK gets the line of the unwinding statement.
            self.emit(_I.POP_BLOCK)
            if preserve_tos:
                self.push_fblock(POP_VALUE, None)
            self.visit_stmts(info.datum)
            if preserve_tos:
                self.pop_fblock(POP_VALUE, None)
            # The finally block should seem to run after the statement
            # that unwinds, so what follows is artificial.
            self.unset_loc()
        elif kind is FINALLY_END:
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.emit(_I.POP_TOP)
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.emit(_I.POP_BLOCK)
            self.emit(_I.POP_EXCEPT)
        elif kind is WITH or kind is ASYNC_WITH:
            self.set_loc(info.datum)
            self.emit(_I.POP_BLOCK)
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.call_exit_with_nones()
            if kind is ASYNC_WITH:
                self.emit(_I.GET_AWAITABLE, 2)
                self.load_const(None)
                self.add_yield_from(True)
            self.emit(_I.POP_TOP)
            self.unset_loc()
        elif kind is HANDLER_CLEANUP:
            if info.datum is not None:
                self.emit(_I.POP_BLOCK)
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.emit(_I.POP_BLOCK)
            self.emit(_I.POP_EXCEPT)
            if info.datum is not None:
                self.load_const(None)
                self.nameop(info.datum, _Store)
                self.nameop(info.datum, _Del)
        elif kind is POP_VALUE:
            if preserve_tos:
                self.emit(_I.SWAP, 2)
            self.emit(_I.POP_TOP)
        else:
            raise SystemError(f'unknown frame block {kind}')

    def unwind_fblock_stack(self, preserve_tos, want_loop):
        """Emit the unwinding of the frame blocks, innermost first, up to
        the innermost loop if want_loop; return that loop's block."""
        fblocks = self.u.fblocks
        if not fblocks:
            return None
        top = fblocks[-1]
        if top.kind is EXCEPTION_GROUP_HANDLER:
            raise self.error("'break', 'continue' and 'return' cannot "
                             "appear in an except* block")
        if want_loop and (top.kind is WHILE_LOOP or top.kind is FOR_LOOP):
            return top
        fblocks.pop()
        self.unwind_fblock(top, preserve_tos)
        loop = self.unwind_fblock_stack(preserve_tos, want_loop)
        fblocks.append(top)
        return loop

    # -- scopes -----------------------------------------------------------

    def enter_scope(self, name, scope_type, node, firstlineno):
        scope = self.table.lookup(node)
        u = Unit(scope, name, scope_type, firstlineno)
        if self.u is not None:
            u.private = self.u.private
            self.stack.append(self.u)
        self.u = u
        self.nestlevel += 1
        if scope_type == SCOPE_MODULE:
            u.loc = (0, firstlineno, 0, 0)
        else:
            self.set_qualname()
        self.emit(_I.RESUME, 0)
        if scope_type == SCOPE_MODULE:
            u.loc = NO_LOCATION
        return u

    def exit_scope(self):
        self.nestlevel -= 1
        self.u = self.stack.pop() if self.stack else None

    def set_qualname(self):
        u = self.u
        stack = self.stack
        base = None
        if len(stack) > 1:
            parent = stack[-1]
            force_global = False
            if u.scope_type in (SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
                                SCOPE_CLASS):
                mangled = mangle(parent.private, u.name)
                if parent.scope.scope_of(mangled) == _st.GLOBAL_EXPLICIT:
                    force_global = True
            if not force_global:
                if parent.scope_type in (SCOPE_FUNCTION,
                                         SCOPE_ASYNC_FUNCTION,
                                         SCOPE_LAMBDA):
                    base = parent.qualname + '.<locals>'
                else:
                    base = parent.qualname
        u.qualname = u.name if base is None else base + '.' + u.name

    def is_top_level_await(self):
        return bool(self.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) and \
            self.u.scope.type is _st.MODULE

    def make_code(self, add_none):
        from ophis.compiler.assemble import assemble
        return assemble(self, self.u, add_none)

    # -- modules ----------------------------------------------------------

    def compile_module(self, mod):
        kind = mod.__class__
        self.enter_scope('<module>', SCOPE_MODULE, mod, 1)
        self.u.loc = (1, -1, -1, -1)
        add_none = True
        if kind is _ast.Module:
            self.body(mod.body)
        elif kind is _ast.Interactive:
            if find_ann(mod.body):
                self.emit(_I.SETUP_ANNOTATIONS)
            self.interactive = True
            self.visit_stmts(mod.body)
        elif kind is _ast.Expression:
            self.visit_expr(mod.body)
            add_none = False
        else:
            raise SystemError(f'module kind {kind.__name__} should not be '
                              'possible')
        code = self.make_code(add_none)
        self.exit_scope()
        return code

    def body(self, stmts):
        """A module or class body: __annotations__, the docstring."""
        u = self.u
        if u.scope_type == SCOPE_MODULE and stmts:
            self.set_loc(stmts[0])
        if find_ann(stmts):
            self.emit(_I.SETUP_ANNOTATIONS)
        if not stmts:
            return
        start = 0
        if self.optimize < 2:
            docstring = get_docstring(stmts)
            if docstring is not None:
                start = 1
                self.visit_expr(stmts[0].value)
                self.unset_loc()
                self.nameop('__doc__', _Store)
        visit = self.visit_stmt
        for i in range(start, len(stmts)):
            visit(stmts[i])

    # -- statements -------------------------------------------------------

    def visit_stmts(self, stmts):
        visit = self.visit_stmt
        for st in stmts:
            visit(st)

    def visit_stmt(self, node):
        u = self.u
        u.loc = loc_of(node)
        cls = node.__class__
        method = self._stmt_visitors.get(cls)
        if method is None:
            method = getattr(self, 'visit_' + cls.__name__, None)
            if method is None:
                raise SystemError(f'unexpected statement {cls.__name__}')
            self._stmt_visitors[cls] = method
        method(node)

    def visit_FunctionDef(self, node):
        self.function(node, False)

    def visit_AsyncFunctionDef(self, node):
        self.function(node, True)

    def visit_ClassDef(self, node):
        from ophis.compiler.classes import compile_class
        compile_class(self, node)

    def visit_Return(self, node):
        value = node.value
        preserve_tos = value is not None and value.__class__ is not _Constant
        scope = self.u.scope
        if scope.type is not _st.FUNCTION:
            raise self.error("'return' outside function")
        if value is not None and scope.coroutine and scope.generator:
            raise self.error("'return' with value in async generator")
        if preserve_tos:
            self.visit_expr(value)
        elif value is not None:
            # An instruction with the line of the returned constant.
            self.set_loc(value)
            self.emit(_I.NOP)
        if value is None or value.lineno != node.lineno:
            self.set_loc(node)
            self.emit(_I.NOP)
        self.unwind_fblock_stack(preserve_tos, False)
        if value is None:
            self.load_const(None)
        elif not preserve_tos:
            self.load_const(value.value)
        self.emit(_I.RETURN_VALUE)
        self.next_block()

    def visit_Delete(self, node):
        for target in node.targets:
            self.visit_expr(target)

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        targets = node.targets
        last = len(targets) - 1
        for i, target in enumerate(targets):
            if i < last:
                self.emit(_I.COPY, 1)
            self.visit_expr(target)

    def visit_AugAssign(self, node):
        target = node.target
        u = self.u
        saved = u.loc
        u.loc = loc_of(target)
        kind = target.__class__
        if kind is _ast.Attribute:
            self.visit_expr(target.value)
            self.emit(_I.COPY, 1)
            self.update_start_location_to_match_attr(target)
            self.emit_name(_I.LOAD_ATTR, target.attr)
        elif kind is _ast.Subscript:
            self.visit_expr(target.value)
            self.visit_expr(target.slice)
            self.emit(_I.COPY, 2)
            self.emit(_I.COPY, 2)
            self.emit(_I.BINARY_SUBSCR)
        elif kind is _Name:
            self.nameop(target.id, _Load)
        else:
            raise SystemError(f'invalid node type ({kind.__name__}) for '
                              'augmented assignment')
        u.loc = saved
        self.visit_expr(node.value)
        self.emit(_I.BINARY_OP, _BINARY[node.op.__class__] + _I.NB_INPLACE)
        u.loc = loc_of(target)
        if kind is _ast.Attribute:
            self.update_start_location_to_match_attr(target)
            self.emit(_I.SWAP, 2)
            self.emit_name(_I.STORE_ATTR, target.attr)
        elif kind is _ast.Subscript:
            self.emit(_I.SWAP, 3)
            self.emit(_I.SWAP, 2)
            self.emit(_I.STORE_SUBSCR)
        else:
            self.nameop(target.id, _Store)

    def visit_AnnAssign(self, node):
        from ophis.compiler.annotations import compile_annassign
        compile_annassign(self, node)

    def visit_For(self, node):
        start = self.new_block()
        body = self.new_block()
        cleanup = self.new_block()
        end = self.new_block()
        self.push_fblock(FOR_LOOP, start, end)
        self.visit_expr(node.iter)
        self.emit(_I.GET_ITER)
        self.use_next_block(start)
        self.emit_jump(_I.FOR_ITER, cleanup)
        self.use_next_block(body)
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        # The jump back is artificial.
        self.unset_loc()
        self.emit_jump(_I.JUMP, start)
        self.use_next_block(cleanup)
        self.pop_fblock(FOR_LOOP, start)
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_AsyncFor(self, node):
        if self.is_top_level_await():
            self.u.scope.coroutine = True
        elif self.u.scope_type != SCOPE_ASYNC_FUNCTION:
            raise self.error("'async for' outside async function")
        start = self.new_block()
        except_ = self.new_block()
        end = self.new_block()
        self.visit_expr(node.iter)
        self.emit(_I.GET_AITER)
        self.use_next_block(start)
        self.push_fblock(FOR_LOOP, start, end)
        # SETUP_FINALLY guards the __anext__ call.
        self.emit_jump(_I.SETUP_FINALLY, except_)
        self.emit(_I.GET_ANEXT)
        self.load_const(None)
        self.add_yield_from(True)
        self.emit(_I.POP_BLOCK)
        self.visit_expr(node.target)
        self.visit_stmts(node.body)
        self.unset_loc()
        self.emit_jump(_I.JUMP, start)
        self.pop_fblock(FOR_LOOP, start)
        self.use_next_block(except_)
        # END_ASYNC_FOR has the line of the iterator: it ends the for,
        # not the body.
        self.set_loc(node.iter)
        self.emit(_I.END_ASYNC_FOR)
        self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_While(self, node):
        loop = self.new_block()
        body = self.new_block()
        anchor = self.new_block()
        end = self.new_block()
        self.use_next_block(loop)
        self.push_fblock(WHILE_LOOP, loop, end)
        self.jump_if(node.test, anchor, False)
        self.use_next_block(body)
        self.visit_stmts(node.body)
        self.set_loc(node)
        self.jump_if(node.test, body, True)
        self.pop_fblock(WHILE_LOOP, loop)
        self.use_next_block(anchor)
        if node.orelse:
            self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_If(self, node):
        end = self.new_block()
        if node.orelse:
            next_ = self.new_block()
        else:
            next_ = end
        self.jump_if(node.test, next_, False)
        self.visit_stmts(node.body)
        if node.orelse:
            self.emit_jump_noline(_I.JUMP, end)
            self.use_next_block(next_)
            self.visit_stmts(node.orelse)
        self.use_next_block(end)

    def visit_Match(self, node):
        from ophis.compiler.patterns import compile_match
        compile_match(self, node)

    def visit_Raise(self, node):
        count = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            count += 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                count += 1
        self.emit(_I.RAISE_VARARGS, count)
        self.next_block()

    def visit_Try(self, node):
        from ophis.compiler import exceptions
        if node.finalbody:
            exceptions.try_finally(self, node)
        else:
            exceptions.try_except(self, node)

    def visit_TryStar(self, node):
        from ophis.compiler import exceptions
        if node.finalbody:
            exceptions.try_star_finally(self, node)
        else:
            exceptions.try_star_except(self, node)

    def visit_Assert(self, node):
        test = node.test
        if (test.__class__ is _ast.Tuple and test.elts) or (
                test.__class__ is _Constant and
                isinstance(test.value, tuple) and test.value):
            self.warn('assertion is always true, perhaps remove '
                      'parentheses?')
        if self.optimize:
            return
        end = self.new_block()
        self.jump_if(test, end, True)
        self.emit(_I.LOAD_ASSERTION_ERROR)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit(_I.CALL, 0)
        self.emit(_I.RAISE_VARARGS, 1)
        self.use_next_block(end)

    def visit_Import(self, node):
        for alias in node.names:
            self.load_const(0)
            self.load_const(None)
            self.emit_name(_I.IMPORT_NAME, alias.name)
            name = alias.name
            if alias.asname is not None:
                self.import_as(name, alias.asname)
            else:
                dot = name.find('.')
                self.nameop(name[:dot] if dot >= 0 else name, _Store)

    def import_as(self, name, asname):
        dot = name.find('.')
        if dot >= 0:
            parts = name.split('.')
            for i, attr in enumerate(parts[1:]):
                self.emit(_I.IMPORT_FROM,
                          self.u.names.add(attr))
                if i < len(parts) - 2:
                    self.emit(_I.SWAP, 2)
                    self.emit(_I.POP_TOP)
            self.nameop(asname, _Store)
            self.emit(_I.POP_TOP)
        else:
            self.nameop(asname, _Store)

    def visit_ImportFrom(self, node):
        names = node.names
        # level is optional in the grammar of ASTs (int? level): a tree
        # built by hand may leave it None, which CPython compiles as 0.
        self.load_const(node.level or 0)
        if node.lineno > self.future_lineno and node.module == '__future__':
            raise self.error('from __future__ imports must occur at the '
                             'beginning of the file')
        self.load_const(tuple(alias.name for alias in names))
        self.emit_name(_I.IMPORT_NAME, node.module or '')
        for i, alias in enumerate(names):
            if i == 0 and alias.name[:1] == '*':
                self.emit(_I.IMPORT_STAR)
                return
            self.emit_name(_I.IMPORT_FROM, alias.name)
            store = alias.asname if alias.asname is not None else alias.name
            self.nameop(store, _Store)
        self.emit(_I.POP_TOP)

    def visit_Global(self, node):
        pass

    visit_Nonlocal = visit_Global

    def visit_Expr(self, node):
        value = node.value
        if self.interactive and self.nestlevel <= 1:
            self.visit_expr(value)
            self.emit(_I.PRINT_EXPR)
            return
        if value.__class__ is _Constant:
            # A constant statement does nothing but has a line.
            self.emit(_I.NOP)
            return
        self.visit_expr(value)
        # The POP_TOP is artificial; so is what follows, until the next
        # location is set (CPython leaves its location unset).
        self.unset_loc()
        self.emit(_I.POP_TOP)

    def visit_Pass(self, node):
        self.emit(_I.NOP)

    def visit_Break(self, node):
        loc = self.u.loc
        self.emit(_I.NOP)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            # Unwinding a with block unset the location: the error is the
            # statement's, as CPython reports it.
            self.u.loc = loc
            raise self.error("'break' outside loop")
        self.unwind_fblock(loop, False)
        self.emit_jump(_I.JUMP, loop.exit)
        self.next_block()

    def visit_Continue(self, node):
        loc = self.u.loc
        self.emit(_I.NOP)
        loop = self.unwind_fblock_stack(False, True)
        if loop is None:
            self.u.loc = loc
            raise self.error("'continue' not properly in loop")
        self.emit_jump(_I.JUMP, loop.block)
        self.next_block()

    def visit_With(self, node):
        from ophis.compiler import exceptions
        exceptions.with_(self, node, 0)

    def visit_AsyncWith(self, node):
        from ophis.compiler import exceptions
        exceptions.async_with(self, node, 0)

    def call_exit_with_nones(self):
        # The exit function is called as a method of None: CALL 2 with
        # None in the self slot passes three Nones.
        self.load_const(None)
        self.load_const(None)
        self.load_const(None)
        self.emit(_I.CALL, 2)

    def add_yield_from(self, is_await):
        """The loop of a yield from or await: the receiver and the value
        to send are on the stack; leaves the result."""
        send = self.new_block()
        fail = self.new_block()
        exit_ = self.new_block()
        self.use_next_block(send)
        self.emit_jump(_I.SEND, exit_)
        # A virtual try around the yield: when a throw() or close() into
        # the receiver ends it with StopIteration, CLEANUP_THROW turns
        # that into the result.
        self.emit_jump(_I.SETUP_FINALLY, fail)
        self.emit(_I.YIELD_VALUE, 0)
        self.emit_noline(_I.POP_BLOCK)
        self.emit(_I.RESUME, _I.RESUME_AFTER_AWAIT if is_await
                  else _I.RESUME_AFTER_YIELD_FROM)
        self.emit_jump(_I.JUMP_NO_INTERRUPT, send)
        self.use_next_block(fail)
        fail.uncounted_exit = True
        self.emit(_I.CLEANUP_THROW)
        self.use_next_block(exit_)

    def add_yield(self):
        scope = self.u.scope
        if scope.generator and scope.coroutine:
            self.emit(_I.ASYNC_GEN_WRAP)
        self.emit(_I.YIELD_VALUE, 0)
        self.emit(_I.RESUME, _I.RESUME_AFTER_YIELD)

    # -- names ------------------------------------------------------------

    def nameop(self, name, ctx):
        u = self.u
        ctx_kind = ctx if ctx.__class__ is type else ctx.__class__
        if name == '__debug__':
            if ctx_kind is _Store:
                raise self.error('cannot assign to __debug__')
            if ctx_kind is _Del:
                raise self.error('cannot delete __debug__')
        mangled = mangle(u.private, name)
        scope = u.scope
        kind = scope.scopes.get(mangled, 0)
        is_function = scope.type is _st.FUNCTION
        if kind == _st.FREE or kind == _st.CELL:
            if kind == _st.FREE:
                arg = u.freevars[mangled]
            else:
                arg = u.cellvars[mangled]
            if ctx_kind is _Load:
                op = (_I.LOAD_CLASSDEREF if scope.type is _st.CLASS
                      else _I.LOAD_DEREF)
            elif ctx_kind is _Store:
                op = _I.STORE_DEREF
            else:
                op = _I.DELETE_DEREF
            self.emit(op, arg)
            return
        if kind == _st.LOCAL and is_function:
            if ctx_kind is _Load:
                op = _I.LOAD_FAST
            elif ctx_kind is _Store:
                op = _I.STORE_FAST
            else:
                op = _I.DELETE_FAST
            self.emit(op, u.varnames.add(mangled))
            return
        if kind == _st.GLOBAL_EXPLICIT or (
                kind == _st.GLOBAL_IMPLICIT and is_function):
            if ctx_kind is _Load:
                self.emit(_I.LOAD_GLOBAL, u.names.add(mangled) << 1)
                return
            op = _I.STORE_GLOBAL if ctx_kind is _Store else _I.DELETE_GLOBAL
        elif ctx_kind is _Load:
            op = _I.LOAD_NAME
        elif ctx_kind is _Store:
            op = _I.STORE_NAME
        else:
            op = _I.DELETE_NAME
        self.emit(op, u.names.add(mangled))

    # -- expressions ------------------------------------------------------

    def visit_expr(self, node):
        u = self.u
        saved = u.loc
        lineno = node.lineno
        end_lineno = node.end_lineno
        col = node.col_offset
        end_col = node.end_col_offset
        u.loc = (lineno, lineno if end_lineno is None else end_lineno,
                 col, col if end_col is None else end_col)
        cls = node.__class__
        method = self._expr_visitors.get(cls)
        if method is None:
            method = getattr(self, 'visit_' + cls.__name__, None)
            if method is None:
                raise SystemError(f'unexpected expression {cls.__name__}')
            self._expr_visitors[cls] = method
        method(node)
        u.loc = saved

    def visit_exprs(self, nodes):
        visit = self.visit_expr
        for node in nodes:
            visit(node)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(_I.COPY, 1)
        self.visit_expr(node.target)

    def visit_BoolOp(self, node):
        jump = (_I.JUMP_IF_FALSE_OR_POP if node.op.__class__ is _ast.And
                else _I.JUMP_IF_TRUE_OR_POP)
        end = self.new_block()
        values = node.values
        for value in values[:-1]:
            self.visit_expr(value)
            self.emit_jump(jump, end)
            self.next_block()
        self.visit_expr(values[-1])
        self.use_next_block(end)

    def visit_BinOp(self, node):
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.emit(_I.BINARY_OP, _BINARY[node.op.__class__])

    def visit_UnaryOp(self, node):
        self.visit_expr(node.operand)
        self.emit(_UNARY[node.op.__class__])

    def visit_Lambda(self, node):
        from ophis.compiler.functions import compile_lambda
        compile_lambda(self, node)

    def visit_IfExp(self, node):
        end = self.new_block()
        next_ = self.new_block()
        self.jump_if(node.test, next_, False)
        self.visit_expr(node.body)
        self.emit_jump_noline(_I.JUMP, end)
        self.use_next_block(next_)
        self.visit_expr(node.orelse)
        self.use_next_block(end)

    def visit_Dict(self, node):
        keys = node.keys
        values = node.values
        n = len(values)
        have_dict = False
        elements = 0
        for i in range(n):
            if keys[i] is None:
                if elements:
                    self.subdict(node, i - elements, i)
                    if have_dict:
                        self.emit(_I.DICT_UPDATE, 1)
                    have_dict = True
                    elements = 0
                if not have_dict:
                    self.emit(_I.BUILD_MAP, 0)
                    have_dict = True
                self.visit_expr(values[i])
                self.emit(_I.DICT_UPDATE, 1)
            else:
                if elements * 2 > STACK_USE_GUIDELINE:
                    self.subdict(node, i - elements, i + 1)
                    if have_dict:
                        self.emit(_I.DICT_UPDATE, 1)
                    have_dict = True
                    elements = 0
                else:
                    elements += 1
        if elements:
            self.subdict(node, n - elements, n)
            if have_dict:
                self.emit(_I.DICT_UPDATE, 1)
            have_dict = True
        if not have_dict:
            self.emit(_I.BUILD_MAP, 0)

    def subdict(self, node, begin, end):
        keys = node.keys
        values = node.values
        n = end - begin
        big = n * 2 > STACK_USE_GUIDELINE
        if n > 1 and not big and _all_const(keys[begin:end]):
            for i in range(begin, end):
                self.visit_expr(values[i])
            self.load_const(tuple(k.value for k in keys[begin:end]))
            self.emit(_I.BUILD_CONST_KEY_MAP, n)
            return
        if big:
            self.emit(_I.BUILD_MAP, 0)
        for i in range(begin, end):
            self.visit_expr(keys[i])
            self.visit_expr(values[i])
            if big:
                self.emit(_I.MAP_ADD, 1)
        if not big:
            self.emit(_I.BUILD_MAP, n)

    def visit_Set(self, node):
        self.starunpack(node.elts, 0, _I.BUILD_SET, _I.SET_ADD,
                        _I.SET_UPDATE, False)

    def visit_GeneratorExp(self, node):
        from ophis.compiler.comprehensions import compile_comprehension
        compile_comprehension(self, node, COMP_GENEXP, '<genexpr>',
                              node.elt, None)

    def visit_ListComp(self, node):
        from ophis.compiler.comprehensions import compile_comprehension
        compile_comprehension(self, node, COMP_LISTCOMP, '<listcomp>',
                              node.elt, None)

    def visit_SetComp(self, node):
        from ophis.compiler.comprehensions import compile_comprehension
        compile_comprehension(self, node, COMP_SETCOMP, '<setcomp>',
                              node.elt, None)

    def visit_DictComp(self, node):
        from ophis.compiler.comprehensions import compile_comprehension
        compile_comprehension(self, node, COMP_DICTCOMP, '<dictcomp>',
                              node.key, node.value)

    def visit_Yield(self, node):
        if self.u.scope.type is not _st.FUNCTION:
            raise self.error("'yield' outside function")
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_const(None)
        self.add_yield()

    def visit_YieldFrom(self, node):
        if self.u.scope.type is not _st.FUNCTION:
            raise self.error("'yield' outside function")
        if self.u.scope_type == SCOPE_ASYNC_FUNCTION:
            raise self.error("'yield from' inside async function")
        self.visit_expr(node.value)
        self.emit(_I.GET_YIELD_FROM_ITER)
        self.load_const(None)
        self.add_yield_from(False)

    def visit_Await(self, node):
        if not self.is_top_level_await():
            if self.u.scope.type is not _st.FUNCTION:
                raise self.error("'await' outside function")
            if self.u.scope_type != SCOPE_ASYNC_FUNCTION and \
                    self.u.scope_type != SCOPE_COMPREHENSION:
                raise self.error("'await' outside async function")
        self.visit_expr(node.value)
        self.emit(_I.GET_AWAITABLE, 0)
        self.load_const(None)
        self.add_yield_from(True)

    def visit_Compare(self, node):
        self.check_compare(node)
        self.visit_expr(node.left)
        ops = node.ops
        comparators = node.comparators
        n = len(ops) - 1
        if n == 0:
            self.visit_expr(comparators[0])
            self.emit(*_COMPARE[ops[0].__class__])
            return
        cleanup = self.new_block()
        for i in range(n):
            self.visit_expr(comparators[i])
            self.emit(_I.SWAP, 2)
            self.emit(_I.COPY, 2)
            self.emit(*_COMPARE[ops[i].__class__])
            self.emit_jump(_I.JUMP_IF_FALSE_OR_POP, cleanup)
        self.visit_expr(comparators[n])
        self.emit(*_COMPARE[ops[n].__class__])
        end = self.new_block()
        self.emit_jump_noline(_I.JUMP, end)
        self.use_next_block(cleanup)
        self.emit(_I.SWAP, 2)
        self.emit(_I.POP_TOP)
        self.use_next_block(end)

    def check_compare(self, node):
        left = _is_arg_ok(node.left)
        for op, right_node in zip(node.ops, node.comparators):
            right = _is_arg_ok(right_node)
            kind = op.__class__
            if kind is _ast.Is or kind is _ast.IsNot:
                if not right or not left:
                    if kind is _ast.Is:
                        self.warn('"is" with a literal. Did you mean "=="?')
                    else:
                        self.warn('"is not" with a literal. Did you mean '
                                  '"!="?')
                    return
            left = right

    def visit_Call(self, node):
        from ophis.compiler.calls import compile_call
        compile_call(self, node)

    def visit_Constant(self, node):
        self.load_const(node.value)

    def visit_JoinedStr(self, node):
        values = node.values
        if len(values) > STACK_USE_GUIDELINE:
            self.load_const('')
            self.emit_name(_I.LOAD_METHOD, 'join')
            self.emit(_I.BUILD_LIST, 0)
            for value in values:
                self.visit_expr(value)
                self.emit(_I.LIST_APPEND, 1)
            self.emit(_I.CALL, 1)
        else:
            self.visit_exprs(values)
            if len(values) != 1:
                self.emit(_I.BUILD_STRING, len(values))

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        conversion = node.conversion
        if conversion == 115:
            arg = _I.FVC_STR
        elif conversion == 114:
            arg = _I.FVC_REPR
        elif conversion == 97:
            arg = _I.FVC_ASCII
        elif conversion == -1 or conversion is None:
            arg = _I.FVC_NONE
        else:
            raise SystemError(
                f'Unrecognized conversion character {conversion}')
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            arg |= _I.FVS_HAVE_SPEC
        self.emit(_I.FORMAT_VALUE, arg)

    def update_start_location_to_match_attr(self, attr):
        """An attribute access that spans lines points at its last line,
        where the attribute name is."""
        u = self.u
        lineno, end_lineno, col, end_col = u.loc
        attr_end_lineno = attr.end_lineno
        if attr_end_lineno is None:
            attr_end_lineno = attr.lineno
        if lineno != attr_end_lineno:
            lineno = attr_end_lineno
            length = len(attr.attr)
            attr_end_col = attr.end_col_offset
            if attr_end_col is not None and length <= attr_end_col:
                col = attr_end_col - length
            else:
                col = -1
                end_col = -1
            end_lineno = max(lineno, end_lineno)
            if lineno == end_lineno:
                end_col = max(col, end_col)
            u.loc = (lineno, end_lineno, col, end_col)

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        self.update_start_location_to_match_attr(node)
        ctx = node.ctx.__class__
        if ctx is _Load:
            self.emit_name(_I.LOAD_ATTR, node.attr)
        elif ctx is _Store:
            if node.attr == '__debug__':
                raise self.error('cannot assign to __debug__')
            self.emit_name(_I.STORE_ATTR, node.attr)
        else:
            self.emit_name(_I.DELETE_ATTR, node.attr)

    def visit_Subscript(self, node):
        ctx = node.ctx.__class__
        if ctx is _Load:
            self.check_subscripter(node.value)
            self.check_index(node.value, node.slice)
        index = node.slice
        if index.__class__ is _ast.Slice and index.step is None and \
                ctx is not _Del:
            # A two-part slice: no slice object is built.
            self.visit_expr(node.value)
            self.slice_bound(index.lower)
            self.slice_bound(index.upper)
            self.emit(_I.BINARY_SLICE if ctx is _Load else _I.STORE_SLICE)
            return
        self.visit_expr(node.value)
        self.visit_expr(index)
        if ctx is _Load:
            self.emit(_I.BINARY_SUBSCR)
        elif ctx is _Store:
            self.emit(_I.STORE_SUBSCR)
        else:
            self.emit(_I.DELETE_SUBSCR)

    def slice_bound(self, node):
        if node is None:
            self.load_const(None)
        else:
            self.visit_expr(node)

    def visit_Starred(self, node):
        if node.ctx.__class__ is _Store:
            raise self.error('starred assignment target must be in a list '
                             'or tuple')
        raise self.error("can't use starred expression here")

    def visit_Slice(self, node):
        self.slice_bound(node.lower)
        self.slice_bound(node.upper)
        count = 2
        if node.step is not None:
            count = 3
            self.visit_expr(node.step)
        self.emit(_I.BUILD_SLICE, count)

    def visit_Name(self, node):
        self.nameop(node.id, node.ctx)

    def visit_List(self, node):
        ctx = node.ctx.__class__
        if ctx is _Store:
            self.assignment_helper(node.elts)
        elif ctx is _Load:
            self.starunpack(node.elts, 0, _I.BUILD_LIST, _I.LIST_APPEND,
                            _I.LIST_EXTEND, False)
        else:
            self.visit_exprs(node.elts)

    def visit_Tuple(self, node):
        ctx = node.ctx.__class__
        if ctx is _Store:
            self.assignment_helper(node.elts)
        elif ctx is _Load:
            self.starunpack(node.elts, 0, _I.BUILD_LIST, _I.LIST_APPEND,
                            _I.LIST_EXTEND, True)
        else:
            self.visit_exprs(node.elts)

    def starunpack(self, elts, pushed, build, add, extend, tuple_):
        n = len(elts)
        if n > 2 and _all_const(elts):
            folded = tuple(e.value for e in elts)
            if tuple_ and not pushed:
                self.load_const(folded)
            else:
                if add == _I.SET_ADD:
                    folded = frozenset(folded)
                self.emit(build, pushed)
                self.load_const(folded)
                self.emit(extend, 1)
                if tuple_:
                    self.emit(_I.LIST_TO_TUPLE)
            return
        big = n + pushed > STACK_USE_GUIDELINE
        seen_star = _has_starred(elts)
        if not seen_star and not big:
            self.visit_exprs(elts)
            self.emit(_I.BUILD_TUPLE if tuple_ else build, n + pushed)
            return
        built = False
        if big:
            self.emit(build, pushed)
            built = True
        for i, elt in enumerate(elts):
            if elt.__class__ is _Starred:
                if not built:
                    self.emit(build, i + pushed)
                    built = True
                self.visit_expr(elt.value)
                self.emit(extend, 1)
            else:
                self.visit_expr(elt)
                if built:
                    self.emit(add, 1)
        if tuple_:
            self.emit(_I.LIST_TO_TUPLE)

    def unpack_helper(self, elts):
        n = len(elts)
        seen_star = False
        for i, elt in enumerate(elts):
            if elt.__class__ is _Starred and not seen_star:
                if i >= 1 << 8 or n - i - 1 >= (2 ** 31 - 1) >> 8:
                    raise self.error('too many expressions in '
                                     'star-unpacking assignment')
                self.emit(_I.UNPACK_EX, i + ((n - i - 1) << 8))
                seen_star = True
            elif elt.__class__ is _Starred:
                raise self.error('multiple starred expressions in '
                                 'assignment')
        if not seen_star:
            self.emit(_I.UNPACK_SEQUENCE, n)

    def assignment_helper(self, elts):
        self.unpack_helper(elts)
        for elt in elts:
            self.visit_expr(elt.value if elt.__class__ is _Starred else elt)

    # -- warnings about obvious type errors ---------------------------------

    def check_subscripter(self, node):
        kind = node.__class__
        if kind is _Constant:
            value = node.value
            if not (value is None or value is Ellipsis or
                    isinstance(value, (int, float, complex, set,
                                       frozenset))):
                return
        elif kind not in (_ast.Set, _ast.SetComp, _ast.GeneratorExp,
                          _ast.Lambda):
            return
        self.warn(f"'{infer_type_name(node)}' object is not subscriptable; "
                  'perhaps you missed a comma?')

    def check_index(self, node, index):
        index_type = infer_type_name(index)
        if index_type is None or index_type in ('int', 'bool', 'slice'):
            return
        if index.__class__ is _Constant and isinstance(index.value, int):
            return
        kind = node.__class__
        if kind is _Constant:
            if not isinstance(node.value, (str, bytes, tuple)):
                return
        elif kind not in (_ast.Tuple, _ast.List, _ast.ListComp,
                          _ast.JoinedStr, _ast.FormattedValue):
            return
        self.warn(f'{infer_type_name(node)} indices must be integers or '
                  f'slices, not {index_type}; perhaps you missed a comma?')

    # -- conditional jumps --------------------------------------------------

    def jump_if(self, node, target, cond):
        """Jump to target if node's truth is cond, else fall through."""
        kind = node.__class__
        if kind is _ast.UnaryOp:
            if node.op.__class__ is _ast.Not:
                return self.jump_if(node.operand, target, not cond)
        elif kind is _ast.BoolOp:
            values = node.values
            cond2 = node.op.__class__ is _ast.Or
            next2 = target
            if cond2 != cond:
                next2 = self.new_block()
            for value in values[:-1]:
                self.jump_if(value, next2, cond2)
            self.jump_if(values[-1], target, cond)
            if next2 is not target:
                self.use_next_block(next2)
            return
        elif kind is _ast.IfExp:
            end = self.new_block()
            next2 = self.new_block()
            self.jump_if(node.test, next2, False)
            self.jump_if(node.body, target, cond)
            self.emit_jump_noline(_I.JUMP, end)
            self.use_next_block(next2)
            self.jump_if(node.orelse, target, cond)
            self.use_next_block(end)
            return
        elif kind is _ast.Compare and len(node.ops) > 1:
            u = self.u
            u.loc = loc_of(node)
            self.check_compare(node)
            cleanup = self.new_block()
            self.visit_expr(node.left)
            ops = node.ops
            comparators = node.comparators
            n = len(ops) - 1
            for i in range(n):
                self.visit_expr(comparators[i])
                self.emit(_I.SWAP, 2)
                self.emit(_I.COPY, 2)
                self.emit(*_COMPARE[ops[i].__class__])
                self.emit_jump(_I.POP_JUMP_IF_FALSE, cleanup)
            self.visit_expr(comparators[n])
            self.emit(*_COMPARE[ops[n].__class__])
            self.emit_jump(_I.POP_JUMP_IF_TRUE if cond
                           else _I.POP_JUMP_IF_FALSE, target)
            end = self.new_block()
            self.emit_jump_noline(_I.JUMP, end)
            self.use_next_block(cleanup)
            self.emit(_I.POP_TOP)
            if not cond:
                self.emit_jump_noline(_I.JUMP, target)
            self.use_next_block(end)
            return
        elif kind is _ast.Compare:
            # The jump of a comparison has the comparison's location, and
            # (as in 3.11) so has what follows, until a new location.
            self.u.loc = loc_of(node)
        self.visit_expr(node)
        self.emit_jump(_I.POP_JUMP_IF_TRUE if cond else _I.POP_JUMP_IF_FALSE,
                       target)

    # -- functions (the rest is in functions.py) ----------------------------

    def function(self, node, is_async):
        from ophis.compiler.functions import compile_function
        compile_function(self, node, is_async)


def _is_arg_ok(node):
    """Whether node may be an operand of ``is`` without a warning."""
    if node.__class__ is not _Constant:
        return True
    value = node.value
    return value is None or value is False or value is True or \
        value is Ellipsis


_INFERRED = {
    _ast.Tuple: 'tuple', _ast.List: 'list', _ast.ListComp: 'list',
    _ast.Dict: 'dict', _ast.DictComp: 'dict', _ast.Set: 'set',
    _ast.SetComp: 'set', _ast.GeneratorExp: 'generator',
    _ast.Lambda: 'function', _ast.JoinedStr: 'str',
    _ast.FormattedValue: 'str',
}


def infer_type_name(node):
    """The name of the type a node evaluates to, if the node says so."""
    kind = node.__class__
    if kind is _Constant:
        return type(node.value).__name__
    return _INFERRED.get(kind)
