#!/bin/sh
# A/B of an eval-loop change in machine instructions (callgrind), as
# docs/performance.md describes: run from a tree's root (the -c command
# imports ophis from the current directory), e.g. `git archive HEAD` unpacked
# in /tmp/a and the same plus the changed files in /tmp/b:
#
#     cd /tmp/a && sh /work/main/benchmarks/callgrind_ab.sh benchmarks/micro/method_calls.py
#
# Runs the program with 20,000 and 60,000 iterations and prints the
# difference, so that start-up (and anything else outside the loop) cancels.
# A benchmark tool, not a test.
prog=$1
unset PYTHONDONTWRITEBYTECODE
py=$(python3 -c 'import sys; print(sys.executable)')
run() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$py" -c \
        "import sys; sys.argv[0] = 'ophis'; import ophis.cli; sys.exit(ophis.cli.main(sys.argv[1:]))" \
        "$prog" "$1" 2>&1 | grep Collected | tr -s ' ' | cut -d' ' -f4
}
run 100 >/dev/null    # writes the host's .pyc files
a=$(run 20000)
b=$(run 60000)
echo "$(pwd) $prog: $(( (b - a) / 1000000 ))M machine instructions per 40,000 iterations"
