"""python3 -m ophis.parser.generator [--check]: regenerate the parser modules.

With --check, write nothing and exit 1 if any generated file is stale.
"""
import sys

from .modules import generated_files


def main(argv):
    check = '--check' in argv
    stale = []
    for path, source in generated_files().items():
        try:
            with open(path, encoding='utf-8') as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current == source:
            continue
        stale.append(path)
        if not check:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(source)
    for path in stale:
        print(('stale: ' if check else 'wrote: ') + path)
    return 1 if check and stale else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
