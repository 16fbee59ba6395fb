def inner(x):
    return x['missing']

def middle(x):
    return inner(x) + 1

middle({'present': 1})
