class Resource:
    def __enter__(self):
        raise PermissionError('cannot acquire')
    def __exit__(self, *exc):
        print('never')

def use():
    with Resource() as r:
        print(r)

use()
