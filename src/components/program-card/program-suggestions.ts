import type { Dataset } from '../../schema/types.js';
import { editDistance } from '../../internal/edit-distance.js';

/**
 * "Did you mean" for a mistyped program id, shared by the card and the list. Its own module: the
 * card needs nothing else of the list's catalog (Hangul search, sorting), so it does not bundle them.
 */

/**
 * Up to three ids close to a mistyped one: ids containing it (or contained in it), then ids within
 * a third of its length in edits. Korean keys are matched against titles the same way.
 */
export function suggestProgramIds(dataset: Dataset, key: string, limit = 3): string[] {
  const wanted = key.trim().toLowerCase();
  if (!wanted) return [];
  const scored = dataset.programs
    .map((program) => {
      const id = program.id;
      const title = program.title.ko.replace(/\s+/g, '');
      const compact = wanted.replace(/\s+/g, '');
      if (id.includes(wanted) || wanted.includes(id) || (compact.length >= 2 && title.includes(compact))) return { id, score: 0 };
      return { id, score: editDistance(wanted, id) };
    })
    .filter((item) => item.score <= Math.max(2, Math.floor(wanted.length / 3)))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((item) => item.id);
}
