import sys, io
sys.stdin = io.StringIO('''s
s
n
p locals()
b helper
c
bt
u
p n
d
r
p __return__
until
j 1
next
step
l 1, 3
args
c
''')
import pdb
def helper(n):
    total = n + 1
    return total * 2
def main():
    a = 1
    pdb.set_trace()
    b = helper(a)
    c = helper(b)
    for i in range(2):
        c += i
    return c
print(main())
