"""Code generation for match statements (PEP 634), as CPython 3.11.

Each case copies the subject (except the last) and runs its pattern,
which leaves the values to capture on the stack and jumps to a "fail pop"
block on failure: the block that pops however many items the failing
point had on the stack (captures so far plus ``on_top`` temporaries).
After a match the captured values are stored, in the order the names were
met; the guard, if any, also fails to the fail-pop blocks.
"""

import _ast

from ophis.bytecode import instructions as _I
from ophis.compiler.codegen import loc_of

_Store = _ast.Store
_EQ = 2
_GTE = 5


class PatternContext:
    __slots__ = ('stores', 'allow_irrefutable', 'fail_pop', 'on_top')

    def __init__(self):
        self.stores = []
        self.allow_irrefutable = False
        self.fail_pop = []
        self.on_top = 0


def _is_wildcard(pattern):
    return pattern.__class__ is _ast.MatchAs and pattern.name is None and \
        pattern.pattern is None


def _is_wildcard_star(pattern):
    return pattern.__class__ is _ast.MatchStar and pattern.name is None


def compile_match(gen, node):
    gen.visit_expr(node.subject)
    end = gen.new_block()
    cases = node.cases
    ncases = len(cases)
    last = cases[-1]
    has_default = _is_wildcard(last.pattern) and ncases > 1
    pc = PatternContext()
    u = gen.u
    for i in range(ncases - has_default):
        case = cases[i]
        u.loc = loc_of(case.pattern)
        # Copy the subject unless this is the last case.
        if i != ncases - has_default - 1:
            gen.emit(_I.COPY, 1)
        pc.stores = []
        # An irrefutable case must be guarded, last, or both.
        pc.allow_irrefutable = case.guard is not None or i == ncases - 1
        pc.fail_pop = []
        pc.on_top = 0
        _pattern(gen, case.pattern, pc)
        # A match: store the captured names (their values are stacked).
        for name in pc.stores:
            gen.nameop(name, _Store)
        if case.guard is not None:
            _ensure_fail_pop(gen, pc, 0)
            gen.jump_if(case.guard, pc.fail_pop[0], False)
        if i != ncases - has_default - 1:
            gen.emit(_I.POP_TOP)
        gen.visit_stmts(case.body)
        gen.emit_jump_noline(_I.JUMP, end)
        # The cleanup after a failed match has the pattern's line.
        u.loc = loc_of(case.pattern)
        _emit_and_reset_fail_pop(gen, pc)
    if has_default:
        u.loc = loc_of(last.pattern)
        if ncases == 1:
            gen.emit(_I.POP_TOP)
        else:
            # The default case makes no code; this shows its line.
            gen.emit(_I.NOP)
        if last.guard is not None:
            gen.jump_if(last.guard, end, False)
        gen.visit_stmts(last.body)
    gen.use_next_block(end)


def _ensure_fail_pop(gen, pc, n):
    while len(pc.fail_pop) < n + 1:
        pc.fail_pop.append(gen.new_block())


def _jump_to_fail_pop(gen, pc, op):
    pops = pc.on_top + len(pc.stores)
    _ensure_fail_pop(gen, pc, pops)
    gen.emit_jump(op, pc.fail_pop[pops])


def _emit_and_reset_fail_pop(gen, pc):
    blocks = pc.fail_pop
    if not blocks:
        return
    for block in reversed(blocks[1:]):
        gen.use_next_block(block)
        gen.emit(_I.POP_TOP)
    gen.use_next_block(blocks[0])
    pc.fail_pop = []


def _rotate(gen, count):
    while count > 1:
        gen.emit(_I.SWAP, count)
        count -= 1


def _store_name(gen, name, pc):
    if name is None:
        gen.emit(_I.POP_TOP)
        return
    if name == '__debug__':
        raise gen.error('cannot assign to __debug__')
    if name in pc.stores:
        raise gen.error(f'multiple assignments to name {name!r} in pattern')
    # Rotate the value under the items that must stay on top.
    _rotate(gen, pc.on_top + len(pc.stores) + 1)
    pc.stores.append(name)


def _unpack(gen, patterns):
    n = len(patterns)
    seen_star = False
    for i, pattern in enumerate(patterns):
        if pattern.__class__ is _ast.MatchStar and not seen_star:
            if i >= 1 << 8 or n - i - 1 >= (2 ** 31 - 1) >> 8:
                raise gen.error('too many expressions in star-unpacking '
                                'sequence pattern')
            gen.emit(_I.UNPACK_EX, i + ((n - i - 1) << 8))
            seen_star = True
        elif pattern.__class__ is _ast.MatchStar:
            raise gen.error('multiple starred expressions in sequence '
                            'pattern')
    if not seen_star:
        gen.emit(_I.UNPACK_SEQUENCE, n)


def _sequence_unpack(gen, patterns, pc):
    _unpack(gen, patterns)
    size = len(patterns)
    # The new subjects stay on the stack while each is matched.
    pc.on_top += size
    for pattern in patterns:
        pc.on_top -= 1
        _subpattern(gen, pattern, pc)


def _sequence_subscr(gen, patterns, star, pc):
    """[first, *_, last]: index the subject instead of unpacking it."""
    pc.on_top += 1
    size = len(patterns)
    for i, pattern in enumerate(patterns):
        if _is_wildcard(pattern) or i == star:
            continue
        gen.emit(_I.COPY, 1)
        if i < star:
            gen.load_const(i)
        else:
            # The subject may not support negative indexes.
            gen.emit(_I.GET_LEN)
            gen.load_const(size - i)
            gen.emit(_I.BINARY_OP, 10)
        gen.emit(_I.BINARY_SUBSCR)
        _subpattern(gen, pattern, pc)
    pc.on_top -= 1
    gen.emit(_I.POP_TOP)


def _subpattern(gen, pattern, pc):
    saved = pc.allow_irrefutable
    pc.allow_irrefutable = True
    _pattern(gen, pattern, pc)
    pc.allow_irrefutable = saved


def _pattern(gen, pattern, pc):
    gen.u.loc = loc_of(pattern)
    kind = pattern.__class__
    handler = _HANDLERS.get(kind)
    if handler is None:
        raise gen.error(f'invalid match pattern node in AST '
                        f'(kind={kind.__name__})')
    handler(gen, pattern, pc)


def _as(gen, pattern, pc):
    if pattern.pattern is None:
        if not pc.allow_irrefutable:
            if pattern.name is not None:
                raise gen.error(f'name capture {pattern.name!r} makes '
                                'remaining patterns unreachable')
            raise gen.error('wildcard makes remaining patterns unreachable')
        _store_name(gen, pattern.name, pc)
        return
    # Keep a copy to store if the inner pattern matches.
    pc.on_top += 1
    gen.emit(_I.COPY, 1)
    _pattern(gen, pattern.pattern, pc)
    pc.on_top -= 1
    _store_name(gen, pattern.name, pc)


def _star(gen, pattern, pc):
    _store_name(gen, pattern.name, pc)


def _validate_kwd_attrs(gen, attrs, patterns):
    u = gen.u
    for i, attr in enumerate(attrs):
        u.loc = loc_of(patterns[i])
        if attr == '__debug__':
            raise gen.error('cannot assign to __debug__')
        for j in range(i + 1, len(attrs)):
            if attrs[j] == attr:
                u.loc = loc_of(patterns[j])
                raise gen.error('attribute name repeated in class pattern: '
                                f'{attr}')


def _class(gen, pattern, pc):
    patterns = pattern.patterns
    kwd_attrs = pattern.kwd_attrs
    kwd_patterns = pattern.kwd_patterns
    nargs = len(patterns)
    nattrs = len(kwd_attrs)
    if nattrs != len(kwd_patterns):
        raise gen.error(f'kwd_attrs ({nattrs}) / kwd_patterns '
                        f'({len(kwd_patterns)}) length mismatch in class '
                        'pattern')
    if nattrs:
        _validate_kwd_attrs(gen, kwd_attrs, kwd_patterns)
        gen.u.loc = loc_of(pattern)
    gen.visit_expr(pattern.cls)
    gen.load_const(tuple(kwd_attrs))
    gen.emit(_I.MATCH_CLASS, nargs)
    gen.emit(_I.COPY, 1)
    gen.load_const(None)
    gen.emit(_I.IS_OP, 1)
    # A tuple of nargs + nattrs attributes (or None) is on top.
    pc.on_top += 1
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    gen.emit(_I.UNPACK_SEQUENCE, nargs + nattrs)
    pc.on_top += nargs + nattrs - 1
    for i in range(nargs + nattrs):
        pc.on_top -= 1
        sub = patterns[i] if i < nargs else kwd_patterns[i - nargs]
        if _is_wildcard(sub):
            gen.emit(_I.POP_TOP)
            continue
        _subpattern(gen, sub, pc)


def _mapping(gen, pattern, pc):
    keys = pattern.keys
    patterns = pattern.patterns
    size = len(keys)
    if size != len(patterns):
        raise gen.error(f'keys ({size}) / patterns ({len(patterns)}) '
                        'length mismatch in mapping pattern')
    star_target = pattern.rest
    # The subject stays on top during the mapping and length checks.
    pc.on_top += 1
    gen.emit(_I.MATCH_MAPPING)
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    if not size and star_target is None:
        # {}: done; pop the subject.
        pc.on_top -= 1
        gen.emit(_I.POP_TOP)
        return
    if size:
        gen.emit(_I.GET_LEN)
        gen.load_const(size)
        gen.emit(_I.COMPARE_OP, _GTE)
        _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    seen = set()
    seen_list = []
    for i, key in enumerate(keys):
        if key is None:
            gen.u.loc = loc_of(patterns[i])
            raise gen.error("can't use NULL keys in MatchMapping (set "
                            "'rest' parameter instead)")
        if key.__class__ is _ast.Constant:
            value = key.value
            try:
                duplicate = value in seen
            except TypeError:
                duplicate = any(value == v for v in seen_list)
            if duplicate:
                raise gen.error('mapping pattern checks duplicate key '
                                f'({value!r})')
            try:
                seen.add(value)
            except TypeError:
                seen_list.append(value)
        elif key.__class__ is not _ast.Attribute:
            raise gen.error('mapping pattern keys may only match literals '
                            'and attribute lookups')
        gen.visit_expr(key)
    gen.emit(_I.BUILD_TUPLE, size)
    gen.emit(_I.MATCH_KEYS)
    # The keys and the values are on top of the subject.
    pc.on_top += 2
    gen.emit(_I.COPY, 1)
    gen.load_const(None)
    gen.emit(_I.IS_OP, 1)
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    gen.emit(_I.UNPACK_SEQUENCE, size)
    pc.on_top += size - 1
    for sub in patterns:
        pc.on_top -= 1
        _subpattern(gen, sub, pc)
    # What follows consumes the keys and the subject.
    pc.on_top -= 2
    if star_target is not None:
        # rest = dict(subject); del rest[key] for each key.
        gen.emit(_I.BUILD_MAP, 0)
        gen.emit(_I.SWAP, 3)
        gen.emit(_I.DICT_UPDATE, 2)
        gen.emit(_I.UNPACK_SEQUENCE, size)
        while size:
            gen.emit(_I.COPY, 1 + size)
            size -= 1
            gen.emit(_I.SWAP, 2)
            gen.emit(_I.DELETE_SUBSCR)
        _store_name(gen, star_target, pc)
    else:
        gen.emit(_I.POP_TOP)   # the keys
        gen.emit(_I.POP_TOP)   # the subject


def _or(gen, pattern, pc):
    end = gen.new_block()
    alternatives = pattern.patterns
    size = len(alternatives)
    old_stores = pc.stores
    old_allow = pc.allow_irrefutable
    old_fail_pop = pc.fail_pop
    old_on_top = pc.on_top
    control = None
    for i, alt in enumerate(alternatives):
        gen.u.loc = loc_of(alt)
        pc.stores = []
        # Only the last alternative may be irrefutable, if any may.
        pc.allow_irrefutable = i == size - 1 and old_allow
        pc.fail_pop = []
        pc.on_top = 0
        gen.emit(_I.COPY, 1)
        _pattern(gen, alt, pc)
        nstores = len(pc.stores)
        if i == 0:
            control = pc.stores
        elif nstores != len(control):
            raise gen.error('alternative patterns bind different names')
        elif nstores:
            # Reorder the captured values to the first alternative's order.
            icontrol = nstores
            while icontrol:
                icontrol -= 1
                name = control[icontrol]
                if name not in pc.stores:
                    raise gen.error('alternative patterns bind different '
                                    'names')
                istores = pc.stores.index(name)
                if icontrol != istores:
                    rotations = istores + 1
                    rotated = pc.stores[:rotations]
                    del pc.stores[:rotations]
                    at = icontrol - istores
                    pc.stores[at:at] = rotated
                    for _ in range(rotations):
                        _rotate(gen, icontrol + 1)
        gen.emit_jump(_I.JUMP, end)
        _emit_and_reset_fail_pop(gen, pc)
    pc.stores = old_stores
    pc.allow_irrefutable = old_allow
    pc.fail_pop = old_fail_pop
    pc.on_top = old_on_top
    # No alternative matched: pop the subject's copy and fail.
    gen.emit(_I.POP_TOP)
    _jump_to_fail_pop(gen, pc, _I.JUMP)
    gen.use_next_block(end)
    nstores = len(control)
    # Move each capture under the earlier stores, the subject's copy and
    # whatever else must stay on top.
    nrots = nstores + 1 + pc.on_top + len(pc.stores)
    for i in range(nstores):
        _rotate(gen, nrots)
        name = control[i]
        if name in pc.stores:
            raise gen.error(f'multiple assignments to name {name!r} in '
                            'pattern')
        pc.stores.append(name)
    # Pop the subject's copy.
    gen.emit(_I.POP_TOP)


def _sequence(gen, pattern, pc):
    patterns = pattern.patterns
    size = len(patterns)
    star = -1
    only_wildcard = True
    star_wildcard = False
    for i, sub in enumerate(patterns):
        if sub.__class__ is _ast.MatchStar:
            if star >= 0:
                raise gen.error('multiple starred names in sequence '
                                'pattern')
            star_wildcard = _is_wildcard_star(sub)
            only_wildcard = only_wildcard and star_wildcard
            star = i
            continue
        only_wildcard = only_wildcard and _is_wildcard(sub)
    # The subject stays on top during the sequence and length checks.
    pc.on_top += 1
    gen.emit(_I.MATCH_SEQUENCE)
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    if star < 0:
        gen.emit(_I.GET_LEN)
        gen.load_const(size)
        gen.emit(_I.COMPARE_OP, _EQ)
        _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    elif size > 1:
        # A star: len(subject) >= size - 1.
        gen.emit(_I.GET_LEN)
        gen.load_const(size - 1)
        gen.emit(_I.COMPARE_OP, _GTE)
        _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)
    pc.on_top -= 1
    if only_wildcard:
        gen.emit(_I.POP_TOP)
    elif star_wildcard:
        _sequence_subscr(gen, patterns, star, pc)
    else:
        _sequence_unpack(gen, patterns, pc)


def _value(gen, pattern, pc):
    value = pattern.value
    if value.__class__ is not _ast.Constant and \
            value.__class__ is not _ast.Attribute:
        raise gen.error('patterns may only match literals and attribute '
                        'lookups')
    gen.visit_expr(value)
    gen.emit(_I.COMPARE_OP, _EQ)
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)


def _singleton(gen, pattern, pc):
    gen.load_const(pattern.value)
    gen.emit(_I.IS_OP, 0)
    _jump_to_fail_pop(gen, pc, _I.POP_JUMP_IF_FALSE)


_HANDLERS = {
    _ast.MatchValue: _value,
    _ast.MatchSingleton: _singleton,
    _ast.MatchSequence: _sequence,
    _ast.MatchMapping: _mapping,
    _ast.MatchClass: _class,
    _ast.MatchStar: _star,
    _ast.MatchAs: _as,
    _ast.MatchOr: _or,
}
