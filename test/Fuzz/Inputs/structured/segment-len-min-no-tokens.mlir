// Reproducer, replayed by test/Fuzz/structured.test: segment_len = -2^63 with 0 tokens: every lowering crashed.
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
// plain attention seg=-9223372036854775808 B=3 H=4 Hkv=2 T=0 Dk=4 Dv=5 dyn=0
// -convert-infini-to-linalg: crash
// -convert-infini-to-linalg=fuse-attention=false: crash
// -convert-infini-to-gpu: crash
// -infini-lower-to-cpu: crash
// -infini-lower-to-cpu=fuse-attention=false: crash
// -infini-lower-to-cpu=gpu-kernels=true: crash
// -infini-lower-to-nvvm: crash
func.func @case230(%aq: tensor<3x4x0x4xf16>, %ak: tensor<3x2x0x4xf16>, %av: tensor<3x2x0x5xf16>, %am: tensor<3x2x4x5xf32>, %az: tensor<3x2x4xf32>, %ag: tensor<4xf32>) -> (tensor<3x4x0x5xf16>, tensor<3x2x4x5xf32>, tensor<3x2x4xf32>) {
  %ar:3 = infini.attention %aq, %ak, %av, %am, %az, %ag segment_len = -9223372036854775808 rule = linear : tensor<3x4x0x4xf16>, tensor<3x2x0x4xf16>, tensor<3x2x0x5xf16>, tensor<3x2x4x5xf32>, tensor<3x2x4xf32>, tensor<4xf32> -> tensor<3x4x0x5xf16>, tensor<3x2x4x5xf32>, tensor<3x2x4xf32>
  return %ar#0, %ar#1, %ar#2 : tensor<3x4x0x5xf16>, tensor<3x2x4x5xf32>, tensor<3x2x4xf32>
}
