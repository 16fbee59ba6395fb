source = '''
def helper(x):
    return x / 0

helper(1)
'''
exec(compile(source, '<generated>', 'exec'))
