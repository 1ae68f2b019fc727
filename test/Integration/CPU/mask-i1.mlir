// A causal mask as torch-mlir builds it (index generics, a compare into an
// i1 tensor, an and with a constant i1 tensor, a select of -inf) over 16
// keys, the CPU's vector width: i1 tensors must stay a byte per element
// (vectorized, a load from the constant read bits). Row t keeps keys 0..t.
// RUN: infini-opt %s -infini-lower-to-cpu \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:     -shared-libs=%mlir_runner_utils,%mlir_c_runner_utils,%libomp \
// RUN: | FileCheck %s

func.func private @printMemrefF32(tensor<*xf32>)

func.func @main() {
  %one = arith.constant 1 : i64
  %ninf = arith.constant 0xFF800000 : f32
  %ei = tensor.empty() : tensor<16xi64>
  %idx = linalg.generic {indexing_maps = [affine_map<(i) -> (i)>], iterator_types = ["parallel"]}
      outs(%ei : tensor<16xi64>) {
  ^bb0(%o: i64):
    %i = linalg.index 0 : index
    %c = arith.index_cast %i : index to i64
    linalg.yield %c : i64
  } -> tensor<16xi64>
  %ed = tensor.empty() : tensor<16x16xi64>
  %diff = linalg.generic {indexing_maps = [affine_map<(t, u) -> (u)>, affine_map<(t, u) -> (t)>, affine_map<(t, u) -> (t, u)>],
                          iterator_types = ["parallel", "parallel"]}
      ins(%idx, %idx : tensor<16xi64>, tensor<16xi64>) outs(%ed : tensor<16x16xi64>) {
  ^bb0(%u: i64, %t: i64, %o: i64):
    %d = arith.subi %u, %t : i64
    linalg.yield %d : i64
  } -> tensor<16x16xi64>
  %eb = tensor.empty() : tensor<16x16xi1>
  %future = linalg.generic {indexing_maps = [affine_map<(t, u) -> (t, u)>, affine_map<(t, u) -> (t, u)>],
                            iterator_types = ["parallel", "parallel"]}
      ins(%diff : tensor<16x16xi64>) outs(%eb : tensor<16x16xi1>) {
  ^bb0(%d: i64, %o: i1):
    %c = arith.cmpi sge, %d, %one : i64
    linalg.yield %c : i1
  } -> tensor<16x16xi1>
  %all = arith.constant dense<true> : tensor<16x16xi1>
  %both = linalg.generic {indexing_maps = [affine_map<(t, u) -> (t, u)>, affine_map<(t, u) -> (t, u)>, affine_map<(t, u) -> (t, u)>],
                          iterator_types = ["parallel", "parallel"]}
      ins(%future, %all : tensor<16x16xi1>, tensor<16x16xi1>) outs(%eb : tensor<16x16xi1>) {
  ^bb0(%f: i1, %a: i1, %o: i1):
    %c = arith.andi %f, %a : i1
    linalg.yield %c : i1
  } -> tensor<16x16xi1>
  %ef = tensor.empty() : tensor<16x16xf32>
  %mask = linalg.generic {indexing_maps = [affine_map<(t, u) -> (t, u)>, affine_map<(t, u) -> (t, u)>],
                          iterator_types = ["parallel", "parallel"]}
      ins(%both : tensor<16x16xi1>) outs(%ef : tensor<16x16xf32>) {
  ^bb0(%f: i1, %o: f32):
    %zero = arith.constant 0.0 : f32
    %m = arith.select %f, %ninf, %zero : f32
    linalg.yield %m : f32
  } -> tensor<16x16xf32>
  %rows = tensor.extract_slice %mask[0, 0] [3, 16] [1, 1] : tensor<16x16xf32> to tensor<3x16xf32>
  %u = tensor.cast %rows : tensor<3x16xf32> to tensor<*xf32>
  call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
  return
}

// CHECK: [0,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf]
// CHECK-NEXT: [0,   0,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf]
// CHECK-NEXT: [0,   0,   0,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf,   -inf]
