// The exact GELU as torch-mlir exports it, 0.5 x (1 + erf(x / sqrt 2)),
// through infini-lower-to-cpu (math.erf by infini-approximate-erf; 16
// values, so the generic is vectorized too), against GELU in float64
// (Inputs/gelu.expected, from Python's math.erf), within what the six
// printed digits allow.
// RUN: infini-opt %s -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | %python %infini_src_root/test/Frontend/TorchMLIR/compare.py %S/Inputs/gelu.expected

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %x = arith.constant dense<[-3.0, -1.5, -0.5, 0.0, 0.25, 1.0, 2.0, 4.0, -0.75, 0.6, 3.5, -2.25, 1.75, -4.5, 0.1, -0.1]> : tensor<16xf32>
  %e = tensor.empty() : tensor<16xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>, affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      ins(%x : tensor<16xf32>) outs(%e : tensor<16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %half = arith.constant 0.5 : f32
    %one = arith.constant 1.0 : f32
    %rsqrt2 = arith.constant 0.707106769 : f32
    %s = arith.mulf %a, %rsqrt2 : f32
    %erf = math.erf %s : f32
    %p = arith.addf %erf, %one : f32
    %h = arith.mulf %a, %half : f32
    %g = arith.mulf %h, %p : f32
    linalg.yield %g : f32
  } -> tensor<16xf32>
  %u = tensor.cast %y : tensor<16xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}
