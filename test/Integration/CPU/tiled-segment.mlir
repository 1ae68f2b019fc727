// One segment tiled with upstream transform ops through the infini ops'
// TilingInterface (gated_combine tiled by groups of query heads, retrieval
// and local attention fused into the loop), then lowered and run. Expected
// numbers are SPEC's equations evaluated by hand in float64.
// RUN: infini-opt %s -transform-preload-library=transform-library-paths=%S/Inputs/tile-segment-by-head-group.mlir \
// RUN:     -transform-interpreter \
// RUN: | infini-opt -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @segment(%q: tensor<1x4x3x2xf32>, %k: tensor<1x2x3x2xf32>, %v: tensor<1x2x3x2xf32>,
                   %m: tensor<1x2x2x2xf32>, %z: tensor<1x2x2xf32>, %g: tensor<4xf32>)
    -> tensor<1x4x3x2xf32> {
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x4x3x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2xf32> -> tensor<1x4x3x2xf32>
  %l = infini.local_attention %q, %k, %v
      : tensor<1x4x3x2xf32>, tensor<1x2x3x2xf32>, tensor<1x2x3x2xf32> -> tensor<1x4x3x2xf32>
  %c = infini.gated_combine %r, %l, %g
      : tensor<1x4x3x2xf32>, tensor<1x4x3x2xf32>, tensor<4xf32> -> tensor<1x4x3x2xf32>
  return %c : tensor<1x4x3x2xf32>
}

func.func @main() {
  %q = arith.constant dense<[[[[0.5, -1.0], [1.0, 0.5], [-0.5, 0.25]],
                              [[0.25, 0.75], [-1.0, 1.0], [2.0, -0.5]],
                              [[1.5, 0.5], [0.0, -0.75], [0.5, 0.5]],
                              [[-0.25, -1.0], [0.75, 0.25], [1.0, 1.0]]]]> : tensor<1x4x3x2xf32>
  %k = arith.constant dense<[[[[1.0, 0.0], [0.0, 1.0], [0.5, -0.5]],
                              [[-1.0, 0.5], [0.25, 0.25], [0.5, 1.5]]]]> : tensor<1x2x3x2xf32>
  %v = arith.constant dense<[[[[1.0, 2.0], [-1.0, 0.5], [0.25, -0.75]],
                              [[0.5, -0.25], [2.0, 1.0], [-1.5, 0.75]]]]> : tensor<1x2x3x2xf32>
  %m = arith.constant dense<[[[[1.0, -0.5], [0.25, 2.0]], [[0.5, 0.5], [-1.0, 1.5]]]]> : tensor<1x2x2x2xf32>
  %z = arith.constant dense<[[[2.0, 1.5], [1.0, 3.0]]]> : tensor<1x2x2xf32>
  %g = arith.constant dense<[0.5, -1.0, 2.0, 0.0]> : tensor<4xf32>
  %out = call @segment(%q, %k, %v, %m, %z, %g)
      : (tensor<1x4x3x2xf32>, tensor<1x2x3x2xf32>, tensor<1x2x3x2xf32>, tensor<1x2x2x2xf32>,
         tensor<1x2x2xf32>, tensor<4xf32>) -> tensor<1x4x3x2xf32>
  // Heads 0 and 1 read kv head 0, heads 2 and 3 kv head 1.
  // CHECK: [0.656535, 0.752586]
  // CHECK-NEXT: [0.302588, 0.720653]
  // CHECK-NEXT: [0.142795, 0.644955]
  // 0.819612461 in float64 is 4e-8 from the rounding edge of the 6th digit.
  // CHECK-NEXT: [{{0.81961[23]}}, 1.61299]
  // CHECK-NEXT: [-0.382632, 0.854712]
  // CHECK-NEXT: [0.528436, 0.672067]
  // CHECK-NEXT: [0.0281444, 0.410598]
  // CHECK-NEXT: [0.164991, 0.490031]
  // CHECK-NEXT: [-0.117043, 0.513955]
  // CHECK-NEXT: [0.255716, 0.125]
  // CHECK-NEXT: [0.703354, 0.531204]
  // CHECK-NEXT: [-0.300541, 0.597261]
  %u = tensor.cast %out : tensor<1x4x3x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
