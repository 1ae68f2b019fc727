//===- StreamTest.cpp - streams in chunks of any size ---------------------===//
//
// infini.attention_chunk fed a stream in chunks of any sizes, each batch
// element starting at its own position, against the float64 reference of
// one infini.attention over each whole stream (SPEC, Streams). The state a
// stream starts from is built from the reference too, as the op documents
// it: the memory after the tokens already consumed, the memory at the start
// of their segment, and the segment's local keys and values in the caches'
// first rows. Every cache row and state the op must not read holds NaN.
//
//===----------------------------------------------------------------------===//

#include "Harness.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace infini;
using namespace infini::test;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using ref::rows;
using ref::setBatch;
using ref::setRows;

/// `x` rounded to `elem`, as the compiled code sees it.
ref::Tensor rounded(const ref::Tensor &x, Elem elem) {
  return HostTensor::from(x, elem).values();
}

struct StreamCase {
  const char *name;
  int64_t b, h, hkv, n, dk, dv;
  Elem elem;
  bool delta, perChannel, rotated;
  /// Tokens each stream has consumed before the first call (b entries).
  std::vector<int64_t> start;
  /// Chunk sizes, cycled; the last chunk is cut to end at `tokens`.
  std::vector<int64_t> chunks;
  /// Tokens fed to every stream.
  int64_t tokens;
  /// Whether the chunk size is dynamic (one function for every size) or
  /// static (one function per size).
  bool dynamicChunk;
};

void PrintTo(const StreamCase &c, std::ostream *os) { *os << c.name; }

/// One stream: its inputs over every token, the reference over all of
/// them, and the state after its first `start` tokens.
struct StreamData {
  ref::Tensor q, k, v, lq, lk; // [1, heads, start + tokens, D]
  ref::Tensor m0, z0;          // the state before the stream's first token
  ref::LayerResult want;
};

class Stream
    : public ::testing::TestWithParam<std::tuple<StreamCase, Lowering>> {};

TEST_P(Stream, AnyChunkingMatchesOneLayer) {
  const StreamCase &c = std::get<0>(GetParam());
  const Lowering &lowering = std::get<1>(GetParam());
  uint64_t id = caseId(c.name);
  double scale = 1.0 / std::sqrt(static_cast<double>(c.dk));
  std::vector<int64_t> gateShape = {c.h};
  if (c.perChannel)
    gateShape.push_back(c.dv);
  HostTensor g =
      HostTensor::from(ref::random(gateShape, seed(id, 1), -3, 3), Elem::F32);

  // The state every stream starts the first call with.
  HostTensor m(Elem::F32, {c.b, c.hkv, c.dk, c.dv}), z(Elem::F32, {c.b, c.hkv, c.dk});
  ref::Tensor mv(m.shape()), zv(z.shape()), smv(m.shape()), szv(z.shape());
  ref::Tensor kcv({c.b, c.hkv, c.n, c.dk}, kNaN), vcv({c.b, c.hkv, c.n, c.dv}, kNaN);
  ref::Tensor pv({c.b});
  std::vector<StreamData> streams;
  for (int64_t e = 0; e < c.b; ++e) {
    int64_t len = c.start[e] + c.tokens;
    uint64_t s = 20 * static_cast<uint64_t>(e);
    StreamData d;
    d.q = rounded(ref::random({1, c.h, len, c.dk}, seed(id, s + 2), -2, 2), c.elem);
    d.k = rounded(ref::random({1, c.hkv, len, c.dk}, seed(id, s + 3), -2, 2), c.elem);
    d.v = rounded(ref::random({1, c.hkv, len, c.dv}, seed(id, s + 4)), c.elem);
    d.lq = c.rotated ? rounded(ref::random(d.q.shape, seed(id, s + 5), -2, 2), c.elem) : d.q;
    d.lk = c.rotated ? rounded(ref::random(d.k.shape, seed(id, s + 6), -2, 2), c.elem) : d.k;
    std::tie(d.m0, d.z0) = randomState(1, c.hkv, c.dk, c.dv, id + s);
    d.want = ref::attention(d.q, d.k, d.v, d.m0, d.z0, g.values(), c.n, c.delta,
                            scale, 1e-6, &d.lq, &d.lk);

    // After `start` tokens: the memory of all of them, the memory at their
    // segment's start, and that segment's keys and values so far.
    auto prefix = [&](int64_t t) {
      ref::Tensor lq = rows(d.lq, 0, 0, t), lk = rows(d.lk, 0, 0, t);
      return ref::attention(rows(d.q, 0, 0, t), rows(d.k, 0, 0, t),
                            rows(d.v, 0, 0, t), d.m0, d.z0, g.values(), c.n,
                            c.delta, scale, 1e-6, &lq, &lk);
    };
    int64_t p = c.start[e], segStart = p - p % c.n;
    ref::LayerResult before = prefix(p);
    setBatch(mv, e, before.memory);
    setBatch(zv, e, before.norm);
    if (p % c.n != 0) {
      ref::LayerResult seg = prefix(segStart);
      setBatch(smv, e, seg.memory);
      setBatch(szv, e, seg.norm);
      setRows(kcv, e, 0, rows(d.lk, 0, segStart, p));
      setRows(vcv, e, 0, rows(d.v, 0, segStart, p));
    } else {
      // Not read at a boundary.
      setBatch(smv, e, ref::Tensor(before.memory.shape, kNaN));
      setBatch(szv, e, ref::Tensor(before.norm.shape, kNaN));
    }
    pv.data[e] = static_cast<double>(p);
    streams.push_back(std::move(d));
  }
  m = HostTensor::from(mv, Elem::F32);
  z = HostTensor::from(zv, Elem::F32);
  HostTensor sm = HostTensor::from(smv, Elem::F32),
             sz = HostTensor::from(szv, Elem::F32);
  HostTensor kc = HostTensor::from(kcv, c.elem), vc = HostTensor::from(vcv, c.elem);
  HostTensor pos = HostTensor::from(pv, Elem::I64);

  std::map<int64_t, std::unique_ptr<CompiledOp>> compiled;
  ref::Tensor got({c.b, c.h, c.tokens, c.dv});
  int64_t done = 0;
  for (size_t call = 0; done < c.tokens; ++call) {
    int64_t len = std::min(c.chunks[call % c.chunks.size()], c.tokens - done);
    ref::Tensor qv({c.b, c.h, len, c.dk}), kv({c.b, c.hkv, len, c.dk}),
        vv({c.b, c.hkv, len, c.dv}), lqv(qv.shape), lkv(kv.shape);
    for (int64_t e = 0; e < c.b; ++e) {
      int64_t t0 = c.start[e] + done;
      const StreamData &d = streams[e];
      setRows(qv, e, 0, rows(d.q, 0, t0, t0 + len));
      setRows(kv, e, 0, rows(d.k, 0, t0, t0 + len));
      setRows(vv, e, 0, rows(d.v, 0, t0, t0 + len));
      setRows(lqv, e, 0, rows(d.lq, 0, t0, t0 + len));
      setRows(lkv, e, 0, rows(d.lk, 0, t0, t0 + len));
    }
    HostTensor q = HostTensor::from(qv, c.elem), k = HostTensor::from(kv, c.elem),
               v = HostTensor::from(vv, c.elem), lq = HostTensor::from(lqv, c.elem),
               lk = HostTensor::from(lkv, c.elem);
    HostTensor out(c.elem, {c.b, c.h, len, c.dv});
    HostTensor m1(Elem::F32, m.shape()), z1(Elem::F32, z.shape()),
        sm1(Elem::F32, m.shape()), sz1(Elem::F32, z.shape()),
        kc1(c.elem, kc.shape()), vc1(c.elem, vc.shape()),
        pos1(Elem::I64, pos.shape());
    unsigned dyn = c.dynamicChunk ? kDynTokens : 0;
    std::vector<Arg> ins = {{&q, dyn}, {&k, dyn}, {&v, dyn}, {&m, 0},
                            {&z, 0},   {&g, 0},   {&sm, 0},  {&sz, 0},
                            {&kc, 0},  {&vc, 0},  {&pos, 0}};
    std::vector<Arg> core(ins);
    std::string local;
    if (c.rotated) {
      ins.push_back({&lq, dyn});
      ins.push_back({&lk, dyn});
      local = " local_query(%t11 : " + ins[11].tensorType() +
              ") local_key(%t12 : " + ins[12].tensorType() + ")";
    }
    std::vector<Arg> outs = {{&out, dyn}, {&m1, 0},  {&z1, 0},  {&sm1, 0},
                             {&sz1, 0},   {&kc1, 0}, {&vc1, 0}, {&pos1, 0}};
    std::unique_ptr<CompiledOp> &op = compiled[c.dynamicChunk ? -1 : len];
    if (!op) {
      op = std::make_unique<CompiledOp>(
          "%r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 = infini.attention_chunk "
          "%t0, %t1, %t2, %t3, %t4, %t5 segment(%t6, %t7) cache(%t8, %t9) "
          "position(%t10)" +
              std::string(c.delta ? " rule = delta" : "") + local + " : " +
              types(core) + " -> " + outs[0].tensorType(),
          ins, outs, lowering);
      ASSERT_TRUE(*op);
    }
    ASSERT_NO_FATAL_FAILURE(op->call(ins, outs));
    ref::Tensor o = out.values();
    for (int64_t e = 0; e < c.b; ++e)
      setRows(got, e, done, rows(o, e, 0, len));
    m = std::move(m1);
    z = std::move(z1);
    sm = std::move(sm1);
    sz = std::move(sz1);
    kc = std::move(kc1);
    vc = std::move(vc1);
    pos = std::move(pos1);
    done += len;
  }

  ref::Tensor want({c.b, c.h, c.tokens, c.dv}), wantM(m.shape()), wantZ(z.shape());
  for (int64_t e = 0; e < c.b; ++e) {
    const StreamData &d = streams[e];
    setRows(want, e, 0,
            rows(d.want.out, 0, c.start[e], c.start[e] + c.tokens));
    setBatch(wantM, e, d.want.memory);
    setBatch(wantZ, e, d.want.norm);
    EXPECT_EQ(pos.values().data[e], static_cast<double>(c.start[e] + c.tokens))
        << "new_position of stream " << e;
  }
  expectClose(HostTensor::from(got, Elem::F32), want, bound(c.elem), "result");
  expectClose(m, wantM, bound(Elem::F32), "new_memory");
  expectClose(z, wantZ, bound(Elem::F32), "new_norm");
}

/// A negative position is reported at run time (infini-check-dynamic-sizes)
/// before anything reads the caches.
TEST(StreamDeathTest, NegativePositionIsReported) {
  HostTensor q = HostTensor::from(ref::random({1, 2, 1, 4}, 1), Elem::F32);
  HostTensor k = HostTensor::from(ref::random({1, 1, 1, 4}, 2), Elem::F32);
  HostTensor m(Elem::F32, {1, 1, 4, 4}), z(Elem::F32, {1, 1, 4});
  HostTensor g(Elem::F32, {2}), kc(Elem::F32, {1, 1, 8, 4});
  HostTensor pos = HostTensor::from(ref::Tensor({1}, -3.0), Elem::I64);
  HostTensor out(Elem::F32, {1, 2, 1, 4}), m1(Elem::F32, m.shape()),
      z1(Elem::F32, z.shape()), sm1(Elem::F32, m.shape()),
      sz1(Elem::F32, z.shape()), kc1(Elem::F32, kc.shape()),
      vc1(Elem::F32, kc.shape()), pos1(Elem::I64, {1});
  std::vector<Arg> ins = {{&q, 0}, {&k, 0},  {&k, 0},  {&m, 0},
                          {&z, 0}, {&g, 0},  {&m, 0},  {&z, 0},
                          {&kc, 0}, {&kc, 0}, {&pos, 0}};
  std::vector<Arg> outs = {{&out, 0}, {&m1, 0},  {&z1, 0},  {&sm1, 0},
                           {&sz1, 0}, {&kc1, 0}, {&vc1, 0}, {&pos1, 0}};
  CompiledOp op("%r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 = "
                "infini.attention_chunk %t0, %t1, %t2, %t3, %t4, %t5 "
                "segment(%t6, %t7) cache(%t8, %t9) position(%t10) : " +
                    types(ins) + " -> " + outs[0].tensorType(),
                ins, outs);
  ASSERT_TRUE(op);
  EXPECT_DEATH(op.call(ins, outs),
               "infini.attention_chunk.*a 'position' is negative");
}

/// The CPU lowerings. convert-infini-to-gpu has kernels for decode steps
/// only (the cases below compiled for chunks of one token).
constexpr Lowering kStreamLowerings[] = {kLowerings[0], kLowerings[1],
                                         kLowerings[2], kLowerings[3],
                                         kLowerings[6], kLowerings[7]};
constexpr Lowering kGpuLowerings[] = {kLowerings[4], kLowerings[5]};

/// Token-by-token decoding from inside a segment, compiled for chunks of 1.
const StreamCase kDecodeCases[] = {
    StreamCase{"gqa4_delta_decode_f16", 1, 4, 1, 6, 8, 8, Elem::F16, true,
               false, false, {4}, {1}, 9, false},
    StreamCase{"mha_linear_decode_two_streams_f32", 2, 2, 2, 8, 8, 8,
               Elem::F32, false, false, false, {0, 5}, {1}, 12, false},
    // Decode steps with a per-channel gate ([H, Dv]: each kv head's step
    // takes its query heads' rows of it) and RoPE.
    StreamCase{"gqa_linear_decode_channel_gate_f32", 2, 4, 2, 6, 8, 4,
               Elem::F32, false, true, true, {2, 7}, {1}, 10, false},
    // Caches of several splits and key tiles, one stream crossing a
    // segment boundary.
    StreamCase{"gqa_delta_decode_splits_bf16", 2, 4, 2, 64, 16, 16,
               Elem::BF16, true, false, true, {5, 58}, {1}, 12, false}};

INSTANTIATE_TEST_SUITE_P(
    Chunkings, Stream,
    ::testing::Combine(
        ::testing::Values(
            // Chunks of 1 to 7 tokens over segments of 4 (7 crosses two
            // boundaries); one stream starts fresh, one inside its second
            // segment.
            StreamCase{"mha_linear_mixed_chunks_f32", 2, 2, 2, 4, 8, 8,
                       Elem::F32, false, false, false, {0, 5}, {1, 3, 2, 7},
                       19, true},
            StreamCase{"gqa_delta_rotated_channel_gate_f32", 2, 4, 2, 5, 8, 4,
                       Elem::F32, true, true, true, {3, 10}, {2, 1, 6}, 17,
                       true},
            kDecodeCases[0], kDecodeCases[1], kDecodeCases[2], kDecodeCases[3],
            // A prompt, then decode steps.
            StreamCase{"delta_rotated_prompt_then_decode_bf16", 2, 2, 1, 8, 8,
                       8, Elem::BF16, true, false, true, {0, 2}, {11, 1}, 14,
                       true},
            // Sizes the register blocks divide, and key tiles of the
            // segment's cache: a prompt of 50, decode steps, a chunk of 30.
            StreamCase{"gqa_delta_vector_blocks_f32", 2, 4, 2, 64, 32, 32,
                       Elem::F32, true, false, false, {0, 37}, {50, 1, 1, 30},
                       100, true}),
        ::testing::ValuesIn(kStreamLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

INSTANTIATE_TEST_SUITE_P(
    Decoding, Stream,
    ::testing::Combine(::testing::ValuesIn(kDecodeCases),
                       ::testing::ValuesIn(kGpuLowerings)),
    [](const auto &info) {
      return std::string(std::get<0>(info.param).name) + "_" +
             std::get<1>(info.param).name;
    });

} // namespace
