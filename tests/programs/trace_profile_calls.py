import sys

calls = []
def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        calls.append((event, getattr(arg, '__name__', '?')))
    else:
        calls.append((event, name))

def helper(n):
    return sorted([n, 1, 2])

def main():
    total = len(helper(3))
    return max(total, 0)

sys.setprofile(profiler)
main()
sys.setprofile(None)
for c in calls:
    print(c)
print(sys.getprofile())
