counter = 0
class Incrementer:
    global counter
    counter += 1
    local_value = counter
print(counter, Incrementer.local_value)
def outer():
    x = 'enclosing'
    class Inner:
        y = x
        def method(self):
            return x
    return Inner.y, Inner().method()
print(outer())
def outer2():
    x = 'enclosing'
    class Inner:
        x = 'class attr'
        z = x
        def method(self):
            return x
    return Inner.z, Inner().method()
print(outer2())
name = 'module'
class A:
    name = 'A'
    class B:
        value = name
print(A.B.value)
