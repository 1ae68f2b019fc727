// Runs each primitive through infini-lower-to-cpu and mlir-runner. Expected
// numbers are SPEC's equations evaluated by hand in float64 (six significant
// digits, as printMemrefF32 prints them).
// RUN: infini-opt %s -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @print4(%t: tensor<1x1x?x2xf32>) {
  %u = tensor.cast %t : tensor<1x1x?x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @print3(%t: tensor<1x1x?xf32>) {
  %u = tensor.cast %t : tensor<1x1x?xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

func.func @main() {
  %q = arith.constant dense<[[[[0.5, -1.0], [2.0, 0.25]]]]> : tensor<1x1x2x2xf32>
  %m = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x1x2x2xf32>
  %z = arith.constant dense<[[[1.0, 2.0]]]> : tensor<1x1x2xf32>
  %zero_m = arith.constant dense<0.0> : tensor<1x1x2x2xf32>
  %zero_z = arith.constant dense<0.0> : tensor<1x1x2xf32>

  // sigma([0.5, -1]) = [1.5, e^-1]: ([1.5 + 3/e, 3 + 4/e]) / (1.5 + 2/e)
  // CHECK: [1.16454, 2]
  // CHECK-NEXT: [1.22727, 2]
  %r = infini.memory_retrieve %q, %m, %z
      : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2xf32> -> tensor<1x1x2x2xf32>
  %r_ = tensor.cast %r : tensor<1x1x2x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%r_) : (tensor<1x1x?x2xf32>) -> ()

  // An empty memory reads as exactly zero, not NaN.
  // CHECK: [0, 0]
  // CHECK-NEXT: [0, 0]
  %r0 = infini.memory_retrieve %q, %zero_m, %zero_z
      : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2xf32> -> tensor<1x1x2x2xf32>
  %r0_ = tensor.cast %r0 : tensor<1x1x2x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%r0_) : (tensor<1x1x?x2xf32>) -> ()

  %k = arith.constant dense<[[[[0.5, -1.0], [-0.25, 0.75], [1.5, 0.0]]]]> : tensor<1x1x3x2xf32>
  %v = arith.constant dense<[[[[1.0, -2.0], [0.5, 3.0], [-1.0, 0.25]]]]> : tensor<1x1x3x2xf32>
  // CHECK: [0.3894, 1.9614]
  // CHECK-NEXT: [3.24288, 8.76424]
  // CHECK: [5.7788, 5.11788]
  %ml, %zl = infini.memory_update %k, %v, %m, %z
      : tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2xf32>
      -> tensor<1x1x2x2xf32>, tensor<1x1x2xf32>
  %ml_ = tensor.cast %ml : tensor<1x1x2x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%ml_) : (tensor<1x1x?x2xf32>) -> ()
  %zl_ = tensor.cast %zl : tensor<1x1x2xf32> to tensor<1x1x?xf32>
  call @print3(%zl_) : (tensor<1x1x?xf32>) -> ()

  // The delta rule stores V minus what the memory already returns for K.
  // CHECK: [-5.5103, -7.5962]
  // CHECK-NEXT: [-0.873492, 2.52848]
  // CHECK: [5.7788, 5.11788]
  %md, %zd = infini.memory_update %k, %v, %m, %z rule = delta
      : tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2xf32>
      -> tensor<1x1x2x2xf32>, tensor<1x1x2xf32>
  %md_ = tensor.cast %md : tensor<1x1x2x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%md_) : (tensor<1x1x?x2xf32>) -> ()
  %zd_ = tensor.cast %zd : tensor<1x1x2xf32> to tensor<1x1x?xf32>
  call @print3(%zd_) : (tensor<1x1x?xf32>) -> ()

  %ql = arith.constant dense<[[[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]]]> : tensor<1x1x3x2xf32>
  %kl = arith.constant dense<[[[[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]]]> : tensor<1x1x3x2xf32>
  %vl = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]]]> : tensor<1x1x3x2xf32>
  // Causal: token 0 sees only itself; token 2 has equal scores everywhere.
  // CHECK: [1, 2]
  // CHECK-NEXT: [2.33952, 3.33952]
  // CHECK-NEXT: [3, 4]
  %a = infini.local_attention %ql, %kl, %vl
      : tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32> -> tensor<1x1x3x2xf32>
  %a_ = tensor.cast %a : tensor<1x1x3x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%a_) : (tensor<1x1x?x2xf32>) -> ()
  // 2.15897503 in float64 sits on the rounding edge of the 6th digit.
  // CHECK: [{{2.1589[78]}}, {{3.1589[78]}}]
  // CHECK-NEXT: [3.3094, 4.3094]
  // CHECK-NEXT: [3, 4]
  %an = infini.local_attention %ql, %kl, %vl scale = 2.0 causal = false
      : tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32>, tensor<1x1x3x2xf32> -> tensor<1x1x3x2xf32>
  %an_ = tensor.cast %an : tensor<1x1x3x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%an_) : (tensor<1x1x?x2xf32>) -> ()

  // sigmoid(0) = 1/2: the mean of both read-outs, (q + m) / 2.
  // CHECK: [0.75, 0.5]
  // CHECK-NEXT: [2.5, 2.125]
  %beta = arith.constant dense<[0.0]> : tensor<1xf32>
  %c = infini.gated_combine %q, %m, %beta
      : tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>, tensor<1xf32> -> tensor<1x1x2x2xf32>
  %c_ = tensor.cast %c : tensor<1x1x2x2xf32> to tensor<1x1x?x2xf32>
  call @print4(%c_) : (tensor<1x1x?x2xf32>) -> ()
  return
}
