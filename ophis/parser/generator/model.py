"""The grammar as data: rules made of alternatives made of items.

An item is one of the classes below. ``Token`` stands for a token type
(NAME, NUMBER, NEWLINE, ...), ``Literal`` for a quoted keyword, soft keyword
or operator, ``RuleRef`` for a call to another rule, ``Group`` for a
parenthesized choice. The others wrap one item (``Gather`` two).
"""


class Item:
    __slots__ = ()


class Token(Item):
    """A token type by its name in the token table, e.g. NAME."""
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name


class Literal(Item):
    """A quoted keyword, soft keyword or operator: 'if', 'match', '+='."""
    __slots__ = ('text',)

    def __init__(self, text):
        self.text = text

    def __str__(self):
        return repr(self.text)


class RuleRef(Item):
    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name


class Group(Item):
    """( alt / alt ... ): becomes an anonymous rule unless it is trivial."""
    __slots__ = ('alts',)

    def __init__(self, alts):
        self.alts = alts

    def __str__(self):
        return '(' + ' / '.join(str(a) for a in self.alts) + ')'


class Optional(Item):
    __slots__ = ('item',)

    def __init__(self, item):
        self.item = item

    def __str__(self):
        return f'{self.item}?'


class Repeat(Item):
    """item* (min_count 0) or item+ (min_count 1): a list."""
    __slots__ = ('item', 'min_count')

    def __init__(self, item, min_count):
        self.item = item
        self.min_count = min_count

    def __str__(self):
        return f'{self.item}{"*+"[self.min_count]}'


class Gather(Item):
    """item+ % sep: one or more items separated by sep, a list of items."""
    __slots__ = ('item', 'sep')

    def __init__(self, item, sep):
        self.item = item
        self.sep = sep

    def __str__(self):
        return f'{self.item}+ % {self.sep}'


class Lookahead(Item):
    """&item (positive) or !item (negative): tests without consuming."""
    __slots__ = ('item', 'positive')

    def __init__(self, item, positive):
        self.item = item
        self.positive = positive

    def __str__(self):
        return f'{"&" if self.positive else "!"}{self.item}'


class Cut(Item):
    """^: once passed, a failure of this alternative fails the rule."""
    __slots__ = ()

    def __str__(self):
        return '^'


class Predicate(Item):
    """&{ code }: succeeds, consuming nothing, when the Python expression is
    true (for fast_* rules only: the parser cannot see what it reads)."""
    __slots__ = ('code',)

    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f'&{{ {self.code} }}'


class Expect(Item):
    """expect(token): the token or an immediate "expected '...'" error."""
    __slots__ = ('item',)

    def __init__(self, item):
        self.item = item

    def __str__(self):
        return f'expect({self.item})'


class Named:
    """An item with an optional name that the action can use."""
    __slots__ = ('name', 'item')

    def __init__(self, name, item):
        self.name = name
        self.item = item

    def __str__(self):
        return f'{self.name}:{self.item}' if self.name else str(self.item)


class Alt:
    """A sequence of named items and an optional action (Python source)."""
    __slots__ = ('items', 'action', 'line')

    def __init__(self, items, action, line):
        self.items = items
        self.action = action
        self.line = line

    def __str__(self):
        text = ' '.join(str(i) for i in self.items)
        return text + (f' {{ {self.action} }}' if self.action else '')


class Rule:
    __slots__ = ('name', 'alts', 'flags', 'line', 'left_recursive')

    def __init__(self, name, alts, flags, line):
        self.name = name
        self.alts = alts
        self.flags = flags
        self.line = line
        self.left_recursive = False

    @property
    def is_invalid(self):
        return self.name.startswith('invalid_')

    def __str__(self):
        return f'{self.name} <- ' + '\n    / '.join(str(a) for a in self.alts)


class Grammar:
    __slots__ = ('rules', 'directives', 'source_name')

    def __init__(self, rules, directives, source_name):
        self.rules = rules            # name -> Rule, in file order
        self.directives = directives  # name -> list of words
        self.source_name = source_name
