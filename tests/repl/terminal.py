"""Drive an interactive interpreter through a real pseudo-terminal.

    transcript = run_session(['python3'], [
        Expect('>>> '), Send('1 + 1\\n'),
        Expect('>>> '), Send(CTRL_D),
    ])

The child gets the pty's slave side as its controlling terminal (stdin,
stdout and stderr), so line editing, echo and Ctrl-C (the terminal driver
turns it into SIGINT) behave as for a user at a terminal.  Each step waits
for text to appear (Expect) before typing (Send): readline switches the
terminal mode per line, and text typed ahead would be echoed differently.
The transcript is everything the terminal showed, '\\r\\n' made '\\n'.
"""
import os
import pty
import select
import signal
import time

CTRL_C = '\x03'
CTRL_D = '\x04'
TAB = '\t'

# The machine is shared and loaded: be patient.
STEP_TIMEOUT = float(os.environ.get("OPHIS_PTY_TIMEOUT", "60"))


class Expect:
    """Wait until text (or any of a tuple of texts) has appeared since the
    previous Expect matched."""

    def __init__(self, text, timeout=STEP_TIMEOUT):
        self.texts = text if isinstance(text, tuple) else (text,)
        self.text = text
        self.timeout = timeout


class Send:
    def __init__(self, text, delay=0.0):
        self.text = text
        self.delay = delay


class SessionError(AssertionError):
    pass


def base_environment(home):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith('PYTHON') and key != 'INPUTRC'}
    env.update({'TERM': 'dumb', 'HOME': home, 'INPUTRC': '/dev/null',
                'LC_ALL': 'C.UTF-8', 'PYTHONIOENCODING': 'utf-8'})
    return env


def run_session(argv, steps, env=None, cwd=None, exit_timeout=STEP_TIMEOUT):
    """Run argv on a pty through steps; (transcript, exit status)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        try:
            if cwd:
                os.chdir(cwd)
            os.execvpe(argv[0], argv, env if env is not None else os.environ)
        finally:
            os._exit(127)
    output = bytearray()
    seen = 0  # where the next Expect starts looking
    try:
        for step in steps:
            if isinstance(step, Expect):
                wanted = [text.encode() for text in step.texts]
                deadline = time.monotonic() + step.timeout
                while True:
                    text = bytes(output).replace(b'\r\n', b'\n')
                    found = [(text.find(w, seen), len(w)) for w in wanted]
                    found = [(at, size) for at, size in found if at >= 0]
                    if found:
                        at, size = min(found)
                        seen = at + size
                        break
                    if not _read(fd, output, deadline):
                        raise SessionError(
                            f'{step.text!r} did not appear; the terminal '
                            f'showed:\n{_text(output)}')
            else:
                if step.delay:
                    time.sleep(step.delay)
                os.write(fd, step.text.encode())
        deadline = time.monotonic() + exit_timeout
        while _read(fd, output, deadline):
            pass
        status = _wait(pid, deadline, output)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)
    return _text(output), status


def _read(fd, output, deadline):
    """Read what is there; False at the end of output or at the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        return False
    ready, _, _ = select.select([fd], [], [], remaining)
    if not ready:
        return False
    try:
        data = os.read(fd, 65536)
    except OSError:  # EIO: the child closed the terminal
        return False
    if not data:
        return False
    output.extend(data)
    return True


def _wait(pid, deadline, output):
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    raise SessionError('the interpreter did not exit; the terminal showed:\n'
                       + _text(output))


def _text(output):
    return bytes(output).decode('utf-8', 'replace').replace('\r\n', '\n')
