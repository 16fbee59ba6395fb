from itertools import groupby

def rle_encode(text):
    return ''.join(f'{len(list(g))}{ch}' for ch, g in groupby(text))

def rle_decode(code):
    out, count = [], ''
    for ch in code:
        if ch.isdigit():
            count += ch
        else:
            out.append(ch * int(count))
            count = ''
    return ''.join(out)

def lz77(data, window=16):
    i = 0
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            length = 0
            while i + length < len(data) and data[j + length] == data[i + length] and length < 15:
                length += 1
            if length > best[1]:
                best = (i - j, length)
        if best[1] >= 3:
            yield ('ref', best[0], best[1])
            i += best[1]
        else:
            yield ('lit', data[i])
            i += 1

def unlz77(tokens):
    out = []
    for token in tokens:
        if token[0] == 'lit':
            out.append(token[1])
        else:
            _, back, length = token
            for _ in range(length):
                out.append(out[-back])
    return ''.join(out)

samples = ['aaabccddddd', 'abcabcabcabcx', 'no repeats', 'zzzzzzzzzzzzzzzzzzzz']
for s in samples:
    enc = rle_encode(s)
    toks = list(lz77(s))
    print(enc, rle_decode(enc) == s, len(toks), unlz77(toks) == s)
print(list(lz77('abcabcabc')))

def huffman(text):
    import heapq
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted({c: text.count(c) for c in set(text)}.items()))]
    heapq.heapify(heap)
    counter = len(heap)
    while len(heap) > 1:
        n1, _, a = heapq.heappop(heap)
        n2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, counter, (a, b)))
        counter += 1
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or '0'
        else:
            walk(node[0], prefix + '0')
            walk(node[1], prefix + '1')
    walk(heap[0][2], '')
    return codes
codes = huffman('abracadabra')
print(sorted(codes.items()), sum(len(codes[c]) for c in 'abracadabra'))
