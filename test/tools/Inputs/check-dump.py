#!/usr/bin/env python3
"""Checks an `infini-demo --dump=DIR` run against a float64 reference.

Reads the .npy files the demo wrote (plain Python, no numpy: the header
and little-endian float32 data), evaluates the layer from SPEC's equations
(segments of --segment tokens, local causal softmax attention with scale
1/sqrt(Dk), memory retrieval, the gate, then the linear or delta update), and
prints the relative error of result, memory and norm. Exits 1 above --tol.
"""
import argparse
import ast
import math
import os
import struct
import sys


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:6] != b"\x93NUMPY":
        sys.exit(f"{path}: not a .npy file")
    (length,) = struct.unpack("<H", data[8:10])
    header = ast.literal_eval(data[10:10 + length].decode("latin1"))
    if header["descr"] != "<f4" or header["fortran_order"]:
        sys.exit(f"{path}: expected little-endian float32 in C order, got {header}")
    shape = header["shape"]
    count = math.prod(shape)
    values = struct.unpack(f"<{count}f", data[10 + length:10 + length + 4 * count])
    if len(data) != 10 + length + 4 * count:
        sys.exit(f"{path}: {len(data)} bytes for shape {shape}")
    return shape, list(values)


def sigma(x):
    return x + 1.0 if x > 0 else math.exp(x)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("--segment", type=int, required=True)
    p.add_argument("--delta", action="store_true")
    p.add_argument("--tol", type=float, default=1e-5)
    a = p.parse_args()
    f = lambda name: load(os.path.join(a.dir, name + ".npy"))
    (B, H, T, D), q = f("query")
    (_, G, _, _), k = f("key")
    _, v = f("value")
    _, gate = f("gate")
    _, out = f("result")
    _, mem_out = f("memory")
    _, norm_out = f("norm")
    if os.path.exists(os.path.join(a.dir, "memory_in.npy")):
        _, mem = f("memory_in")
        _, norm = f("norm_in")
    else:
        mem, norm = [0.0] * (B * G * D * D), [0.0] * (B * G * D)
    mem, norm = list(mem), list(norm)
    qi = lambda b, h, t: ((b * H + h) * T + t) * D
    ki = lambda b, g, t: ((b * G + g) * T + t) * D
    mi = lambda b, g: (b * G + g) * D * D
    ni = lambda b, g: (b * G + g) * D
    scale, eps = 1.0 / math.sqrt(D), 1e-6
    want = [0.0] * (B * H * T * D)

    def retrieve(x, b, g, m, z):
        s = [sigma(e) for e in x]
        den = max(sum(s[i] * z[ni(b, g) + i] for i in range(D)), eps)
        return [sum(s[i] * m[mi(b, g) + i * D + c] for i in range(D)) / den
                for c in range(D)]

    for t0 in range(0, T, a.segment):
        t1 = min(t0 + a.segment, T)
        for b in range(B):
            for h in range(H):
                g = h // (H // G)
                gh = 1.0 / (1.0 + math.exp(-gate[h]))
                for t in range(t0, t1):
                    x = q[qi(b, h, t):qi(b, h, t) + D]
                    scores = [scale * sum(x[i] * k[ki(b, g, u) + i] for i in range(D))
                              for u in range(t0, t + 1)]
                    top = max(scores)
                    w = [math.exp(s - top) for s in scores]
                    local = [sum(w[j] * v[ki(b, g, t0 + j) + c] for j in range(len(w))) / sum(w)
                             for c in range(D)]
                    from_mem = retrieve(x, b, g, mem, norm)
                    for c in range(D):
                        want[qi(b, h, t) + c] = gh * from_mem[c] + (1 - gh) * local[c]
        new_mem, new_norm = list(mem), list(norm)
        for b in range(B):
            for g in range(G):
                for t in range(t0, t1):
                    key = k[ki(b, g, t):ki(b, g, t) + D]
                    s = [sigma(e) for e in key]
                    val = v[ki(b, g, t):ki(b, g, t) + D]
                    if a.delta:
                        old = retrieve(key, b, g, mem, norm)
                        val = [val[c] - old[c] for c in range(D)]
                    for i in range(D):
                        new_norm[ni(b, g) + i] += s[i]
                        for c in range(D):
                            new_mem[mi(b, g) + i * D + c] += s[i] * val[c]
        mem, norm = new_mem, new_norm

    def rel(got, ref):
        num = math.sqrt(sum((x - y) ** 2 for x, y in zip(got, ref)))
        den = math.sqrt(sum(y * y for y in ref))
        return num / den if den else num

    errors = {"result": rel(out, want), "memory": rel(mem_out, mem),
              "norm": rel(norm_out, norm)}
    for name, e in errors.items():
        print(f"{name}: relative error {e:.2e}")
    ok = all(e <= a.tol for e in errors.values())
    print("dump matches the float64 reference" if ok else "dump DIFFERS from the float64 reference")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
