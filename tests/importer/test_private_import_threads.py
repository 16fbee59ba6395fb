"""Ophis's private imports (ophis.importer.universe.private_module) from
several threads: a module another thread is still loading is never handed
out half made (the second tier's compiler, imported lazily by the first
thread to warm a block, once reached a second thread without its
functions)."""

import sys
import threading
import types

from ophis.importer import universe

PROBE = '''\
import sys
control = sys.modules['race_probe_control']
control.started.set()
control.release.wait(10)
done = True
'''


def test_second_thread_waits_for_a_module_being_loaded(tmp_path,
                                                       monkeypatch):
    control = types.ModuleType('race_probe_control')
    control.started = threading.Event()
    control.release = threading.Event()
    monkeypatch.setitem(sys.modules, 'race_probe_control', control)
    (tmp_path / 'race_probe.py').write_text(PROBE)
    monkeypatch.setattr(universe, '_host_path', [str(tmp_path)])
    seen = {}

    def second():
        module = universe.private_module('race_probe')
        seen['done'] = getattr(module, 'done', None)

    loader = threading.Thread(
        target=lambda: universe.private_module('race_probe'))
    loader.start()
    try:
        assert control.started.wait(10)
        waiter = threading.Thread(target=second)
        waiter.start()
        waiter.join(0.5)
        # Still waiting for the loader: the module is not done.
        assert waiter.is_alive()
        assert 'done' not in seen
    finally:
        control.release.set()
        loader.join(10)
    waiter.join(10)
    assert seen == {'done': True}
    universe.registry.pop('race_probe', None)
