// Reproducer, replayed by test/Fuzz/structured.test: segment_len = -2^63 passed the verifier; every lowering then crashed (SIGSEGV).
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
// plain attention seg=-9223372036854775808 B=1 H=4 Hkv=1 T=3 Dk=64 Dv=4 dyn=0
// -infini-decompose-attention: crash
// -convert-infini-to-linalg: crash
// -convert-infini-to-linalg=fuse-attention=false: crash
// -convert-infini-to-gpu: crash
// -infini-lower-to-cpu: crash
// -infini-lower-to-cpu=fuse-attention=false: crash
// -infini-lower-to-cpu=gpu-kernels=true: crash
// -infini-lower-to-nvvm: crash
func.func @case151(%aq: tensor<1x4x3x64xf32>, %ak: tensor<1x1x3x64xf32>, %av: tensor<1x1x3x4xf32>, %am: tensor<1x1x64x4xf32>, %az: tensor<1x1x64xf32>, %ag: tensor<4xf32>) -> (tensor<1x4x3x4xf32>, tensor<1x1x64x4xf32>, tensor<1x1x64xf32>) {
  %ar:3 = infini.attention %aq, %ak, %av, %am, %az, %ag segment_len = -9223372036854775808 rule = linear epsilon = 1.0e-45 : tensor<1x4x3x64xf32>, tensor<1x1x3x64xf32>, tensor<1x1x3x4xf32>, tensor<1x1x64x4xf32>, tensor<1x1x64xf32>, tensor<4xf32> -> tensor<1x4x3x4xf32>, tensor<1x1x64x4xf32>, tensor<1x1x64xf32>
  return %ar#0, %ar#1, %ar#2 : tensor<1x4x3x4xf32>, tensor<1x1x64x4xf32>, tensor<1x1x64xf32>
}
