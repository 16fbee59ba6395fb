def compute(a, b, c, d):
    return a + b * c - d

result = compute(1, 2, 3, 4) + compute(5, 6, 7, 8) + compute(9, 10, 11, 12) + compute(None, 1, 2, 3) + compute(1, 1, 1, 1)
