// RUN: infini-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(infini-vectorize-elementwise{width=16}),canonicalize,loop-invariant-subset-hoisting,canonicalize)" | FileCheck %s
// RUN: not infini-opt %s -split-input-file --pass-pipeline="builtin.module(func.func(infini-vectorize-elementwise{width=0}))" 2>&1 | FileCheck %s --check-prefix=WIDTH

// WIDTH: error: infini-vectorize-elementwise: width must be positive, got 0

// A row maximum over the keys of S^T [Tk, Tq]: the query columns are cut
// into vectors of 16, the key loop (the reduction) runs inside, and the
// vector of maxima is carried across it in a register.
// CHECK-LABEL: func @row_max
//       CHECK: scf.for %[[T:.+]] = %c0 to %c32 step %c16
//       CHECK:   %[[INIT:.+]] = vector.transfer_read {{.*}} : tensor<16xf32>, vector<16xf32>
//       CHECK:   %[[MAX:.+]] = scf.for %{{.+}} = %c0 to %c64 step %c1 iter_args(%[[M:.+]] = %[[INIT]]) -> (vector<16xf32>)
//       CHECK:     %[[S:.+]] = vector.transfer_read {{.*}} : tensor<1x16xf32>, vector<1x16xf32>
//       CHECK:     %[[Y:.+]] = arith.mulf %[[S]], {{.*}} : vector<1x16xf32>
//       CHECK:     %[[Y1:.+]] = vector.shape_cast %[[Y]] : vector<1x16xf32> to vector<16xf32>
//       CHECK:     arith.maximumf %[[M]], %[[Y1]] : vector<16xf32>
//       CHECK:   vector.transfer_write %[[MAX]]
//   CHECK-NOT: linalg.generic
func.func @row_max(%s: tensor<64x32xf32>, %init: tensor<32xf32>, %scale: f32) -> tensor<32xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(u, t) -> (u, t)>, affine_map<(u, t) -> (t)>],
                       iterator_types = ["reduction", "parallel"]}
      ins(%s : tensor<64x32xf32>) outs(%init : tensor<32xf32>) {
  ^bb0(%x: f32, %m: f32):
    %y = arith.mulf %x, %scale : f32
    %n = arith.maximumf %m, %y : f32
    linalg.yield %n : f32
  } -> tensor<32xf32>
  return %r : tensor<32xf32>
}

// -----

// Elementwise, with an operand broadcast along the rows: one vector of 16
// per step, the broadcast operand read as a vector along the same columns.
// CHECK-LABEL: func @probs
//       CHECK: scf.for %{{.+}} = %c0 to %c64 step %c1
//       CHECK:   scf.for %{{.+}} = %c0 to %c32 step %c16
//       CHECK:     vector.transfer_read {{.*}} : tensor<1x16xf32>, vector<1x16xf32>
//       CHECK:     vector.transfer_read {{.*}} : tensor<16xf32>, vector<1x16xf32>
//       CHECK:     math.exp {{.*}} : vector<1x16xf32>
//       CHECK:     vector.transfer_write {{.*}} : vector<1x16xf32>, tensor<1x16xf32>
//   CHECK-NOT: linalg.generic
func.func @probs(%s: tensor<64x32xf32>, %shift: tensor<32xf32>, %init: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(u, t) -> (u, t)>, affine_map<(u, t) -> (t)>,
                                        affine_map<(u, t) -> (u, t)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%s, %shift : tensor<64x32xf32>, tensor<32xf32>) outs(%init : tensor<64x32xf32>) {
  ^bb0(%x: f32, %m: f32, %o: f32):
    %d = arith.subf %x, %m : f32
    %e = math.exp %d : f32
    linalg.yield %e : f32
  } -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

// -----

// Left to LLVM's loop vectorizer: an innermost reduction (a dot product per
// row), an innermost loop that 16 does not divide, dynamic sizes, and an
// operand read across the innermost loop (a transpose: no whole vectors).
// CHECK-LABEL: func @left_alone
//   CHECK-NOT: vector.
//       CHECK: linalg.generic
//       CHECK: linalg.generic
//       CHECK: linalg.generic
//       CHECK: linalg.generic
//   CHECK-NOT: vector.
func.func @left_alone(%a: tensor<8x64xf32>, %r0: tensor<8xf32>, %b: tensor<8x24xf32>,
                      %c: tensor<?x32xf32>, %t: tensor<32x32xf32>)
    -> (tensor<8xf32>, tensor<8x24xf32>, tensor<?x32xf32>, tensor<32x32xf32>) {
  %dot = linalg.generic {indexing_maps = [affine_map<(i, k) -> (i, k)>, affine_map<(i, k) -> (i)>],
                         iterator_types = ["parallel", "reduction"]}
      ins(%a : tensor<8x64xf32>) outs(%r0 : tensor<8xf32>) {
  ^bb0(%x: f32, %s: f32):
    %n = arith.addf %s, %x : f32
    linalg.yield %n : f32
  } -> tensor<8xf32>
  %odd = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                         iterator_types = ["parallel", "parallel"]}
      outs(%b : tensor<8x24xf32>) {
  ^bb0(%x: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  } -> tensor<8x24xf32>
  %dyn = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>],
                         iterator_types = ["parallel", "parallel"]}
      outs(%c : tensor<?x32xf32>) {
  ^bb0(%x: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  } -> tensor<?x32xf32>
  %tr = linalg.generic {indexing_maps = [affine_map<(i, j) -> (j, i)>, affine_map<(i, j) -> (i, j)>],
                        iterator_types = ["parallel", "parallel"]}
      ins(%t : tensor<32x32xf32>) outs(%t : tensor<32x32xf32>) {
  ^bb0(%x: f32, %o: f32):
    linalg.yield %x : f32
  } -> tensor<32x32xf32>
  return %dot, %odd, %dyn, %tr : tensor<8xf32>, tensor<8x24xf32>, tensor<?x32xf32>, tensor<32x32xf32>
}

// -----

// math.fpowi (RMSNorm's x^2 from torch-mlir) stays scalar: vectorized, its
// exponent would become a vector, which LLVM's powi does not take.
// CHECK-LABEL: func @square
//       CHECK: linalg.generic
//       CHECK:   math.fpowi %{{.*}}, %{{.*}} : f32, i64
//   CHECK-NOT: vector
func.func @square(%x: tensor<2x32xf32>, %init: tensor<2x32xf32>) -> tensor<2x32xf32> {
  %two = arith.constant 2 : i64
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<2x32xf32>) outs(%init : tensor<2x32xf32>) {
  ^bb0(%a: f32, %o: f32):
    %p = math.fpowi %a, %two : f32, i64
    linalg.yield %p : f32
  } -> tensor<2x32xf32>
  return %r : tensor<2x32xf32>
}

// -----

// A mask of i1 (torch-mlir's causal masks) stays scalar: a memref of i1
// holds a byte per element, a vector<16xi1> transfer would move 16 bits.
// CHECK-LABEL: func @mask
//       CHECK: linalg.generic
//       CHECK:   arith.cmpi sge, %{{.*}}, %{{.*}} : i64
//   CHECK-NOT: vector
func.func @mask(%d: tensor<4x32xi64>, %init: tensor<4x32xi1>) -> tensor<4x32xi1> {
  %one = arith.constant 1 : i64
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%d : tensor<4x32xi64>) outs(%init : tensor<4x32xi1>) {
  ^bb0(%a: i64, %o: i1):
    %c = arith.cmpi sge, %a, %one : i64
    linalg.yield %c : i1
  } -> tensor<4x32xi1>
  return %r : tensor<4x32xi1>
}
