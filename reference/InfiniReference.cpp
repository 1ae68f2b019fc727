//===- InfiniReference.cpp - float64 reference of Infini-attention --------===//
//
// Shapes are validated once at the top of each function; the loops then index
// the row-major data directly, because going through the bounds-checked
// Tensor::operator() per element would make realistic sizes (T = 4096, H = 8,
// d = 64) too slow for a unit test.
//
//===----------------------------------------------------------------------===//

#include "InfiniReference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>
#include <string>
#include <tuple>

using namespace infini::ref;

namespace {

[[noreturn]] void fail(const std::string &message) {
  std::fprintf(stderr, "infini::ref::%s\n", message.c_str());
  std::abort();
}

std::string shapeString(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

int64_t product(const std::vector<int64_t> &shape) {
  int64_t n = 1;
  for (int64_t size : shape)
    n *= size;
  return n;
}

// Public fields let a caller change `shape` or `data` independently, so every
// entry point re-checks that they agree before trusting either.
void checkData(const Tensor &t, const std::string &what) {
  if (static_cast<int64_t>(t.data.size()) != product(t.shape))
    fail(what + " has shape " + shapeString(t.shape) + " (" +
         std::to_string(product(t.shape)) + " elements) but holds " +
         std::to_string(t.data.size()));
}

/// Checks the operands of one function against symbolic shapes such as
/// {"B", "H", "N", "Dk"}. The first operand to mention a size fixes it, and
/// later operands are reported against that one, so a message reads like
/// "'key' has N = 5 but 'query' has N = 4".
class ShapeChecker {
public:
  explicit ShapeChecker(std::string function) : function(std::move(function)) {}

  void check(const Tensor &t, const char *operand,
             std::initializer_list<const char *> dims) {
    std::string what = function + ": '" + operand + "'";
    checkData(t, what);
    if (t.shape.size() != dims.size()) {
      std::string expected;
      for (const char *d : dims)
        expected += (expected.empty() ? "" : ", ") + std::string(d);
      fail(what + " has shape " + shapeString(t.shape) + " but must be [" +
           expected + "]");
    }
    size_t i = 0;
    for (const char *name : dims) {
      int64_t size = t.shape[i++];
      auto it = std::find_if(bound.begin(), bound.end(),
                             [&](const Bound &b) { return b.name == name; });
      if (it == bound.end()) {
        bound.push_back({name, size, operand});
      } else if (it->size != size) {
        fail(what + " has " + name + " = " + std::to_string(size) + " (shape " +
             shapeString(t.shape) + ") but '" + it->operand + "' has " + name +
             " = " + std::to_string(it->size));
      }
    }
  }

  /// Checks a gate of shape [H] (per head) or [H, Dv] (per head and channel).
  void checkGate(const Tensor &gate) {
    if (gate.shape.size() == 1)
      check(gate, "gate", {"H"});
    else if (gate.shape.size() == 2)
      check(gate, "gate", {"H", "Dv"});
    else
      fail(function + ": 'gate' has shape " + shapeString(gate.shape) +
           " but must be [H] or [H, Dv]");
  }

  int64_t operator[](const char *name) const {
    for (const Bound &b : bound)
      if (b.name == name)
        return b.size;
    fail(function + ": internal error: size " + name + " was never checked");
  }

  /// The number of query heads sharing one kv head, after checking that the
  /// query heads split evenly over the kv heads.
  int64_t headGroup() const {
    int64_t h = (*this)["H"], hkv = (*this)["Hkv"];
    if (hkv <= 0 || h % hkv != 0)
      fail(function + ": H = " + std::to_string(h) +
           " query heads must be a multiple of Hkv = " + std::to_string(hkv) +
           " > 0 kv heads");
    return h / hkv;
  }

private:
  struct Bound {
    std::string name;
    int64_t size;
    std::string operand;
  };
  std::string function;
  std::vector<Bound> bound;
};

/// Offset of the element whose leading indices are `lead` and whose remaining
/// indices are 0, i.e. the start of that row / matrix. Unchecked: callers have
/// validated the shapes.
int64_t offsetOf(const Tensor &t, std::initializer_list<int64_t> lead) {
  int64_t offset = 0;
  size_t i = 0;
  for (int64_t index : lead)
    offset = offset * t.shape[i++] + index;
  for (; i < t.shape.size(); ++i)
    offset *= t.shape[i];
  return offset;
}

const double *at(const Tensor &t, std::initializer_list<int64_t> lead) {
  return t.data.data() + offsetOf(t, lead);
}

double *at(Tensor &t, std::initializer_list<int64_t> lead) {
  return t.data.data() + offsetOf(t, lead);
}

/// scores[u] = scale * qRow . k[u] for the first `visible` keys of one head
/// (k: keys x dk, row-major); returns the largest, or `floor` if larger.
double scoreRow(const double *qRow, const double *kHead, int64_t visible,
                int64_t dk, double scale, double floor,
                std::vector<double> &scores) {
  double rowMax = floor;
  for (int64_t u = 0; u < visible; ++u) {
    double dot = 0.0;
    for (int64_t i = 0; i < dk; ++i)
      dot += qRow[i] * kHead[u * dk + i];
    scores[u] = scale * dot;
    rowMax = std::max(rowMax, scores[u]);
  }
  return rowMax;
}

/// out = sx @ m / max(sx . z, eps) for one row sx = sigma(x) of length dk and
/// one head's memory m (dk x dv, row-major) and norm z (dk). Shared by
/// retrieval and the delta rule's V_old, which SPEC defines by the same
/// formula.
void readMemory(const double *sx, const double *m, const double *z, int64_t dk,
                int64_t dv, double eps, double *out) {
  double denominator = 0.0;
  for (int64_t i = 0; i < dk; ++i)
    denominator += sx[i] * z[i];
  denominator = std::max(denominator, eps);
  std::fill(out, out + dv, 0.0);
  for (int64_t i = 0; i < dk; ++i)
    for (int64_t d = 0; d < dv; ++d)
      out[d] += sx[i] * m[i * dv + d];
  for (int64_t d = 0; d < dv; ++d)
    out[d] /= denominator;
}

/// Tokens [start, start + len) of a [d0, d1, T, d3] tensor.
Tensor sliceTokens(const Tensor &t, int64_t start, int64_t len) {
  Tensor slice({t.shape[0], t.shape[1], len, t.shape[3]});
  for (int64_t i0 = 0; i0 < t.shape[0]; ++i0)
    for (int64_t i1 = 0; i1 < t.shape[1]; ++i1)
      std::copy_n(at(t, {i0, i1, start}), len * t.shape[3],
                  at(slice, {i0, i1, 0}));
  return slice;
}

/// Writes `slice` ([d0, d1, len, d3]) to tokens [start, start + len) of `t`.
void storeTokens(Tensor &t, const Tensor &slice, int64_t start) {
  for (int64_t i0 = 0; i0 < t.shape[0]; ++i0)
    for (int64_t i1 = 0; i1 < t.shape[1]; ++i1)
      std::copy_n(at(slice, {i0, i1, 0}), slice.shape[2] * t.shape[3],
                  at(t, {i0, i1, start}));
}

int64_t checkedOffset(const Tensor &t, std::initializer_list<int64_t> idx) {
  if (idx.size() != t.shape.size())
    fail("Tensor: " + std::to_string(idx.size()) +
         " indices for a tensor of shape " + shapeString(t.shape));
  checkData(t, "Tensor");
  int64_t offset = 0;
  size_t i = 0;
  for (int64_t index : idx) {
    if (index < 0 || index >= t.shape[i])
      fail("Tensor: index " + std::to_string(index) + " out of range [0, " +
           std::to_string(t.shape[i]) + ") in dimension " + std::to_string(i) +
           " of shape " + shapeString(t.shape));
    offset = offset * t.shape[i++] + index;
  }
  return offset;
}

} // namespace

Tensor::Tensor(std::vector<int64_t> shape, double fill)
    : shape(std::move(shape)) {
  for (int64_t size : this->shape)
    if (size < 0)
      fail("Tensor: negative size in shape " + shapeString(this->shape));
  data.assign(product(this->shape), fill);
}

int64_t Tensor::numel() const { return product(shape); }

double &Tensor::operator()(std::initializer_list<int64_t> idx) {
  return data[checkedOffset(*this, idx)];
}

double Tensor::operator()(std::initializer_list<int64_t> idx) const {
  return data[checkedOffset(*this, idx)];
}

double infini::ref::sigma(double x) { return x > 0.0 ? x + 1.0 : std::exp(x); }

Tensor infini::ref::memoryRetrieve(const Tensor &q, const Tensor &memory,
                                   const Tensor &norm, double eps) {
  ShapeChecker c("memoryRetrieve");
  c.check(q, "query", {"B", "H", "N", "Dk"});
  c.check(memory, "memory", {"B", "Hkv", "Dk", "Dv"});
  c.check(norm, "norm", {"B", "Hkv", "Dk"});
  int64_t group = c.headGroup();
  int64_t B = c["B"], H = c["H"], N = c["N"], Dk = c["Dk"], Dv = c["Dv"];

  Tensor out({B, H, N, Dv});
  std::vector<double> sq(Dk);
  for (int64_t b = 0; b < B; ++b)
    for (int64_t h = 0; h < H; ++h) {
      int64_t kv = h / group;
      for (int64_t t = 0; t < N; ++t) {
        const double *qRow = at(q, {b, h, t});
        for (int64_t i = 0; i < Dk; ++i)
          sq[i] = sigma(qRow[i]);
        readMemory(sq.data(), at(memory, {b, kv}), at(norm, {b, kv}), Dk, Dv,
                   eps, at(out, {b, h, t}));
      }
    }
  return out;
}

std::pair<Tensor, Tensor> infini::ref::memoryUpdate(const Tensor &k,
                                                    const Tensor &v,
                                                    const Tensor &memory,
                                                    const Tensor &norm,
                                                    bool delta, double eps) {
  ShapeChecker c("memoryUpdate");
  c.check(k, "key", {"B", "Hkv", "N", "Dk"});
  c.check(v, "value", {"B", "Hkv", "N", "Dv"});
  c.check(memory, "memory", {"B", "Hkv", "Dk", "Dv"});
  c.check(norm, "norm", {"B", "Hkv", "Dk"});
  int64_t B = c["B"], Hkv = c["Hkv"], N = c["N"], Dk = c["Dk"], Dv = c["Dv"];

  Tensor newMemory = memory, newNorm = norm;
  std::vector<double> sk(Dk);
  // The linear rule is the delta rule with V_old = 0.
  std::vector<double> vOld(Dv, 0.0);
  for (int64_t b = 0; b < B; ++b)
    for (int64_t g = 0; g < Hkv; ++g) {
      double *m = at(newMemory, {b, g});
      double *z = at(newNorm, {b, g});
      for (int64_t t = 0; t < N; ++t) {
        const double *kRow = at(k, {b, g, t});
        const double *vRow = at(v, {b, g, t});
        for (int64_t i = 0; i < Dk; ++i)
          sk[i] = sigma(kRow[i]);
        // V_old reads the state from before this update (`memory`, `norm`),
        // not the partly updated copy, for every token of the segment.
        if (delta)
          readMemory(sk.data(), at(memory, {b, g}), at(norm, {b, g}), Dk, Dv,
                     eps, vOld.data());
        for (int64_t i = 0; i < Dk; ++i) {
          for (int64_t d = 0; d < Dv; ++d)
            m[i * Dv + d] += sk[i] * (vRow[d] - vOld[d]);
          z[i] += sk[i];
        }
      }
    }
  return {std::move(newMemory), std::move(newNorm)};
}

Tensor infini::ref::localAttention(const Tensor &q, const Tensor &k,
                                   const Tensor &v, double scale, bool causal) {
  ShapeChecker c("localAttention");
  c.check(q, "query", {"B", "H", "N", "Dk"});
  c.check(k, "key", {"B", "Hkv", "N", "Dk"});
  c.check(v, "value", {"B", "Hkv", "N", "Dv"});
  int64_t group = c.headGroup();
  int64_t B = c["B"], H = c["H"], N = c["N"], Dk = c["Dk"], Dv = c["Dv"];

  Tensor out({B, H, N, Dv});
  std::vector<double> scores(N);
  for (int64_t b = 0; b < B; ++b)
    for (int64_t h = 0; h < H; ++h) {
      int64_t kv = h / group;
      const double *kHead = at(k, {b, kv});
      const double *vHead = at(v, {b, kv});
      for (int64_t t = 0; t < N; ++t) {
        const double *qRow = at(q, {b, h, t});
        double *outRow = at(out, {b, h, t});
        // The causal mask's -inf entries contribute exp(-inf) = 0, so masked
        // keys are simply left out of the row.
        int64_t visible = causal ? t + 1 : N;
        double rowMax =
            scoreRow(qRow, kHead, visible, Dk, scale,
                     -std::numeric_limits<double>::infinity(), scores);
        double sum = 0.0;
        for (int64_t u = 0; u < visible; ++u) {
          double p = std::exp(scores[u] - rowMax);
          sum += p;
          for (int64_t d = 0; d < Dv; ++d)
            outRow[d] += p * vHead[u * Dv + d];
        }
        for (int64_t d = 0; d < Dv; ++d)
          outRow[d] /= sum;
      }
    }
  return out;
}

infini::ref::OnlineState
infini::ref::onlineAttention(const Tensor &q, const Tensor &k, const Tensor &v,
                             int64_t queryOffset, double scale, bool causal,
                             const OnlineState &state) {
  ShapeChecker c("onlineAttention");
  c.check(q, "query", {"B", "H", "N", "Dk"});
  c.check(k, "key", {"B", "Hkv", "Nk", "Dk"});
  c.check(v, "value", {"B", "Hkv", "Nk", "Dv"});
  c.check(state.acc, "acc", {"B", "H", "N", "Dv"});
  c.check(state.max, "max", {"B", "H", "N"});
  c.check(state.sum, "sum", {"B", "H", "N"});
  int64_t group = c.headGroup();
  int64_t B = c["B"], H = c["H"], N = c["N"], Nk = c["Nk"], Dk = c["Dk"],
          Dv = c["Dv"];

  OnlineState out = state;
  std::vector<double> scores(Nk);
  for (int64_t b = 0; b < B; ++b)
    for (int64_t h = 0; h < H; ++h) {
      int64_t kv = h / group;
      const double *kHead = at(k, {b, kv});
      const double *vHead = at(v, {b, kv});
      for (int64_t t = 0; t < N; ++t) {
        int64_t visible =
            causal ? std::clamp<int64_t>(t + queryOffset + 1, 0, Nk) : Nk;
        if (visible == 0)
          continue;
        const double *qRow = at(q, {b, h, t});
        double oldMax = state.max({b, h, t});
        double newMax =
            scoreRow(qRow, kHead, visible, Dk, scale, oldMax, scores);
        // exp(-inf - finite) = 0: a row that saw no key before starts fresh.
        double shrink = std::exp(oldMax - newMax);
        double sum = shrink * state.sum({b, h, t});
        double *accRow = at(out.acc, {b, h, t});
        for (int64_t d = 0; d < Dv; ++d)
          accRow[d] *= shrink;
        for (int64_t u = 0; u < visible; ++u) {
          double p = std::exp(scores[u] - newMax);
          sum += p;
          for (int64_t d = 0; d < Dv; ++d)
            accRow[d] += p * vHead[u * Dv + d];
        }
        out.max({b, h, t}) = newMax;
        out.sum({b, h, t}) = sum;
      }
    }
  return out;
}

Tensor infini::ref::gatedCombine(const Tensor &memOut, const Tensor &localOut,
                                 const Tensor &gate) {
  ShapeChecker c("gatedCombine");
  c.check(memOut, "memory_out", {"B", "H", "N", "Dv"});
  c.check(localOut, "local_out", {"B", "H", "N", "Dv"});
  c.checkGate(gate);
  int64_t B = c["B"], H = c["H"], N = c["N"], Dv = c["Dv"];
  bool perChannel = gate.shape.size() == 2;

  Tensor out({B, H, N, Dv});
  for (int64_t b = 0; b < B; ++b)
    for (int64_t h = 0; h < H; ++h)
      for (int64_t t = 0; t < N; ++t) {
        const double *memRow = at(memOut, {b, h, t});
        const double *localRow = at(localOut, {b, h, t});
        double *outRow = at(out, {b, h, t});
        for (int64_t d = 0; d < Dv; ++d) {
          double beta = gate.data[perChannel ? h * Dv + d : h];
          double g = 1.0 / (1.0 + std::exp(-beta));
          outRow[d] = g * memRow[d] + (1.0 - g) * localRow[d];
        }
      }
  return out;
}

LayerResult infini::ref::attention(const Tensor &q, const Tensor &k,
                                   const Tensor &v, const Tensor &memory,
                                   const Tensor &norm, const Tensor &gate,
                                   int64_t segLen, bool delta, double scale,
                                   double eps, const Tensor *localQ,
                                   const Tensor *localK) {
  ShapeChecker c("attention");
  c.check(q, "query", {"B", "H", "T", "Dk"});
  c.check(k, "key", {"B", "Hkv", "T", "Dk"});
  c.check(v, "value", {"B", "Hkv", "T", "Dv"});
  c.check(memory, "memory", {"B", "Hkv", "Dk", "Dv"});
  c.check(norm, "norm", {"B", "Hkv", "Dk"});
  c.checkGate(gate);
  if (localQ)
    c.check(*localQ, "local_query", {"B", "H", "T", "Dk"});
  if (localK)
    c.check(*localK, "local_key", {"B", "Hkv", "T", "Dk"});
  c.headGroup();
  if (segLen <= 0)
    fail("attention: segment length " + std::to_string(segLen) +
         " must be > 0");
  int64_t B = c["B"], H = c["H"], T = c["T"], Dv = c["Dv"];
  const Tensor &qLocal = localQ ? *localQ : q;
  const Tensor &kLocal = localK ? *localK : k;

  LayerResult result{Tensor({B, H, T, Dv}), memory, norm};
  for (int64_t start = 0; start < T;) {
    // Stepping by the actual length cannot overflow even for a huge segLen.
    int64_t len = std::min(segLen, T - start);
    Tensor qSeg = sliceTokens(q, start, len);
    Tensor kSeg = sliceTokens(k, start, len);
    Tensor vSeg = sliceTokens(v, start, len);
    Tensor memOut = memoryRetrieve(qSeg, result.memory, result.norm, eps);
    Tensor localOut =
        localAttention(sliceTokens(qLocal, start, len),
                       sliceTokens(kLocal, start, len), vSeg, scale,
                       /*causal=*/true);
    storeTokens(result.out, gatedCombine(memOut, localOut, gate), start);
    std::tie(result.memory, result.norm) =
        memoryUpdate(kSeg, vSeg, result.memory, result.norm, delta, eps);
    start += len;
  }
  return result;
}

infini::ref::Tensor infini::ref::rows(const Tensor &x, int64_t b, int64_t t0,
                                      int64_t t1) {
  int64_t h = x.dim(1), t = x.dim(2), d = x.dim(3);
  Tensor out({1, h, t1 - t0, d});
  for (int64_t i = 0; i < h; ++i)
    for (int64_t n = t0; n < t1; ++n)
      for (int64_t e = 0; e < d; ++e)
        out.data[(i * (t1 - t0) + n - t0) * d + e] =
            x.data[((b * h + i) * t + n) * d + e];
  return out;
}

void infini::ref::setRows(Tensor &dst, int64_t b, int64_t t0,
                          const Tensor &src) {
  int64_t h = dst.dim(1), t = dst.dim(2), d = dst.dim(3), len = src.dim(2);
  for (int64_t i = 0; i < h; ++i)
    for (int64_t n = 0; n < len; ++n)
      for (int64_t e = 0; e < d; ++e)
        dst.data[((b * h + i) * t + t0 + n) * d + e] =
            src.data[(i * len + n) * d + e];
}

void infini::ref::setBatch(Tensor &dst, int64_t b, const Tensor &src) {
  std::copy(src.data.begin(), src.data.end(),
            dst.data.begin() + b * static_cast<int64_t>(src.data.size()));
}

double infini::ref::relativeError(const Tensor &a, const Tensor &b) {
  checkData(a, "relativeError: 'a'");
  checkData(b, "relativeError: 'b'");
  if (a.shape != b.shape)
    fail("relativeError: shapes " + shapeString(a.shape) + " and " +
         shapeString(b.shape) + " differ");
  double diff = 0.0, ref = 0.0;
  for (size_t i = 0; i < a.data.size(); ++i) {
    diff += (a.data[i] - b.data[i]) * (a.data[i] - b.data[i]);
    ref += b.data[i] * b.data[i];
  }
  return ref == 0.0 ? std::sqrt(diff) : std::sqrt(diff) / std::sqrt(ref);
}

Tensor infini::ref::random(std::vector<int64_t> shape, uint64_t seed, double lo,
                           double hi) {
  if (!(lo < hi))
    fail("random: lo = " + std::to_string(lo) +
         " must be < hi = " + std::to_string(hi));
  Tensor t(std::move(shape));
  std::mt19937_64 engine(seed);
  for (double &x : t.data) {
    // The top 53 bits as a double in [0, 1), rather than
    // std::uniform_real_distribution, whose algorithm differs between
    // standard libraries and so would make seeded data platform-dependent.
    double unit = static_cast<double>(engine() >> 11) * 0x1.0p-53;
    x = lo + (hi - lo) * unit;
    // Rounding can land exactly on hi for some (lo, hi).
    if (x >= hi)
      x = std::nextafter(hi, lo);
  }
  return t;
}
