"""The ``ophis`` command: CPython's command line, run by Ophis."""
import sys


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    sys.stderr.write('ophis: the eval loop is not built yet; '
                     'see README.md for what runs today\n')
    return 2
