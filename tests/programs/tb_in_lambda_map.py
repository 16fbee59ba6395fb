data = ['1', '2', 'three']
numbers = list(map(lambda s: int(s), data))
