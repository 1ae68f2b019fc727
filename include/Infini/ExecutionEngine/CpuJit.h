//===- CpuJit.h - compile infini IR for the host and run it -----*- C++ -*-===//
//
// Compiles MLIR source that uses the infini dialect through
// `infini-lower-to-cpu` and JIT-compiles it for the host CPU, for tests,
// demos and embedders that want to run a layer without an ahead-of-time
// build step.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_EXECUTIONENGINE_CPUJIT_H
#define INFINI_EXECUTIONENGINE_CPUJIT_H

#include "Infini/Pipelines/Pipelines.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>

namespace mlir {
class ExecutionEngine;
class MLIRContext;

namespace infini {

class CpuJit {
public:
  /// Parses `source`, lowers it with infini-lower-to-cpu (`options`) and
  /// JIT-compiles it at -O3 for the host CPU. Parse, verification and
  /// lowering diagnostics come back as the error's message. Parallel
  /// kernels load their runtime (libomp, or libmlir_async_runtime for
  /// parallel-runtime=async); the async runtime is process-global and torn
  /// down with the engine that loaded it, so compile at most one async
  /// module per process.
  static llvm::Expected<std::unique_ptr<CpuJit>>
  compile(llvm::StringRef source, const InfiniLowerToCPUOptions &options = {});

  ~CpuJit();

  /// Calls the C interface of the public function `name`
  /// (`_mlir_ciface_<name>`) with one pointer per argument; memref arguments
  /// are passed as pointers to their descriptors.
  llvm::Error call(llvm::StringRef name, llvm::ArrayRef<void *> args);

  /// call(), and the wall-clock seconds it took.
  llvm::Expected<double> timedCall(llvm::StringRef name,
                                   llvm::ArrayRef<void *> args);

private:
  CpuJit();

  std::unique_ptr<MLIRContext> context;
  std::unique_ptr<ExecutionEngine> engine;
};

} // namespace infini
} // namespace mlir

#endif // INFINI_EXECUTIONENGINE_CPUJIT_H
