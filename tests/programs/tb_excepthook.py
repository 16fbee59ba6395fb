import sys

def hook(kind, value, tb):
    print('custom hook:', kind.__name__, value, tb.tb_frame.f_code.co_filename.endswith('tb_excepthook.py'))
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)

sys.excepthook = hook

def fail():
    raise LookupError('through hook')

fail()
