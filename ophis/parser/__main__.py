"""python3 -m ophis.parser [FILE]: print the tree Ophis builds for FILE, as
``python3 -m ast FILE`` prints the host's (same options and output).

A command-line tool, not part of the parser: it uses the host's argparse to
read its options and ast.dump to print.
"""
import argparse
import ast

from ophis.parser.api import parse


def main(argv=None):
    parser = argparse.ArgumentParser(prog='python3 -m ophis.parser')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?',
                        default='-', help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args(argv)
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(ast.dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
