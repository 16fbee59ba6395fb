import sys

events = []
def profiler(frame, event, arg):
    name = arg.__name__ if event.startswith('c_') else frame.f_code.co_name
    events.append((event, name))

def square(x):
    return x * x

def work():
    total = sum([square(i) for i in range(3)])
    text = ', '.join(['a', 'b'])
    try:
        int('x')
    except ValueError:
        pass
    return total, len(text)

sys.setprofile(profiler)
work()
sys.setprofile(None)
for e in events:
    print(*e)
print(sys.getprofile())
