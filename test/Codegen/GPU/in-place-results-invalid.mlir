// RUN: infini-opt %s -infini-in-place-results -verify-diagnostics

// A use of the function other than a call cannot follow the new signature:
// the pass reports it and fails.
func.func @taken(%a: memref<4xf32> {infini.in_place}) -> memref<4xf32> {
  return %a : memref<4xf32>
}
func.func @address() {
  // expected-error @below {{'func.constant' op uses @taken, whose in-place results infini-in-place-results drops}}
  %f = func.constant @taken : (memref<4xf32>) -> memref<4xf32>
  return
}
