//===- InfiniReference.h - float64 Infini-attention reference ---*- C++ -*-===//
//
// An independent, deliberately plain implementation of the math in SPEC.md
// (the semantics of the `infini` dialect), in float64, for tests to compare
// the compiled ops against. It follows the equations with nested loops and
// shares no code with the compiler, so a bug in one is unlikely to be repeated
// in the other.
//
// Every function validates the shapes of its operands first and aborts with a
// message that names the operand (by its name in the dialect) and the sizes
// involved; invalid input never produces a result.
//
// Grouped-query attention: with H query heads and Hkv key/value heads, query
// head h reads kv head h / (H / Hkv).
//
//===----------------------------------------------------------------------===//

#ifndef INFINI_UNITTESTS_REFERENCE_INFINIREFERENCE_H
#define INFINI_UNITTESTS_REFERENCE_INFINIREFERENCE_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

namespace infini::ref {

/// A dense row-major float64 tensor.
///
/// `shape` and `data` are public so tests can fill and inspect them freely;
/// every function here checks that `data` holds exactly numel() elements. A
/// default-constructed Tensor has rank 0 and no data, so it is only a
/// placeholder to assign to.
struct Tensor {
  std::vector<int64_t> shape;
  std::vector<double> data;

  Tensor() = default;
  /// A tensor of the given shape with every element set to `fill`. Aborts on
  /// a negative size.
  explicit Tensor(std::vector<int64_t> shape, double fill = 0.0);

  /// The product of the sizes in `shape` (1 for rank 0).
  int64_t numel() const;
  int64_t dim(size_t i) const { return shape[i]; }

  /// The element at `idx` (one index per dimension). Aborts with a message on
  /// a wrong number of indices, an index out of range, or data that does not
  /// match the shape.
  double &operator()(std::initializer_list<int64_t> idx);
  double operator()(std::initializer_list<int64_t> idx) const;
};

/// ELU(x) + 1: x + 1 for x > 0 and exp(x) otherwise; strictly positive.
double sigma(double x);

/// Memory retrieval:
///   A_mem[t] = sigma(q[t]) @ M / max(sigma(q[t]) . z, eps).
/// q [B,H,N,Dk], memory [B,Hkv,Dk,Dv], norm [B,Hkv,Dk] -> [B,H,N,Dv].
/// With memory and norm zero the result is exactly zero.
Tensor memoryRetrieve(const Tensor &q, const Tensor &memory, const Tensor &norm,
                      double eps);

/// Memory update, returning {new_memory, new_norm}.
///   linear: M' = M + sigma(k)^T @ v
///   delta:  M' = M + sigma(k)^T @ (v - V_old), where
///           V_old[t] = sigma(k[t]) @ M / max(sigma(k[t]) . z, eps)
///           reads the memory from before this update;
///   both:   z' = z + sum over t of sigma(k[t]).
/// k [B,Hkv,N,Dk], v [B,Hkv,N,Dv], memory [B,Hkv,Dk,Dv], norm [B,Hkv,Dk].
std::pair<Tensor, Tensor> memoryUpdate(const Tensor &k, const Tensor &v,
                                       const Tensor &memory, const Tensor &norm,
                                       bool delta, double eps);

/// Scaled dot-product attention inside one segment:
///   softmax(scale * q @ k^T + mask) @ v,
/// where, when `causal`, query t sees keys u <= t only. The softmax subtracts
/// the row maximum, so large scores do not overflow.
/// q [B,H,N,Dk], k [B,Hkv,N,Dk], v [B,Hkv,N,Dv] -> [B,H,N,Dv].
Tensor localAttention(const Tensor &q, const Tensor &k, const Tensor &v,
                      double scale, bool causal);

/// The running state of online softmax attention per query row.
struct OnlineState {
  Tensor acc; ///< [B,H,N,Dv]: sum over the keys seen of exp(s - max) * v
  Tensor max; ///< [B,H,N]: the largest score seen (-inf before any key)
  Tensor sum; ///< [B,H,N]: sum over the keys seen of exp(s - max)
};

/// One block of keys folded into the running state (infini.online_attention):
/// with s[t, u] = scale * q[t] . k[u] over the keys u that query t sees
/// (u <= t + queryOffset when `causal`, all of them otherwise),
///   max' = max(max, max_u s),
///   sum' = exp(max - max') sum + sum_u exp(s - max'),
///   acc' = exp(max - max') acc + sum_u exp(s - max') v[u].
/// A row that sees no key keeps its state. q [B,H,N,Dk], k [B,Hkv,Nk,Dk],
/// v [B,Hkv,Nk,Dv].
OnlineState onlineAttention(const Tensor &q, const Tensor &k, const Tensor &v,
                            int64_t queryOffset, double scale, bool causal,
                            const OnlineState &state);

/// Gated combine: sigmoid(beta) * memOut + (1 - sigmoid(beta)) * localOut,
/// with beta = gate[h] for a gate of shape [H], or gate[h][d] for [H,Dv].
/// memOut, localOut [B,H,N,Dv] -> [B,H,N,Dv].
Tensor gatedCombine(const Tensor &memOut, const Tensor &localOut,
                    const Tensor &gate);

/// The output and final state of a whole layer.
struct LayerResult {
  Tensor out;    ///< [B,H,T,Dv]
  Tensor memory; ///< [B,Hkv,Dk,Dv], after the last segment
  Tensor norm;   ///< [B,Hkv,Dk], after the last segment
};

/// A whole Infini-attention layer over T tokens, in segments of `segLen`
/// tokens (the last one may be shorter). For each segment, in order: retrieve
/// with q from the memory left by the previous segments, run local attention,
/// combine them with `gate`, then update the memory with k and v (the delta
/// rule when `delta`).
///
/// q [B,H,T,Dk], k [B,Hkv,T,Dk], v [B,Hkv,T,Dv], memory [B,Hkv,Dk,Dv],
/// norm [B,Hkv,Dk], gate [H] or [H,Dv]. `localQ` [B,H,T,Dk] and `localK`
/// [B,Hkv,T,Dk] (e.g. rotated by RoPE) replace q and k on the local path only;
/// when null, q and k are used. `scale` is the local attention scale (pass
/// 1/sqrt(Dk) for the dialect's default). Aborts unless segLen > 0.
LayerResult attention(const Tensor &q, const Tensor &k, const Tensor &v,
                      const Tensor &memory, const Tensor &norm,
                      const Tensor &gate, int64_t segLen, bool delta,
                      double scale, double eps, const Tensor *localQ = nullptr,
                      const Tensor *localK = nullptr);

/// Rows [t0, t1) of batch element `b` of a [B, heads, T, D] tensor, as
/// [1, heads, t1 - t0, D].
Tensor rows(const Tensor &x, int64_t b, int64_t t0, int64_t t1);

/// Writes `src` [1, heads, L, D] into rows [t0, t0 + L) of element `b` of
/// `dst` [B, heads, T, D].
void setRows(Tensor &dst, int64_t b, int64_t t0, const Tensor &src);

/// Writes `src` (batch size 1) as batch element `b` of `dst`.
void setBatch(Tensor &dst, int64_t b, const Tensor &src);

/// ||a - b||_2 / ||b||_2 (returns ||a-b|| when ||b|| == 0). Shapes must match
/// (abort otherwise).
double relativeError(const Tensor &a, const Tensor &b);

/// Random tensor with values uniform in [lo, hi) from a seeded
/// std::mt19937_64, so each element differs. The same seed gives the same
/// values on every platform and standard library. Aborts unless lo < hi.
Tensor random(std::vector<int64_t> shape, uint64_t seed, double lo = -1.0,
              double hi = 1.0);

} // namespace infini::ref

#endif // INFINI_UNITTESTS_REFERENCE_INFINIREFERENCE_H
