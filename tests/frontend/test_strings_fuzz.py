"""f-strings built from random pieces: Ophis's outcome is the host's.

The same tree and warnings, or the same SyntaxError (message and positions).
"""
import ast
import os
import re
import warnings

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ophis.parser import parse as ophis_parse
from tests.frontend.test_strings import outcome

TEXT = ['a', 'bc', ' ', '\u00e9', '\u20ac', '\U0001f600', '0', '%', 'N']
BRACES = ['{', '}', '{{', '}}', '{x}', '{ x }', '{x!r}', '{x!s}', '{x!a}',
          '{x!z}', '{x!}', '{x:>10}', '{x:}', '{x=}', '{ x = }', '{x=!r}',
          '{x=:^5}', '{x:{y}}', '{x:{y}{z}}', '{x:{y:{z}}}', '{x:a{y}b}',
          '{x!r:{w}.{p}}', '{}', '{ }', '{!r}', '{:x}', '{=}', '{a b}',
          '{a+}', '{(a:=1)}', '{a:=1}', '{lambda: 1}', '{(lambda: 1)()}',
          '{ {1: 2} }', '{ {a} }', '{{a} }', '{a[1]}', '{a(1, 2)}', '{a, b}',
          '{yield}', '{*a}', '{a!=b}', '{a==b}', '{a<b}', '{a>=b}', '{1_}',
          '{\u00e9}', '{\u00e9=}', '{a.b}']
PUNCT = ['!', ':', '=', '<', '>', '#', '(', ')', '[', ']', '\\', '\\n',
         '\\\\', '\\{', '\\}', '\\d', '\\x41', '\\x4', '\\N{DASH}',
         '\\N{EM DASH}', '\\N{', '\\777', '\\u00e9']
NEWLINE = ['\n', '\n  ', '{\nx}', '{x\n}', '{ \n x, y}', '{a,\n b}',
           '{x:\n{y}}', '{(\na)}', '{\n\nx\n=}', '{\n  f(a,\n    b)!r}',
           '{x:{\ny}}', '{\t\n x}', '{ x\n  =  }']


def quoted_pieces(quote):
    """Pieces that hold strings quoted with anything but ``quote``."""
    other = '"' if quote[0] == "'" else "'"
    return [f'{{{other}a{other}}}', f'{{{other}{{{other}}}',
            f'{{{other}#{other}}}', f'{{{other}a}}', f'{{f{other}{{x}}{other}}}',
            f'{{f{other}{{x!r:>{{w}}}}{other}}}', f'{{b{other}a{other}}}',
            f'{{u{other}a{other}}}', f'{{{other}{other}{other}a{other}{other}{other}}}',
            f'{{x:{{f{other}{{y}}{other}}}}}', f'{{{other}a{other} {other}b{other}}}']


@st.composite
def fstring_literal(draw):
    quote = draw(st.sampled_from(["'", '"', "'''", '"""']))
    prefix = draw(st.sampled_from(['f', 'F', 'rf', 'fR', 'Rf', 'FR']))
    pool = TEXT + BRACES + PUNCT + quoted_pieces(quote)
    if len(quote) == 3:
        pool = pool + NEWLINE
    body = ''.join(draw(st.lists(st.sampled_from(pool), max_size=8)))
    # A backslash just before the closing quote would escape it.
    if len(re.search(r'\\*$', body).group()) % 2:
        body += 'a'
    return prefix + quote + body + quote


OTHERS = ["'a'", "u'b'", "'\\d'", "b'c'", "r'\\e'", "''", "'\u00e9'"]


@st.composite
def program(draw):
    literals = draw(st.lists(
        st.one_of(fstring_literal(), st.sampled_from(OTHERS)),
        min_size=1, max_size=3))
    if not any(lit[0] in 'fF' or lit[1:2] in ('f', 'F') for lit in literals):
        literals.append(draw(fstring_literal()))
    joiner = draw(st.sampled_from([' ', '\n ']))
    run = joiner.join(literals)
    template = draw(st.sampled_from(
        ['{}', 'x = ({})', 'a = 1\nb = ({})\n', 'f({}, 1)', 'x = 1; ({}) + 2',
         '\u00e9 = ({})']))
    source = template.format(run)
    # Sometimes as bytes where an \u00e9 becomes a byte that is not UTF-8.
    bad = draw(st.sampled_from([None, None, b'\xf6', b'\xe2\x82', b'\xc3']))
    if bad is not None and '\u00e9' in source:
        source = source.encode('utf-8').replace('\u00e9'.encode('utf-8'), bad, 1)
    return source


# OPHIS_FUZZ_EXAMPLES raises the count for a longer search.
@settings(max_examples=int(os.environ.get('OPHIS_FUZZ_EXAMPLES', 600)),
          deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(program(), st.sampled_from(['default', 'error']),
       st.sampled_from([None, (3, 7), (3, 5)]))
@example("f'{x}' '\\d' f'{y:{z}}'", 'default', None)
@example("x = (f'''\n{a!r:>{w}}\n'''\n f'{b=}')", 'default', None)
def test_random_fstrings(source, warning_action, feature_version):
    """Also with warnings turned into errors, and older feature versions."""
    def configured(parse):
        def run(src, filename):
            with warnings.catch_warnings():
                if warning_action == 'error':
                    warnings.simplefilter('error')
                return parse(src, filename, feature_version=feature_version)
        return run
    assert (outcome(configured(ophis_parse), source)
            == outcome(configured(ast.parse), source))
