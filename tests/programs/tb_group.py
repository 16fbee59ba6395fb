def fail(n):
    raise ValueError(f'bad {n}')

errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as exc:
        exc.add_note(f'note for {i}')
        errors.append(exc)
group = ExceptionGroup('several', errors)
group.add_note('group note')
raise group
