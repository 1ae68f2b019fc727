//===- infini-fuzz.cpp - libFuzzer target: parse, verify, lower ----------===//
//
// Feeds each input through the parser and verifier and, when it parses,
// through every infini pass pipeline on a copy of the module:
//
//   infini-decompose-attention, convert-infini-to-linalg,
//   infini-convert-attention, infini-lower-to-cpu, convert-infini-to-gpu,
//   infini-lower-to-nvvm (PTX, without ptxas)
//
// Diagnostics are expected (most mutations are invalid IR); crashes, hangs
// and sanitizer reports are findings. scripts/fuzz.sh builds it with
// -DINFINI_FUZZ=ON (coverage), ASan and UBSan, and runs it; other builds
// with libFuzzer build it too, for test/Fuzz to replay past findings.
//
//===----------------------------------------------------------------------===//

#include "Infini/InitInfini.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <string>

namespace {

const char *const kPipelines[] = {
    "builtin.module(infini-decompose-attention)",
    "builtin.module(convert-infini-to-linalg)",
    "builtin.module(infini-convert-attention{segment-len=4})",
    "builtin.module(infini-lower-to-cpu)",
    "builtin.module(convert-infini-to-gpu)",
    "builtin.module(infini-lower-to-nvvm{format=isa})",
};

mlir::MLIRContext &context() {
  static mlir::MLIRContext *ctx = [] {
    mlir::DialectRegistry registry;
    mlir::registerAllDialects(registry);
    mlir::registerAllExtensions(registry);
    mlir::registerAllGPUToLLVMIRTranslations(registry);
    mlir::infini::registerInfiniDialect(registry);
    mlir::registerAllPasses();
    mlir::infini::registerInfiniPasses();
    auto *c = new mlir::MLIRContext(registry);
    c->loadAllAvailableDialects();
    // One thread: a finding reproduces the same way every time.
    c->disableMultithreading();
    // Diagnostics are the expected outcome for invalid input: swallow them,
    // unless INFINI_FUZZ_VERBOSE is set (to triage a finding).
    static bool verbose = std::getenv("INFINI_FUZZ_VERBOSE") != nullptr;
    c->getDiagEngine().registerHandler([](mlir::Diagnostic &diag) {
      if (verbose)
        llvm::errs() << diag.getLocation() << ": " << diag << "\n";
    });
    return c;
  }();
  return *ctx;
}

/// Whether `s` starts with `[`, integers separated by commas, `]`.
bool parsesAsIntegerArray(llvm::StringRef s) {
  if (!s.consume_front("["))
    return false;
  s = s.ltrim();
  if (s.consume_front("]"))
    return true;
  while (true) {
    s.consume_front("-");
    size_t digits = s.find_first_not_of("0123456789");
    if (digits == 0 || digits == llvm::StringRef::npos)
      return false;
    s = s.drop_front(digits).ltrim();
    if (s.consume_front("]"))
      return true;
    if (!s.consume_front(","))
      return false;
    s = s.ltrim();
  }
}

/// Inputs that crash MLIR 22.1.8's own parser, which we cannot fix (the
/// fuzzer would stop on them every time; docs/Robustness.md lists them):
/// `permutation =` followed by anything but a well-formed integer array
/// (linalg.transpose's parser then uses a null attribute).
bool hitsKnownUpstreamCrash(llvm::StringRef source) {
  size_t at = 0;
  while ((at = source.find("permutation", at)) != llvm::StringRef::npos) {
    llvm::StringRef rest = source.drop_front(at + 11).ltrim();
    ++at;
    if (!rest.consume_front("="))
      continue;
    if (!parsesAsIntegerArray(rest.ltrim()))
      return true;
  }
  return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mlir::MLIRContext &ctx = context();
  // MLIR's lexer stops at a NUL after the buffer: libFuzzer's data has
  // none, std::string's storage does.
  std::string text(reinterpret_cast<const char *>(data), size);
  llvm::StringRef source(text.c_str(), text.size());
  bool verbose = std::getenv("INFINI_FUZZ_VERBOSE") != nullptr;
  if (hitsKnownUpstreamCrash(source)) {
    if (verbose)
      llvm::errs() << "skipped: would crash MLIR's linalg.transpose parser "
                      "(permutation)\n";
    return 0;
  }
  mlir::ParserConfig config(&ctx);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(source, config);
  if (!module)
    return 0;
  for (const char *pipeline : kPipelines) {
    mlir::OwningOpRef<mlir::ModuleOp> copy = module->clone();
    mlir::PassManager pm(&ctx);
    if (mlir::failed(mlir::parsePassPipeline(pipeline, pm, llvm::nulls())))
      std::abort(); // Our own pipeline strings: a bug here, not in the input.
    bool ok = mlir::succeeded(pm.run(*copy));
    if (verbose)
      llvm::errs() << pipeline << ": " << (ok ? "ok" : "failed") << "\n";
  }
  return 0;
}
