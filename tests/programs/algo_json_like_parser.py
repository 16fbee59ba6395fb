class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f'{msg} at position {pos}')
        self.pos = pos

class Reader:
    WS = ' \t\n\r'
    def __init__(self, text):
        self.text = text
        self.i = 0

    def peek(self):
        self.skip()
        return self.text[self.i] if self.i < len(self.text) else ''

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in self.WS:
            self.i += 1

    def eat(self, ch):
        if self.peek() != ch:
            raise JSONError(f'expected {ch!r}', self.i)
        self.i += 1

    def value(self):
        ch = self.peek()
        if ch == '{':
            return dict(self.members())
        if ch == '[':
            return list(self.elements())
        if ch == '"':
            return self.string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def members(self):
        self.eat('{')
        if self.peek() == '}':
            self.i += 1
            return
        while True:
            key = self.string()
            self.eat(':')
            yield key, self.value()
            if self.peek() == ',':
                self.i += 1
                continue
            self.eat('}')
            return

    def elements(self):
        self.eat('[')
        if self.peek() == ']':
            self.i += 1
            return
        while True:
            yield self.value()
            if self.peek() == ',':
                self.i += 1
            else:
                self.eat(']')
                return

    def string(self):
        self.eat('"')
        out = []
        while True:
            if self.i >= len(self.text):
                raise JSONError('unterminated string', self.i)
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return ''.join(out)
            if ch == '\\':
                esc = self.text[self.i]
                self.i += 1
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}.get(esc, esc))
            else:
                out.append(ch)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in '+-0123456789.eE':
            self.i += 1
        chunk = self.text[start:self.i]
        if not chunk:
            raise JSONError('unexpected character', start)
        try:
            return int(chunk)
        except ValueError:
            return float(chunk)

def parse(text):
    r = Reader(text)
    v = r.value()
    if r.peek():
        raise JSONError('trailing data', r.i)
    return v

import json
samples = ['{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true}}', '[]', '{}',
           '"esc\\"aped\\n"', '[1, [2, [3, []]]]', '{"a" 1}', '[1, 2', '"open',
           '12 13', '@']
for s in samples:
    try:
        mine = parse(s)
        print(mine, mine == json.loads(s))
    except JSONError as e:
        print('error:', e, e.pos)
