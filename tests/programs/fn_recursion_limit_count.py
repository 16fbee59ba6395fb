import sys

def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

base = depth()
sys.setrecursionlimit(200)
small = depth()
print(base - small == sys.getrecursionlimit() - 200 + (1000 - sys.getrecursionlimit()) * 0 or (base, small))
sys.setrecursionlimit(1000)

def measure(limit):
    sys.setrecursionlimit(limit)
    try:
        return depth()
    finally:
        sys.setrecursionlimit(1000)

a = measure(150)
b = measure(250)
print(b - a)

def recurse_method():
    class Node:
        def walk(self, n):
            return self.walk(n + 1)
    try:
        Node().walk(0)
    except RecursionError as e:
        print('method:', e)
recurse_method()

def boom():
    boom()
try:
    boom()
except RecursionError as e:
    print(type(e).__name__, e)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit())

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(e)
