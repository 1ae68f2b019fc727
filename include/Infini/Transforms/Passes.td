//===- Passes.td - infini transformation passes ------------*- tablegen -*-===//

#ifndef INFINI_TRANSFORMS_PASSES_TD
#define INFINI_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def InfiniDecomposeAttention : Pass<"infini-decompose-attention"> {
  let summary = "Rewrites infini.attention into a loop over segments of the primitive ops";
  let description = [{
    Every `infini.attention` becomes an `scf.for` over its full segments that
    carries the output tensor, the memory and the norm. Each iteration slices
    the segment's queries, keys and values with `tensor.extract_slice`, and
    runs `infini.memory_retrieve` (on the memory from before the segment),
    `infini.local_attention` (on `local_query`/`local_key` when given),
    `infini.gated_combine` and `infini.memory_update`, writing the segment's
    output back with `tensor.insert_slice`.

    Full segments keep the static size `segment_len`. A last, shorter segment
    (`T mod segment_len` tokens) runs once after the loop; it is omitted when
    `T` is static and a multiple of `segment_len`, and has a dynamic size
    (possibly zero) when `T` is dynamic.

    Example:

    ```mlir
    %o, %m1, %z1 = infini.attention %q, %k, %v, %m, %z, %g segment_len = 16
        : tensor<1x4x40x32xf32>, ... -> ...
    ```

    becomes a loop over the two full segments `[0, 32)` in steps of 16 and one
    segment of 8 tokens at offset 32.
  }];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def InfiniEmitCInterface : Pass<"infini-emit-c-interface", "ModuleOp"> {
  let summary = "Gives every public function a C interface";
  let description = [{
    Adds the `llvm.emit_c_interface` unit attribute to every public
    `func.func` definition, so that `convert-func-to-llvm` also emits a
    `_mlir_ciface_<name>` wrapper that takes memref descriptors by pointer:
    the entry point that C and C++ callers, the MLIR ExecutionEngine and
    ahead-of-time executables call.
  }];
}

def InfiniCopyToLinalg : Pass<"infini-copy-to-linalg"> {
  let summary = "Rewrites memref.copy into linalg.copy";
  let description = [{
    Bufferization writes tensor slices back with `memref.copy`. Between
    strided views (a segment's rows inside a layer's output, say) that lowers
    to a call to the `memrefCopy` runtime function, which compiled code would
    need `libmlir_c_runner_utils` for, and which allocates on the stack on
    every call. `linalg.copy` has the same semantics and lowers to plain loops
    with the rest of the kernel. Copies between unranked memrefs are left
    alone: `linalg` would read them as scalars.
  }];
  let dependentDialects = ["linalg::LinalgDialect"];
}

def InfiniExpandShapeToReinterpretCast
    : Pass<"infini-expand-shape-to-reinterpret-cast"> {
  let summary = "Lowers memref.expand_shape with several dynamic sizes in a group";
  let description = [{
    Grouped-query attention splits `H` query heads into `(Hkv, H / Hkv)`;
    when both are dynamic the `memref.expand_shape` has two dynamic sizes in
    one reassociation group, and LLVM 22's `expand-strided-metadata` crashes
    on it (llvm/llvm-project#186830, fixed for LLVM 23). This pass rewrites
    exactly those ops into `memref.reinterpret_cast` of the source's base
    buffer: sizes from `output_shape`, and within each group the innermost
    size keeps the source stride while each outer one is the next stride
    times the next size. Every other `expand_shape` is left to
    `expand-strided-metadata`. Run it before that pass; drop it with LLVM 23.
  }];
  let dependentDialects = ["affine::AffineDialect", "memref::MemRefDialect"];
}

def InfiniSetTargetCPU : Pass<"infini-set-target-cpu", "ModuleOp"> {
  let summary = "Compiles the module's LLVM functions for one CPU";
  let description = [{
    Sets `target_cpu` (and `target_features` when given) on every
    `llvm.func` definition, which LLVM honours when it optimizes and
    generates code, ahead of time (`mlir-translate | llc`) or in a JIT.
    `cpu=native` stands for the CPU this compiler runs on, with its
    features. Without the pass, code is portable: `llc` targets its default
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
    the reduction loop innermost, and each block is vectorized: per
    reduction step `rows` values of the left operand are broadcast against
    `cols` of the right one and added to a `vector<rows x cols>`
    accumulator. A `linalg.contract` whose operands share one element type
    becomes a `vector.contract`, which lowers to fused multiply-adds. Run
    `canonicalize` and then `loop-invariant-subset-hoisting` afterwards so
    that the accumulator is carried across the reduction loop as a vector
    (in registers). Ops whose sizes the blocks do not divide, and those the
    vectorizer cannot handle (complex elements, say), are left alone.
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

def InfiniMapKernelsToGPU : Pass<"infini-map-kernels-to-gpu"> {
  let summary = "Maps block/thread scf.forall kernels to gpu.launch";
  let description = [{
    Turns each bufferized `scf.forall` with `#gpu.block<...>` mapping (as
    `convert-infini-to-gpu` writes them) into a `gpu.launch`:

    * the grid is the forall's (possibly dynamic) trip counts on the mapped
      block dimensions (a launch with dynamic ones sits in an `scf.if` that
      skips it when one is 0: CUDA rejects empty grids); the block is the
      trip count of the nested
      `#gpu.thread<x>` foralls, which must all be the same static size;
    * every static `memref.alloca` directly in the block body is per-block
      scratch and becomes a slice of the launch's dynamic shared memory
      (`gpu.dynamic_shared_memory` + `memref.view`, 16-byte aligned); the
      launch requests their total, which must not exceed
      `max-shared-memory` bytes;
    * the thread foralls are distributed over the threads with upstream's
      forall-to-threads mapping, with a `gpu.barrier` after each.

    Anything it cannot map (a non-static scratch buffer, a scratch buffer
    used by something other than loads and stores, thread foralls of
    different sizes, too much shared memory) is reported on the forall.
  }];
  let options = [
    Option<"maxSharedMemory", "max-shared-memory", "int64_t",
           /*default=*/"232448",
           "Most shared memory a block may use, in bytes (sm_90: 227 KiB)">,
  ];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
}

def InfiniParallelLoopsToKernels : Pass<"infini-parallel-loops-to-kernels"> {
  let summary = "Turns host scf.parallel loops into block/thread kernels";
  let description = [{
    Each outermost `scf.parallel` (for instance from
    `convert-linalg-to-parallel-loops`: the copies bufferization leaves)
    becomes a kernel in the form `infini-map-kernels-to-gpu` maps: an
    `scf.forall` over ceil(iterations / `block-size`) blocks
    (`#gpu.block<x>`) around one thread-mapped `scf.forall` of `block-size`
    threads (`#gpu.thread<x>`). Thread t of block b runs the iteration whose
    linear index, over all of the loop's dimensions, is b * block-size + t
    (if there is one): every thread does one iteration, and consecutive
    threads touch consecutive elements of the innermost dimension. Loops with
    reductions (`scf.reduce` with operands) are reported.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"256",
           "Threads per block">,
  ];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "scf::SCFDialect"];
}

def InfiniHostBuffersToDevice : Pass<"infini-host-buffers-to-device"> {
  let summary = "Allocates host-side buffers in device memory";
  let description = [{
    For code whose every memory access happens inside `gpu.launch` kernels:
    each `memref.alloc` / `memref.dealloc` outside a kernel becomes
    `gpu.alloc` / `gpu.dealloc`, so that buffers passed between kernels (and
    returned to the caller) live in device memory. Function arguments are
    taken to be device buffers already. `bufferization.dealloc` (from the
    ownership-based deallocation) is lowered here too, to pointer
    comparisons and `gpu.dealloc`: upstream's lowering would keep its
    bookkeeping in host buffers.

    An operation outside the kernels that still reads or writes a buffer
    (a copy or a loop left on the host, a host `memref.alloca`) would
    dereference device memory on the host: it is reported and the pass
    fails.
  }];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
}

def InfiniHoistStaticAllocas : Pass<"infini-hoist-static-allocas"> {
  let summary = "Moves allocas out of sequential loops to the function entry";
  let description = [{
    Each static `memref.alloca` inside loops whose only uses are loads and
    stores moves to its function's entry block, so that a loop allocates it
    once instead of growing the stack on every iteration. Reusing the memory
    across iterations is what the program means only when the iterations do
    not overlap: only allocas nested in `scf.for`, `scf.while` and `scf.if`
    move; those under a parallel loop, a kernel or any other op stay. The CPU pipeline runs it for `gpu-kernels`, whose block scratch
    sits inside the (then sequential) loops over blocks and segments.
  }];
  let dependentDialects = ["memref::MemRefDialect"];
}

def InfiniConvertAttention : Pass<"infini-convert-attention"> {
  let summary = "Rewrites causal softmax attention into infini.attention";
  let description = [{
    Plug-in long-context adaptation: finds ordinary causal softmax attention
    in linalg on tensors and rewrites it into `infini.attention` with a fresh
    zero memory, so that the model processes its input in segments of
    `segment-len` tokens with a compressive memory carried between them.
    Recognised, on rank-4 `[B, H, T, D]` or rank-3 `[B*H, T, D]` tensors:

    * `S = Q K^T`: any contraction (`linalg.matmul`/`batch_matmul` with
      indexing maps, `linalg.contract`, `linalg.generic`) of Q `[.., t, d]`
      with K `[.., u, d]`, or with `linalg.transpose` of K swapping its last
      two dimensions, into a zero-filled init;
    * an optional scale: elementwise multiplication or division by a
      scalar constant (a float constant, a splat or a filled tensor),
      before or after the mask;
    * the causal mask: `linalg.generic` selecting `-inf` where the key index
      exceeds the query index (`linalg.index`), or the add of a constant
      tensor holding `-inf` above the diagonal and 0 elsewhere;
    * `linalg.softmax` over the last dimension;
    * `O = P V`: a contraction of P `[.., t, u]` with V `[.., u, e]` into a
      zero-filled init.

    The scale found becomes the op's `scale` (1 without one). The gate
    logits are `gate-logit` for every head: with the default -18, sigmoid
    is below 2^-25, so the first segment (which reads an empty memory)
    equals the original attention to f32 rounding; raise it to let later
    segments read the memory. IR that is not attention is left alone;
    attention that cannot be converted (no causal mask, other uses of an
    intermediate, grouped or cross attention, an unknown op on the scores,
    mixed element types or one other than f32, f16 and bf16, a scale that
    is not > 0) is left unchanged with a remark saying why.
  }];
  let options = [
    Option<"segmentLen", "segment-len", "int64_t", /*default=*/"2048",
           "Tokens per segment">,
    Option<"gateLogit", "gate-logit", "double", /*default=*/"-18.0",
           "Gate logit beta of every head (sigmoid(beta) weighs the memory)">,
    Option<"delta", "delta", "bool", /*default=*/"false",
           "Update the memory with the delta rule instead of the linear one">,
  ];
  let dependentDialects = ["arith::ArithDialect", "linalg::LinalgDialect",
                           "tensor::TensorDialect", "infini::InfiniDialect"];
}

def InfiniCheckDynamicSizes : Pass<"infini-check-dynamic-sizes", "ModuleOp"> {
  let summary = "Checks at run time that infini ops' dynamic sizes agree";
  let description = [{
    The verifier checks that an op's operands agree on each size (`B`, `H`,
    `Hkv`, the tokens, `Dk`, `Dv`) where the sizes are static. Where one is
    dynamic, operands that disagree at run time would make the kernels read
    and write out of bounds, so this pass, run on tensors before the ops
    are lowered, puts checks before every infini op with a dynamic operand
    size: each dimension carrying a size equals the static one (or the first
    operand's), `H` is a multiple of `Hkv`, and no size but the token count
    is 0 (the verifier's rules). A failed check writes e.g. "infini:
    infini.local_attention at layer.mlir:12:8: N of 'key' (dimension 2)
    differs from that of 'query' (dimension 2)" to stderr and calls
    `abort()`. Ops whose sizes are all static get no check.
  }];
  let dependentDialects = ["arith::ArithDialect", "LLVM::LLVMDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def InfiniCheckEntryShapes : Pass<"infini-check-entry-shapes", "ModuleOp"> {
  let summary = "Checks the buffers callers pass to public functions";
  let description = [{
    A public function compiled for a static `memref<4x8xf32>` ignores the
    sizes and strides in the descriptor its caller passes (through the
    `_mlir_ciface_` interface or the expanded one): a buffer of the wrong
    shape is read and written out of bounds. This pass, run after
    bufferization, gives every such argument the fully dynamic type
    `memref<?x?xf32, strided<[?, ?], offset: ?>>` (the same descriptor, so
    callers do not change), checks each size, stride and the offset at
    entry, and casts back to the static type for the body. A mismatch writes
    e.g. "infini: @layer argument #0: size of dimension 2 is not 64
    (compiled for memref<1x8x64x64xf32>)" to stderr (`write(2, ...)`,
    unbuffered, so it survives the abort) and calls `abort()`. Calls inside
    the module get casts to the new types.
  }];
  let dependentDialects = ["arith::ArithDialect", "LLVM::LLVMDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
}

def InfiniCheckCudaToolkit : Pass<"infini-check-cuda-toolkit", "ModuleOp"> {
  let summary = "Fails early when the CUDA toolkit cannot be found";
  let description = [{
    Looks for the CUDA toolkit at `toolkit`, else at the first of the
    environment variables `CUDA_ROOT`, `CUDA_HOME` and `CUDA_PATH` that is
    set, and reports an error unless it holds `bin/ptxas` and
    `nvvm/libdevice/libdevice.10.bc`. Without them MLIR's NVVM serializer
    leaves libdevice calls unresolved or cannot assemble the PTX.
  }];
  let options = [
    Option<"toolkit", "toolkit", "std::string", /*default=*/"\"\"",
           "CUDA toolkit path (empty: CUDA_ROOT, CUDA_HOME or CUDA_PATH)">,
  ];
}

#endif // INFINI_TRANSFORMS_PASSES_TD
