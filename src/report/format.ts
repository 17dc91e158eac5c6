/** Fixed-precision decimals with a '.' separator, whatever the locale. */
export function fixed(value: number, digits = 3): string {
  return (Object.is(value, -0) ? 0 : value).toFixed(digits);
}

export function share(part: number, whole: number): string {
  return whole > 0 ? fixed(part / whole) : '';
}

export function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';
}
