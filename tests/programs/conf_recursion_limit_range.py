# sys.setrecursionlimit takes any C int (unittest.mock's test_copy sets
# 10**9); outside that range it fails as the host does, and keeps the old
# limit.  (test_unittest testmock.MockTest.test_copy.)
import copy
import sys

old = sys.getrecursionlimit()
for value in (int(10e8), 2**31 - 1, 2**31, 10**20, -2**40, 0, -1):
    try:
        sys.setrecursionlimit(value)
        print(value, 'set', sys.getrecursionlimit() == value)
    except (OverflowError, ValueError) as exc:
        print(value, type(exc).__name__, exc, sys.getrecursionlimit())
    finally:
        sys.setrecursionlimit(old)


def depth(n):
    return depth(n + 1) if n < 3000 else n


sys.setrecursionlimit(int(10e8))
print(depth(0))
print(copy.deepcopy([[1, [2, [3]]], {'a': (4, 5)}]))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
