# Superinstructions (ophis.vm.superinstructions): pairs of instructions run
# by one handler must raise at the right instruction (traceback lines and
# carets, exception handlers), see the right f_lineno, and test truth the
# way the separate instructions do.  Each function starts with nop() so
# that the pair under test is where execution enters the statement
# (tests/vm/test_superinstructions.py checks that each pair is fused).
import sys
import traceback


def nop():
    pass


def show(function, *args):
    try:
        function(*args)
    except Exception:
        lines = traceback.format_exc().splitlines()
        # The entries of this file's functions, with their carets.
        print('\n'.join(line for line in lines[3:]))


class Slotted:
    __slots__ = ('a',)


class Where:
    @property
    def where(self):
        return sys._getframe(1).f_lineno


class BadBool:
    def __bool__(self):
        raise ValueError('no truth')


class Odd:
    def __lt__(self, other):
        return BadBool()

    def __eq__(self, other):
        return 'yes'


class Empty:
    def __contains__(self, item):
        return False


def load_attr(obj):
    nop()
    value = obj.missing
    return value


def load_method(obj):
    nop()
    return obj.missing()


def store_attr(obj, value):
    obj.b = value + 1


def binary(a, b):
    x = len(a) * b
    y = len(a) + b
    z = len(a) - b
    return x, y, z


def subscr(seq, i):
    return list(seq)[i]


def compare_jump(a, b):
    if a < b:
        return 'less'
    return 'not less'


def compare_gt(a, b):
    if a > b:
        return 'greater'
    return 'not greater'


def compare_eq(a, b):
    if a == b:
        return 'equal'
    return 'different'


def compare_other(a, b):
    if a <= b:
        return 'at most'
    if a != b:
        return 'differs'
    return 'same'


def membership(a, b):
    if a in b:
        return 'in'
    if a is b:
        return 'is'
    return 'neither'


def multi_line(obj):
    nop()
    return (obj
            .where)


def same_line(obj):
    nop()
    return obj.where


def handled(obj):
    try:
        nop()
        return obj.missing
    except AttributeError as error:
        return f'caught {error}'


def loop_store(items):
    total = 0
    for item in items:
        total += item
    return total


def attr_then_local(obj, other):
    nop()
    a = obj.real
    return a, other.imag, obj


def attr_arith(a, b):
    nop()
    x = a * b.real
    y = a + b.imag
    z = a - b.real
    return x, y, z


def aug_subscr(v, x):
    nop()
    v[0] -= x
    first, second = v[0], x
    return first, second


def gen():
    yield 1
    yield 2


show(load_attr, 1)
show(load_method, 'text')
show(store_attr, Slotted(), 3)
show(binary, 'ab', 'b')
show(binary, 'ab', [2])
show(subscr, [1, 2], 5)
show(compare_jump, Odd(), 1)
print(compare_jump(1, 2), compare_jump(2, 1), compare_eq(Odd(), 3),
      compare_eq(1, 1), compare_eq(1, 2), compare_gt(3, 2), compare_gt(2, 3),
      compare_other(1, 2), compare_other(3, 2), compare_other(2.0, 2.0))
empty = Empty()
print(membership(1, [1]), membership(empty, empty), membership(1, []))
show(compare_jump, 1, 'x')
show(compare_gt, 1, 'x')
show(compare_other, 1, 'x')
print(multi_line(Where()), same_line(Where()))
print(handled(object()))
print(loop_store([1, 2, 3]), loop_store(gen()), loop_store(range(5)))
print(binary('abc', 2))
print(attr_then_local(3, 4j))
print(attr_arith(2, 3 + 4j))
show(attr_arith, 'ab', 1.5)
show(attr_arith, [1], 2)
show(attr_arith, {1}, 2)
print(aug_subscr([5], 2))
show(aug_subscr, ['a'], 1)
show(aug_subscr, (1,), 1)
obj = Where()
store_attr(obj, 5)
print(obj.b)
load_attr(None)
