// RUN: infini-opt %s -infini-copy-to-linalg | FileCheck %s

// CHECK-LABEL: func @strided_rows
//  CHECK-SAME: (%[[SRC:.+]]: memref<1x4x16x4xf32>, %[[DST:.+]]: memref<1x4x16x4xf32, strided<[256, 64, 4, 1], offset: ?>>)
//       CHECK: linalg.copy ins(%[[SRC]] : memref<1x4x16x4xf32>) outs(%[[DST]] : memref<1x4x16x4xf32, strided<[256, 64, 4, 1], offset: ?>>)
//   CHECK-NOT: memref.copy
func.func @strided_rows(%src: memref<1x4x16x4xf32>,
                        %dst: memref<1x4x16x4xf32, strided<[256, 64, 4, 1], offset: ?>>) {
  memref.copy %src, %dst : memref<1x4x16x4xf32> to memref<1x4x16x4xf32, strided<[256, 64, 4, 1], offset: ?>>
  return
}
