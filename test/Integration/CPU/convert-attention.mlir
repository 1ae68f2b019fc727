// Softmax attention written in linalg (rank 3, batch_matmul with a
// transposed K, a constant scale, a causal mask by indices, linalg.softmax)
// converted by infini-convert-attention and run: with one segment covering
// the input and the default gate logits, the result is the original
// attention. Expected numbers: causal softmax attention evaluated in
// float64 from the inputs below (six significant digits, as printMemrefF32
// prints them).
// RUN: infini-opt %s -infini-convert-attention=segment-len=4 -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @attention(%q: tensor<2x4x2xf32>, %k: tensor<2x4x2xf32>, %v: tensor<2x4x2xf32>) -> tensor<2x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %scale = arith.constant 0.7 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %et = tensor.empty() : tensor<2x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<2x4x2xf32>) outs(%et : tensor<2x2x4xf32>) permutation = [0, 2, 1]
  %es = tensor.empty() : tensor<2x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<2x4x2xf32>, tensor<2x2x4xf32>) outs(%fs : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %scaled = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%s : tensor<2x4x4xf32>) outs(%es : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %c: f32):
    %r = arith.mulf %a, %scale : f32
    linalg.yield %r : f32
  } -> tensor<2x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled : tensor<2x4x4xf32>) outs(%es : tensor<2x4x4xf32>) {
  ^bb0(%a: f32, %c: f32):
    %t = linalg.index 1 : index
    %u = linalg.index 2 : index
    %future = arith.cmpi ugt, %u, %t : index
    %r = arith.select %future, %ninf, %a : f32
    linalg.yield %r : f32
  } -> tensor<2x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<2x4x4xf32>) outs(%es : tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %eo = tensor.empty() : tensor<2x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<2x4x4xf32>, tensor<2x4x2xf32>) outs(%fo : tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
  return %o : tensor<2x4x2xf32>
}

func.func @main() {
  %q = arith.constant dense<[[[-0.5,-0.4],[0.0,0.1],[0.5,0.6],[1.0,1.1]],[[0.0,0.1],[1.0,1.1],[-0.5,-0.4],[0.5,0.6]]]> : tensor<2x4x2xf32>
  %k = arith.constant dense<[[[0.9,1.1],[-0.6,-0.4],[-0.0,0.2],[0.6,0.8]],[[-0.3,-0.1],[0.6,0.8],[-0.6,-0.4],[0.3,0.5]]]> : tensor<2x4x2xf32>
  %v = arith.constant dense<[[[0.25,0.4],[-0.5,-0.35],[0.25,0.4],[-0.5,-0.35]],[[0.5,0.65],[0.0,0.15],[-0.5,-0.35],[0.5,0.65]]]> : tensor<2x4x2xf32>
  %o = call @attention(%q, %k, %v) : (tensor<2x4x2xf32>, tensor<2x4x2xf32>, tensor<2x4x2xf32>) -> tensor<2x4x2xf32>
  %u = tensor.cast %o : tensor<2x4x2xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
// CHECK: [0.25, 0.4]
// CHECK-NEXT: [-0.105331, 0.0446694]
// CHECK-NEXT: [0.11982, 0.26982]
// CHECK-NEXT: [-0.029821, 0.120179]
// CHECK-NEXT: [0.5, 0.65]
// CHECK-NEXT: [0.10516, 0.25516]
// CHECK-NEXT: [-0.0374813, 0.112519]
// CHECK-NEXT: [0.166661, 0.316661]
