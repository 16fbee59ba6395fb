"""Standard C modules working on Python objects and calling Python code:
array/struct/zlib/hashlib/binascii fed from Python generators and buffers,
hashlib.file_digest and io.BufferedReader/TextIOWrapper over a raw stream
written in Python, _csv with a Python dialect and iterables, _bisect and
_heapq with key functions and __lt__, itertools/operator/functools C
callables over Python classes."""

import array
import binascii
import bisect
import csv
import functools
import hashlib
import heapq
import io
import itertools
import operator
import struct
import zlib


def squares(n):
    for i in range(n):
        yield i * i


a = array.array('l', squares(8))
a.extend(x for x in (100, 200))
a.frombytes(struct.pack('2l', -1, -2))
print(a, a.itemsize, a.buffer_info()[1], sum(a))
view = memoryview(a)
print(view.format, view[2], view.tolist()[-3:], view.cast('B')[:4].tolist())
d = array.array('d', map(lambda v: v / 4, range(5)))
print(d, d.tobytes() == struct.pack('5d', *d))
try:
    array.array('i', ['x'])
except TypeError as exc:
    print('TypeError:', exc)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(array.array('b', [Index(1), Index(-2)]), struct.pack('>hI', Index(7), Index(9)))

record = struct.Struct('<4sHd')
packed = b''.join(record.pack(name.encode(), i, i / 3)
                  for i, name in enumerate(['abcd', 'wxyz', 'mnop']))
print([(n.decode(), i, round(f, 3)) for n, i, f in record.iter_unpack(packed)])
try:
    struct.pack('<h', 1 << 20)
except struct.error as exc:
    print('struct.error:', exc)

compressor = zlib.compressobj(level=6)
stream = b''.join(compressor.compress(chunk) for chunk in
                  (f'line {i}\n'.encode() * 20 for i in range(50)))
stream += compressor.flush()
decompressor = zlib.decompressobj()
text = b''.join(decompressor.decompress(stream[i:i + 64])
                for i in range(0, len(stream), 64))
print(len(text), text[:14], zlib.crc32(text), zlib.adler32(text))

h = hashlib.sha256()
for chunk in (bytes([i]) * i for i in range(64)):
    h.update(chunk)
print(h.hexdigest()[:16], hashlib.md5(memoryview(a)).hexdigest()[:16])
print(binascii.hexlify(bytes(squares(6)), '-'), binascii.crc_hqx(b'ophis', 0))


class SlowRaw(io.RawIOBase):
    """A raw stream written in Python, read by the C buffered layer."""

    def __init__(self, data, chunk=7):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.reads += 1
        piece = self.data[self.pos:self.pos + min(len(buffer), self.chunk)]
        buffer[:len(piece)] = piece
        self.pos += len(piece)
        return len(piece)


raw = SlowRaw('first line\nsecond: ünïcode\nthird\n'.encode())
reader = io.TextIOWrapper(io.BufferedReader(raw, buffer_size=16),
                          encoding='utf-8')
print(reader.readlines(), raw.reads > 3)
raw = SlowRaw(bytes(range(256)) * 40)
print(hashlib.file_digest(raw, 'sha1').hexdigest(), raw.reads > 1)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


class Semicolons(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False


out = Writer()
w = csv.writer(out, dialect=Semicolons)
w.writerows((i, f'v;{i}', None) for i in range(3))
print(out.parts)
print(list(csv.reader(iter(''.join(out.parts).splitlines()), Semicolons)))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


versions = [Version(v) for v in ['1.10', '1.2', '0.9', '2.0', '1.2.1']]
heap = []
for v in versions:
    heapq.heappush(heap, v)
print([heapq.heappop(heap) for _ in range(len(heap))])
print(heapq.nsmallest(2, versions), heapq.nlargest(2, versions, key=lambda v: v.parts[-1]))
ordered = sorted(versions)
print(bisect.bisect(ordered, Version('1.5')),
      bisect.bisect_left(ordered, (1, 2), key=lambda v: v.parts))
bisect.insort(ordered, Version('1.3'))
print(ordered)

print(functools.reduce(lambda acc, v: acc + [v.text], versions, []))
print(sorted(versions, key=functools.cmp_to_key(
    lambda x, y: (len(x.text) > len(y.text)) - (len(x.text) < len(y.text)))))
print(list(map(operator.attrgetter('text'), versions)),
      list(map(operator.methodcaller('__lt__', Version('1.5')), versions)))
print([(k, [v.text for v in g]) for k, g in
       itertools.groupby(sorted(versions), key=lambda v: v.parts[0])])
print(list(itertools.accumulate(range(1, 6), lambda x, y: x * y)),
      list(itertools.filterfalse(lambda v: v.parts[0], versions)),
      list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(max(versions), min(versions, key=lambda v: -len(v.parts)),
      list(filter(lambda v: len(v.parts) == 2, versions)))
