import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('gen', 'consumer', 'coro'):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer
def gen():
    yield 1
    yield 2
def consumer():
    total = 0
    for v in gen():
        total += v
    return total
async def coro():
    return 5
sys.settrace(tracer)
consumer()
c = coro()
try:
    c.send(None)
except StopIteration:
    pass
sys.settrace(None)
for e in events:
    print(*e)
counts = {}
def opcode_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if frame.f_code.co_name == 'tiny':
        counts[event] = counts.get(event, 0) + 1
    return opcode_tracer
def tiny():
    x = 1
    return x
sys.settrace(opcode_tracer)
tiny()
sys.settrace(None)
print(sorted(counts), counts['line'], counts['opcode'] > counts['line'])
