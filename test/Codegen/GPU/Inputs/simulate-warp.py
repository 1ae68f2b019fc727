#!/usr/bin/env python3
"""Runs warp programs before and after infini-gpu-vector-to-mma and compares.

Usage: simulate-warp.py BEFORE.mlir AFTER.mlir (both in generic form with
local scope). Every gpu.func of BEFORE (straight-line vector code: transfer
reads and writes, extensions, 16x8x16 contracts) is run once on memory
filled with small integers, which every type holds exactly; the same
gpu.func of AFTER (what the pass made of it) is run by 32 lanes in
lockstep, with ldmatrix and mma.sync modelled from the PTX ISA's
definitions (ldmatrix: thread l gets row l / 4, columns 2 (l % 4) and the
next of each 8x8 matrix, or of its transpose with .trans, matrix i's rows
addressed by threads 8i..8i+7; mma.m16n8k16 fragments: the tables of
"Matrix Fragments for mma.m16n8k16 with floating point type"). Prints, per
kernel, how many output elements the two agree on; exits 1 on a difference.
"""

import re
import sys

LANES = 32


def parse_type(t):
    """(shape, element) of a memref or vector type, or None for scalars."""
    m = re.match(r"(memref|vector)<([^>]*?)>", t.strip())
    if not m:
        return None
    body = m.group(2).split(",")[0].strip()
    parts = body.split("x")
    return [int(p) for p in parts[:-1]], parts[-1]


def split_top(s, sep=","):
    """Splits at `sep` outside <>, (), [] and {}."""
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return [x.strip() for x in out]


OP = re.compile(r'^\s*(?:(%[\w#]+) = )?"([\w.]+)"\(([^)]*)\)(.*)$')


def parse_funcs(path):
    # The generic form prints a function's name after its body.
    funcs, cur, done = {}, None, None
    for line in open(path):
        if '"gpu.func"' in line:
            sig = re.search(r"function_type = \((.*?)\) -> \(\)", line)
            cur = {"args": split_top(sig.group(1)), "ops": []}
            continue
        name = re.search(r'sym_name = "(\w+)"', line)
        if done is not None and name:
            funcs[name.group(1)] = done
            done = None
            continue
        if cur is None:
            continue
        if line.strip().startswith("^bb0("):
            cur["names"] = re.findall(r"(%\w+):", line)
            continue
        m = OP.match(line)
        if not m:
            continue
        result, name, operands, rest = m.groups()
        if name == "gpu.return":
            cur, done = None, cur
            continue
        props = ""
        if rest.strip().startswith("<{"):
            end = rest.rindex("}> :")
            props = rest[rest.index("<{") + 2:end]
            rest = rest[end + 2:]
        result_type = rest.rsplit("->", 1)[1].strip()
        cur["ops"].append({
            "result": result,
            "name": name,
            "operands": [o.strip() for o in operands.split(",") if o.strip()],
            "props": props,
            "type": result_type,
        })
    return funcs


def prop(op, key):
    m = re.search(key + r" = (array<i\d+: [^>]*>|[^,]+)", op["props"])
    return m.group(1).strip() if m else None


def ints(array_attr):
    return [int(x) for x in re.findall(r"-?\d+", array_attr.split(":", 1)[1])]


def permutation(op):
    """The memref dimension of each vector dimension of a transfer."""
    m = re.search(r"permutation_map = affine_map<\(([^)]*)\) -> \(([^)]*)\)>",
                  op["props"])
    dims = [d.strip() for d in m.group(1).split(",")]
    return [dims.index(r.strip()) for r in m.group(2).split(",")]


def initial_memory(args):
    memory = []
    for a, t in enumerate(args):
        shape, _ = parse_type(t)
        cells, linear = {}, 0

        def fill(prefix):
            nonlocal linear
            if len(prefix) == len(shape):
                cells[tuple(prefix)] = float((linear * 37 + a * 11) % 13 - 6)
                linear += 1
                return
            for i in range(shape[len(prefix)]):
                fill(prefix + [i])

        fill([])
        memory.append(cells)
    return memory


def run_reference(func):
    memory = initial_memory(func["args"])
    env = {v: ("mem", i) for i, v in enumerate(func["names"])}

    def mem(v):
        return memory[env[v][1]]

    for op in func["ops"]:
        n, ins = op["name"], [env.get(o) for o in op["operands"]]
        if n == "arith.constant":
            value = prop(op, "value").split(":")[0].strip()
            env[op["result"]] = float(value) if "." in value or "e" in value else int(value)
        elif n == "vector.transfer_read":
            shape, _ = parse_type(op["type"])
            perm = permutation(op)
            base = ins[1:-1]
            vec = [[0.0] * shape[1] for _ in range(shape[0])]
            for r in range(shape[0]):
                for c in range(shape[1]):
                    at = list(base)
                    at[perm[0]] += r
                    at[perm[1]] += c
                    vec[r][c] = mem(op["operands"][0])[tuple(at)]
            env[op["result"]] = vec
        elif n == "arith.extf":
            env[op["result"]] = ins[0]
        elif n == "vector.contract":
            a, b, c = ins
            env[op["result"]] = [[c[m][j] + sum(a[m][k] * b[j][k] for k in range(16))
                                  for j in range(8)] for m in range(16)]
        elif n == "vector.transfer_write":
            vec, base, perm = ins[0], ins[2:], permutation(op)
            for r in range(len(vec)):
                for c in range(len(vec[0])):
                    at = list(base)
                    at[perm[0]] += r
                    at[perm[1]] += c
                    mem(op["operands"][1])[tuple(at)] = vec[r][c]
        else:
            sys.exit("reference: unexpected op " + n)
    return memory


def a_place(i, lane):
    g, t = lane // 4, lane % 4
    return g + 8 * ((i // 2) % 2), 2 * t + (i & 1) + 8 * (i // 4)


def b_place(i, lane):  # (k, n)
    g, t = lane // 4, lane % 4
    return 2 * t + (i & 1) + 8 * (i // 2), g


def c_place(i, lane):
    g, t = lane // 4, lane % 4
    return g + 8 * (i // 2), 2 * t + (i & 1)


def run_lanes(func):
    memory = initial_memory(func["args"])
    env = {v: [("mem", i)] * LANES for i, v in enumerate(func["names"])}
    for op in func["ops"]:
        n, ins = op["name"], [env[o] for o in op["operands"]]
        out = None
        if n == "arith.constant":
            value = prop(op, "value").split(":")[0].strip()
            v = float(value) if "." in value or "e" in value else int(value)
            out = [v] * LANES
        elif n == "gpu.lane_id":
            out = list(range(LANES))
        elif n in ("arith.addi", "arith.muli", "arith.subi", "arith.divui",
                   "arith.remui"):
            f = {"arith.addi": lambda x, y: x + y, "arith.muli": lambda x, y: x * y,
                 "arith.subi": lambda x, y: x - y, "arith.divui": lambda x, y: x // y,
                 "arith.remui": lambda x, y: x % y}[n]
            out = [f(x, y) for x, y in zip(*ins)]
        elif n == "memref.load":
            out = [memory[ins[0][l][1]][tuple(ins[k][l] for k in range(1, len(ins)))]
                   for l in range(LANES)]
        elif n == "memref.store":
            for l in range(LANES):
                memory[ins[1][l][1]][tuple(ins[k][l] for k in range(2, len(ins)))] = ins[0][l]
        elif n == "vector.from_elements":
            out = [tuple(ins[k][l] for k in range(len(ins))) for l in range(LANES)]
        elif n == "vector.bitcast":
            out = [[x] for x in ins[0]]  # a pair of 16-bit values as one word
        elif n == "vector.extract":
            (p,) = ints(prop(op, "static_position"))
            out = [x[p] for x in ins[0]]
        elif n == "llvm.extractvalue":
            (p,) = ints(prop(op, "position"))
            out = [x[p] for x in ins[0]]
        elif n == "nvgpu.ldmatrix":
            tiles = int(prop(op, "numTiles").split(":")[0])
            trans = prop(op, "transpose") == "true"
            cells = memory[ins[0][0][1]]
            out = []
            for l in range(LANES):
                g, t = l // 4, l % 4
                regs = []
                for i in range(tiles):
                    def element(r, c):
                        start = [ins[k][8 * i + r] for k in range(1, len(ins))]
                        start[-1] += c
                        return cells[tuple(start)]
                    if trans:
                        regs.append((element(2 * t, g), element(2 * t + 1, g)))
                    else:
                        regs.append((element(g, 2 * t), element(g, 2 * t + 1)))
                out.append(regs)
        elif n == "nvvm.mma.sync":
            sizes = ints(prop(op, "operandSegmentSizes"))
            assert sizes == [4, 2, 4], sizes
            a_regs, b_regs, c_vals = ins[0:4], ins[4:6], ins[6:10]
            A = [[None] * 16 for _ in range(16)]
            B = [[None] * 8 for _ in range(16)]
            C = [[None] * 8 for _ in range(16)]
            for l in range(LANES):
                for i in range(8):
                    r, c = a_place(i, l)
                    A[r][c] = a_regs[i // 2][l][i % 2]
                for i in range(4):
                    k, j = b_place(i, l)
                    B[k][j] = b_regs[i // 2][l][i % 2]
                    r, c = c_place(i, l)
                    C[r][c] = c_vals[i][l]
            D = [[C[m][j] + sum(A[m][k] * B[k][j] for k in range(16)) for j in range(8)]
                 for m in range(16)]
            out = [tuple(D[c_place(i, l)[0]][c_place(i, l)[1]] for i in range(4))
                   for l in range(LANES)]
        else:
            sys.exit("lanes: unexpected op " + n)
        if op["result"]:
            env[op["result"]] = out
    return memory


def main():
    before, after = parse_funcs(sys.argv[1]), parse_funcs(sys.argv[2])
    failed = False
    for name, func in before.items():
        want, got = run_reference(func), run_lanes(after[name])
        start = initial_memory(func["args"])
        changed = sum(1 for a in range(len(want)) for k in want[a] if want[a][k] != start[a][k])
        diff = [(a, k, want[a][k], got[a][k]) for a in range(len(want))
                for k in want[a] if want[a][k] != got[a][k]]
        if diff:
            failed = True
            print("@%s: %d elements differ, first %s" % (name, len(diff), diff[:4]))
        else:
            print("@%s: lanes agree on all %d elements, %d written" %
                  (name, sum(len(m) for m in want), changed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
