def bad_key(x):
    return x.lower()

data = ['b', 'A', 3]
sorted(data, key=bad_key)
