values = [1, 2, 0, 4]
inverses = {v: 1 / v for v in values}
