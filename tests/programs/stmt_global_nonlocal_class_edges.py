x = 'global'
class A:
    x = 'class'
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(A().method(), A.y, A.z)

def outer():
    x = 'outer local'
    class B:
        x = 'class B'
        def m(self):
            return x
        seen = x
    return B().m(), B.seen
print(outer())

def outer2():
    v = 'enclosing'
    class C:
        try:
            print('class body sees', v)
        except NameError as e:
            print('NameError:', e)
        v = 'class attr'
        print('now', v)
    class D:
        print('without assignment sees', v)
    return C.v
print(outer2())

def counter_factory():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
Counter = counter_factory()
c1, c2 = Counter(), Counter()
print(c1.inc(), c2.inc(), c1.inc())
def global_in_class():
    class D:
        global made_in_class
        made_in_class = 'from class body'
    return D
global_in_class()
print(made_in_class)
def free_var_class():
    val = 1
    class E:
        val = val + 1 if False else 5
        def get(self):
            return val
    return E.val, E().get()
print(free_var_class())
