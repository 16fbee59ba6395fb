def task(i):
    if i % 2:
        raise ValueError(f'odd {i}')
    raise TypeError(f'even {i}')

def run():
    errors = []
    for i in range(3):
        try:
            task(i)
        except Exception as e:
            e.add_note(f'task {i}')
            errors.append(e)
    inner = ExceptionGroup('inner batch', errors[1:])
    raise ExceptionGroup('outer batch', [errors[0], inner])

run()
