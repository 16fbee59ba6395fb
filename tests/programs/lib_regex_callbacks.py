import re
pat = re.compile(r'(?P<key>\w+)=(?P<val>\d+)')
s = 'a=1, bb=22, ccc=333'
print([m.groupdict() for m in pat.finditer(s)])
print(pat.sub(lambda m: f"{m['key'].upper()}:{int(m['val']) * 2}", s))
print(re.split(r'[,\s]+', 'a, b  c,d'), re.findall(r'\d+', 'x1y22z333'))
m = re.match(r'(\d+)-(\d+)', '10-20 rest')
print(m.groups(), m.span(2), m.group(0), m.end())
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello'), re.escape('a.b*c'))
print(bool(re.fullmatch(r'[a-z]+', 'abc')), re.search(r'\s', 'nospace'))
counter = [0]
def numbered(m):
    counter[0] += 1
    return f'<{counter[0]}:{m.group()}>'
print(re.sub(r'\b\w', numbered, 'one two three'))
try:
    re.compile('(')
except re.error as exc:
    print('re.error', exc)
