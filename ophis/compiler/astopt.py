"""Constant folding on the AST, as CPython 3.11's Python/ast_opt.c.

Runs before the symbol table.  Folds unary and binary operations, tuples
and subscripts whose operands are constants (with CPython's limits on the
size of the results, so ``'x' * 10**9`` stays an expression), ``__debug__``
(a constant: False under -O), lists and sets after ``in``/``not in`` and
as ``for`` iterables (tuples and frozensets), and ``'%s' % (a, b)`` with
only simple ``%s``/``%r``/``%a`` units into an f-string.

The caller's tree is never changed (compile() accepts trees built by user
code, which may use them again): a node whose children change is copied,
and the copy returned.
"""

import _ast

_AST = _ast.AST
_Constant = _ast.Constant
_Load = _ast.Load

MAX_INT_SIZE = 128          # bits
MAX_COLLECTION_SIZE = 256   # items
MAX_STR_SIZE = 4096         # characters
MAX_TOTAL_ITEMS = 1024      # including nested collections

CO_FUTURE_ANNOTATIONS = 0x1000000

_NO_VALUE = object()


def _copy(node, **changes):
    cls = node.__class__
    new = cls.__new__(cls)
    new.__dict__.update(node.__dict__)
    new.__dict__.update(changes)
    return new


def _const_like(node, value):
    new = _Constant.__new__(_Constant)
    d = new.__dict__
    d['value'] = value
    d['kind'] = None
    d['lineno'] = node.lineno
    d['col_offset'] = node.col_offset
    d['end_lineno'] = getattr(node, 'end_lineno', None)
    d['end_col_offset'] = getattr(node, 'end_col_offset', None)
    return new


def _synthetic(cls, **fields):
    """A node made by the optimizer, without a position (CPython gives
    such nodes the position -1)."""
    new = cls.__new__(cls)
    new.__dict__.update(fields)
    d = new.__dict__
    d.setdefault('lineno', -1)
    d.setdefault('col_offset', -1)
    d.setdefault('end_lineno', -1)
    d.setdefault('end_col_offset', -1)
    return new


def _bits(value):
    return abs(value).bit_length()


def _is_int(value):
    return isinstance(value, int)


def _check_complexity(obj, limit):
    if type(obj) is tuple or isinstance(obj, tuple):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
        return limit
    if isinstance(obj, frozenset):
        limit -= len(obj)
        for item in obj:
            if limit < 0:
                break
            limit = _check_complexity(item, limit)
    return limit


def _as_long(value):
    """PyLong_AsLong: None when it would overflow a C long."""
    if -(1 << 63) <= value < (1 << 63):
        return value
    return None


def _safe_multiply(v, w):
    if _is_int(v) and _is_int(w) and v and w:
        if _bits(v) + _bits(w) > MAX_INT_SIZE:
            return _NO_VALUE
    elif _is_int(v) and isinstance(w, (tuple, frozenset)):
        size = len(w)
        if size:
            n = _as_long(v)
            if n is None or n < 0 or n > MAX_COLLECTION_SIZE // size:
                return _NO_VALUE
            if n and _check_complexity(w, MAX_TOTAL_ITEMS // n) < 0:
                return _NO_VALUE
    elif _is_int(v) and isinstance(w, (str, bytes)):
        size = len(w)
        if size:
            n = _as_long(v)
            if n is None or n < 0 or n > MAX_STR_SIZE // size:
                return _NO_VALUE
    elif _is_int(w) and isinstance(v, (tuple, frozenset, str, bytes)):
        return _safe_multiply(w, v)
    return v * w


def _safe_power(v, w):
    if _is_int(v) and _is_int(w) and v and w > 0:
        if w >= 1 << 64:
            return _NO_VALUE
        if _bits(v) > MAX_INT_SIZE // w:
            return _NO_VALUE
    return v ** w


def _safe_lshift(v, w):
    if _is_int(v) and _is_int(w) and v and w:
        if w < 0 or w >= 1 << 64:
            return _NO_VALUE
        if w > MAX_INT_SIZE or _bits(v) > MAX_INT_SIZE - w:
            return _NO_VALUE
    return v << w


def _safe_mod(v, w):
    if isinstance(v, (str, bytes)):
        return _NO_VALUE
    return v % w


_BINOPS = {
    _ast.Add: lambda v, w: v + w,
    _ast.Sub: lambda v, w: v - w,
    _ast.Mult: _safe_multiply,
    _ast.Div: lambda v, w: v / w,
    _ast.FloorDiv: lambda v, w: v // w,
    _ast.Mod: _safe_mod,
    _ast.Pow: _safe_power,
    _ast.LShift: _safe_lshift,
    _ast.RShift: lambda v, w: v >> w,
    _ast.BitOr: lambda v, w: v | w,
    _ast.BitXor: lambda v, w: v ^ w,
    _ast.BitAnd: lambda v, w: v & w,
}

_UNARYOPS = {
    _ast.Invert: lambda v: ~v,
    _ast.Not: lambda v: not v,
    _ast.UAdd: lambda v: +v,
    _ast.USub: lambda v: -v,
}

_NEGATED_COMPARE = {
    _ast.Is: _ast.IsNot, _ast.IsNot: _ast.Is,
    _ast.In: _ast.NotIn, _ast.NotIn: _ast.In,
}


def _compute(func, *args):
    """Run a folding operation; any error except KeyboardInterrupt means
    "do not fold", as make_const()."""
    try:
        return func(*args)
    except KeyboardInterrupt:
        raise
    except Exception:
        return _NO_VALUE


# --- '%s' % (a, b) into an f-string ---------------------------------------

def _parse_literal(fmt, pos):
    start = pos
    size = len(fmt)
    has_percents = False
    while pos < size:
        if fmt[pos] != '%':
            pos += 1
        elif pos + 1 < size and fmt[pos + 1] == '%':
            has_percents = True
            pos += 2
        else:
            break
    if pos == start:
        return None, pos
    text = fmt[start:pos]
    if has_percents:
        text = text.replace('%%', '%')
    return _synthetic(_Constant, value=text, kind=None), pos


_MAXDIGITS = 3


def _simple_format_arg(fmt, pos):
    """(spec, ljust, width, prec, pos) or None if unsupported."""
    size = len(fmt)
    ljust = False
    width = prec = -1
    if pos >= size:
        return None
    ch = fmt[pos]
    pos += 1
    while ch in '-+ #0':
        if ch == '-':
            ljust = True
        if pos >= size:
            return None
        ch = fmt[pos]
        pos += 1
    if '0' <= ch <= '9':
        width = 0
        digits = 0
        while '0' <= ch <= '9':
            width = width * 10 + ord(ch) - 48
            if pos >= size:
                return None
            ch = fmt[pos]
            pos += 1
            digits += 1
            if digits >= _MAXDIGITS:
                return None
    if ch == '.':
        if pos >= size:
            return None
        ch = fmt[pos]
        pos += 1
        prec = 0
        if '0' <= ch <= '9':
            digits = 0
            while '0' <= ch <= '9':
                prec = prec * 10 + ord(ch) - 48
                if pos >= size:
                    return None
                ch = fmt[pos]
                pos += 1
                digits += 1
                if digits >= _MAXDIGITS:
                    return None
    return ch, ljust, width, prec, pos


def _parse_format(fmt, pos, arg):
    parsed = _simple_format_arg(fmt, pos)
    if parsed is None:
        return None, pos
    spec, ljust, width, prec, pos = parsed
    if spec not in 'sra':
        return None, pos
    text = ''
    if not ljust and width > 0:
        text += '>'
    if width >= 0:
        text += str(width)
    if prec >= 0:
        text += '.' + str(prec)
    format_spec = None
    if text:
        format_spec = _synthetic(_Constant, value=text, kind=None)
    node = _ast.FormattedValue.__new__(_ast.FormattedValue)
    d = node.__dict__
    d['value'] = arg
    d['conversion'] = ord(spec)
    d['format_spec'] = format_spec
    d['lineno'] = arg.lineno
    d['col_offset'] = arg.col_offset
    d['end_lineno'] = getattr(arg, 'end_lineno', None)
    d['end_col_offset'] = getattr(arg, 'end_col_offset', None)
    return node, pos


def _optimize_format(node, fmt, elts):
    values = []
    pos = 0
    count = 0
    while True:
        literal, pos = _parse_literal(fmt, pos)
        if literal is not None:
            values.append(literal)
        if pos >= len(fmt):
            break
        if count >= len(elts):
            return node          # more format units than items
        pos += 1
        expr, pos = _parse_format(fmt, pos, elts[count])
        count += 1
        if expr is None:
            return node
        values.append(expr)
    if count < len(elts):
        return node              # more items than format units
    new = _ast.JoinedStr.__new__(_ast.JoinedStr)
    d = new.__dict__
    d['values'] = values
    d['lineno'] = node.lineno
    d['col_offset'] = node.col_offset
    d['end_lineno'] = getattr(node, 'end_lineno', None)
    d['end_col_offset'] = getattr(node, 'end_col_offset', None)
    return new


def _has_starred(elts):
    for elt in elts:
        if type(elt) is _ast.Starred:
            return True
    return False


def _const_tuple(elts):
    values = []
    for elt in elts:
        if type(elt) is not _Constant:
            return _NO_VALUE
        values.append(elt.value)
    return tuple(values)


def _fold_iter(node):
    """A list or set that is iterated over (or searched with ``in``) may
    be a tuple or frozenset."""
    kind = type(node)
    if kind is _ast.List:
        if _has_starred(node.elts):
            return node
        value = _const_tuple(node.elts)
        if value is _NO_VALUE:
            new = _ast.Tuple.__new__(_ast.Tuple)
            new.__dict__.update(node.__dict__)
            return new
        return _const_like(node, value)
    if kind is _ast.Set:
        value = _const_tuple(node.elts)
        if value is _NO_VALUE:
            return node
        return _const_like(node, frozenset(value))
    return node


def _docstring_of(body):
    if body:
        first = body[0]
        if type(first) is _ast.Expr:
            value = first.value
            if type(value) is _Constant and type(value.value) is str:
                return True
    return False


class Optimizer:
    """One pass of folding over a tree."""

    def __init__(self, optimize, features):
        self.optimize = optimize
        self.future_annotations = bool(features & CO_FUTURE_ANNOTATIONS)
        self._methods = {}

    def visit(self, node):
        cls = node.__class__
        method = self._methods.get(cls)
        if method is None:
            method = getattr(self, 'visit_' + cls.__name__, self.generic)
            self._methods[cls] = method
        return method(node)

    def visit_list(self, nodes):
        visit = self.visit
        new = None
        for i, node in enumerate(nodes):
            if not isinstance(node, _AST):
                continue
            result = visit(node)
            if result is not node:
                if new is None:
                    new = list(nodes)
                new[i] = result
        return nodes if new is None else new

    def generic(self, node):
        changes = None
        for name in node._fields:
            value = getattr(node, name, None)
            if type(value) is list:
                if value:
                    result = self.visit_list(value)
                    if result is not value:
                        if changes is None:
                            changes = {}
                        changes[name] = result
            elif isinstance(value, _AST):
                result = self.visit(value)
                if result is not value:
                    if changes is None:
                        changes = {}
                    changes[name] = result
        if changes is None:
            return node
        return _copy(node, **changes)

    def visit_Constant(self, node):
        return node

    def visit_Name(self, node):
        if node.id == '__debug__' and type(node.ctx) is _Load:
            return _const_like(node, not self.optimize)
        return node

    def _body(self, body):
        """A body whose first statement may be a docstring: folding must
        not make one where there was none."""
        had_docstring = _docstring_of(body)
        result = self.visit_list(body)
        if not had_docstring and _docstring_of(result):
            first = result[0]
            joined = _ast.JoinedStr.__new__(_ast.JoinedStr)
            d = joined.__dict__
            d['values'] = [first.value]
            for attr in ('lineno', 'col_offset', 'end_lineno',
                         'end_col_offset'):
                d[attr] = getattr(first, attr, None)
            result = list(result)
            result[0] = _copy(first, value=joined)
        return result

    def visit_Module(self, node):
        body = self._body(node.body)
        return node if body is node.body else _copy(node, body=body)

    def _function(self, node):
        changes = {}
        args = self.visit(node.args)
        if args is not node.args:
            changes['args'] = args
        body = self._body(node.body)
        if body is not node.body:
            changes['body'] = body
        decorators = self.visit_list(node.decorator_list)
        if decorators is not node.decorator_list:
            changes['decorator_list'] = decorators
        if node.returns is not None and not self.future_annotations:
            returns = self.visit(node.returns)
            if returns is not node.returns:
                changes['returns'] = returns
        return _copy(node, **changes) if changes else node

    visit_FunctionDef = visit_AsyncFunctionDef = _function

    def visit_ClassDef(self, node):
        changes = {}
        for name in ('bases', 'keywords', 'decorator_list'):
            value = getattr(node, name)
            result = self.visit_list(value)
            if result is not value:
                changes[name] = result
        body = self._body(node.body)
        if body is not node.body:
            changes['body'] = body
        return _copy(node, **changes) if changes else node

    def visit_arg(self, node):
        if node.annotation is None or self.future_annotations:
            return node
        annotation = self.visit(node.annotation)
        if annotation is node.annotation:
            return node
        return _copy(node, annotation=annotation)

    def visit_AnnAssign(self, node):
        changes = {}
        target = self.visit(node.target)
        if target is not node.target:
            changes['target'] = target
        if not self.future_annotations:
            annotation = self.visit(node.annotation)
            if annotation is not node.annotation:
                changes['annotation'] = annotation
        if node.value is not None:
            value = self.visit(node.value)
            if value is not node.value:
                changes['value'] = value
        return _copy(node, **changes) if changes else node

    def visit_For(self, node):
        node = self.generic(node)
        iterable = _fold_iter(node.iter)
        if iterable is not node.iter:
            node = _copy(node, iter=iterable)
        return node

    def visit_comprehension(self, node):
        node = self.generic(node)
        iterable = _fold_iter(node.iter)
        if iterable is not node.iter:
            node = _copy(node, iter=iterable)
        return node

    def visit_BinOp(self, node):
        node = self.generic(node)
        lhs = node.left
        if type(lhs) is not _Constant:
            return node
        rhs = node.right
        op = type(node.op)
        lv = lhs.value
        if op is _ast.Mod and type(rhs) is _ast.Tuple and \
                isinstance(lv, str):
            return _optimize_format(node, lv, rhs.elts)
        if type(rhs) is not _Constant:
            return node
        func = _BINOPS.get(op)
        if func is None:
            return node
        value = _compute(func, lv, rhs.value)
        if value is _NO_VALUE:
            return node
        return _const_like(node, value)

    def visit_UnaryOp(self, node):
        node = self.generic(node)
        operand = node.operand
        op = type(node.op)
        if type(operand) is not _Constant:
            if op is _ast.Not and type(operand) is _ast.Compare and \
                    len(operand.ops) == 1:
                negated = _NEGATED_COMPARE.get(type(operand.ops[0]))
                if negated is not None:
                    # The compare takes the place of the not, with its
                    # own position (CPython copies the node over).
                    return _copy(operand, ops=[negated()])
            return node
        value = _compute(_UNARYOPS[op], operand.value)
        if value is _NO_VALUE:
            return node
        return _const_like(node, value)

    def visit_Tuple(self, node):
        node = self.generic(node)
        if type(node.ctx) is not _Load:
            return node
        value = _const_tuple(node.elts)
        if value is _NO_VALUE:
            return node
        return _const_like(node, value)

    def visit_Subscript(self, node):
        node = self.generic(node)
        if type(node.ctx) is not _Load:
            return node
        value, index = node.value, node.slice
        if type(value) is not _Constant or type(index) is not _Constant:
            return node
        result = _compute(lambda v, i: v[i], value.value, index.value)
        if result is _NO_VALUE:
            return node
        return _const_like(node, result)

    def visit_Compare(self, node):
        node = self.generic(node)
        last = node.ops[-1]
        if type(last) is _ast.In or type(last) is _ast.NotIn:
            comparators = node.comparators
            folded = _fold_iter(comparators[-1])
            if folded is not comparators[-1]:
                comparators = list(comparators)
                comparators[-1] = folded
                node = _copy(node, comparators=comparators)
        return node


def optimize(tree, optimize_level, features):
    """The folded form of tree (tree itself when nothing folds)."""
    return Optimizer(optimize_level, features).visit(tree)
