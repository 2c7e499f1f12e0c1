// The official dataset against the report it encodes: the figures the widgets publish are read
// again from the report's own text (data/source/, as converted from the April 2024 PDF) and must be
// the dataset's, in the printed order. Internal consistency (totals that add up) is checked in
// tests/schema/official-dataset.test.ts; this file checks that nothing was mistyped, dropped or
// invented on the way from the report.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { escapeRegExp } from '../../src/internal/hangul-search.js';
import type { Dataset } from '../../src/schema/index.js';

const REPORT_FILE = 'data/source/seoul-wfp-report-2024-04.txt';
const report = readFileSync(REPORT_FILE, 'utf8');
const lines = report.split('\n');
const data = JSON.parse(readFileSync('data/seoul-wfp-2024-03.json', 'utf8')) as Dataset;

const departmentByName = new Map(data.departments.map((department) => [department.name.ko, department.id]));
const departmentName = (id: string) => data.departments.find((department) => department.id === id)?.name.ko;

/** The lines after the first one starting with `from`, up to the next one starting with `to`. */
function section(from: string, to: string): string[] {
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, at) => at > start && line.startsWith(to));
  assert.ok(start >= 0 && end > start, `the report has a section from "${from}" to "${to}"`);
  return lines.slice(start + 1, end);
}

/** Tab-separated table rows of a section: header, unit and blank lines left out. */
const rows = (sectionLines: string[], header: RegExp) =>
  sectionLines.filter((line) => line.includes('\t') && !header.test(line)).map((line) => line.split('\t').map((cell) => cell.trim()));

/** A printed figure in won: '1,234' in the table's unit, or a cell that names its own ('393천원'). */
function won(cell: string, unit: number): number {
  const match = /^(△)?([\d,]+)(천원)?$/.exec(cell);
  assert.ok(match, `a figure, not "${cell}"`);
  const value = Number(match[2]!.replace(/,/g, '')) * (match[3] ? 1_000 : unit);
  return match[1] ? -value : value;
}

/** '31.4%' or '△81.4%' as a number. */
function rate(cell: string): number {
  const match = /^(△)?(\d+\.\d)%$/.exec(cell);
  assert.ok(match, `a printed rate, not "${cell}"`);
  return (match[1] ? -1 : 1) * Number(match[2]);
}

/** Whether `text` is printed whole: not as part of a longer figure (294백만원 inside 1,294백만원, "노량진로 1" inside "노량진로 10"). */
function printedWhole(text: string): boolean {
  return new RegExp(`(?<![\\d,.])${escapeRegExp(text)}(?!\\d)`).test(report);
}

const MILLION = 1_000_000;
const HUNDRED_MILLION = 100_000_000;

test(`the report's text is the copy the dataset's line numbers refer to (${REPORT_FILE})`, () => {
  // Notes in the dataset cite this file's line numbers ('Line 567: …'); an edited copy would make
  // them, and every check below, point at other text.
  assert.equal(createHash('sha256').update(readFileSync(REPORT_FILE)).digest('hex'), '9c4f6be74f78802d06abf6147c29b498c68af05fdb6673a23f1debd311093bc3');
  assert.match(lines[566]!, /동작구 노량진로 10 서울가족플라자 1층/, 'line 567 is where the toy library\'s note says');
});

test('every one of the 227 budget lines is printed in the execution tables, in order, with its department, budget, spending and rate', () => {
  const printed: unknown[] = [];
  let department: string | undefined;
  let lineCount = 0;
  for (const [name, budget, spent, printedRate] of rows(section('○ 부서별 집행현황', 'IV. 주요업무 보고'), /^세부사업명\t/)) {
    const subtotal = /^여성가족정책실 (.+)$/.exec(name!);
    if (subtotal) {
      const count = /^합계\((\d+)개\)$/.exec(subtotal[1]!);
      if (count) lineCount = Number(count[1]);
      else department = departmentByName.get(subtotal[1]!) ?? `(no department named ${subtotal[1]})`;
      continue;
    }
    printed.push({ departmentId: department, name, budget: won(budget!, MILLION), spent: won(spent!, MILLION), printedRate: rate(printedRate!) });
  }
  assert.equal(lineCount, 227);
  const encoded = data.budgetLines.map(({ departmentId, name, budget, spent, printedRate }) => ({ departmentId, name, budget, spent, printedRate }));
  assert.deepEqual(encoded, printed);
});

test('the execution totals are the summary table (총괄표) and the subtotal rows of the department tables', () => {
  const encoded = data.executionTotals.map(({ departmentId, budget, spent, printedRate }) => ({ departmentId, budget, spent, printedRate }));
  const summary = rows(section('○ 총괄표', '○ 부서별 집행현황'), /^부서명\t/).map(([name, budget, spent, printedRate]) => ({
    departmentId: name === '합계' ? 'office' : departmentByName.get(name!),
    budget: won(budget!, MILLION),
    spent: won(spent!, MILLION),
    printedRate: rate(printedRate!),
  }));
  assert.deepEqual(encoded, summary);
  const subtotals = rows(section('○ 부서별 집행현황', 'IV. 주요업무 보고'), /^세부사업명\t/)
    .filter(([name]) => name!.startsWith('여성가족정책실 '))
    .map(([name, budget, spent, printedRate]) => ({
      departmentId: /합계\(\d+개\)$/.test(name!) ? 'office' : departmentByName.get(name!.slice('여성가족정책실 '.length)),
      budget: won(budget!, MILLION),
      spent: won(spent!, MILLION),
      printedRate: rate(printedRate!),
    }));
  assert.deepEqual(encoded, subtotals);
});

test('staffing: every cell of the table (정원 / 현원 (여성)) by unit and category, and its totals', () => {
  const header = lines.find((line) => line.startsWith('구 분\t계\t'))!.split('\t').slice(2);
  // The table's column heads, as the report prints them, for the dataset's category ids.
  const CATEGORY: Record<string, string> = { 행정직: 'administrative', 기술직: 'technical', 관리운영직: 'operations', 임기제: 'fixed-term' };
  assert.deepEqual(header, Object.keys(CATEGORY));
  const cell = (text: string) => {
    const match = /^(\d+) \/(\d+)\((\d+)\)$/.exec(text);
    assert.ok(match, `a staffing cell, not "${text}"`);
    return { quota: Number(match[1]), current: Number(match[2]), women: Number(match[3]) };
  };
  const table = rows(section('구 분\t계\t', '※ 정원/현원'), /^$/);
  const [totalRow, ...unitRows] = table;
  assert.equal(totalRow![0], '계');
  const [total, ...byCategory] = totalRow!.slice(1).map(cell);
  assert.deepEqual(data.staffingTotals!.total, total);
  assert.deepEqual(data.staffingTotals!.byCategory, Object.fromEntries(Object.values(CATEGORY).map((id, at) => [id, byCategory[at]])));

  const printed = unitRows.flatMap(([unit, , ...cells]) =>
    cells.map((text, at) => ({ departmentId: departmentByName.get(unit!), category: CATEGORY[header[at]!], ...cell(text) })),
  );
  const encoded = data.staffing.map(({ departmentId, category, quota, current, women }) => ({ departmentId, category, quota, current, women }));
  assert.deepEqual(encoded, printed);
  assert.deepEqual(
    data.staffingTotals!.byDepartment,
    Object.fromEntries(unitRows.map(([unit, sum]) => [departmentByName.get(unit!), cell(sum!)])),
  );
});

test('the budget summary (예산현액, 억원): each account with its 2024 and 2023 amounts, the change and its rate', () => {
  const table = rows(section('○ 예산현액', '□ 기금운용'), /^구 분\t/);
  const printed = table.map(([label, amount, previousAmount, change, changeRate]) => ({
    name: label!.replace(/\s+/g, ''),
    amount: won(amount!, HUNDRED_MILLION),
    previousAmount: won(previousAmount!, HUNDRED_MILLION),
    change: won(change!, HUNDRED_MILLION),
    changeRate: rate(changeRate!),
  }));
  const encoded = data.budget!.accounts.map(({ name, amount, previousAmount, change, changeRate }) => ({
    name: name.ko,
    amount,
    previousAmount,
    change,
    changeRate,
  }));
  assert.deepEqual(encoded, printed);
  assert.match(report, new RegExp(`□ 총 예산 : ${data.budget!.totalPrinted}\\n`));
});

test('the gender equality fund (성평등기금, 억원) and its two parts', () => {
  const [fund] = data.funds;
  const printed = section('□ 기금운용', '< 부서별 예산 현황 >').join('\n');
  assert.match(printed, new RegExp(`○ ${fund!.name.ko} 조성액 : ${fund!.amount / HUNDRED_MILLION}억원`));
  for (const part of fund!.components ?? []) assert.match(printed, new RegExp(`- ${part.name.ko} ${part.amount / HUNDRED_MILLION}억원`));
});

test('the infrastructure counts (추진기반), in the printed order', () => {
  const printed = section('□ 추진기반', 'III. 예산 현황')
    .filter((line) => line.startsWith('- ❖'))
    .flatMap((line) => [...line.replace(/^- ❖ \([^)]*\) /, '').matchAll(/([^,()]+)\(([\d,]+)\)/g)].map((match) => ({ name: match[1]!.trim(), count: Number(match[2]!.replace(/,/g, '')) })));
  assert.deepEqual(
    data.infrastructure.map(({ name, count }) => ({ name: name.ko, count })),
    printed,
  );
});

test('every facility address and telephone number is printed in the report as the dataset gives it', () => {
  const missing = data.facilities.flatMap((facility) =>
    [facility.address, facility.phone].filter((text) => text !== undefined && !printedWhole(text)).map((text) => `${facility.id}: ${text}`),
  );
  assert.deepEqual(missing, []);
  assert.ok(data.facilities.filter((facility) => facility.address).length >= 20, 'the report’s 20 addresses are all encoded');
});

test("every program's contact is printed with that role, name and extension on one of the report's contact lines (☎)", () => {
  // '담당: 권세호/전소담/김은진 ☎8697/8698/8707', '팀장 : 홍경숙, 전소현 ☎9265', '담당: 백문희☎5026, 주은영☎5025',
  // '돌봄총괄팀장/키즈카페사업팀장:이동주/김성훈 ☎4802', '담 당 옥혜경 ☎5329': spaces around the marks vary.
  const contactLines = lines.filter((line) => line.includes('☎')).map((line) => line.replace(/\s*([:☎/,])\s*/g, '$1'));
  const bare = (text: string) => text.replace(/\s+/g, '');
  /** Whether `role` heads the group of names that `at` is in: the text since the previous group's
   *  numbers (or, for a name right after another's number, that one's group). */
  const heads = (line: string, at: number, role: string) => {
    const groups = line.slice(0, at).split(/☎[\d,/-]+/).map(bare);
    const group = groups.pop() || groups.pop() || '';
    const colon = group.indexOf(':');
    return colon < 0 ? group.startsWith(role) : group.slice(0, colon).split('/').includes(role) && !group.includes(':', colon + 1);
  };
  const missing: string[] = [];
  for (const program of data.programs) {
    for (const { role, name, phone } of program.contacts ?? []) {
      const extension = /^02-2133-(\d{4})$/.exec(phone ?? '')?.[1];
      // A name may stand twice on a line (유보람 as head and as staff, printed so), so each place counts.
      // Names and roles are matched by group, not by position within a slash list.
      const found = contactLines.some((line) =>
        [...line.matchAll(new RegExp(name, 'g'))].some(({ index: at }) => {
          const numbers = /^[^☎]*☎([\d,/-]+)/.exec(line.slice(at))?.[1] ?? '';
          return heads(line, at, bare(role)) && numbers.split(/[,/]/).some((number) => number === extension || number === `2133-${extension}`);
        }),
      );
      if (!found) missing.push(`${program.id}: ${role} ${name} ${phone}`);
    }
  }
  assert.deepEqual(missing, []);
});

test("every program budget is printed in the report, in 백만원 or 억원 as the report gives it", () => {
  const missing = data.programs.flatMap(({ id, budget }) => {
    if (!budget) return [];
    const forms = [
      budget.amount % MILLION === 0 ? `${(budget.amount / MILLION).toLocaleString('en-US')}백만원` : undefined,
      budget.amount % HUNDRED_MILLION === 0 ? `${(budget.amount / HUNDRED_MILLION).toLocaleString('en-US')}억원` : undefined,
    ].filter((form) => form !== undefined);
    return forms.some(printedWhole) ? [] : [`${id}: ${budget.amount} won`];
  });
  assert.deepEqual(missing, []);
});

test('the department names the tables print are the dataset’s', () => {
  // A renamed department would drop out of the execution and staffing checks above as undefined.
  for (const id of ['gender-equality', 'early-childhood', 'childcare', 'children', 'family-multicultural', 'single-household', 'child-welfare-center']) {
    assert.ok(report.includes(`여성가족정책실 ${departmentName(id)}\t`), id);
  }
});

test('every KPI target and actual is a number the report prints (as a figure, in 천원 or 백만원 for money, or in 만)', () => {
  // Weak for small numbers (a 5 is printed somewhere), strong for the rest: a mistyped 18,042 fails.
  const figures = new Set([...report.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map(([figure]) => figure.replace(/,$/, '')));
  const inTenThousands = new Set([...report.matchAll(/(\d+)만(?: (\d)천)?/g)].map((match) => Number(match[1]) * 10_000 + Number(match[2] ?? 0) * 1_000));
  const printed = (value: number, unit: string | undefined) =>
    inTenThousands.has(value) ||
    [value, ...(unit === '원' ? [value / 1_000, value / MILLION] : [])].some((amount) => figures.has(amount.toLocaleString('en-US', { maximumFractionDigits: 3 })));
  const missing = data.programs.flatMap((program) =>
    (program.kpis ?? []).flatMap((kpi) =>
      (['target', 'actual'] as const)
        .filter((field) => typeof kpi[field] === 'number' && !printed(kpi[field] as number, kpi.unit))
        .map((field) => `${program.id}: ${kpi.label} ${field} ${kpi[field]}${kpi.unit ?? ''}`),
    ),
  );
  assert.deepEqual(missing, []);
});

// How the report names who pays: 국(비), 시(비), 구(비).
const SOURCE_MARK: Record<string, string> = { national: '국', city: '시', district: '구' };

test("every program's funding split is printed on a line that prints its budget (국비 2,659, 시비 100%)", () => {
  const money = (amount: number) => [`${(amount / MILLION).toLocaleString('en-US')}백만원`, `${(amount / HUNDRED_MILLION).toLocaleString('en-US')}억원`];
  const missing = data.programs.flatMap(({ id, budget }) => {
    if (!budget?.funding?.length) return [];
    const budgetLines = lines.filter((line) => money(budget.amount).some((form) => line.includes(form)));
    const shares = budget.funding.map(({ share }) => share).join(':');
    const printed = budgetLines.some((line) => {
      return budget.funding!.every(({ source, amount, share }) => {
        // '국비 16,843백만원', '국 2,659 / 시 5,324': the source's mark, then its figure.
        if (amount !== undefined) return new RegExp(`${SOURCE_MARK[source]}\\D*${(amount / MILLION).toLocaleString('en-US')}(?![\\d,])`).test(line);
        // '시비 50%, 구비 50%' or '(사·구비 50:50)', the printed typo for 시·구비 kept in the note.
        if (share !== undefined) return line.includes(`${share}%`) || line.includes(`${shares})`);
        // No share printed: '(시비)', '시·구50%' — the line names the source.
        return line.includes(SOURCE_MARK[source] ?? `(no mark for ${source})`);
      });
    });
    return printed ? [] : [`${id}: ${JSON.stringify(budget.funding)}`];
  });
  assert.deepEqual(missing, []);
});

test('Korean text is as printed: titles, summaries, overviews, results, plans, table cells, duties, names, operators, opening hours (spacing and the conversion’s ** marks aside)', () => {
  const bare = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, '');
  const printedText = bare(report);
  const unmarked = report.replace(/\*\*/g, '');
  /**
   * Printed whole, spacing aside: not a word cut short inside a longer one ("장난감도서관" inside
   * "서울장난감도서관", "서울장난감도서" for it) — no Hangul runs on past either end.
   */
  const printedWhole = (text: string) => {
    const chars = [...text.replace(/\s+/g, '')];
    if (chars.length === 0) return true;
    const body = chars.map(escapeRegExp).join('\\s*');
    const hangul = /[가-힣]/;
    return new RegExp(`${hangul.test(chars[0]!) ? '(?<![가-힣])' : ''}${body}${hangul.test(chars.at(-1)!) ? '(?![가-힣])' : ''}`).test(unmarked);
  };
  // A few entries join a printed table's cells (name : result), two printed sentences (a / b) or a
  // cell's ✓ items; each piece is then printed. Plans keep the report's '- ' continuation marks.
  const printed = (text: string) =>
    text.split('\n').every((line) => {
      const piece = line.replace(/^- /, '');
      return printedWhole(piece) || line.split(/ : | \/ |✓/).every((part) => printedWhole(part));
    });
  // Facilities the report names only by type and place carry a name built from the two
  // ('1인가구지원센터(성동)', '위기임산부 통합지원센터'): each of its words is printed.
  const builtName = (name: string) => name.split(/[\s()]+/).every((word) => printedText.includes(word));
  const texts: [string, string][] = [
    ...data.departments.flatMap((department) => [department.name.ko, ...(department.duties ?? [])].map((text): [string, string] => [department.id, text])),
    ...data.budgetLines.map(({ id, name }): [string, string] => [id, name]),
    ...data.infrastructure.map(({ id, name }): [string, string] => [id, name.ko]),
    ...data.programs.flatMap((program) =>
      [
        program.title.ko,
        program.summary,
        ...(program.overview ?? []),
        ...(program.achievements ?? []).map(({ text }) => text),
        ...(program.plans ?? []).map(({ text }) => text),
        ...(program.contacts ?? []).map(({ name }) => name),
        ...(program.tables ?? []).flatMap(({ rows }) => rows.flat()),
      ]
        .filter((text) => text !== undefined)
        .map((text): [string, string] => [program.id, text]),
    ),
  ];
  for (const facility of data.facilities) {
    for (const text of [facility.operator, facility.hours?.text]) if (text !== undefined) texts.push([facility.id, text]);
  }
  const notPrinted = texts.filter(([, text]) => !printed(text)).map(([id, text]) => `${id}: ${text}`);
  const facilities = data.facilities.filter(({ name }) => !printedText.includes(bare(name.ko)) && !builtName(name.ko));
  assert.deepEqual([...notPrinted, ...facilities.map(({ id, name }) => `${id}: ${name.ko}`)], []);
  assert.ok(texts.length > 1_000, `${texts.length} texts checked`);
});

test('every plan the report prints under 향후계획 is in the dataset, to the report\'s last line', () => {
  // The other checks start from the dataset, so a plan it leaves out passes them: the report's last
  // line (no newline after it) was once dropped. Here the report is read the other way.
  const bare = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, '');
  // Plans, and achievements: one note printed under 향후계획 tells of a purchase already made, and
  // the dataset keeps it as an achievement (its program's note says so).
  const kept = data.programs.flatMap((program) => [...(program.plans ?? []), ...(program.achievements ?? [])].map(({ text }) => bare(text))).join('|');
  const printedPlans: string[] = [];
  lines.forEach((line, at) => {
    if (!line.startsWith('□ 향후계획')) return;
    for (const item of lines.slice(at + 1)) {
      if (item.trim() === '') continue;
      if (!/^\s*-/.test(item)) break;
      printedPlans.push(item);
    }
  });
  assert.ok(printedPlans.length >= 160, `${printedPlans.length} printed plan lines`);
  // The text before its date (" : '24. 6월, 11월"), as the dataset keeps it.
  const missing = printedPlans.filter((item) => !kept.includes(bare(item.replace(/^\s*-\s*/, '').split(' : ')[0]!)));
  assert.deepEqual(missing, []);
});
