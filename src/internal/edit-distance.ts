/**
 * Edit distance for "did you mean" suggestions: a mistyped program id in the card and the list, a
 * misspelt district or field name in a dataset (the validator). One edit is inserting, deleting or
 * replacing a character, or swapping two neighbours: `nmae` is one slip from `name`, not two
 * (optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Slips a word of this length may carry and still be taken for another: one per `letters` letters, at most two. */
export function slipsAllowed(length: number, letters: number): number {
  return Math.min(2, Math.floor(length / letters));
}

/**
 * The one candidate nearest by `distance`, if it is within `limit`; undefined when none is that
 * near, or when two are equally near (no guess rather than the wrong one).
 */
export function onlyNearest<T>(candidates: readonly T[], distance: (candidate: T) => number, limit: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const candidate of candidates) {
    const found = distance(candidate);
    if (found < bestDistance) [best, bestDistance, tied] = [candidate, found, false];
    else if (found === bestDistance) tied = true;
  }
  return bestDistance <= limit && !tied ? best : undefined;
}
