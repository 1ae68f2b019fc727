// Reproducer, replayed by test/Fuzz/structured.test: segment_len = 2^64 - 1 is the i64 -1 (issue 15, item 1).
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
func.func @f(%q: tensor<1x1x8x4xf32>, %m: tensor<1x1x4x4xf32>, %z: tensor<1x1x4xf32>, %g: tensor<1xf32>) -> tensor<1x1x8x4xf32> {
  %o, %m1, %z1 = infini.attention %q, %q, %q, %m, %z, %g segment_len = 18446744073709551615
      : tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>, tensor<1xf32>
      -> tensor<1x1x8x4xf32>, tensor<1x1x4x4xf32>, tensor<1x1x4xf32>
  return %o : tensor<1x1x8x4xf32>
}
