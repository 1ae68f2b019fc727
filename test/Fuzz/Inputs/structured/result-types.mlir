// Reproducer, replayed by test/Fuzz/structured.test: Results less static than the operands, a norm more dynamic than the memory: the fused update built invalid IR (issue 15, item 3).
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
func.func @a(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x4xf32>) -> (tensor<?x?x?x?xf32>, tensor<?x2x?xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4xf32> -> tensor<?x?x?x?xf32>, tensor<?x2x?xf32>
  return %m1, %z1 : tensor<?x?x?x?xf32>, tensor<?x2x?xf32>
}
func.func @b(%k: tensor<1x2x8x4xf32>, %v: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x?xf32>) -> (tensor<1x2x4x4xf32>, tensor<1x2x4xf32>) {
  %m1, %z1 = infini.memory_update %k, %v, %m, %z : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32> -> tensor<1x2x4x4xf32>, tensor<1x2x4xf32>
  return %m1, %z1 : tensor<1x2x4x4xf32>, tensor<1x2x4xf32>
}
func.func @c(%q: tensor<1x2x8x4xf32>, %m: tensor<1x2x4x4xf32>, %z: tensor<1x2x?xf32>, %g: tensor<2xf32>) -> (tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>) {
  %o, %m1, %z1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 4 rule = delta
      : tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>, tensor<2xf32>
      -> tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>
  return %o, %m1, %z1 : tensor<1x2x8x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x?xf32>
}
