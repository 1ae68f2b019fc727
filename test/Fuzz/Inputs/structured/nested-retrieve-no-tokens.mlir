// Reproducer, replayed by test/Fuzz/structured.test: A nested module, 0 tokens: gpu-kernels=true and the NVVM pipeline exited 0 with tensor ops left.
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
// nested retrieve B=2 H=1 Hkv=1 T=0 Dk=1 Dv=8 dyn=0.5
// -infini-lower-to-cpu=gpu-kernels=true: ops left over
// -infini-lower-to-nvvm: ops left over
module {
  module @inner {
    func.func @case210(%aq: tensor<2x?x0x1xf16>, %am: tensor<2x1x?x8xf32>, %az: tensor<2x?x1xf32>) -> (tensor<2x?x0x?xf16>) {
      %ar = infini.memory_retrieve %aq, %am, %az : tensor<2x?x0x1xf16>, tensor<2x1x?x8xf32>, tensor<2x?x1xf32> -> tensor<2x?x0x?xf16>
      return %ar : tensor<2x?x0x?xf16>
    }
  }
}
