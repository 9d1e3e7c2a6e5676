/** Medians, spreads and side-by-side measurement for the benchmark. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Relative spread: (max - min) / median, as a percentage. */
export function spread(values: number[]): number {
  return ((Math.max(...values) - Math.min(...values)) / median(values)) * 100;
}

export interface Pair {
  ours: number[];
  peer: number[];
}

/**
 * Runs `ours` and `peer` alternately (ours, peer, ours, peer…) so that
 * drift in the machine's state hits both sides alike.
 */
export async function alternate(runs: number, ours: () => Promise<number>, peer: () => Promise<number>): Promise<Pair> {
  const pair: Pair = { ours: [], peer: [] };
  for (let run = 0; run < runs; run++) {
    pair.ours.push(await ours());
    pair.peer.push(await peer());
  }
  return pair;
}

/** Wall time of an async function in milliseconds. */
export async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
