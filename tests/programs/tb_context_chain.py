def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError('could not parse ' + repr(text))

def process(items):
    results = []
    for item in items:
        try:
            results.append(parse(item))
        except TypeError as exc:
            raise RuntimeError('processing failed') from exc
    return results

try:
    process(['1', 'x'])
except RuntimeError:
    try:
        {}['missing']
    except KeyError:
        raise SystemError('cleanup failed')
