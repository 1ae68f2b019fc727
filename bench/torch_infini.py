#!/usr/bin/env python3
"""Infini-attention in PyTorch eager mode, written from ../shared/SPEC.md: the
peer a user would write instead of compiling the infini dialect.

Prints one JSON object: tokens processed and seconds spent in the layer.
Variants: "matmul" (explicit scores, mask and softmax) and "sdpa"
(torch.nn.functional.scaled_dot_product_attention for the local part, where
the installed PyTorch has it).
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
    """One segment: q [B,H,N,D], k/v [B,Hkv,N,D], memory [B,Hkv,D,D]."""
    groups = q.shape[1] // k.shape[1]
    sq = sigma(q)
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
    out = g * a_mem + (1 - g) * a_dot
    sk = sigma(k)
    write = v
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
    a = p.parse_args()
    if a.variant == "sdpa" and not hasattr(torch.nn.functional,
                                           "scaled_dot_product_attention"):
        print(json.dumps({"unavailable": "PyTorch %s has no "
                          "scaled_dot_product_attention" % torch.__version__}))
        return 0
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    b, h, hkv, d, n = a.batch, a.heads, a.kv_heads, a.head_dim, a.segment
    memory = torch.zeros(b, hkv, d, d)
    norm = torch.zeros(b, hkv, d)
    gate = torch.randn(h)
    mask = torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)
    seconds = 0.0
    done = 0
    with torch.no_grad():
        # One untimed segment first: allocator and thread-pool warm-up.
        x = torch.randn(b, h, n, d)
        kv = torch.randn(b, hkv, n, d)
        segment(x, kv, kv, memory, norm, gate, a.delta, 1e-6, a.variant, mask)
        while done < a.tokens:
            q = torch.randn(b, h, n, d)
            k = torch.randn(b, hkv, n, d)
            v = torch.randn(b, hkv, n, d)
            start = time.perf_counter()
            out, memory, norm = segment(q, k, v, memory, norm, gate, a.delta,
                                        1e-6, a.variant, mask)
            seconds += time.perf_counter() - start
            done += n
    print(json.dumps({"tokens": done, "seconds": seconds,
                      "torch": torch.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
