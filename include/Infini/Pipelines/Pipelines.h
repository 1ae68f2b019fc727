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
                     "(infini-vectorize-contractions) and their other loops "
                     "(infini-vectorize-elementwise)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> vectorRows{
      *this, "vector-rows",
      llvm::cl::desc("Output rows per register block (0: from the target "
                     "CPU's vector registers)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> vectorCols{
      *this, "vector-cols",
      llvm::cl::desc("Output columns per register block (0: from the target "
                     "CPU's vector registers)"),
      llvm::cl::init(0)};
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
  PassOptions::Option<bool> checkEntryShapes{
      *this, "check-entry-shapes",
      llvm::cl::desc("Check at entry that callers' buffers have the shapes "
                     "public functions were compiled for "
                     "(infini-check-entry-shapes)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> checkDynamicSizes{
      *this, "check-dynamic-sizes",
      llvm::cl::desc("Check at run time that the dynamic sizes of each "
                     "infini op's operands agree (infini-check-dynamic-sizes)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> gpuKernels{
      *this, "gpu-kernels",
      llvm::cl::desc("Compute with convert-infini-to-gpu's block/thread "
                     "kernels, run one block and one phase after the other on "
                     "one CPU thread: checks the GPU kernels' arithmetic "
                     "without a GPU (slow). query-tile "
                     "and key-tile then size both the segment kernel's tiles "
                     "and the update kernel's token and value-column tiles"),
      llvm::cl::init(false)};
  PassOptions::Option<int64_t> decodeKeySplit{
      *this, "decode-key-split",
      llvm::cl::desc("With gpu-kernels: cached keys per block of a decode "
                     "step's local attention (convert-infini-to-gpu's "
                     "decode-key-split)"),
      llvm::cl::init(128)};
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

struct InfiniLowerToNVVMOptions
    : public PassPipelineOptions<InfiniLowerToNVVMOptions> {
  PassOptions::Option<bool> emitCInterface{
      *this, "emit-c-interface",
      llvm::cl::desc("Give public functions a _mlir_ciface_ C entry point"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> checkEntryShapes{
      *this, "check-entry-shapes",
      llvm::cl::desc("Check at entry that callers' buffers have the shapes "
                     "public functions were compiled for "
                     "(infini-check-entry-shapes)"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> checkDynamicSizes{
      *this, "check-dynamic-sizes",
      llvm::cl::desc("Check at run time that the dynamic sizes of each "
                     "infini op's operands agree (infini-check-dynamic-sizes)"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> chip{
      *this, "chip", llvm::cl::desc("GPU architecture (sm_XX)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> features{
      *this, "features",
      llvm::cl::desc("PTX features (empty: the oldest PTX the chip "
                     "supports, at least +ptx80, which CUDA 13 needs for "
                     "sm_90)"),
      llvm::cl::init("")};
  PassOptions::Option<std::string> format{
      *this, "format",
      llvm::cl::desc("Embedded kernel binary: fatbin, bin (cubin), isa "
                     "(PTX, JIT-compiled by the driver) or offloading (LLVM IR)"),
      llvm::cl::init("fatbin")};
  PassOptions::Option<std::string> toolkit{
      *this, "toolkit",
      llvm::cl::desc("CUDA toolkit path (empty: CUDA_ROOT, CUDA_HOME or "
                     "CUDA_PATH)"),
      llvm::cl::init("")};
  // 2: chosen when 3 made ptxas spill in layer L's segment kernel; since K
  // and V are staged in shared memory both are spill-free at 3 blocks per
  // SM (docs/GPU.md), and which is faster awaits a GPU.
  PassOptions::Option<unsigned> optLevel{
      *this, "opt-level", llvm::cl::desc("NVPTX optimization level"),
      llvm::cl::init(2)};
  PassOptions::Option<int64_t> blockSize{
      *this, "block-size", llvm::cl::desc("Threads per block (at most 1024)"),
      llvm::cl::init(128)};
  PassOptions::Option<int64_t> queryTile{
      *this, "query-tile",
      llvm::cl::desc("Query rows per block of the segment kernel"),
      llvm::cl::init(32)};
  PassOptions::Option<int64_t> keyTile{
      *this, "key-tile",
      llvm::cl::desc("Keys per step of the segment kernel's online softmax"),
      llvm::cl::init(32)};
  PassOptions::Option<bool> tensorCores{
      *this, "tensor-cores",
      llvm::cl::desc("Products on tensor cores, mma.sync.m16n8k16, on sm_80 "
                     "and later: Q K^T and P V of 16-bit attention, the "
                     "update's (f32 operands split into 16-bit parts)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> tokenTile{
      *this, "token-tile",
      llvm::cl::desc("Rows per block of the kernels tiled from linalg "
                     "decompositions (the update, a lone retrieval or gate)"),
      llvm::cl::init(32)};
  PassOptions::Option<int64_t> valueTile{
      *this, "value-tile",
      llvm::cl::desc("Columns per block of the kernels tiled from linalg "
                     "decompositions"),
      llvm::cl::init(32)};
  PassOptions::Option<int64_t> reductionChunk{
      *this, "reduction-chunk",
      llvm::cl::desc("Tokens per block of a longer sum over tokens (the "
                     "update's), whose partial sums a kernel of their own "
                     "adds (0: never split)"),
      llvm::cl::init(128)};
  PassOptions::Option<int64_t> decodeKeySplit{
      *this, "decode-key-split",
      llvm::cl::desc("Cached keys per block of a decode step's local "
                     "attention, whose partial states a kernel of their own "
                     "merges (0: a block per batch element and kv head)"),
      llvm::cl::init(128)};
  PassOptions::Option<int64_t> maxSharedMemory{
      *this, "max-shared-memory",
      llvm::cl::desc("Most shared memory per block, in bytes (0: the chip's "
                     "opt-in maximum, e.g. 227 KiB on sm_90, 163 KiB on "
                     "sm_80, 99 KiB on sm_86/sm_89)"),
      llvm::cl::init(0)};
};

/// Lowers infini (and func/tensor around it) to host LLVM IR that launches
/// NVIDIA kernels embedded as a gpu.binary: convert-infini-to-gpu, one-shot
/// bufferization with results as out-parameters (the entry points take and
/// fill device buffers), leftover copies as element-per-thread kernels,
/// infini-map-kernels-to-gpu (blocks, threads, barriers, dynamic shared
/// memory), device allocations for every host buffer, kernel outlining,
/// NVVM lowering and serialization with the CUDA toolkit, and the host side
/// to LLVM calls of the mgpu* runtime (libinfini_cuda_runtime).
void buildInfiniLowerToNVVMPipeline(OpPassManager &pm,
                                    const InfiniLowerToNVVMOptions &options);

/// Registers `infini-lower-to-cpu` and `infini-lower-to-nvvm`.
void registerInfiniPipelines();

} // namespace infini
} // namespace mlir

#endif // INFINI_PIPELINES_PIPELINES_H
