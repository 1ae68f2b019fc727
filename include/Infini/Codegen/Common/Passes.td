//===- Passes.td - infini codegen passes of both targets ---*- tablegen -*-===//

#ifndef INFINI_CODEGEN_COMMON_PASSES_TD
#define INFINI_CODEGEN_COMMON_PASSES_TD

include "mlir/Pass/PassBase.td"

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

def InfiniDecomposeLinalgAggregates : Pass<"infini-decompose-linalg-aggregates"> {
  let summary = "Decomposes linalg.softmax (and other aggregate linalg ops) into linalg.generic";
  let description = [{
    Replaces every op of the linalg dialect that implements
    `linalg::AggregatedOpInterface` (`linalg.softmax`: a maximum, an
    exponential, a sum and a division) by the ops its
    `decomposeOperation` builds, which the rest of a pipeline lowers like
    any other. Upstream has the interface and a transform op
    (`transform.structured.decompose_interface`) but no pass. infini ops,
    which implement the interface too, are left to the infini conversions
    and their fused kernels.
  }];
  let dependentDialects = ["linalg::LinalgDialect"];
}

def InfiniCheckLowered : Pass<"infini-check-lowered", "ModuleOp"> {
  let summary = "Fails when a pipeline's output holds an op it did not lower";
  let description = [{
    The last pass of `infini-lower-to-cpu` and `infini-lower-to-nvvm`:
    reports the first op whose name starts with none of the `accept`
    prefixes (besides `builtin.module`), naming it and the pipeline, and
    fails. A pipeline that cannot lower an op then fails with a diagnostic
    instead of exiting 0 with the op in its output.
  }];
  let options = [
    Option<"pipeline", "pipeline", "std::string",
           /*default=*/"\"the pipeline\"", "The pipeline named in the message">,
    ListOption<"accept", "accept", "std::string",
               "Prefixes of the op names the output may hold (e.g. llvm.)">,
  ];
}

#endif // INFINI_CODEGEN_COMMON_PASSES_TD
