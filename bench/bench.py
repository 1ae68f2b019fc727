#!/usr/bin/env python3
"""Measures the compiled Infini-attention layer against the alternatives a
user would pick today, in one run on one machine, and prints a table (and
JSON).

  ours, fused              infini-demo (infini-lower-to-cpu, fused kernels,
                           OpenMP)
  ours, unfused            infini-demo --fuse-attention=false (the baseline)
  PyTorch eager, matmul    bench/torch_infini.py: explicit scores, mask,
                           softmax
  PyTorch eager, sdpa      the same with scaled_dot_product_attention
                           (enable_gqa=True for GQA)
  PyTorch compiled, sdpa   the sdpa variant in torch.compile (inductor)
  IREE llvm-cpu            iree-compile of the linalg form our decompose +
                           convert passes produce (one segment per call)
  IREE llvm-cpu, SDPA      the sdpa segment exported from PyTorch with
                           iree.turbine.aot.export, compiled by iree-compile
  sgemm                    numpy's bundled OpenBLAS matmul: the roofline;
                           threadpoolctl reports which kernel ran

PyTorch, numpy and IREE come from the venv (--venv, made by bench/run.sh).
Every measurement runs in its own process with the same thread count; peak
RSS is that process's. The contenders of a config run in alternating order,
round after round (--rounds); the rate reported is each contender's median
over the rounds, so noise on the machine hits all of them alike. Rates that
are constant per token (unfused, PyTorch, IREE) are measured on a prefix of
a few segments. Every rate leaves out the first call (one-time thread-pool
and first-touch costs): the demo reports its steady rate, PyTorch runs an
untimed segment first (two for torch.compile, which compiles there), IREE
compiles ahead and iree-benchmark-module times repeated calls. GFLOP/s
counts only the flops a causal kernel must do (see flops_per_token).

The targets, per config: ours fused / best PyTorch (the faster of eager and
compiled sdpa) >= 1.5, and ours fused >= 50 % of sgemm.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time

CONFIGS = {
    # name: (B, H, Hkv, D, N, T, delta)
    "L": (1, 8, 8, 128, 2048, 32768, False),
    "S": (1, 8, 8, 64, 1024, 16384, False),
    "G": (2, 8, 2, 64, 1024, 16384, True),
    # Tiny, for a smoke test of this script (seconds): --configs=T
    "T": (1, 2, 1, 64, 256, 1024, True),
}

PYTORCH_SDPA = ("PyTorch eager, sdpa", "PyTorch compiled, sdpa")
CPU_FLAGS = ("avx2", "fma", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16",
             "amx_int8")


class Unavailable(Exception):
    pass


def flops_per_token(b, h, hkv, d, n, delta):
    """Causal local attention (QK^T and PV over the n(n+1)/2 visible pairs of
    a segment, per token on average), retrieval (sigma(q) M and sigma(q) z)
    per query head, update (sigma(k)^T V, twice for the delta read-out)
    per kv head."""
    local = (n + 1) * 2 * d  # 2 * (n+1)/2 keys * (Dk + Dv) * 2 flops
    retrieval = 2 * d * d + 2 * d
    update = 2 * d * d * (2 if delta else 1) + d
    return b * (h * (local + retrieval) + hkv * update)


def run_raw(cmd, env=None, timeout=None):
    """Runs cmd, returns (stdout, peak RSS in MiB of that process). Raises
    RuntimeError if it fails, subprocess.TimeoutExpired past timeout s."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, text=True)
        timer = None
        killed = []
        if timeout is not None:
            def kill():
                killed.append(True)
                proc.kill()
            timer = threading.Timer(max(timeout, 0.0), kill)
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if killed:
        raise subprocess.TimeoutExpired(cmd, timeout, stdout, stderr)
    if proc.returncode != 0:
        raise RuntimeError("%s failed (exit %d):\n%s%s" % (
            " ".join(cmd), proc.returncode, stdout[-3000:], stderr[-3000:]))
    return stdout, usage.ru_maxrss / 1024.0


def run(cmd, env=None, timeout=None):
    """Runs cmd, returns (its last JSON line, parsed; peak RSS in MiB)."""
    out, rss = run_raw(cmd, env, timeout)
    lines = [l for l in out.splitlines() if l.startswith("{")]
    if not lines:
        raise RuntimeError("%s printed no JSON:\n%s" % (" ".join(cmd), out[-2000:]))
    return json.loads(lines[-1]), rss


def demo_args(cfg, tokens, fused):
    b, h, hkv, d, n, _, delta = cfg
    args = ["--batch=%d" % b, "--heads=%d" % h, "--kv-heads=%d" % hkv,
            "--head-dim=%d" % d, "--segment=%d" % n, "--tokens=%d" % tokens,
            "--check-tokens=0", "--json"]
    if delta:
        args.append("--delta")
    if not fused:
        args.append("--fuse-attention=false")
    return args


def torch_args(cfg, tokens):
    b, h, hkv, d, n, _, delta = cfg
    args = ["--batch=%d" % b, "--heads=%d" % h, "--kv-heads=%d" % hkv,
            "--head-dim=%d" % d, "--segment=%d" % n, "--tokens=%d" % tokens]
    if delta:
        args.append("--delta")
    return args


def segment_types(cfg):
    """Argument and result shapes of one segment, as dims lists."""
    b, h, hkv, d, n, _, _ = cfg
    ins = [(b, h, n, d), (b, hkv, n, d), (b, hkv, n, d), (b, hkv, d, d),
           (b, hkv, d), (h,)]
    outs = [(b, h, n, d), (b, hkv, d, d), (b, hkv, d)]
    return ins, outs


def iree_linalg_mlir(cfg, infini_opt, workdir):
    """Writes one segment of the layer as the unfused linalg our passes emit;
    returns its path."""
    n, delta = cfg[4], cfg[6]
    t = lambda s: "tensor<%sxf32>" % "x".join(str(x) for x in s)
    ins, outs = segment_types(cfg)
    types, outs = [t(s) for s in ins], [t(s) for s in outs]
    names = ["q", "k", "v", "m", "z", "g"]
    src = "func.func @segment(%s) -> (%s) {\n" % (
        ", ".join("%%%s: %s" % (nm, ty) for nm, ty in zip(names, types)),
        ", ".join(outs))
    src += ("  %%o, %%m1, %%z1 = infini.attention %%q, %%k, %%v, %%m, %%z, %%g "
            "segment_len = %d%s : %s -> %s\n" % (
                n, " rule = delta" if delta else "", ", ".join(types),
                ", ".join(outs)))
    src += "  return %%o, %%m1, %%z1 : %s\n}\n" % ", ".join(outs)
    layer = os.path.join(workdir, "segment.mlir")
    linalg = os.path.join(workdir, "segment-linalg.mlir")
    with open(layer, "w") as f:
        f.write(src)
    subprocess.run([infini_opt, layer,
                    "--convert-infini-to-linalg=fuse-attention=false",
                    "-canonicalize", "-cse", "-o", linalg], check=True,
                   capture_output=True, text=True)
    return linalg


def iree_compile(venv, src, vmfb, timeout, extra=()):
    cmd = [os.path.join(venv, "bin", "iree-compile"), src,
           "--iree-hal-target-backends=llvm-cpu",
           "--iree-llvmcpu-target-cpu=host", "-o", vmfb] + list(extra)
    run_raw(cmd, timeout=timeout)


def iree_time(venv, vmfb, cfg, threads, timeout):
    """Times one segment call with iree-benchmark-module (one repetition of
    as many calls as fit in its minimum time, at least one); returns
    (seconds per segment, peak RSS MiB)."""
    ins, _ = segment_types(cfg)
    cmd = [os.path.join(venv, "bin", "iree-benchmark-module"),
           "--module=" + vmfb, "--function=segment", "--device=local-task",
           "--task_topology_max_group_count=%d" % threads,
           "--benchmark_format=json", "--benchmark_repetitions=1"]
    cmd += ["--input=%sxf32" % "x".join(str(x) for x in s) for s in ins]
    out, rss = run_raw(cmd, timeout=timeout)
    data = json.loads(out[out.index("{"):])
    runs = [x for x in data["benchmarks"] if x.get("run_type") == "iteration"]
    r = runs[0]
    unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[r["time_unit"]]
    return r["real_time"] * unit, rss


SGEMM = r"""
import json, sys, time
import numpy
from threadpoolctl import threadpool_info, threadpool_limits
threads = int(sys.argv[1])
n = 2048
a = numpy.random.rand(n, n).astype(numpy.float32)
b = numpy.random.rand(n, n).astype(numpy.float32)
with threadpool_limits(limits=threads, user_api="blas"):
    a @ b
    blas = [{k: i.get(k) for k in ("internal_api", "version", "architecture",
                                   "num_threads", "threading_layer", "prefix")}
            for i in threadpool_info() if i.get("user_api") == "blas"]
    t = time.perf_counter(); reps = 5
    for _ in range(reps):
        a @ b
    s = (time.perf_counter() - t) / reps
print(json.dumps({"gflops": 2 * n**3 / s / 1e9, "numpy": numpy.__version__,
                  "blas": blas}))
"""


def sgemm(python, threads):
    """numpy (venv) f32 2048^3 matmul; returns its JSON (gflops, blas).

    The roofline is OpenBLAS's widest kernel for the CPU: where the CPU has
    AVX-512, OpenBLAS is told SKYLAKEX (its AVX-512 kernels) whatever the
    environment says, since otherwise it runs narrower ones: Prescott's
    SSE3 kernels on Xeons it does not know, and Haswell's AVX2 ones on a
    Zen 5 whose environment sets OPENBLAS_CORETYPE=Haswell (207 against
    360 GFLOP/s on 2 threads). threadpoolctl reports the kernel that ran."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads))
    if cpu_info()[1]["avx512f"]:
        env["OPENBLAS_CORETYPE"] = "SKYLAKEX"
    return run([python, "-c", SGEMM, str(threads)], env)[0]


def blas_name(s):
    if not s.get("blas"):
        return "numpy %s, BLAS unknown" % s.get("numpy")
    b = s["blas"][0]
    return "numpy %s, %s %s, kernel %s, %s threads" % (
        s["numpy"], b["internal_api"], b["version"], b["architecture"],
        b["num_threads"])


def cpu_info():
    model, flags = platform.processor() or platform.machine(), set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") and model in ("", platform.machine()):
                    model = line.split(":", 1)[1].strip()
                elif line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return model, {f: f in flags for f in CPU_FLAGS}


def median_rate(samples):
    return statistics.median(s["tokens"] / s["seconds"] for s in samples)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", default=os.path.join(root, "build"))
    p.add_argument("--venv", default=None,
                   help="venv with torch, numpy, threadpoolctl, IREE "
                        "(default: BUILD/bench-venv, made by bench/run.sh)")
    p.add_argument("--configs", default="L,S,G",
                   help="comma-separated configs (%s); empty for none"
                        % ",".join(CONFIGS))
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--rounds", type=int, default=3,
                   help="rounds of alternating runs per config; the median "
                        "is reported")
    p.add_argument("--prefix-segments", type=int, default=4,
                   help="segments timed for the per-token rate of the peers")
    p.add_argument("--no-iree", action="store_true", help="skip the IREE rows")
    p.add_argument("--iree-timeout", type=float, default=600,
                   help="seconds of compile + runs per IREE row and config; "
                        "past it the row is unavailable")
    p.add_argument("--stream-tokens", type=int, default=1 << 20,
                   help="tokens of the streaming run (0: skip)")
    p.add_argument("--json", default=os.path.join(root, "build", "bench", "results.json"))
    a = p.parse_args()

    venv = a.venv or os.path.join(a.build, "bench-venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        sys.exit("no %s: run bench/run.sh, which makes the venv" % python)
    demo = os.path.join(a.build, "bin", "infini-demo")
    infini_opt = os.path.join(a.build, "bin", "infini-opt")
    torch_py = os.path.join(root, "bench", "torch_infini.py")
    env = dict(os.environ, OMP_NUM_THREADS=str(a.threads))
    workdir = os.path.dirname(os.path.abspath(a.json))
    os.makedirs(workdir, exist_ok=True)
    model, flags = cpu_info()
    results = {"machine": {"cpu": model, "flags": flags,
                           "threads": a.threads, "nproc": os.cpu_count(),
                           "python": platform.python_version()},
               "rounds": a.rounds, "configs": {}}
    s0 = sgemm(python, a.threads)
    results["sgemm"] = {"numpy": s0["numpy"], "blas": s0["blas"]}
    sgemm_samples = [s0["gflops"]]
    iree = not a.no_iree and os.path.exists(os.path.join(venv, "bin", "iree-compile"))
    if iree:
        version = subprocess.run(
            [os.path.join(venv, "bin", "iree-compile"), "--version"],
            capture_output=True, text=True).stdout.splitlines()
        results["machine"]["iree"] = ([l.strip() for l in version
                                       if "version" in l] or ["?"])[0]

    for name in filter(None, a.configs.split(",")):
        cfg = CONFIGS[name]
        b, h, hkv, d, n, total, delta = cfg
        fpt = flops_per_token(b, h, hkv, d, n, delta)
        prefix = a.prefix_segments * n
        cdir = os.path.join(workdir, name)
        os.makedirs(cdir, exist_ok=True)
        notes, unavailable, samples = {}, {}, {}
        print("config %s ..." % name, file=sys.stderr, flush=True)

        # Each contender: label -> callable returning (tokens, seconds, RSS,
        # extra) for one round; raises Unavailable (kept for all rounds).
        contenders = {}

        def demo_run(tokens, fused):
            r, rss = run([demo] + demo_args(cfg, tokens, fused), env)
            return r["steady_tokens"], r["steady_seconds"], rss, {}
        contenders["ours, fused"] = lambda: demo_run(total, True)
        notes["ours, fused"] = "all %d tokens, after the first call" % total
        contenders["ours, unfused"] = lambda: demo_run(prefix + n, False)
        notes["ours, unfused"] = "%d tokens after the first call" % prefix

        def torch_run(variant, compiled):
            cmd = [python, torch_py] + torch_args(cfg, prefix) + [
                "--variant=" + variant, "--threads=%d" % a.threads]
            if compiled:
                cmd.append("--compile")
            try:
                r, rss = run(cmd, env)
            except RuntimeError as e:
                raise Unavailable(str(e))
            if "unavailable" in r:
                raise Unavailable(r["unavailable"])
            return r["tokens"], r["seconds"], rss, {"torch": r["torch"],
                                                    "gqa": r.get("gqa")}
        for label, variant, compiled in (
                ("PyTorch eager, matmul", "matmul", False),
                ("PyTorch eager, sdpa", "sdpa", False),
                ("PyTorch compiled, sdpa", "sdpa", True)):
            contenders[label] = (lambda v=variant, c=compiled: torch_run(v, c))
            notes[label] = "first %d tokens after %s" % (
                prefix, "2 untimed segments (compile)" if compiled
                else "1 untimed segment")

        # IREE: compiled once per config (before the rounds), timed each round
        # within one --iree-timeout budget for compile + runs.
        iree_vmfb, iree_left = {}, {}
        if iree:
            def prepare(label):
                start = time.monotonic()
                vmfb = os.path.join(cdir, "segment-%s.vmfb" % (
                    "sdpa" if "SDPA" in label else "linalg"))
                try:
                    if "SDPA" in label:
                        src = os.path.join(cdir, "segment-sdpa-torch.mlir")
                        r, _ = run([python, torch_py] + torch_args(cfg, n) + [
                            "--variant=sdpa", "--export-mlir=" + src],
                            env, timeout=a.iree_timeout)
                        if "unavailable" in r:
                            raise Unavailable(r["unavailable"])
                        extra = ["--iree-input-type=torch"]
                        notes[label] = ("torch_infini.py sdpa segment (GQA: %s) via "
                                        "iree.turbine.aot.export, " % r["gqa"])
                    else:
                        src = iree_linalg_mlir(cfg, infini_opt, cdir)
                        extra = []
                        notes[label] = "unfused linalg of one segment, "
                    iree_compile(venv, src, vmfb,
                                 a.iree_timeout - (time.monotonic() - start), extra)
                except subprocess.TimeoutExpired:
                    raise Unavailable("compile past --iree-timeout=%g s"
                                      % a.iree_timeout)
                except (RuntimeError, subprocess.CalledProcessError) as e:
                    raise Unavailable(str(e) + (getattr(e, "stderr", None) or ""))
                compile_s = time.monotonic() - start
                notes[label] += ("compiled in %.0f s, iree-benchmark-module"
                                 % compile_s)
                iree_vmfb[label] = vmfb
                iree_left[label] = a.iree_timeout - compile_s

            def iree_run(label):
                start = time.monotonic()
                try:
                    seconds, rss = iree_time(venv, iree_vmfb[label], cfg,
                                             a.threads, iree_left[label])
                except subprocess.TimeoutExpired:
                    raise Unavailable("run past --iree-timeout=%g s"
                                      % a.iree_timeout)
                except RuntimeError as e:
                    raise Unavailable(str(e))
                finally:
                    iree_left[label] -= time.monotonic() - start
                return n, seconds, rss, {}
            for label in ("IREE llvm-cpu", "IREE llvm-cpu, SDPA"):
                print("  compiling %s ..." % label, file=sys.stderr, flush=True)
                try:
                    prepare(label)
                    contenders[label] = (lambda l=label: iree_run(l))
                except Unavailable as e:
                    unavailable[label] = str(e)

        def sgemm_run():
            s = sgemm(python, a.threads)
            return 1, 1.0 / s["gflops"], 0, {}  # rate = GFLOP/s
        contenders["sgemm"] = sgemm_run

        labels = list(contenders)
        for rnd in range(a.rounds):
            k = rnd % len(labels)
            order = labels[k:] + labels[:k]
            if rnd % 2:
                order.reverse()
            for label in order:
                if label in unavailable:
                    continue
                try:
                    tokens, seconds, rss, extra = contenders[label]()
                except Unavailable as e:
                    if samples.get(label):  # e.g. IREE budget spent: keep rounds done
                        notes[label] += "; %d of %d rounds (then: %s)" % (
                            len(samples[label]), a.rounds,
                            str(e).splitlines()[-1][:200])
                    unavailable[label] = str(e)
                    continue
                samples.setdefault(label, []).append(
                    dict(tokens=tokens, seconds=seconds, rss=rss, **extra))

        sg = samples.pop("sgemm")
        sgemm_samples += [1.0 / s["seconds"] for s in sg]
        sgemm_cfg = median_rate(sg)
        rows = {}
        for label in labels + [l for l in unavailable if l not in labels]:
            if label == "sgemm":
                continue
            if label in samples:
                ss = samples[label]
                rate = median_rate(ss)
                rates = [s["tokens"] / s["seconds"] for s in ss]
                note = notes.get(label, "")
                if "torch" in ss[0]:
                    note = "torch %s, GQA %s, %s" % (ss[0]["torch"], ss[0]["gqa"], note)
                rows[label] = {"tokens": ss[0]["tokens"],
                               "seconds": ss[0]["tokens"] / rate,
                               "tokens_per_s": rate,
                               "gflops": fpt * rate / 1e9,
                               "samples_tokens_per_s": rates,
                               "peak_rss_mib": max(s["rss"] for s in ss),
                               "note": note}
            else:
                rows[label] = {"unavailable": unavailable[label][-3000:]}
        c = {"shape": dict(zip(["B", "H", "Hkv", "D", "N", "T", "delta"], cfg)),
             "flops_per_token": fpt, "sgemm_gflops": sgemm_cfg,
             "sgemm_samples_gflops": [1.0 / s["seconds"] for s in sg],
             "results": rows}
        targets = {}
        fused = rows.get("ours, fused", {}).get("tokens_per_s")
        if fused:
            torch_best = [(rows[l]["tokens_per_s"], l) for l in PYTORCH_SDPA
                          if "tokens_per_s" in rows.get(l, {})]
            if torch_best:
                rate, label = max(torch_best)
                targets["best_pytorch"] = label
                targets["fused_over_best_pytorch"] = fused / rate
            targets["fused_pct_of_sgemm"] = 100 * rows["ours, fused"]["gflops"] / sgemm_cfg
        c["targets"] = targets
        results["configs"][name] = c

    if a.stream_tokens:
        cfg = CONFIGS["S"]
        stream = {}
        for tokens in (32768, a.stream_tokens):
            r, rss = run([demo] + demo_args(cfg, tokens, True), env)
            stream[str(tokens)] = {
                "seconds": r["seconds"],
                "us_per_token": 1e6 * r["steady_seconds"] / r["steady_tokens"],
                "peak_rss_mib": rss}
        results["streaming_S"] = stream

    results["sgemm"]["gflops"] = statistics.median(sgemm_samples)
    results["sgemm"]["samples_gflops"] = sgemm_samples
    results["sgemm_gflops"] = results["sgemm"]["gflops"]
    with open(a.json, "w") as f:
        json.dump(results, f, indent=2)

    m = results["machine"]
    print("machine: %s (%s), %d threads; sgemm (%s): %.1f GFLOP/s, median of %d"
          % (m["cpu"], " ".join(f for f, on in m["flags"].items() if on) or
             "no AVX2", m["threads"], blas_name(results["sgemm"]),
             results["sgemm_gflops"], len(sgemm_samples)))
    if "iree" in m:
        print("IREE: %s" % m["iree"])
    print("rates: median of %d alternating rounds per config" % a.rounds)
    for name, c in results["configs"].items():
        s = c["shape"]
        print("\n%s: B=%d H=%d Hkv=%d D=%d N=%d T=%d %s rule; sgemm this config: "
              "%.1f GFLOP/s" % (
                  name, s["B"], s["H"], s["Hkv"], s["D"], s["N"], s["T"],
                  "delta" if s["delta"] else "linear", c["sgemm_gflops"]))
        fused = c["results"].get("ours, fused", {}).get("tokens_per_s")
        print("  %-24s %12s %9s %14s %9s %9s %9s" % (
            "", "tokens/s", "GFLOP/s", "ours fused / x", "% sgemm", "spread %",
            "RSS MiB"))
        for label, r in c["results"].items():
            if "unavailable" in r:
                lines = r["unavailable"].strip().splitlines() or [""]
                print("  %-24s unavailable: %s" % (label, lines[-1][:100]))
                continue
            rates = r["samples_tokens_per_s"]
            print("  %-24s %12.0f %9.1f %14s %9.1f %9.1f %9s" % (
                label, r["tokens_per_s"], r["gflops"],
                "%.2f" % (fused / r["tokens_per_s"]) if fused else "-",
                100 * r["gflops"] / c["sgemm_gflops"],
                100 * (max(rates) - min(rates)) / r["tokens_per_s"],
                "%.0f" % r["peak_rss_mib"] if r["peak_rss_mib"] else "-"))
        t = c["targets"]
        if "fused_over_best_pytorch" in t:
            print("  targets: ours fused / best PyTorch (%s) = %.2fx (>= 1.5);"
                  " ours fused = %.1f %% of sgemm (>= 50)" % (
                      t["best_pytorch"], t["fused_over_best_pytorch"],
                      t["fused_pct_of_sgemm"]))
        elif "fused_pct_of_sgemm" in t:
            print("  targets: no PyTorch sdpa rate; ours fused = %.1f %% of "
                  "sgemm (>= 50)" % t["fused_pct_of_sgemm"])
    if "streaming_S" in results:
        print("\nstreaming (config S, fused):")
        for tokens, r in results["streaming_S"].items():
            print("  T=%-9s %8.2f us/token  peak RSS %6.0f MiB" % (
                tokens, r["us_per_token"], r["peak_rss_mib"]))
    print("\nJSON: %s" % a.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
