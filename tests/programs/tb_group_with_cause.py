def step(i):
    try:
        {}[i]
    except KeyError as e:
        raise ValueError(f'step {i} failed') from e

errors = []
for i in range(2):
    try:
        step(i)
    except ValueError as e:
        errors.append(e)
group = ExceptionGroup('steps failed', errors)
group.add_note('while running the pipeline')
raise group
