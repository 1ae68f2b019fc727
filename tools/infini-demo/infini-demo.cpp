//===- infini-demo.cpp - stream a long input through a compiled layer -----===//
//
// Compiles one Infini-attention layer through infini-lower-to-cpu, streams a
// long random input through it chunk by chunk with the state carried between
// calls, and reports throughput, the state size, and the error against the
// float64 reference on the first tokens.
//
// Chunks (--chunks, cycled) of whole segments run infini.attention, one
// function per size; chunks of any other sizes run infini.attention_chunk,
// whose state (memory, segment memory, key/value caches of the current
// segment, positions) the calls update in place. --dump writes the run's
// inputs and results as .npy files for anyone's own reference.
//
//===----------------------------------------------------------------------===//

#include "InfiniReference.h"

#include "Infini/ExecutionEngine/CpuJit.h"
#include "Infini/ExecutionEngine/HostBuffer.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
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
cl::list<int64_t> chunks(
    "chunks",
    cl::desc("Tokens per call, cycled until --tokens (default: one segment); "
             "any sizes"),
    cl::CommaSeparated, cl::cat(demoCategory));
cl::opt<std::string> dumpDir(
    "dump",
    cl::desc("Write query.npy, key.npy, value.npy, gate.npy, result.npy, "
             "memory.npy and norm.npy (and memory_in.npy, norm_in.npy for "
             "--random-state) of the run into this directory"),
    cl::init(""), cl::cat(demoCategory));
cl::opt<bool> randomState(
    "random-state",
    cl::desc("Start from a random memory (and positive norm) instead of zeros"),
    cl::init(false), cl::cat(demoCategory));
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
                            "(step_seconds: one entry per call) instead of "
                            "the report"),
                   cl::init(false), cl::cat(demoCategory));
cl::opt<int64_t> checkTokens(
    "check-tokens",
    cl::desc("Leading tokens compared with the float64 reference (two "
             "segments by default: the second one reads the memory)"),
    cl::init(4096), cl::cat(demoCategory));

template <int Rank> using Buffer = mlir::infini::HostBuffer<Rank>;

/// Deterministic inputs: element i of call c of tensor `which`, uniform in
/// [-1, 1), distinct per batch, head and token.
float input(uint64_t which, uint64_t call, uint64_t i) {
  uint64_t x = (which * 0x9E3779B97F4A7C15ull) ^ (call << 32) ^ i;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return static_cast<float>(static_cast<double>(x >> 11) * 0x1.0p-52 - 1.0);
}

template <int Rank>
void fill(Buffer<Rank> &b, uint64_t which, uint64_t call) {
  for (size_t i = 0; i < b.data.size(); ++i)
    b.data[i] = input(which, call, i);
}

std::string shaped(const char *kind, const std::vector<int64_t> &shape,
                   const char *elem = "f32") {
  std::string s = std::string(kind) + "<";
  for (int64_t d : shape)
    s += std::to_string(d) + "x";
  return s + elem + ">";
}
std::string memref(const std::vector<int64_t> &shape, const char *elem = "f32") {
  return shaped("memref", shape, elem);
}
std::string tensor(const std::vector<int64_t> &shape, const char *elem = "f32") {
  return shaped("tensor", shape, elem);
}

/// A function argument: its memref type and the tensor it is read as.
struct Param {
  std::vector<int64_t> shape;
  const char *elem = "f32";
};

/// `func.func @layer(ins..., outs...)` whose body reads every input with
/// bufferization.to_tensor (`writable` for the ones listed in `writable`),
/// runs `op` (reading %t0, %t1, ... and defining %r0, %r1, ...), and
/// materializes result j in argument `dest[j]`: an output argument, or an
/// input the op updates in place.
std::string function(const std::vector<Param> &params, size_t numInputs,
                     const std::vector<bool> &writable, const std::string &op,
                     const std::vector<size_t> &dest) {
  std::string s = "func.func @layer(";
  for (size_t i = 0; i < params.size(); ++i)
    s += (i ? ", %a" : "%a") + std::to_string(i) + ": " +
         memref(params[i].shape, params[i].elem);
  s += ") {\n";
  for (size_t i = 0; i < numInputs; ++i)
    s += "  %t" + std::to_string(i) + " = bufferization.to_tensor %a" +
         std::to_string(i) + " restrict" + (writable[i] ? " writable" : "") +
         " : " + memref(params[i].shape, params[i].elem) + " to " +
         tensor(params[i].shape, params[i].elem) + "\n";
  s += "  " + op + "\n";
  for (size_t j = 0; j < dest.size(); ++j) {
    const Param &p = params[dest[j]];
    s += "  bufferization.materialize_in_destination %r" + std::to_string(j) +
         " in restrict writable %a" + std::to_string(dest[j]) + " : (" +
         tensor(p.shape, p.elem) + ", " + memref(p.shape, p.elem) + ") -> ()\n";
  }
  return s + "  return\n}\n";
}

std::string typeList(const std::vector<Param> &params, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to; ++i)
    s += (i > from ? ", " : "") + tensor(params[i].shape, params[i].elem);
  return s;
}

/// `@layer(q, k, v, memory, norm, gate, out, new_memory, new_norm)`: an
/// infini.attention over a chunk of `len` tokens (whole segments).
std::string segmentsSource(int64_t b, int64_t h, int64_t hkv, int64_t d,
                           int64_t len) {
  std::vector<Param> params = {{{b, h, len, d}},  {{b, hkv, len, d}},
                               {{b, hkv, len, d}}, {{b, hkv, d, d}},
                               {{b, hkv, d}},      {{h}},
                               {{b, h, len, d}},  {{b, hkv, d, d}},
                               {{b, hkv, d}}};
  std::string op = "%r0, %r1, %r2 = infini.attention %t0, %t1, %t2, %t3, %t4, "
                   "%t5 segment_len = " +
                   std::to_string(segment) + (delta ? " rule = delta" : "") +
                   " : " + typeList(params, 0, 6) + " -> " +
                   typeList(params, 6, 9);
  return function(params, 6, std::vector<bool>(6, false), op, {6, 7, 8});
}

/// `@layer(q, k, v, gate, memory, norm, segment_memory, segment_norm,
/// key_cache, value_cache, position, out)`: an infini.attention_chunk over
/// `len` tokens that updates the whole state in place: each state argument
/// is read writable and its new value materialized back into it, so that a
/// call writes only what it changes (the chunk's cache rows, the memory's
/// update). With a second set of state buffers for the results, every call
/// copied the memory and the segment's memory into them first: at B = 1,
/// H = 8, D = 128 that was 2 MiB of copies, half of a decode step's time.
std::string chunkSource(int64_t b, int64_t h, int64_t hkv, int64_t d,
                        int64_t len) {
  std::vector<Param> params = {
      {{b, h, len, d}},   {{b, hkv, len, d}},     {{b, hkv, len, d}},
      {{h}},              {{b, hkv, d, d}},       {{b, hkv, d}},
      {{b, hkv, d, d}},   {{b, hkv, d}},          {{b, hkv, segment, d}},
      {{b, hkv, segment, d}}, {{b}, "i64"},       {{b, h, len, d}}};
  std::string stateTypes;
  for (size_t i : {4, 5, 6, 7, 8, 9, 10})
    stateTypes += ", " + tensor(params[i].shape, params[i].elem);
  std::string op =
      "%r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 = infini.attention_chunk %t0, "
      "%t1, %t2, %t4, %t5, %t3 segment(%t6, %t7) cache(%t8, %t9) position(%t10)" +
      std::string(delta ? " rule = delta" : "") + " : " +
      typeList(params, 0, 3) + ", " + typeList(params, 4, 6) + ", " +
      typeList(params, 3, 4) + ", " + typeList(params, 6, 11) + " -> " +
      typeList(params, 11, 12);
  std::vector<bool> writable(11, false);
  for (size_t i = 4; i < 11; ++i)
    writable[i] = true;
  return function(params, 11, writable, op, {11, 4, 5, 6, 7, 8, 9, 10});
}

/// Copies `len` tokens of a [B, heads, len, D] chunk into the tensor's rows
/// [start, start + len), as far as it has rows.
template <typename Dst, typename Src>
void appendRows(Dst &dst, int64_t heads, int64_t rows, int64_t d,
                const Src &src, int64_t start, int64_t len) {
  int64_t b = static_cast<int64_t>(src.size()) / (heads * len * d);
  for (int64_t i = 0; i < b; ++i)
    for (int64_t j = 0; j < heads; ++j)
      for (int64_t n = 0; n < len && start + n < rows; ++n)
        for (int64_t e = 0; e < d; ++e)
          dst[((i * heads + j) * rows + start + n) * d + e] =
              src[((i * heads + j) * len + n) * d + e];
}

/// Writes `data` as a little-endian float32 .npy file of `shape`.
bool writeNpy(const std::string &path, const std::vector<int64_t> &shape,
              const std::vector<float> &data) {
  std::string dims;
  for (int64_t d : shape)
    dims += std::to_string(d) + ", ";
  if (shape.size() > 1)
    dims.resize(dims.size() - 1);
  else if (shape.size() == 1)
    dims.resize(dims.size() - 2), dims += ",";
  std::string header =
      "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
  // Magic (6) + version (2) + length (2) + header + '\n', padded to 64.
  size_t total = 10 + header.size() + 1;
  header.append((64 - total % 64) % 64, ' ');
  header += '\n';
  std::error_code ec;
  raw_fd_ostream os(path, ec);
  if (ec) {
    errs() << "infini-demo: cannot write " << path << ": " << ec.message()
           << "\n";
    return false;
  }
  os << "\x93NUMPY" << '\x01' << '\x00';
  uint16_t len = static_cast<uint16_t>(header.size());
  os << static_cast<char>(len & 0xff) << static_cast<char>(len >> 8);
  os << header;
  os.write(reinterpret_cast<const char *>(data.data()),
           data.size() * sizeof(float));
  return !os.has_error();
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
  std::vector<int64_t> sizes(chunks.begin(), chunks.end());
  if (sizes.empty())
    sizes.push_back(segment);
  bool badChunk = llvm::any_of(sizes, [](int64_t c) { return c <= 0; });
  if (b <= 0 || h <= 0 || hkv <= 0 || d <= 0 || segment <= 0 || badChunk ||
      tokens < 0 || h % hkv != 0 || queryTile <= 0 || keyTile <= 0) {
    errs() << "infini-demo: sizes must be positive and --heads a multiple "
              "of --kv-heads\n";
    return 2;
  }
  // Whole segments per call: every call starts a segment, as one
  // infini.attention over the stream would. Otherwise calls stop and start
  // inside segments, with the current segment's keys and values cached.
  bool wholeSegments =
      llvm::all_of(sizes, [](int64_t c) { return c % segment == 0; });
  std::vector<int64_t> plan;
  for (int64_t done = 0; done < tokens;) {
    int64_t len = sizes[plan.size() % sizes.size()];
    if (!wholeSegments)
      len = std::min(len, tokens - done);
    plan.push_back(len);
    done += len;
  }
  int64_t streamed = 0;
  for (int64_t len : plan)
    streamed += len;
  raw_ostream &report = json ? nulls() : outs();
  report << "Infini-attention layer: B=" << b << " H=" << h << " Hkv=" << hkv
         << " Dk=Dv=" << d << ", segment " << segment << ", "
         << (delta ? "delta" : "linear") << " rule, "
         << (fuseAttention ? "fused kernels" : "unfused lowering") << ", "
         << (wholeSegments ? "infini.attention" : "infini.attention_chunk")
         << "\n";

  auto start = std::chrono::steady_clock::now();
  mlir::infini::InfiniLowerToCPUOptions lowering;
  lowering.fuseAttention = fuseAttention;
  lowering.queryTile = queryTile;
  if (asyncRuntime)
    lowering.parallelRuntime = mlir::infini::ParallelRuntime::Async;
  lowering.keyTile = keyTile;
  // One function per chunk size.
  std::map<int64_t, std::unique_ptr<CpuJit>> jits;
  for (int64_t len : plan) {
    if (jits.count(len))
      continue;
    auto jit = CpuJit::compile(wholeSegments
                                   ? segmentsSource(b, h, hkv, d, len)
                                   : chunkSource(b, h, hkv, d, len),
                               lowering);
    if (!jit) {
      errs() << "infini-demo: " << toString(jit.takeError()) << "\n";
      return 1;
    }
    jits[len] = std::move(*jit);
  }
  double compileSeconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  report << "compiled " << jits.size() << " function(s) in "
         << format("%.2f", compileSeconds) << " s\n";

  mlir::infini::StreamState state(b, hkv, d, d);
  mlir::infini::ChunkStreamState chunkState(b, hkv, d, d, segment);
  Buffer<1> gate({h});
  fill(gate, 3, 0);
  if (randomState) {
    fill(state.memory, 4, 0);
    fill(state.norm, 5, 0);
    for (float &x : state.norm.data)
      x = 1.5f + x; // positive, as a sum of sigma(k) would be
    chunkState.memory.data = state.memory.data;
    chunkState.norm.data = state.norm.data;
  }
  std::vector<float> memoryIn = state.memory.data, normIn = state.norm.data;

  int64_t check = std::min(checkTokens.getValue(), streamed);
  bool dump = !dumpDir.empty();
  // The tokens kept for the reference and the dump.
  int64_t kept = dump ? streamed : check;
  std::vector<float> keptQ(b * h * kept * d), keptK(b * hkv * kept * d),
      keptV(b * hkv * kept * d), keptOut(b * h * kept * d);

  // The first call also pays one-time costs (OpenMP thread creation, first
  // touch of the buffers); the steady rate leaves it out.
  std::vector<double> stepSeconds;
  double runSeconds = 0;
  int64_t position = 0;
  for (size_t c = 0; c < plan.size(); ++c) {
    int64_t len = plan[c];
    Buffer<4> q({b, h, len, d}), k({b, hkv, len, d}), v({b, hkv, len, d});
    Buffer<4> out({b, h, len, d});
    fill(q, 0, c);
    fill(k, 1, c);
    fill(v, 2, c);
    std::vector<void *> args;
    if (wholeSegments)
      args = {&q.desc,           &k.desc,         &v.desc,
              &state.memory.desc, &state.norm.desc, &gate.desc,
              &out.desc,         &state.nextMemory.desc,
              &state.nextNorm.desc};
    else
      args = {&q.desc,
              &k.desc,
              &v.desc,
              &gate.desc,
              &chunkState.memory.desc,
              &chunkState.norm.desc,
              &chunkState.segmentMemory.desc,
              &chunkState.segmentNorm.desc,
              &chunkState.keyCache.desc,
              &chunkState.valueCache.desc,
              &chunkState.position.desc,
              &out.desc};
    Expected<double> seconds = jits[len]->timedCall("layer", args);
    if (!seconds) {
      errs() << "infini-demo: " << toString(seconds.takeError()) << "\n";
      return 1;
    }
    runSeconds += *seconds;
    stepSeconds.push_back(*seconds);
    if (wholeSegments)
      state.advance();
    if (position < kept) {
      appendRows(keptQ, h, kept, d, q.data, position, len);
      appendRows(keptK, hkv, kept, d, k.data, position, len);
      appendRows(keptV, hkv, kept, d, v.data, position, len);
      appendRows(keptOut, h, kept, d, out.data, position, len);
    }
    position += len;
  }
  const std::vector<float> &finalMemory =
      wholeSegments ? state.memory.data : chunkState.memory.data;
  const std::vector<float> &finalNorm =
      wholeSegments ? state.norm.data : chunkState.norm.data;

  double stateBytes = wholeSegments ? 4.0 * b * hkv * d * (d + 1)
                                    : static_cast<double>(chunkState.bytes());
  int64_t steadyTokens = streamed - plan.front();
  double steadySeconds = runSeconds - stepSeconds.front();
  report << "streamed " << streamed << " tokens in " << plan.size()
         << " calls: " << format("%.2f", runSeconds) << " s, "
         << format("%.0f", streamed / runSeconds) << " tokens/s";
  if (steadyTokens > 0)
    report << " (" << format("%.0f", steadyTokens / steadySeconds)
           << " after the first call)";
  report << "\n";
  if (wholeSegments)
    report << "state carried between calls: memory " << b << "x" << hkv << "x"
           << d << "x" << d << " + norm " << b << "x" << hkv << "x" << d
           << " f32 = " << format("%.1f", stateBytes / 1024)
           << " KiB, whatever the length\n";
  else
    report << "state carried between calls: memory and segment memory "
           << b << "x" << hkv << "x" << d << "x" << d << ", norms, key and "
           << "value caches " << b << "x" << hkv << "x" << segment << "x" << d
           << ", positions = " << format("%.1f", stateBytes / 1024)
           << " KiB, whatever the length\n";

  if (dump) {
    std::string dir = dumpDir;
    if (std::error_code ec = sys::fs::create_directories(dir)) {
      errs() << "infini-demo: cannot create " << dir << ": " << ec.message()
             << "\n";
      return 1;
    }
    auto path = [&](const char *name) { return dir + "/" + name; };
    bool ok = writeNpy(path("query.npy"), {b, h, streamed, d}, keptQ) &&
              writeNpy(path("key.npy"), {b, hkv, streamed, d}, keptK) &&
              writeNpy(path("value.npy"), {b, hkv, streamed, d}, keptV) &&
              writeNpy(path("gate.npy"), {h}, gate.data) &&
              writeNpy(path("result.npy"), {b, h, streamed, d}, keptOut) &&
              writeNpy(path("memory.npy"), {b, hkv, d, d}, finalMemory) &&
              writeNpy(path("norm.npy"), {b, hkv, d}, finalNorm);
    if (ok && randomState)
      ok = writeNpy(path("memory_in.npy"), {b, hkv, d, d}, memoryIn) &&
           writeNpy(path("norm_in.npy"), {b, hkv, d}, normIn);
    if (!ok)
      return 1;
    report << "wrote the run's inputs and results to " << dir << "\n";
  }

  std::string steps = "[";
  for (size_t i = 0; i < stepSeconds.size(); ++i)
    steps += (i ? ", " : "") + formatv("{0:e3}", stepSeconds[i]).str();
  steps += "]";
  std::string measured =
      formatv("\"tokens\": {0}, \"seconds\": {1:f6}, \"steady_tokens\": {2}, "
              "\"steady_seconds\": {3:f6}, \"compile_seconds\": {4:f3}, "
              "\"state_bytes\": {5}, \"step_seconds\": {6}",
              streamed, runSeconds, steadyTokens, steadySeconds, compileSeconds,
              static_cast<int64_t>(stateBytes), steps)
          .str();
  if (check == 0) {
    if (json)
      outs() << "{" << measured << "}\n";
    return 0;
  }
  auto reference = [&](const std::vector<float> &x, int64_t heads) {
    ref::Tensor t({b, heads, check, d});
    for (int64_t i = 0; i < b; ++i)
      for (int64_t j = 0; j < heads; ++j)
        for (int64_t n = 0; n < check; ++n)
          for (int64_t e = 0; e < d; ++e)
            t.data[((i * heads + j) * check + n) * d + e] =
                x[((i * heads + j) * kept + n) * d + e];
    return t;
  };
  ref::Tensor gateRef({h}), memRef({b, hkv, d, d}), normRef({b, hkv, d});
  for (int64_t i = 0; i < h; ++i)
    gateRef.data[i] = gate.data[i];
  for (size_t i = 0; i < memoryIn.size(); ++i)
    memRef.data[i] = memoryIn[i];
  for (size_t i = 0; i < normIn.size(); ++i)
    normRef.data[i] = normIn[i];
  ref::LayerResult want = ref::attention(
      reference(keptQ, h), reference(keptK, hkv), reference(keptV, hkv),
      memRef, normRef, gateRef, segment, delta,
      1.0 / std::sqrt(static_cast<double>(d)), 1e-6);
  double err = ref::relativeError(reference(keptOut, h), want.out);
  bool ok = err <= 1e-5;
  report << "first " << check
         << " tokens vs the float64 reference: relative error "
         << format("%.2e", err) << (ok ? " (within 1e-5)\n" : " (ABOVE 1e-5)\n");
  if (json)
    outs() << "{" << measured
           << formatv(", \"checked_tokens\": {0}, \"relative_error\": {1:e3}}\n",
                      check, err);
  return ok ? 0 : 1;
}
