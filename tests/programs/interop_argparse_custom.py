# args: --count 3 -v -v --pair a=1 --pair b=2 input.txt
import argparse

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value

class PairAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        key, _, val = values.partition('=')
        pairs = getattr(namespace, self.dest) or {}
        pairs[key] = val
        setattr(namespace, self.dest, pairs)

parser = argparse.ArgumentParser(prog='tool', description='A test tool.')
parser.add_argument('path')
parser.add_argument('--count', type=positive, default=1)
parser.add_argument('-v', '--verbose', action='count', default=0)
parser.add_argument('--pair', action=PairAction)
args = parser.parse_args()
print(args)
print(vars(args))
try:
    parser.parse_args(['x', '--count', '-2'])
except SystemExit as e:
    print('exit code', e.code)
sub = argparse.ArgumentParser(prog='git')
subs = sub.add_subparsers(dest='cmd', required=True)
commit = subs.add_parser('commit')
commit.add_argument('-m', dest='message')
commit.set_defaults(handler=lambda a: f'committing {a.message!r}')
ns = sub.parse_args(['commit', '-m', 'hello'])
print(ns.handler(ns))
parser.print_help()
