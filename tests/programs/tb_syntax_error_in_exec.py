source = '''
def broken(:
    pass
'''
print('compiling')
exec(source)
