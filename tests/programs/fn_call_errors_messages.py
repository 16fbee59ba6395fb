class C:
    def m(self, a):
        pass
    @staticmethod
    def s(a, b):
        pass
    @classmethod
    def c(cls, *, k):
        pass
calls = ['C().m()', 'C().m(1, 2)', 'C.m(1)', 'C.s(1)', 'C().s()', 'C.c(1)', 'C.c(k=1, j=2)',
         'C()(1)', 'len()', 'len(1, 2)', 'int(x=1)', 'None()', '"str"()', '[].append()',
         'dict(1, 2)', 'print(end=1)', 'sorted(key=len)', 'max()', 'abs(**{"x": 1})',
         '(lambda a, /: a)(a=1)', 'C.m()']
for c in calls:
    try:
        eval(c)
        print(c, 'ok')
    except TypeError as exc:
        print(c, '->', exc)
