import textwrap
import difflib
import unicodedata

text = ('Ophis runs Python programs on a Python-level eval loop, frame by '
        'frame, with tracebacks that match the reference interpreter.')
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=40, placeholder=' [...]'))
print(textwrap.indent('a\nb\n\nc', '> ', predicate=lambda line: line.strip()))
print(textwrap.dedent('''
    indented
      more
    back
'''))
a = 'the quick brown fox'.split()
b = 'the quick red fox jumps'.split()
print(list(difflib.unified_diff(a, b, lineterm='')))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
sm = difflib.SequenceMatcher(lambda c: c == ' ', 'private thread', 'privately threaded')
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:2])
for ch in 'aé€1':
    print(ch, unicodedata.name(ch), unicodedata.category(ch))
print(unicodedata.normalize('NFD', 'é') == 'e\u0301')
w = textwrap.TextWrapper(width=20, initial_indent='* ', subsequent_indent='  ')
print(w.fill('one two three four five six seven eight nine'))
