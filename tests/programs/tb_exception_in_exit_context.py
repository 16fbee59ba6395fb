class Cleanup:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print('exit sees', typ.__name__ if typ else None)
        raise OSError('cleanup failed')
def task():
    with Cleanup():
        raise ValueError('task failed')
try:
    task()
except OSError as e:
    print(repr(e), repr(e.__context__))
task()
