// A function compiled for dynamic sizes, called through its C interface with
// operands whose sizes disagree, reports which and stops before the kernels
// run (infini-check-dynamic-sizes, on by default in the CPU pipeline).
// RUN: infini-opt %s -infini-lower-to-cpu="parallel=false" \
// RUN: | mlir-translate -mlir-to-llvmir -o %t.ll
// RUN: llc -O2 -filetype=obj -relocation-model=pic %t.ll -o %t.o
// RUN: %clangxx %S/Inputs/call-local-dynamic.cpp %t.o -fuse-ld=lld -o %t.exe
// RUN: %t.exe right | FileCheck %s --check-prefix=RIGHT
// RUN: not --crash %t.exe wrong-tokens 2>&1 | FileCheck %s --check-prefix=TOKENS
// RUN: not --crash %t.exe wrong-heads 2>&1 | FileCheck %s --check-prefix=HEADS
// RUN: not --crash %t.exe zero-kv-heads 2>&1 | FileCheck %s --check-prefix=ZERO
// RUN: infini-opt %s -infini-lower-to-cpu="check-dynamic-sizes=false" | FileCheck %s --check-prefix=OFF

// RIGHT: out: 1x4x4x4, out[0] = 0.75
// TOKENS: infini: infini.local_attention at {{.*}}dynamic-size-check.mlir:[[@LINE+6]]:8: N of 'key' (dimension 2) differs from that of 'query' (dimension 2)
// HEADS: infini: infini.local_attention at {{.*}}dynamic-size-check.mlir:[[@LINE+5]]:8: H of 'query' (dimension 1) is not a multiple of Hkv of 'key' (dimension 1)
// ZERO: infini: infini.local_attention at {{.*}}dynamic-size-check.mlir:[[@LINE+4]]:8: Hkv of 'key' (dimension 1) is 0; only the token count may be 0
// OFF-NOT: infini_size_check
func.func @gqa_local(%q: tensor<1x?x?x4xf32>, %k: tensor<1x?x?x4xf32>, %v: tensor<1x?x?x4xf32>)
    -> tensor<1x?x?x4xf32> {
  %o = infini.local_attention %q, %k, %v
      : tensor<1x?x?x4xf32>, tensor<1x?x?x4xf32>, tensor<1x?x?x4xf32> -> tensor<1x?x?x4xf32>
  return %o : tensor<1x?x?x4xf32>
}
