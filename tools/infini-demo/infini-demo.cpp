//===- infini-demo.cpp - stream a long input through a compiled layer -----===//
//
// Compiles one Infini-attention layer (one chunk of tokens per call) through
// infini-lower-to-cpu, streams a long random input through it chunk by chunk
// with the memory state carried between calls, and reports throughput, the
// state size, and the error against the float64 reference on the first
// tokens.
//
//===----------------------------------------------------------------------===//

#include "InfiniReference.h"

#include "Infini/ExecutionEngine/CpuJit.h"
#include "Infini/ExecutionEngine/HostBuffer.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace llvm;
using mlir::infini::CpuJit;
namespace ref = infini::ref;

namespace {

cl::OptionCategory demoCategory("infini-demo options");
cl::opt<int64_t> batch("batch", cl::desc("Batch size B"), cl::init(1),
                       cl::cat(demoCategory));
cl::opt<int64_t> heads("heads", cl::desc("Query heads H"), cl::init(8),
                       cl::cat(demoCategory));
cl::opt<int64_t> kvHeads("kv-heads",
                         cl::desc("Key/value heads Hkv (0: same as H)"),
                         cl::init(0), cl::cat(demoCategory));
cl::opt<int64_t> headDim("head-dim", cl::desc("Dk = Dv"), cl::init(64),
                         cl::cat(demoCategory));
cl::opt<int64_t> segment("segment", cl::desc("Segment length N"),
                         cl::init(2048), cl::cat(demoCategory));
cl::opt<int64_t> tokens("tokens", cl::desc("Tokens T streamed through"),
                        cl::init(65536), cl::cat(demoCategory));
cl::opt<int64_t> chunk("chunk",
                       cl::desc("Tokens per call, a multiple of --segment "
                                "(0: one segment)"),
                       cl::init(0), cl::cat(demoCategory));
cl::opt<bool> delta("delta", cl::desc("Use the delta update rule"),
                    cl::init(false), cl::cat(demoCategory));
cl::opt<bool> fuseAttention(
    "fuse-attention",
    cl::desc("Compile with the fused attention kernels (false: the unfused "
             "linalg lowering)"),
    cl::init(true), cl::cat(demoCategory));
cl::opt<bool> asyncRuntime(
    "async-runtime",
    cl::desc("Run parallel tiles on MLIR's async runtime instead of OpenMP"),
    cl::init(false), cl::cat(demoCategory));
cl::opt<int64_t> queryTile("query-tile",
                           cl::desc("Query rows per task of the fused kernels"),
                           cl::init(64), cl::cat(demoCategory));
cl::opt<int64_t> keyTile("key-tile",
                         cl::desc("Keys per step of the fused kernels"),
                         cl::init(64), cl::cat(demoCategory));
cl::opt<bool> json("json",
                   cl::desc("Print one JSON object with the measurements "
                            "instead of the report"),
                   cl::init(false), cl::cat(demoCategory));
cl::opt<int64_t> checkTokens(
    "check-tokens",
    cl::desc("Leading tokens compared with the float64 reference (two "
             "segments by default: the second one reads the memory)"),
    cl::init(4096), cl::cat(demoCategory));

template <int Rank> using Buffer = mlir::infini::HostBuffer<Rank>;

/// Deterministic inputs: element i of chunk c of tensor `which`, uniform in
/// [-1, 1), distinct per batch, head and token.
float input(uint64_t which, uint64_t chunkIndex, uint64_t i) {
  uint64_t x = (which * 0x9E3779B97F4A7C15ull) ^ (chunkIndex << 32) ^ i;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return static_cast<float>(static_cast<double>(x >> 11) * 0x1.0p-52 - 1.0);
}

template <int Rank>
void fill(Buffer<Rank> &b, uint64_t which, uint64_t chunkIndex) {
  for (size_t i = 0; i < b.data.size(); ++i)
    b.data[i] = input(which, chunkIndex, i);
}

std::string memref(const std::vector<int64_t> &shape) {
  std::string s = "memref<";
  for (int64_t d : shape)
    s += std::to_string(d) + "x";
  return s + "f32>";
}

std::string tensor(const std::vector<int64_t> &shape) {
  std::string s = memref(shape);
  return "tensor" + s.substr(6);
}

/// `@layer(q, k, v, memory, norm, gate, out, new_memory, new_norm)` over one
/// chunk of `len` tokens.
std::string layerSource(int64_t b, int64_t h, int64_t hkv, int64_t d,
                        int64_t len) {
  std::vector<std::vector<int64_t>> in = {
      {b, h, len, d}, {b, hkv, len, d}, {b, hkv, len, d},
      {b, hkv, d, d}, {b, hkv, d},      {h}};
  std::vector<std::vector<int64_t>> out = {
      {b, h, len, d}, {b, hkv, d, d}, {b, hkv, d}};
  std::string s = "func.func @layer(";
  for (size_t i = 0; i < in.size(); ++i)
    s += (i ? ", %a" : "%a") + std::to_string(i) + ": " + memref(in[i]);
  for (size_t i = 0; i < out.size(); ++i)
    s += ", %o" + std::to_string(i) + ": " + memref(out[i]);
  s += ") {\n";
  for (size_t i = 0; i < in.size(); ++i)
    s += "  %t" + std::to_string(i) + " = bufferization.to_tensor %a" +
         std::to_string(i) + " restrict : " + memref(in[i]) + " to " +
         tensor(in[i]) + "\n";
  s += "  %r0, %r1, %r2 = infini.attention %t0, %t1, %t2, %t3, %t4, %t5 "
       "segment_len = " +
       std::to_string(segment) + (delta ? " rule = delta" : "") + " : ";
  for (size_t i = 0; i < in.size(); ++i)
    s += (i ? ", " : "") + tensor(in[i]);
  s += " -> ";
  for (size_t i = 0; i < out.size(); ++i)
    s += (i ? ", " : "") + tensor(out[i]);
  s += "\n";
  for (size_t i = 0; i < out.size(); ++i)
    s += "  bufferization.materialize_in_destination %r" + std::to_string(i) +
         " in restrict writable %o" + std::to_string(i) + " : (" +
         tensor(out[i]) + ", " + memref(out[i]) + ") -> ()\n";
  return s + "  return\n}\n";
}

/// Copies `len` tokens of a [B, heads, len, D] chunk into the reference
/// tensor's rows [start, start + len).
template <int Rank>
void appendRows(ref::Tensor &dst, const Buffer<Rank> &src, int64_t start,
                int64_t len) {
  int64_t b = dst.dim(0), h = dst.dim(1), t = dst.dim(2), d = dst.dim(3);
  for (int64_t i = 0; i < b; ++i)
    for (int64_t j = 0; j < h; ++j)
      for (int64_t n = 0; n < len && start + n < t; ++n)
        for (int64_t e = 0; e < d; ++e)
          dst.data[((i * h + j) * t + start + n) * d + e] =
              src.data[((i * h + j) * len + n) * d + e];
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(demoCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "Streams a long input through an Infini-attention layer compiled by "
      "infini-lower-to-cpu\n");

  int64_t b = batch, h = heads, hkv = kvHeads ? kvHeads : heads, d = headDim;
  int64_t len = chunk ? chunk : segment;
  if (b <= 0 || h <= 0 || hkv <= 0 || d <= 0 || segment <= 0 || len <= 0 ||
      tokens < 0 || h % hkv != 0 || queryTile <= 0 || keyTile <= 0) {
    errs() << "infini-demo: sizes must be positive and --heads a multiple "
              "of --kv-heads\n";
    return 2;
  }
  // Every call starts a new segment, so a chunk that is not a whole number
  // of segments would segment the stream differently from one long call.
  if (len % segment != 0) {
    errs() << "infini-demo: --chunk (" << len
           << ") must be a multiple of --segment (" << segment
           << "): each call starts a new segment\n";
    return 2;
  }
  int64_t calls = (tokens + len - 1) / len;
  int64_t streamed = calls * len;
  raw_ostream &report = json ? nulls() : outs();
  report << "Infini-attention layer: B=" << b << " H=" << h << " Hkv=" << hkv
         << " Dk=Dv=" << d << ", segment " << segment << ", "
         << (delta ? "delta" : "linear") << " rule, "
         << (fuseAttention ? "fused kernels" : "unfused lowering") << "\n";

  auto start = std::chrono::steady_clock::now();
  mlir::infini::InfiniLowerToCPUOptions lowering;
  lowering.fuseAttention = fuseAttention;
  lowering.queryTile = queryTile;
  if (asyncRuntime)
    lowering.parallelRuntime = mlir::infini::ParallelRuntime::Async;
  lowering.keyTile = keyTile;
  auto jit = CpuJit::compile(layerSource(b, h, hkv, d, len), lowering);
  if (!jit) {
    errs() << "infini-demo: " << toString(jit.takeError()) << "\n";
    return 1;
  }
  double compileSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  report << "compiled in " << format("%.2f", compileSeconds) << " s\n";

  Buffer<4> q({b, h, len, d}), k({b, hkv, len, d}), v({b, hkv, len, d});
  Buffer<4> out({b, h, len, d});
  mlir::infini::StreamState state(b, hkv, d, d);
  Buffer<1> gate({h});
  fill(gate, 3, 0);

  int64_t check = std::min(checkTokens.getValue(), streamed);
  ref::Tensor refQ({b, h, check, d}), refK({b, hkv, check, d}),
      refV({b, hkv, check, d}), got({b, h, check, d});

  // The first call also pays one-time costs (OpenMP thread creation, first
  // touch of the buffers); the steady rate leaves it out.
  double runSeconds = 0, firstCallSeconds = 0;
  for (int64_t c = 0; c < calls; ++c) {
    fill(q, 0, c);
    fill(k, 1, c);
    fill(v, 2, c);
    void *args[] = {&q.desc,
                    &k.desc,
                    &v.desc,
                    &state.memory.desc,
                    &state.norm.desc,
                    &gate.desc,
                    &out.desc,
                    &state.nextMemory.desc,
                    &state.nextNorm.desc};
    Expected<double> seconds = (*jit)->timedCall("layer", args);
    if (!seconds) {
      errs() << "infini-demo: " << toString(seconds.takeError()) << "\n";
      return 1;
    }
    runSeconds += *seconds;
    if (c == 0)
      firstCallSeconds = *seconds;
    state.advance();
    if (c * len < check) {
      appendRows(refQ, q, c * len, len);
      appendRows(refK, k, c * len, len);
      appendRows(refV, v, c * len, len);
      appendRows(got, out, c * len, len);
    }
  }

  double stateBytes = 4.0 * b * hkv * d * (d + 1);
  int64_t steadyTokens = streamed - len;
  double steadySeconds = runSeconds - firstCallSeconds;
  report << "streamed " << streamed << " tokens in " << calls << " calls of "
         << len << ": " << format("%.2f", runSeconds) << " s, "
         << format("%.0f", streamed / runSeconds) << " tokens/s";
  if (steadyTokens > 0)
    report << " (" << format("%.0f", steadyTokens / steadySeconds)
           << " after the first call)";
  report << "\n";
  report << "state carried between calls: memory " << b << "x" << hkv << "x"
         << d << "x" << d << " + norm " << b << "x" << hkv << "x" << d
         << " f32 = " << format("%.1f", stateBytes / 1024)
         << " KiB, whatever the length\n";

  if (check == 0) {
    if (json)
      outs() << formatv("{{\"tokens\": {0}, \"seconds\": {1:f6}, "
                        "\"steady_tokens\": {4}, \"steady_seconds\": {5:f6}, "
                        "\"compile_seconds\": {2:f3}, \"state_bytes\": {3}}\n",
                        streamed, runSeconds, compileSeconds,
                        static_cast<int64_t>(stateBytes), steadyTokens,
                        steadySeconds);
    return 0;
  }
  ref::Tensor gateRef({h});
  for (int64_t i = 0; i < h; ++i)
    gateRef.data[i] = gate.data[i];
  ref::LayerResult want = ref::attention(
      refQ, refK, refV, ref::Tensor({b, hkv, d, d}), ref::Tensor({b, hkv, d}),
      gateRef, segment, delta, 1.0 / std::sqrt(static_cast<double>(d)), 1e-6);
  double err = ref::relativeError(got, want.out);
  bool ok = err <= 1e-5;
  report << "first " << check
         << " tokens vs the float64 reference: relative error "
         << format("%.2e", err) << (ok ? " (within 1e-5)\n" : " (ABOVE 1e-5)\n");
  if (json)
    outs() << formatv("{{\"tokens\": {0}, \"seconds\": {1:f6}, "
                      "\"steady_tokens\": {6}, \"steady_seconds\": {7:f6}, "
                      "\"compile_seconds\": {2:f3}, \"state_bytes\": {3}, "
                      "\"checked_tokens\": {4}, \"relative_error\": {5:e3}}\n",
                      streamed, runSeconds, compileSeconds,
                      static_cast<int64_t>(stateBytes), check, err,
                      steadyTokens, steadySeconds);
  return ok ? 0 : 1;
}
