"""Expressions back to source text, for ``from __future__ import
annotations`` (PEP 563): the annotation is stored as the string CPython's
Python/ast_unparse.c would produce, with its exact spacing and
parenthesization (by operator precedence, not by the original text).
"""

import _ast

# Precedence levels, lowest first.
PR_TUPLE = 0
PR_TEST = 1       # if-else, lambda
PR_OR = 2
PR_AND = 3
PR_NOT = 4
PR_CMP = 5
PR_EXPR = 6
PR_BOR = PR_EXPR
PR_BXOR = 7
PR_BAND = 8
PR_SHIFT = 9
PR_ARITH = 10
PR_TERM = 11
PR_FACTOR = 12
PR_POWER = 13
PR_AWAIT = 14
PR_ATOM = 15

_BINOPS = {
    _ast.Add: (' + ', PR_ARITH), _ast.Sub: (' - ', PR_ARITH),
    _ast.Mult: (' * ', PR_TERM), _ast.MatMult: (' @ ', PR_TERM),
    _ast.Div: (' / ', PR_TERM), _ast.Mod: (' % ', PR_TERM),
    _ast.LShift: (' << ', PR_SHIFT), _ast.RShift: (' >> ', PR_SHIFT),
    _ast.BitOr: (' | ', PR_BOR), _ast.BitXor: (' ^ ', PR_BXOR),
    _ast.BitAnd: (' & ', PR_BAND), _ast.FloorDiv: (' // ', PR_TERM),
    _ast.Pow: (' ** ', PR_POWER),
}
_UNARYOPS = {
    _ast.Invert: ('~', PR_FACTOR), _ast.Not: ('not ', PR_NOT),
    _ast.UAdd: ('+', PR_FACTOR), _ast.USub: ('-', PR_FACTOR),
}
_CMPOPS = {
    _ast.Eq: ' == ', _ast.NotEq: ' != ', _ast.Lt: ' < ', _ast.LtE: ' <= ',
    _ast.Gt: ' > ', _ast.GtE: ' >= ', _ast.Is: ' is ',
    _ast.IsNot: ' is not ', _ast.In: ' in ', _ast.NotIn: ' not in ',
}
_INF_REPLACEMENT = '1e309'   # 1e{1 + DBL_MAX_10_EXP}


def _repr(value):
    text = repr(value)
    if (type(value) is float and value in (float('inf'), float('-inf'))) \
            or type(value) is complex:
        text = text.replace('inf', _INF_REPLACEMENT)
    return text


def _constant(value):
    if type(value) is tuple:
        inner = ', '.join([_constant(item) for item in value])
        if len(value) == 1:
            inner += ','
        return '(' + inner + ')'
    return _repr(value)


class Unparser:
    def __init__(self):
        self._methods = {}

    def expr(self, node, level):
        cls = node.__class__
        method = self._methods.get(cls)
        if method is None:
            method = getattr(self, 'u_' + cls.__name__, None)
            if method is None:
                raise SystemError(f'unknown expression kind {cls.__name__}')
            self._methods[cls] = method
        return method(node, level)

    def u_BoolOp(self, node, level):
        if node.op.__class__ is _ast.And:
            op, pr = ' and ', PR_AND
        else:
            op, pr = ' or ', PR_OR
        text = op.join([self.expr(v, pr + 1) for v in node.values])
        return '(' + text + ')' if level > pr else text

    def u_BinOp(self, node, level):
        op, pr = _BINOPS[node.op.__class__]
        rassoc = node.op.__class__ is _ast.Pow
        text = (self.expr(node.left, pr + rassoc) + op +
                self.expr(node.right, pr + (not rassoc)))
        return '(' + text + ')' if level > pr else text

    def u_UnaryOp(self, node, level):
        op, pr = _UNARYOPS[node.op.__class__]
        text = op + self.expr(node.operand, pr)
        return '(' + text + ')' if level > pr else text

    def arg(self, node):
        text = node.arg
        if node.annotation is not None:
            text += ': ' + self.expr(node.annotation, PR_TEST)
        return text

    def arguments(self, args):
        parts = []
        positional = list(args.posonlyargs) + list(args.args)
        nposonly = len(args.posonlyargs)
        defaults = args.defaults
        first_default = len(positional) - len(defaults)
        for i, arg in enumerate(positional):
            text = self.arg(arg)
            if i >= first_default:
                text += '=' + self.expr(defaults[i - first_default],
                                        PR_TEST)
            if nposonly and i + 1 == nposonly:
                text += ', /'
            parts.append(text)
        if args.vararg is not None or args.kwonlyargs:
            text = '*'
            if args.vararg is not None:
                text += self.arg(args.vararg)
            parts.append(text)
        kw_defaults = args.kw_defaults
        first_default = len(args.kwonlyargs) - len(kw_defaults)
        for i, arg in enumerate(args.kwonlyargs):
            text = self.arg(arg)
            if i >= first_default:
                default = kw_defaults[i - first_default]
                if default is not None:
                    text += '=' + self.expr(default, PR_TEST)
            parts.append(text)
        if args.kwarg is not None:
            parts.append('**' + self.arg(args.kwarg))
        return ', '.join(parts)

    def u_Lambda(self, node, level):
        args = node.args
        positional = len(args.args) + len(args.posonlyargs)
        text = ('lambda ' if positional else 'lambda') + \
            self.arguments(args) + ': ' + self.expr(node.body, PR_TEST)
        return '(' + text + ')' if level > PR_TEST else text

    def u_IfExp(self, node, level):
        text = (self.expr(node.body, PR_TEST + 1) + ' if ' +
                self.expr(node.test, PR_TEST + 1) + ' else ' +
                self.expr(node.orelse, PR_TEST))
        return '(' + text + ')' if level > PR_TEST else text

    def u_Dict(self, node, level):
        items = []
        for key, value in zip(node.keys, node.values):
            if key is not None:
                items.append(self.expr(key, PR_TEST) + ': ' +
                             self.expr(value, PR_TEST))
            else:
                items.append('**' + self.expr(value, PR_EXPR))
        return '{' + ', '.join(items) + '}'

    def u_Set(self, node, level):
        return '{' + ', '.join([self.expr(e, PR_TEST)
                                for e in node.elts]) + '}'

    def u_List(self, node, level):
        return '[' + ', '.join([self.expr(e, PR_TEST)
                                for e in node.elts]) + ']'

    def u_Tuple(self, node, level):
        elts = node.elts
        if not elts:
            return '()'
        text = ', '.join([self.expr(e, PR_TEST) for e in elts])
        if len(elts) == 1:
            text += ','
        return '(' + text + ')' if level > PR_TUPLE else text

    def comprehensions(self, generators):
        parts = []
        for gen in generators:
            text = ' async for ' if gen.is_async else ' for '
            text += self.expr(gen.target, PR_TUPLE) + ' in ' + \
                self.expr(gen.iter, PR_TEST + 1)
            for cond in gen.ifs:
                text += ' if ' + self.expr(cond, PR_TEST + 1)
            parts.append(text)
        return ''.join(parts)

    def u_GeneratorExp(self, node, level):
        return '(' + self.expr(node.elt, PR_TEST) + \
            self.comprehensions(node.generators) + ')'

    def u_ListComp(self, node, level):
        return '[' + self.expr(node.elt, PR_TEST) + \
            self.comprehensions(node.generators) + ']'

    def u_SetComp(self, node, level):
        return '{' + self.expr(node.elt, PR_TEST) + \
            self.comprehensions(node.generators) + '}'

    def u_DictComp(self, node, level):
        return '{' + self.expr(node.key, PR_TEST) + ': ' + \
            self.expr(node.value, PR_TEST) + \
            self.comprehensions(node.generators) + '}'

    def u_Yield(self, node, level):
        if node.value is None:
            return '(yield)'
        return '(yield ' + self.expr(node.value, PR_TEST) + ')'

    def u_YieldFrom(self, node, level):
        return '(yield from ' + self.expr(node.value, PR_TEST) + ')'

    def u_Await(self, node, level):
        text = 'await ' + self.expr(node.value, PR_ATOM)
        return '(' + text + ')' if level > PR_AWAIT else text

    def u_Compare(self, node, level):
        text = self.expr(node.left, PR_CMP + 1)
        for op, comparator in zip(node.ops, node.comparators):
            text += _CMPOPS[op.__class__] + self.expr(comparator, PR_CMP + 1)
        return '(' + text + ')' if level > PR_CMP else text

    def keyword(self, kw):
        prefix = '**' if kw.arg is None else kw.arg + '='
        return prefix + self.expr(kw.value, PR_TEST)

    def u_Call(self, node, level):
        text = self.expr(node.func, PR_ATOM)
        args = node.args
        if len(args) == 1 and not node.keywords and \
                args[0].__class__ is _ast.GeneratorExp:
            return text + self.u_GeneratorExp(args[0], level)
        parts = [self.expr(a, PR_TEST) for a in args]
        parts.extend([self.keyword(kw) for kw in node.keywords])
        return text + '(' + ', '.join(parts) + ')'

    def u_Constant(self, node, level):
        value = node.value
        if value is Ellipsis:
            return '...'
        prefix = node.kind or ''
        return prefix + _constant(value)

    def fstring_element(self, node, is_format_spec):
        kind = node.__class__
        if kind is _ast.Constant:
            return node.value.replace('{', '{{').replace('}', '}}')
        if kind is _ast.JoinedStr:
            return self.joinedstr(node, is_format_spec)
        if kind is _ast.FormattedValue:
            return self.u_FormattedValue(node, 0)
        raise SystemError('unknown expression kind inside f-string')

    def joinedstr(self, node, is_format_spec):
        body = ''.join([self.fstring_element(v, is_format_spec)
                        for v in node.values])
        if is_format_spec:
            return body
        return 'f' + repr(body)

    def u_JoinedStr(self, node, level):
        return self.joinedstr(node, False)

    def u_FormattedValue(self, node, level):
        value = self.expr(node.value, PR_TEST + 1)
        # A value starting with a brace is set apart from the field's.
        text = '{ ' if value.startswith('{') else '{'
        text += value
        conversion = node.conversion
        if conversion is not None and conversion > 0:
            if conversion == 97:
                text += '!a'
            elif conversion == 114:
                text += '!r'
            elif conversion == 115:
                text += '!s'
            else:
                raise SystemError('unknown f-value conversion kind')
        if node.format_spec is not None:
            text += ':' + self.fstring_element(node.format_spec, True)
        return text + '}'

    def u_Attribute(self, node, level):
        value = node.value
        text = self.expr(value, PR_ATOM)
        # 1 .real: an integer needs a space before the dot.
        if value.__class__ is _ast.Constant and type(value.value) is int:
            text += ' .'
        else:
            text += '.'
        return text + node.attr

    def u_Slice(self, node, level):
        text = ''
        if node.lower is not None:
            text += self.expr(node.lower, PR_TEST)
        text += ':'
        if node.upper is not None:
            text += self.expr(node.upper, PR_TEST)
        if node.step is not None:
            text += ':' + self.expr(node.step, PR_TEST)
        return text

    def u_Subscript(self, node, level):
        return self.expr(node.value, PR_ATOM) + '[' + \
            self.expr(node.slice, PR_TUPLE) + ']'

    def u_Starred(self, node, level):
        return '*' + self.expr(node.value, PR_EXPR)

    def u_Name(self, node, level):
        return node.id

    def u_NamedExpr(self, node, level):
        text = self.expr(node.target, PR_ATOM) + ' := ' + \
            self.expr(node.value, PR_ATOM)
        return '(' + text + ')' if level > PR_TUPLE else text


_UNPARSER = Unparser()


def unparse_annotation(node):
    """The string a postponed annotation is stored as."""
    return _UNPARSER.expr(node, PR_TEST)
