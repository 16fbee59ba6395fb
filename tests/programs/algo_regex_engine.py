def match_here(pattern, text):
    if not pattern:
        return True
    if len(pattern) > 1 and pattern[1] == '*':
        return match_star(pattern[0], pattern[2:], text)
    if pattern == '$':
        return not text
    if text and (pattern[0] == '.' or pattern[0] == text[0]):
        return match_here(pattern[1:], text[1:])
    return False

def match_star(ch, pattern, text):
    i = 0
    while True:
        if match_here(pattern, text[i:]):
            return True
        if i < len(text) and (ch == '.' or text[i] == ch):
            i += 1
        else:
            return False

def search(pattern, text):
    if pattern.startswith('^'):
        return match_here(pattern[1:], text)
    return any(match_here(pattern, text[i:]) for i in range(len(text) + 1))

import re
cases = [('ab*c', 'xabbbcx'), ('^ab', 'abc'), ('^ab', 'cab'), ('a.c$', 'xxabc'),
         ('a.c$', 'abcx'), ('x*', ''), ('^.*$', 'anything'), ('b*b', 'b'), ('z', 'abc')]
for pat, text in cases:
    mine = search(pat, text)
    print(f'{pat!r:8} {text!r:12} {mine} {bool(re.search(pat, text)) == mine}')
