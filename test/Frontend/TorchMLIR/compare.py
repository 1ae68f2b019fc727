#!/usr/bin/env python3
"""Compares what printMemrefF32 printed (stdin) with the float64 outputs in
EXPECTED (one value per line): every element within atol + rtol * |want|.
Prints the largest error; exits 1 on a mismatch or a count that differs."""

import re
import sys


def main():
    if len(sys.argv) not in (2, 4):
        sys.exit("usage: compare.py EXPECTED [ATOL RTOL] < printed")
    want = [float(line) for line in open(sys.argv[1]) if line.strip()]
    atol, rtol = (float(sys.argv[2]), float(sys.argv[3])) \
        if len(sys.argv) == 4 else (1e-5, 1e-5)
    got = []
    for block in sys.stdin.read().split("data =")[1:]:
        block = block.split("Unranked Memref")[0]
        got += [float(x) for x in
                re.findall(r"-?(?:nan|inf|\d+(?:\.\d*)?(?:e[-+]?\d+)?)", block)]
    if len(got) != len(want):
        sys.exit("compare.py: %d values printed, %d expected" %
                 (len(got), len(want)))
    worst, where = 0.0, -1
    for i, (g, w) in enumerate(zip(got, want)):
        err = abs(g - w)
        if not err <= atol + rtol * abs(w):
            sys.exit("compare.py: element %d is %r, expected %r" % (i, g, w))
        if err > worst:
            worst, where = err, i
    print("compare.py: %d values, largest error %.3g (element %d)" %
          (len(got), worst, where))


if __name__ == "__main__":
    main()
