// Reproducer, replayed by test/Fuzz/structured.test: A nested module, 0 tokens: the CPU pipeline exited 0 with tensor.dim and casts left.
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
// nested online B=1 H=8 Hkv=2 T=0 Dk=64 Dv=32 dyn=0.5
// -infini-lower-to-cpu: ops left over
// -infini-lower-to-cpu=fuse-attention=false: ops left over
module {
  module @inner {
    func.func @case177(%aq: tensor<?x?x?x64xf32>, %ak: tensor<1x?x0x?xf32>, %av: tensor<?x2x?x?xf32>, %aacc: tensor<1x?x0x?xf32>, %amx: tensor<?x8x?xf32>, %asm: tensor<?x?x0xf32>, %aoff: index) -> (tensor<1x?x0x?xf32>, tensor<?x8x?xf32>, tensor<?x?x0xf32>) {
      %ar:3 = infini.online_attention %aq, %ak, %av query_offset = %aoff scale = 1.250000e-01 outs(%aacc, %amx, %asm) : tensor<?x?x?x64xf32>, tensor<1x?x0x?xf32>, tensor<?x2x?x?xf32>, tensor<1x?x0x?xf32>, tensor<?x8x?xf32>, tensor<?x?x0xf32>
      return %ar#0, %ar#1, %ar#2 : tensor<1x?x0x?xf32>, tensor<?x8x?xf32>, tensor<?x?x0xf32>
    }
  }
}
