// RUN: infini-opt %s -infini-parallel-loops-to-kernels=block-size=64 -split-input-file -verify-diagnostics | FileCheck %s
// RUN: not infini-opt %s -infini-parallel-loops-to-kernels=block-size=2048 -split-input-file 2>&1 | FileCheck %s --check-prefix=OPTION
// OPTION: block-size must be in [1, 1024], got 2048

// A 2-D copy with dynamic rows and a step: one iteration per thread, in
// blocks of 64, the innermost dimension fastest.
// CHECK-LABEL: func.func @copy
// CHECK-SAME: (%[[SRC:.*]]: memref<?x48xf32>, %[[DST:.*]]: memref<?x48xf32>, %[[N:.*]]: index)
// CHECK-DAG: %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG: %[[C48:.*]] = arith.constant 48 : index
// CHECK: %[[ROWS:.*]] = arith.ceildivui %{{.*}}, %[[C1]]
// CHECK: %[[COLS:.*]] = arith.ceildivui %{{.*}}, %[[C2]]
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %[[COLS]]
// CHECK: %[[BLOCKS:.*]] = arith.ceildivui %[[TOTAL]], %[[C64:c64[_0-9]*]]
// CHECK: scf.forall (%[[B:.*]]) in (%[[BLOCKS]]) {
// CHECK: scf.forall (%[[T:.*]]) in (64) {
// CHECK: %[[BT:.*]] = arith.muli %[[B]], %[[C64]]
// CHECK: %[[I:.*]] = arith.addi %[[BT]], %[[T]]
// CHECK: %[[IN:.*]] = arith.cmpi ult, %[[I]], %[[TOTAL]]
// CHECK: scf.if %[[IN]] {
// CHECK: %[[J:.*]] = arith.remui %[[I]], %[[COLS]]
// CHECK: %[[R:.*]] = arith.divui %[[I]], %[[COLS]]
// CHECK: %[[JS:.*]] = arith.muli %[[J]], %[[C2]]
// CHECK: %[[COL:.*]] = arith.addi %{{.*}}, %[[JS]]
// CHECK: %[[RS:.*]] = arith.muli %[[R]], %[[C1]]
// CHECK: %[[ROW:.*]] = arith.addi %{{.*}}, %[[RS]]
// CHECK: %[[X:.*]] = memref.load %[[SRC]][%[[ROW]], %[[COL]]]
// CHECK: memref.store %[[X]], %[[DST]][%[[ROW]], %[[COL]]]
// CHECK: } {mapping = [#gpu.thread<x>]}
// CHECK: } {mapping = [#gpu.block<x>]}
// CHECK-NOT: scf.parallel
func.func @copy(%src: memref<?x48xf32>, %dst: memref<?x48xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c48 = arith.constant 48 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%n, %c48) step (%c1, %c2) {
    %x = memref.load %src[%i, %j] : memref<?x48xf32>
    memref.store %x, %dst[%i, %j] : memref<?x48xf32>
  }
  return
}

// -----

func.func @reduction(%src: memref<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %zero = arith.constant 0.0 : f32
  // expected-error @below {{with reductions cannot become a GPU kernel}}
  %sum = scf.parallel (%i) = (%c0) to (%c8) step (%c1) init (%zero) -> f32 {
    %x = memref.load %src[%i] : memref<8xf32>
    scf.reduce(%x : f32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }
  }
  return %sum : f32
}

// -----

// Dynamic bounds: a loop whose upper bound is below its lower bound runs no
// iteration, so the span is clamped at 0 before the unsigned division.
// CHECK-LABEL: func.func @reversed_bounds
// CHECK-SAME: (%{{.*}}: memref<16xf32>, %[[LB:.*]]: index, %[[UB:.*]]: index)
// CHECK: %[[SPAN:.*]] = arith.subi %[[UB]], %[[LB]]
// CHECK: %[[CLAMPED:.*]] = arith.maxsi %[[SPAN]], %c0
// CHECK: arith.ceildivui %[[CLAMPED]], %c1
func.func @reversed_bounds(%m: memref<16xf32>, %lb: index, %ub: index) {
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  scf.parallel (%i) = (%lb) to (%ub) step (%c1) {
    memref.store %one, %m[%i] : memref<16xf32>
  }
  return
}
