

// Rank 3 ([B*H, T, D]): linalg.transpose of K and batch_matmul, division by
// a splat constant, the add of a constant causal mask, batch_matmul for P V.
// The op sees [1, B*H, T, D].
// CHECK-LABEL: func.func @batch_matmul_form
// CHECK: %[[Q4:.*]] = tensor.expand_shape %arg0 {{\[}}[0, 1], [2], [3]] output_shape [1, 3, 4, 2]
// CHECK: %[[O:.*]], %{{.*}}, %{{.*}} = infini.attention %[[Q4]], {{.*}} segment_len = 4 scale = 2.500000e-01
// CHECK: %[[O3:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x3x4x2xf32> into tensor<3x4x2xf32>
// CHECK: return %[[O3]]
func.func @batch_matmul_form(%q: tensor<3x4x2xf32>, %k: tensor<3x4x2xf32>, %v: tensor<3x4x2xf32>) -> tensor<3x4x2xf32> {
  %zero = arith.constant 0.0 : f32
  %four = arith.constant dense<4.0> : tensor<3x4x4xf32>
  %mask = arith.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0xFF800000, 0xFF800000],
                                [0.0, 0.0, 0.0, 0xFF800000],
                                [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %et = tensor.empty() : tensor<3x2x4xf32>
  %kt = linalg.transpose ins(%k : tensor<3x4x2xf32>) outs(%et : tensor<3x2x4xf32>) permutation =Ú[0, 2, 1]
  %es = tensor.empty() : tensor<3x4x4xf32>
  %fs = linalg.fill ins(%zero : f32) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %s = linalg.batch_matmul ins(%q, %kt : tensor<3x4x2xf32>, tensor<3x2x4xf32>) outs(%fs : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %scaled = linalg.div ins(%s, %four : tensor<3x4x4xf32>, tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %masked = linalg.generic {indexing_maps = [affine_map<(b, t, u) -> (b, t, u)>, affine_map<(b, t, u) -> (t, u)>, affine_map<(b, t, u) -> (b, t, u)>],
                            iterator_types = ["parallel", "parallel", "parallel"]}
      ins(%scaled, %mask : tensor<3x4x4xf32>, tensor<4x4xf32>) outs(%es : tensor<3x4x4xf32>) {
  ^bb0(%a: f32, %m: f32, %c: f32):
    %r = arith.addf %a, %m : f32
    linalg.yield %r : f32
  } -> tensor<3x4x4xf32>
  %p = linalg.softmax dimension(2) ins(%masked : tensor<3x4x4xf32>) outs(%es : tensor<3x4x4xf32>) -> tensor<3x4x4xf32>
  %eo = tensor.empty() : tensor<3x4x2xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  %o = linalg.batch_matmul ins(%p, %v : tensor<3x4x4xf32>, tensor<3x4x2xf32>) outs(%fo : tensor<3x4x2xf32>) -> tensor<3x4x2xf32>
  return %o : tensor<3x4x2xf32>
}

