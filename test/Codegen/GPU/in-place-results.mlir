// RUN: infini-opt %s -infini-in-place-results -split-input-file | FileCheck %s

// A public function returning the buffers of arguments marked in place
// (directly, or through a cast) loses those results; the one it computed
// into a buffer of its own, and an unmarked argument returned unchanged
// (which its caller expects in an out-parameter), stay. The marks go.
// CHECK-LABEL: func.func @step(
//  CHECK-SAME:     %[[STATE:[^:]+]]: memref<4xf32>, %[[CACHE:[^:]+]]: memref<8xf32>, %[[IN:[^:]+]]: memref<4xf32>)
//  CHECK-SAME:     -> (memref<4xf32>, memref<4xf32>)
//   CHECK-NOT:   infini.in_place
//       CHECK:   %[[OUT:.+]] = memref.alloc() : memref<4xf32>
//       CHECK:   return %[[OUT]], %[[IN]] : memref<4xf32>, memref<4xf32>
func.func @step(%state: memref<4xf32> {infini.in_place}, %cache: memref<8xf32> {infini.in_place},
                %in: memref<4xf32>)
    -> (memref<4xf32>, memref<4xf32>, memref<?xf32>, memref<4xf32>) {
  %out = memref.alloc() : memref<4xf32>
  %cast = memref.cast %cache : memref<8xf32> to memref<?xf32>
  return %out, %state, %cast, %in : memref<4xf32>, memref<4xf32>, memref<?xf32>, memref<4xf32>
}

// A call in the module takes the argument it passed (cast to the result's
// type) where the result is dropped.
// CHECK-LABEL: func.func @caller(
//  CHECK-SAME:     %[[S:[^:]+]]: memref<4xf32>, %[[C:[^:]+]]: memref<8xf32>, %[[I:[^:]+]]: memref<4xf32>)
//       CHECK:   %[[CAST:.+]] = memref.cast %[[C]] : memref<8xf32> to memref<?xf32>
//       CHECK:   %[[R:.+]]:2 = call @step(%[[S]], %[[C]], %[[I]]) : (memref<4xf32>, memref<8xf32>, memref<4xf32>) -> (memref<4xf32>, memref<4xf32>)
//       CHECK:   return %[[R]]#0, %[[S]], %[[CAST]], %[[R]]#1
func.func @caller(%s: memref<4xf32>, %c: memref<8xf32>, %i: memref<4xf32>)
    -> (memref<4xf32>, memref<4xf32>, memref<?xf32>, memref<4xf32>) {
  %r:4 = call @step(%s, %c, %i) : (memref<4xf32>, memref<8xf32>, memref<4xf32>) -> (memref<4xf32>, memref<4xf32>, memref<?xf32>, memref<4xf32>)
  return %r#0, %r#1, %r#2, %r#3 : memref<4xf32>, memref<4xf32>, memref<?xf32>, memref<4xf32>
}

// -----

// Private functions keep their signature (upstream's
// drop-equivalent-buffer-results is theirs); the mark goes.
// CHECK-LABEL: func.func private @helper(
//  CHECK-SAME:     %{{[^:]+}}: memref<4xf32>) -> memref<4xf32>
//   CHECK-NOT:   infini.in_place
func.func private @helper(%a: memref<4xf32> {infini.in_place}) -> memref<4xf32> {
  return %a : memref<4xf32>
}

