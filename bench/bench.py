#!/usr/bin/env python3
"""Measures the compiled Infini-attention layer against the alternatives a
user would pick, in one run on one machine, and prints a table (and JSON).

  ours, fused      infini-demo (infini-lower-to-cpu, fused kernels, OpenMP)
  ours, unfused    infini-demo --fuse-attention=false (the baseline)
  PyTorch          bench/torch_infini.py (eager; matmul and SDPA variants)
  IREE             iree-compile of the linalg form our decompose + convert
                   passes produce (one segment per call), timed with
                   iree-benchmark-module
  sgemm            numpy's OpenBLAS matmul: the machine's roofline

Every measurement runs in its own process with the same thread count; peak
RSS is that process's. Rates that are constant per token (unfused, PyTorch,
IREE) are measured on a prefix of a few segments. Every rate leaves out the
first call (one-time thread-pool and first-touch costs): the demo reports
its steady rate, PyTorch runs an untimed segment first, and
iree-benchmark-module warms up on its own. GFLOP/s counts only the
flops a causal kernel must do (see flops_per_token).
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time

CONFIGS = {
    # name: (B, H, Hkv, D, N, T, delta)
    "L": (1, 8, 8, 128, 2048, 32768, False),
    "S": (1, 8, 8, 64, 1024, 16384, False),
    "G": (2, 8, 2, 64, 1024, 16384, True),
}


def flops_per_token(b, h, hkv, d, n, delta):
    """Causal local attention (QK^T and PV over the n(n+1)/2 visible pairs of
    a segment, per token on average), retrieval (sigma(q) M and sigma(q) z)
    per query head, update (sigma(k)^T V, twice for the delta read-out)
    per kv head."""
    local = (n + 1) * 2 * d  # 2 * (n+1)/2 keys * (Dk + Dv) * 2 flops
    retrieval = 2 * d * d + 2 * d
    update = 2 * d * d * (2 if delta else 1) + d
    return b * (h * (local + retrieval) + hkv * update)


def run_raw(cmd, env=None):
    """Runs cmd, returns (stdout, peak RSS in MiB of that process)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, text=True)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("%s failed:\n%s%s" % (" ".join(cmd), out, err))
    return out, usage.ru_maxrss / 1024.0


def run(cmd, env=None):
    """Runs cmd, returns (its last JSON line, parsed; peak RSS in MiB)."""
    out, rss = run_raw(cmd, env)
    lines = [l for l in out.splitlines() if l.startswith("{")]
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


def iree_segment(cfg, infini_opt, venv, workdir, threads):
    """Compiles one segment of the layer (unfused linalg) with IREE and times
    it; returns (seconds per segment, peak RSS MiB) or raises."""
    b, h, hkv, d, n, _, delta = cfg
    t = lambda *s: "tensor<%sxf32>" % "x".join(str(x) for x in s)
    types = [t(b, h, n, d), t(b, hkv, n, d), t(b, hkv, n, d), t(b, hkv, d, d),
             t(b, hkv, d), t(h)]
    outs = [t(b, h, n, d), t(b, hkv, d, d), t(b, hkv, d)]
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
    vmfb = os.path.join(workdir, "segment.vmfb")
    with open(layer, "w") as f:
        f.write(src)
    subprocess.run([infini_opt, layer,
                    "--convert-infini-to-linalg=fuse-attention=false",
                    "-canonicalize", "-cse", "-o", linalg], check=True)
    subprocess.run([os.path.join(venv, "bin", "iree-compile"), linalg,
                    "--iree-hal-target-backends=llvm-cpu",
                    "--iree-llvmcpu-target-cpu=host", "-o", vmfb], check=True,
                   capture_output=True, text=True)
    cmd = [os.path.join(venv, "bin", "iree-benchmark-module"),
           "--module=" + vmfb, "--function=segment", "--device=local-task",
           "--task_topology_max_group_count=%d" % threads,
           "--benchmark_format=json", "--benchmark_repetitions=3",
           "--benchmark_report_aggregates_only=true"]
    cmd += ["--input=%sxf32" % ty[len("tensor<"):-len("xf32>")] for ty in types]
    out, rss = run_raw(cmd)
    data = json.loads(out[out.index("{"):])
    mean = [x for x in data["benchmarks"] if x["name"].endswith("_mean")][0]
    unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[mean["time_unit"]]
    return mean["real_time"] * unit, rss


def sgemm(threads):
    code = ("import numpy, time, json\n"
            "n = 2048\n"
            "a = numpy.random.rand(n, n).astype(numpy.float32)\n"
            "b = numpy.random.rand(n, n).astype(numpy.float32)\n"
            "a @ b\n"
            "t = time.perf_counter(); reps = 5\n"
            "for _ in range(reps): a @ b\n"
            "s = (time.perf_counter() - t) / reps\n"
            "print(json.dumps({'gflops': 2 * n**3 / s / 1e9}))\n")
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads))
    return run(["/usr/bin/python3", "-c", code], env)[0]["gflops"]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", default=os.path.join(root, "build"))
    p.add_argument("--venv", default=None, help="venv with IREE (iree-compile)")
    p.add_argument("--configs", default="L,S,G",
                   help="comma-separated configs; empty for none")
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--prefix-segments", type=int, default=4,
                   help="segments timed for the per-token rate of the peers")
    p.add_argument("--stream-tokens", type=int, default=1 << 20,
                   help="tokens of the streaming run (0: skip)")
    p.add_argument("--json", default=os.path.join(root, "build", "bench", "results.json"))
    a = p.parse_args()

    demo = os.path.join(a.build, "bin", "infini-demo")
    infini_opt = os.path.join(a.build, "bin", "infini-opt")
    env = dict(os.environ, OMP_NUM_THREADS=str(a.threads))
    workdir = os.path.dirname(a.json)
    os.makedirs(workdir, exist_ok=True)
    results = {"machine": {"cpu": platform.processor() or platform.machine(),
                           "threads": a.threads, "nproc": os.cpu_count(),
                           "python": platform.python_version()},
               "configs": {}}
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                results["machine"]["cpu"] = line.split(":", 1)[1].strip()
                break
    results["sgemm_gflops"] = sgemm(a.threads)

    for name in filter(None, a.configs.split(",")):
        cfg = CONFIGS[name]
        b, h, hkv, d, n, total, delta = cfg
        fpt = flops_per_token(b, h, hkv, d, n, delta)
        rows = {}

        def record(label, tokens, seconds, rss, note=""):
            rows[label] = {"tokens": tokens, "seconds": seconds,
                           "tokens_per_s": tokens / seconds,
                           "gflops": fpt * tokens / seconds / 1e9,
                           "peak_rss_mib": rss, "note": note}

        r, rss = run([demo] + demo_args(cfg, total, True), env)
        record("ours, fused", r["steady_tokens"], r["steady_seconds"], rss,
               "after the first call")
        prefix = a.prefix_segments * n
        r, rss = run([demo] + demo_args(cfg, prefix + n, False), env)
        record("ours, unfused", r["steady_tokens"], r["steady_seconds"], rss,
               "%d tokens after the first call" % prefix)
        for variant in ("matmul", "sdpa"):
            cmd = ["/usr/bin/python3", os.path.join(root, "bench", "torch_infini.py"),
                   "--batch=%d" % b, "--heads=%d" % h, "--kv-heads=%d" % hkv,
                   "--head-dim=%d" % d, "--segment=%d" % n, "--tokens=%d" % prefix,
                   "--variant=" + variant, "--threads=%d" % a.threads]
            if delta:
                cmd.append("--delta")
            r, rss = run(cmd)
            label = "PyTorch eager, " + variant
            if "unavailable" in r:
                rows[label] = {"unavailable": r["unavailable"]}
            else:
                record(label, r["tokens"], r["seconds"], rss,
                       "torch %s, first %d tokens" % (r["torch"], prefix))
        if a.venv:
            try:
                seconds, rss = iree_segment(cfg, infini_opt, a.venv, workdir,
                                            a.threads)
                record("IREE llvm-cpu", n, seconds, rss,
                       "unfused linalg of one segment, iree-benchmark-module")
            except (RuntimeError, subprocess.CalledProcessError) as e:
                rows["IREE llvm-cpu"] = {"unavailable": str(e)[-2000:]}
        results["configs"][name] = {"shape": dict(zip(
            ["B", "H", "Hkv", "D", "N", "T", "delta"], cfg)),
            "flops_per_token": fpt, "results": rows}

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

    with open(a.json, "w") as f:
        json.dump(results, f, indent=2)

    m = results["machine"]
    print("machine: %s, %d threads; sgemm (OpenBLAS via numpy): %.1f GFLOP/s"
          % (m["cpu"], m["threads"], results["sgemm_gflops"]))
    for name, c in results["configs"].items():
        s = c["shape"]
        print("\n%s: B=%d H=%d Hkv=%d D=%d N=%d T=%d %s rule" % (
            name, s["B"], s["H"], s["Hkv"], s["D"], s["N"], s["T"],
            "delta" if s["delta"] else "linear"))
        fused = c["results"]["ours, fused"]["tokens_per_s"]
        print("  %-24s %12s %9s %14s %10s %10s" % (
            "", "tokens/s", "GFLOP/s", "ours fused / x", "% sgemm", "RSS MiB"))
        for label, r in c["results"].items():
            if "unavailable" in r:
                print("  %-24s unavailable: %s" % (label, r["unavailable"].splitlines()[-1][:100]))
                continue
            print("  %-24s %12.0f %9.1f %14.2f %10.1f %10s" % (
                label, r["tokens_per_s"], r["gflops"], fused / r["tokens_per_s"],
                100 * r["gflops"] / results["sgemm_gflops"],
                "%.0f" % r["peak_rss_mib"] if r["peak_rss_mib"] else "-"))
    if "streaming_S" in results:
        print("\nstreaming (config S, fused):")
        for tokens, r in results["streaming_S"].items():
            print("  T=%-9s %8.2f us/token  peak RSS %6.0f MiB" % (
                tokens, r["us_per_token"], r["peak_rss_mib"]))
    print("\nJSON: %s" % a.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
