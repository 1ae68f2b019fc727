// Fuzzer finding, 2026-11-23: crashes MLIR 22.1.8's linalg.transpose parser.
linalg.transpose permutation=
