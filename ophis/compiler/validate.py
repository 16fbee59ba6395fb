"""Checks on trees that compile() receives from user code, as CPython does
before compiling them, with its messages:

1. the conversion of the objects to the compiler's tree (PyAST_obj2mod in
   Python/Python-ast.c): node types, required fields and attributes,
   lists, identifiers, strings and integers;
2. the validator (Python/ast.c): expression contexts, positions,
   non-empty bodies, constant types, patterns.

Trees made by Ophis's parser (or ast.parse) always pass; these checks keep
a hand-built tree from reaching the compiler in a shape it cannot handle.
"""

import _ast

_MISSING = object()

_SUM_ATTRS = (('lineno', False), ('col_offset', False),
              ('end_lineno', True), ('end_col_offset', True))
_PATTERN_ATTRS = (('lineno', False), ('col_offset', False),
                  ('end_lineno', False), ('end_col_offset', False))

# The 3.11 ASDL: node -> its fields (name, type, quantifier: '' required,
# '?' optional, '*' sequence).
_FIELDS = {}
_SUMS = {}          # abstract type -> (attributes, [constructors])
_PRODUCTS = {}      # product type -> attributes
_ENUMS = {}         # enum type -> its constructor classes


def _define(text):
    for line in text.strip().splitlines():
        name, _, fields = line.partition(':')
        out = []
        for field in fields.split(','):
            field = field.strip()
            if not field:
                continue
            typ, fname = field.split()
            quant = ''
            if typ[-1] in '?*':
                typ, quant = typ[:-1], typ[-1]
            out.append((fname, typ, quant))
        _FIELDS[name.strip()] = tuple(out)


_define('''
Module: stmt* body, type_ignore* type_ignores
Interactive: stmt* body
Expression: expr body
FunctionType: expr* argtypes, expr returns
FunctionDef: identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment
AsyncFunctionDef: identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment
ClassDef: identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list
Return: expr? value
Delete: expr* targets
Assign: expr* targets, expr value, string? type_comment
AugAssign: expr target, operator op, expr value
AnnAssign: expr target, expr annotation, expr? value, int simple
For: expr target, expr iter, stmt* body, stmt* orelse, string? type_comment
AsyncFor: expr target, expr iter, stmt* body, stmt* orelse, string? type_comment
While: expr test, stmt* body, stmt* orelse
If: expr test, stmt* body, stmt* orelse
With: withitem* items, stmt* body, string? type_comment
AsyncWith: withitem* items, stmt* body, string? type_comment
Match: expr subject, match_case* cases
Raise: expr? exc, expr? cause
Try: stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody
TryStar: stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody
Assert: expr test, expr? msg
Import: alias* names
ImportFrom: identifier? module, alias* names, int? level
Global: identifier* names
Nonlocal: identifier* names
Expr: expr value
Pass:
Break:
Continue:
BoolOp: boolop op, expr* values
NamedExpr: expr target, expr value
BinOp: expr left, operator op, expr right
UnaryOp: unaryop op, expr operand
Lambda: arguments args, expr body
IfExp: expr test, expr body, expr orelse
Dict: expr* keys, expr* values
Set: expr* elts
ListComp: expr elt, comprehension* generators
SetComp: expr elt, comprehension* generators
DictComp: expr key, expr value, comprehension* generators
GeneratorExp: expr elt, comprehension* generators
Await: expr value
Yield: expr? value
YieldFrom: expr value
Compare: expr left, cmpop* ops, expr* comparators
Call: expr func, expr* args, keyword* keywords
FormattedValue: expr value, int conversion, expr? format_spec
JoinedStr: expr* values
Constant: constant value, string? kind
Attribute: expr value, identifier attr, expr_context ctx
Subscript: expr value, expr slice, expr_context ctx
Starred: expr value, expr_context ctx
Name: identifier id, expr_context ctx
List: expr* elts, expr_context ctx
Tuple: expr* elts, expr_context ctx
Slice: expr? lower, expr? upper, expr? step
comprehension: expr target, expr iter, expr* ifs, int is_async
ExceptHandler: expr? type, identifier? name, stmt* body
arguments: arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults
arg: identifier arg, expr? annotation, string? type_comment
keyword: identifier? arg, expr value
alias: identifier name, identifier? asname
withitem: expr context_expr, expr? optional_vars
match_case: pattern pattern, expr? guard, stmt* body
MatchValue: expr value
MatchSingleton: constant value
MatchSequence: pattern* patterns
MatchMapping: expr* keys, pattern* patterns, identifier? rest
MatchClass: expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns
MatchStar: identifier? name
MatchAs: pattern? pattern, identifier? name
MatchOr: pattern* patterns
TypeIgnore: int lineno, string tag
''')

_SUMS['mod'] = ((), ('Module', 'Interactive', 'Expression', 'FunctionType'))
_SUMS['stmt'] = (_SUM_ATTRS, (
    'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete',
    'Assign', 'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If',
    'With', 'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert',
    'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break',
    'Continue'))
_SUMS['expr'] = (_SUM_ATTRS, (
    'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict',
    'Set', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await',
    'Yield', 'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr',
    'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List',
    'Tuple', 'Slice'))
_SUMS['excepthandler'] = (_SUM_ATTRS, ('ExceptHandler',))
_SUMS['pattern'] = (_PATTERN_ATTRS, (
    'MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping',
    'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr'))
_SUMS['type_ignore'] = ((), ('TypeIgnore',))
for _name in ('comprehension', 'arguments', 'withitem', 'match_case'):
    _PRODUCTS[_name] = ()
for _name in ('arg', 'keyword', 'alias'):
    _PRODUCTS[_name] = _SUM_ATTRS
_ENUMS['expr_context'] = ('Load', 'Store', 'Del')
_ENUMS['boolop'] = ('And', 'Or')
_ENUMS['operator'] = ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
                      'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd',
                      'FloorDiv')
_ENUMS['unaryop'] = ('Invert', 'Not', 'UAdd', 'USub')
_ENUMS['cmpop'] = ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot',
                   'In', 'NotIn')

_MODE_NODES = {'exec': _ast.Module, 'eval': _ast.Expression,
               'single': _ast.Interactive, 'func_type': _ast.FunctionType}


# --- 1. the conversion ----------------------------------------------------

def _int(value):
    if not isinstance(value, int):
        raise ValueError(f'invalid integer value: {value!r}')
    if not -0x80000000 <= value <= 0x7FFFFFFF:
        raise OverflowError('Python int too large to convert to C int')
    return int(value)


def _attributes(obj, attrs, owner):
    for name, optional in attrs:
        value = getattr(obj, name, _MISSING)
        if value is _MISSING or (optional and value is None):
            if optional:
                continue
            raise TypeError(f'required field "{name}" missing from {owner}')
        _int(value)


def _convert(obj, typ):
    """Check obj as a value of ASDL type typ; return whether it is NULL
    (None for an optional or a sum type)."""
    if typ == 'identifier':
        if obj is not None and type(obj) is not str:
            raise TypeError('AST identifier must be of type str')
        return obj is None
    if typ == 'string':
        if obj is not None and type(obj) is not str and \
                type(obj) is not bytes:
            raise TypeError('AST string must be of type str')
        return obj is None
    if typ == 'int':
        _int(obj)
        return False
    if typ == 'constant':
        return False
    if typ in _ENUMS:
        for name in _ENUMS[typ]:
            if isinstance(obj, getattr(_ast, name)):
                return False
        raise TypeError(f'expected some sort of {typ}, but got {obj!r}')
    if typ in _SUMS:
        if obj is None:
            return True
        attrs, kinds = _SUMS[typ]
        _attributes(obj, attrs, typ)
        for name in kinds:
            if isinstance(obj, getattr(_ast, name)):
                _fields(obj, name)
                return False
        raise TypeError(f'expected some sort of {typ}, but got {obj!r}')
    # A product type: its fields are read even from None.
    _fields(obj, typ)
    _attributes(obj, _PRODUCTS[typ], typ)
    return False


def _fields(obj, name):
    nulls = []
    for fname, typ, quant in _FIELDS[name]:
        value = getattr(obj, fname, _MISSING)
        if value is _MISSING:
            if quant == '?':
                continue
            raise TypeError(f'required field "{fname}" missing from {name}')
        if quant == '*':
            if not isinstance(value, list):
                raise TypeError(f'{name} field "{fname}" must be a list, not '
                                f'a {type(value).__name__}')
            size = len(value)
            for item in value:
                _convert(item, typ)
                if len(value) != size:
                    raise RuntimeError(f'{name} field "{fname}" changed size '
                                       'during iteration')
            continue
        if quant == '?' and value is None:
            continue
        if _convert(value, typ) and quant == '':
            nulls.append(fname)
    # The node's constructor refuses NULL for a required field.
    if nulls:
        raise ValueError(f"field '{nulls[0]}' is required for {name}")


# --- 2. the validator -----------------------------------------------------

_CONTEXT_NAMES = {_ast.Load: 'Load', _ast.Store: 'Store', _ast.Del: 'Del'}


def _context_name(ctx):
    for cls, name in _CONTEXT_NAMES.items():
        if isinstance(ctx, cls):
            return name
    raise TypeError(f'expected some sort of expr_context, but got {ctx!r}')


def _positions(node):
    lineno = node.lineno
    col = node.col_offset
    end_lineno = getattr(node, 'end_lineno', None)
    end_col = getattr(node, 'end_col_offset', None)
    if end_lineno is None:
        end_lineno = lineno
    if end_col is None:
        end_col = col
    if lineno > end_lineno:
        raise ValueError(f'AST node line range ({lineno}, {end_lineno}) is '
                         'not valid')
    if (lineno < 0 and end_lineno != lineno) or \
            (col < 0 and col != end_col):
        raise ValueError(f'AST node column range ({col}, {end_col}) for line '
                         f'range ({lineno}, {end_lineno}) is not valid')
    if lineno == end_lineno and col > end_col:
        raise ValueError(f'line {lineno}, column {col}-{end_col} is not a '
                         'valid range')


def _name(name):
    if name in ('None', 'True', 'False'):
        raise ValueError(f"identifier field can't represent '{name}' "
                         'constant')


def _invalid_constant(value):
    """The first value of a disallowed type inside a constant, or None."""
    if value is None or value is Ellipsis:
        return None
    kind = type(value)
    if kind in (int, float, complex, bool, str, bytes):
        return None
    if kind is tuple or kind is frozenset:
        for item in value:
            bad = _invalid_constant(item)
            if bad is not None:
                return bad
        return None
    return value


class _Validator:
    def stmts(self, stmts):
        for stmt in stmts:
            if stmt is None:
                raise ValueError('None disallowed in statement list')
            self.stmt(stmt)

    def exprs(self, exprs, ctx, null_ok=False):
        for expr in exprs:
            if expr is None:
                if not null_ok:
                    raise ValueError('None disallowed in expression list')
                continue
            self.expr(expr, ctx)

    def nonempty(self, seq, what, owner):
        if not seq:
            raise ValueError(f'empty {what} on {owner}')

    def body(self, body, owner):
        self.nonempty(body, 'body', owner)
        self.stmts(body)

    def args(self, args):
        for arg in args:
            _positions(arg)
            if arg.annotation is not None:
                self.expr(arg.annotation, 'Load')

    def arguments(self, args):
        self.args(args.posonlyargs)
        self.args(args.args)
        if args.vararg is not None and args.vararg.annotation is not None:
            self.expr(args.vararg.annotation, 'Load')
        self.args(args.kwonlyargs)
        if args.kwarg is not None and args.kwarg.annotation is not None:
            self.expr(args.kwarg.annotation, 'Load')
        if len(args.defaults) > len(args.posonlyargs) + len(args.args):
            raise ValueError('more positional defaults than args on '
                             'arguments')
        if len(args.kw_defaults) != len(args.kwonlyargs):
            raise ValueError('length of kwonlyargs is not the same as '
                             'kw_defaults on arguments')
        self.exprs(args.defaults, 'Load')
        self.exprs(args.kw_defaults, 'Load', True)

    def keywords(self, keywords):
        for kw in keywords:
            self.expr(kw.value, 'Load')

    def comprehension(self, generators):
        if not generators:
            raise ValueError('comprehension with no generators')
        for comp in generators:
            self.expr(comp.target, 'Store')
            self.expr(comp.iter, 'Load')
            self.exprs(comp.ifs, 'Load')

    def stmt(self, node):
        _positions(node)
        kind = type(node).__name__
        method = getattr(self, 's_' + kind, None)
        if method is not None:
            method(node)

    def s_FunctionDef(self, node):
        self.body(node.body, type(node).__name__)
        self.arguments(node.args)
        self.exprs(node.decorator_list, 'Load')
        if node.returns is not None:
            self.expr(node.returns, 'Load')

    s_AsyncFunctionDef = s_FunctionDef

    def s_ClassDef(self, node):
        self.body(node.body, 'ClassDef')
        self.exprs(node.bases, 'Load')
        self.keywords(node.keywords)
        self.exprs(node.decorator_list, 'Load')

    def s_Return(self, node):
        if node.value is not None:
            self.expr(node.value, 'Load')

    def s_Delete(self, node):
        self.nonempty(node.targets, 'targets', 'Delete')
        self.exprs(node.targets, 'Del')

    def s_Assign(self, node):
        self.nonempty(node.targets, 'targets', 'Assign')
        self.exprs(node.targets, 'Store')
        self.expr(node.value, 'Load')

    def s_AugAssign(self, node):
        self.expr(node.target, 'Store')
        self.expr(node.value, 'Load')

    def s_AnnAssign(self, node):
        if node.simple and type(node.target) is not _ast.Name:
            raise TypeError('AnnAssign with simple non-Name target')
        self.expr(node.target, 'Store')
        if node.value is not None:
            self.expr(node.value, 'Load')
        self.expr(node.annotation, 'Load')

    def s_For(self, node):
        self.expr(node.target, 'Store')
        self.expr(node.iter, 'Load')
        self.body(node.body, type(node).__name__)
        self.stmts(node.orelse)

    s_AsyncFor = s_For

    def s_While(self, node):
        self.expr(node.test, 'Load')
        self.body(node.body, 'While')
        self.stmts(node.orelse)

    def s_If(self, node):
        self.expr(node.test, 'Load')
        self.body(node.body, 'If')
        self.stmts(node.orelse)

    def s_With(self, node):
        owner = type(node).__name__
        self.nonempty(node.items, 'items', owner)
        for item in node.items:
            self.expr(item.context_expr, 'Load')
            if item.optional_vars is not None:
                self.expr(item.optional_vars, 'Store')
        self.body(node.body, owner)

    s_AsyncWith = s_With

    def s_Match(self, node):
        self.expr(node.subject, 'Load')
        self.nonempty(node.cases, 'cases', 'Match')
        for case in node.cases:
            self.pattern(case.pattern, False)
            if case.guard is not None:
                self.expr(case.guard, 'Load')
            self.body(case.body, 'match_case')

    def s_Raise(self, node):
        if node.exc is not None:
            self.expr(node.exc, 'Load')
            if node.cause is not None:
                self.expr(node.cause, 'Load')
        elif node.cause is not None:
            raise ValueError('Raise with cause but no exception')

    def s_Try(self, node):
        owner = type(node).__name__
        self.body(node.body, owner)
        if not node.handlers and not node.finalbody:
            raise ValueError(f'{owner} has neither except handlers nor '
                             'finalbody')
        if not node.handlers and node.orelse:
            raise ValueError(f'{owner} has orelse but no except handlers')
        for handler in node.handlers:
            _positions(handler)
            if handler.type is not None:
                self.expr(handler.type, 'Load')
            self.body(handler.body, 'ExceptHandler')
        self.stmts(node.finalbody)
        self.stmts(node.orelse)

    s_TryStar = s_Try

    def s_Assert(self, node):
        self.expr(node.test, 'Load')
        if node.msg is not None:
            self.expr(node.msg, 'Load')

    def s_Import(self, node):
        self.nonempty(node.names, 'names', 'Import')

    def s_ImportFrom(self, node):
        level = getattr(node, 'level', None)
        if level is not None and level < 0:
            raise ValueError('Negative ImportFrom level')
        self.nonempty(node.names, 'names', 'ImportFrom')

    def s_Global(self, node):
        self.nonempty(node.names, 'names', type(node).__name__)

    s_Nonlocal = s_Global

    def s_Expr(self, node):
        self.expr(node.value, 'Load')

    # expressions

    def expr(self, node, ctx):
        _positions(node)
        kind = type(node)
        if kind in (_ast.Attribute, _ast.Subscript, _ast.Starred,
                    _ast.Name, _ast.List, _ast.Tuple):
            if kind is _ast.Name:
                _name(node.id)
            actual = _context_name(node.ctx)
            if actual != ctx:
                raise ValueError(f'expression must have {ctx} context but '
                                 f'has {actual} instead')
        elif ctx != 'Load':
            raise ValueError("expression which can't be assigned to in "
                             f'{ctx} context')
        method = getattr(self, 'e_' + kind.__name__, None)
        if method is not None:
            method(node, ctx)

    def e_BoolOp(self, node, ctx):
        if len(node.values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        self.exprs(node.values, 'Load')

    def e_BinOp(self, node, ctx):
        self.expr(node.left, 'Load')
        self.expr(node.right, 'Load')

    def e_UnaryOp(self, node, ctx):
        self.expr(node.operand, 'Load')

    def e_Lambda(self, node, ctx):
        self.arguments(node.args)
        self.expr(node.body, 'Load')

    def e_IfExp(self, node, ctx):
        self.expr(node.test, 'Load')
        self.expr(node.body, 'Load')
        self.expr(node.orelse, 'Load')

    def e_Dict(self, node, ctx):
        if len(node.keys) != len(node.values):
            raise ValueError("Dict doesn't have the same number of keys as "
                             'values')
        self.exprs(node.keys, 'Load', True)
        self.exprs(node.values, 'Load')

    def e_Set(self, node, ctx):
        self.exprs(node.elts, 'Load')

    def e_ListComp(self, node, ctx):
        self.comprehension(node.generators)
        self.expr(node.elt, 'Load')

    e_SetComp = e_GeneratorExp = e_ListComp

    def e_DictComp(self, node, ctx):
        self.comprehension(node.generators)
        self.expr(node.key, 'Load')
        self.expr(node.value, 'Load')

    def e_Yield(self, node, ctx):
        if node.value is not None:
            self.expr(node.value, 'Load')

    def e_YieldFrom(self, node, ctx):
        self.expr(node.value, 'Load')

    e_Await = e_YieldFrom

    def e_Compare(self, node, ctx):
        if not node.comparators:
            raise ValueError('Compare with no comparators')
        if len(node.comparators) != len(node.ops):
            raise ValueError('Compare has a different number of comparators '
                             'and operands')
        self.exprs(node.comparators, 'Load')
        self.expr(node.left, 'Load')

    def e_Call(self, node, ctx):
        self.expr(node.func, 'Load')
        self.exprs(node.args, 'Load')
        self.keywords(node.keywords)

    def e_Constant(self, node, ctx):
        bad = _invalid_constant(node.value)
        if bad is not None:
            raise TypeError('got an invalid type in Constant: '
                            f'{type(bad).__name__}')

    def e_JoinedStr(self, node, ctx):
        self.exprs(node.values, 'Load')

    def e_FormattedValue(self, node, ctx):
        self.expr(node.value, 'Load')
        if node.format_spec is not None:
            self.expr(node.format_spec, 'Load')

    def e_Attribute(self, node, ctx):
        self.expr(node.value, 'Load')

    def e_Subscript(self, node, ctx):
        self.expr(node.slice, 'Load')
        self.expr(node.value, 'Load')

    def e_Starred(self, node, ctx):
        self.expr(node.value, ctx)

    def e_Slice(self, node, ctx):
        for part in (node.lower, node.upper, node.step):
            if part is not None:
                self.expr(part, 'Load')

    def e_List(self, node, ctx):
        self.exprs(node.elts, ctx)

    e_Tuple = e_List

    def e_NamedExpr(self, node, ctx):
        # The parser only makes a Name target; a hand-built tree may hold
        # anything there, which codegen could not store to.
        if not isinstance(node.target, _ast.Name):
            raise TypeError('NamedExpr target must be a Name')
        self.expr(node.value, 'Load')

    # patterns

    def match_value(self, node):
        self.expr(node, 'Load')
        kind = type(node)
        if kind is _ast.Constant:
            value = node.value
            if type(value) in (int, float, bytes, complex, str):
                return
            raise ValueError('unexpected constant inside of a literal '
                             'pattern')
        if kind is _ast.Attribute or kind is _ast.JoinedStr:
            return
        if kind is _ast.UnaryOp and type(node.op) is _ast.USub:
            return
        if kind is _ast.BinOp and type(node.op) in (_ast.Add, _ast.Sub):
            return
        raise ValueError('patterns may only match literals and attribute '
                         'lookups')

    def capture(self, name):
        if name == '_':
            raise ValueError("can't capture name '_' in patterns")
        _name(name)

    def patterns(self, patterns, star_ok):
        for pattern in patterns:
            self.pattern(pattern, star_ok)

    def pattern(self, node, star_ok):
        _positions(node)
        kind = type(node)
        if kind is _ast.MatchValue:
            self.match_value(node.value)
        elif kind is _ast.MatchSingleton:
            if node.value is not None and type(node.value) is not bool:
                raise ValueError('MatchSingleton can only contain True, False '
                                 'and None')
        elif kind is _ast.MatchSequence:
            self.patterns(node.patterns, True)
        elif kind is _ast.MatchMapping:
            if len(node.keys) != len(node.patterns):
                raise ValueError("MatchMapping doesn't have the same number "
                                 'of keys as patterns')
            if node.rest is not None:
                self.capture(node.rest)
            for key in node.keys:
                if type(key) is _ast.Constant and (
                        key.value is None or type(key.value) is bool):
                    continue
                self.match_value(key)
            self.patterns(node.patterns, False)
        elif kind is _ast.MatchClass:
            if len(node.kwd_attrs) != len(node.kwd_patterns):
                raise ValueError("MatchClass doesn't have the same number of "
                                 'keyword attributes as patterns')
            self.expr(node.cls, 'Load')
            cls = node.cls
            while type(cls) is _ast.Attribute:
                cls = cls.value
            if type(cls) is not _ast.Name:
                raise ValueError('MatchClass cls field can only contain Name '
                                 'or Attribute nodes.')
            for name in node.kwd_attrs:
                _name(name)
            self.patterns(node.patterns, False)
            self.patterns(node.kwd_patterns, False)
        elif kind is _ast.MatchStar:
            if not star_ok:
                raise ValueError("can't use MatchStar here")
            if node.name is not None:
                self.capture(node.name)
        elif kind is _ast.MatchAs:
            if node.name is not None:
                self.capture(node.name)
            if node.pattern is not None:
                if node.name is None:
                    raise ValueError('MatchAs must specify a target name if a '
                                     'pattern is given')
                self.pattern(node.pattern, False)
        elif kind is _ast.MatchOr:
            if len(node.patterns) < 2:
                raise ValueError('MatchOr requires at least 2 patterns')
            self.patterns(node.patterns, False)


def check_tree(tree, mode):
    """Raise CPython's error for a tree compile() must refuse."""
    required = _MODE_NODES[mode]
    if not isinstance(tree, required):
        raise TypeError(f'expected {required.__name__} node, got '
                        f'{type(tree).__name__}')
    try:
        _convert(tree, 'mod')
        validator = _Validator()
        kind = type(tree)
        if kind is _ast.Module or kind is _ast.Interactive:
            validator.stmts(tree.body)
        elif kind is _ast.Expression:
            validator.expr(tree.body, 'Load')
        else:
            validator.exprs(tree.argtypes, 'Load')
            validator.expr(tree.returns, 'Load')
    except RecursionError:
        raise RecursionError('maximum recursion depth exceeded during '
                             'compilation') from None
