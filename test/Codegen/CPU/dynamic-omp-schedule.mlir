// RUN: infini-opt %s -infini-dynamic-omp-schedule | FileCheck %s

// A work-sharing loop without a schedule (as convert-scf-to-openmp makes
// them) takes tiles dynamically; a schedule that is set stays.
// CHECK-LABEL: func @tiles
//       CHECK: omp.wsloop schedule(dynamic) {
//       CHECK: omp.wsloop schedule(static) {
func.func @tiles(%n: index, %buf: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        memref.store %one, %buf[%i] : memref<?xf32>
        omp.yield
      }
    }
    omp.wsloop schedule(static) {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        memref.store %one, %buf[%i] : memref<?xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
