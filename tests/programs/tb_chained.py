class AppError(Exception):
    pass

def load(path):
    try:
        return open(path).read()
    except FileNotFoundError as exc:
        raise AppError(f'cannot load {path}') from exc

def parse():
    try:
        int('not a number')
    except ValueError:
        load('/nonexistent/file/for/ophis')

parse()
