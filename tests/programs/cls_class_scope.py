x = 'module x'

class A:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    squares = [i * i for i in range(3)]
    names = [x for _ in range(1)]
    print('in body', x, y, __name__, __qualname__)

print(A.y, A().method(), A.squares, A.names)

def f():
    x = 'function x'
    class B:
        print('B sees', x)
        x = 'B x'
        print('B now', x)
        def get(self):
            return x
    return B().get(), B.x

print(f())

def g():
    value = 1
    class C:
        nonlocal_val = value
        def get(self):
            return value
    return C().get(), C.nonlocal_val

print(g())

class Outer:
    class Inner:
        class Deepest:
            pass
    def meth(self):
        class Local:
            pass
        return Local

print(Outer.Inner.Deepest.__qualname__, Outer().meth().__qualname__)

class WithAnnotations:
    a: int
    b: str = 'b'
print(WithAnnotations.__annotations__, hasattr(WithAnnotations, 'a'))

class Dunder:
    __private = 1
    def get(self):
        return self.__private
print(Dunder().get(), [k for k in vars(Dunder) if 'private' in k])
