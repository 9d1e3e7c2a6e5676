/** `1 operation`, `2 operations`: counts in what the toolchain prints read as English. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
