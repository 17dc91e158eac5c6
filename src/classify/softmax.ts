/** softmax(scores) written into `out`, for a caller that reuses one array comment after comment. */
export function softmaxInto(scores: ArrayLike<number>, out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c] as number);
  let total = 0;
  for (let c = 0; c < scores.length; c++) {
    out[c] = Math.exp((scores[c] as number) - max);
    total += out[c] as number;
  }
  for (let c = 0; c < scores.length; c++) out[c] = (out[c] as number) / total;
  return out;
}
