// RUN: infini-opt %s -infini-check-dynamic-sizes --allow-unregistered-dialect | FileCheck %s
// RUN: infini-opt %s -convert-infini-to-gpu --allow-unregistered-dialect | FileCheck %s --check-prefix=GPU
// GPU: "foo.bar"() : () -> ()

// All sizes static: the verifier has checked them, nothing is added. Nor
// for ops of other dialects, unregistered ones included.
// CHECK-NOT: infini_size_check
// CHECK-NOT: llvm.func @write
// CHECK-LABEL: func.func @static(
// CHECK-NOT: scf.if
// CHECK: infini.memory_retrieve
// CHECK-NOT: scf.if
// CHECK-LABEL: func.func @unregistered(
// CHECK-NEXT: "foo.bar"() : () -> ()
func.func @static(%q: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>) -> tensor<1x2x8x4xf32> {
  %r = infini.memory_retrieve %q, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32> -> tensor<1x2x8x4xf32>
  return %r : tensor<1x2x8x4xf32>
}

func.func @unregistered() {
  "foo.bar"() : () -> ()
  return
}
