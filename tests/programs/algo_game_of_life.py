from collections import Counter
from itertools import product

class Life:
    def __init__(self, cells):
        self.cells = frozenset(cells)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        return cls((r, c) for r, line in enumerate(text.strip().splitlines())
                   for c, ch in enumerate(line) if ch == '#')

    def neighbours(self, cell):
        r, c = cell
        for dr, dc in product((-1, 0, 1), repeat=2):
            if dr or dc:
                yield r + dr, c + dc

    def step(self):
        counts = Counter(n for cell in self.cells for n in self.neighbours(cell))
        self.cells = frozenset(cell for cell, k in counts.items()
                               if k == 3 or (k == 2 and cell in self.cells))
        self.generation += 1
        return self

    def __iter__(self):
        while True:
            yield self
            self.step()

    def render(self):
        if not self.cells:
            return '(empty)'
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        return '\n'.join(''.join('#' if (r, c) in self.cells else '.'
                                 for c in range(min(cols), max(cols) + 1))
                         for r in range(min(rows), max(rows) + 1))

glider = Life.from_text('''
.#.
..#
###
''')
for state in glider:
    if state.generation in (0, 4):
        print(f'generation {state.generation}:\n{state.render()}')
    if state.generation == 4:
        break
blinker = Life({(0, 0), (0, 1), (0, 2)})
print(blinker.step().render(), blinker.step().render(), sep='\n--\n')
print(len(Life.from_text('##\n##').step().step().cells))
