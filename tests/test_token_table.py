"""Ophis's token table carries the stdlib ``token`` module's numbers."""
import token

from ophis.tokenizer import tokens


def test_every_host_token_has_our_number():
    for number, name in token.tok_name.items():
        assert getattr(tokens, name) == number, name
    assert tokens.tok_name == token.tok_name
    assert tokens.N_TOKENS == token.N_TOKENS


def test_exact_types_match_host():
    assert tokens.EXACT_TOKEN_TYPES == token.EXACT_TOKEN_TYPES
