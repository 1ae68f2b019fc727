//===- Harness.cpp - compile infini ops and compare with the reference ----===//

#include "Harness.h"

#include "gtest/gtest.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/X86TargetParser.h"

#include <cmath>
#include <cstdio>
#include <sstream>

using namespace infini;
using namespace infini::test;
using mlir::infini::CpuJit;

double infini::test::bound(Elem elem) {
  switch (elem) {
  case Elem::F32:
    return 1e-5;
  case Elem::F16:
    return 1e-3;
  case Elem::BF16:
    return 8e-3;
  case Elem::I64:
    break;
  }
  return 0;
}

std::string infini::test::str(double v) {
  std::ostringstream os;
  os.precision(17);
  os << std::scientific << v;
  return os.str();
}

/// Whether this host has every feature of the x86 CPU `cpu` that the host
/// reports on (AVX2 and FMA for haswell, say).
static bool hostRuns(llvm::StringRef cpu) {
  llvm::StringMap<bool> host = llvm::sys::getHostCPUFeatures();
  llvm::SmallVector<llvm::StringRef> needed;
  llvm::X86::getFeaturesForCPU(cpu, needed);
  return !needed.empty() && llvm::all_of(needed, [&](llvm::StringRef f) {
    auto it = host.find(f);
    return it == host.end() || it->second;
  });
}

static void configure(const Lowering &lowering,
                      mlir::infini::InfiniLowerToCPUOptions &options) {
  options.fuseAttention = lowering.fused;
  options.vectorize = lowering.vectorize;
  options.gpuKernels = lowering.gpuKernels;
  options.decodeKeySplit = lowering.decodeKeySplit;
  // A host that cannot run code for the named CPU runs it compiled for
  // itself instead.
  if (*lowering.targetCPU && hostRuns(lowering.targetCPU))
    options.targetCPU = lowering.targetCPU;
  if (lowering.fused) {
    options.queryTile = lowering.queryTile;
    options.keyTile = lowering.keyTile;
  }
}

bool infini::test::unsupported(const Lowering &lowering, unsigned dyn) {
  return lowering.gpuKernels && (dyn & 0x8u);
}

std::string infini::test::types(const std::vector<Arg> &args) {
  std::string s;
  for (size_t i = 0; i < args.size(); ++i)
    s += (i ? ", " : "") + args[i].tensorType();
  return s;
}

CompiledOp::CompiledOp(const std::string &op, const std::vector<Arg> &ins,
                       const std::vector<Arg> &outs,
                       const Lowering &lowering) {
  std::ostringstream m;
  m << "func.func @run(";
  for (size_t i = 0; i < ins.size(); ++i)
    m << (i ? ", " : "") << "%a" << i << ": "
      << ins[i].tensor->type("memref", ins[i].dynamicDims);
  for (size_t i = 0; i < outs.size(); ++i)
    m << ", %o" << i << ": "
      << outs[i].tensor->type("memref", outs[i].dynamicDims);
  m << ") {\n";
  for (size_t i = 0; i < ins.size(); ++i)
    m << "  %t" << i << " = bufferization.to_tensor %a" << i
      << " restrict : " << ins[i].tensor->type("memref", ins[i].dynamicDims)
      << " to " << ins[i].tensorType() << "\n";
  m << "  " << op << "\n";
  for (size_t i = 0; i < outs.size(); ++i)
    m << "  bufferization.materialize_in_destination %r" << i
      << " in restrict writable %o" << i << " : (" << outs[i].tensorType()
      << ", " << outs[i].tensor->type("memref", outs[i].dynamicDims)
      << ") -> ()\n";
  m << "  return\n}\n";

  mlir::infini::InfiniLowerToCPUOptions options;
  configure(lowering, options);
  auto compiled = CpuJit::compile(m.str(), options);
  if (!compiled) {
    ADD_FAILURE() << llvm::toString(compiled.takeError()) << "\nin\n"
                  << m.str();
    return;
  }
  jit = std::move(*compiled);
}

void CompiledOp::call(const std::vector<Arg> &ins,
                      const std::vector<Arg> &outs) {
  ASSERT_TRUE(jit) << "the op did not compile";
  std::vector<void *> args;
  for (const Arg &a : ins)
    args.push_back(a.tensor->descriptor());
  for (const Arg &a : outs)
    args.push_back(a.tensor->descriptor());
  if (llvm::Error err = jit->call("run", args))
    FAIL() << llvm::toString(std::move(err));
}

void infini::test::run(const std::string &op, std::vector<Arg> ins,
                       std::vector<Arg> outs, const Lowering &lowering) {
  CompiledOp compiled(op, ins, outs, lowering);
  if (!compiled)
    FAIL() << "the op did not compile";
  compiled.call(ins, outs);
}

void infini::test::expectClose(const HostTensor &got, const ref::Tensor &want,
                               double tol, const char *what) {
  ref::Tensor values = got.values();
  for (double v : values.data)
    ASSERT_TRUE(std::isfinite(v)) << what << " has a non-finite value";
  double err = ref::relativeError(values, want);
  EXPECT_LE(err, tol) << what;
  // Printed for people measuring bounds (lit hides it for passing tests).
  std::printf("  relative error of %s: %.3g\n", what, err);
}

uint64_t infini::test::caseId(const char *name) {
  uint64_t h = 1469598103934665603ull;
  for (const char *p = name; *p; ++p)
    h = (h ^ static_cast<unsigned char>(*p)) * 1099511628211ull;
  return h;
}

std::pair<ref::Tensor, ref::Tensor>
infini::test::randomState(int64_t b, int64_t hkv, int64_t dk, int64_t dv,
                          uint64_t id) {
  return {ref::random({b, hkv, dk, dv}, seed(id, 10)),
          ref::random({b, hkv, dk}, seed(id, 11), 0.5, 2.0)};
}
