// The verifier's diagnostic, reached through the plugin (mlir-opt-plugin.mlir).
func.func @bad(%q: tensor<1x6x8x4xf32>, %k: tensor<1x3x8x4xf32>, %v: tensor<1x2x8x4xf32>) -> tensor<1x6x8x4xf32> {
  %l = infini.local_attention %q, %k, %v : tensor<1x6x8x4xf32>, tensor<1x3x8x4xf32>, tensor<1x2x8x4xf32> -> tensor<1x6x8x4xf32>
  return %l : tensor<1x6x8x4xf32>
}
