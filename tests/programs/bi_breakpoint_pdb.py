import sys, io
sys.stdin = io.StringIO('p x\nn\np y\nw\nc\n')
def compute():
    x = 10
    breakpoint()
    y = x * 2
    return y
print(compute())
