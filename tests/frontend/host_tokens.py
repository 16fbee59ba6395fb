"""A stand-in for ophis.tokenizer.Tokenizer built on the host's tokenize
module, for parser tests while Ophis's tokenizer is being written (tests
may use the host; the parser never does)."""
import io
import tokenize

_SKIP = (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING)


class HostTokenizer:
    def __init__(self, source, filename='<unknown>', *, type_comments=False,
                 async_keywords=False):
        if isinstance(source, str):
            text = source
        else:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
            text = source.decode(encoding)
            if text.startswith('\ufeff'):
                text = text[1:]
        self.text = text
        self.paren_stack = []

    def __iter__(self):
        lines = self.text.splitlines(keepends=True)

        def byte_col(lineno, col):
            if 1 <= lineno <= len(lines):
                return len(lines[lineno - 1][:col].encode('utf-8'))
            return col

        for tok in tokenize.generate_tokens(io.StringIO(self.text).readline):
            if tok.type in _SKIP:
                continue
            (sl, sc), (el, ec) = tok.start, tok.end
            yield (tok.exact_type, tok.string, sl, byte_col(sl, sc), el, byte_col(el, ec),
                   tok.line)
