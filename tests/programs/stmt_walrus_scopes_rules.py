import re

data = ['a1', 'bb', 'c22', 'dd']
print([m.group() for s in data if (m := re.search(r'\d+', s))])
print(m)
if (n := len(data)) > 3:
    print('long list', n)
while (chunk := data.pop() if data else None) is not None:
    print('chunk', chunk)
def f():
    total = 0
    values = [total := total + x for x in range(4)]
    return total, values
print(f())
def g():
    [y := i for i in range(3)]
    return y
print(g())
try:
    compile('class C:\n    d = [(z := v) for v in range(2)]', 'class_walrus', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
def nested():
    def inner():
        return [(w := 5) for _ in range(1)]
    inner()
    try:
        return w
    except NameError as e:
        return str(e)
print(nested())
print((x := 10), x)
def default_capture(a=(b := 3)):
    return a
print(default_capture(), b)
print([(lambda: (q := 7))() for _ in range(1)], 'q' in dir())
