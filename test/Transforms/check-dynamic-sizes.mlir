// RUN: infini-opt %s -infini-check-dynamic-sizes -split-input-file | FileCheck %s
// RUN: infini-opt %s -infini-check-dynamic-sizes -split-input-file | FileCheck %s --check-prefix=NOT

// Tokens may be 0: never checked against 0.
// NOT-NOT: N of '{{.*}} is 0

// Dynamic batch and tokens: each operand's size is compared with the
// query's, after checking the query's batch is not 0. Tokens may be 0.
// CHECK-DAG: llvm.func @write(i32, !llvm.ptr, i64) -> i64
// CHECK-DAG: llvm.func @abort()
// CHECK-DAG: @[[B0:infini_size_check[_0-9]*]]("infini: infini.local_attention at {{.*}}check-dynamic-sizes.mlir:[[#LOCAL:]]:8: B of 'query' (dimension 0) is 0; only the token count may be 0\0A")
// CHECK-DAG: @[[BK:infini_size_check[_0-9]*]]("infini: infini.local_attention at {{.*}}:[[#LOCAL]]:8: B of 'key' (dimension 0) differs from that of 'query' (dimension 0)\0A")
// CHECK-DAG: @[[NV:infini_size_check[_0-9]*]]("infini: infini.local_attention at {{.*}}:[[#LOCAL]]:8: N of 'value' (dimension 2) differs from that of 'query' (dimension 2)\0A")
// CHECK-LABEL: func.func @local(
// CHECK-SAME: %[[Q:.*]]: tensor<?x2x?x4xf32>, %[[K:.*]]: tensor<?x2x?x4xf32>, %[[V:.*]]: tensor<?x2x?x4xf32>
// CHECK: %[[QB:.*]] = tensor.dim %[[Q]], %c0
// CHECK: %[[NZ:.*]] = arith.cmpi ne, %[[QB]], %c0
// CHECK: %[[BAD:.*]] = arith.xori %[[NZ]], %true
// CHECK: scf.if %[[BAD]] {
// CHECK:   llvm.mlir.addressof @[[B0]]
// CHECK:   llvm.call @write(
// CHECK:   llvm.call @abort()
// CHECK: %[[KB:.*]] = tensor.dim %[[K]], %c0
// CHECK: arith.cmpi eq, %[[KB]], %[[QB]]
// CHECK: llvm.mlir.addressof @[[BK]]
// CHECK: llvm.mlir.addressof @[[NV]]
// CHECK: infini.local_attention %[[Q]], %[[K]], %[[V]]
func.func @local(%q: tensor<?x2x?x4xf32>, %k: tensor<?x2x?x4xf32>, %v: tensor<?x2x?x4xf32>) -> tensor<?x2x?x4xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32>, tensor<?x2x?x4xf32> -> tensor<?x2x?x4xf32>
  return %l : tensor<?x2x?x4xf32>
}

// -----

// A static size is the reference; a static result is compared too (its
// size is a claim the kernels' output must meet).
// CHECK-DAG: ("infini: infini.memory_retrieve at {{.*}}: H of 'query' (dimension 1) differs from that of 'result' (dimension 1)\0A")
// CHECK-DAG: ("infini: infini.memory_retrieve at {{.*}}: Hkv of 'memory' (dimension 1) is 0; only the token count may be 0\0A")
// CHECK-DAG: ("infini: infini.memory_retrieve at {{.*}}: Hkv of 'norm' (dimension 1) differs from that of 'memory' (dimension 1)\0A")
// CHECK-DAG: ("infini: infini.memory_retrieve at {{.*}}: H of 'query' (dimension 1) is not a multiple of Hkv of 'memory' (dimension 1)\0A")
// CHECK-LABEL: func.func @gqa(
// CHECK: %[[HKV:.*]] = tensor.dim %arg1, %c1
// CHECK: %[[DIV:.*]] = arith.maxui %[[HKV]], %c1{{.*}}
// CHECK: %[[REM:.*]] = arith.remui %c4, %[[DIV]]
// CHECK: arith.cmpi eq, %[[REM]], %c0
// CHECK: infini.memory_retrieve
func.func @gqa(%q: tensor<1x?x8x4xf32>, %m: tensor<1x?x4x4xf32>, %z: tensor<1x?x4xf32>) -> tensor<1x4x8x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x?x8x4xf32>, tensor<1x?x4x4xf32>, tensor<1x?x4xf32> -> tensor<1x4x8x4xf32>
  return %r : tensor<1x4x8x4xf32>
}

// -----

// Ops in a nested module get their messages and write/abort there, where
// their references resolve.
// CHECK-LABEL: module @inner
// CHECK: llvm.mlir.global internal constant @infini_size_check
// CHECK: llvm.func @write
// CHECK: func.func @local_in_nested_module
module @inner {
  func.func @local_in_nested_module(%q: tensor<1x2x?x4xf32>, %k: tensor<1x2x?x4xf32>, %v: tensor<1x2x?x4xf32>) -> tensor<1x2x?x4xf32> {
    %l = infini.local_attention %q, %k, %v : tensor<1x2x?x4xf32>, tensor<1x2x?x4xf32>, tensor<1x2x?x4xf32> -> tensor<1x2x?x4xf32>
    return %l : tensor<1x2x?x4xf32>
  }
}

// -----

// A stream's positions are checked to be >= 0 before the chunk, one by one
// (all sizes static: no size check).
// CHECK-DAG: @[[NEG:infini_size_check[_0-9]*]]("infini: infini.attention_chunk at {{.*}}check-dynamic-sizes.mlir:[[#CHUNK:]]:{{[0-9]+}}: a 'position' is negative\0A")
// CHECK-LABEL: func.func @chunk(
// CHECK-SAME: %[[P:[^:]+]]: tensor<2xi64>
// CHECK: scf.for %[[I:.*]] = %c0 to %{{.*}} step %c1 {
// CHECK:   %[[X:.*]] = tensor.extract %[[P]][%[[I]]]
// CHECK:   %[[OK:.*]] = arith.cmpi sge, %[[X]], %c0_i64
// CHECK:   %[[BAD:.*]] = arith.xori %[[OK]], %true
// CHECK:   scf.if %[[BAD]] {
// CHECK:     llvm.mlir.addressof @[[NEG]]
// CHECK: infini.attention_chunk
func.func @chunk(%q: tensor<2x2x1x4xf32>, %k: tensor<2x1x1x4xf32>, %m: tensor<2x1x4x4xf32>,
                 %z: tensor<2x1x4xf32>, %g: tensor<2xf32>, %c: tensor<2x1x8x4xf32>, %p: tensor<2xi64>)
    -> tensor<2x2x1x4xf32> {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %k, %m, %z, %g
      segment(%m, %z) cache(%c, %c) position(%p)
      : tensor<2x2x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x1x4xf32>, tensor<2x1x4x4xf32>, tensor<2x1x4xf32>,
        tensor<2xf32>, tensor<2x1x4x4xf32>, tensor<2x1x4xf32>, tensor<2x1x8x4xf32>, tensor<2x1x8x4xf32>, tensor<2xi64>
      -> tensor<2x2x1x4xf32>
  return %o : tensor<2x2x1x4xf32>
}
