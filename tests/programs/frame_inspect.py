import inspect
import sys

def insp():
    frame = inspect.currentframe()
    return frame.f_code.co_name, [fi.function for fi in inspect.stack()[:2]]

print(insp())

def caller_info():
    info = inspect.getframeinfo(sys._getframe(1))
    return info.function, info.lineno, info.code_context

def call_it():
    return caller_info()

print(call_it())
print(inspect.isframe(sys._getframe()), inspect.iscode(call_it.__code__))
print(inspect.getfile(call_it).endswith('frame_inspect.py'))
print(inspect.getsource(call_it))
