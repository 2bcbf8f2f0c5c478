/**
 * Compares two `MAJOR.MINOR[.PATCH]` versions numerically (a missing patch is 0): negative when
 * `a` is older, 0 when equal, positive when newer. "8.10" is newer than "8.9".
 */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => {
    const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
    return [major, minor, patch];
  };
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
