import signal
import os
def handler_chain():
    print('raising SIGINT at myself')
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(1000):
        pass
try:
    handler_chain()
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')
def again():
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        pass
again()
