s = '  Hello, World!  '
print(s.strip(), s.lstrip(), s.rstrip('! '), s.lower(), s.upper(), s.title(), s.swapcase())
print(s.split(','), 'a,b,,c'.split(','), 'a b  c'.split(), 'a-b-c'.rsplit('-', 1), 'line1\nline2\r\n'.splitlines(True))
print('-'.join(['x', 'y']), 'abc'.center(9, '*'), 'abc'.ljust(5) + '|', '42'.zfill(5), '-42'.zfill(5))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.index('e'), 'hello'.count('l'), 'hello'.replace('l', 'L', 1))
try:
    'hello'.index('z')
except ValueError as e:
    print(e)
print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 1), 'Ab1'.isalnum(), '12'.isdigit(), ' '.isspace())
print('tab\there'.expandtabs(4), 'a%sb' % 'X', '%(k)s=%(v)d' % {'k': 'n', 'v': 3}, '%5.1f|%-5d|' % (3.14159, 7))
print('straße'.casefold(), 'ǅ'.upper(), 'ﬁ'.upper(), len('👍'), '👍'.encode('utf-8'))
print('abc'.translate(str.maketrans('ab', 'xy', 'c')), 'x'.join('abc'), 'prefix_name'.removeprefix('prefix_'))
print('a' * 3, 'ab' in 'cab', 'b' < 'a', ord('€'), chr(8364), repr('quote\'s "x"'), ascii('naïve'))
b = b'bytes\x00data'
print(b, b.hex(), b.split(b'\x00'), b.upper(), b[0], b[:5], bytes(3), bytes([65, 66]))
ba = bytearray(b'abc')
ba[0] = 122
ba.extend(b'de')
ba += b'!'
print(ba, ba.pop(), ba, ba.decode(), bytearray(b'x') * 3)
try:
    b'abc'.decode('ascii') + b'\xff'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
print('é'.encode('latin-1'), 'é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'), b'\xe9'.decode('latin-1'))
print(str(b'x'), str(b'x', 'ascii'), bytes('x', 'utf-8'), 'Ünïcode'.encode('utf-16-le')[:4])
print('{:>8}|{:<8}|{:^8}'.format('r', 'l', 'c'), 'x'.isidentifier(), '1x'.isidentifier())
