def make_validator(limit):
    def validate(values):
        def check(v):
            if v > limit:
                raise OverflowError(f'{v} exceeds {limit}')
            return v
        return [check(v) for v in values]
    return validate

v = make_validator(10)
print(v([1, 5]))
print(v([3, 11]))
