//===- infini-generate.cpp - prefill a prompt, then decode greedily -------===//
//
//   infini-generate examples/generate/infini-lm.mlir --prompt=3,14,15,9
//       [--new-tokens=N] [--weights=FILE] [--check]
//
// Compiles a language model's step function (@forward by default) with
// infini-lower-to-cpu and generates text with it:
//
//   (ids [1, C] i64, weights..., state...) -> (logits [C, V], state...)
//
// the state being the trailing arguments whose types the results after the
// logits repeat (f32 or i64 tensors, zero for a fresh stream), C dynamic.
// One call takes the prompt; then each call takes the token of largest logit
// (greedy decoding) and returns the next logits, the state carried from call
// to call. Weights are read from FILE (little-endian f32, the weight
// arguments' elements one after the other) or drawn at random (matrices
// [in, out] uniform in +-1/sqrt(in), vectors 1 + uniform(+-0.1)).
//
// --check runs the prompt and the generated tokens again through one call
// from a fresh state and compares its logits with those of the prefill and
// every decode step; the run fails above 1e-4 (relative) or if a greedy
// token differs.
//
//===----------------------------------------------------------------------===//

#include "Infini/ExecutionEngine/CpuJit.h"
#include "Infini/ExecutionEngine/MemrefWrapper.h"
#include "Infini/InitInfini.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cmath>
#include <cstring>

using namespace llvm;
using Buffer = mlir::infini::DynamicBuffer;

namespace {

cl::OptionCategory category("infini-generate options");
cl::opt<std::string> inputFile(cl::Positional, cl::desc("<model.mlir>"),
                               cl::Required, cl::cat(category));
cl::opt<std::string> function("function", cl::desc("The step function"),
                              cl::init("forward"), cl::cat(category));
cl::list<int64_t> prompt("prompt", cl::desc("Token ids of the prompt"),
                         cl::CommaSeparated, cl::cat(category));
cl::opt<int64_t> newTokens("new-tokens", cl::desc("Tokens to generate"),
                           cl::init(16), cl::cat(category));
cl::opt<std::string> weightsFile(
    "weights", cl::desc("Little-endian f32 weights, in argument order"),
    cl::init(""), cl::cat(category));
cl::opt<bool> check("check",
                    cl::desc("Compare every step's logits with one call over "
                             "the same tokens"),
                    cl::init(false), cl::cat(category));

/// Uniform in [-1, 1), distinct per tensor and element.
float uniform(uint64_t which, uint64_t i) {
  uint64_t x = (which * 0x9E3779B97F4A7C15ull) ^ (i * 0xD1B54A32D192ED03ull);
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return static_cast<float>(static_cast<double>(x >> 11) * 0x1.0p-52 - 1.0);
}

struct Model {
  mlir::FunctionType type;
  unsigned numWeights, numState;
  int64_t vocab;
  std::unique_ptr<mlir::infini::CpuJit> jit;
  std::vector<Buffer> weights;
};

/// The stream: its state, one copy read and one written per call.
struct Stream {
  std::vector<Buffer> state, next;
  explicit Stream(const Model &m) {
    for (unsigned i = 0; i < m.numState; ++i) {
      mlir::Type t = m.type.getInput(1 + m.numWeights + i);
      state.push_back(Buffer::of(t));
      next.push_back(Buffer::of(t));
    }
  }
};

/// Runs `ids` through the model; returns the logits [C, V].
Expected<std::vector<float>> call(Model &m, Stream &s,
                                  ArrayRef<int64_t> ids) {
  Buffer in({1, static_cast<int64_t>(ids.size())}, /*i64=*/true);
  std::copy(ids.begin(), ids.end(), in.ints.begin());
  Buffer logits({static_cast<int64_t>(ids.size()), m.vocab});
  std::vector<void *> args = {in.descriptor()};
  for (Buffer &w : m.weights)
    args.push_back(w.descriptor());
  for (Buffer &b : s.state)
    args.push_back(b.descriptor());
  args.push_back(logits.descriptor());
  for (Buffer &b : s.next)
    args.push_back(b.descriptor());
  if (Error err = m.jit->call("run", args))
    return std::move(err);
  for (auto [now, next] : llvm::zip_equal(s.state, s.next))
    now.swap(next);
  return logits.data;
}

int64_t argmax(ArrayRef<float> row) {
  return std::max_element(row.begin(), row.end()) - row.begin();
}

int fail(const Twine &why) {
  errs() << "infini-generate: " << why << "\n";
  return 2;
}

} // namespace

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "Prefills a prompt and decodes greedily with a "
                              "model compiled by infini-lower-to-cpu\n");
  auto file = MemoryBuffer::getFile(inputFile);
  if (!file)
    return fail("cannot read " + inputFile + ": " +
                file.getError().message());
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::infini::registerInfiniDialect(registry);
  mlir::MLIRContext context(registry);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>((*file)->getBuffer(), &context);
  if (!module)
    return 2;
  auto fn = module->lookupSymbol<mlir::func::FuncOp>(function);
  if (!fn)
    return fail("no function @" + function);

  Model m;
  m.type = fn.getFunctionType();
  auto tensor = [](mlir::Type t) { return dyn_cast<mlir::RankedTensorType>(t); };
  auto ids = tensor(m.type.getNumInputs() ? m.type.getInput(0) : mlir::Type());
  auto logitsType =
      tensor(m.type.getNumResults() ? m.type.getResult(0) : mlir::Type());
  if (!ids || ids.getRank() != 2 || ids.getDimSize(0) != 1 ||
      !ids.isDynamicDim(1) || !ids.getElementType().isSignlessInteger(64) ||
      !logitsType || logitsType.getRank() != 2 ||
      !logitsType.isDynamicDim(0) || logitsType.isDynamicDim(1) ||
      !logitsType.getElementType().isF32())
    return fail("@" + function + " must take ids [1, ?] of i64 first and "
                "return logits [?, V] of f32 first");
  m.vocab = logitsType.getDimSize(1);
  m.numState = m.type.getNumResults() - 1;
  if (m.type.getNumInputs() < 1 + m.numState)
    return fail("@" + function + " returns more state than it takes");
  m.numWeights = m.type.getNumInputs() - 1 - m.numState;
  for (unsigned i = 0; i < m.numState; ++i)
    if (m.type.getResult(1 + i) != m.type.getInput(1 + m.numWeights + i))
      return fail("@" + function + " returns state #" + Twine(i) +
                  " with another type than it takes");
  for (mlir::Type t : m.type.getInputs().drop_front()) {
    auto tt = tensor(t);
    if (!tt || !tt.hasStaticShape() ||
        !(tt.getElementType().isF32() ||
          tt.getElementType().isSignlessInteger(64)))
      return fail("@" + function + " must take static f32 or i64 tensors "
                  "after the ids");
  }

  // Weights.
  std::unique_ptr<MemoryBuffer> weightData;
  if (!weightsFile.empty()) {
    auto w = MemoryBuffer::getFile(weightsFile);
    if (!w)
      return fail("cannot read " + weightsFile + ": " + w.getError().message());
    weightData = std::move(*w);
  }
  size_t offset = 0;
  for (unsigned i = 0; i < m.numWeights; ++i) {
    mlir::Type t = m.type.getInput(1 + i);
    Buffer w = Buffer::of(t);
    auto shape = tensor(t).getShape();
    if (weightData) {
      size_t bytes = w.data.size() * sizeof(float);
      if (offset + bytes > weightData->getBufferSize())
        return fail(weightsFile + " holds " +
                    Twine(weightData->getBufferSize()) + " bytes; the " +
                    Twine(m.numWeights) + " weights need more");
      std::memcpy(w.data.data(), weightData->getBufferStart() + offset, bytes);
      offset += bytes;
    } else if (shape.size() == 2) {
      float scale = 1.0f / std::sqrt(static_cast<float>(shape[0]));
      for (size_t j = 0; j < w.data.size(); ++j)
        w.data[j] = scale * uniform(i, j);
    } else {
      for (size_t j = 0; j < w.data.size(); ++j)
        w.data[j] = 1.0f + 0.1f * uniform(i, j);
    }
    m.weights.push_back(std::move(w));
  }
  if (weightData && offset != weightData->getBufferSize())
    return fail(weightsFile + " holds " + Twine(weightData->getBufferSize()) +
                " bytes; the weights take " + Twine(offset));

  std::vector<int64_t> tokens(prompt.begin(), prompt.end());
  if (tokens.empty())
    tokens = {1, 2, 3, 4, 5};
  for (int64_t t : tokens)
    if (t < 0 || t >= m.vocab)
      return fail("token " + Twine(t) + " is outside the vocabulary of " +
                  Twine(m.vocab));
  if (newTokens < 1)
    return fail("--new-tokens must be positive");

  auto start = std::chrono::steady_clock::now();
  auto jit = mlir::infini::CpuJit::compile(
      mlir::infini::withMemrefWrapper(*module, function), {});
  if (!jit) {
    errs() << "infini-generate: " << toString(jit.takeError()) << "\n";
    return 1;
  }
  m.jit = std::move(*jit);
  auto seconds = [](auto from) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         from)
        .count();
  };
  outs() << "model @" << function << ": vocabulary " << m.vocab << ", "
         << m.numWeights << " weight and " << m.numState
         << " state tensors; compiled in " << format("%.2f", seconds(start))
         << " s\n";

  // Prefill, then greedy decoding; every logits row kept for --check.
  Stream stream(m);
  std::vector<float> seen;
  start = std::chrono::steady_clock::now();
  Expected<std::vector<float>> logits = call(m, stream, tokens);
  if (!logits) {
    errs() << "infini-generate: " << toString(logits.takeError()) << "\n";
    return 1;
  }
  double prefill = seconds(start);
  seen = *logits;
  std::vector<int64_t> generated;
  double decode = 0;
  for (int64_t i = 0; i < newTokens; ++i) {
    int64_t next =
        argmax(ArrayRef<float>(seen).take_back(static_cast<size_t>(m.vocab)));
    generated.push_back(next);
    if (i + 1 == newTokens)
      break;
    start = std::chrono::steady_clock::now();
    Expected<std::vector<float>> step = call(m, stream, {next});
    if (!step) {
      errs() << "infini-generate: " << toString(step.takeError()) << "\n";
      return 1;
    }
    decode += seconds(start);
    seen.insert(seen.end(), step->begin(), step->end());
  }
  auto print = [](ArrayRef<int64_t> ts) {
    for (auto [i, t] : llvm::enumerate(ts))
      outs() << (i ? "," : "") << t;
  };
  outs() << "prompt (" << tokens.size() << " tokens): ";
  print(tokens);
  outs() << "\ngenerated (" << generated.size() << " tokens): ";
  print(generated);
  outs() << "\nprefill " << format("%.0f", tokens.size() / prefill)
         << " tokens/s; decode " << format("%.1f", 1e6 * decode /
                                                     std::max<int64_t>(1, newTokens - 1))
         << " us/token\n";
  if (!check)
    return 0;

  // One call over every token whose logits were seen.
  std::vector<int64_t> all = tokens;
  all.insert(all.end(), generated.begin(), generated.end() - 1);
  Stream fresh(m);
  Expected<std::vector<float>> once = call(m, fresh, all);
  if (!once) {
    errs() << "infini-generate: " << toString(once.takeError()) << "\n";
    return 1;
  }
  double num = 0, den = 0;
  for (size_t i = 0; i < seen.size(); ++i) {
    double d = double(seen[i]) - (*once)[i];
    num += d * d;
    den += double((*once)[i]) * (*once)[i];
  }
  double err = std::sqrt(num / den);
  int64_t mismatches = 0;
  for (size_t t = tokens.size() - 1; t + 1 < all.size() + 1; ++t) {
    ArrayRef<float> row(once->data() + t * m.vocab, m.vocab);
    mismatches += argmax(row) != generated[t - (tokens.size() - 1)];
  }
  outs() << "logits of prefill + " << generated.size() - 1
         << " decode steps vs one call over the " << all.size()
         << " tokens: relative error " << format("%.3g", err) << ", "
         << mismatches << " greedy token(s) differ\n";
  if (!(err <= 1e-4) || mismatches) {
    errs() << "infini-generate: decoding token by token differs from one "
              "prefill\n";
    return 1;
  }
  return 0;
}
