def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(8)), hanoi(2))
import sys
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(count_depth())
sys.setrecursionlimit(1000)
memo = {}
def partitions(n, k):
    if (n, k) in memo:
        return memo[n, k]
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    memo[n, k] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[n, k]
print(partitions(50, 50))
