print('before')
exec('x = (1,\n2')
