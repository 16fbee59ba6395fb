def compute(data):
    total = data['a'] + data['b'] * data['c']
    return total

def main():
    data = {'a': 1, 'b': 'x', 'c': None}
    return compute(data)

main()
