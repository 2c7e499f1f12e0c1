import type { Locale } from './locale.js';

/**
 * Words of a list cut at its `limit` (src/internal/limit.ts): the gauge's breakdown and the program
 * list. Both languages ship with those two widgets only (a wfp-error carries its message in both),
 * not in the common words every widget loads.
 */
export const limitLabels: Readonly<Record<Locale, { invalidLimit: (value: string) => string; showAll: (total: number) => string }>> = {
  ko: {
    invalidLimit: (value) => `limit 값 "${value}"은(는) 쓸 수 없습니다. 1 이상의 정수로 쓰세요.`,
    showAll: (total) => `전체 ${total}개 보기`,
  },
  en: {
    invalidLimit: (value) => `The limit value "${value}" is not supported. Use a whole number of 1 or more.`,
    showAll: (total) => `Show all ${total}`,
  },
};
