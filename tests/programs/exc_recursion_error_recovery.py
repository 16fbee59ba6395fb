import sys

def deep(n):
    return deep(n + 1) if n >= 0 else 0

for attempt in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print('attempt', attempt, e)

def after_recovery():
    return sum(range(10))
print(after_recovery())

def recursive_with_finally(n, log):
    try:
        return recursive_with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append('outermost finally ran')
log = []
try:
    recursive_with_finally(0, log)
except RecursionError:
    pass
print(log)
def recursive_generator(n):
    yield n
    yield from recursive_generator(n + 1)
try:
    for _ in recursive_generator(0):
        pass
except RecursionError as e:
    print('generator recursion:', e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    deep(0)
except RecursionError:
    print('hit the lower limit')
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def catches_and_continues(n):
    try:
        return catches_and_continues(n + 1)
    except RecursionError:
        return n
print(catches_and_continues(0) > 900)
