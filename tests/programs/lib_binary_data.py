import struct
import array
import base64
import zlib
import hashlib
import binascii

packed = struct.pack('<iHd', -5, 65535, 2.5)
print(packed.hex(), struct.unpack('<iHd', packed), struct.calcsize('<iHd'))
Record = struct.Struct('>4sI')
print(Record.pack(b'abcd', 7), Record.unpack(b'wxyz\x00\x00\x01\x00'))
try:
    struct.pack('b', 300)
except struct.error as e:
    print(e)
arr = array.array('i', [1, 2, 3])
arr.append(4)
print(arr, arr.tobytes()[:4], arr.itemsize, sum(arr))
data = b'hello world' * 3
z = zlib.compress(data)
print(len(data), zlib.decompress(z) == data, zlib.crc32(data))
print(base64.b64encode(b'ophis'), base64.b64decode('b3BoaXM='), base64.urlsafe_b64encode(b'\xff\xfe'))
print(hashlib.sha256(b'abc').hexdigest()[:16], hashlib.md5(b'').hexdigest())
h = hashlib.sha1()
for chunk in (b'a', b'b', b'c'):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha1(b'abc').hexdigest())
print(binascii.hexlify(b'\x00\x10'), bytes.fromhex('de ad'), int.from_bytes(b'\x01\x00', 'little'))
mv = memoryview(bytearray(b'abcdef'))
mv[0:2] = b'XY'
print(mv.tobytes(), mv[2:4].tobytes(), len(mv))
print((1024).to_bytes(2, 'big'), bytearray(b'abc').upper(), b'a,b'.split(b','))
