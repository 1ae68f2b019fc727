// Reproducer, replayed by test/Fuzz/structured.test: A function in a nested module: the CPU pipeline exited 0 with linalg and tensor ops left.
// Found against commit c2c1ba2 (scripts/structured-cases.py, seed 2, or issue 15).
// nested combine B=2 H=12 Hkv=3 T=33 Dk=16 Dv=4 dyn=0
// -infini-lower-to-cpu: ops left over
// -infini-lower-to-cpu=fuse-attention=false: ops left over
module {
  module @inner {
    func.func @case18(%ax: tensor<2x12x33x4xf16>, %ay: tensor<2x12x33x4xf16>, %ag: tensor<12xf32>) -> (tensor<2x12x33x4xf16>) {
      %ar = infini.gated_combine %ax, %ay, %ag : tensor<2x12x33x4xf16>, tensor<2x12x33x4xf16>, tensor<12xf32> -> tensor<2x12x33x4xf16>
      return %ar : tensor<2x12x33x4xf16>
    }
  }
}
