"""Ophis's token table.

The numbers are those of the stdlib ``token`` module of Python 3.11, so a token
from Ophis compares equal to one from ``tokenize``; the table itself is ours, and
a test checks it against the host's module.
"""

# In the order of their numbers: a token's number is its index here.
_NAMES = (
    'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT',
    'LPAR', 'RPAR', 'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS',
    'STAR', 'SLASH', 'VBAR', 'AMPER', 'LESS', 'GREATER', 'EQUAL', 'DOT',
    'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL', 'LESSEQUAL',
    'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT',
    'DOUBLESTAR', 'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL',
    'PERCENTEQUAL', 'AMPEREQUAL', 'VBAREQUAL', 'CIRCUMFLEXEQUAL',
    'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL', 'DOUBLESLASH',
    'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL',
    'OP', 'AWAIT', 'ASYNC', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD',
    'ERRORTOKEN', 'COMMENT', 'NL', 'ENCODING',
)

tok_name = dict(enumerate(_NAMES))
N_TOKENS = len(_NAMES)
NT_OFFSET = 256
tok_name[N_TOKENS] = 'N_TOKENS'
tok_name[NT_OFFSET] = 'NT_OFFSET'
globals().update({name: number for number, name in enumerate(_NAMES)})

# Operator and delimiter spellings with the exact type each one has.
EXACT_TOKEN_TYPES = {
    '!=': NOTEQUAL, '%': PERCENT, '%=': PERCENTEQUAL, '&': AMPER,
    '&=': AMPEREQUAL, '(': LPAR, ')': RPAR, '*': STAR, '**': DOUBLESTAR,
    '**=': DOUBLESTAREQUAL, '*=': STAREQUAL, '+': PLUS, '+=': PLUSEQUAL,
    ',': COMMA, '-': MINUS, '-=': MINEQUAL, '->': RARROW, '.': DOT,
    '...': ELLIPSIS, '/': SLASH, '//': DOUBLESLASH, '//=': DOUBLESLASHEQUAL,
    '/=': SLASHEQUAL, ':': COLON, ':=': COLONEQUAL, ';': SEMI, '<': LESS,
    '<<': LEFTSHIFT, '<<=': LEFTSHIFTEQUAL, '<=': LESSEQUAL, '=': EQUAL,
    '==': EQEQUAL, '>': GREATER, '>=': GREATEREQUAL, '>>': RIGHTSHIFT,
    '>>=': RIGHTSHIFTEQUAL, '@': AT, '@=': ATEQUAL, '[': LSQB, ']': RSQB,
    '^': CIRCUMFLEX, '^=': CIRCUMFLEXEQUAL, '{': LBRACE, '|': VBAR,
    '|=': VBAREQUAL, '}': RBRACE, '~': TILDE,
}


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
