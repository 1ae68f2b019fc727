//===- Passes.td - infini NVIDIA GPU codegen passes --------*- tablegen -*-===//

#ifndef INFINI_CODEGEN_GPU_PASSES_TD
#define INFINI_CODEGEN_GPU_PASSES_TD

include "mlir/Pass/PassBase.td"

def InfiniTileToBlocks : Pass<"infini-tile-to-blocks"> {
  let summary = "Tiles linalg ops on tensors into block-mapped scf.forall kernels";
  let description = [{
    Every linalg op on tensors that is not inside a block-mapped `scf.forall`
    already is tiled, with upstream's tiling driver, into one: its last two
    parallel loops by `rows` x `cols`, every other parallel loop by 1 (a
    block per batch, head, ...), its reductions whole, except one of a
    static length above `chunk` (a sum over the tokens of a segment): that
    op is first split (upstream's `linalg::splitReduction`) into one whose
    chunks are parallel, into partial results, and one that adds those, and
    both are tiled. A chunk is the largest length of at most `chunk` and at
    least a quarter of it that divides the reduction, a multiple of 16
    where one does (400 iterations: 5 chunks of 80); without one the
    reduction stays whole. A loop shorter than its tile is one tile of its static
    size. The forall has a
    linear block mapping (`#gpu.block<linear_dim_k>`, the innermost loop
    fastest), so any number of loops fits a one-dimensional grid. An op
    without a parallel loop is reported. `convert-infini-to-gpu` runs the
    same step on the ops that no fused kernel covers.
  }];
  let options = [
    Option<"rows", "rows", "int64_t", /*default=*/"32",
           "Tile of the next-to-last parallel loop">,
    Option<"cols", "cols", "int64_t", /*default=*/"32",
           "Tile of the last parallel loop">,
    Option<"chunk", "chunk", "int64_t", /*default=*/"0",
           "Iterations per block of a longer reduction (0: never split)">,
  ];
  let dependentDialects = ["affine::AffineDialect", "gpu::GPUDialect",
                           "scf::SCFDialect", "tensor::TensorDialect"];
}

def InfiniDistributeToThreads : Pass<"infini-distribute-to-threads"> {
  let summary = "Spreads the linalg ops of block kernels over their threads";
  let description = [{
    Inside every block-mapped `scf.forall` on tensors, each linalg op (not in
    a thread-mapped forall already) is tiled with upstream's tiling driver
    into a *phase*: a thread-mapped `scf.forall` (linear mapping) of at most
    `threads` iterations over its parallel loops. Threads go to the
    innermost parallel loops first, each loop getting the largest divisor of
    the threads left that does not exceed its (constant upper bound of its)
    trip count, so that neighbouring threads touch neighbouring elements.
    Reductions stay whole in each thread.

    With `mma`, a matrix product that tensor cores compute instead becomes
    a *warp phase*: `C[m, n] += sum_k A[m, k] B[n, k]` (two parallel loops
    and one reduction, any operand layouts, rank-2 operands; loops of one
    iteration besides, such as a tile's batch and head, are dropped first
    with upstream's `dropUnitDims`) with A and B of one 16-bit float type
    (f16, bf16), or one of them f32, or without `mma-round-operands` both
    f32, C in f32, and static sizes that are
    multiples of 16 (m), 8 (n) and 16 (k), at most 512 along k. A
    `#gpu.warp<linear_dim_k>`-mapped `scf.forall` gives each of at most
    `threads` / 32 warps a block of whole 16 x 8 output tiles (at most 16;
    the warps' blocks as square as the tile counts allow), and its body is
    the warp's program on vectors: the accumulator tiles read once, then per
    step of 16 along k each A tile (16 x 16, in (m, k) order) and B tile
    (8 x 16, in (n, k) order) read once (their layouts in the reads'
    permutation maps) and extended to f32, one `vector.contract` per output
    tile, and the accumulators written back. `infini-gpu-vector-to-mma` maps
    the contracts onto the lanes of the warp (`ldmatrix`, `mma.sync`); any
    target can run the program as it is. An operand read from outside the
    kernel is first copied into a temporary of the kernel (a thread phase:
    on GPUs the warps then read it from shared memory with `ldmatrix`).
    An f32 operand whose partner is 16-bit is made 16-bit first, by an
    elementwise phase of its own: it is split into parts of the partner's
    type whose sum it is to f32 rounding (three in bf16, two in f16; each
    part the rounding of what the parts before it leave, an infinite part
    leaving 0; an operand whose parts would take more than 32 KiB stays a
    thread phase), and the warp program takes one contract per part and
    tile
    (what `convert-infini-to-gpu` does for the update's sigma(K)^T V, the
    memory state keeping f32 accuracy). Two f32 operands are both split
    into three bf16 parts, and the program keeps the six products of parts
    x_p y_q with p + q < 3. With `mma-round-operands`, an f32 operand with
    a 16-bit partner is rounded to the partner's type instead, and a
    product of two f32 operands is a thread phase (what
    `convert-infini-to-gpu` does in the attention kernels: P is rounded
    before P V, as FlashAttention does).
    Any other product is a thread phase as above.

    Then every `tensor.empty` in the block (a temporary of the kernel)
    becomes, per use, a `bufferization.alloc_tensor` of its constant upper
    bound sliced to its size: bufferization allocates static scratch only,
    and two results never share one buffer. A temporary without a constant
    upper bound is reported.
  }];
  let options = [
    Option<"threads", "threads", "int64_t", /*default=*/"128",
           "Threads per block (1 to 1024)">,
    Option<"mma", "mma", "bool", /*default=*/"false",
           "Products of 16-bit operands in whole MMA tiles become warp "
           "phases of 16x8x16 vector.contract tiles">,
    Option<"mmaRoundOperands", "mma-round-operands", "bool",
           /*default=*/"false",
           "With mma: round an f32 operand whose partner is 16-bit to the "
           "partner's type first">,
  ];
  let dependentDialects = ["affine::AffineDialect", "arith::ArithDialect",
                           "bufferization::BufferizationDialect",
                           "gpu::GPUDialect", "scf::SCFDialect",
                           "tensor::TensorDialect",
                           "vector::VectorDialect"];
}

def InfiniAllocateKernelScratch : Pass<"infini-allocate-kernel-scratch"> {
  let summary = "Turns the buffers allocated inside GPU kernels into scratch";
  let description = [{
    After bufferization, every `memref.alloc` inside a block-mapped
    `scf.forall` becomes a `memref.alloca` of the same static type at the top
    of the block body (scratch shared by the block's threads, which
    `infini-map-kernels-to-gpu` places in shared memory) or, inside a
    thread-mapped forall, at the top of the thread's body (private to the
    thread). A buffer of dynamic size (a copy of a partial tile, say) gets
    the constant upper bound of its size and becomes a view of that static
    scratch, where its users (linalg ops, copies, loads, stores) take any
    layout. Reported: a size without a constant upper bound, other users of
    such a buffer, and a buffer that a loop of the kernel carries from one
    iteration to the next (one scratch buffer cannot serve both iterations).
  }];
  let dependentDialects = ["memref::MemRefDialect"];
}

def InfiniGPUVectorToMMA : Pass<"infini-gpu-vector-to-mma"> {
  let summary = "Maps warp programs' 16x8x16 vector.contract tiles to "
                "mma.sync";
  let description = [{
    The warp phases of `infini-distribute-to-threads` (`mma`), once mapped
    to the GPU, compute products as `vector.contract` tiles of 16 x 8 x 16:
    A 16 x 16 in (m, k) order and B 8 x 16 in (n, k) order, both f16 or
    both bf16 read by `vector.transfer_read` (any permutation map of two
    memref dimensions) and maybe extended to f32, C 16 x 8 in f32. Each
    such contract inside a `gpu.launch` or `gpu.func` becomes one
    `nvvm.mma.sync` (m16n8k16, f32 accumulators) on the lanes of the warp,
    each lane holding its fragments of A, B and C as the PTX ISA lays them
    out (g = lane / 4, t = lane % 4):

    * A and B come from shared memory with `nvgpu.ldmatrix` (4 and 2
      8 x 8 blocks; `.trans` where the memref's contiguous dimension is m
      or n rather than k) when the memref's rows are 16-byte aligned (static
      strides and offset that are multiples of 8 elements, the index along
      the last dimension provably a multiple of 8); otherwise, and from
      global memory, each lane loads its 8 (A) or 4 (B) elements;
    * an accumulator read from memory is loaded once (4 values per lane),
      carried in registers through its chain of contracts, and stored by
      its `vector.transfer_write`.

    bf16 operands travel as 32-bit registers (upstream's
    `convert-vector-to-gpu` has no bf16 fragment type in LLVM 22). A
    contract in a kernel that is not such a tile, a tile not read from
    memory, or an accumulator used by anything but a chained contract or a
    write is reported. `convert-nvgpu-to-nvvm` lowers the `ldmatrix`.
  }];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "LLVM::LLVMDialect", "memref::MemRefDialect",
                           "nvgpu::NVGPUDialect", "NVVM::NVVMDialect",
                           "vector::VectorDialect"];
}

def InfiniMapKernelsToGPU : Pass<"infini-map-kernels-to-gpu"> {
  let summary = "Maps block/thread scf.forall kernels to gpu.launch";
  let description = [{
    Turns each bufferized `scf.forall` with `#gpu.block<...>` mapping (as
    `convert-infini-to-gpu` writes them) into a `gpu.launch`:

    * the grid is the forall's (possibly dynamic) trip counts (constant
      steps): on the mapped grid dimensions for `#gpu.block<x/y/z>`, or
      their product on grid x, delinearized, for a linear mapping
      (`#gpu.block<linear_dim_k>`, any number of loops). A launch with
      dynamic trip counts sits in an `scf.if` that skips it when one is 0:
      CUDA rejects empty grids;
    * the block has as many threads as the largest nested thread forall,
      or 32 times the largest warp forall (static trip counts; several
      loops need a linear mapping), rounded up to whole warps when there is
      a warp forall; smaller ones run on the first threads (warps);
    * every static `memref.alloca` directly in the block body is per-block
      scratch and becomes a slice of the launch's dynamic shared memory
      (`gpu.dynamic_shared_memory` + `memref.view`, 16-byte aligned). Two
      buffers share bytes when every use of each is inside a phase and the
      ops of the block body that hold their uses do not overlap (every
      phase ends with a barrier); larger buffers are placed first, each at
      the lowest offset no live buffer overlaps. The launch requests the
      bytes that takes, which must not exceed `max-shared-memory`;
    * the thread and warp foralls are distributed over the threads (warps)
      with upstream's forall-to-threads mapping, with a `gpu.barrier` after
      each.

    Anything it cannot map (a non-static scratch buffer, a scratch buffer
    used by something other than loads, stores and vector transfers, a thread forall of
    dynamic size or of more than 1024 threads, too much shared memory) is
    reported on the forall.
  }];
  let options = [
    Option<"maxSharedMemory", "max-shared-memory", "int64_t",
           /*default=*/"232448",
           "Most shared memory a block may use, in bytes (sm_90: 227 KiB)">,
  ];
  let dependentDialects = ["arith::ArithDialect", "gpu::GPUDialect",
                           "memref::MemRefDialect", "scf::SCFDialect"];
}

def InfiniHoistStaticAllocas : Pass<"infini-hoist-static-allocas"> {
  let summary = "Moves allocas out of sequential loops to the function entry";
  let description = [{
    Each static `memref.alloca` inside loops that no terminator hands on
    (to a later iteration or out of its region) moves to its function's entry block, so that a loop allocates it
    once instead of growing the stack on every iteration. Reusing the memory
    across iterations is what the program means only when the iterations do
    not overlap: only allocas nested in `scf.for`, `scf.while` and `scf.if`
    move; those under a parallel loop, a kernel or any other op stay. The CPU pipeline runs it for `gpu-kernels`, whose block scratch
    sits inside the (then sequential) loops over blocks and segments.
  }];
  let dependentDialects = ["memref::MemRefDialect"];
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

def InfiniReadOnlyInputs : Pass<"infini-read-only-inputs", "ModuleOp"> {
  let summary = "Marks the tensor arguments of public functions read-only";
  let description = [{
    Sets `bufferization.writable = false` on every tensor argument of each
    public `func.func` with a body that does not say otherwise, so that
    one-shot bufferization with function boundaries copies an input before
    writing to it instead of updating the caller's buffer. Without it,
    bufferization takes a public function's arguments to be writable: a
    layer's memory update would run in place in the caller's initial state
    (`M`, `z`), and the state passed in would be gone after the call. The
    NVIDIA pipeline runs it because its calling convention reads inputs and
    writes results into separate buffers; an argument that already carries
    `bufferization.writable` keeps its value, and one marked `true` is also
    marked `infini.in_place`, for `infini-in-place-results` after
    bufferization (which drops the attribute).
  }];
  let dependentDialects = ["bufferization::BufferizationDialect"];
}

def InfiniInPlaceResults : Pass<"infini-in-place-results", "ModuleOp"> {
  let summary = "Drops the results that are arguments updated in place";
  let description = [{
    Runs on buffers, before `buffer-results-to-out-params`. A public
    function's argument marked `infini.in_place` (a tensor argument its
    caller marked `bufferization.writable = true`, which
    `infini-read-only-inputs` records) is updated in place by one-shot
    bufferization; a result that returns that argument's buffer (directly
    or through `memref.cast`) is removed from the signature, so it gets no
    out-parameter and no copy into one: the caller's buffer holds it. A
    stream's state in a decode loop is the use: without this, each step
    copied its caches into the results. Calls in the module use the
    argument instead of the dropped result. Upstream's
    `drop-equivalent-buffer-results` does the same for private functions
    only and for every argument, also one returned unchanged that the caller
    expects in an out-parameter; this pass changes a public signature only
    where the caller asked for in-place updates. Every `infini.in_place`
    attribute is removed.
  }];
  let dependentDialects = ["memref::MemRefDialect"];
}

def InfiniGPUContractProducts
    : Pass<"infini-gpu-contract-products", "gpu::GPUModuleOp"> {
  let summary = "Lets the multiply-adds of GPU kernels fuse into FMAs";
  let description = [{
    Adds the `contract` fast-math flag to every `arith.mulf`, `arith.addf`
    and `arith.subf` in the kernels of a `gpu.module`, which allows a product
    and the sum it feeds to be computed with one rounding. Upstream's
    `math-uplift-to-fma`, which the NVIDIA pipeline runs next, then turns
    each `addf` of a single-use `mulf` into `math.fma`. Without the flag
    NVPTX rounds the product and the sum separately and marks both
    (`mul.rn.f32`, `add.rn.f32`) so that ptxas must not fuse them either:
    a dot product costs two instructions per term instead of one. Nothing
    else is contracted (no reassociation, no approximate functions); the
    CPU pipeline does not run this pass.
  }];
  let dependentDialects = ["arith::ArithDialect"];
}

def InfiniExternDynamicSharedMemory
    : Pass<"infini-extern-dynamic-shared-memory", "gpu::GPUModuleOp"> {
  let summary = "Declares a kernel module's dynamic shared memory extern";
  let description = [{
    `convert-gpu-to-nvvm` lowers `gpu.dynamic_shared_memory` to an
    *internal* zero-sized global in the shared address space
    (`llvm.mlir.global internal @__dynamic_shmem__0() {addr_space = 3}
    : !llvm.array<0 x i8>`). NVPTX cannot emit an internal array of no
    elements, so it emits a one-byte static variable
    (`.shared .align 16 .b8 __dynamic_shmem__0;`): the kernels then index
    past the end of a static object into the dynamic area behind it, and
    ptxas counts that byte (padded to the alignment) as static shared memory.
    This pass gives every zero-sized, uninitialized shared global of the
    module external linkage, so that the PTX declares what CUDA defines for
    dynamic shared memory, an extern array of unknown size:
    `.extern .shared .align 16 .b8 __dynamic_shmem__0[];`.
  }];
  let dependentDialects = ["LLVM::LLVMDialect"];
}

def InfiniGPUSingleStream : Pass<"infini-gpu-single-stream", "ModuleOp"> {
  let summary = "Puts each host function's GPU work on one stream";
  let description = [{
    Makes the GPU operations of every host function (launches, copies,
    allocations, frees) asynchronous on one chain of `!gpu.async.token`s: a
    `gpu.wait async` before the first of them creates the stream, each
    operation depends on the one before, and an `scf.for` or `scf.if` that
    holds GPU work carries the token as an iteration argument or result. The
    host waits for the stream once, before each `func.return`, and before any
    host operation that may touch memory or call out while GPU work is
    pending (a `func.call`, say), as upstream's `gpu-async-region` does.

    Upstream's `gpu-async-region` instead gives every block its own stream
    and waits at its end: a loop of launches costs a stream and a host
    synchronization per iteration, which the segment loop of a layer cannot
    afford. The chain here is exact under the GPU dialect's semantics. Under
    `gpu-to-llvm` a token is the stream it was made on, but a synchronous
    `gpu.wait` on a token that reaches it through a block argument (a loop's
    result after `convert-scf-to-cf`) is lowered as an event wait. So the
    final waits are emitted as calls of `mgpuStreamSynchronize` and
    `mgpuStreamDestroy` on the token, cast to `!llvm.ptr`; `gpu-to-llvm`
    turns the token into that pointer and `reconcile-unrealized-casts`
    removes the casts.

    A function that already uses async tokens or `gpu.wait` is left as it
    is. GPU work inside any other region operation (`scf.while`, say) is
    reported.
  }];
  let dependentDialects = ["gpu::GPUDialect", "LLVM::LLVMDialect"];
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

def InfiniCheckNVVMTarget : Pass<"infini-check-nvvm-target", "ModuleOp"> {
  let summary = "Fails early when the NVVM target options do not fit together";
  let description = [{
    Checks the options that `infini-lower-to-nvvm` hands to
    `nvvm-attach-target` and `gpu-module-to-binary`, before any work: `chip`
    must be an architecture LLVM's NVPTX backend knows, a PTX version in
    `features` (`+ptxNN`) must be one that chip supports (LLVM otherwise
    kills the process with `LLVM ERROR`; the message says what to pass),
    `format` must be one of gpu-module-to-binary's (which reports an unknown
    one without failing), `opt-level` at most 3 and `max-shared-memory` at
    least 0.
  }];
  let options = [
    Option<"chip", "chip", "std::string", /*default=*/"\"sm_90\"",
           "GPU architecture (sm_XX)">,
    Option<"features", "features", "std::string", /*default=*/"\"\"",
           "PTX features (+ptxNN, ...)">,
    Option<"format", "format", "std::string", /*default=*/"\"fatbin\"",
           "Kernel binary format">,
    Option<"optLevel", "opt-level", "unsigned", /*default=*/"3",
           "NVPTX optimization level">,
    Option<"maxSharedMemory", "max-shared-memory", "int64_t",
           /*default=*/"0", "Most shared memory per block (0: the chip's)">,
  ];
}

#endif // INFINI_CODEGEN_GPU_PASSES_TD
