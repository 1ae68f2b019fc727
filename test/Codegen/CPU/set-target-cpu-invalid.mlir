// An unknown CPU name is refused (LLVM would only warn at code generation
// and fall back to a generic CPU).
// RUN: not infini-opt %s -convert-to-llvm -infini-set-target-cpu=cpu=bogus 2>&1 | FileCheck %s
// CHECK: error: infini-set-target-cpu: 'bogus' is not an x86 CPU LLVM knows (e.g. {{.*}}, or native)
// CHECK-NOT: see current operation
func.func @f(%a: f32) -> f32 {
  return %a : f32
}
