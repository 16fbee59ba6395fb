"""Putting Ophis's import system in place before a program runs, and taking
it out again (tests run programs in-process).

install(config) does, in order:
  1. the module universe: the launcher's modules leave sys.modules
     (universe.purge) and Ophis's own imports go to the private registry
     (ophis.importer.own);
  2. sys.meta_path, sys.path_hooks and sys.path_importer_cache become what
     CPython's are at start-up, with Ophis's finder and hooks: meta_path is
     [OphisFinder, BuiltinImporter, FrozenImporter]; path_hooks is
     [zip hook, FileFinder hook over Ophis's loaders];
  3. sys.path loses what the host's site added, and the program's own
     site module runs under Ophis (unless -S).

The config object is the command's (ophis.runtime.config); the attributes
read are no_site, optimize, dont_write_bytecode, check_hash_pycs_mode and
use_frozen_modules (each optional: config may be None)."""

from ophis.vm.safebuiltins import *  # noqa: F401,F403 (see there)

import sys
import _codecs
import gc as _gc

from ophis.importer import cache, finder, own, shared, universe
from ophis.vm import hostrefs

_bootstrap = sys.modules['_frozen_importlib']
_external = sys.modules['_frozen_importlib_external']

_saved = []
# ophis.importer.importtime while install() has it timing imports.
_timing = []


def install(config=None, run_site=True):
    if _saved:
        return
    # re is the one pure-Python module Ophis's host code imports (the
    # tokenizer, parser and compiler, when the program first compiles
    # source).  Loaded privately once the universe is in place, its body
    # would import enum through the program's import system and look
    # itself up in the program's sys.modules (enum.global_enum): so the
    # host loads it now if the launcher's site did not (``python3 -S``),
    # and the purge moves it to the registry.  A dictionary look-up when
    # it did.
    import re  # noqa: F401
    # -OOO names its cache files opt-3 but compiles as -OO.
    cache.settings['optimize'] = getattr(config, 'optimize', 0) or 0
    finder.SETTINGS['use_frozen_modules'] = getattr(
        config, 'use_frozen_modules', True)
    cache.settings['check_hash_pycs_mode'] = getattr(
        config, 'check_hash_pycs_mode', 'default') or 'default'
    if getattr(config, 'dont_write_bytecode', False):
        sys.dont_write_bytecode = True
    _saved.append({
        'meta_path': list(sys.meta_path),
        'path_hooks': list(sys.path_hooks),
        'path_importer_cache': dict(sys.path_importer_cache),
        'path': list(sys.path),
        'modules': dict(sys.modules),
        'get_supported_file_loaders':
            _external._get_supported_file_loaders,
    })
    no_site = bool(getattr(config, 'no_site', False))
    if sys.flags.dev_mode:
        # Dev mode makes the host check every encoding name in the codec
        # registry, fast paths included: loading the compiler (its bytes
        # regexes decode as latin-1) would then import encodings.latin_1
        # through Ophis's finder, which on a cold cache needs the compiler
        # being loaded.  Looked up by the host now, the codecs stay in the
        # registry's cache.
        for encoding in ('latin-1', 'ascii'):
            _codecs.lookup(encoding)
    universe.purge()
    own.PRIVATE_IMPORT[0] = universe.private_import
    hostrefs.LATE_IMPORT[0] = universe.private_module
    sys.meta_path[:] = [finder.OphisFinder, _bootstrap.BuiltinImporter,
                        _bootstrap.FrozenImporter]
    sys.path_hooks[:] = [finder.zip_hook, finder.file_finder_hook()]
    sys.path_importer_cache.clear()
    # spec_from_file_location() chooses its loader from this list.
    _external._get_supported_file_loaders = _supported_file_loaders
    sys.path[:] = _path_without_site(sys.path, config)
    # importlib's MAGIC_NUMBER, marshal and compile() become Ophis's for
    # the program (ophis.importer.shared).
    shared.install()
    if config is not None:
        # The command's start-up (ended by ophis.runtime.program).
        hostrefs.late('ophis.runtime.compiling').START_UP[0] = True
        if getattr(config, 'import_time', False):
            # Loaded only for -X importtime (a module of its own: about 0.5M
            # machine instructions at every start-up otherwise).
            from ophis.importer import importtime
            importtime.install()
            _timing.append(importtime)
    if run_site and not no_site:
        import_site()


def _supported_file_loaders():
    from ophis.importer import loaders
    return list(loaders.LOADER_DETAILS)


# The first generation's threshold while site runs (CPython's is 700):
# no young collection comes while the usual site runs (see import_site);
# a site that imports much more is still collected now and then.
_SITE_THRESHOLD = 100000


def import_site():
    """Run the program's site module, as CPython's start-up does.

    Site and its .pth imports run tens of thousands of Ophis instructions
    and decode hundreds of code objects, each allocating containers: with
    the collector as the host has it, young collections come every 700 of
    them and a full one walks everything Ophis and the host hold (about
    60M of the 940M machine instructions of ``ophis -c pass``, measured
    when this was written).  While site runs, what exists before it
    (the host's and Ophis's own objects) is frozen, out of the collector's
    walks, and young collections come less often; both are undone after
    it (unless site's own code changed them), so the program finds the
    collector as CPython leaves it.

    Young collections do not come while site runs (about 45,000 objects
    made and kept by ``ophis -c pass``'s site on this machine), and what site
    made and kept joins the oldest generation with what was frozen (the
    collector's lists are merged, nothing walked): young collections of
    site's objects, which almost all live as long as the program (modules,
    classes, functions, code objects), cost about 14M machine
    instructions with a threshold of 10,000, and the first young
    collection after site would walk them all again.  The cyclic garbage
    site leaves (a few hundred objects) waits for a full collection."""
    threshold = _gc.get_threshold()
    # Objects someone else froze (an embedding application) stay as they
    # are: unfreeze() would let them go too.
    freeze = not _gc.get_freeze_count()
    if freeze:
        _gc.freeze()
        frozen = _gc.get_freeze_count()
    ours = (max(threshold[0], _SITE_THRESHOLD),) + threshold[1:]
    _gc.set_threshold(*ours)
    # Functions decoded meanwhile wait for a few entries (or loop
    # iterations) before they are fused (ophis.vm.decode.FUSE_AFTER).
    starting = hostrefs.late('ophis.vm.decode').STARTING
    starting[0] = True
    try:
        universe.host_import('site')
    finally:
        starting[0] = False
        if _gc.get_threshold() == ours:
            _gc.set_threshold(*threshold)
        # Frozen objects that died meanwhile have left the count; a count
        # that grew means site's own code froze objects: left frozen.
        if freeze and _gc.get_freeze_count() <= frozen:
            # Everything the collector tracks into the permanent
            # generation, then all of it into the oldest one.
            _gc.freeze()
            _gc.unfreeze()


def _path_without_site(path, config):
    """sys.path as CPython has it before site runs: what came from
    PYTHONPATH and the standard library (its zip file, its directory,
    lib-dynload).  The host's site added the rest (site-packages, user
    site, .pth entries and what .pth imports appended).  Without a config
    (a test harness), sys.path[0] is the program's and stays.  A ._pth
    file's path (ophis.importer.pthfile) replaces it all."""
    pth_path = getattr(config, 'module_search_paths', None)
    if pth_path is not None:
        return list(pth_path)
    stdlib = sys._stdlib_dir
    version = f'{sys.version_info[0]}{sys.version_info[1]}'
    # The zip file's entry is under the installation's prefix: in a
    # virtual environment sys.prefix is the environment's, base_prefix the
    # installation's (CPython's getpath).
    keep = {stdlib, stdlib + '/lib-dynload',
            f'{sys.prefix}/{sys.platlibdir}/python{version}.zip',
            f'{sys.base_prefix}/{sys.platlibdir}/python{version}.zip'}
    if config is None:
        pythonpath = _environ_pythonpath()
    else:
        pythonpath = getattr(config, 'pythonpath_env', None)
    if pythonpath:
        import posix
        cwd = posix.getcwd()
        for entry in pythonpath.split(':'):
            # The host made relative entries absolute at its start-up.
            keep.add(entry)
            if not entry.startswith('/'):
                keep.add(cwd + '/' + entry if entry else cwd)
    kept = [entry for entry in path if entry in keep]
    if config is None and path and path[0] not in keep:
        kept.insert(0, path[0])
    return kept


def _environ_pythonpath():
    import posix
    if sys.flags.ignore_environment:
        return None
    value = posix.environ.get(b'PYTHONPATH')
    return value.decode('utf-8', 'surrogateescape') if value else None


def uninstall():
    if not _saved:
        return
    saved = _saved.pop()
    hostrefs.late('ophis.runtime.compiling').START_UP[0] = False
    while _timing:
        _timing.pop().uninstall()
    shared.uninstall()
    sys.meta_path[:] = saved['meta_path']
    sys.path_hooks[:] = saved['path_hooks']
    sys.path_importer_cache.clear()
    sys.path_importer_cache.update(saved['path_importer_cache'])
    sys.path[:] = saved['path']
    _external._get_supported_file_loaders = \
        saved['get_supported_file_loaders']
    sys.modules.clear()
    sys.modules.update(saved['modules'])
    hostrefs.LATE_IMPORT[0] = None
    own.PRIVATE_IMPORT[0] = None
    universe.registry.clear()
