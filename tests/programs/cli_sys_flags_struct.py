# args: first --second -c third
# sys.flags, sys.argv and friends as a program sees them, and a child
# interpreter started through sys.executable with options of its own.
import copy
import pickle
import subprocess
import sys

flags = sys.flags
print(flags.optimize, flags.verbose, flags.isolated, flags.safe_path)
print(len(flags), flags[3], flags[-1], flags[2:5], tuple(flags) == flags)
print(type(flags).__name__, type(flags).__module__, type(flags).__mro__[1:])
print(type(flags).n_fields, type(flags).n_sequence_fields,
      type(flags).n_unnamed_fields)
print(type(flags).__match_args__)
Flags = type(flags)
match flags:
    case Flags(debug=0, inspect=inspect):
        print('matched', inspect)

for attempt in (lambda: type(flags)(), lambda: type(flags)(tuple(flags)),
                lambda: setattr(flags, 'optimize', 2),
                lambda: setattr(flags, 'spam', 2),
                lambda: delattr(flags, 'quiet'), lambda: copy.copy(flags),
                lambda: copy.deepcopy(flags), lambda: pickle.dumps(flags)):
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__, error)

print(sys.argv[1:], sys.orig_argv[2:])
print(sys.warnoptions, sys._xoptions)
print(sys.stdout.encoding, sys.stderr.errors, sys.stdin.errors)

CHILD = ('import sys; print(sys.argv, sys.flags.optimize, '
         'sys.flags.bytes_warning, sys.flags.dev_mode, sys.warnoptions, '
         'sys._xoptions, __debug__)')
for options in ([], ['-O'], ['-OO', '-W', 'error', '-X', 'spam=eggs'],
                ['-b', '-X', 'dev']):
    result = subprocess.run([sys.executable] + options + ['-c', CHILD, 'x'],
                            capture_output=True, text=True)
    print(options, result.returncode, result.stdout, result.stderr)
result = subprocess.run([sys.executable, '-Z'], capture_output=True,
                        text=True)
print(result.returncode, result.stderr.splitlines()[0])
