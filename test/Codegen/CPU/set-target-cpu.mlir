// RUN: infini-opt %s -infini-set-target-cpu="cpu=znver4 features=+avx512f,+fma" | FileCheck %s
// RUN: infini-opt %s -infini-set-target-cpu="cpu=native" | FileCheck %s --check-prefix=NATIVE
// The pipeline option, down to the LLVM IR function attributes.
// RUN: infini-opt %s -infini-lower-to-cpu="target-cpu=znver4" | mlir-translate -mlir-to-llvmir | FileCheck %s --check-prefix=LLVMIR
// Without it the code stays portable.
// RUN: infini-opt %s -infini-lower-to-cpu | FileCheck %s --check-prefix=PORTABLE

// CHECK-LABEL: llvm.func @kernel
//  CHECK-SAME: target_cpu = "znver4"
//  CHECK-SAME: target_features = #llvm.target_features<["+avx512f", "+fma"]>
// CHECK: llvm.func @external
// CHECK-NOT: target_cpu
// NATIVE: llvm.func @kernel
// NATIVE-SAME: target_cpu = "{{[a-z0-9-]+}}"
// NATIVE-SAME: target_features = #llvm.target_features<[
// The host's features are all listed, those it lacks disabled (every x86
// CPU lacks some), so that the CPU name's defaults cannot add them back.
// NATIVE-SAME: "+{{[a-z0-9.-]+}}"
// NATIVE-SAME: "-{{[a-z0-9.-]+}}"
// LLVMIR: define {{.*}} @kernel{{.*}} #[[ATTRS:[0-9]+]]
// LLVMIR: attributes #[[ATTRS]] = { {{.*}}"target-cpu"="znver4"
// PORTABLE-NOT: target_cpu
llvm.func @kernel(%a: f32) -> f32 {
  llvm.return %a : f32
}
llvm.func @external(f32) -> f32
