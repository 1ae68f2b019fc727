// RUN: infini-opt %s -infini-approximate-exp | FileCheck %s

// f32 exp, scalar or vector, becomes plain arithmetic (no libm call left to
// stop vectorization); other math ops are left alone.
// CHECK-LABEL: func @exp_f32
//   CHECK-NOT: math.exp
//       CHECK: arith.mulf
//       CHECK: math.log
//       CHECK: return
func.func @exp_f32(%x: f32, %v: vector<16xf32>) -> (f32, vector<16xf32>, f32) {
  %y = math.exp %x : f32
  %w = math.exp %v : vector<16xf32>
  %l = math.log %x : f32
  return %y, %w, %l : f32, vector<16xf32>, f32
}
