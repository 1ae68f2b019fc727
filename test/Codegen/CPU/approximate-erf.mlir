// RUN: infini-opt %s -infini-approximate-erf | FileCheck %s

// f32 erf, scalar and vector, becomes arithmetic; other types stay.
// CHECK-LABEL: func @erf
//   CHECK-NOT: math.erf %{{.*}} : f32
//   CHECK-NOT: math.erf %{{.*}} : vector<16xf32>
//       CHECK: math.erf %{{.*}} : f64
func.func @erf(%x: f32, %v: vector<16xf32>, %d: f64) -> (f32, vector<16xf32>, f64) {
  %a = math.erf %x : f32
  %b = math.erf %v : vector<16xf32>
  %c = math.erf %d : f64
  return %a, %b, %c : f32, vector<16xf32>, f64
}
