//===- infini-stream.cpp - stream a long input through a model block ------===//
//
//   infini-stream examples/infini-block.mlir [--tokens=N] [--check-chunks=K]
//
// Compiles the block's function (@infini_block by default) with
// infini-lower-to-cpu, then feeds a long input through it one chunk per call,
// with the compressive memory (memory, norm) carried from call to call and
// RoPE tables for each chunk's positions; reports tokens per second and peak
// RSS. The block's signature is read from the file:
//
//   (x [T, D], wq [D, H*Dk], wk [D, Hkv*Dk], wv [D, Hkv*Dv], wo [H*Dv, D],
//    cos [T, Dk/2], sin [T, Dk/2], memory [1, Hkv, Dk, Dv], norm [1, Hkv, Dk],
//    gate [H]) -> (y [T, D], memory, norm)
//
// and the segment length, update rule, scale and epsilon from its
// infini.attention (whose memory starts at zero: a fresh stream). A chunk T
// that is not a whole number of segments is streamed too: the block goes
// through infini-attention-to-chunks first, and the driver carries the
// state it adds (the current segment's memory, key and value caches, the
// position) from call to call. With
// --check-chunks=K the first K chunks are compared with the block computed
// in float64 from the same inputs (projections, RoPE, the reference layer,
// output projection, residual); the run fails if they differ by more than
// 1e-4 (relative, ||got - want|| / ||want||).
//
// Any other function is streamed as a step function, as models exported
// from PyTorch are (e.g. lucidrains' attention raised by
// infini-raise-attention):
//
//   (x, state...) -> (y, state...)
//
// with static f32 (or i64) tensors, each state result of its operand's
// type, x [B, T, C] random per chunk and the state starting at zero; an
// infini.attention whose chunk is not a whole number of segments goes through
// infini-attention-to-chunks first, as for blocks. With
// --reference=FILE the same function from FILE (e.g. the model before
// infini-raise-attention) runs on the same inputs for the first
// --check-chunks chunks, carrying its own state; the run fails if the
// outputs and states differ by more than 1e-4 (relative).
//
//===----------------------------------------------------------------------===//

#include "Infini/ExecutionEngine/CpuJit.h"
#include "Infini/ExecutionEngine/HostBuffer.h"
#include "Infini/ExecutionEngine/MemrefWrapper.h"
#include "Infini/IR/InfiniOps.h"
#include "Infini/InitInfini.h"
#include "Infini/Pipelines/Pipelines.h"
#include "Infini/Transforms/Passes.h"
#include "InfiniReference.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <sys/resource.h>

using namespace llvm;
using infini::ref::Tensor;

namespace {

cl::OptionCategory category("infini-stream options");
cl::opt<std::string> inputFile(cl::Positional, cl::desc("<block.mlir>"),
                               cl::Required, cl::cat(category));
cl::opt<std::string> function("function",
                              cl::desc("The block function to stream through"),
                              cl::init("infini_block"), cl::cat(category));
cl::opt<int64_t> tokens("tokens", cl::desc("Tokens streamed through"),
                        cl::init(65536), cl::cat(category));
cl::opt<std::string> reference(
    "reference",
    cl::desc("For a step function: the same function in this file, "
             "compared with over the first --check-chunks chunks"),
    cl::init(""), cl::cat(category));
cl::opt<int64_t> checkChunks(
    "check-chunks",
    cl::desc("Chunks compared with the float64 reference (0: none)"),
    cl::init(2), cl::cat(category));

/// The block's sizes, read from its signature and its infini.attention.
struct Shape {
  int64_t t, d, h, hkv, dk, dv, segment;
  bool delta;
  double scale, epsilon;
  /// T is not a whole number of segments: the block streams through
  /// infini.attention_chunk.
  bool chunked;
};

FailureOr<Shape> readShape(mlir::ModuleOp module) {
  auto fn = module.lookupSymbol<mlir::func::FuncOp>(function);
  if (!fn) {
    errs() << "infini-stream: no function @" << function << "\n";
    return failure();
  }
  auto fail = [&](const Twine &why) {
    errs() << "infini-stream: @" << function << " " << why
           << "; see the header of tools/infini-stream/infini-stream.cpp\n";
    return failure();
  };
  mlir::FunctionType type = fn.getFunctionType();
  if (type.getNumInputs() != 10 || type.getNumResults() != 3)
    return fail("must take 10 operands and return 3 results (a block) or be "
                "a step function (x, state...) -> (y, state...)");
  SmallVector<ArrayRef<int64_t>> in;
  for (mlir::Type t : type.getInputs()) {
    auto tensor = dyn_cast<mlir::RankedTensorType>(t);
    if (!tensor || !tensor.hasStaticShape() || !tensor.getElementType().isF32())
      return fail("must take static f32 tensors");
    in.push_back(tensor.getShape());
  }
  Shape s;
  s.t = in[0][0];
  s.d = in[0][1];
  s.h = in[9][0];
  s.hkv = in[7][1];
  s.dk = in[7][2];
  s.dv = in[7][3];
  if (in[1] != ArrayRef<int64_t>{s.d, s.h * s.dk} ||
      in[2] != ArrayRef<int64_t>{s.d, s.hkv * s.dk} ||
      in[3] != ArrayRef<int64_t>{s.d, s.hkv * s.dv} ||
      in[4] != ArrayRef<int64_t>{s.h * s.dv, s.d} ||
      in[5] != ArrayRef<int64_t>{s.t, s.dk / 2} || s.dk % 2 != 0)
    return fail("has operand shapes that do not fit together");
  mlir::infini::AttentionOp attention;
  fn.walk([&](mlir::infini::AttentionOp op) { attention = op; });
  if (!attention)
    return fail("has no infini.attention");
  s.scale = attention.getScale()
                ? attention.getScale()->convertToDouble()
                : 1.0 / std::sqrt(static_cast<double>(s.dk));
  s.epsilon = attention.getEpsilon().convertToDouble();
  s.segment = attention.getSegmentLen();
  s.delta = attention.getRule() == mlir::infini::UpdateRule::delta;
  s.chunked = s.t % s.segment != 0;
  return s;
}

template <int Rank> using Buffer = mlir::infini::HostBuffer<Rank>;

/// Uniform in [lo, hi), distinct per tensor, chunk and element.
float uniform(uint64_t which, uint64_t chunk, uint64_t i, double lo,
              double hi) {
  uint64_t x = (which * 0x9E3779B97F4A7C15ull) ^ (chunk << 40) ^ i;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return static_cast<float>(lo + (hi - lo) * (x >> 11) * 0x1.0p-53);
}

std::string memrefType(ArrayRef<int64_t> shape) {
  std::string s = "memref<";
  for (int64_t d : shape)
    s += std::to_string(d) + "x";
  return s + "f32>";
}

/// Rewrites the infini.attention ops of the module's functions into
/// infini.attention_chunk, with the state they add as arguments and results.
LogicalResult toChunks(mlir::ModuleOp module) {
  mlir::PassManager pm(module.getContext());
  pm.addPass(mlir::infini::createInfiniAttentionToChunks());
  return pm.run(module);
}

/// Whether an infini.attention of `fn` takes a chunk that is not a whole
/// number of its segments.
bool needsChunks(mlir::func::FuncOp fn) {
  bool partial = false;
  fn.walk([&](mlir::infini::AttentionOp op) {
    int64_t t = cast<mlir::RankedTensorType>(op.getQuery().getType())
                    .getDimSize(2);
    partial |= mlir::ShapedType::isDynamic(t) || t % op.getSegmentLen() != 0;
  });
  return partial;
}

/// The module with `@run`, the block's function on memrefs.
std::string withRun(mlir::ModuleOp m) {
  return mlir::infini::withMemrefWrapper(m, function);
}

/// x [rows, k] times w [k, cols], in float64.
std::vector<double> matmul(const std::vector<double> &x,
                           const std::vector<float> &w, int64_t rows,
                           int64_t k, int64_t cols) {
  std::vector<double> y(rows * cols, 0.0);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t i = 0; i < k; ++i) {
      double a = x[r * k + i];
      for (int64_t c = 0; c < cols; ++c)
        y[r * cols + c] += a * w[i * cols + c];
    }
  return y;
}

/// [T, heads * d] -> [1, heads, T, d].
Tensor splitHeads(const std::vector<double> &x, int64_t t, int64_t heads,
                  int64_t d) {
  Tensor y({1, heads, t, d});
  for (int64_t p = 0; p < t; ++p)
    for (int64_t h = 0; h < heads; ++h)
      for (int64_t e = 0; e < d; ++e)
        y.data[(h * t + p) * d + e] = x[p * heads * d + h * d + e];
  return y;
}

/// Rotate-half RoPE with angle table `theta` [T, d/2].
Tensor rope(const Tensor &x, const std::vector<double> &theta) {
  Tensor y = x;
  int64_t heads = x.dim(1), t = x.dim(2), d = x.dim(3), half = d / 2;
  for (int64_t h = 0; h < heads; ++h)
    for (int64_t p = 0; p < t; ++p)
      for (int64_t e = 0; e < half; ++e) {
        double c = std::cos(theta[p * half + e]),
               s = std::sin(theta[p * half + e]);
        double x1 = x.data[(h * t + p) * d + e],
               x2 = x.data[(h * t + p) * d + e + half];
        y.data[(h * t + p) * d + e] = x1 * c - x2 * s;
        y.data[(h * t + p) * d + e + half] = x2 * c + x1 * s;
      }
  return y;
}

double relative(const std::vector<double> &got, const std::vector<double> &want) {
  double num = 0, den = 0;
  for (size_t i = 0; i < got.size(); ++i) {
    num += (got[i] - want[i]) * (got[i] - want[i]);
    den += want[i] * want[i];
  }
  return den == 0 ? std::sqrt(num) : std::sqrt(num / den);
}

/// The calls' times, and what the stream reports from them.
struct Timing {
  double seconds = 0, first = 0;
  int64_t calls = 0;

  /// Counts one call, or reports its error.
  bool add(Expected<double> dt) {
    if (!dt) {
      errs() << "infini-stream: " << toString(dt.takeError()) << "\n";
      return false;
    }
    seconds += *dt;
    if (calls++ == 0)
      first = *dt;
    return true;
  }

  void report(int64_t chunk, size_t stateBytes) const {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    int64_t streamed = calls * chunk;
    outs() << "streamed " << streamed << " tokens in " << calls << " calls: "
           << format("%.0f", streamed / seconds) << " tokens/s";
    if (calls > 1)
      outs() << " (" << format("%.0f", (streamed - chunk) / (seconds - first))
             << " after the first call)";
    outs() << ", peak RSS " << format("%.0f", usage.ru_maxrss / 1024.0)
           << " MiB, state " << stateBytes << " bytes\n";
  }
};

using AnyBuffer = mlir::infini::DynamicBuffer;

/// The shapes of a step function (x, state...) -> (y, state...), or a
/// reason it is not one.
FailureOr<SmallVector<SmallVector<int64_t>>>
stepShapes(mlir::func::FuncOp fn, std::string &why) {
  mlir::FunctionType type = fn.getFunctionType();
  SmallVector<SmallVector<int64_t>> shapes;
  auto shapeOf = [&](mlir::Type t) -> FailureOr<SmallVector<int64_t>> {
    auto tensor = dyn_cast<mlir::RankedTensorType>(t);
    if (!tensor || !tensor.hasStaticShape() ||
        !(tensor.getElementType().isF32() ||
          tensor.getElementType().isSignlessInteger(64)))
      return failure();
    return llvm::to_vector(tensor.getShape());
  };
  if (type.getNumInputs() == 0 ||
      type.getNumInputs() != type.getNumResults()) {
    why = "takes " + std::to_string(type.getNumInputs()) + " operands and "
          "returns " + std::to_string(type.getNumResults()) + " results";
    return failure();
  }
  for (mlir::Type t : llvm::concat<const mlir::Type>(type.getInputs(),
                                                     type.getResults())) {
    FailureOr<SmallVector<int64_t>> shape = shapeOf(t);
    if (failed(shape)) {
      why = "takes or returns something other than static f32 or i64 "
            "tensors";
      return failure();
    }
    shapes.push_back(*shape);
  }
  for (unsigned i = 1; i < type.getNumInputs(); ++i)
    if (type.getInput(i) != type.getResult(i)) {
      why = "returns state #" + std::to_string(i) + " with another type than "
            "it takes";
      return failure();
    }
  if (shapes[0].size() != 3 ||
      !cast<mlir::RankedTensorType>(type.getInput(0)).getElementType().isF32()) {
    std::string got;
    raw_string_ostream os(got);
    os << type.getInput(0);
    why = "takes x of type " + got + ", not [B, T, C] of f32";
    return failure();
  }
  return shapes;
}

/// Streams through the step function @function of `source`.
int streamSteps(mlir::MLIRContext &context, StringRef source) {
  auto parse = [&](StringRef text) {
    return mlir::parseSourceString<mlir::ModuleOp>(text, &context);
  };
  mlir::OwningOpRef<mlir::ModuleOp> module = parse(source);
  auto fn = module->lookupSymbol<mlir::func::FuncOp>(function);
  // Chunks that are not whole segments: the stream state of
  // infini.attention_chunk joins the function's state.
  bool chunked = needsChunks(fn);
  if (chunked && failed(toChunks(*module)))
    return 2;
  fn = module->lookupSymbol<mlir::func::FuncOp>(function);
  std::string why;
  FailureOr<SmallVector<SmallVector<int64_t>>> shapes = stepShapes(fn, why);
  if (failed(shapes)) {
    errs() << "infini-stream: @" << function << " is neither a block (10 "
           << "operands, 3 results) nor a step function (x, state...) -> "
           << "(y, state...): it " << why << "\n";
    return 2;
  }
  unsigned n = fn.getNumArguments();
  // Tokens per call: B streams of T.
  int64_t chunk = (*shapes)[0][0] * (*shapes)[0][1];
  outs() << "step function @" << function << ": x " << memrefType((*shapes)[0])
         << " (" << (*shapes)[0][0]
         << ((*shapes)[0][0] == 1 ? " stream), " : " streams), ") << n - 1
         << " state tensor(s), chunk " << chunk << " tokens"
         << (chunked ? " (not whole segments: infini.attention_chunk)" : "")
         << "\n";

  // The reference, if any, must be the same function.
  std::unique_ptr<MemoryBuffer> referenceFile;
  mlir::OwningOpRef<mlir::ModuleOp> referenceModule;
  if (!reference.empty()) {
    auto file = MemoryBuffer::getFile(reference);
    if (!file) {
      errs() << "infini-stream: cannot read " << reference << ": "
             << file.getError().message() << "\n";
      return 2;
    }
    referenceFile = std::move(*file);
    referenceModule = parse(referenceFile->getBuffer());
    if (!referenceModule)
      return 2;
    auto same = referenceModule->lookupSymbol<mlir::func::FuncOp>(function);
    if (same && needsChunks(same) && failed(toChunks(*referenceModule)))
      return 2;
    auto other = referenceModule->lookupSymbol<mlir::func::FuncOp>(function);
    if (!other || other.getFunctionType() != fn.getFunctionType()) {
      errs() << "infini-stream: " << reference << " has no @" << function
             << " of type " << fn.getFunctionType() << "\n";
      return 2;
    }
  }

  auto start = std::chrono::steady_clock::now();
  auto jit = mlir::infini::CpuJit::compile(withRun(*module), {});
  if (!jit) {
    errs() << "infini-stream: " << toString(jit.takeError()) << "\n";
    return 1;
  }
  std::unique_ptr<mlir::infini::CpuJit> refJit;
  if (referenceModule) {
    auto compiled =
        mlir::infini::CpuJit::compile(withRun(*referenceModule), {});
    if (!compiled) {
      errs() << "infini-stream: " << reference << ": "
             << toString(compiled.takeError()) << "\n";
      return 1;
    }
    refJit = std::move(*compiled);
  }
  outs() << "compiled in "
         << format("%.2f", std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start)
                               .count())
         << " s\n";

  // x, y and two copies of each state, for the function and the reference.
  struct Run {
    std::vector<AnyBuffer> state, next;
    AnyBuffer y;
  };
  mlir::FunctionType type = fn.getFunctionType();
  auto makeRun = [&] {
    Run r{{}, {}, AnyBuffer::of(type.getResult(0))};
    for (unsigned i = 1; i < n; ++i) {
      r.state.push_back(AnyBuffer::of(type.getInput(i)));
      r.next.push_back(AnyBuffer::of(type.getInput(i)));
    }
    return r;
  };
  AnyBuffer x((*shapes)[0]);
  Run run = makeRun(), ref = makeRun();
  auto call = [&](mlir::infini::CpuJit &engine, Run &r) -> Expected<double> {
    SmallVector<void *> args = {x.descriptor()};
    for (AnyBuffer &b : r.state)
      args.push_back(b.descriptor());
    args.push_back(r.y.descriptor());
    for (AnyBuffer &b : r.next)
      args.push_back(b.descriptor());
    Expected<double> dt = engine.timedCall("run", args);
    for (unsigned i = 0; i + 1 < n; ++i)
      r.state[i].swap(r.next[i]);
    return dt;
  };

  int64_t calls = (tokens + chunk - 1) / chunk;
  int64_t check = refJit ? std::min<int64_t>(checkChunks, calls) : 0;
  Timing timing;
  // Squared differences and norms per output (y, then each state).
  std::vector<double> num(n, 0.0), den(n, 0.0);
  for (int64_t c = 0; c < calls; ++c) {
    for (size_t i = 0; i < x.data.size(); ++i)
      x.data[i] = uniform(1, c, i, -1, 1);
    if (!timing.add(call(**jit, run)))
      return 1;
    if (c >= check)
      continue;
    if (Expected<double> refDt = call(*refJit, ref); !refDt) {
      errs() << "infini-stream: " << toString(refDt.takeError()) << "\n";
      return 1;
    }
    auto add = [&](unsigned which, const AnyBuffer &got,
                   const AnyBuffer &want) {
      for (size_t i = 0; i < got.size(); ++i) {
        double d = got.at(i) - want.at(i);
        num[which] += d * d;
        den[which] += want.at(i) * want.at(i);
      }
    };
    add(0, run.y, ref.y);
    for (unsigned i = 0; i + 1 < n; ++i)
      add(i + 1, run.state[i], ref.state[i]);
  }
  size_t stateBytes = 0;
  for (const AnyBuffer &b : run.state)
    stateBytes += b.bytes();
  timing.report(chunk, stateBytes);
  if (check == 0)
    return 0;
  double worst = 0;
  outs() << "relative error of the first " << check << " chunk(s) against "
         << reference << ":";
  for (unsigned i = 0; i < n; ++i) {
    double err = den[i] == 0 ? std::sqrt(num[i]) : std::sqrt(num[i] / den[i]);
    outs() << (i ? ", state #" + std::to_string(i) : std::string(" y")) << " "
           << format("%.3g", err);
    worst = std::isnan(err) ? err : std::max(worst, err);
  }
  outs() << "\n";
  if (!(worst <= 1e-4)) {
    errs() << "infini-stream: error above 1e-4\n";
    return 1;
  }
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "Streams a long input through a model block compiled by "
      "infini-lower-to-cpu\n");

  auto file = MemoryBuffer::getFile(inputFile);
  if (!file) {
    errs() << "infini-stream: cannot read " << inputFile << ": "
           << file.getError().message() << "\n";
    return 2;
  }
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::infini::registerInfiniDialect(registry);
  mlir::MLIRContext context(registry);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>((*file)->getBuffer(), &context);
  if (!module)
    return 2;
  if (tokens <= 0 || checkChunks < 0) {
    errs() << "infini-stream: --tokens must be positive, --check-chunks not "
              "negative\n";
    return 2;
  }
  auto fn = module->lookupSymbol<mlir::func::FuncOp>(function);
  if (fn && fn.getFunctionType().getNumInputs() != 10)
    return streamSteps(context, (*file)->getBuffer());
  if (!reference.empty()) {
    errs() << "infini-stream: --reference is for step functions\n";
    return 2;
  }
  FailureOr<Shape> shape = readShape(*module);
  if (failed(shape))
    return 2;
  const Shape &s = *shape;
  if (s.chunked && failed(toChunks(*module)))
    return 2;
  int64_t calls = (tokens + s.t - 1) / s.t;
  int64_t check = std::min<int64_t>(checkChunks, calls);
  outs() << "block @" << function << ": chunk " << s.t << " tokens, width "
         << s.d << ", H=" << s.h << " Hkv=" << s.hkv << " Dk=" << s.dk
         << " Dv=" << s.dv << ", segment " << s.segment << ", "
         << (s.delta ? "delta" : "linear") << " rule"
         << (s.chunked ? ", not whole segments: infini.attention_chunk" : "")
         << "\n";

  auto start = std::chrono::steady_clock::now();
  auto jit = mlir::infini::CpuJit::compile(withRun(*module), {});
  if (!jit) {
    errs() << "infini-stream: " << toString(jit.takeError()) << "\n";
    return 1;
  }
  outs() << "compiled in "
         << format("%.2f", std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - start)
                               .count())
         << " s\n";

  int64_t half = s.dk / 2;
  Buffer<2> x({s.t, s.d}), wq({s.d, s.h * s.dk}), wk({s.d, s.hkv * s.dk}),
      wv({s.d, s.hkv * s.dv}), wo({s.h * s.dv, s.d}), cosT({s.t, half}),
      sinT({s.t, half}), y({s.t, s.d});
  mlir::infini::StreamState state(1, s.hkv, s.dk, s.dv);
  Buffer<1> gate({s.h});
  // The state infini-attention-to-chunks added (none for whole segments).
  std::vector<AnyBuffer> chunkState, nextChunkState;
  {
    mlir::FunctionType type =
        module->lookupSymbol<mlir::func::FuncOp>(function).getFunctionType();
    for (mlir::Type t : type.getInputs().drop_front(10)) {
      chunkState.push_back(AnyBuffer::of(t));
      nextChunkState.push_back(AnyBuffer::of(t));
    }
  }
  double wScale = 1.0 / std::sqrt(static_cast<double>(s.d));
  for (auto [which, w] : llvm::enumerate(std::array<Buffer<2> *, 4>{
           &wq, &wk, &wv, &wo}))
    for (size_t i = 0; i < w->data.size(); ++i)
      w->data[i] = uniform(10 + which, 0, i, -wScale, wScale);
  for (size_t i = 0; i < gate.data.size(); ++i)
    gate.data[i] = uniform(20, 0, i, -3, 3);

  // What the reference needs of the first chunks.
  int64_t checkTokens = check * s.t;
  std::vector<double> refX(checkTokens * s.d), refTheta(checkTokens * half),
      got(checkTokens * s.d);

  Timing timing;
  for (int64_t c = 0; c < calls; ++c) {
    for (size_t i = 0; i < x.data.size(); ++i)
      x.data[i] = uniform(1, c, i, -1, 1);
    for (int64_t p = 0; p < s.t; ++p)
      for (int64_t e = 0; e < half; ++e) {
        double position = static_cast<double>(c * s.t + p);
        double theta = position * std::pow(10000.0, -2.0 * e / s.dk);
        cosT.data[p * half + e] = static_cast<float>(std::cos(theta));
        sinT.data[p * half + e] = static_cast<float>(std::sin(theta));
        if (c < check)
          refTheta[(c * s.t + p) * half + e] = theta;
      }
    if (c < check)
      for (size_t i = 0; i < x.data.size(); ++i)
        refX[c * x.data.size() + i] = x.data[i];
    std::vector<void *> args = {&x.desc,    &wq.desc,   &wk.desc,
                                &wv.desc,   &wo.desc,   &cosT.desc,
                                &sinT.desc, &state.memory.desc,
                                &state.norm.desc, &gate.desc};
    for (AnyBuffer &b : chunkState)
      args.push_back(b.descriptor());
    args.push_back(&y.desc);
    args.push_back(&state.nextMemory.desc);
    args.push_back(&state.nextNorm.desc);
    for (AnyBuffer &b : nextChunkState)
      args.push_back(b.descriptor());
    if (!timing.add((*jit)->timedCall("run", args)))
      return 1;
    state.advance();
    for (auto [now, next] : llvm::zip_equal(chunkState, nextChunkState))
      now.swap(next);
    if (c < check)
      for (size_t i = 0; i < y.data.size(); ++i)
        got[c * y.data.size() + i] = y.data[i];
  }

  size_t stateBytes = state.bytes();
  for (const AnyBuffer &b : chunkState)
    stateBytes += b.bytes();
  timing.report(s.t, stateBytes);

  if (check == 0)
    return 0;
  // The block in float64 over the first chunks as one sequence, in segments
  // from its start.
  Tensor q = splitHeads(matmul(refX, wq.data, checkTokens, s.d, s.h * s.dk),
                        checkTokens, s.h, s.dk);
  Tensor k = splitHeads(matmul(refX, wk.data, checkTokens, s.d, s.hkv * s.dk),
                        checkTokens, s.hkv, s.dk);
  Tensor v = splitHeads(matmul(refX, wv.data, checkTokens, s.d, s.hkv * s.dv),
                        checkTokens, s.hkv, s.dv);
  Tensor qr = rope(q, refTheta), kr = rope(k, refTheta);
  Tensor g({s.h});
  for (int64_t i = 0; i < s.h; ++i)
    g.data[i] = gate.data[i];
  infini::ref::LayerResult want = infini::ref::attention(
      q, k, v, Tensor({1, s.hkv, s.dk, s.dv}), Tensor({1, s.hkv, s.dk}), g,
      s.segment, s.delta, s.scale, s.epsilon, &qr, &kr);
  std::vector<double> merged(checkTokens * s.h * s.dv);
  for (int64_t h = 0; h < s.h; ++h)
    for (int64_t p = 0; p < checkTokens; ++p)
      for (int64_t e = 0; e < s.dv; ++e)
        merged[p * s.h * s.dv + h * s.dv + e] =
            want.out.data[(h * checkTokens + p) * s.dv + e];
  std::vector<double> yWant =
      matmul(merged, wo.data, checkTokens, s.h * s.dv, s.d);
  for (size_t i = 0; i < yWant.size(); ++i)
    yWant[i] += refX[i];
  double err = relative(got, yWant);
  outs() << "relative error of the first " << check << " chunk(s) against "
         << "the float64 reference: " << format("%.3g", err) << "\n";
  if (!(err <= 1e-4)) {
    errs() << "infini-stream: error above 1e-4\n";
    return 1;
  }
  return 0;
}
