import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
words = re.findall(r"[a-z]+", text.lower())
freq = Counter(words)
print(freq.most_common(4))
print(sorted({w for w in words if len(w) > 5}))
def caesar(s, k):
    return ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
enc = caesar('hello world', 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return ''.join(f'{c}{n}' for c, n in out)
print(rle('aaabccddddd'))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome('A man, a plan, a canal: Panama'), is_palindrome('nope'))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:10])
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))
table = str.maketrans('aeiou', '12345')
print('education'.translate(table))
print('{:-^30}'.format(' centered '), '%-8s|' % 'left', f'{"right":>8}|')
