//===- Pipelines.h - infini pass pipelines ----------------------*- C++ -*-===//

#ifndef INFINI_PIPELINES_PIPELINES_H
#define INFINI_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;

namespace infini {

/// What runs the kernels' parallel tiles.
enum class ParallelRuntime { OpenMP, Async };

struct InfiniLowerToCPUOptions
    : public PassPipelineOptions<InfiniLowerToCPUOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Give public functions a _mlir_ciface_ C entry point"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Run the kernels' independent tiles on OpenMP threads "
                     "(the compiled code then needs libomp)"),
      llvm::cl::init(true)};
  PassOptions::Option<ParallelRuntime> parallelRuntime{
      *this, "parallel-runtime",
      llvm::cl::desc("Runtime for the parallel tiles"),
      llvm::cl::init(ParallelRuntime::OpenMP),
      llvm::cl::values(
          clEnumValN(ParallelRuntime::OpenMP, "openmp",
                     "OpenMP (convert-scf-to-openmp; needs libomp)"),
          clEnumValN(ParallelRuntime::Async, "async",
                     "MLIR's async runtime (async-parallel-for; needs "
                     "libmlir_async_runtime)"))};
  PassOptions::Option<unsigned> numThreads{
      *this, "num-threads",
      llvm::cl::desc("Threads per parallel loop (0: OpenMP's default, "
                     "OMP_NUM_THREADS or one per core; for async, the cores)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> vectorize{
      *this, "vectorize",
      llvm::cl::desc("Register-tile and vectorize the fused kernels' matmuls "
                     "(infini-vectorize-contractions)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> vectorRows{
      *this, "vector-rows",
      llvm::cl::desc("Output rows per register block"), llvm::cl::init(8)};
  PassOptions::Option<int64_t> vectorCols{
      *this, "vector-cols",
      llvm::cl::desc("Output columns per register block"),
      llvm::cl::init(32)};
  PassOptions::Option<bool> fastExp{
      *this, "fast-exp",
      llvm::cl::desc("Compute exp with a vectorizable polynomial (a few ulp) "
                     "instead of libm's expf (infini-approximate-exp)"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> targetCPU{
      *this, "target-cpu",
      llvm::cl::desc("Compile for this LLVM CPU (e.g. znver4), or native for "
                     "the compiling machine; empty keeps the code portable "
                     "(llc's default CPU, the host in CpuJit)"),
      llvm::cl::init("")};
  PassOptions::Option<bool> fuseAttention{
      *this, "fuse-attention",
      llvm::cl::desc("Compute attention with the fused online-softmax "
                     "kernels (false: the unfused linalg lowering)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> queryTile{
      *this, "query-tile",
      llvm::cl::desc("Query rows per task of the fused kernels"),
      llvm::cl::init(64)};
  PassOptions::Option<int64_t> keyTile{
      *this, "key-tile",
      llvm::cl::desc("Keys per step of the fused kernels' online softmax"),
      llvm::cl::init(64)};
};

/// Lowers infini, linalg, tensor, arith, math, scf and func on tensors to the
/// LLVM dialect for the host CPU: decompose and convert infini to linalg
/// (attention as fused online-softmax kernels unless fuse-attention=false),
/// bufferize (function boundaries included, identity layouts), deallocate,
/// run the kernels' tiles on OpenMP threads (unless parallel=false), lower
/// linalg to loops and everything to LLVM. The result runs with
/// mlir-runner and translates to LLVM IR.
void buildInfiniLowerToCPUPipeline(OpPassManager &pm,
                                   const InfiniLowerToCPUOptions &options);

/// Registers `infini-lower-to-cpu`.
void registerInfiniPipelines();

} // namespace infini
} // namespace mlir

#endif // INFINI_PIPELINES_PIPELINES_H
