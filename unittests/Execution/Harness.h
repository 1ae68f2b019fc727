//===- Harness.h - compile infini ops and compare with the reference -*- C++ -*-===//
//
// What the execution tests share: the lowerings every case runs under, a
// function around one op compiled through infini-lower-to-cpu and called on
// host tensors, seeded inputs, and the comparison with the float64
// reference.
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_UNITTESTS_EXECUTION_HARNESS_H
#define INFINI_UNITTESTS_EXECUTION_HARNESS_H

#include "HostTensor.h"
#include "InfiniReference.h"

#include "Infini/ExecutionEngine/CpuJit.h"

#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace infini::test {

inline constexpr unsigned kDynBatch = 1u << 0;
inline constexpr unsigned kDynTokens = 1u << 2;
inline constexpr unsigned kDynAll = 0xF;

/// ||out - ref|| / ||ref|| bounds. Outputs in 16-bit types carry their
/// rounding error (2^-11 for f16, 2^-8 for bf16); the f32 state does not.
double bound(Elem elem);

/// `v` with 17 significant digits, as MLIR attributes read it back.
std::string str(double v);

/// The lowerings every case runs under: the unfused linalg lowering (the
/// baseline), the fused kernels with their default tiles (a segment is one
/// tile in these small cases), with tiles small enough for several query
/// tiles, partial tiles, several key steps and skipped diagonal tiles, and
/// with register-blocked vector matmuls; and the GPU kernels of
/// convert-infini-to-gpu run phase by phase on the CPU, with the GPU
/// pipeline's default tiles and with tiny ones (partial query, key, token and
/// value-column tiles, several steps, skipped diagonal tiles).
struct Lowering {
  const char *name;
  bool fused;
  int64_t queryTile, keyTile;
  bool vectorize;
  bool gpuKernels = false;
  /// infini-lower-to-cpu's target-cpu: empty for the host.
  const char *targetCPU = "";
  /// With gpuKernels: cached keys per block of a decode step.
  int64_t decodeKeySplit = 128;
};
inline constexpr Lowering kLowerings[] = {
    {"unfused", false, 0, 0, false},
    {"fused", true, 64, 64, false},
    {"fused_tiles_3x2", true, 3, 2, false},
    // 32 x 32 tiles: the cases whose sizes divide get register blocks, of
    // 8 x 32 on an AVX-512 host.
    {"fused_vector_blocks", true, 32, 32, true},
    // Decode steps: with the default tiles, caches of 64 rows in 4 splits
    // (one partial key tile each); with 3 x 2 tiles, caches of 6 rows in 2
    // splits and of 64 in 22 (two key tiles each, one partial).
    {"gpu_kernels", true, 32, 32, false, true, "", 16},
    {"gpu_kernels_tiles_3x2", true, 3, 2, false, true, "", 3},
    // Compiled for an AVX2-only CPU (4 x 16 blocks), run on the host.
    {"fused_vector_blocks_avx2", true, 32, 32, true, false, "haswell"},
    // Query tiles shorter than key tiles: the last visible key tile runs
    // past the last row's keys.
    {"fused_tiles_2x3", true, 2, 3, false}};
// parallel-runtime=async is checked by test/tools/infini-demo.test instead:
// MLIR's async runtime library is process-global and torn down with the first
// ExecutionEngine that loaded it, so one process can JIT it only once.
inline constexpr const Lowering &kDefaultLowering = kLowerings[1];
/// The ops with one kernel each (retrieval, update, combine): the default
/// CPU lowering and the GPU kernels.
inline constexpr Lowering kPrimitiveLowerings[] = {kLowerings[1], kLowerings[4],
                                                   kLowerings[5]};

inline void PrintTo(const Lowering &l, std::ostream *os) { *os << l.name; }

/// The GPU kernels size their scratch by Dk and Dv and refuse dynamic ones
/// (test/Conversion/InfiniToGPU checks the diagnostic).
bool unsupported(const Lowering &lowering, unsigned dyn);

/// An argument of the compiled function `@run`, with the dimensions that are
/// dynamic in its type.
struct Arg {
  HostTensor *tensor;
  unsigned dynamicDims;
  std::string tensorType() const { return tensor->type("tensor", dynamicDims); }
};

/// `tensor<...>` of each argument, comma-separated.
std::string types(const std::vector<Arg> &args);

/// One op compiled as
///
///   func.func @run(%a0: memref, ..., %o0: memref, ...) {
///     %t<i> = bufferization.to_tensor %a<i>
///     <op>                                   // defines %r0, %r1, ...
///     materialize %r<j> in %o<j>
///   }
///
/// `op` reads the inputs as %t0, %t1, ... and defines the results %r0, ...
/// Compilation failures are gtest failures (the object is then empty).
class CompiledOp {
public:
  CompiledOp(const std::string &op, const std::vector<Arg> &ins,
             const std::vector<Arg> &outs,
             const Lowering &lowering = kDefaultLowering);
  explicit operator bool() const { return jit != nullptr; }

  /// Runs it on `ins` and `outs`: tensors of the shapes it was compiled
  /// for (the ones it was compiled with, or others).
  void call(const std::vector<Arg> &ins, const std::vector<Arg> &outs);

private:
  std::unique_ptr<mlir::infini::CpuJit> jit;
};

/// Compiles and runs `op` once.
void run(const std::string &op, std::vector<Arg> ins, std::vector<Arg> outs,
         const Lowering &lowering = kDefaultLowering);

/// Expects `got` finite and within `tol` of `want` (relative).
void expectClose(const HostTensor &got, const ref::Tensor &want, double tol,
                 const char *what);

/// A stable id per case (FNV-1a of its name) so that cases draw different
/// inputs.
uint64_t caseId(const char *name);

/// Seeds differ per tensor so that no two inputs share values.
inline uint64_t seed(uint64_t caseId, uint64_t tensorId) {
  return caseId * 31 + tensorId;
}

/// A random memory state as a stream would carry it: M of either sign, z a
/// sum of positive vectors.
std::pair<ref::Tensor, ref::Tensor>
randomState(int64_t b, int64_t hkv, int64_t dk, int64_t dv, uint64_t id);

} // namespace infini::test

#endif // INFINI_UNITTESTS_EXECUTION_HARNESS_H
