import sys
import threading
log = []
def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'work':
        log.append(threading.current_thread().name)
    return None
def work():
    return 1
threading.settrace(tracer)
t = threading.Thread(target=work, name='T1')
t.start(); t.join()
threading.settrace(None)
print(log)
print(sys.gettrace())
def profile(frame, event, arg):
    if frame.f_code.co_name == 'work' and event in ('call', 'return'):
        log.append(event)
sys.setprofile(profile)
work()
sys.setprofile(None)
print(log)
