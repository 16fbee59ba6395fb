class Bad:
    def __repr__(self):
        raise RuntimeError('repr failed')

class Err(Exception):
    pass

def main():
    items = [Bad()]
    print('formatting')
    return f'{items!r}'

main()
