PUZZLE = '''
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
'''

def parse(text):
    rows = [line for line in text.split() if line]
    return [[int(c) if c != '.' else 0 for c in row] for row in rows]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def empty_cells(grid):
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                yield r, c

class Solver:
    def __init__(self, grid):
        self.grid = grid
        self.steps = 0

    def solve(self):
        cell = next(empty_cells(self.grid), None)
        if cell is None:
            return True
        r, c = cell
        for d in candidates(self.grid, r, c):
            self.steps += 1
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

s = Solver(parse(PUZZLE))
print(s.solve(), s.steps)
for row in s.grid:
    print(''.join(map(str, row)))

def queens(n):
    def place(row, cols, d1, d2):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            for rest in place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}):
                yield (c,) + rest
    return place(0, frozenset(), frozenset(), frozenset())
solutions = list(queens(6))
print(len(solutions), solutions[0], sum(1 for _ in queens(8)))
