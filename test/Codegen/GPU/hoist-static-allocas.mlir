// RUN: infini-opt %s -infini-hoist-static-allocas | FileCheck %s

// A static alloca in a sequential loop moves to the entry block, views and
// copies of it too; one under a parallel loop, or yielded to the next
// iteration, stays.
// CHECK-LABEL: func.func @hoist
// CHECK-DAG: %[[A:.*]] = memref.alloca() : memref<4xf32>
// CHECK-DAG: %[[C:.*]] = memref.alloca() : memref<2xf32>
// CHECK: scf.for
// CHECK-NOT: memref.alloca() : memref<4xf32>
// CHECK: memref.store %{{.*}}, %[[A]]
// CHECK: scf.forall
// CHECK-NEXT: memref.alloca() : memref<8xf32>
// CHECK: scf.for
// CHECK-NEXT: memref.copy %[[C]]
// CHECK: scf.for
// CHECK-NEXT: memref.alloca() : memref<3xf32>
// CHECK-NEXT: scf.yield
func.func @hoist(%n: index, %out: memref<2xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  scf.for %i = %c0 to %n step %c1 {
    %a = memref.alloca() : memref<4xf32>
    memref.store %one, %a[%c0] : memref<4xf32>
  }
  scf.forall (%i) in (4) {
    %b = memref.alloca() : memref<8xf32>
    memref.store %one, %b[%c0] : memref<8xf32>
  }
  scf.for %i = %c0 to %n step %c1 {
    %c = memref.alloca() : memref<2xf32>
    memref.copy %c, %out : memref<2xf32> to memref<2xf32>
  }
  %init = memref.alloca() : memref<3xf32>
  %last = scf.for %i = %c0 to %n step %c1 iter_args(%prev = %init) -> memref<3xf32> {
    %d = memref.alloca() : memref<3xf32>
    scf.yield %d : memref<3xf32>
  }
  return
}
