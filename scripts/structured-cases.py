#!/usr/bin/env python3
"""Structured robustness cases for every infini pass and both pipelines.

Beside the byte-mutating fuzzer (scripts/fuzz.sh), which rarely builds a
well-formed op with unusual sizes, this generates whole, mostly valid cases
the way a user's mistakes look, and runs each through every pass and
pipeline of infini-opt:

  sizes       B, H, Hkv, T, Dk, Dv chosen together and kept consistent
              across operands (0 tokens, 1, odd sizes, sizes the tiles do
              not divide), sometimes one size broken on purpose;
  types       each dimension of each operand and result static or dynamic
              on its own (results more or less static than the operands),
              f32/f16/bf16 data, sometimes a wrong state type;
  attributes  segment_len, scale, epsilon at their extremes (0, negative,
              2^63 - 1, NaN, infinities, denormals), causal, rule;
  around      a plain function, a nested module, the op in an scf.for body
              carrying the state, two ops chained, an unused result.

An outcome is a finding when infini-opt crashes (signal, LLVM ERROR, stack
dump, sanitizer report) or hangs; exits 0 with output that does not parse
again, or (a pipeline) with ops it did not lower; or, on input that
verifies, fails with a verifier error of a non-infini op (a pass built
invalid IR). Findings are written to --out as reproducers (one .mlir per
case, with the passes that failed in a comment); test/Fuzz replays the
committed ones.

  scripts/structured-cases.py --count 200 --seed 1 --out build/cases
"""

import argparse
import concurrent.futures
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Every pass and pipeline a user can run on infini IR (the passes that work
# on lower-level IR run here too: on this input they must do nothing or
# fail cleanly).
PASSES = [
    "-infini-decompose-attention",
    "-convert-infini-to-linalg",
    "-convert-infini-to-linalg=fuse-attention=false",
    "-convert-infini-to-gpu",
    "-infini-convert-attention",
    "-infini-check-dynamic-sizes",
    "-infini-check-entry-shapes",
    "-infini-check-module-nesting",
    "-infini-tile-to-blocks",
    "-infini-distribute-to-threads",
    "-infini-vectorize-contractions",
    "-infini-vectorize-elementwise",
    "-infini-emit-c-interface",
    "-infini-lower-to-cpu",
    "-infini-lower-to-cpu=fuse-attention=false",
    "-infini-lower-to-cpu=gpu-kernels=true",
    "-infini-lower-to-nvvm",
]
PIPELINES = {"-infini-lower-to-cpu": ("llvm.", "omp."),
             "-infini-lower-to-nvvm": ("llvm.", "gpu.binary",
                                       "gpu.launch_func")}

# Pipeline options at their extremes: each must be honoured or refused with
# a diagnostic.
OPTIONS = {
    "-infini-lower-to-cpu": [
        "query-tile=0", "query-tile=-1", "query-tile=1", "query-tile=3",
        "query-tile=4096", "key-tile=0", "key-tile=7", "key-tile=100000",
        "vector-rows=-1", "vector-cols=3", "vector-rows=1 vector-cols=1",
        "num-threads=1", "num-threads=4096", "target-cpu=foo",
        "target-cpu=znver4", "target-cpu=haswell", "target-cpu=x86-64",
        "parallel=false", "parallel-runtime=async", "vectorize=false",
        "fast-exp=false", "check-dynamic-sizes=false",
        "check-entry-shapes=false", "emit-c-interface=false",
        "gpu-kernels=true query-tile=5 key-tile=3"],
    "-infini-lower-to-nvvm": [
        "chip=sm_100a", "chip=sm_120", "chip=sm_80", "chip=sm_75",
        "chip=sm_52", "chip=foo", "chip=sm_100a features=+ptx80",
        "features=+ptx99", "format=isa", "format=bin", "format=offloading",
        "format=offload", "format=", "opt-level=0", "opt-level=4",
        "block-size=0", "block-size=1", "block-size=33", "block-size=1025",
        "query-tile=0", "query-tile=1", "key-tile=3", "token-tile=1",
        "value-tile=65537", "max-shared-memory=1", "max-shared-memory=-1",
        "toolkit=/nonexistent"],
}

DATA_TYPES = ["f32", "f16", "bf16"]
SEGMENT_LENS = [1, 2, 3, 5, 7, 8, 16, 64, 2**31, 2**62, 2**63 - 1, 0, -1,
                -(2**63)]
FLOATS = ["1.250000e-01", "1.0", "1.0e-30", "1.0e+30", "1.0e-45", "0.0",
          "-1.0", "0x7FC00000", "0x7F800000", "0xFF800000"]


class Case:
    """One generated function (or module) and what it is made of."""

    def __init__(self):
        self.args = []  # (name, type)
        self.body = []
        self.results = []  # (value, type)
        self.tag = []

    def arg(self, name, shape, elem):
        t = "tensor<%s%s>" % ("".join("%sx" % d for d in shape), elem)
        self.args.append((name, t))
        return "%" + name, t


def pick_sizes(rng):
    """B, H, Hkv, T, Dk, Dv: kept consistent; T may be 0."""
    hkv = rng.choice([1, 1, 2, 3])
    group = rng.choice([1, 1, 2, 4])
    return {
        "B": rng.choice([1, 1, 2, 3]),
        "H": hkv * group,
        "Hkv": hkv,
        "T": rng.choice([0, 1, 2, 3, 5, 8, 16, 17, 33, 64, 65, 130]),
        "Dk": rng.choice([1, 2, 3, 4, 8, 16, 31, 32, 64]),
        "Dv": rng.choice([1, 2, 4, 5, 8, 16, 32, 33]),
    }


def shape(rng, dims, p_dynamic):
    """Each size static or, with probability p_dynamic, dynamic."""
    return ["?" if rng.random() < p_dynamic else str(d) for d in dims]


def maybe_break(rng, s, tag):
    """Now and then one size made inconsistent, to exercise the verifier."""
    if rng.random() < 0.08:
        k = rng.choice(list(s))
        s = dict(s)
        s[k] = s[k] + rng.choice([1, 2]) if s[k] else 1
        tag.append("broken-" + k)
    return s


def gen_op(rng, case, s, p_dyn, prefix):
    """Appends one infini op to `case`; returns its results."""
    d = rng.choice(DATA_TYPES)
    state = "f32" if rng.random() > 0.04 else rng.choice(["f16", "i32"])
    B, H, Hkv, T, Dk, Dv = (s[k] for k in ("B", "H", "Hkv", "T", "Dk", "Dv"))
    kind = rng.choice(["retrieve", "update", "combine", "local", "online",
                       "segment", "attention", "attention"])
    case.tag.append(kind)

    def a(name, dims, elem):
        return case.arg(prefix + name, shape(rng, dims, p_dyn), elem)

    def res(dims, elem):
        return "tensor<%s%s>" % ("".join("%sx" % x for x in
                                          shape(rng, dims, p_dyn)), elem)

    def floats(name, prob=0.3):
        return (" %s = %s" % (name, rng.choice(FLOATS))
                if rng.random() < prob else "")

    def layer():
        """The operands of a whole layer: query, key, value, memory, norm
        and gate (per head or per channel)."""
        return (a("q", [B, H, T, Dk], d), a("k", [B, Hkv, T, Dk], d),
                a("v", [B, Hkv, T, Dv], d), a("m", [B, Hkv, Dk, Dv], state),
                a("z", [B, Hkv, Dk], state),
                a("g", [H, Dv] if rng.random() < 0.3 else [H], "f32"))

    r = "%" + prefix + "r"
    if kind == "retrieve":
        q, tq = a("q", [B, H, T, Dk], d)
        m, tm = a("m", [B, Hkv, Dk, Dv], state)
        z, tz = a("z", [B, Hkv, Dk], state)
        tr = res([B, H, T, Dv], d)
        case.body.append("%s = infini.memory_retrieve %s, %s, %s%s : %s, %s, %s -> %s"
                         % (r, q, m, z, floats("epsilon"), tq, tm, tz, tr))
        return [(r, tr)]
    if kind == "update":
        k, tk = a("k", [B, Hkv, T, Dk], d)
        v, tv = a("v", [B, Hkv, T, Dv], d)
        m, tm = a("m", [B, Hkv, Dk, Dv], state)
        z, tz = a("z", [B, Hkv, Dk], state)
        rule = rng.choice(["linear", "delta"])
        tm1, tz1 = res([B, Hkv, Dk, Dv], "f32"), res([B, Hkv, Dk], "f32")
        case.body.append("%s:2 = infini.memory_update %s, %s, %s, %s rule = %s%s : %s, %s, %s, %s -> %s, %s"
                         % (r, k, v, m, z, rule, floats("epsilon"), tk, tv, tm, tz, tm1, tz1))
        return [(r + "#0", tm1), (r + "#1", tz1)]
    if kind == "combine":
        x, tx = a("x", [B, H, T, Dv], d)
        y, ty = a("y", [B, H, T, Dv], d)
        g, tg = a("g", [H, Dv] if rng.random() < 0.3 else [H], state)
        tr = res([B, H, T, Dv], d)
        case.body.append("%s = infini.gated_combine %s, %s, %s : %s, %s, %s -> %s"
                         % (r, x, y, g, tx, ty, tg, tr))
        return [(r, tr)]
    if kind == "local":
        q, tq = a("q", [B, H, T, Dk], d)
        k, tk = a("k", [B, Hkv, T, Dk], d)
        v, tv = a("v", [B, Hkv, T, Dv], d)
        causal = " causal = false" if rng.random() < 0.3 else ""
        tr = res([B, H, T, Dv], d)
        case.body.append("%s = infini.local_attention %s, %s, %s%s%s : %s, %s, %s -> %s"
                         % (r, q, k, v, floats("scale"), causal, tq, tk, tv, tr))
        return [(r, tr)]
    if kind == "segment":
        # A retrieval and a local attention feeding a gate: the fused kernel.
        (q, tq), (k, tk), (v, tv), (m, tm), (z, tz), (g, tg) = layer()
        tmem, tloc, tr = (res([B, H, T, Dv], d), res([B, H, T, Dv], d),
                          res([B, H, T, Dv], d))
        case.body.append("%smem = infini.memory_retrieve %s, %s, %s : %s, %s, %s -> %s"
                         % (r, q, m, z, tq, tm, tz, tmem))
        case.body.append("%sloc = infini.local_attention %s, %s, %s%s : %s, %s, %s -> %s"
                         % (r, q, k, v, floats("scale"), tq, tk, tv, tloc))
        case.body.append("%s = infini.gated_combine %smem, %sloc, %s : %s, %s, %s -> %s"
                         % (r, r, r, g, tmem, tloc, tg, tr))
        return [(r, tr)]
    if kind == "online":
        nk = rng.choice([0, 1, T, T + 3, 64])
        q, tq = a("q", [B, H, T, Dk], d)
        k, tk = a("k", [B, Hkv, nk, Dk], d)
        v, tv = a("v", [B, Hkv, nk, Dv], d)
        acc, tacc = a("acc", [B, H, T, Dv], "f32")
        mx, tmx = a("mx", [B, H, T], "f32")
        sm, tsm = a("sm", [B, H, T], "f32")
        case.args.append((prefix + "off", "index"))
        causal = " causal = false" if rng.random() < 0.3 else ""
        case.body.append("%s:3 = infini.online_attention %s, %s, %s query_offset = %%%soff%s%s outs(%s, %s, %s) : %s, %s, %s, %s, %s, %s"
                         % (r, q, k, v, prefix, floats("scale"), causal, acc, mx, sm, tq, tk, tv, tacc, tmx, tsm))
        return [(r + "#0", tacc), (r + "#1", tmx), (r + "#2", tsm)]
    # attention
    (q, tq), (k, tk), (v, tv), (m, tm), (z, tz), (g, tg) = layer()
    seg = rng.choice(SEGMENT_LENS + [max(T, 1), max(T - 1, 1), T + 1])
    rule = rng.choice(["linear", "delta"])
    extra = ""
    if rng.random() < 0.2:
        rq, trq = a("rq", [B, H, T, Dk], d)
        extra += " local_query(%s : %s)" % (rq, trq)
    if rng.random() < 0.2:
        rk, trk = a("rk", [B, Hkv, T, Dk], d)
        extra += " local_key(%s : %s)" % (rk, trk)
    to, tm1, tz1 = (res([B, H, T, Dv], d), res([B, Hkv, Dk, Dv], "f32"),
                    res([B, Hkv, Dk], "f32"))
    case.body.append("%s:3 = infini.attention %s, %s, %s, %s, %s, %s segment_len = %d rule = %s%s%s%s : %s, %s, %s, %s, %s, %s -> %s, %s, %s"
                     % (r, q, k, v, m, z, g, seg, rule, floats("scale"), floats("epsilon"), extra,
                        tq, tk, tv, tm, tz, tg, to, tm1, tz1))
    case.tag.append("seg=%d" % seg)
    return [(r + "#0", to), (r + "#1", tm1), (r + "#2", tz1)]


def generate(rng, index):
    """The text of one case and a short description."""
    case = Case()
    s = pick_sizes(rng)
    s = maybe_break(rng, s, case.tag)
    p_dyn = rng.choice([0.0, 0.0, 0.2, 0.5, 1.0])
    around = rng.choice(["plain", "plain", "plain", "nested", "loop", "chain",
                         "unused"])
    case.tag.append(around)
    results = gen_op(rng, case, s, p_dyn, "a")
    if around == "chain":
        results += gen_op(rng, case, s, p_dyn, "b")
    lines = []
    ret = results if around != "unused" else []
    sig = ", ".join("%%%s: %s" % (n, t) for n, t in case.args)
    rtypes = ", ".join(t for _, t in ret)
    lines.append("func.func @case%d(%s)%s {" % (
        index, sig, " -> (%s)" % rtypes if ret else ""))
    if around == "loop":
        lines.append("  %c0 = arith.constant 0 : index")
        lines.append("  %c1 = arith.constant 1 : index")
        lines.append("  %c3 = arith.constant 3 : index")
        lines.append("  scf.for %i = %c0 to %c3 step %c1 {")
        lines += ["    " + b for b in case.body]
        lines.append("  }")
        ret = []
        lines[0] = "func.func @case%d(%s) {" % (index, sig)
    else:
        lines += ["  " + b for b in case.body]
    lines.append("  return%s" % (
        " " + ", ".join(v for v, _ in ret) + " : " + ", ".join(t for _, t in ret)
        if ret else ""))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    if around == "nested":
        text = "module {\n  module @inner {\n" + "".join(
            "    " + l + "\n" for l in text.splitlines()) + "  }\n}\n"
    return text, " ".join(case.tag) + " " + " ".join(
        "%s=%d" % kv for kv in s.items()) + " dyn=%g" % p_dyn


CRASH = re.compile(r"PLEASE submit a bug report|Stack dump|LLVM ERROR|"
                   r"AddressSanitizer|UndefinedBehaviorSanitizer|"
                   r"runtime error:|Assertion .* failed")
# A verifier error of an op that is not ours, after a pass: invalid IR (a
# pass's own diagnostics on such ops, like the shared memory a kernel
# needs, are phrased otherwise).
FOREIGN_VERIFY = re.compile(
    r"error: '(?!infini\.)[a-z_]+\.[a-z_.]+' op (?:.*(?:expected|requires|"
    r"does not dominate|failed to verify|operand #\d|result #\d|"
    r"size mismatch|out-of-bounds|must be))")


def run(opt, args, text, timeout):
    try:
        p = subprocess.run([opt] + args, input=text, capture_output=True,
                           text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, "", "timeout"


def check(opt, text, timeout, options=()):
    """The findings of one case: (pass, kind, detail)."""
    findings = []
    rc, _, err = run(opt, ["-"], text, timeout)
    verifies = rc == 0
    if rc is None or rc < 0 or CRASH.search(err):
        return [("parse", "crash", err[-400:])]
    for p in list(PASSES) + list(options):
        rc, out, err = run(opt, [p, "-"], text, timeout)
        if rc is None:
            findings.append((p, "hang", ""))
        elif rc < 0 or CRASH.search(err):
            findings.append((p, "crash", err[-400:]))
        elif rc == 0:
            rc2, _, err2 = run(opt, ["-"], out, timeout)
            if rc2 != 0:
                findings.append((p, "output does not parse", err2[:300]))
            base = p.split("=")[0]
            if base in PIPELINES:
                ops = set(re.findall(r"^\s*(?:%[^=]+=\s*)?\"?([a-z_]+\.[a-z_.]+)", out, re.M))
                left = sorted(o for o in ops if not o.startswith(PIPELINES[base])
                              and o not in ("builtin.module", "module"))
                if left:
                    findings.append((p, "ops left over", " ".join(left[:8])))
        elif verifies and (bad := FOREIGN_VERIFY.search(err)):
            findings.append((p, "invalid IR",
                             bad.group(0) + err[bad.end():][:200]))
    return findings


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--infini-opt", default=os.path.join(ROOT, "build/bin/infini-opt"))
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--out", help="directory for reproducers of findings")
    ap.add_argument("--replay", nargs="*", help="check these files instead of generating")
    ap.add_argument("--no-nvvm", action="store_true",
                    help="skip infini-lower-to-nvvm (no CUDA toolkit)")
    ap.add_argument("--passes", help="comma-separated subset of the passes")
    args = ap.parse_args()
    global PASSES
    if args.no_nvvm:
        PASSES = [p for p in PASSES if "nvvm" not in p]
    if args.passes:
        wanted = args.passes.split(",")
        PASSES = [p for p in PASSES if p.lstrip("-") in wanted or p in wanted]

    if args.replay is not None:
        cases = [(open(f).read(), f) for f in args.replay]
    else:
        rng = random.Random(args.seed)
        cases = [generate(rng, i) for i in range(args.count)]
    # Every case also goes through the pipelines with two option strings.
    opt_rng = random.Random(args.seed + 1)
    option_runs = []
    for _ in cases:
        runs = []
        for pipeline, variants in OPTIONS.items():
            if any(p.startswith(pipeline) for p in PASSES):
                runs += ["%s=%s" % (pipeline, v)
                         for v in opt_rng.sample(variants, 2)]
        option_runs.append(runs)

    bad = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(check, args.infini_opt, text, args.timeout, runs)
                   for (text, _), runs in zip(cases, option_runs)]
        for i, (f, (text, desc)) in enumerate(zip(futures, cases)):
            findings = f.result()
            if not findings:
                continue
            bad += 1
            print("case %d (%s):" % (i, desc))
            for p, kind, detail in findings:
                print("  %s: %s %s" % (p, kind, detail.strip().splitlines()[0]
                                       if detail.strip() else ""))
            if args.out:
                os.makedirs(args.out, exist_ok=True)
                with open(os.path.join(args.out, "case%d.mlir" % i), "w") as o:
                    o.write("// %s\n" % desc)
                    for p, kind, _ in findings:
                        o.write("// %s: %s\n" % (p, kind))
                    o.write(text)
    print("%d cases, %d passes each: %d with findings" % (len(cases), len(PASSES), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
