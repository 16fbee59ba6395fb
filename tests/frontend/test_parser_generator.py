"""The generated parser modules are up to date, and the generator does what
docs/parser.md says on small grammars."""
import pytest

from ophis.parser.generator import analysis, emitter, metagrammar
from ophis.parser.generator.modules import generated_files


def test_generated_files_are_current():
    stale = []
    for path, source in generated_files().items():
        with open(path, encoding='utf-8') as f:
            if f.read() != source:
                stale.append(path)
    assert not stale, f'run python3 -m ophis.parser.generator: {stale} are stale'


def _analyse(text):
    return analysis.Analysis(metagrammar.read_grammar(text, 'test.gram'))


def test_left_recursion_is_found():
    an = _analyse("s <- s '+' t / t\nt <- NAME\n")
    assert an.rules['s'].left_recursive
    assert not an.rules['t'].left_recursive


def test_indirect_left_recursion_is_refused():
    with pytest.raises(metagrammar.GrammarError, match='indirectly left-recursive'):
        _analyse("a <- b '.' NAME / NAME\nb <- a / NAME\n")


def test_left_recursive_alternatives_come_first():
    with pytest.raises(metagrammar.GrammarError, match='must come first'):
        _analyse("s <- t / s '+' t\nt <- NAME\n")


def test_unknown_rule_is_refused():
    with pytest.raises(metagrammar.GrammarError, match='unknown rule'):
        _analyse("s <- t\n")


def test_first_sets_and_nullable():
    an = _analyse("s <- 'if' NAME / t\nt <- NUMBER? STRING\nu <- NAME*\n")
    from ophis.tokenizer import tokens
    assert an.first['s'] == frozenset({'if', tokens.NUMBER, tokens.STRING})
    assert an.nullable['u'] and an.first['u'] is None


def test_groups_become_rules_or_token_sets():
    an = _analyse("s <- a:('(' / '[') b:(NAME ',' { 1 })* NAME\n")
    items = an.rules['s'].alts[0].items
    assert isinstance(items[0].item, analysis.TokenSet)
    assert isinstance(items[1].item.item, type(items[1].item.item))
    assert any(name.startswith('_s_') for name in an.rules)


def test_error_pass_rules():
    an = _analyse("s <- invalid_s / NAME\ninvalid_s <- NUMBER { 1 }\nt <- NAME\n")
    assert an.error_rules == {'s', 'invalid_s'}
    em = emitter.Emitter(an, error_pass=False)
    assert all(not an.alt_uses_invalid(a) for a in em.rule_alts(an.rules['s']))


def test_shared_prefixes_are_emitted_once():
    an = _analyse("s <- a:NAME '=' b:NAME { (a, b) } / a:NAME '+' { a }\n")
    em = emitter.Emitter(an, error_pass=False)
    source = '\n'.join(em.emit_rule(an.rules['s']))
    assert source.count('if kinds[pos] == 1:  # NAME') == 1
