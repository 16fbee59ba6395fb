def connect(host, port=80, *, timeout=10, retries=3, **options):
    return f'{host}:{port} t={timeout} r={retries} {sorted(options.items())}'
print(connect('a'))
print(connect('a', 8080, timeout=1))
print(connect(host='b', retries=0, ssl=True))
print(connect.__kwdefaults__)
connect.__kwdefaults__ = {'timeout': 99, 'retries': 1}
print(connect('c'))
connect.__kwdefaults__ = None
try:
    connect('d')
except TypeError as exc:
    print(exc)
def only_kw(*, a, b=2):
    return a, b
print(only_kw(a=1), only_kw(b=3, a=4))
def positional_only(a, b=2, /):
    return a, b
print(positional_only(1), positional_only(1, 3))
def everything(a, /, b, *args, c, **kw):
    return a, b, args, c, kw
print(everything(1, 2, 3, c=4, d=5), everything(1, b=2, c=3, a=10))
