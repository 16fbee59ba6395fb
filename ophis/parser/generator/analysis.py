"""What the emitter needs to know about the grammar.

- groups that are more than a choice of single tokens become rules of their
  own (named ``_<rule>_<n>``), so that every choice lives in a rule;
- which rules can succeed without consuming a token (nullable);
- FIRST sets: the token kinds that can start a rule or an alternative, so the
  parser can skip what cannot match without calling it; a kind is a token
  type number, or a keyword's text;
- direct left recursion, which the emitter turns into a loop (indirect left
  recursion is refused: the grammar must be written without it);
- which rules the error pass changes: the ``invalid_*`` rules and the rules
  with an alternative that uses one.
"""
from ophis.tokenizer import tokens as token_table

from . import model
from .metagrammar import GrammarError

INVALID_PREFIX = 'invalid_'
FAST_PREFIX = 'fast_'
WITHOUT_INVALID_SUFFIX = '_without_invalid'


class TokenSet(model.Item):
    """A choice of single tokens, e.g. ('(' / '[' / '.'): no rule needed."""
    __slots__ = ('choices',)

    def __init__(self, choices):
        self.choices = choices  # list of Token or Literal

    def __str__(self):
        return '(' + ' / '.join(str(c) for c in self.choices) + ')'


class Analysis:
    def __init__(self, grammar):
        self.grammar = grammar
        self.soft_keywords = frozenset(grammar.directives.get('soft_keywords', ()))
        self.start_rules = grammar.directives.get('start', [])
        self.rules = {}
        for rule in grammar.rules.values():
            self.rules[rule.name] = rule
        self.keywords = set()
        self._lift_groups()
        self._check_names()
        self._inline_token_rules()
        self.nullable = self._compute_nullable()
        self._find_left_recursion()
        self.first = {}
        self._compute_first()
        self.error_rules = self._compute_error_rules()

    # -- kinds ---------------------------------------------------------------

    def literal_kind(self, text):
        """The kind that a quoted literal matches."""
        if text[0].isalpha() or text[0] == '_':
            if text in self.soft_keywords:
                return token_table.NAME
            return text
        try:
            return token_table.EXACT_TOKEN_TYPES[text]
        except KeyError:
            raise GrammarError(f'unknown operator {text!r}') from None

    def token_kind(self, name):
        if name == 'SOFT_KEYWORD':
            return token_table.NAME  # any soft keyword: a NAME
        number = getattr(token_table, name, None)
        if not isinstance(number, int):
            raise GrammarError(f'unknown token type {name}')
        return number

    def is_soft_keyword(self, text):
        return text in self.soft_keywords

    # -- group lifting -------------------------------------------------------

    def _lift_groups(self):
        for rule in list(self.rules.values()):
            counter = [0]
            rule.alts = [self._lift_alt(rule.name, alt, counter) for alt in rule.alts]

    def _lift_alt(self, owner, alt, counter):
        items = []
        for named in alt.items:
            item = named.item
            # A one-alternative group without action used as a plain item is
            # just its items, spliced in place.
            if (isinstance(item, model.Group) and named.name is None
                    and len(item.alts) == 1 and item.alts[0].action is None):
                inner = self._lift_alt(owner, item.alts[0], counter)
                items.extend(inner.items)
                continue
            items.append(model.Named(named.name, self._lift_item(owner, item, counter)))
        for named in items:
            if isinstance(named.item, model.Literal):
                text = named.item.text
                if (text[0].isalpha() or text[0] == '_') and text not in self.soft_keywords:
                    self.keywords.add(text)
        return model.Alt(items, alt.action, alt.line)

    def _lift_item(self, owner, item, counter):
        if isinstance(item, model.Group):
            if all(len(a.items) == 1 and a.action is None and a.items[0].name is None
                   and isinstance(a.items[0].item, (model.Token, model.Literal))
                   for a in item.alts):
                choices = [a.items[0].item for a in item.alts]
                for c in choices:
                    if isinstance(c, model.Literal) and c.text[0].isalpha():
                        if c.text not in self.soft_keywords:
                            self.keywords.add(c.text)
                return TokenSet(choices)
            counter[0] += 1
            name = f'_{owner}_{counter[0]}'
            rule = model.Rule(name, [], frozenset(), item.alts[0].line)
            self.rules[name] = rule
            rule.alts = [self._lift_alt(owner, a, counter) for a in item.alts]
            return model.RuleRef(name)
        if isinstance(item, model.Optional):
            return model.Optional(self._lift_item(owner, item.item, counter))
        if isinstance(item, model.Repeat):
            return model.Repeat(self._lift_item(owner, item.item, counter), item.min_count)
        if isinstance(item, model.Gather):
            return model.Gather(self._lift_item(owner, item.item, counter),
                                self._lift_item(owner, item.sep, counter))
        if isinstance(item, model.Lookahead):
            return model.Lookahead(self._lift_item(owner, item.item, counter), item.positive)
        if isinstance(item, model.Expect):
            return model.Expect(self._lift_item(owner, item.item, counter))
        if isinstance(item, model.Literal):
            text = item.text
            if (text[0].isalpha() or text[0] == '_') and text not in self.soft_keywords:
                self.keywords.add(text)
        return item

    # -- rules that are a choice of tokens ------------------------------------

    def _inline_token_rules(self):
        """A rule that only chooses among single tokens (t_lookahead) is used
        as a TokenSet where it is referenced: a test, not a call."""
        choices = {}
        changed = True
        while changed:
            changed = False
            for rule in self.rules.values():
                if rule.name in choices or rule.left_recursive:
                    continue
                found = []
                for alt in rule.alts:
                    if len(alt.items) != 1 or alt.action or alt.items[0].name:
                        break
                    item = alt.items[0].item
                    if isinstance(item, (model.Token, model.Literal)):
                        found.append(item)
                    elif isinstance(item, TokenSet):
                        found.extend(item.choices)
                    elif isinstance(item, model.RuleRef) and item.name in choices:
                        found.extend(choices[item.name])
                    else:
                        break
                else:
                    if not any(isinstance(c, model.Literal) and c.text in self.soft_keywords
                               for c in found):
                        choices[rule.name] = found
                        changed = True
        self.token_rules = choices

        def replace(item):
            if isinstance(item, model.RuleRef) and item.name in choices:
                return TokenSet(list(choices[item.name]))
            for cls in (model.Optional, model.Lookahead, model.Expect):
                if isinstance(item, cls):
                    inner = replace(item.item)
                    if isinstance(item, model.Lookahead):
                        return model.Lookahead(inner, item.positive)
                    return cls(inner)
            if isinstance(item, model.Repeat):
                return model.Repeat(replace(item.item), item.min_count)
            if isinstance(item, model.Gather):
                return model.Gather(replace(item.item), replace(item.sep))
            return item

        for rule in self.rules.values():
            if rule.name in choices:
                continue
            for alt in rule.alts:
                alt.items = [model.Named(n.name, replace(n.item)) for n in alt.items]

    # -- checks --------------------------------------------------------------

    def _check_names(self):
        for rule in self.rules.values():
            for alt in rule.alts:
                for named in alt.items:
                    for leaf in leaves(named.item):
                        if isinstance(leaf, model.RuleRef) and leaf.name not in self.rules:
                            raise GrammarError(f'rule {rule.name}: unknown rule {leaf.name}')
                        if isinstance(leaf, model.Token):
                            self.token_kind(leaf.name)
                        if isinstance(leaf, model.Literal):
                            self.literal_kind(leaf.text)
        for name in self.start_rules:
            if name not in self.rules:
                raise GrammarError(f'unknown start rule {name}')

    # -- nullable ------------------------------------------------------------

    def _compute_nullable(self):
        nullable = {name: False for name in self.rules}
        changed = True
        while changed:
            changed = False
            for rule in self.rules.values():
                if nullable[rule.name]:
                    continue
                if any(self._alt_nullable(alt, nullable) for alt in rule.alts):
                    nullable[rule.name] = True
                    changed = True
        return nullable

    def _alt_nullable(self, alt, nullable):
        return all(self._item_nullable(n.item, nullable) for n in alt.items)

    def _item_nullable(self, item, nullable=None):
        nullable = self.nullable if nullable is None else nullable
        if isinstance(item, (model.Optional, model.Lookahead, model.Cut, model.Predicate)):
            return True
        if isinstance(item, model.Repeat):
            return item.min_count == 0 or self._item_nullable(item.item, nullable)
        if isinstance(item, model.Gather):
            return self._item_nullable(item.item, nullable)
        if isinstance(item, model.RuleRef):
            return nullable[item.name]
        if isinstance(item, model.Expect):
            return self._item_nullable(item.item, nullable)
        return False

    def item_nullable(self, item):
        return self._item_nullable(item)

    # -- left recursion ------------------------------------------------------

    def _find_left_recursion(self):
        # Direct: an alternative starting with the rule itself.
        for rule in self.rules.values():
            for alt in rule.alts:
                first = alt.items[0].item
                if isinstance(first, model.RuleRef) and first.name == rule.name:
                    rule.left_recursive = True
            if rule.left_recursive:
                seen_seed = False
                for alt in rule.alts:
                    first = alt.items[0].item
                    is_rec = isinstance(first, model.RuleRef) and first.name == rule.name
                    if is_rec and seen_seed:
                        raise GrammarError(
                            f'rule {rule.name}: left-recursive alternatives must come first')
                    if not is_rec:
                        seen_seed = True
                    elif len(alt.items) < 2 or all(
                            self._item_nullable(n.item) for n in alt.items[1:]):
                        raise GrammarError(f'rule {rule.name}: a left-recursive '
                                           'alternative must consume after the recursion')
        # Indirect: refuse.
        graph = {name: self._leftmost_refs(rule) for name, rule in self.rules.items()}
        for name in self.rules:
            stack = [r for r in graph[name] if r != name]
            seen = set()
            while stack:
                current = stack.pop()
                if current == name:
                    raise GrammarError(f'rule {name} is indirectly left-recursive')
                if current in seen:
                    continue
                seen.add(current)
                stack.extend(graph[current])

    def _leftmost_refs(self, rule):
        refs = set()
        for alt in rule.alts:
            for named in alt.items:
                item = named.item
                for leaf in _leftmost_leaves(item):
                    if isinstance(leaf, model.RuleRef):
                        refs.add(leaf.name)
                if not self._item_nullable(item):
                    break
        return refs

    # -- FIRST sets ----------------------------------------------------------

    def _compute_first(self):
        """FIRST(rule): kinds that can start it; None when unknown (nullable)."""
        first = {name: set() for name in self.rules}
        changed = True
        while changed:
            changed = False
            for rule in self.rules.values():
                new = set()
                for alt in rule.alts:
                    new |= self._alt_first(alt, first) or set()
                if new - first[rule.name]:
                    first[rule.name] |= new
                    changed = True
        for name, kinds in first.items():
            self.first[name] = None if self.nullable[name] else frozenset(kinds)

    def _alt_first(self, alt, first):
        """Kinds that can start alt, or None if alt can start with anything.

        A lookahead adds its own FIRST when it may look further than one
        token, so that the guard never skips a test that would have read
        beyond the current token (what the parser reads decides where the
        generic syntax error goes).
        """
        kinds = set()
        for named in alt.items:
            item = named.item
            if isinstance(item, model.Lookahead):
                inner = self._item_first(item.item, first)
                if inner is None:
                    return None
                if self._may_read_more(item.item):
                    kinds |= inner
                continue
            if isinstance(item, (model.Cut, model.Predicate)):
                continue
            inner = self._item_first(item, first)
            if inner is None:
                return None
            kinds |= inner
            if not self._item_nullable(item):
                return kinds
        return None

    def _may_read_more(self, item):
        return not isinstance(item, (model.Token, model.Literal, TokenSet))

    def _item_first(self, item, first):
        if isinstance(item, model.Token):
            return {self.token_kind(item.name)}
        if isinstance(item, model.Literal):
            return {self.literal_kind(item.text)}
        if isinstance(item, TokenSet):
            return {self._leaf_kind(c) for c in item.choices}
        if isinstance(item, model.RuleRef):
            return set(first[item.name])
        if isinstance(item, (model.Optional, model.Repeat, model.Gather, model.Expect)):
            return self._item_first(item.item, first)
        raise GrammarError(f'no FIRST for {item}')

    def _leaf_kind(self, leaf):
        if isinstance(leaf, model.Token):
            return self.token_kind(leaf.name)
        return self.literal_kind(leaf.text)

    def alt_first(self, alt):
        result = self._alt_first(alt, self.first_for_alts())
        return None if result is None else frozenset(result)

    def first_for_alts(self):
        # Rules that are nullable have FIRST None; for the computation of an
        # alternative's FIRST the kinds of a nullable rule still count.
        if not hasattr(self, '_first_all'):
            first = {name: set() for name in self.rules}
            changed = True
            while changed:
                changed = False
                for rule in self.rules.values():
                    new = set()
                    for alt in rule.alts:
                        new |= self._alt_first(alt, first) or set()
                    if new - first[rule.name]:
                        first[rule.name] |= new
                        changed = True
            self._first_all = first
        return self._first_all

    def item_first(self, item):
        """Kinds that can start item, or None if unknown."""
        if isinstance(item, model.RuleRef):
            return self.first[item.name]
        if isinstance(item, (model.Optional, model.Repeat, model.Gather, model.Expect)):
            return self.item_first(item.item)
        result = self._item_first(item, self.first_for_alts())
        return None if result is None else frozenset(result)

    # -- the error pass ------------------------------------------------------

    def alt_uses_invalid(self, alt):
        return self._alt_uses(alt, INVALID_PREFIX)

    def alt_uses_fast(self, alt):
        """An alternative of the first pass only (see fast_* rules)."""
        return self._alt_uses(alt, FAST_PREFIX)

    def _alt_uses(self, alt, prefix):
        for named in alt.items:
            for leaf in leaves(named.item):
                if isinstance(leaf, model.RuleRef) and leaf.name.startswith(prefix):
                    return True
        return False

    def _compute_error_rules(self):
        """Rules whose code differs in the error pass."""
        result = set()
        for rule in self.rules.values():
            if (rule.name.startswith(INVALID_PREFIX)
                    or rule.name.endswith(WITHOUT_INVALID_SUFFIX)
                    or any(self.alt_uses_invalid(alt) or self.alt_uses_fast(alt)
                           for alt in rule.alts)):
                result.add(rule.name)
        # Groups lifted out of invalid rules belong to the error pass only.
        for name in list(self.rules):
            owner = name[1:].rsplit('_', 1)[0] if name.startswith('_') else None
            if owner and owner.startswith(INVALID_PREFIX):
                result.add(name)
        return result

    def pass1_rules(self):
        """Rules that exist in the first pass (no invalid_* rules)."""
        return [r for r in self.rules.values() if not self.error_only(r.name)]

    def error_only(self, name):
        if name.startswith(INVALID_PREFIX):
            return True
        if name.startswith('_'):
            owner = name[1:].rsplit('_', 1)[0]
            return owner.startswith(INVALID_PREFIX)
        return False


def leaves(item):
    """Every leaf item inside item."""
    if isinstance(item, model.Predicate):
        return
    if isinstance(item, (model.Optional, model.Repeat, model.Lookahead, model.Expect)):
        yield from leaves(item.item)
    elif isinstance(item, model.Gather):
        yield from leaves(item.item)
        yield from leaves(item.sep)
    elif isinstance(item, TokenSet):
        yield from item.choices
    elif isinstance(item, model.Group):
        for alt in item.alts:
            for named in alt.items:
                yield from leaves(named.item)
    else:
        yield item


def _leftmost_leaves(item):
    if isinstance(item, (model.Optional, model.Repeat, model.Gather, model.Expect)):
        yield from _leftmost_leaves(item.item)
    elif isinstance(item, (model.Lookahead, model.Predicate)):
        return
    else:
        yield item
