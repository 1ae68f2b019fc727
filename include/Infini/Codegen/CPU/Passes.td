//===- Passes.td - infini CPU code generation passes -------*- tablegen -*-===//

#ifndef INFINI_CODEGEN_CPU_PASSES_TD
#define INFINI_CODEGEN_CPU_PASSES_TD

include "mlir/Pass/PassBase.td"

def InfiniSetTargetCPU : Pass<"infini-set-target-cpu", "ModuleOp"> {
  let summary = "Compiles the module's LLVM functions for one CPU";
  let description = [{
    Sets `target_cpu` (and `target_features` when given) on every
    `llvm.func` definition, which LLVM honours when it optimizes and
    generates code, ahead of time (`mlir-translate | llc`) or in a JIT.
    `cpu=native` stands for the CPU this compiler runs on, with every
    feature it reports, those it lacks disabled: a CPU name alone implies
    its model's features, which a virtual machine may hide (AVX-512 on a
    `znver4` guest). Without the pass, code is portable: `llc` targets its default
    CPU and `CpuJit` the host.
  }];
  let options = [
    Option<"cpu", "cpu", "std::string", /*default=*/"\"\"",
           "LLVM CPU name (e.g. znver4, sapphirerapids), or native">,
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "Comma-separated LLVM target features (e.g. +avx512f)">,
  ];
  let dependentDialects = ["LLVM::LLVMDialect"];
}

def InfiniVectorizeContractions : Pass<"infini-vectorize-contractions"> {
  let summary = "Register-tiles and vectorizes the fused kernels' matmuls";
  let description = [{
    Every static `linalg.contract` on tensors with one m, one n and one
    reduction dimension (any operand layout, any batch dimensions: the
    fused kernels' K Q^T and P V, the retrieval's sigma(q) M, the update's
    sigma(K)^T V per (batch, kv head)), and every `linalg.generic` of two
    inputs shaped like one (the masked P V of the kernels' diagonal tiles),
    is tiled into `rows` x `cols` blocks of the output (batch dims 1), with
    the reduction loop innermost. Of the two block loops the outer one runs
    over the dimension whose operand is the larger, so that each block row
    reads the smaller operand against a block of the larger one that stays
    in cache (P V: a column block of V, while the rows of P pass). Each
    block is vectorized: per
    reduction step `rows` values of the left operand are broadcast against
    `cols` of the right one and added to a `vector<rows x cols>`
    accumulator. A `linalg.contract` whose operands share one element type
    becomes a `vector.contract`, which lowers to fused multiply-adds; a
    generic whose body accumulates `acc + x * y` with `contract` on both
    gets `vector.fma` too. A generic whose body masks the values causally,
    `acc + p * select(u > t + x, 0, v)` with u the reduction and t the m
    index (the masked P V), splits each block's reduction loop by what
    its rows see: the keys every row sees run without the select, the
    `rows - 1` after them with it, and the keys no row sees not at all
    (they would add `p * 0`, nothing for a finite `p`: the kernels' are
    probabilities). Run
    `canonicalize` and then `loop-invariant-subset-hoisting` afterwards so
    that the accumulator is carried across the reduction loop as a vector
    (in registers). Unit m or n dimensions beside the one of a size above 1
    count as batch dimensions (a decode step's read-out, one query of a
    group of one), and an m smaller than `rows` is one block of all its rows
    (a decode step's single query, the query heads of a kv head), widened
    to as many columns (up to `rows` / m times `cols`, a divisor of n) as
    keep the accumulators of a whole block: one row of `cols` would chain
    every multiply-add of the reduction on the one before. A plain
    `acc + x * y` with fewer output columns than `cols` whose reduction is
    the innermost (contiguous) dimension of both inputs (a decode step's
    K q^T: its one query is the only column, and the feature dimension is
    innermost in the keys and in the query; a GQA step's query heads of a
    kv head, read before the `linalg.transpose` that made Q^T for the outer
    products) is cut into blocks of up to
    `rows` x n dot products instead, each a multiply of two k-vectors and a
    `vector.reduction` that may reassociate (LLVM sums it as a tree with one
    horizontal step): outer products would read the keys one strided
    element per lane. The reduction and the batch dimensions may have
    run-time sizes (a prompt's tokens in the memory update, the keys of a
    cache), and so may m (a prompt's query rows, the keys of a cache's
    last, partial tile), whose blocks are then single rows (single dot
    products). Ops whose
    sizes the blocks do not divide, and those the vectorizer cannot handle
    (complex elements, say), are left alone.
  }];
  let options = [
    Option<"rows", "rows", "int64_t", /*default=*/"8",
           "Output rows per register block">,
    Option<"cols", "cols", "int64_t", /*default=*/"32",
           "Output columns per register block (a multiple of the vector width)">,
  ];
  let dependentDialects = ["scf::SCFDialect", "vector::VectorDialect",
                           "tensor::TensorDialect"];
}

def InfiniVectorizeElementwise : Pass<"infini-vectorize-elementwise"> {
  let summary = "Vectorizes the fused kernels' softmax and other loops at the CPU's width";
  let description = [{
    Every static `linalg.generic` on tensors whose innermost loop is
    parallel, divisible by `width`, and contiguous in every operand that
    depends on it (the kernels' row maxima and sums, their exponentials,
    rescales and epilogues, sigma of the keys) is tiled into vectors of
    `width` elements along that loop, every other loop stepping by one and
    the reductions innermost, and each tile is vectorized. This fixes the
    vector width from the target instead of leaving it to LLVM's loop
    vectorizer, which prefers 256 bits on CPUs with 512-bit registers.
    Run `canonicalize` and `loop-invariant-subset-hoisting` afterwards, so
    that a reduction's tile of the output is carried across its loop in a
    register. Contractions (`infini-vectorize-contractions`) and ops that
    do not qualify are left alone.
  }];
  let options = [
    Option<"width", "width", "int64_t", /*default=*/"16",
           "Elements per vector (a multiple of the CPU's lanes)">,
  ];
  let dependentDialects = ["scf::SCFDialect", "vector::VectorDialect",
                           "tensor::TensorDialect"];
}

def InfiniOmpSchedule : Pass<"infini-omp-schedule"> {
  let summary = "Chooses OpenMP work-sharing loops' schedules from their work";
  let description = [{
    Gives every `omp.wsloop` without a schedule (as `convert-scf-to-openmp`
    leaves them) one from the work of its iterations:

    * `schedule(dynamic)` (chunks of one iteration, taken by whichever
      thread is free) where iterations may differ in work: a loop bound or
      a branch condition inside the loop depends on the iteration (on the
      induction variables or on anything the body carries). A fused
      kernel's iterations are whole tiles, and under a causal mask the
      tile of the last query rows does one key tile per row tile before
      it; a decode step's (batch element, kv head) pairs read caches of
      their own lengths.
    * `schedule(static)` (equal shares fixed in advance, the runtime's
      default) where every iteration does the same work: no bound or
      condition inside depends on the iteration, as in a decode step of
      one batch element, whose heads all read the same number of cached
      keys. A dynamic loop calls the runtime once per iteration, and the
      libomp of Debian's LLVM packages is built with its debug traces:
      each call formats a trace message (an allocation and a `vsnprintf`),
      15-20 % of a decode step of 8 heads.

    Loops with `scf.while`, `scf.index_switch` or unstructured branches
    inside are taken as uneven. A `schedule` already set is kept.
  }];
  let dependentDialects = ["omp::OpenMPDialect"];
}

def InfiniApproximateExp : Pass<"infini-approximate-exp"> {
  let summary = "Computes f32 math.exp with a polynomial instead of libm";
  let description = [{
    Rewrites `math.exp` on f32 (scalars and vectors) into MLIR's polynomial
    approximation (a few ulp): plain arithmetic, so that LLVM vectorizes the
    loops around it, where a call to libm's `expf` keeps them scalar. The
    softmax of the attention kernels spends most of its time there.
  }];
  let dependentDialects = ["arith::ArithDialect", "math::MathDialect",
                           "vector::VectorDialect"];
}

def InfiniApproximateErf : Pass<"infini-approximate-erf"> {
  let summary = "Computes f32 math.erf with a polynomial";
  let description = [{
    Rewrites `math.erf` on f32 (scalars and vectors) into MLIR's polynomial
    approximation: LLVM has no erf intrinsic, so without it
    `infini-lower-to-cpu` could not lower the exact GELU that torch-mlir
    exports (`0.5 x (1 + erf(x / sqrt 2))`). Other element types are left
    alone (and the pipeline then reports them).
  }];
  let dependentDialects = ["arith::ArithDialect", "math::MathDialect",
                           "vector::VectorDialect"];
}

#endif // INFINI_CODEGEN_CPU_PASSES_TD
