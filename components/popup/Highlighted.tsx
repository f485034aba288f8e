/** Text with matched ranges wrapped in <mark>, optionally cut to a window around the first match. */

interface Props {
  text: string;
  ranges?: readonly (readonly [number, number])[];
  /** Longest text to show; longer text is cut around the first match with ellipses. */
  maxLength?: number;
}

function window(
  text: string,
  ranges: readonly (readonly [number, number])[],
  max: number,
): { text: string; ranges: [number, number][] } {
  if (text.length <= max) return { text, ranges: ranges.map(([s, e]) => [s, e]) };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  const end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  const pre = start > 0 ? '…' : '';
  const post = end < text.length ? '…' : '';
  const shift = pre.length - start;
  return {
    text: pre + text.slice(start, end) + post,
    ranges: ranges
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift]),
  };
}

export function Highlighted({ text, ranges = [], maxLength }: Props) {
  const shown = maxLength ? window(text, ranges, maxLength) : { text, ranges: [...ranges] };
  const parts = [];
  let at = 0;
  // Single-letter fragments of a fuzzy match are noise to the eye; show runs of 2+.
  const runs = shown.ranges
    .filter(([s, e]) => e - s >= 2 || shown.ranges.length === 1)
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of runs) {
    if (s < at) continue;
    if (s > at) parts.push(shown.text.slice(at, s));
    parts.push(<mark key={s}>{shown.text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < shown.text.length) parts.push(shown.text.slice(at));
  return <>{parts}</>;
}
