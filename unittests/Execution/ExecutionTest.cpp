//===- ExecutionTest.cpp - compiled infini ops against the reference ------===//
//
// Every case compiles one op through infini-lower-to-cpu, runs it on seeded
// random inputs (distinct values per batch, head and token) and compares each
// output with the float64 reference, which is written from SPEC's equations
// and shares no code with the compiler. 16-bit inputs are rounded first and
// the reference gets the rounded values, so the bound measures the kernel.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstdio>
#include <sstream>
#include <tuple>

using namespace infini;
using namespace infini::test;
using mlir::infini::CpuJit;

namespace {

//===----------------------------------------------------------------------===//
// memory_retrieve
//===----------------------------------------------------------------------===//

struct RetrieveCase {
  const char *name;
  int64_t b, h, hkv, n, dk, dv;
  Elem elem;
  unsigned dyn;
};

void PrintTo(const RetrieveCase &c, std::ostream *os) { *os << c.name; }

class MemoryRetrieve
    : public ::testing::TestWithParam<std::tuple<RetrieveCase, Lowering>> {};

TEST_P(MemoryRetrieve, MatchesReference) {
  const RetrieveCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "dynamic head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor q =
      HostTensor::from(ref::random({c.b, c.h, c.n, c.dk}, seed(id, 1)), c.elem);
  auto [m0, z0] = randomState(c.b, c.hkv, c.dk, c.dv, id);
  HostTensor m = HostTensor::from(m0, Elem::F32),
             z = HostTensor::from(z0, Elem::F32);
  HostTensor out(c.elem, {c.b, c.h, c.n, c.dv});
  unsigned state = c.dyn == kDynAll ? kDynAll : c.dyn & kDynBatch;
  std::vector<Arg> ins = {{&q, c.dyn}, {&m, state}, {&z, state}};
  std::vector<Arg> outs = {{&out, c.dyn}};
  ASSERT_NO_FATAL_FAILURE(
      run("%r0 = infini.memory_retrieve %t0, %t1, %t2 epsilon = 1.0e-6 : " +
              types(ins) + " -> " + types(outs),
          ins, outs, lowering));
  expectClose(out,
              ref::memoryRetrieve(q.values(), m.values(), z.values(), 1e-6),
              bound(c.elem), "result");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, MemoryRetrieve,
    ::testing::Combine(::testing::Values(
        RetrieveCase{"mha_f32", 2, 2, 2, 5, 8, 8, Elem::F32, 0},
        RetrieveCase{"gqa2_dk_ne_dv_f32", 2, 4, 2, 7, 8, 4, Elem::F32, 0},
        RetrieveCase{"gqa4_f16", 1, 8, 2, 6, 4, 8, Elem::F16, 0},
        RetrieveCase{"bf16", 2, 4, 1, 5, 8, 6, Elem::BF16, 0},
        RetrieveCase{"dynamic_batch_tokens", 3, 4, 2, 5, 8, 4, Elem::F32,
                     kDynBatch | kDynTokens},
        // Dk and Dv odd: the GPU kernel's last row chunk of M is partial.
        RetrieveCase{"odd_dk_dv_f32", 2, 2, 1, 6, 5, 3, Elem::F32, 0},
        RetrieveCase{"gqa_all_dynamic", 2, 6, 3, 5, 4, 8, Elem::F32, kDynAll}),
                       ::testing::ValuesIn(kPrimitiveLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

/// Before anything is stored the read-out is exactly zero, never NaN.
TEST(MemoryRetrieveZeroState, IsExactlyZero) {
  HostTensor q = HostTensor::from(ref::random({1, 4, 6, 8}, 7), Elem::F32);
  HostTensor m(Elem::F32, {1, 2, 8, 4}), z(Elem::F32, {1, 2, 8});
  HostTensor out = HostTensor::from(ref::random({1, 4, 6, 4}, 8), Elem::F32);
  std::vector<Arg> ins = {{&q, 0}, {&m, 0}, {&z, 0}};
  std::vector<Arg> outs = {{&out, 0}};
  ASSERT_NO_FATAL_FAILURE(run("%r0 = infini.memory_retrieve %t0, %t1, %t2 : " +
                                  types(ins) + " -> " + types(outs),
                              ins, outs));
  for (double v : out.values().data)
    ASSERT_EQ(v, 0.0);
}

//===----------------------------------------------------------------------===//
// memory_update
//===----------------------------------------------------------------------===//

struct UpdateCase {
  const char *name;
  int64_t b, hkv, n, dk, dv;
  Elem elem;
  bool delta;
  unsigned dyn;
};

void PrintTo(const UpdateCase &c, std::ostream *os) { *os << c.name; }

class MemoryUpdate
    : public ::testing::TestWithParam<std::tuple<UpdateCase, Lowering>> {};

TEST_P(MemoryUpdate, MatchesReference) {
  const UpdateCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "dynamic head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor k = HostTensor::from(
      ref::random({c.b, c.hkv, c.n, c.dk}, seed(id, 1)), c.elem);
  HostTensor v = HostTensor::from(
      ref::random({c.b, c.hkv, c.n, c.dv}, seed(id, 2)), c.elem);
  auto [m0, z0] = randomState(c.b, c.hkv, c.dk, c.dv, id);
  HostTensor m = HostTensor::from(m0, Elem::F32),
             z = HostTensor::from(z0, Elem::F32);
  HostTensor m1(Elem::F32, m.shape()), z1(Elem::F32, z.shape());
  unsigned state = c.dyn & kDynBatch;
  std::vector<Arg> ins = {{&k, c.dyn}, {&v, c.dyn}, {&m, state}, {&z, state}};
  std::vector<Arg> outs = {{&m1, state}, {&z1, state}};
  ASSERT_NO_FATAL_FAILURE(
      run(std::string(
              "%r0, %r1 = infini.memory_update %t0, %t1, %t2, %t3 rule = ") +
              (c.delta ? "delta" : "linear") + " : " + types(ins) + " -> " +
              types(outs),
          ins, outs, lowering));
  auto [wantM, wantZ] = ref::memoryUpdate(k.values(), v.values(), m.values(),
                                          z.values(), c.delta, 1e-6);
  expectClose(m1, wantM, bound(Elem::F32), "new_memory");
  expectClose(z1, wantZ, bound(Elem::F32), "new_norm");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, MemoryUpdate,
    ::testing::Combine(::testing::Values(
        UpdateCase{"linear_f32", 2, 2, 9, 8, 4, Elem::F32, false, 0},
        UpdateCase{"delta_f32", 2, 2, 9, 8, 4, Elem::F32, true, 0},
        UpdateCase{"delta_f16", 1, 3, 6, 4, 8, Elem::F16, true, 0},
        UpdateCase{"linear_bf16", 2, 1, 5, 8, 8, Elem::BF16, false, 0},
        // Whole 16 x 8 x 16 tiles: on the GPU kernels' tensor cores, with
        // sigma(K) split into three bf16 (two f16) parts; 256 tokens are
        // two chunks of 128, each a block of partial sums.
        UpdateCase{"linear_mma_chunks_bf16", 1, 2, 256, 16, 8, Elem::BF16,
                   false, 0},
        UpdateCase{"linear_mma_f16", 2, 1, 48, 16, 8, Elem::F16, false, 0},
        // Products of two f32 operands (the delta rule's read-out and
        // update, an f32 update) in whole tiles: both split into three
        // bf16 parts, six MMAs per product.
        UpdateCase{"delta_mma_bf16", 1, 2, 32, 16, 8, Elem::BF16, true, 0},
        UpdateCase{"linear_mma_f32", 1, 1, 32, 16, 8, Elem::F32, false, 0},
        // Dv odd: the GPU kernel's last value-column tile is partial.
        UpdateCase{"delta_odd_dv_f32", 1, 2, 7, 4, 5, Elem::F32, true, 0},
        UpdateCase{"delta_dynamic_batch_tokens", 3, 2, 5, 4, 4, Elem::F32, true,
                   kDynBatch | kDynTokens}),
                       ::testing::ValuesIn(kPrimitiveLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

//===----------------------------------------------------------------------===//
// local_attention
//===----------------------------------------------------------------------===//

struct LocalCase {
  const char *name;
  int64_t b, h, hkv, n, dk, dv;
  Elem elem;
  bool causal;
  double scale; // 0: the default 1/sqrt(Dk)
  unsigned dyn;
};

void PrintTo(const LocalCase &c, std::ostream *os) { *os << c.name; }

class LocalAttention
    : public ::testing::TestWithParam<std::tuple<LocalCase, Lowering>> {};

TEST_P(LocalAttention, MatchesReference) {
  const LocalCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "dynamic head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor q = HostTensor::from(
      ref::random({c.b, c.h, c.n, c.dk}, seed(id, 1), -2, 2), c.elem);
  HostTensor k = HostTensor::from(
      ref::random({c.b, c.hkv, c.n, c.dk}, seed(id, 2), -2, 2), c.elem);
  HostTensor v = HostTensor::from(
      ref::random({c.b, c.hkv, c.n, c.dv}, seed(id, 3)), c.elem);
  HostTensor out(c.elem, {c.b, c.h, c.n, c.dv});
  std::vector<Arg> ins = {{&q, c.dyn}, {&k, c.dyn}, {&v, c.dyn}};
  std::vector<Arg> outs = {{&out, c.dyn}};
  std::string attrs;
  if (c.scale != 0)
    attrs += " scale = " + str(c.scale);
  if (!c.causal)
    attrs += " causal = false";
  ASSERT_NO_FATAL_FAILURE(run("%r0 = infini.local_attention %t0, %t1, %t2" +
                                  attrs + " : " + types(ins) + " -> " +
                                  types(outs),
                              ins, outs, lowering));
  double scale = c.scale != 0 ? static_cast<double>(static_cast<float>(c.scale))
                              : 1.0 / std::sqrt(static_cast<double>(c.dk));
  expectClose(
      out,
      ref::localAttention(q.values(), k.values(), v.values(), scale, c.causal),
      bound(c.elem), "result");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, LocalAttention,
    ::testing::Combine(
        ::testing::Values(
            LocalCase{"causal_mha_f32", 2, 2, 2, 9, 8, 8, Elem::F32, true, 0,
                      0},
            LocalCase{"causal_gqa2_dk_ne_dv_f32", 1, 4, 2, 7, 8, 4, Elem::F32,
                      true, 0, 0},
            LocalCase{"noncausal_gqa4_scaled_f32", 2, 8, 2, 6, 4, 8, Elem::F32,
                      false, 0.3, 0},
            LocalCase{"causal_f16", 1, 4, 2, 8, 8, 8, Elem::F16, true, 0, 0},
            LocalCase{"noncausal_bf16", 1, 2, 1, 5, 8, 4, Elem::BF16, false, 0,
                      0},
            LocalCase{"causal_dynamic_batch_tokens", 2, 4, 2, 6, 8, 8,
                      Elem::F32, true, 0, kDynBatch | kDynTokens},
            // Heads and Dk only known at run time: the group size and the
            // default scale 1/sqrt(Dk) are computed by the kernel.
            LocalCase{"causal_gqa_all_dynamic", 2, 4, 2, 6, 8, 4, Elem::F32,
                      true, 0, kDynAll},
        // Sizes the 8 x 32 register blocks divide (with 32 x 32 tiles).
        LocalCase{"causal_gqa_vector_blocks", 1, 4, 2, 64, 32, 32, Elem::F32,
                  true, 0, 0},
        // Sizes whole 16 x 8 x 16 MMA tiles divide (with 32 x 32 tiles): the
        // GPU kernels compute Q K^T and P V as warp-level products, P
        // rounded to the values' type.
        LocalCase{"causal_gqa_mma_bf16", 1, 4, 2, 96, 32, 16, Elem::BF16, true,
                  0, 0},
        LocalCase{"noncausal_mma_f16", 2, 2, 1, 64, 16, 32, Elem::F16, false,
                  0, 0}),
        ::testing::ValuesIn(kLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

//===----------------------------------------------------------------------===//
// online_attention
//===----------------------------------------------------------------------===//

struct OnlineCase {
  const char *name;
  int64_t b, h, hkv, n, nk, dk, dv;
  int64_t offset; // query_offset: where the rows sit relative to the keys
  Elem elem;
  bool causal;
  bool fresh; // start from acc = 0, max = -inf, sum = 0; else a random state
  unsigned dyn;
};

void PrintTo(const OnlineCase &c, std::ostream *os) { *os << c.name; }

class OnlineAttention
    : public ::testing::TestWithParam<std::tuple<OnlineCase, Lowering>> {};

TEST_P(OnlineAttention, MatchesReference) {
  const OnlineCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "the GPU kernels need static head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor q = HostTensor::from(
      ref::random({c.b, c.h, c.n, c.dk}, seed(id, 1), -2, 2), c.elem);
  HostTensor k = HostTensor::from(
      ref::random({c.b, c.hkv, c.nk, c.dk}, seed(id, 2), -2, 2), c.elem);
  HostTensor v = HostTensor::from(
      ref::random({c.b, c.hkv, c.nk, c.dv}, seed(id, 3)), c.elem);
  ref::OnlineState state =
      c.fresh ? ref::OnlineState{ref::Tensor({c.b, c.h, c.n, c.dv}),
                                 ref::Tensor({c.b, c.h, c.n}, -INFINITY),
                                 ref::Tensor({c.b, c.h, c.n})}
              : ref::OnlineState{
                    ref::random({c.b, c.h, c.n, c.dv}, seed(id, 4)),
                    ref::random({c.b, c.h, c.n}, seed(id, 5), -1, 1),
                    ref::random({c.b, c.h, c.n}, seed(id, 6), 0.5, 2)};
  HostTensor acc = HostTensor::from(state.acc, Elem::F32),
             max = HostTensor::from(state.max, Elem::F32),
             sum = HostTensor::from(state.sum, Elem::F32);
  HostTensor acc1(Elem::F32, acc.shape()), max1(Elem::F32, max.shape()),
      sum1(Elem::F32, sum.shape());
  unsigned rows = c.dyn & 0x7u; // the state has no Dk
  std::vector<Arg> ins = {{&q, c.dyn},   {&k, c.dyn},   {&v, c.dyn},
                          {&acc, c.dyn}, {&max, rows}, {&sum, rows}};
  std::vector<Arg> outs = {{&acc1, c.dyn}, {&max1, rows}, {&sum1, rows}};
  std::string attrs = c.causal ? "" : " causal = false";
  ASSERT_NO_FATAL_FAILURE(
      run("%off = arith.constant " + std::to_string(c.offset) +
              " : index\n  %r0, %r1, %r2 = infini.online_attention %t0, %t1, "
              "%t2 query_offset = %off" +
              attrs + " outs(%t3, %t4, %t5) : " + types(ins),
          ins, outs, lowering));
  ref::OnlineState want = ref::onlineAttention(
      q.values(), k.values(), v.values(), c.offset,
      1.0 / std::sqrt(static_cast<double>(c.dk)), c.causal,
      {acc.values(), max.values(), sum.values()});
  // Every row sees a key or starts from a finite state: all finite.
  expectClose(acc1, want.acc, bound(Elem::F32), "new_acc");
  expectClose(max1, want.max, bound(Elem::F32), "new_max");
  expectClose(sum1, want.sum, bound(Elem::F32), "new_sum");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, OnlineAttention,
    ::testing::Combine(
        ::testing::Values(
            // A query tile in the middle of a segment, fresh state.
            OnlineCase{"rows_mid_segment_f32", 2, 4, 2, 5, 9, 8, 4, 4,
                       Elem::F32, true, true, 0},
            // A key block that starts after the rows: some rows see no key
            // and keep their (random) state.
            OnlineCase{"keys_after_rows_f32", 1, 2, 1, 7, 6, 4, 8, -3,
                       Elem::F32, true, false, 0},
            // A chunk that starts inside a segment, carrying state; sizes
            // no tile divides.
            OnlineCase{"chunk_in_segment_gqa_f16", 1, 4, 2, 7, 13, 8, 8, 6,
                       Elem::F16, true, false, 0},
            OnlineCase{"noncausal_bf16", 2, 2, 2, 5, 7, 8, 4, 0, Elem::BF16,
                       false, false, 0},
            OnlineCase{"causal_bf16_offset", 1, 2, 1, 6, 11, 4, 4, 5,
                       Elem::BF16, true, true, 0},
            OnlineCase{"dynamic_all_f32", 2, 4, 2, 6, 10, 4, 4, 4, Elem::F32,
                       true, false, kDynAll},
            // More rows past the offset than keys: the last rows see every
            // key, and the key loop must stop at the keys' end.
            OnlineCase{"rows_past_keys_f32", 1, 2, 1, 8, 5, 4, 4, 2,
                       Elem::F32, true, true, 0},
            // An offset beyond the keys: every row sees every key (a key
            // count no tile divides).
            OnlineCase{"offset_past_keys_gqa_f32", 1, 4, 2, 4, 7, 4, 4, 9,
                       Elem::F32, true, false, 0},
            // 8 x 32 register blocks divide these (with 32 x 32 tiles).
            OnlineCase{"vector_blocks_f32", 1, 2, 1, 64, 96, 32, 32, 32,
                       Elem::F32, true, true, 0}),
        ::testing::ValuesIn(kLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

//===----------------------------------------------------------------------===//
// gated_combine
//===----------------------------------------------------------------------===//

struct CombineCase {
  const char *name;
  int64_t b, h, n, dv;
  Elem elem;
  bool perChannel;
  unsigned dyn;
};

void PrintTo(const CombineCase &c, std::ostream *os) { *os << c.name; }

class GatedCombine
    : public ::testing::TestWithParam<std::tuple<CombineCase, Lowering>> {};

TEST_P(GatedCombine, MatchesReference) {
  const CombineCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "dynamic head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor a =
      HostTensor::from(ref::random({c.b, c.h, c.n, c.dv}, seed(id, 1)), c.elem);
  HostTensor l =
      HostTensor::from(ref::random({c.b, c.h, c.n, c.dv}, seed(id, 2)), c.elem);
  std::vector<int64_t> gateShape = {c.h};
  if (c.perChannel)
    gateShape.push_back(c.dv);
  HostTensor g =
      HostTensor::from(ref::random(gateShape, seed(id, 3), -3, 3), Elem::F32);
  HostTensor out(c.elem, a.shape());
  std::vector<Arg> ins = {{&a, c.dyn}, {&l, c.dyn}, {&g, 0}};
  std::vector<Arg> outs = {{&out, c.dyn}};
  ASSERT_NO_FATAL_FAILURE(run("%r0 = infini.gated_combine %t0, %t1, %t2 : " +
                                  types(ins) + " -> " + types(outs),
                              ins, outs, lowering));
  expectClose(out, ref::gatedCombine(a.values(), l.values(), g.values()),
              bound(c.elem), "result");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, GatedCombine,
    ::testing::Combine(::testing::Values(
        CombineCase{"head_gate_f32", 2, 4, 5, 8, Elem::F32, false, 0},
        CombineCase{"channel_gate_f32", 1, 4, 6, 8, Elem::F32, true, 0},
        CombineCase{"channel_gate_f16", 2, 2, 5, 4, Elem::F16, true, 0},
        CombineCase{"head_gate_bf16", 1, 8, 3, 4, Elem::BF16, false, 0},
        CombineCase{"dynamic_batch_tokens", 3, 2, 4, 4, Elem::F32, true,
                    kDynBatch | kDynTokens}),
                       ::testing::ValuesIn(kPrimitiveLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

//===----------------------------------------------------------------------===//
// attention: the whole layer over several segments
//===----------------------------------------------------------------------===//

struct LayerCase {
  const char *name;
  int64_t b, h, hkv, t, dk, dv, segment;
  Elem elem;
  bool delta;
  bool perChannel;
  double scale; // 0: the default 1/sqrt(Dk)
  bool rotated; // separate local_query / local_key
  bool zeroState;
  unsigned dyn;
};

void PrintTo(const LayerCase &c, std::ostream *os) { *os << c.name; }

class Attention
    : public ::testing::TestWithParam<std::tuple<LayerCase, Lowering>> {};

TEST_P(Attention, MatchesReference) {
  const LayerCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  if (unsupported(lowering, c.dyn))
    GTEST_SKIP() << "dynamic head dimensions";
  uint64_t id = caseId(c.name);
  HostTensor q = HostTensor::from(
      ref::random({c.b, c.h, c.t, c.dk}, seed(id, 1), -2, 2), c.elem);
  HostTensor k = HostTensor::from(
      ref::random({c.b, c.hkv, c.t, c.dk}, seed(id, 2), -2, 2), c.elem);
  HostTensor v = HostTensor::from(
      ref::random({c.b, c.hkv, c.t, c.dv}, seed(id, 3)), c.elem);
  auto [m0, z0] = randomState(c.b, c.hkv, c.dk, c.dv, id);
  if (c.zeroState) {
    m0 = ref::Tensor(m0.shape);
    z0 = ref::Tensor(z0.shape);
  }
  HostTensor m = HostTensor::from(m0, Elem::F32),
             z = HostTensor::from(z0, Elem::F32);
  std::vector<int64_t> gateShape = {c.h};
  if (c.perChannel)
    gateShape.push_back(c.dv);
  HostTensor g =
      HostTensor::from(ref::random(gateShape, seed(id, 4), -3, 3), Elem::F32);
  HostTensor lq =
      HostTensor::from(ref::random(q.shape(), seed(id, 5), -2, 2), c.elem);
  HostTensor lk =
      HostTensor::from(ref::random(k.shape(), seed(id, 6), -2, 2), c.elem);
  HostTensor out(c.elem, {c.b, c.h, c.t, c.dv});
  HostTensor m1(Elem::F32, m.shape()), z1(Elem::F32, z.shape());

  unsigned state = c.dyn & kDynBatch;
  std::vector<Arg> ins = {{&q, c.dyn}, {&k, c.dyn}, {&v, c.dyn},
                          {&m, state}, {&z, state}, {&g, 0}};
  std::vector<Arg> core(ins);
  std::string local;
  if (c.rotated) {
    ins.push_back({&lq, c.dyn});
    ins.push_back({&lk, c.dyn});
    local = " local_query(%t6 : " + ins[6].tensorType() +
            ") local_key(%t7 : " + ins[7].tensorType() + ")";
  }
  std::vector<Arg> outs = {{&out, c.dyn}, {&m1, state}, {&z1, state}};
  std::string attrs = " segment_len = " + std::to_string(c.segment) +
                      (c.delta ? " rule = delta" : "");
  if (c.scale != 0)
    attrs += " scale = " + str(c.scale);
  ASSERT_NO_FATAL_FAILURE(
      run("%r0, %r1, %r2 = infini.attention %t0, %t1, %t2, %t3, %t4, %t5" +
              attrs + local + " : " + types(core) + " -> " + types(outs),
          ins, outs, lowering));

  double scale = c.scale != 0 ? static_cast<double>(static_cast<float>(c.scale))
                              : 1.0 / std::sqrt(static_cast<double>(c.dk));
  ref::Tensor lqv = lq.values(), lkv = lk.values();
  ref::LayerResult want =
      ref::attention(q.values(), k.values(), v.values(), m.values(), z.values(),
                     g.values(), c.segment, c.delta, scale, 1e-6,
                     c.rotated ? &lqv : nullptr, c.rotated ? &lkv : nullptr);
  expectClose(out, want.out, bound(c.elem), "result");
  expectClose(m1, want.memory, bound(Elem::F32), "new_memory");
  expectClose(z1, want.norm, bound(Elem::F32), "new_norm");
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, Attention,
    ::testing::Combine(
        ::testing::Values(
            LayerCase{"mha_linear_3_segments_f32", 1, 2, 2, 24, 8, 8, 8,
                      Elem::F32, false, false, 0, false, false, 0},
            LayerCase{"gqa2_delta_tail_dk_ne_dv_channel_gate_f32", 2, 4, 2, 21,
                      8, 4, 8, Elem::F32, true, true, 0, false, false, 0},
            LayerCase{"gqa4_linear_scaled_rotated_f32", 1, 8, 2, 18, 4, 8, 6,
                      Elem::F32, false, false, 0.4, true, false, 0},
            LayerCase{"delta_bf16", 1, 4, 2, 20, 8, 8, 8, Elem::BF16, true,
                      false, 0, false, false, 0},
            LayerCase{"linear_tail_f16", 2, 2, 1, 13, 4, 4, 4, Elem::F16, false,
                      true, 0, false, false, 0},
            LayerCase{"delta_zero_state_f32", 1, 4, 2, 16, 8, 8, 8, Elem::F32,
                      true, false, 0, false, true, 0},
            LayerCase{"delta_dynamic_batch_tokens_f32", 2, 4, 2, 19, 8, 8, 8,
                      Elem::F32, true, false, 0, true, false,
                      kDynBatch | kDynTokens},
            LayerCase{"segment_longer_than_input_f32", 1, 2, 2, 5, 4, 4, 8,
                      Elem::F32, false, false, 0, false, false, 0},
            // Odd head sizes: partial row chunks of M and odd strides in
            // the GPU kernels' shared tiles.
            LayerCase{"gqa2_delta_odd_dk_dv_f32", 1, 4, 2, 11, 5, 3, 4,
                      Elem::F32, true, false, 0, false, false, 0},
        LayerCase{"gqa_delta_vector_blocks_f32", 1, 4, 2, 96, 32, 32, 32,
                  Elem::F32, true, true, 0, false, false, 0},
        // Two segments of whole MMA tiles: the GPU segment kernels compute
        // Q K^T and P V on tensor cores, the update stays in f32.
        LayerCase{"gqa_linear_mma_bf16", 1, 4, 2, 128, 32, 16, 64, Elem::BF16,
                  false, false, 0, false, false, 0}),
        ::testing::ValuesIn(kLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

} // namespace

//===----------------------------------------------------------------------===//
// Numerical robustness
//===----------------------------------------------------------------------===//

namespace {

bool allFinite(const ref::Tensor &t) {
  return std::all_of(t.data.begin(), t.data.end(),
                     [](double v) { return std::isfinite(v); });
}

/// A layer case whose inputs the caller fills: runs it and returns
/// (output, new memory, new norm).
struct LayerRun {
  HostTensor q, k, v, m, z, g, out, m1, z1;
  LayerRun(int64_t b, int64_t h, int64_t hkv, int64_t t, int64_t d, Elem elem)
      : q(elem, {b, h, t, d}), k(elem, {b, hkv, t, d}), v(elem, {b, hkv, t, d}),
        m(Elem::F32, {b, hkv, d, d}), z(Elem::F32, {b, hkv, d}),
        g(Elem::F32, {h}), out(elem, {b, h, t, d}),
        m1(Elem::F32, {b, hkv, d, d}), z1(Elem::F32, {b, hkv, d}) {}
  void run(int64_t segment, bool delta, const Lowering &lowering) {
    std::vector<Arg> ins = {{&q, 0}, {&k, 0}, {&v, 0},
                            {&m, 0}, {&z, 0}, {&g, 0}};
    std::vector<Arg> outs = {{&out, 0}, {&m1, 0}, {&z1, 0}};
    ::run("%r0, %r1, %r2 = infini.attention %t0, %t1, %t2, %t3, %t4, %t5 "
          "segment_len = " +
              std::to_string(segment) + (delta ? " rule = delta" : "") +
              " : " + types(ins) + " -> " + types(outs),
          ins, outs, lowering);
  }
};

class Robustness : public ::testing::TestWithParam<Lowering> {};

/// Inputs up to 1e4 in magnitude (f32) or near the f16 maximum give finite
/// outputs that still match the reference: the softmax subtracts its row
/// maximum, the memory read-out is a weighted average of values.
TEST_P(Robustness, LargeMagnitudeInputs) {
  for (auto [elem, magnitude, tol] :
       {std::tuple<Elem, double, double>{Elem::F32, 1e4, 1e-5},
        {Elem::F16, 6.0e4, 1e-3}}) {
    LayerRun r(1, 2, 1, 24, 8, elem);
    uint64_t id = caseId(elem == Elem::F32 ? "large_f32" : "large_f16");
    r.q = HostTensor::from(ref::random(r.q.shape(), seed(id, 1), -magnitude,
                                       magnitude),
                           elem);
    r.k = HostTensor::from(ref::random(r.k.shape(), seed(id, 2), -magnitude,
                                       magnitude),
                           elem);
    r.v = HostTensor::from(ref::random(r.v.shape(), seed(id, 3), -magnitude,
                                       magnitude),
                           elem);
    r.g = HostTensor::from(ref::random(r.g.shape(), seed(id, 4), -3, 3),
                           Elem::F32);
    ASSERT_NO_FATAL_FAILURE(r.run(8, /*delta=*/true, GetParam()));
    ref::LayerResult want = ref::attention(
        r.q.values(), r.k.values(), r.v.values(), r.m.values(), r.z.values(),
        r.g.values(), 8, true, 1.0 / std::sqrt(8.0), 1e-6);
    ASSERT_TRUE(allFinite(want.out));
    expectClose(r.out, want.out, tol, "result");
    expectClose(r.m1, want.memory, 1e-5, "new_memory");
    expectClose(r.z1, want.norm, 1e-5, "new_norm");
  }
}

/// A NaN in one channel of one token's value reaches exactly the outputs
/// that depend on it: that channel of that token and of the later ones of
/// its segment (local attention), and of every token of the later segments
/// (the memory stores it). Earlier tokens and other channels stay finite,
/// and nothing crashes.
TEST_P(Robustness, NaNReachesOnlyDependentOutputs) {
  LayerRun r(1, 2, 1, 24, 4, Elem::F32);
  uint64_t id = caseId("nan");
  r.q = HostTensor::from(ref::random(r.q.shape(), seed(id, 1)), Elem::F32);
  r.k = HostTensor::from(ref::random(r.k.shape(), seed(id, 2)), Elem::F32);
  ref::Tensor v = ref::random(r.v.shape(), seed(id, 3));
  const int64_t poisoned = 10; // segment 1 of 3 (segments of 8), offset 2
  v.data[poisoned * 4 + 1] = std::nan("");
  r.v = HostTensor::from(v, Elem::F32);
  r.g = HostTensor::from(ref::random(r.g.shape(), seed(id, 4), -3, 3),
                         Elem::F32);
  ASSERT_NO_FATAL_FAILURE(r.run(8, /*delta=*/false, GetParam()));
  ref::Tensor out = r.out.values();
  for (int64_t h = 0; h < 2; ++h)
    for (int64_t t = 0; t < 24; ++t)
      for (int64_t d = 0; d < 4; ++d) {
        double x = out.data[(h * 24 + t) * 4 + d];
        // Only channel 1 of the value is NaN, and channels do not mix.
        if (t >= poisoned && d == 1)
          EXPECT_TRUE(std::isnan(x)) << "head " << h << " token " << t;
        else
          EXPECT_TRUE(std::isfinite(x))
              << "head " << h << " token " << t << " channel " << d;
      }
}

/// The same with sizes the 8 x 32 register blocks divide (64-token segments,
/// Dk = Dv = 32), so that under fused_vector_blocks the masked P V of the
/// diagonal tiles runs vectorized: a NaN in token 70's value (segment 1,
/// offset 6) reaches tokens 70..127 in its channel and nothing else.
TEST_P(Robustness, NaNReachesOnlyDependentOutputsInVectorBlocks) {
  LayerRun r(1, 1, 1, 128, 32, Elem::F32);
  uint64_t id = caseId("nan_blocks");
  r.q = HostTensor::from(ref::random(r.q.shape(), seed(id, 1)), Elem::F32);
  r.k = HostTensor::from(ref::random(r.k.shape(), seed(id, 2)), Elem::F32);
  ref::Tensor v = ref::random(r.v.shape(), seed(id, 3));
  const int64_t poisoned = 70, channel = 5;
  v.data[poisoned * 32 + channel] = std::nan("");
  r.v = HostTensor::from(v, Elem::F32);
  r.g = HostTensor::from(ref::Tensor({1}, -1.0), Elem::F32);
  ASSERT_NO_FATAL_FAILURE(r.run(64, /*delta=*/false, GetParam()));
  ref::Tensor out = r.out.values();
  int64_t wrong = 0;
  for (int64_t t = 0; t < 128; ++t)
    for (int64_t d = 0; d < 32; ++d) {
      double x = out.data[t * 32 + d];
      bool expectNaN = t >= poisoned && d == channel;
      wrong += expectNaN ? !std::isnan(x) : !std::isfinite(x);
    }
  EXPECT_EQ(wrong, 0);
}

/// No tokens: the state comes back unchanged and nothing is read or written
/// out of bounds.
TEST_P(Robustness, ZeroTokens) {
  LayerRun r(1, 2, 1, 0, 4, Elem::F32);
  auto [m0, z0] = randomState(1, 1, 4, 4, caseId("empty"));
  r.m = HostTensor::from(m0, Elem::F32);
  r.z = HostTensor::from(z0, Elem::F32);
  ASSERT_NO_FATAL_FAILURE(r.run(8, /*delta=*/true, GetParam()));
  expectClose(r.m1, r.m.values(), 0.0, "new_memory");
  expectClose(r.z1, r.z.values(), 0.0, "new_norm");
}

INSTANTIATE_TEST_SUITE_P(Lowerings, Robustness, ::testing::ValuesIn(kLowerings),
                         [](const auto &info) {
                           return std::string(info.param.name);
                         });

/// 1,048,576 tokens streamed through a layer 65,536 at a time with the f32
/// state carried between calls: outputs and state stay finite, and the norm
/// (a running sum of positive vectors) grows with every call.
TEST(Streaming, MillionTokensStayFinite) {
  const int64_t chunk = 65536, segment = 512, d = 8, calls = 16;
  LayerRun r(1, 1, 1, chunk, d, Elem::F32);
  r.g = HostTensor::from(ref::Tensor({1}, 0.5), Elem::F32);
  std::vector<Arg> ins = {{&r.q, 0}, {&r.k, 0}, {&r.v, 0},
                          {&r.m, 0}, {&r.z, 0}, {&r.g, 0}};
  std::vector<Arg> outs = {{&r.out, 0}, {&r.m1, 0}, {&r.z1, 0}};
  double lastNorm = 0;
  for (int64_t c = 0; c < calls; ++c) {
    uint64_t id = caseId("stream") + c;
    r.q = HostTensor::from(ref::random(r.q.shape(), seed(id, 1), -2, 2),
                           Elem::F32);
    r.k = HostTensor::from(ref::random(r.k.shape(), seed(id, 2), -2, 2),
                           Elem::F32);
    r.v = HostTensor::from(ref::random(r.v.shape(), seed(id, 3)), Elem::F32);
    ASSERT_NO_FATAL_FAILURE(r.run(segment, /*delta=*/true, kDefaultLowering));
    ref::Tensor out = r.out.values(), m1 = r.m1.values(), z1 = r.z1.values();
    ASSERT_TRUE(allFinite(out)) << "call " << c;
    ASSERT_TRUE(allFinite(m1)) << "call " << c;
    ASSERT_TRUE(allFinite(z1)) << "call " << c;
    double norm = 0;
    for (double x : z1.data)
      norm += x;
    EXPECT_GT(norm, lastNorm) << "call " << c;
    lastNorm = norm;
    r.m = HostTensor::from(m1, Elem::F32);
    r.z = HostTensor::from(z1, Elem::F32);
  }
  std::printf("  norm after %lld tokens: %.6g\n",
              static_cast<long long>(chunk * calls), lastNorm);
}

} // namespace
