// RUN: infini-opt %s -infini-expand-shape-to-reinterpret-cast -split-input-file | FileCheck %s
// The rewritten IR goes through expand-strided-metadata (which LLVM 22 crashes
// on for the original ops).
// RUN: infini-opt %s -infini-expand-shape-to-reinterpret-cast -expand-strided-metadata -split-input-file | FileCheck %s --check-prefix=EXPANDED

// Two dynamic sizes (Hkv, G) in one group: the inner one keeps the source
// stride, the outer one is that stride times the inner size.
// CHECK: #[[MUL:.+]] = affine_map<()[s0, s1] -> (s0 * s1)>
// CHECK-LABEL: func @split_dynamic_heads
//  CHECK-SAME: (%[[SRC:[^:]+]]: memref<?x?x?x?xf32>, %[[B:[^:]+]]: index, %[[HKV:[^:]+]]: index, %[[G:[^:]+]]: index, %[[N:[^:]+]]: index, %[[D:[^:]+]]: index)
//       CHECK: %[[BASE:.+]], %{{.+}}, %{{.+}}:4, %[[STRIDES:.+]]:4 = memref.extract_strided_metadata %[[SRC]]
//       CHECK: %[[OUTER:.+]] = affine.apply #[[MUL]]()[%[[STRIDES]]#1, %[[G]]]
//       CHECK: memref.reinterpret_cast %[[BASE]] to offset: [0], sizes: [%[[B]], %[[HKV]], %[[G]], %[[N]], %[[D]]], strides: [%[[STRIDES]]#0, %[[OUTER]], %[[STRIDES]]#1, %[[STRIDES]]#2, 1] : memref<f32> to memref<?x?x?x?x?xf32>
//   CHECK-NOT: memref.expand_shape
// EXPANDED-LABEL: func @split_dynamic_heads
//   EXPANDED-NOT: memref.expand_shape
func.func @split_dynamic_heads(%m: memref<?x?x?x?xf32>, %b: index, %hkv: index, %g: index,
                               %n: index, %d: index) -> memref<?x?x?x?x?xf32> {
  %x = memref.expand_shape %m [[0], [1, 2], [3], [4]] output_shape [%b, %hkv, %g, %n, %d]
      : memref<?x?x?x?xf32> into memref<?x?x?x?x?xf32>
  return %x : memref<?x?x?x?x?xf32>
}

// -----

// A strided source (a segment of a longer sequence) keeps its offset.
// CHECK-LABEL: func @strided_source
//       CHECK: %[[BASE:.+]], %[[OFF:.+]], %{{.+}}:2, %{{.+}}:2 = memref.extract_strided_metadata
//       CHECK: memref.reinterpret_cast %[[BASE]] to offset: [%[[OFF]]], sizes: [%{{.+}}, %{{.+}}, 16], strides: [%{{.+}}, 64, 1]
func.func @strided_source(%m: memref<?x16xf32, strided<[64, 1], offset: ?>>, %a: index, %b: index)
    -> memref<?x?x16xf32, strided<[?, 64, 1], offset: ?>> {
  %x = memref.expand_shape %m [[0, 1], [2]] output_shape [%a, %b, 16]
      : memref<?x16xf32, strided<[64, 1], offset: ?>> into memref<?x?x16xf32, strided<[?, 64, 1], offset: ?>>
  return %x : memref<?x?x16xf32, strided<[?, 64, 1], offset: ?>>
}

// -----

// One dynamic size per group is left to expand-strided-metadata.
// CHECK-LABEL: func @one_dynamic_per_group
//       CHECK: memref.expand_shape
//   CHECK-NOT: memref.reinterpret_cast
func.func @one_dynamic_per_group(%m: memref<?x?x?x?xf32>, %b: index, %hkv: index, %n: index, %d: index)
    -> memref<?x?x4x?x?xf32> {
  %x = memref.expand_shape %m [[0], [1, 2], [3], [4]] output_shape [%b, %hkv, 4, %n, %d]
      : memref<?x?x?x?xf32> into memref<?x?x4x?x?xf32>
  return %x : memref<?x?x4x?x?xf32>
}
