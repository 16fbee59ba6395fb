def check(values):
    for v in values:
        assert v > 0, f'non-positive value: {v}'
    return True

print(check([1, 2]))
check([3, -4])
