def compute(values):
    total = values[0] + values[1] * values[2]
    return total / (values[3] - values[3])

data = [1, 2, 3, 4]
result = compute(data) + \
    1
