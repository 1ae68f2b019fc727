// Fuzzer finding, 2026-11-23: crashes MLIR 22.1.8's linalg.transpose parser.
func.func @f(%a: memref<2x3xf32>, %b: memref<3x2xf32>) {
  linalg.transpose ins(%a : memref<2x3xf32>) outs(%b : memref<3x2xf32>) permutation = [1, 0
  return
}
