// RUN: infini-opt %s -split-input-file -infini-omp-schedule | FileCheck %s

// Work that differs between iterations is handed out dynamically: a nested
// loop whose bound depends on the induction variable (a causal kernel's
// key tiles up to its query tile), or on a value the body computes from it.
// CHECK-LABEL: func @uneven
//       CHECK: omp.wsloop schedule(dynamic) {
//       CHECK: omp.wsloop schedule(dynamic) {
func.func @uneven(%n: index, %buf: memref<?xf32>, %len: memref<?xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        %ub = arith.addi %i, %c1 : index
        scf.for %j = %c0 to %ub step %c1 {
          memref.store %one, %buf[%j] : memref<?xf32>
        }
        omp.yield
      }
    }
    // A cache length read at the iteration's own index.
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        %ub = memref.load %len[%i] : memref<?xindex>
        scf.for %j = %c0 to %ub step %c1 {
          memref.store %one, %buf[%j] : memref<?xf32>
        }
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// A branch on the iteration, or a while loop, is uneven work too.
// CHECK-LABEL: func @branches
//       CHECK: omp.wsloop schedule(dynamic) {
//       CHECK: omp.wsloop schedule(dynamic) {
func.func @branches(%n: index, %buf: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        %first = arith.cmpi eq, %i, %c0 : index
        scf.if %first {
          memref.store %one, %buf[%i] : memref<?xf32>
        }
        omp.yield
      }
    }
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        %r = scf.while (%x = %c0) : (index) -> index {
          %go = arith.cmpi slt, %x, %n : index
          scf.condition(%go) %x : index
        } do {
        ^bb0(%x: index):
          %y = arith.addi %x, %c1 : index
          scf.yield %y : index
        }
        memref.store %one, %buf[%r] : memref<?xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}

// -----

// Iterations that do the same work get static shares: the inner loops'
// bounds (a triangular inner loop included: the same triangle every
// iteration) and the branch conditions come from outside the loop or from
// nested loops' induction variables, whatever the iteration indexes. A
// schedule that is set stays.
// CHECK-LABEL: func @even
//       CHECK: omp.wsloop schedule(static) {
//       CHECK: omp.wsloop schedule(dynamic) {
func.func @even(%n: index, %m: index, %flag: i1, %buf: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  omp.parallel {
    omp.wsloop {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        scf.for %j = %c0 to %m step %c1 {
          %ub = arith.addi %j, %c1 : index
          scf.for %k = %c0 to %ub step %c1 {
            memref.store %one, %buf[%i, %k] : memref<?x?xf32>
          }
        }
        scf.if %flag {
          memref.store %one, %buf[%i, %c0] : memref<?x?xf32>
        }
        omp.yield
      }
    }
    omp.wsloop schedule(dynamic) {
      omp.loop_nest (%i) : index = (%c0) to (%n) step (%c1) {
        memref.store %one, %buf[%i, %c0] : memref<?x?xf32>
        omp.yield
      }
    }
    omp.terminator
  }
  return
}
