// REQUIRES: cuda-toolkit
// RUN: infini-opt %s -infini-lower-to-nvvm="format=isa emit-c-interface" | FileCheck %s

// A decode step whose caller keeps the stream's state in place: the state
// arguments are writable, so the kernels update the caller's buffers and
// the six state results are not returned (infini-in-place-results). The C
// interface takes the 11 inputs, then out-parameters for the result and the
// new positions only, and the step launches its three kernels and the
// positions' one: no copies of the caches into results.
// CHECK-LABEL: llvm.func @step(
// CHECK-COUNT-4: gpu.launch_func
// CHECK-NOT: gpu.launch_func
// CHECK: llvm.return
// CHECK-LABEL: llvm.func @_mlir_ciface_step(
// CHECK-SAME: %arg11: !llvm.ptr, %arg12: !llvm.ptr) attributes
func.func @step(%q: tensor<2x4x1x8xbf16>, %k: tensor<2x2x1x8xbf16>, %v: tensor<2x2x1x8xbf16>,
                %m: tensor<2x2x8x8xf32> {bufferization.writable = true},
                %z: tensor<2x2x8xf32> {bufferization.writable = true}, %g: tensor<4xf32>,
                %sm: tensor<2x2x8x8xf32> {bufferization.writable = true},
                %sz: tensor<2x2x8xf32> {bufferization.writable = true},
                %kc: tensor<2x2x16x8xbf16> {bufferization.writable = true},
                %vc: tensor<2x2x16x8xbf16> {bufferization.writable = true}, %p: tensor<2xi64>)
    -> (tensor<2x4x1x8xbf16>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>, tensor<2xi64>) {
  %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 = infini.attention_chunk %q, %k, %v, %m, %z, %g
      segment(%sm, %sz) cache(%kc, %vc) position(%p) rule = delta
      : tensor<2x4x1x8xbf16>, tensor<2x2x1x8xbf16>, tensor<2x2x1x8xbf16>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<4xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>,
        tensor<2x2x16x8xbf16>, tensor<2x2x16x8xbf16>, tensor<2xi64> -> tensor<2x4x1x8xbf16>
  return %o, %m1, %z1, %sm1, %sz1, %kc1, %vc1, %p1 : tensor<2x4x1x8xbf16>, tensor<2x2x8x8xf32>,
        tensor<2x2x8xf32>, tensor<2x2x8x8xf32>, tensor<2x2x8xf32>, tensor<2x2x16x8xbf16>,
        tensor<2x2x16x8xbf16>, tensor<2xi64>
}
