#!/usr/bin/env python3
"""Streaming inference: prefill and token-by-token decode of one
Infini-attention layer, ours against PyTorch with a KV cache, in one run on
one machine. Prints a table and writes JSON (--json).

  ours                  infini-demo --chunks=P,1,1,...: a prompt of P tokens
                        (infini.attention_chunk, infini-lower-to-cpu), then
                        decode steps of one token; the layer's state
                        (memory, segment memory, key/value caches) updated
                        in place between calls
  PyTorch eager         the same layer as lucidrains' infini-transformer
                        decodes: keys and values of the current segment in
                        a preallocated cache, scaled_dot_product_attention of
                        the new token over it, the memory read-out, the gate;
                        the memory is updated when a segment completes
  PyTorch compiled      the decode step under torch.compile (dynamic shapes)
  memcpy                numpy copy of 1 GiB: the machine's memory bandwidth
                        (bytes read + written per second)
  cached read           bench/read_bandwidth.c (built with clang -O3
                        -march=native -fopenmp) reading a buffer of what a
                        B = 1 step at N/2 reads, with the same threads (the
                        best of 5 processes): the bandwidth of the
                        last-level cache that such a step's rows stay in,
                        its roofline

Positions: the prompt P is 0, N/2 or N - 16 tokens, then --steps decode
steps (from N - 16 they pass N - 1 and cross a segment boundary). Reported per contender and
position: prefill tokens/s (P > 0), and the decode steps' median and max
latency; for ours also the bytes a step must read (the cache rows up to the
token, the memory it reads) per second against memcpy, and the largest step
around the boundary against the median of the steps before it. Inputs are
random; the first decode step of each run is left out (thread pools, first
touch).

Targets (issue 14): decode per token at least 3x PyTorch at B = 1; at B = 8
the bytes read per second at least 50 % of memcpy's; no step around a
boundary above 2x the median of the steps just before it.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DEFAULT = dict(h=8, d=128, n=2048)


def demo_run(demo, b, h, d, n, prompt, steps, threads):
    chunks = ([str(prompt)] if prompt else []) + ["1"] * steps
    cmd = [demo, "--batch=%d" % b, "--heads=%d" % h, "--head-dim=%d" % d,
           "--segment=%d" % n, "--tokens=%d" % (prompt + steps),
           "--chunks=" + ",".join(chunks), "--check-tokens=0", "--json"]
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    out = subprocess.run(cmd, env=env, check=True, capture_output=True,
                         text=True).stdout
    r = json.loads([l for l in out.splitlines() if l.startswith("{")][-1])
    s = r["step_seconds"]
    return {"prefill_seconds": s[0] if prompt else None,
            "step_seconds": s[1:] if prompt else s}


PEER = r'''
import json, math, sys, time
import torch
b, h, d, n, prompt, steps, threads, compiled = (int(x) for x in sys.argv[1:9])
torch.set_num_threads(threads)
torch.manual_seed(0)
sdpa = torch.nn.functional.scaled_dot_product_attention
sigma = lambda x: torch.nn.functional.elu(x) + 1.0
gate = torch.randn(h).sigmoid().view(1, h, 1, 1)
eps = 1e-6

def read(q, m, z):
    sq = sigma(q)
    return (sq @ m) / (sq @ z.unsqueeze(-1)).clamp(min=eps)

class Layer:
    def __init__(self):
        self.m = torch.zeros(b, h, d, d)
        self.z = torch.zeros(b, h, d)
        self.kc = torch.zeros(b, h, n, d)
        self.vc = torch.zeros(b, h, n, d)
        self.pos = 0

    def store(self, k, v):
        # The memory update of a completed segment (linear rule).
        sk = sigma(k)
        self.m = self.m + sk.transpose(-1, -2) @ v
        self.z = self.z + sk.sum(-2)

    def prefill(self, q, k, v):
        outs = []
        for t0 in range(0, q.shape[2], n):
            qs, ks, vs = (x[:, :, t0:t0 + n] for x in (q, k, v))
            o = gate * read(qs, self.m, self.z) + (1 - gate) * sdpa(qs, ks, vs, is_causal=True)
            outs.append(o)
            L = qs.shape[2]
            self.kc[:, :, :L] = ks
            self.vc[:, :, :L] = vs
            if L == n:
                self.store(ks, vs)
        self.pos = q.shape[2]
        return torch.cat(outs, 2)

def attend(q, kc, vc, m, z):
    return gate * read(q, m, z) + (1 - gate) * sdpa(q, kc, vc)

step_attend = torch.compile(attend, dynamic=True) if compiled else attend

def step(layer, q, k, v):
    o = layer.pos % n
    if o == 0 and layer.pos > 0:
        layer.store(layer.kc, layer.vc)
    layer.kc[:, :, o] = k[:, :, 0]
    layer.vc[:, :, o] = v[:, :, 0]
    out = step_attend(q, layer.kc[:, :, :o + 1], layer.vc[:, :, :o + 1], layer.m, layer.z)
    layer.pos += 1
    return out

with torch.no_grad():
    if compiled:
        # Compile (and warm) on a throwaway layer, at two cache lengths.
        w = Layer()
        for _ in range(3):
            step(w, *(torch.randn(b, h, 1, d) for _ in range(3)))
    layer = Layer()
    prefill = None
    if prompt:
        x = [torch.randn(b, h, prompt, d) for _ in range(3)]
        t = time.perf_counter()
        layer.prefill(*x)
        prefill = time.perf_counter() - t
    times = []
    for i in range(steps):
        x = [torch.randn(b, h, 1, d) for _ in range(3)]
        t = time.perf_counter()
        step(layer, *x)
        times.append(time.perf_counter() - t)
print(json.dumps({"prefill_seconds": prefill, "step_seconds": times[1:] if not prompt else times,
                  "torch": torch.__version__}))
'''

MEMCPY = r'''
import json, sys, time
import numpy as np
a = np.ones(1 << 28, dtype=np.float32)  # 1 GiB
c = np.empty_like(a)
best = 0.0
for _ in range(5):
    t = time.perf_counter()
    np.copyto(c, a)
    best = max(best, 2 * a.nbytes / (time.perf_counter() - t))
print(json.dumps({"bytes_per_second": best}))
'''


def cached_read(threads, nbytes):
    """Bytes per second bench/read_bandwidth.c reads from a buffer of
    `nbytes` (None without a C compiler with OpenMP)."""
    source = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          "read_bandwidth.c")
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "read_bandwidth")
        for cc in ("clang-22", "clang", "cc"):
            if shutil.which(cc) and subprocess.run(
                    [cc, "-O3", "-march=native", "-ffast-math", "-fopenmp",
                     source, "-o", exe], capture_output=True).returncode == 0:
                break
        else:
            return None
        # The best of 5 processes: some allocations' pages conflict in the
        # cache (one in six read a third as fast on the AMD EPYC).
        best = 0.0
        for _ in range(5):
            out = subprocess.run([exe, str(nbytes), "200"], check=True,
                                 capture_output=True, text=True,
                                 env=dict(os.environ,
                                          OMP_NUM_THREADS=str(threads))).stdout
            best = max(best, float(out.split()[0]) * 1e9)
    return best


def peer_run(python, b, h, d, n, prompt, steps, threads, compiled):
    out = subprocess.run(
        [python, "-c", PEER] + [str(x) for x in (b, h, d, n, prompt, steps,
                                                  threads, int(compiled))],
        check=True, capture_output=True, text=True,
        env=dict(os.environ, OMP_NUM_THREADS=str(threads))).stdout
    return json.loads(out.splitlines()[-1])


def step_bytes(b, h, d, n, position):
    """What a decode step at `position` must read: the cached keys and
    values of its segment up to and including its own, and the memory and
    norm it reads (f32)."""
    rows = position % n + 1
    return 4 * b * h * (2 * rows * d + d * d + d)


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--build", default="build")
    p.add_argument("--venv", default="build/bench-venv")
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--batches", default="1,8")
    p.add_argument("--steps", type=int, default=64)
    p.add_argument("--heads", type=int, default=DEFAULT["h"])
    p.add_argument("--head-dim", type=int, default=DEFAULT["d"])
    p.add_argument("--segment", type=int, default=DEFAULT["n"])
    p.add_argument("--no-compile", action="store_true",
                   help="leave out PyTorch compiled")
    p.add_argument("--json", help="also write the results here")
    a = p.parse_args()
    demo = os.path.join(a.build, "bin", "infini-demo")
    python = os.path.join(a.venv, "bin", "python")
    h, d, n = a.heads, a.head_dim, a.segment
    memcpy = json.loads(subprocess.run([python, "-c", MEMCPY], check=True,
                                       capture_output=True, text=True)
                        .stdout.splitlines()[-1])["bytes_per_second"]
    cached_bytes = step_bytes(1, h, d, n, n // 2)
    cached = cached_read(a.threads, cached_bytes)
    results = {"machine": {"cpu": cpu_name(), "threads": a.threads,
                           "memcpy_bytes_per_second": memcpy,
                           "cached_read_bytes": cached_bytes,
                           "cached_read_bytes_per_second": cached},
               "config": {"H": h, "D": d, "N": n, "steps": a.steps},
               "runs": []}
    print("machine: %s, %d threads; memcpy %.1f GB/s (read + write); "
          "cached read of %.1f MiB: %s" % (
              results["machine"]["cpu"], a.threads, memcpy / 1e9,
              cached_bytes / 2**20,
              "%.1f GB/s" % (cached / 1e9) if cached else "no C compiler"))
    print("layer: H=%d D=%d N=%d, linear rule; %d decode steps after each "
          "prompt" % (h, d, n, a.steps))
    header = ("B", "prompt", "contender", "prefill tok/s", "step median us",
              "step max us", "GB/s read", "% memcpy", "boundary/median")
    print("%3s %7s %-18s %14s %15s %12s %10s %9s %16s" % header)
    for b in [int(x) for x in a.batches.split(",")]:
        for prompt in (0, n // 2, n - 16):
            contenders = [("ours", lambda: demo_run(demo, b, h, d, n, prompt,
                                                    a.steps, a.threads)),
                          ("PyTorch eager", lambda: peer_run(
                              python, b, h, d, n, prompt, a.steps, a.threads,
                              False))]
            if not a.no_compile:
                contenders.append(("PyTorch compiled", lambda: peer_run(
                    python, b, h, d, n, prompt, a.steps, a.threads, True)))
            for name, fn in contenders:
                try:
                    r = fn()
                except subprocess.CalledProcessError as e:
                    print("%3d %7d %-18s failed: %s" % (b, prompt, name,
                                                        e.stderr[-300:]))
                    continue
                s = r["step_seconds"]
                first = prompt + (0 if prompt else 1)
                positions = list(range(first, first + len(s)))
                med = statistics.median(s)
                row = {"B": b, "prompt": prompt, "contender": name,
                       "prefill_tokens_per_second":
                           prompt / r["prefill_seconds"]
                           if r["prefill_seconds"] else None,
                       "step_median_seconds": med, "step_max_seconds": max(s),
                       "step_seconds": s}
                read = statistics.median(
                    step_bytes(b, h, d, n, q) / t for q, t in zip(positions, s))
                row["read_bytes_per_second"] = read
                # Around a boundary: the steps at positions N-2..N+2 against
                # the median of the 8 before them.
                around = [t for q, t in zip(positions, s) if n - 2 <= q <= n + 2]
                before = [t for q, t in zip(positions, s) if n - 10 <= q < n - 2]
                spike = (max(around) / statistics.median(before)
                         if around and before else None)
                row["boundary_over_median"] = spike
                results["runs"].append(row)
                print("%3d %7d %-18s %14s %15.1f %12.1f %10.2f %8.1f%% %16s" % (
                    b, prompt, name,
                    "%.0f" % row["prefill_tokens_per_second"]
                    if row["prefill_tokens_per_second"] else "-",
                    med * 1e6, max(s) * 1e6, read / 1e9, 100 * read / memcpy,
                    "%.2f" % spike if spike else "-"))
                sys.stdout.flush()
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
