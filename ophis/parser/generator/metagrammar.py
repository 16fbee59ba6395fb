"""Reads the grammar notation (docs/parser.md describes it) into a model.

    # comment
    @directive word word ...
    rule_name (flag, flag) <-
          item item ... { action }
        / item item ...

Items: NAME-like upper-case words are token types, lower-case words rule
names; 'x' is a keyword, soft keyword or operator; name:item names an item;
(a / b) groups; item? item* item+ optional and repeated; item+ % sep a list
of items separated by sep; &item and !item look ahead; ^ is a cut;
expect('x') demands a token and raises "expected 'x'" otherwise.
"""
import re

from . import model

_TOKEN_RE = re.compile(r'''
      (?P<ws>[ \t\r\n]+|\#[^\n]*)
    | (?P<directive>@[A-Za-z_]+[^\n]*)
    | (?P<arrow><-)
    | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
    | (?P<string>'[^'\n]*'|"[^"\n]*")
    | (?P<action>\{)
    | (?P<op>[/()?*+%&!^:,])
''', re.VERBOSE)


class GrammarError(Exception):
    pass


def _scan_action(text, start):
    """The end (after '}') of the action whose '{' is at text[start]."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        c = text[i]
        if c in '\'"':
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = text.find(quote, i + len(quote))
            while j != -1 and len(quote) == 1 and text[j - 1] == '\\':
                j = text.find(quote, j + 1)
            if j == -1:
                raise GrammarError(f'unterminated string in action at {start}')
            i = j + len(quote)
            continue
        if c in '{[(':
            depth += 1
        elif c in '}])':
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise GrammarError(f'unterminated action at offset {start}')


def _tokenize(text):
    tokens = []  # (kind, value, line)
    pos = 0
    n = len(text)
    while pos < n:
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            line = text.count('\n', 0, pos) + 1
            raise GrammarError(f'line {line}: unexpected {text[pos]!r}')
        kind = m.lastgroup
        line = text.count('\n', 0, pos) + 1
        if kind == 'action':
            end = _scan_action(text, pos)
            body = text[pos + 1:end - 1]
            tokens.append(('action', ' '.join(body.split()), line))
            pos = end
            continue
        if kind != 'ws':
            tokens.append((kind, m.group(), line))
        pos = m.end()
    tokens.append(('eof', '', text.count('\n') + 1))
    return tokens


class _Reader:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self, offset=0):
        return self.tokens[self.pos + offset]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def error(self, message):
        kind, value, line = self.peek()
        raise GrammarError(f'line {line}: {message} (at {value!r})')

    def expect(self, kind, value=None):
        tok = self.next()
        if tok[0] != kind or (value is not None and tok[1] != value):
            self.pos -= 1
            self.error(f'expected {value or kind}')
        return tok

    def at_rule_start(self):
        """Whether a rule header (name [(flags)] <-) starts here."""
        if self.peek()[0] != 'name':
            return False
        i = 1
        if self.peek(i)[:2] == ('op', '('):
            i += 1
            while self.peek(i)[0] == 'name' or self.peek(i)[1] == ',':
                i += 1
            if self.peek(i)[1] != ')':
                return False
            i += 1
        return self.peek(i)[0] == 'arrow'

    def grammar(self, source_name):
        rules = {}
        directives = {}
        while self.peek()[0] != 'eof':
            kind, value, line = self.peek()
            if kind == 'directive':
                self.next()
                words = value[1:].split()
                directives.setdefault(words[0], []).extend(words[1:])
                continue
            rule = self.rule()
            if rule.name in rules:
                raise GrammarError(f'line {line}: rule {rule.name} defined twice')
            rules[rule.name] = rule
        return model.Grammar(rules, directives, source_name)

    def rule(self):
        name, line = self.expect('name')[1:]
        flags = []
        if self.peek()[1] == '(':
            self.next()
            while self.peek()[1] != ')':
                flags.append(self.expect('name')[1])
                if self.peek()[1] == ',':
                    self.next()
            self.next()
        self.expect('arrow')
        alts = self.alternatives(top=True)
        return model.Rule(name, alts, frozenset(flags), line)

    def alternatives(self, top):
        alts = []
        if self.peek()[1] == '/':
            self.next()
        alts.append(self.alternative(top))
        while self.peek()[1] == '/':
            self.next()
            alts.append(self.alternative(top))
        return alts

    def alternative(self, top):
        line = self.peek()[2]
        items = []
        action = None
        while True:
            kind, value, _ = self.peek()
            if kind == 'eof' or value in ('/', ')') or kind == 'directive':
                break
            if top and self.at_rule_start():
                break
            if kind == 'action':
                self.next()
                action = value
                break
            items.append(self.named_item())
        if not items:
            self.error('empty alternative')
        return model.Alt(items, action, line)

    def named_item(self):
        if self.peek()[0] == 'name' and self.peek(1)[1] == ':':
            name = self.next()[1]
            self.next()
            return model.Named(name, self.item())
        return model.Named(None, self.item())

    def item(self):
        kind, value, _ = self.peek()
        if value == '&' and self.peek(1)[0] == 'action':
            self.next()
            return model.Predicate(self.next()[1])
        if value == '&' or value == '!':
            self.next()
            return model.Lookahead(self.item(), value == '&')
        if value == '^':
            self.next()
            return model.Cut()
        item = self.atom()
        while True:
            value = self.peek()[1]
            if value == '?':
                self.next()
                item = model.Optional(item)
            elif value == '*':
                self.next()
                item = model.Repeat(item, 0)
            elif value == '+':
                self.next()
                if self.peek()[1] == '%':
                    self.next()
                    item = model.Gather(item, self.atom())
                else:
                    item = model.Repeat(item, 1)
            else:
                return item

    def atom(self):
        kind, value, _ = self.next()
        if kind == 'name':
            if value == 'expect' and self.peek()[1] == '(':
                self.next()
                inner = self.atom()
                self.expect('op', ')')
                return model.Expect(inner)
            if value.isupper():
                return model.Token(value)
            return model.RuleRef(value)
        if kind == 'string':
            return model.Literal(value[1:-1])
        if value == '(':
            alts = self.alternatives(top=False)
            self.expect('op', ')')
            return model.Group(alts)
        self.pos -= 1
        self.error('expected an item')


def read_grammar(text, source_name):
    return _Reader(_tokenize(text)).grammar(source_name)
