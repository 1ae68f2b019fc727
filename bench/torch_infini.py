#!/usr/bin/env python3
"""Infini-attention in PyTorch, written from ../shared/SPEC.md: the peer a
user would write instead of compiling the infini dialect.

Prints one JSON object: tokens processed and seconds spent in the layer.
Variants: "matmul" (explicit scores, mask and softmax; repeat_interleave for
GQA) and "sdpa" (torch.nn.functional.scaled_dot_product_attention for the
local part, with enable_gqa=True where the installed PyTorch takes it, 2.5 and
later; the small memory tensors are still repeated per query head).
--compile wraps the segment in torch.compile (inductor by default); two
untimed segments compile and warm it up. --device cuda runs it on the GPU
(timed with torch.cuda.synchronize around each segment); --dtype bf16 or f16
keeps q, k, v and the output in 16 bits while the memory and its path stay
f32 (SPEC). --export-mlir PATH instead writes one segment (the chosen
variant, f32, CPU) as MLIR with iree.turbine.aot.export(...).save_mlir(),
function "segment", arguments q, k, v, memory, norm, gate.
If the variant or torch.compile is not available it prints
{"unavailable": reason} and exits 0.
"""
import argparse
import json
import math
import os
import sys
import time

import torch


def sigma(x):
    return torch.nn.functional.elu(x) + 1.0


def sdpa_has_gqa():
    """Whether scaled_dot_product_attention takes enable_gqa (torch >= 2.5).
    Its signature is not introspectable (a builtin), so try a tiny call."""
    t = torch.zeros(1, 2, 1, 8)
    try:
        torch.nn.functional.scaled_dot_product_attention(
            t, t[:, :1], t[:, :1], is_causal=True, enable_gqa=True)
        return True
    except TypeError:
        return False


GQA = False  # set in main(): whether sdpa gets enable_gqa=True


def segment(q, k, v, memory, norm, gate, delta, eps, variant, mask):
    """One segment: q [B,H,N,D], k/v [B,Hkv,N,D], memory [B,Hkv,D,D] (f32)."""
    groups = q.shape[1] // k.shape[1]
    dtype = q.dtype
    sq = sigma(q.float())
    m_q = memory.repeat_interleave(groups, dim=1)
    z_q = norm.repeat_interleave(groups, dim=1)
    a_mem = (sq @ m_q) / (sq @ z_q.unsqueeze(-1)).clamp(min=eps)
    if variant == "sdpa" and (GQA or groups == 1):
        if groups == 1:
            a_dot = torch.nn.functional.scaled_dot_product_attention(
                q, k, v, is_causal=True)
        else:
            a_dot = torch.nn.functional.scaled_dot_product_attention(
                q, k, v, is_causal=True, enable_gqa=True)
    else:
        kq = k.repeat_interleave(groups, dim=1)
        vq = v.repeat_interleave(groups, dim=1)
        if variant == "sdpa":
            a_dot = torch.nn.functional.scaled_dot_product_attention(
                q, kq, vq, is_causal=True)
        else:
            scores = (q @ kq.transpose(-1, -2)) / math.sqrt(q.shape[-1])
            scores = scores.masked_fill(mask, float("-inf"))
            a_dot = torch.softmax(scores, dim=-1) @ vq
    g = torch.sigmoid(gate).view(1, -1, 1, 1)
    out = (g * a_mem + (1 - g) * a_dot.float()).to(dtype)
    sk = sigma(k.float())
    write = v.float()
    if delta:
        write = v - (sk @ memory) / (sk @ norm.unsqueeze(-1)).clamp(min=eps)
    memory = memory + sk.transpose(-1, -2) @ write
    norm = norm + sk.sum(dim=2)
    return out, memory, norm


def export_mlir(a, path):
    """Writes one segment as MLIR via iree.turbine (torch.export)."""
    from iree.turbine import aot
    b, h, hkv, d, n = a.batch, a.heads, a.kv_heads, a.head_dim, a.segment
    mask = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)

    class Segment(torch.nn.Module):
        def forward(self, q, k, v, memory, norm, gate):
            return segment(q, k, v, memory, norm, gate, a.delta, 1e-6,
                           a.variant, mask)
    args = (torch.randn(b, h, n, d), torch.randn(b, hkv, n, d),
            torch.randn(b, hkv, n, d), torch.zeros(b, hkv, d, d),
            torch.zeros(b, hkv, d), torch.randn(h))
    aot.export(Segment(), args=args, function_name="segment").save_mlir(path)


def main():
    global GQA
    p = argparse.ArgumentParser()
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--heads", type=int, required=True)
    p.add_argument("--kv-heads", type=int, required=True)
    p.add_argument("--head-dim", type=int, required=True)
    p.add_argument("--segment", type=int, required=True)
    p.add_argument("--tokens", type=int, required=True)
    p.add_argument("--delta", action="store_true")
    p.add_argument("--variant", choices=["matmul", "sdpa"], default="matmul")
    p.add_argument("--compile", action="store_true",
                   help="wrap the segment in torch.compile")
    p.add_argument("--compile-backend", default="inductor")
    p.add_argument("--export-mlir", default=None, metavar="PATH",
                   help="write one segment as MLIR (iree.turbine) and exit")
    p.add_argument("--no-gqa", action="store_true",
                   help="sdpa: repeat k/v per query head, no enable_gqa")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--device", default="cpu", help="cpu or cuda")
    p.add_argument("--dtype", choices=["f32", "bf16", "f16"], default="f32")
    a = p.parse_args()
    dev = torch.device(a.device)
    dtype = {"f32": torch.float32, "bf16": torch.bfloat16,
             "f16": torch.float16}[a.dtype]

    def sync():
        if dev.type == "cuda":
            torch.cuda.synchronize()
    if a.variant == "sdpa" and not hasattr(torch.nn.functional,
                                           "scaled_dot_product_attention"):
        print(json.dumps({"unavailable": "PyTorch %s has no "
                          "scaled_dot_product_attention" % torch.__version__}))
        return 0
    GQA = a.variant == "sdpa" and not a.no_gqa and sdpa_has_gqa()
    gqa = ("enable_gqa" if GQA else "repeat_interleave") \
        if a.kv_heads != a.heads else "none"
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    if a.export_mlir:
        try:
            export_mlir(a, a.export_mlir)
        except Exception as e:  # the exporter's failure is a result
            print(json.dumps({"unavailable": "iree.turbine export failed: %s: %s"
                              % (type(e).__name__, str(e)[-1500:])}))
            return 0
        print(json.dumps({"mlir": a.export_mlir, "torch": torch.__version__,
                          "gqa": gqa}))
        return 0
    b, h, hkv, d, n = a.batch, a.heads, a.kv_heads, a.head_dim, a.segment
    memory = torch.zeros(b, hkv, d, d, device=dev)
    norm = torch.zeros(b, hkv, d, device=dev)
    gate = torch.randn(h, device=dev)
    mask = torch.triu(torch.ones(n, n, dtype=torch.bool, device=dev),
                      diagonal=1)

    def rand(*shape):
        return torch.randn(*shape, device=dev).to(dtype)
    step = segment
    if a.compile:
        if not hasattr(torch, "compile"):
            print(json.dumps({"unavailable": "PyTorch %s has no torch.compile"
                              % torch.__version__}))
            return 0
        if a.compile_backend == "inductor" and \
                "TORCHINDUCTOR_COMPILE_THREADS" not in os.environ:
            # Compile in this process: no pool of compile workers starting
            # up in the background while the timed segments run.
            from torch._inductor import config as inductor_config
            inductor_config.compile_threads = 1
        step = torch.compile(segment, backend=a.compile_backend, dynamic=False)
    seconds = 0.0
    done = 0
    with torch.no_grad():
        # Untimed segments first: allocator and thread-pool warm-up, and for
        # --compile the compilation (two calls: the state changes from the
        # zeros it starts as to a computed tensor).
        try:
            for _ in range(2 if a.compile else 1):
                # Distinct k and v, as timed: dynamo guards on aliasing.
                _, memory, norm = step(rand(b, h, n, d), rand(b, hkv, n, d),
                                       rand(b, hkv, n, d), memory, norm, gate,
                                       a.delta, 1e-6, a.variant, mask)
            sync()
        except Exception as e:
            if not a.compile:
                raise
            print(json.dumps({"unavailable": "torch.compile(backend=%s) failed:"
                              " %s: %s" % (a.compile_backend, type(e).__name__,
                                           str(e)[-1500:])}))
            return 0
        memory = torch.zeros(b, hkv, d, d, device=dev)
        norm = torch.zeros(b, hkv, d, device=dev)
        while done < a.tokens:
            q = rand(b, h, n, d)
            k = rand(b, hkv, n, d)
            v = rand(b, hkv, n, d)
            sync()
            start = time.perf_counter()
            out, memory, norm = step(q, k, v, memory, norm, gate, a.delta,
                                     1e-6, a.variant, mask)
            sync()
            seconds += time.perf_counter() - start
            done += n
    print(json.dumps({"tokens": done, "seconds": seconds,
                      "torch": torch.__version__, "device": str(dev),
                      "dtype": a.dtype, "compiled": a.compile,
                      "backend": a.compile_backend if a.compile else "eager",
                      "gqa": gqa}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
