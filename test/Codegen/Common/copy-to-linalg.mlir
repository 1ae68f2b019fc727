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

// An unranked copy stays memref.copy: as a linalg.copy its operands would be
// scalars, and it would lower to nothing.
// CHECK-LABEL: func @unranked
//       CHECK: memref.copy %{{.*}}, %{{.*}} : memref<*xf32> to memref<*xf32>
//   CHECK-NOT: linalg.copy
func.func @unranked(%src: memref<*xf32>, %dst: memref<*xf32>) {
  memref.copy %src, %dst : memref<*xf32> to memref<*xf32>
  return
}
