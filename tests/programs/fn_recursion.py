import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))
print(len(str(fact(500))))

depth = 0
def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError as exc:
    print('RecursionError', exc, depth)

sys.setrecursionlimit(80)
depth = 0
try:
    dive()
except RecursionError as exc:
    print('limited', depth)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as exc:
    print(exc)

def deep(n):
    if n:
        return deep(n - 1)
    sys.setrecursionlimit(5)

sys.setrecursionlimit(1000)
try:
    deep(10)
except RecursionError as exc:
    print(exc)
