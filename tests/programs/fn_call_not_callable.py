def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)

attempt(lambda: 5())
attempt(lambda: 'text'())
attempt(lambda: None())
attempt(lambda: [1](2))
class A:
    pass
attempt(lambda: A()())
attempt(lambda: A(1))
class B:
    def __init__(self):
        pass
attempt(lambda: B(1))
class C:
    def __new__(cls, x):
        return super().__new__(cls)
attempt(lambda: C())
attempt(lambda: C(1, 2))
attempt(lambda: object(1))
attempt(lambda: int('1', 2, 3))
attempt(lambda: len())
attempt(lambda: (lambda: 1)(1))
attempt(lambda: (lambda *, a: 1)(1))
attempt(lambda: (lambda *, a: 1)())
attempt(lambda: (lambda a, b, c: 1)(1))
attempt(lambda: (lambda a, b=1, *, c, d: 1)())
attempt(lambda: (lambda a, b=1, *, c, d: 1)(1, 2, 3))
attempt(lambda: (lambda a, b=1, *, c, d: 1)(1, 2, 3, c=1))
attempt(lambda: dict.fromkeys())
