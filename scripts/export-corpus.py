#!/usr/bin/env python3
"""Exports the frontend corpus: PyTorch and Hugging Face attention exported
by torch-mlir (linalg on tensors), with the outputs the same models compute
in float64, as test inputs for infini-convert-attention.

Run through scripts/export-corpus.sh, which installs the pinned versions.
For every test model NAME it writes, into --out:

  NAME.mlir       the torch-mlir export (text: torch-mlir's bytecode does not
                  load in MLIR 22) with @main, plus @entry, which calls @main
                  on the inputs as constants and prints every result with
                  printMemrefF32;
  NAME.expected   the model's outputs in float64 (the model and its inputs
                  cast to double), one value per line.

Weights are random (seeded); shapes are small and distinct per dimension so
that a layout mistake changes the numbers. Into --examples it writes the
step functions of docs/GettingStarted.md (no driver, no expected outputs).
"""

import argparse
import os
import sys

import torch
import torch.nn.functional as F
from torch_mlir import fx

B, H, T, D = 2, 3, 6, 4


class CausalMatmul(torch.nn.Module):
    """Attention as users write it: scores, a triu mask, softmax."""

    def forward(self, q, k, v):
        n = q.shape[-2]
        s = q @ k.transpose(-2, -1) * (q.shape[-1] ** -0.5)
        mask = torch.triu(torch.ones(n, n, dtype=torch.bool), 1)
        s = s.masked_fill(mask, float("-inf"))
        return torch.softmax(s, dim=-1) @ v


class SdpaCausal(torch.nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, is_causal=True)


class SdpaGqa(torch.nn.Module):
    def forward(self, q, k, v):
        return F.scaled_dot_product_attention(q, k, v, is_causal=True,
                                              enable_gqa=True)


def persistent_buffers(module):
    # The FX importer fails on non-persistent buffers (RoPE's inv_freq).
    for m in module.modules():
        for name, buf in list(m.named_buffers(recurse=False)):
            m.register_buffer(name, buf, persistent=True)
    return module


def llama_config(hidden=32, layers=1):
    from transformers import LlamaConfig
    cfg = LlamaConfig(hidden_size=hidden, num_attention_heads=4,
                      num_key_value_heads=2, head_dim=hidden // 4,
                      intermediate_size=48,
                      num_hidden_layers=layers, vocab_size=40,
                      max_position_embeddings=64)
    cfg._attn_implementation = "eager"
    return cfg


class LlamaAttention(torch.nn.Module):
    """Hugging Face LlamaAttention (GQA 4 over 2, RoPE), eager, given the
    causal mask as the additive -inf tensor Hugging Face builds."""

    def __init__(self, hidden=32):
        super().__init__()
        from transformers.models.llama import modeling_llama as ml
        cfg = llama_config(hidden)
        self.attn = ml.LlamaAttention(cfg, 0)
        self.rope = ml.LlamaRotaryEmbedding(cfg)

    def forward(self, x):
        n = x.shape[1]
        pos = torch.arange(n).unsqueeze(0)
        cos, sin = self.rope(x, pos)
        mask = torch.full((n, n), float("-inf"), dtype=x.dtype).triu(1)
        return self.attn(x, (cos, sin), mask[None, None])[0]


class Gpt2(torch.nn.Module):
    """Hugging Face GPT2Attention, or with `block` a whole GPT2Block (layer
    norms, residuals, the MLP with the exact, erf-based GELU); eager, with
    the finfo.min mask."""

    def __init__(self, block=False):
        super().__init__()
        from transformers import GPT2Config
        from transformers.models.gpt2 import modeling_gpt2 as mg
        cfg = GPT2Config(n_embd=32, n_head=4, n_layer=1, n_positions=64,
                         vocab_size=40, bos_token_id=0, eos_token_id=0,
                         activation_function="gelu")
        cfg._attn_implementation = "eager"
        self.block = block
        self.layer = (mg.GPT2Block if block else mg.GPT2Attention)(
            cfg, layer_idx=0)

    def forward(self, x):
        n = x.shape[1]
        mask = torch.full((n, n), torch.finfo(x.dtype).min,
                          dtype=x.dtype).triu(1)
        return self.layer(x, attention_mask=mask[None, None])[0]


class LlamaPadded(torch.nn.Module):
    """A 1-layer Hugging Face LlamaModel called with an attention_mask that
    pads batch element 1 on the right: the mask depends on an input. (Left
    padding leaves rows without any key, which Hugging Face's float64 path
    turns into NaN, so it would not give a reference.)"""

    def __init__(self):
        super().__init__()
        from transformers import LlamaModel
        self.model = LlamaModel(llama_config())

    def forward(self, ids, attention_mask):
        return self.model(input_ids=ids, attention_mask=attention_mask,
                          use_cache=False).last_hidden_state


class LucidrainsAttention(torch.nn.Module):
    """lucidrains' CausalAttention (infini-transformer-pytorch) for one
    segment after the first: RMSNorm, RoPE on the pre-scaled queries, the
    -finfo.max causal mask, retrieval from the past memories and their
    update (`delta` chooses the rule); returns the output and the new
    memories."""

    def __init__(self, delta, dim=32, dim_head=8, heads=4):
        super().__init__()
        from infini_transformer_pytorch.infini_transformer import \
            CausalAttention
        self.attn = CausalAttention(dim, dim_head=dim_head, heads=heads,
                                    use_mem_delta_rule=delta)
        # The rotary cache is a buffer written during the call: the export
        # would return it.
        self.attn.rotary_emb.cache_if_possible = False

    def forward(self, x, memory, norm):
        from infini_transformer_pytorch.infini_transformer import Memories
        out, _, mem = self.attn(x, past_memories=Memories(memory, norm),
                                return_new_memories=True)
        return out, mem[0], mem[1]


class LucidrainsSegments(torch.nn.Module):
    """lucidrains' CausalAttention over segments of T tokens, as
    its wrapper runs it: the first without memories (no retrieval, no gate;
    the memories start as sigma(K)^T V), each later one reading and updating
    the memories the one before left; returns the outputs side by side and
    the last memories."""

    def __init__(self, delta):
        super().__init__()
        self.inner = LucidrainsAttention(delta)

    def forward(self, x):
        outs, mem = [], None
        for segment in x.split(T, dim=1):
            out, _, mem = self.inner.attn(segment, past_memories=mem,
                                          return_new_memories=True)
            outs.append(out)
        return torch.cat(outs, dim=1), mem[0], mem[1]


class LlamaLayers(torch.nn.Module):
    """A small Hugging Face LlamaModel (embeddings given: inputs_embeds;
    RMSNorm, RoPE, GQA 4 over 2, SwiGLU MLP, `layers` decoder layers, the
    final norm), called with an all-ones attention_mask made inside, so
    that the causal mask is all it computes."""

    def __init__(self, hidden=64, layers=2):
        super().__init__()
        from transformers import LlamaModel
        self.model = LlamaModel(llama_config(hidden, layers))

    def forward(self, x):
        mask = torch.ones(x.shape[0], x.shape[1], dtype=torch.long)
        return self.model(inputs_embeds=x, attention_mask=mask,
                          use_cache=False).last_hidden_state


def qkv(hq, hkv, d):
    return (torch.randn(B, hq, T, d), torch.randn(B, hkv, T, d),
            torch.randn(B, hkv, T, d))


def models():
    torch.manual_seed(0)
    yield "causal-matmul", CausalMatmul(), qkv(H, H, D)
    yield "sdpa-causal", SdpaCausal(), qkv(H, H, D)
    yield "sdpa-gqa", SdpaGqa(), qkv(4, 2, D)
    yield "llama-attention", LlamaAttention(), (torch.randn(B, T, 32),)
    yield "gpt2-attention", Gpt2(), (torch.randn(B, T, 32),)
    ids = torch.randint(0, 40, (B, T))
    mask = torch.ones(B, T, dtype=torch.long)
    mask[1, -2:] = 0
    yield "llama-padded", LlamaPadded(), (ids, mask)
    state = (torch.randn(B, 4, 8, 8) * 0.1, torch.rand(B, 4, 8) + 0.5)
    yield "lucidrains-linear", LucidrainsAttention(False), \
        (torch.randn(B, T, 32),) + state
    yield "lucidrains-delta", LucidrainsAttention(True), \
        (torch.randn(B, T, 32),) + state
    yield "gpt2-block", Gpt2(block=True), (torch.randn(B, T, 32),)
    # One stream: einops then keeps B*H unsplit around the products.
    yield "lucidrains-one-stream", LucidrainsAttention(True), \
        (torch.randn(1, 16, 32), torch.randn(1, 4, 8, 8) * 0.1,
         torch.rand(1, 4, 8) + 0.5)
    yield "lucidrains-segments", LucidrainsSegments(True), \
        (torch.randn(B, 3 * T, 32),)
    yield "llama-model", LlamaLayers(hidden=32), (torch.randn(B, T, 32),)


def examples():
    """Step functions (x, state...) -> (y, state...) for the getting-started
    guide, exported without a driver: infini-stream calls them."""
    # Two streams at once, as a server would batch them.
    torch.manual_seed(1)
    streams, heads, dim_head, dim, segment = 2, 2, 32, 64, 128
    state = (torch.zeros(streams, heads, dim_head, dim_head),
             torch.zeros(streams, heads, dim_head))
    yield "llama-attention-segment", LlamaAttention(hidden=64), \
        (torch.randn(1, segment, 64),)
    yield "lucidrains-segment", \
        LucidrainsAttention(True, dim=dim, dim_head=dim_head, heads=heads), \
        (torch.randn(streams, segment, dim),) + state
    yield "llama-model-segment", LlamaLayers(), \
        (torch.randn(1, segment, 64),)


MLIR_TYPES = {torch.float32: "f32", torch.int64: "i64"}


def tensor_type(t):
    return "tensor<" + "x".join(str(s) for s in t.shape) + "x" + \
        MLIR_TYPES[t.dtype] + ">"


def literal(t):
    if t.dtype == torch.float32:
        # MLIR wants a float literal to look like one ("0.0", not "0").
        def fmt(x):
            text = "%.9g" % x
            return text if any(c in text for c in ".ein") else text + ".0"
    else:
        fmt = lambda x: "%d" % x

    def rec(a):
        if a.dim() == 0:
            return fmt(a.item())
        return "[" + ", ".join(rec(x) for x in a) + "]"
    return "dense<" + rec(t) + "> : " + tensor_type(t)


def driver(inputs, outputs):
    lines = ["  func.func private @printMemrefF32(tensor<*xf32>)",
             "  func.func @entry() {"]
    for i, t in enumerate(inputs):
        lines.append("    %%in%d = arith.constant %s" % (i, literal(t)))
    args = ", ".join("%%in%d" % i for i in range(len(inputs)))
    arg_types = ", ".join(tensor_type(t) for t in inputs)
    out_types = ", ".join(tensor_type(t) for t in outputs)
    results = ", ".join("%%out%d" % i for i in range(len(outputs)))
    lines.append("    %s = call @main(%s) : (%s) -> (%s)" %
                 (results, args, arg_types, out_types))
    for i, t in enumerate(outputs):
        lines.append("    %%u%d = tensor.cast %%out%d : %s to tensor<*xf32>" %
                     (i, i, tensor_type(t)))
        lines.append("    call @printMemrefF32(%%u%d) : (tensor<*xf32>) -> ()"
                     % i)
    lines.append("    return")
    lines.append("  }")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--examples", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    os.makedirs(args.examples, exist_ok=True)
    import torch_mlir
    import transformers
    versions = "torch %s, transformers %s, torch-mlir (fx.export_and_import)" % (
        torch.__version__, transformers.__version__)
    for name, model, inputs in models():
        model = persistent_buffers(model.eval())
        with torch.no_grad():
            outputs = model(*inputs)
            outputs = outputs if isinstance(outputs, tuple) else (outputs,)
            outputs = tuple(o.detach().clone() for o in outputs)
            exact = model.double()(*[x.double() if x.is_floating_point() else x
                                     for x in inputs])
            exact = exact if isinstance(exact, tuple) else (exact,)
            model.float()
        module = fx.export_and_import(model, *inputs,
                                      output_type="linalg-on-tensors")
        text = str(module)
        if any(d in text for d in ("tm_tensor.", "torch.aten", "torch_c.")):
            sys.exit("%s: the export is not plain linalg" % name)
        head, sep, tail = text.partition("module {\n")
        if not sep:
            sys.exit("%s: no 'module {' in the export" % name)
        text = head + sep + driver(inputs, outputs) + "\n" + tail
        header = ("// %s, exported by scripts/export-corpus.py (%s).\n"
                  "// Regenerate with scripts/export-corpus.sh; do not edit.\n"
                  % (name, versions))
        with open(os.path.join(args.out, name + ".mlir"), "w") as f:
            f.write(header + text)
        with open(os.path.join(args.out, name + ".expected"), "w") as f:
            for out in exact:
                for x in out.flatten().tolist():
                    f.write("%.17g\n" % x)
        print("wrote", name)
    for name, model, inputs in examples():
        model = persistent_buffers(model.eval())
        text = str(fx.export_and_import(model, *inputs,
                                        output_type="linalg-on-tensors"))
        with open(os.path.join(args.examples, name + ".mlir"), "w") as f:
            f.write("// %s, exported by scripts/export-corpus.py (%s).\n"
                    "// Regenerate with scripts/export-corpus.sh; do not "
                    "edit.\n" % (name, versions) + text)
        print("wrote", name)


if __name__ == "__main__":
    main()
