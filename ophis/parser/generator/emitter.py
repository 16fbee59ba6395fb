"""Writes the Python source of the parser classes from the analysed grammar.

Calling convention of a generated rule method: ``rule(p, pos)`` returns the
rule's value, or None when the rule does not match at token index ``pos``;
on success it leaves the index after the match in ``p.pos``. ``p.kinds[i]``
is the kind of token i (its type, or a keyword's number), ``p.toks[i]`` the
token tuple itself.

Inside a method, alternatives are nested ``if`` statements; each new token
index gets a fresh variable (``i1``, ``i2``, ...) so that alternatives that
share a prefix can share its code (left factoring) and fall back to the
index before it. An alternative that cannot start with the current token is
skipped by testing the token's kind against the alternative's FIRST set.
Direct left recursion becomes a loop: the seed alternatives first, then the
recursive ones tried again and again after the growing left operand.
"""
import re

from ophis.tokenizer import tokens as token_table

from . import model
from .analysis import INVALID_PREFIX, WITHOUT_INVALID_SUFFIX, TokenSet

# Names the generated code uses; actions must not bind them.
RESERVED = {'p', 'pos', 'kinds', 'toks', 'kind', 'left', 'end', 'cut', 'r'}

_WHITESPACE_TOKENS = {token_table.NEWLINE, token_table.INDENT,
                      token_table.DEDENT, token_table.ENDMARKER}

KEYWORD_BASE = 100

# Macros in actions: LOC is the alternative's lineno, col_offset, end_lineno,
# end_col_offset; START and END its first and last tokens; POS the index
# after it.
_MACRO = re.compile(r'\b(LOC|START|END|POS)\b')


class _Pos:
    """A token index as a variable plus a constant offset."""
    __slots__ = ('var', 'offset')

    def __init__(self, var, offset=0):
        self.var = var
        self.offset = offset

    def expr(self):
        if self.offset == 0:
            return self.var
        return f'{self.var} + {self.offset}'

    def plus(self, n):
        return _Pos(self.var, self.offset + n)

    def prev_expr(self):
        """The index of the token before this one."""
        off = self.offset - 1
        if off == 0:
            return self.var
        if off < 0:
            return f'{self.var} - {-off}'
        return f'{self.var} + {off}'

    def key(self):
        return (self.var, self.offset)


class _Method:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.counter = 0
        self.uses_kinds = False
        self.uses_toks = False
        self.uses_cut = False
        self.kind_vars = {}  # position key -> variable holding kinds[position]
        self.aliases = {}    # id(alt) -> [(name, variable of a shared item)]
        self.memo = False

    def fail(self, indent):
        """Return None, stored first in a memoized rule's table."""
        if self.memo:
            self.line(indent, 'memo[pos] = (None, pos)')
        self.line(indent, 'return None')

    def fresh(self, prefix):
        self.counter += 1
        return f'{prefix}{self.counter}'

    def line(self, indent, text):
        self.lines.append('    ' * indent + text)


class Emitter:
    def __init__(self, analysis, error_pass, fast_paths=True):
        self.an = analysis
        self.error_pass = error_pass
        self.fast_paths = fast_paths and not error_pass
        self.constants = {}   # frozenset of kinds -> constant name
        keywords = sorted(analysis.keywords)
        self.keyword_kinds = {kw: KEYWORD_BASE + n for n, kw in enumerate(keywords)}
        self.ends_ws = self._compute_ends_ws()

    # -- kinds -----------------------------------------------------------------

    def kind_of_literal(self, text):
        kind = self.an.literal_kind(text)
        if isinstance(kind, str):
            return self.keyword_kinds[kind]
        return kind

    def kind_of_leaf(self, leaf):
        if isinstance(leaf, model.Token):
            return self.an.token_kind(leaf.name)
        return self.kind_of_literal(leaf.text)

    def convert_kinds(self, kinds):
        if kinds is None:
            return None
        return frozenset(self.keyword_kinds[k] if isinstance(k, str) else k for k in kinds)

    def describe_kind(self, kind):
        if kind >= KEYWORD_BASE:
            for kw, number in self.keyword_kinds.items():
                if number == kind:
                    return repr(kw)
        for text, number in token_table.EXACT_TOKEN_TYPES.items():
            if number == kind:
                return repr(text)
        return token_table.tok_name[kind]

    def set_constant(self, kinds):
        kinds = frozenset(kinds)
        name = self.constants.get(kinds)
        if name is None:
            name = f'_F{len(self.constants)}'
            self.constants[kinds] = name
        return name

    def kind_test(self, m, pos, kinds, negate=False):
        """Source of the test that the token at pos has one of kinds."""
        m.uses_kinds = True
        subject = m.kind_vars.get(pos.key()) or f'kinds[{pos.expr()}]'
        if len(kinds) == 1:
            (kind,) = kinds
            op = '!=' if negate else '=='
            return f'{subject} {op} {kind}'
        op = 'not in' if negate else 'in'
        return f'{subject} {op} {self.set_constant(kinds)}'

    def kinds_comment(self, kinds):
        return ' '.join(sorted(self.describe_kind(k) for k in kinds))

    # -- whitespace ends ---------------------------------------------------------

    def _compute_ends_ws(self):
        """Rules whose match may end with NEWLINE, INDENT, DEDENT or ENDMARKER."""
        result = {name: False for name in self.an.rules}
        changed = True
        while changed:
            changed = False
            for rule in self.an.rules.values():
                if result[rule.name]:
                    continue
                if any(self._alt_ends_ws(alt, result) for alt in rule.alts):
                    result[rule.name] = True
                    changed = True
        return result

    def _alt_ends_ws(self, alt, result):
        for named in reversed(alt.items):
            item = named.item
            if isinstance(item, (model.Lookahead, model.Cut, model.Predicate)):
                continue
            if self._item_ends_ws(item, result):
                return True
            if not self.an.item_nullable(item):
                return False
        return False

    def _item_ends_ws(self, item, result):
        if isinstance(item, model.Token):
            return self.an.token_kind(item.name) in _WHITESPACE_TOKENS
        if isinstance(item, TokenSet):
            return any(self._item_ends_ws(c, result) for c in item.choices)
        if isinstance(item, model.RuleRef):
            return result[item.name]
        if isinstance(item, (model.Optional, model.Repeat, model.Expect)):
            return self._item_ends_ws(item.item, result)
        if isinstance(item, model.Gather):
            return (self._item_ends_ws(item.item, result)
                    or self._item_ends_ws(item.sep, result))
        return False

    # -- rules -------------------------------------------------------------------

    def rule_alts(self, rule):
        """The alternatives of rule in this pass."""
        if self.error_pass:
            return [a for a in rule.alts if not self.an.alt_uses_fast(a)]
        return [a for a in rule.alts if not self.an.alt_uses_invalid(a)
                and (self.fast_paths or not self.an.alt_uses_fast(a))]

    def memoized(self, rule):
        if self.error_pass:
            # The error pass memoizes exactly what CPython's parser does, so
            # that a result stored while invalid rules are off is reused the
            # same way.
            return 'memo' in rule.flags or rule.left_recursive
        # The first pass memoizes where it pays: results are the same.
        return 'fast_memo' in rule.flags

    def emit_rule(self, rule):
        """Source lines of the method for rule.

        A memoized rule looks up and stores its results itself: a wrapper
        method would add a frame, and the parser's frame depth stands in for
        CPython's parser depth (MAXSTACK)."""
        alts = self.rule_alts(rule)
        m = _Method(rule.name)
        ind = 2
        if self.memoized(rule):
            m.memo = True
            m.line(ind, f'memo = p.memo_{rule.name.lstrip("_")}')
            m.line(ind, 'hit = memo.get(pos)')
            m.line(ind, 'if hit is not None:')
            m.line(ind + 1, 'p.pos = hit[1]')
            m.line(ind + 1, 'return hit[0]')
        if rule.name.endswith(WITHOUT_INVALID_SUFFIX) and self.error_pass:
            m.line(ind, 'saved = p.call_invalid_rules')
            m.line(ind, 'p.call_invalid_rules = False')
            m.line(ind, 'try:')
            self._emit_body(m, rule, alts, ind + 1)
            m.line(ind, 'finally:')
            m.line(ind + 1, 'p.call_invalid_rules = saved')
        else:
            self._emit_body(m, rule, alts, ind)
        return self._finish(m, rule, rule.name)

    def _emit_body(self, m, rule, alts, ind):
        if not alts:
            m.fail(ind)
        elif rule.left_recursive:
            self._emit_left_recursive(m, rule, alts, ind)
        else:
            self._emit_choice(m, [(self._prepare(a), 0) for a in alts], _Pos('pos'), ind,
                              _ReturnSuccess(), rule)
            m.fail(ind)

    def _finish(self, m, rule, name):
        head = [f'    def {name}(p, pos):']
        if rule.line:
            head.append(f'        # {rule.name}, python.gram line {rule.line}')
        pre = []
        if m.uses_kinds:
            pre.append('        kinds = p.kinds')
        if m.uses_toks:
            pre.append('        toks = p.toks')
        if m.uses_cut:
            pre.append('        cut = False')
        lines = m.lines
        if m.memo:
            # the look-up first, then the locals
            lines = lines[:5] + pre + lines[5:]
            pre = []
        return head + pre + lines + ['']

    def memo_names(self, rules):
        return [r.name.lstrip('_') for r in rules if self.memoized(r)]

    def _prepare(self, alt):
        """alt with an implicit name for the value of an action-less alternative."""
        if alt.action is not None:
            return alt
        value_items = [n for n in alt.items
                       if not isinstance(n.item, (model.Lookahead, model.Cut, model.Predicate))]
        if len(value_items) == 1 and value_items[0].name is None:
            items = [model.Named('_v', n.item) if n is value_items[0] else n
                     for n in alt.items]
            return model.Alt(items, None, alt.line)
        return alt

    def _emit_left_recursive(self, m, rule, alts, ind):
        recursive = [a for a in alts if _is_left_rec(a, rule.name)]
        seeds = [a for a in alts if not _is_left_rec(a, rule.name)]
        m.line(ind, 'while True:')
        self._emit_choice(m, [(self._prepare(a), 0) for a in seeds], _Pos('pos'), ind + 1,
                          _SeedSuccess(), rule)
        m.fail(ind + 1)
        m.line(ind, 'while True:')
        entries = []
        for alt in recursive:
            alt = self._prepare(alt)
            entries.append((alt, 1))
        # The recursive reference binds the left operand.
        for alt, _ in entries:
            name = alt.items[0].name
            if name:
                m.line(ind + 1, f'{name} = left')
        self._emit_choice(m, entries, _Pos('end'), ind + 1, _TailSuccess(), rule)
        m.line(ind + 1, 'break')
        m.line(ind, 'p.pos = end')
        if m.memo:
            m.line(ind, 'memo[pos] = (left, end)')
        m.line(ind, 'return left')

    # -- choices and sequences ---------------------------------------------------

    def _emit_choice(self, m, entries, pos, ind, success, rule):
        """Emit alternatives (alt, k): items alt.items[k:] at pos, in order."""
        groups = []
        for alt, k in entries:
            if (groups and k < len(alt.items) and self._shareable(alt, k)
                    and all(k < len(a.items) and self._shareable(a, k)
                            and _item_key(a.items[k].item) == _item_key(alt.items[k].item)
                            for a, _ in groups[-1])):
                groups[-1].append((alt, k))
            else:
                groups.append([(alt, k)])
        # Several tests of the token at pos: read its kind once.
        tests_here = sum(1 for g in groups if self._tests_token_at_start(g))
        added_kind_var = False
        if tests_here >= 2 and pos.key() not in m.kind_vars:
            var = 'kind' if pos.key() == ('pos', 0) else m.fresh('k')
            m.line(ind, f'{var} = kinds[{pos.expr()}]')
            m.uses_kinds = True
            m.kind_vars[pos.key()] = var
            added_kind_var = True
        for group in groups:
            alt, k = group[0]
            invalid_guard = self.error_pass and self.an.alt_uses_invalid(alt) and k == 0
            gind = ind
            if invalid_guard:
                m.line(gind, 'if p.call_invalid_rules:')
                gind += 1
            if len(group) == 1:
                self._emit_seq(m, alt, k, pos, gind, success, rule)
                if any(isinstance(n.item, model.Cut) for n in alt.items[k:]):
                    m.uses_cut = True
                    m.line(gind, 'if cut:')
                    m.fail(gind + 1)
            else:
                self._emit_shared(m, group, pos, gind, success, rule)
            if invalid_guard and m.lines[-1].strip().endswith(':'):
                m.line(gind, 'pass')
        if added_kind_var:
            del m.kind_vars[pos.key()]

    def _tests_token_at_start(self, group):
        alt, k = group[0]
        if k >= len(alt.items):
            return False
        return self._first_test(alt, k) is not None

    def _shareable(self, alt, k):
        item = alt.items[k].item
        if isinstance(item, model.Cut):
            return False
        if self.error_pass and self.an.alt_uses_invalid(alt):
            return False
        # Once past a cut the alternative is on its own.
        return not any(isinstance(n.item, model.Cut) for n in alt.items[:k])

    def _emit_shared(self, m, group, pos, ind, success, rule):
        # The shared item's value goes to a variable of its own: a later item
        # of one alternative may bind a name that another one gave to it. Each
        # alternative binds its own names just before its action.
        named = [(alt, alt.items[k].name) for alt, k in group if alt.items[k].name]
        var = m.fresh('_s') if named else None
        for alt, name in named:
            m.aliases.setdefault(id(alt), []).append((name, var))
        alt, k = group[0]
        shared = model.Named(None, alt.items[k].item)
        guard = self._guard_for_group(group)
        if guard is not None:
            m.line(ind, f'if {self.kind_test(m, pos, guard)}:')
            ind += 1
        new_pos, new_ind, value = self._emit_item(m, shared, pos, ind, [var] if var else [])
        rest = [(a, kk + 1) for a, kk in group]
        self._emit_choice(m, rest, new_pos, new_ind, success, rule)

    def _guard_for_group(self, group):
        """A FIRST test for a group whose first item does not test by itself."""
        alt, k = group[0]
        item = alt.items[k].item
        if not self.an.item_nullable(item) or isinstance(
                item, (model.Lookahead, model.Cut, model.Predicate)):
            return None
        kinds = set()
        for a, kk in group:
            first = self._suffix_first(a, kk)
            if first is None:
                return None
            kinds |= first
        return frozenset(kinds)

    def _suffix_first(self, alt, k):
        return self.convert_kinds(self.an.alt_first(model.Alt(alt.items[k:], None, 0)))

    def _first_test(self, alt, k):
        """The kinds the first item of alt.items[k:] tests, if it tests any."""
        item = alt.items[k].item
        if isinstance(item, (model.Token, model.Literal)):
            return frozenset({self.kind_of_leaf(item)})
        if isinstance(item, TokenSet):
            return frozenset(self.kind_of_leaf(c) for c in item.choices)
        if isinstance(item, (model.RuleRef, model.Expect)):
            return self.convert_kinds(self.an.item_first(item))
        if isinstance(item, (model.Optional, model.Repeat)):
            return self._suffix_first(alt, k)
        return None

    def _emit_seq(self, m, alt, k, pos, ind, success, rule):
        # A nullable start (optional, repeat) is worth a FIRST test of the
        # whole rest of the alternative.
        if k < len(alt.items):
            item = alt.items[k].item
            if (self.an.item_nullable(item)
                    and not isinstance(item, (model.Lookahead, model.Cut))):
                first = self._suffix_first(alt, k)
                if first is not None:
                    m.line(ind, f'if {self.kind_test(m, pos, first)}:')
                    ind += 1
        for n in range(k, len(alt.items)):
            pos, ind, _ = self._emit_item(m, alt.items[n], pos, ind,
                                          [alt.items[n].name] if alt.items[n].name else [])
        self._emit_success(m, alt, pos, ind, success, rule)

    def _emit_success(self, m, alt, pos, ind, success, rule):
        for name, var in m.aliases.get(id(alt), ()):
            m.line(ind, f'{name} = {var}')
        if alt.action is not None:
            action = self._expand_action(m, alt, pos, ind, rule)
            m.line(ind, f'r = {action}')
            m.line(ind, 'if r is not None:')
            success.emit(m, 'r', pos, ind + 1)
        else:
            value = '_v' if any(n.name == '_v' for n in alt.items) else 'True'
            success.emit(m, value, pos, ind)

    def _expand_action(self, m, alt, pos, ind, rule):
        action = alt.action
        if _MACRO.search(action):
            m.uses_toks = True
            m.line(ind, '_s = toks[pos]')
            if self._alt_may_end_ws(alt):
                m.line(ind, f'_e = p.last_token({pos.expr()})')
            else:
                m.line(ind, f'_e = toks[{pos.prev_expr()}]')
            expansions = {'LOC': '_s[2], _s[3], _e[4], _e[5]', 'START': '_s', 'END': '_e',
                          'POS': f'({pos.expr()})'}
            action = _MACRO.sub(lambda mo: expansions[mo.group()], action)
        return action

    def _alt_may_end_ws(self, alt):
        return self._alt_ends_ws(alt, self.ends_ws)

    # -- items -------------------------------------------------------------------

    def _bind(self, names, value):
        if not names:
            return None
        return ' = '.join(names) + f' = {value}'

    def _emit_item(self, m, named, pos, ind, names):
        """Emit the test for one item; return (position after, indent, value var)."""
        item = named.item
        for name in names:
            if name in RESERVED:
                raise ValueError(f'{m.name}: item name {name!r} is reserved')
        if isinstance(item, (model.Token, model.Literal, TokenSet)):
            m.line(ind, f'if {self._leaf_test(m, item, pos)}:  # {_short(item)}')
            bind = self._bind(names, f'toks[{pos.expr()}]')
            if bind:
                m.uses_toks = True
                m.line(ind + 1, bind)
            return pos.plus(1), ind + 1, None
        if isinstance(item, model.RuleRef):
            return self._emit_call(m, item, pos, ind, names)
        if isinstance(item, model.Expect):
            leaf = item.item
            m.line(ind, f'if not ({self._leaf_test(m, leaf, pos)}):')
            m.line(ind + 1, f'p.raise_expected({pos.expr()}, {str(leaf)!r})')
            bind = self._bind(names, f'toks[{pos.expr()}]')
            if bind:
                m.uses_toks = True
                m.line(ind, bind)
            return pos.plus(1), ind, None
        if isinstance(item, model.Cut):
            m.line(ind, 'cut = True')
            m.uses_cut = True
            return pos, ind, None
        if isinstance(item, model.Predicate):
            code = _MACRO.sub(lambda mo: f'({pos.expr()})' if mo.group() == 'POS'
                              else mo.group(), item.code)
            m.line(ind, f'if {code}:')
            return pos, ind + 1, None
        if isinstance(item, model.Lookahead):
            inner = item.item
            if isinstance(inner, (model.Token, model.Literal, TokenSet)):
                test = self._leaf_test(m, inner, pos, negate=not item.positive)
            elif isinstance(inner, model.RuleRef):
                first = self.convert_kinds(self.an.item_first(inner))
                call = f'p.{inner.name}({pos.expr()})'
                if item.positive:
                    test = f'{call} is not None'
                    if first is not None:
                        test = f'{self.kind_test(m, pos, first)} and {test}'
                else:
                    test = f'{call} is None'
                    if first is not None:
                        test = f'{self.kind_test(m, pos, first, negate=True)} or {test}'
            else:
                raise ValueError(f'{m.name}: unsupported lookahead {item}')
            m.line(ind, f'if {test}:  # {_short(item)}')
            return pos, ind + 1, None
        if isinstance(item, model.Optional):
            return self._emit_optional(m, item.item, pos, ind, names)
        if isinstance(item, model.Repeat):
            return self._emit_repeat(m, item, pos, ind, names)
        if isinstance(item, model.Gather):
            return self._emit_gather(m, item, pos, ind, names)
        raise ValueError(f'{m.name}: cannot emit {item}')

    def _leaf_test(self, m, leaf, pos, negate=False):
        if isinstance(leaf, TokenSet):
            kinds = frozenset(self.kind_of_leaf(c) for c in leaf.choices)
            soft = [c for c in leaf.choices
                    if isinstance(c, model.Literal) and self.an.is_soft_keyword(c.text)]
            if soft:
                raise ValueError(f'{m.name}: soft keywords in a token choice')
            return self.kind_test(m, pos, kinds, negate)
        kind = self.kind_of_leaf(leaf)
        test = self.kind_test(m, pos, {kind}, negate)
        if isinstance(leaf, model.Token) and leaf.name == 'SOFT_KEYWORD':
            m.uses_toks = True
            if negate:
                return f'({test} or toks[{pos.expr()}][1] not in SOFT_KEYWORD_PREFIXES)'
            return f'{test} and toks[{pos.expr()}][1] in SOFT_KEYWORD_PREFIXES'
        if isinstance(leaf, model.Literal) and self.an.is_soft_keyword(leaf.text):
            m.uses_toks = True
            if negate:
                return f'({test} or toks[{pos.expr()}][1] != {leaf.text!r})'
            return f'{test} and toks[{pos.expr()}][1] == {leaf.text!r}'
        return test

    def _emit_call(self, m, ref, pos, ind, names):
        first = self.convert_kinds(self.an.item_first(ref))
        var = names[0] if names else m.fresh('_r')
        if first is not None:
            m.line(ind, f'if {self.kind_test(m, pos, first)}:')
            ind += 1
        m.line(ind, f'{var} = p.{ref.name}({pos.expr()})')
        m.line(ind, f'if {var} is not None:')
        ind += 1
        for other in names[1:]:
            m.line(ind, f'{other} = {var}')
        new = m.fresh('i')
        m.line(ind, f'{new} = p.pos')
        return _Pos(new), ind, var

    def _emit_optional(self, m, inner, pos, ind, names):
        new = m.fresh('i')
        value_names = names
        if isinstance(inner, (model.Token, model.Literal, TokenSet)):
            m.line(ind, f'if {self._leaf_test(m, inner, pos)}:  # {inner}?')
            if value_names:
                m.uses_toks = True
                m.line(ind + 1, self._bind(value_names, f'toks[{pos.expr()}]'))
            m.line(ind + 1, f'{new} = {pos.plus(1).expr()}')
            m.line(ind, 'else:')
            if value_names:
                m.line(ind + 1, self._bind(value_names, 'None'))
            m.line(ind + 1, f'{new} = {pos.expr()}')
            return _Pos(new), ind, None
        if isinstance(inner, model.RuleRef):
            var = value_names[0] if value_names else m.fresh('_r')
            first = self.convert_kinds(self.an.item_first(inner))
            m.line(ind, f'{new} = {pos.expr()}')
            if first is not None:
                m.line(ind, f'{var} = p.{inner.name}({pos.expr()}) '
                            f'if {self.kind_test(m, pos, first)} else None')
            else:
                m.line(ind, f'{var} = p.{inner.name}({pos.expr()})')
            m.line(ind, f'if {var} is not None:')
            m.line(ind + 1, f'{new} = p.pos')
            for other in value_names[1:]:
                m.line(ind, f'{other} = {var}')
            return _Pos(new), ind, var
        if isinstance(inner, (model.Repeat, model.Gather)):
            # (x+)? and (x+ % s)?: an empty list is as good as nothing.
            seq = value_names[0] if value_names else m.fresh('_seq')
            return self._emit_list(m, inner, pos, ind, seq, optional=True,
                                   extra_names=value_names[1:])
        raise ValueError(f'{m.name}: unsupported optional {inner}')

    def _emit_repeat(self, m, item, pos, ind, names):
        seq = names[0] if names else m.fresh('_seq')
        return self._emit_list(m, item, pos, ind, seq, optional=False, extra_names=names[1:])

    def _emit_list(self, m, item, pos, ind, seq, optional, extra_names):
        """x*, x+, x+ % sep (and their optional forms): a list in seq."""
        new = m.fresh('i')
        m.line(ind, f'{new} = {pos.expr()}')
        p_new = _Pos(new)
        if isinstance(item, model.Repeat):
            inner = item.item
            m.line(ind, f'{seq} = []')
            self._emit_loop_body(m, inner, p_new, ind, seq)
            need_one = item.min_count == 1 and not optional
        else:  # Gather
            inner = item.item
            m.line(ind, f'{seq} = []')
            self._emit_gather_body(m, item, p_new, ind, seq)
            need_one = not optional
        if optional:
            m.line(ind, f'if not {seq}:')
            m.line(ind + 1, f'{seq} = None')
        for other in extra_names:
            m.line(ind, f'{other} = {seq}')
        if need_one:
            m.line(ind, f'if {seq}:')
            ind += 1
        return p_new, ind, seq

    def _emit_loop_body(self, m, inner, p, ind, seq):
        var = p.var
        if isinstance(inner, (model.Token, model.Literal, TokenSet)):
            m.uses_toks = True
            m.line(ind, f'while {self._leaf_test(m, inner, p)}:  # {inner}*')
            m.line(ind + 1, f'{seq}.append(toks[{var}])')
            m.line(ind + 1, f'{var} += 1')
            return
        if isinstance(inner, model.RuleRef):
            first = self.convert_kinds(self.an.item_first(inner))
            cond = self.kind_test(m, p, first) if first is not None else 'True'
            v = m.fresh('_r')
            m.line(ind, f'while {cond}:  # {inner}*')
            m.line(ind + 1, f'{v} = p.{inner.name}({var})')
            m.line(ind + 1, f'if {v} is None:')
            m.line(ind + 2, 'break')
            m.line(ind + 1, f'{seq}.append({v})')
            m.line(ind + 1, f'{var} = p.pos')
            return
        raise ValueError(f'{m.name}: unsupported repetition of {inner}')

    def _emit_gather_body(self, m, item, p, ind, seq):
        var = p.var
        inner, sep = item.item, item.sep
        if not isinstance(sep, (model.Token, model.Literal, TokenSet)):
            raise ValueError(f'{m.name}: a separator must be a token')
        v = m.fresh('_r')
        if isinstance(inner, (model.Token, model.Literal, TokenSet)):
            m.uses_toks = True
            m.line(ind, f'if {self._leaf_test(m, inner, p)}:  # {item}')
            m.line(ind + 1, f'{seq}.append(toks[{var}])')
            m.line(ind + 1, f'{var} += 1')
            sep_at = _Pos(var)
            m.line(ind + 1, f'while {self._leaf_test(m, sep, sep_at)} and '
                            f'{self._leaf_test(m, inner, sep_at.plus(1))}:')
            m.line(ind + 2, f'{seq}.append(toks[{var} + 1])')
            m.line(ind + 2, f'{var} += 2')
            return
        if not isinstance(inner, model.RuleRef):
            raise ValueError(f'{m.name}: unsupported gather of {inner}')
        first = self.convert_kinds(self.an.item_first(inner))
        guard = f'{self.kind_test(m, p, first)} and ' if first is not None else ''
        m.line(ind, f'if {guard}({v} := p.{inner.name}({var})) is not None:  # {item}')
        m.line(ind + 1, f'{seq}.append({v})')
        m.line(ind + 1, f'{var} = p.pos')
        sep_at = _Pos(var)
        next_at = sep_at.plus(1)
        guard2 = f' and {self.kind_test(m, next_at, first)}' if first is not None else ''
        m.line(ind + 1, f'while {self._leaf_test(m, sep, sep_at)}{guard2}:')
        m.line(ind + 2, f'{v} = p.{inner.name}({var} + 1)')
        m.line(ind + 2, f'if {v} is None:')
        m.line(ind + 3, 'break')
        m.line(ind + 2, f'{seq}.append({v})')
        m.line(ind + 2, f'{var} = p.pos')

    def _emit_gather(self, m, item, pos, ind, names):
        seq = names[0] if names else m.fresh('_seq')
        return self._emit_list(m, item, pos, ind, seq, optional=False, extra_names=names[1:])


class _ReturnSuccess:
    def emit(self, m, value, pos, ind):
        m.line(ind, f'p.pos = {pos.expr()}')
        if m.memo:
            m.line(ind, f'memo[pos] = ({value}, {pos.expr()})')
        m.line(ind, f'return {value}')


class _SeedSuccess:
    def emit(self, m, value, pos, ind):
        m.line(ind, f'left = {value}')
        m.line(ind, f'end = {pos.expr()}')
        m.line(ind, 'break')


class _TailSuccess:
    def emit(self, m, value, pos, ind):
        m.line(ind, f'left = {value}')
        m.line(ind, f'end = {pos.expr()}')
        m.line(ind, 'continue')


def _is_left_rec(alt, name):
    first = alt.items[0].item
    return isinstance(first, model.RuleRef) and first.name == name


def _short(item):
    text = str(item)
    return text if len(text) <= 40 else text[:37] + '...'


def _item_key(item):
    return type(item).__name__ + ':' + str(item)
