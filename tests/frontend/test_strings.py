"""String, bytes and f-string literals: trees, warnings and errors as the host's.

Every case is parsed by the host's ``ast.parse`` and by Ophis, and the results
are compared: ``ast.dump(..., include_attributes=True)``, the warnings issued
(category, message, filename, line), or the SyntaxError (message and
positions).
"""
import ast
import warnings

import pytest

from ophis.parser import parse as ophis_parse


def outcome(parse, source, filename='<unknown>'):
    """What ``parse`` makes of ``source``, as comparable data.

    ('tree', dump, warnings) or ('error', details, warnings); warnings are
    (category, message, filename, lineno).
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            tree = parse(source, filename)
        except SyntaxError as exc:
            result = ('error', (type(exc).__name__, exc.msg, exc.lineno,
                                exc.offset, exc.end_lineno, exc.end_offset,
                                exc.text))
        else:
            result = ('tree', ast.dump(tree, include_attributes=True))
    seen = [(w.category.__name__, str(w.message), w.filename, w.lineno)
            for w in caught]
    return result + (seen,)


LITERALS = [
    # Plain literals, every quote form.
    "'abc'", '"abc"', "'''abc'''", '"""abc"""', "''", '""', "''''''",
    '""""""', "'\"'", '"\'"', "'''a'b''c'''", '"""a"b""c"""',
    '"""\nline one\nline two\n"""', "'''\n'''",
    'x = "a"; y = \'b\'', 'f(\n  "a",\n  "b")',
    '("indented"\n     "run")', 'x = ("a" # comment\n     "b")',
    # Prefixes, any case.
    "u'abc'", "U'abc'", "r'a\\b'", "R'a\\b'", "b'abc'", "B'abc'",
    "br'a\\b'", "Br'a\\b'", "bR'a\\b'", "BR'a\\b'", "rb'a\\b'", "Rb'a\\b'",
    "rB'a\\b'", "RB'a\\b'", "f'a'", "F'a'", "fr'a\\b'", "Fr'a\\b'",
    "fR'a\\b'", "FR'a\\b'", "rf'a\\b'", "Rf'a\\b'", "rF'a\\b'", "RF'a\\b'",
    "u'''a\nb'''", "rb'''\\x\n\\y'''", "r'\\''", 'r"\\""', "r'\\\\'",
    # Escapes.
    r"'\\ \' \" \a \b \f \n \r \t \v'", r"b'\\ \' \" \a \b \f \n \r \t \v'",
    r"'\0 \7 \10 \77 \101 \1011 \377 \0000'", r"b'\0 \7 \101 \377'",
    r"'\x00\x41\xfF\xab'", r"b'\x00\x41\xfF\xab'", r"'\u0041\uffff\ud800'",
    r"'\U0001F600\U00000041\U0010ffff'", r"'\N{EM DASH}\N{LATIN SMALL LETTER A}'",
    r"'\N{em dash}'", r"'\N{LF}\N{NBSP}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    r"'\N{HANGUL SYLLABLE GA}'", "'a\\\nb'", "b'a\\\nb'", "'''a\\\nb'''",
    "'\\\n'", r"'\u005c'", "'caf\u00e9'", "'\u20ac\U0001f600'",
    "'\\\u00e9'", "'\u00e9\\n\u00e9'", "'\u00e9\\\\\u00e9'",
    r"b'\u1234'", r"b'\N{DASH}'", r"'\1234'",
    # Concatenation.
    "'a' 'b'", "'a' \"b\" '''c''' \"\"\"d\"\"\"", "b'a' b'b'", "b'a' rb'\\b'",
    "u'a' 'b'", "'a' u'b'", "U'a' u'b'", "'' ''", "b'' b''",
    "'a' r'\\b' '\\n'", "('a'\n 'b'\n 'c')", "('a'\n\n 'b')",
    "x = ('a'\n     '\u00e9'\n     'c')", "'\u00e9' '\u00e9'",
    # f-strings.
    "f''", "f'abc'", "f'{x}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'",
    "f'{x:>10}'", "f'{x!r:>10}'", "f'{x:}'", "f'{x!r:}'", "f'{x:{y}}'",
    "f'{x:{y}.{z}f}'", "f'{x:a{y}b{z}c}'", "f'{x:{y!r:>3}}'",
    "f'{x:{{}}}'", "f'{{}}'", "f'{{'", "f'}}'", "f'{{x}}'", "f'{{{x}}}'",
    "f'a{{b}}c{x}d'", "f'{x}{y}'", "f'{x}{x}'", "f'{ x }'", "f'{  x  !r}'",
    "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>10}'", "f'{x=!r:^20}'",
    "f'{ x = !a:{y}}'", "f'{x.y=}'", "f'{3.14=!r:10.2}'", "f'{a+b=}'",
    "f'{x!=y}'", "f'{x==y}'", "f'{x<=y}'", "f'{x>=y}'", "f'{x<y}'",
    "f'{x>y}'", "f'{(x:=1)}'", "f'{x:=1}'", "f'{(lambda x: x)(1)}'",
    "f'{(lambda: 1)}'", "f'{ {1: 2}[1] }'", "f'{ {1, 2} }'", "f'{ {} }'",
    "f'{[1, 2][0]}'", "f'{(1, 2)}'", "f'{1, 2}'", "f'{x for x in y}'",
    "f'{[x for x in y]}'", "f'{a if b else c}'", "f'{not x}'",
    "f'{-x}'", "f'{x[1:2]}'", "f'{x[1:2, ::3]}'", "f'{x(y, z=1, *a, **k)}'",
    "f'{\"a\"}'", "f'{\"a\" \"b\"}'", "f\"{'a'}\"", "f'{\"\"\"a\"\"\"}'",
    "f'''{'''a'''}'''" if False else "f'''{\"a\"}'''",
    "f'{b\"a\"}'", "f'{u\"a\"}'", "f'{r\"a\"}'", "f'{\"#\"}'",
    "f'{\"{\"}'", "f'{\"}\"}'", "f'{\"!\"}'", "f'{\":\"}'", "f'{x[\"a\"]}'",
    "f'{f\"{x}\"}'", "f'{f\"{x!r:>{w}}\"}'", "f'{x:{f\"{y}\"}}'",
    "f'{ f\"{ a }\" }'", "f\"{f'{x}' f'{y}'}\"", "f'{x}' f'{y}'",
    "f'{x}' 'y' f'{z}'", "'a' f'{x}' 'b'", "'a' f'b' 'c'", "f'' ''",
    "'' f''", "u'a' f'{x}'", "u'a' f'{x:y}'", "f'{x}' u'a'",
    "'a' f'{x:a{y}b}' f'c'", "f'{x:{y}}' 'z'", "f'{x!r}' f'{y}'",
    "fr'\\d{x}\\d'", "rf'{x}\\n'", "fr'{x!r:\\n}'", "f'\\n{x}\\n'",
    "f'\\x41{x}\\u0041'", "f'\\N{EM DASH}{x}'", "f'\\N{LEFT CURLY BRACKET}'",
    "f'{x}\\N{RIGHT CURLY BRACKET}'", "f'{x:\\N{EM DASH}>10}'",
    "f'\\\\{x}'", "f'{x:\\n}'",
    "f'\u00e9{x}\u00e9'", "f'\u00e9{\u00e9}'", "f'{\u00e9=}'",
    "\u00e9 = f'{\u00e9}' f'{\u00e9!r}'", "f'{x}' '\u00e9' f'{y}'",
    "f'{\"\u00e9\"}'", "f'{x:\u00e9}'", "f'{x:{\u00e9}}'",
    "f'{yield}'", "f'{yield x}'", "f'{await x}'", "f'{*a,}'",
    "f'{x,}'", "f'{x, y}'", "f'{ x, y }'",
    # Multi-line and triple-quoted f-strings.
    "f'''\n{x}\n'''", "f'''{\nx\n}'''", "f'''{x\n}'''", "f'''{\n  x}'''",
    "f'''{ \n x, y}'''", "f'''ab{a,\n b}'''", "x = f'''\n  {a, b}'''",
    "x = f'''ab{\n a, b}'''", "f'''{\nx\n=}'''", "f'''{x\n=}'''",
    "f'''\n\n  {x!r:>{\nw}}'''", "f'''{x:\n{y}}'''",
    "f'''{\"\"\"a\nb\"\"\"}'''", "f'''{'a'}\n{'b'}'''",
    "x = f'''\n   {f\"{ a }\" }''' + 1", "f'''{\na\n+\nb\n}'''",
    "(f'{x}'\n f'{y}')", "(f'a'\n 'b'\n f'{c}')", "(f'''{a}\n'''\n f'{b}')",
    "x = ('a'\n  f'{x}'\n  'b')", "y = 1; x = (f'{a}'\n     f'{b!r}')",
    "def f():\n    return f'{x}' f'''\n{y}'''",
    # Many fields, long literal.
    "f'" + "{x}" * 50 + "'", "'" + "a" * 5000 + "'",
    "'" + "\\n" * 500 + "'",
]

WARNINGS = [
    r"'\d'", r"b'\d'", r"'\8\9'", r"'\777'", r"b'\777'", r"'\400'",
    r"'\d\e'", r"'\d' '\e'", r"'a' '\d'", "'''\n\\d'''", "x = 1\ny = '\\d'",
    r"'\%'", r"'\ '", r"'\Z'",
    r"f'\{x}'", r"f'\}}'", r"f'\{{'", r"f'\d{x}'", r"f'{x}\d'",
    r"f'{x:\d}'", r"f'{x:{y}\d}'", r"f'\{6}\d'",
    r"f'\d' f'\e'", "(f'a'\n  f'\\d')", "('a'\n  '\\d' '\\e')",
    r"'\777\d'", r"'\d\777'",
    "\u00e9 = '\u00e9\\d'", r"rb'\d' b'\e'",
    r"u'\d'", r"'\N{EM DASH}\d'",
]

ERRORS = [
    # Malformed escapes.
    r"'\x'", r"'\x1'", r"'\xg0'", r"'\u12'", r"'\u123g'", r"'\U1234567'",
    r"'\U00110000'", r"'\N'", r"'\Nx'", r"'\N{'", r"'\N{}'", r"'\N{abc'",
    r"'\N{NO SUCH NAME}'", r"'\u'", r"'\x4'", r"'ab\x1' + 1", "x = ('a'\n'\\x1')",
    "x = ('a'\n'\\x1'\n)", r"b'\x'", r"b'\x1'", r"b'ab\xg0'",
    r"'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'",
    r"f'\x{a}'", r"f'{a}\x'", r"f'{a:\x}'", r"f'\N'",
    # Bytes.
    "b'\u00e9'", "x = 1 + b'\u00e9'", "(b'a'\n b'\u00e9')",
    "b'a' 'b'", "'a' b'b'", "x = (b'a' 'b') + 1", "'a' b'b' 'c' + 1",
    "f'{x}' b''", "b'' f''",
    # f-string structure.
    "f'{'", "f'{a'", "f'{a:'", "f'{a!'", "f'{a!r'", "f'{a!x}'", "f'{a!}'",
    "f'{a=!r=}'", "f'}'", "f'{a}}'", "f'{a:}}'", "f'{a:{b}}}'",
    "f'{a:x}y}'", "f'{{a} }'", "f'a}b'", "f'{#}'", "f'{a#}'", "f'{a[}'",
    "f'{a(]}'", "f'{a)}'", "f'{)}'", "f'{]}'", "f'{a(}'", "f'{a[(}'",
    "f'{\"a}'", "f'{\"\"\"a}'", "f'{\\'a\\'}'", "f'{a!r\\n}'",
    "f'{}'", "f'{ }'", "f'{\n}'", "f'{!r}'", "f'{:x}'", "f'{=}'",
    "f'{ !r}'", "f'{x:{y:{z}}}'", "f'{x:{y!r:>{z}}}'",
    "f'{f\"{)}\"}'", "f'{\"a\" f\"{x!z}\"}'",
    "x = 1; y = f'{a!x}' + 3", "x = (f'{a}'\n  f'{b!x}')",
]

FEATURE_VERSIONS = [
    ("f'{x}'", (3, 5)), ("f'{x=}'", (3, 7)), ("f'{x}' f'{y=}'", (3, 7)),
    ("f'{x}'", (3, 6)), ("f'{x=}'", (3, 8)), ("'a' f'{x}'", (3, 4)),
    ("f'{x:{y=}}'", (3, 7)), ("f'{x:{y=}}'", (3, 8)),
    ("f'{await x}'", (3, 6)), ("f'{await x}'", (3, 7)),
    ("f'{async}'", (3, 6)), ("f'{async}'", (3, 7)),
]


@pytest.mark.parametrize('source', LITERALS + WARNINGS)
def test_same_tree_and_warnings(source):
    expected = outcome(ast.parse, source)
    assert expected[0] == 'tree', 'the host rejects this case'
    assert outcome(ophis_parse, source) == expected


@pytest.mark.parametrize('source', ERRORS)
def test_same_error(source):
    expected = outcome(ast.parse, source)
    assert expected[0] == 'error', 'the host accepts this case'
    assert outcome(ophis_parse, source) == expected


@pytest.mark.parametrize('source', WARNINGS)
def test_warning_as_error(source):
    """With warnings turned into errors, CPython raises a SyntaxError."""
    def strict(parse):
        def run(src, filename='<unknown>'):
            with warnings.catch_warnings():
                warnings.simplefilter('error')
                return parse(src, filename)
        return run
    expected = outcome(strict(ast.parse), source)
    assert expected[0] == 'error'
    assert outcome(strict(ophis_parse), source) == expected


@pytest.mark.parametrize('source, version', FEATURE_VERSIONS)
def test_feature_version(source, version):
    def at(parse):
        return lambda src, filename='<unknown>': parse(
            src, filename, feature_version=version)
    assert outcome(at(ophis_parse), source) == outcome(at(ast.parse), source)


def test_warning_filename():
    source = "x = '\\d'"
    expected = outcome(ast.parse, source, 'some/file.py')
    assert expected[2][0][2] == "some/file.py"
    assert outcome(ophis_parse, source, 'some/file.py') == expected


def test_warning_module_filter():
    """A filter by module sees the module name CPython derives from the file."""
    source = "x = '\\d'"

    def filtered(parse):
        def run(src, filename):
            with warnings.catch_warnings():
                warnings.filterwarnings('error', module='mod')
                return parse(src, filename)
        return run
    expected = outcome(filtered(ast.parse), source, 'mod.py')
    assert expected[0] == 'error'
    assert outcome(filtered(ophis_parse), source, 'mod.py') == expected


@pytest.mark.parametrize('error', [ValueError('boom'), UnicodeError('bad'),
                                   KeyError('other')])
def test_failing_warning_hook(error):
    """An exception from the warnings machinery fails the literal; CPython
    words ValueError and UnicodeError as decoding errors."""
    def hooked(parse):
        def run(src, filename='<unknown>'):
            def showwarning(*args, **kwargs):
                raise error
            with warnings.catch_warnings():
                warnings.simplefilter('always')
                warnings.showwarning = showwarning
                try:
                    return parse(src, filename)
                except KeyError as exc:
                    return ast.Constant(repr(exc))
        return run
    for source in ["x = '\\d' + 1", "x = f'\\d{a}' + 1", "x = b'\\d' + 1"]:
        assert (outcome(hooked(ophis_parse), source)
                == outcome(hooked(ast.parse), source))


@pytest.mark.parametrize('source', [
    b'x = "\xe9"\n', b'x = "\\N{nonesuch}"\n', b"x = b'\\x4'\n",
    b'x = "\\U00110000"\n', "x = '\\x'\n",
])
def test_string_error_has_no_context(source):
    # CPython raises a literal's decoding error from C: the SyntaxError has
    # no __context__ (an uncaught one prints no "During handling" chain).
    for parse in (ast.parse, ophis_parse):
        with pytest.raises(SyntaxError) as info:
            parse(source)
        assert info.value.__context__ is None, parse
        assert info.value.__suppress_context__ is False, parse
