"""Code generation for match statements (placeholder)."""


def compile_match(gen, node):
    raise NotImplementedError('match statements')
