#!/usr/bin/env python3
"""Infini-attention in PyTorch eager mode, written from ../shared/SPEC.md: the
peer a user would write instead of compiling the infini dialect.

Prints one JSON object: tokens processed and seconds spent in the layer.
Variants: "matmul" (explicit scores, mask and softmax) and "sdpa"
(torch.nn.functional.scaled_dot_product_attention for the local part, where
the installed PyTorch has it). --device cuda runs it on the GPU (timed with
torch.cuda.synchronize around each segment); --dtype bf16 or f16 keeps q, k,
v and the output in 16 bits while the memory and its path stay f32 (SPEC).
"""
import argparse
import json
import math
import sys
import time

import torch


def sigma(x):
    return torch.nn.functional.elu(x) + 1.0


def segment(q, k, v, memory, norm, gate, delta, eps, variant, mask):
    """One segment: q [B,H,N,D], k/v [B,Hkv,N,D], memory [B,Hkv,D,D] (f32)."""
    groups = q.shape[1] // k.shape[1]
    dtype = q.dtype
    sq = sigma(q.float())
    m_q = memory.repeat_interleave(groups, dim=1)
    z_q = norm.repeat_interleave(groups, dim=1)
    a_mem = (sq @ m_q) / (sq @ z_q.unsqueeze(-1)).clamp(min=eps)
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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--heads", type=int, required=True)
    p.add_argument("--kv-heads", type=int, required=True)
    p.add_argument("--head-dim", type=int, required=True)
    p.add_argument("--segment", type=int, required=True)
    p.add_argument("--tokens", type=int, required=True)
    p.add_argument("--delta", action="store_true")
    p.add_argument("--variant", choices=["matmul", "sdpa"], default="matmul")
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
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    b, h, hkv, d, n = a.batch, a.heads, a.kv_heads, a.head_dim, a.segment
    memory = torch.zeros(b, hkv, d, d, device=dev)
    norm = torch.zeros(b, hkv, d, device=dev)
    gate = torch.randn(h, device=dev)
    mask = torch.triu(torch.ones(n, n, dtype=torch.bool, device=dev),
                      diagonal=1)

    def rand(*shape):
        return torch.randn(*shape, device=dev).to(dtype)
    seconds = 0.0
    done = 0
    with torch.no_grad():
        # One untimed segment first: allocator and thread-pool warm-up.
        x = rand(b, h, n, d)
        kv = rand(b, hkv, n, d)
        segment(x, kv, kv, memory, norm, gate, a.delta, 1e-6, a.variant, mask)
        while done < a.tokens:
            q = rand(b, h, n, d)
            k = rand(b, hkv, n, d)
            v = rand(b, hkv, n, d)
            sync()
            start = time.perf_counter()
            out, memory, norm = segment(q, k, v, memory, norm, gate, a.delta,
                                        1e-6, a.variant, mask)
            sync()
            seconds += time.perf_counter() - start
            done += n
    print(json.dumps({"tokens": done, "seconds": seconds,
                      "torch": torch.__version__, "device": str(dev),
                      "dtype": a.dtype}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
