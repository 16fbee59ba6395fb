"""Child processes run the same interpreter as the parent (sys.executable):
multiprocessing with fork, spawn and forkserver, ProcessPoolExecutor and
subprocess; pickled functions and classes of this program arrive intact."""

import concurrent.futures
import multiprocessing as mp
import subprocess
import sys

PARENT = sys.implementation.name


class Shape:
    def __init__(self, sides, name):
        self.sides = sides
        self.name = name

    def describe(self):
        return f'{self.name}: {type(self).__qualname__} with {self.sides} sides'


class Outer:
    class Inner(Shape):
        def describe(self):
            return 'inner ' + super().describe()


def work(shape):
    return (shape.describe(), sys.implementation.name == PARENT,
            type(shape).__module__)


def square(x):
    return x * x


def failing(x):
    raise ValueError(f'failed on {x}')


def apply(function, value):
    return function(value)


if __name__ == '__main__':
    for method in ['fork', 'spawn', 'forkserver']:
        ctx = mp.get_context(method)
        with ctx.Pool(2) as pool:
            print(method, pool.map(work, [Shape(3, 'tri'), Outer.Inner(4, 'quad')]))
            print(method, pool.apply(apply, (square, 12)),
                  pool.starmap(apply, [(square, 2), (abs, -3)]))
            try:
                pool.apply(failing, (7,))
            except ValueError as exc:
                print(method, 'ValueError:', exc)
        queue = ctx.Queue()
        process = ctx.Process(target=queue.put, args=(Shape(5, 'penta'),))
        process.start()
        received = queue.get()
        process.join()
        print(method, received.describe(), type(received) is Shape,
              process.exitcode)
        bad = ctx.Process(target=sys.exit, args=(3,))
        bad.start()
        bad.join()
        print(method, 'exit code', bad.exitcode)
    with concurrent.futures.ProcessPoolExecutor(2) as executor:
        print('executor', list(executor.map(square, range(6))),
              executor.submit(work, Shape(6, 'hexa')).result())
        try:
            executor.submit(failing, 1).result()
        except ValueError as exc:
            print('executor ValueError:', exc)
    child = subprocess.run(
        [sys.executable, '-c',
         'import sys; print(sys.implementation.name, sys.argv[1:])', 'a', 'b'],
        capture_output=True, text=True)
    name, rest = child.stdout.split(' ', 1)
    print('subprocess', name == PARENT, rest.strip(), child.returncode)
