log = []
def t(name, value=None):
    log.append(name)
    return value if value is not None else name

def f(*a, **k):
    return a, k

f(t('a'), t('b'), *[t('c')], k=t('d'), **{t('e'): t('f')})
print(log); log.clear()
d = {t('k1'): t('v1'), t('k2'): t('v2')}
print(log); log.clear()
x = [0, 0]
x[t('index', 0)] = t('value', 5)
print(log); log.clear()
a = b = t('chained')
print(log); log.clear()
obj = type('O', (), {})()
obj.attr = 1
def get_obj():
    log.append('obj')
    return obj
get_obj().attr += t('inc', 1)
print(log, obj.attr); log.clear()
lst = [1, 2]
def idx():
    log.append('idx')
    return 0
lst[idx()] += 10
print(log, lst); log.clear()
t('left', 1) + t('right', 2)
print(log); log.clear()
t('cond', True) and t('then') or t('else')
print(log); log.clear()
[t(i) for i in 'xy']
print(log); log.clear()
def deco(name):
    log.append('deco ' + name)
    def apply(fn):
        log.append('apply ' + name)
        return fn
    return apply
@deco('outer')
@deco('inner')
def decorated(p=t('default')):
    pass
print(log); log.clear()
class C(t('base', object), metaclass=t('meta', type)):
    log.append('body')
print(log); log.clear()
t('x', 1) < t('y', 2) < t('z', 3)
print(log); log.clear()
(t('first'), t('second'))[t('i', 1)]
print(log); log.clear()
try:
    t('try')
    raise ValueError(t('arg'))
except (t('exc-type', ValueError)):
    log.append('handler')
print(log); log.clear()
u, v = t('u'), t('v')
print(log); log.clear()
print(f'{t("fa")}{t("fb")}', log)
