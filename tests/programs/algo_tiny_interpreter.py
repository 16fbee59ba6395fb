import re
import operator

TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')

class ParseError(Exception):
    pass

def tokenize(text):
    for number, name, op in TOKEN.findall(text):
        if number:
            yield ('num', float(number) if '.' in number else int(number))
        elif name:
            yield ('name', name)
        elif op.strip():
            yield ('op', op)
    yield ('end', None)

class Parser:
    OPS = {'+': (1, operator.add), '-': (1, operator.sub),
           '*': (2, operator.mul), '/': (2, operator.truediv),
           '^': (3, operator.pow)}

    def __init__(self, text):
        self.tokens = tokenize(text)
        self.advance()

    def advance(self):
        self.kind, self.value = next(self.tokens)

    def parse(self, min_prec=0):
        left = self.atom()
        while self.kind == 'op' and self.value in self.OPS:
            prec, fn = self.OPS[self.value]
            if prec < min_prec:
                break
            self.advance()
            right = self.parse(prec + (0 if fn is operator.pow else 1))
            left = (fn, left, right)
        return left

    def atom(self):
        kind, value = self.kind, self.value
        if kind == 'num':
            self.advance()
            return value
        if kind == 'name':
            self.advance()
            if self.kind == 'op' and self.value == '(':
                self.advance()
                arg = self.parse()
                self.expect(')')
                return ('call', value, arg)
            return ('var', value)
        if kind == 'op' and value == '(':
            self.advance()
            inner = self.parse()
            self.expect(')')
            return inner
        if kind == 'op' and value == '-':
            self.advance()
            return (operator.neg, self.atom())
        raise ParseError(f'unexpected {value!r}')

    def expect(self, op):
        if self.kind != 'op' or self.value != op:
            raise ParseError(f'expected {op!r}, got {self.value!r}')
        self.advance()

def evaluate(node, env):
    match node:
        case int() | float():
            return node
        case ('var', name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f'unknown variable {name}') from None
        case ('call', fname, arg):
            return env[fname](evaluate(arg, env))
        case (fn, operand):
            return fn(evaluate(operand, env))
        case (fn, left, right):
            return fn(evaluate(left, env), evaluate(right, env))

env = {'x': 3, 'half': lambda v: v / 2, 'sq': lambda v: v * v}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-x + 10', 'half(x * 4)',
            'sq(sq(2)) - 1', '1 / 0', 'y + 1', '3 +', '2 * (3']:
    try:
        print(src, '=', evaluate(Parser(src).parse(), env))
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__, e)
