/**
 * Property-based hardening (fast-check): every formatter in src/format returns a string (never
 * throws, never prints "undefined") for any number or string; parseDataset never fails internally
 * on anything; and every widget renders arbitrary valid datasets — generated from the schema with
 * its consistency rules — without a console error or an exception.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clearDatasetCache } from '../../src/data/index.js';
import type { WfpErrorEvent } from '../../src/events/wfp-error-event.js';
import * as format from '../../src/format/index.js';
import { DISTRICT_IDS } from '../../src/schema/districts.js';
import { DEPARTMENT_KINDS, FUNDING_SOURCES, STAFF_CATEGORIES, WEEKDAYS } from '../../src/schema/dataset-schema.js';
import { parseDataset } from '../../src/schema/parse.js';
import type { DatasetInput } from '../../src/schema/types.js';
import { XSS_CORPUS } from './corpus.js';
import { faultUrl, settle, watchPage, WIDGET_TAGS } from './helpers.js';

const locale = fc.constantFrom('ko' as const, 'en' as const);
/** Any double: NaN, ±Infinity, -0, subnormals, huge values. */
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -0, 1.5, 0.05, 1e21));
/** Any string, including lone surrogates, and prototype keys. */
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('__proto__', 'constructor', 'toString', '만constructor', '천', '%', ''));
const digits = fc.integer({ min: 0, max: 20 });

function expectText(value: unknown): void {
  expect(value).to.be.a('string');
  expect(value as string).not.to.contain('undefined');
}

describe('hardening: property-based', function () {
  this.timeout(60_000);

  describe('every formatter in src/format never throws on arbitrary numbers and strings', () => {
    const runs = { numRuns: 400 };
    it('formatNumber(any number, locale, 0–20 digits)', () => {
      fc.assert(fc.property(anyNumber, locale, digits, (value, l, d) => expectText(format.formatNumber(value, l, d))), runs);
    });
    it('formatMoney(any number, locale, every unit, optional 0–20 digits)', () => {
      fc.assert(
        fc.property(anyNumber, locale, fc.constantFrom(...format.MONEY_UNITS), fc.option(digits, { nil: undefined }), (won, l, unit, fractionDigits) =>
          expectText(format.formatMoney(won, l, fractionDigits === undefined ? { unit } : { unit, fractionDigits })),
        ),
        runs,
      );
    });
    it('isMoneyUnit(any value) and toWon(any number, every fixed unit)', () => {
      fc.assert(
        fc.property(fc.anything(), anyNumber, fc.constantFrom('원', '천원', '백만원', '억원', '조원' as const), (value, amount, unit) => {
          expect(format.isMoneyUnit(value)).to.be.a('boolean');
          expect(format.toWon(amount, unit)).to.be.a('number');
        }),
        runs,
      );
    });
    it('executionRate, percentShare(0–10 digits), formatPercent, formatExecutionRate on any numbers', () => {
      fc.assert(
        fc.property(anyNumber, anyNumber, fc.integer({ min: 0, max: 10 }), locale, (a, b, d, l) => {
          const rate = format.executionRate(a, b);
          expect(rate === null || Number.isFinite(rate)).to.equal(true);
          const share = format.percentShare(a, b, d);
          expect(share === null || Number.isFinite(share)).to.equal(true);
          expectText(format.formatPercent(a, l, d));
          expectText(format.formatPercent(null, l));
          expectText(format.formatExecutionRate(a, b, l));
        }),
        runs,
      );
    });
    it('formatCount(any number, locale, any unit string, 0–20 digits) and unitLabel(any unit)', () => {
      fc.assert(
        fc.property(anyNumber, locale, anyString, digits, (value, l, unit, d) => {
          expectText(format.formatCount(value, l, unit, d));
          expectText(format.unitLabel(unit, value, l));
        }),
        runs,
      );
    });
    it('formatDate, formatAsOf, parseCalendarDate, yearElapsedPercent on any string (and real dates)', () => {
      const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      fc.assert(
        fc.property(fc.oneof(anyString, date, date.map((d) => d.slice(0, 7)), date.map((d) => d.slice(0, 4))), locale, (text, l) => {
          expectText(format.formatDate(text, l));
          expectText(format.formatAsOf(text, l));
          const parsed = format.parseCalendarDate(text);
          expect(parsed === null || typeof parsed.year === 'number').to.equal(true);
          const elapsed = format.yearElapsedPercent(text);
          expect(elapsed === null || (elapsed >= 0 && elapsed <= 100)).to.equal(true);
        }),
        runs,
      );
    });
    it('roundHalfUp(any number, 0–10 digits), roundToStep(any number, any positive step), daysInMonth', () => {
      fc.assert(
        fc.property(anyNumber, fc.integer({ min: 0, max: 10 }), fc.oneof(fc.integer({ min: 1, max: 1e12 }), fc.constantFrom(1, 1_000, 1_000_000, 100_000_000)), (value, d, step) => {
          expect(format.roundHalfUp(value, d)).to.be.a('number');
          const rounded = format.roundToStep(value, step);
          expect(rounded).to.be.a('number');
          if (Number.isSafeInteger(value)) expect(Math.abs(rounded - value)).to.be.at.most(step / 2);
          expect(format.daysInMonth(2024, (Math.abs(Math.trunc(d)) % 12) + 1)).to.be.within(28, 31);
        }),
        runs,
      );
    });
    it('divideRoundHalfUp(any bigint, any non-zero bigint)', () => {
      fc.assert(
        fc.property(fc.bigInt(), fc.bigInt().filter((value) => value !== 0n), (n, d) => {
          expect(format.divideRoundHalfUp(n, d)).to.be.a('bigint');
        }),
        runs,
      );
    });
  });

  describe('parseDataset', () => {
    it('never fails internally (no "internal-error" problem) on anything, including objects with prototype keys', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withBigInt: true }), (value) => {
          const result = parseDataset(value);
          if (!result.ok) expect(result.problems.map((problem) => problem.code)).not.to.include('internal-error');
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('widgets render arbitrary valid datasets', () => {
    it('all 5 widget types render 25 generated datasets (text from the XSS corpus and any Unicode) without console errors, exceptions or data errors', async () => {
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(validDataset(), fc.boolean(), async (dataset, english) => {
          const parsed = parseDataset(dataset);
          if (!parsed.ok) {
            failures.push(JSON.stringify(parsed.problems.slice(0, 3)));
            return false; // the generator must only make valid datasets
          }
          clearDatasetCache();
          const watch = watchPage();
          const container = document.createElement('div');
          container.setAttribute('lang', english ? 'en' : 'ko');
          container.style.width = '360px';
          // Every id and division asked for below exists, so the only error a valid dataset may
          // give is a gauge's: generated spending can exceed its budget (invalid-input).
          const errors: string[] = [];
          container.addEventListener('wfp-error', (event: WfpErrorEvent) => {
            const from = (event.composedPath()[0] as Element).localName;
            if (!(from === 'wfp-execution-gauge' && event.detail.kind === 'invalid-input')) errors.push(`${from}: ${event.detail.kind} ${event.detail.message.en}`);
          });
          try {
            const division = dataset.departments?.find((department) => department.kind !== 'office');
            for (const tag of WIDGET_TAGS) {
              const widget = document.createElement(tag);
              if (tag === 'wfp-execution-gauge') {
                widget.setAttribute('breakdown', '');
                widget.setAttribute('pace', 'auto');
                if (division) widget.setAttribute('department', division.id);
              }
              if (tag === 'wfp-program-card') widget.setAttribute('program', dataset.programs![0]!.id);
              if (tag === 'wfp-program-list') widget.setAttribute('full', '');
              (widget as unknown as { dataset: unknown }).dataset = dataset;
              container.append(widget);
            }
            document.body.append(container);
            await settle(container);
            expect(watch.errors, 'console errors').to.deep.equal([]);
            expect(watch.thrown, 'exceptions').to.deep.equal([]);
            expect(errors, 'errors for a valid dataset and ids it has').to.deep.equal([]);
            // And no widget but a gauge shows an error box instead of its figures.
            const boxes = [...container.children]
              .filter((widget) => widget.localName !== 'wfp-execution-gauge' && widget.shadowRoot?.querySelector('[part="error"]'))
              .map((widget) => widget.localName);
            expect(boxes, 'error boxes').to.deep.equal([]);
          } finally {
            watch.stop();
            container.remove();
          }
          return true;
        }),
        { numRuns: 25, seed: 1059, endOnFailure: true, includeErrorInReport: true },
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}${failures.length ? `\ninvalid generated dataset: ${failures[0]}` : ''}`, { cause: error });
      });
    });

    it('the same through src: a valid dataset served over HTTP renders in every widget (sanity check of the generator path)', async () => {
      // The generated datasets go in as objects; this keeps one round trip through the loader.
      clearDatasetCache();
      const container = document.createElement('div');
      for (const tag of WIDGET_TAGS) {
        const widget = document.createElement(tag);
        widget.setAttribute('src', faultUrl('ok', 'property-based'));
        if (tag === 'wfp-program-card') widget.setAttribute('program', 'mom-dad-taxi');
        container.append(widget);
      }
      document.body.append(container);
      await settle(container);
      for (const widget of Array.from(container.children)) expect(widget.shadowRoot!.querySelector('[part="error"]'), widget.localName).to.equal(null);
      container.remove();
    });
  });
});

// ── An arbitrary for valid datasets ────────────────────────────────────────────────────────

// Text the schema takes: anything but empty or blank ("   " shows as nothing, and is refused).
const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom(...XSS_CORPUS.map((payload) => payload.text)) },
  )
  .filter((value) => /\S/.test(value));
const localizedText = fc.record({ ko: text, en: text });
const koreanFirst = fc.record({ ko: text, en: text }, { requiredKeys: ['ko'] });
const money = fc.oneof(fc.integer({ min: 0, max: 5_000_000_000 }), fc.constantFrom(0, 1, 999_999, Number.MAX_SAFE_INTEGER));
const phone = fc.constantFrom('02-2133-5005', '1588-1234', '031-123-4567', '120', '0507-1234-5678');
const period = fc.constantFrom('2023', '2024-03', '2024-04/2024-05', '2024-12/..', '../2024-06', '2025-01-15', '{2024-05,2024-11}');
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30, 59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Finite figures of any size and precision, such as KPI targets and results (1.5만명, 0.3%, 1e15원). */
const figure = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1.5, 99.95));

function subset<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return items.length === 0 ? fc.constant([]) : fc.subarray([...items]);
}

/**
 * Builds valid datasets: ids are unique and resolve, staffing has women ≤ current, printed totals
 * and rates are computed from their parts, funding shares are within range.
 */
function validDataset(): fc.Arbitrary<DatasetInput> {
  return fc
    .record({
      meta: fc.record({ title: localizedText, publisher: localizedText, source: text }),
      divisions: fc.array(fc.record({ name: localizedText, kind: fc.constantFrom(...DEPARTMENT_KINDS.filter((kind) => kind !== 'office')) }), { minLength: 1, maxLength: 3 }),
      typeNames: fc.array(localizedText, { minLength: 1, maxLength: 3 }),
    })
    .chain(({ meta, divisions, typeNames }) => {
      const divisionIds = divisions.map((_, index) => `div-${index}`);
      const typeIds = typeNames.map((_, index) => `type-${index}`);
      const staffRow = fc.integer({ min: 0, max: 500 }).chain((current) =>
        fc.record({ quota: fc.integer({ min: 0, max: 500 }), current: fc.constant(current), women: fc.integer({ min: 0, max: current }) }),
      );
      const staffing = fc.uniqueArray(fc.tuple(fc.constantFrom(...divisionIds), fc.constantFrom(...STAFF_CATEGORIES)), {
        maxLength: 8,
        selector: ([department, category]) => `${department}|${category}`,
      });
      const lines = fc.array(fc.record({ departmentId: fc.constantFrom(...divisionIds), name: text, budget: money, spent: money, withRate: fc.boolean() }), { maxLength: 8 });
      const facilities = fc.array(
        fc.record(
          {
            name: koreanFirst,
            type: fc.constantFrom(...typeIds),
            district: fc.option(fc.constantFrom(...DISTRICT_IDS), { nil: null }),
            address: text,
            operator: text,
            hours: fc.record(
              { text, weekly: fc.array(fc.record({ days: fc.subarray([...WEEKDAYS], { minLength: 1 }), opens: clock, closes: clock }), { maxLength: 2 }) },
              { requiredKeys: ['text'] },
            ),
            capacity: fc.integer({ min: 0, max: 10_000 }),
            phone,
            status: fc.constantFrom('open' as const, 'planned' as const, 'under-construction' as const),
            location: fc.record({ lat: fc.double({ min: 37.4, max: 37.7, noNaN: true }), lon: fc.double({ min: 126.8, max: 127.2, noNaN: true }) }),
          },
          { requiredKeys: ['name', 'type', 'district'] },
        ),
        { maxLength: 6 },
      );
      return fc.record({ meta: fc.constant(meta), divisions: fc.constant(divisions), typeNames: fc.constant(typeNames), staffing, staffRows: fc.array(staffRow, { minLength: 8, maxLength: 8 }), lines, facilities, officeTotals: fc.boolean() }).chain((parts) => {
        const lineIds = parts.lines.map((_, index) => `line-${index}`);
        const facilityIds = parts.facilities.map((_, index) => `facility-${index}`);
        const program = fc.record(
          {
            departmentId: fc.constantFrom(...divisionIds),
            kind: fc.constantFrom('initiative' as const, 'program' as const),
            title: koreanFirst,
            summary: text,
            overview: fc.array(text, { maxLength: 3 }),
            legalBasis: fc.array(text, { maxLength: 2 }),
            budget: fc.record(
              {
                amount: money,
                year: fc.integer({ min: 2000, max: 2100 }),
                funding: fc.array(fc.record({ source: fc.constantFrom(...FUNDING_SOURCES), share: fc.integer({ min: 0, max: 100 }), amount: money, note: text }, { requiredKeys: ['source'] }), {
                  maxLength: 4,
                }),
                note: text,
              },
              { requiredKeys: ['amount', 'year'] },
            ),
            budgetNote: fc.oneof(text, fc.constant('비예산')),
            kpis: fc.array(
              fc.record({ label: text, target: figure, actual: figure, unit: fc.oneof(fc.constantFrom('명', '원', '%', '곳', '1.5만명', '만명', ''), text), asOf: fc.constantFrom('2024-03-31', '2023-12') }, { requiredKeys: ['label', 'unit'] }),
              { maxLength: 6 },
            ),
            achievements: fc.array(fc.record({ text, date: period }, { requiredKeys: ['text'] }), { maxLength: 3 }),
            plans: fc.array(fc.record({ text, when: period, whenPrinted: text }, { requiredKeys: ['text', 'when'] }), { maxLength: 3 }),
            contacts: fc.array(fc.record({ role: text, name: text, phone }), { maxLength: 2 }),
            tables: fc.array(fc.record({ caption: text, columns: fc.array(fc.string(), { maxLength: 4 }), rows: fc.array(fc.array(fc.string(), { maxLength: 4 }), { maxLength: 3 }) }), { maxLength: 1 }),
            budgetLineIds: subset(lineIds),
            districts: subset(DISTRICT_IDS),
            facilityIds: subset(facilityIds),
          },
          { requiredKeys: ['departmentId', 'title'] },
        );
        return fc.array(program, { minLength: 1, maxLength: 4 }).map((programs) => assemble(parts, programs, { divisionIds, typeIds, lineIds, facilityIds }));
      });
    });
}

interface Parts {
  meta: { title: { ko: string; en: string }; publisher: { ko: string; en: string }; source: string };
  divisions: Array<{ name: { ko: string; en: string }; kind: (typeof DEPARTMENT_KINDS)[number] }>;
  typeNames: Array<{ ko: string; en: string }>;
  staffing: Array<[string, (typeof STAFF_CATEGORIES)[number]]>;
  staffRows: Array<{ quota: number; current: number; women: number }>;
  lines: Array<{ departmentId: string; name: string; budget: number; spent: number; withRate: boolean }>;
  facilities: Array<Omit<NonNullable<DatasetInput['facilities']>[number], 'id'>>;
  officeTotals: boolean;
}

function assemble(
  parts: Parts,
  programs: Array<Omit<NonNullable<DatasetInput['programs']>[number], 'id'>>,
  ids: { divisionIds: string[]; typeIds: string[]; lineIds: string[]; facilityIds: string[] },
): DatasetInput {
  const budgetLines = parts.lines.map((line, index) => ({
    id: ids.lineIds[index]!,
    departmentId: line.departmentId,
    name: line.name,
    budget: line.budget,
    spent: line.spent,
    // A printed rate must equal spent ÷ budget rounded half-up; none when the budget is 0.
    ...(line.withRate && format.executionRate(line.spent, line.budget) !== null && { printedRate: format.executionRate(line.spent, line.budget)! }),
  }));
  // Office totals as the report prints them: the sum of every line, rounded to 백만원.
  const sum = (key: 'budget' | 'spent') => budgetLines.reduce((total, line) => total + line[key], 0);
  const totalsFit = Number.isSafeInteger(sum('budget')) && Number.isSafeInteger(sum('spent'));
  const executionTotals =
    parts.officeTotals && budgetLines.length > 0 && totalsFit
      ? [{ departmentId: 'office', budget: format.roundToStep(sum('budget'), 1_000_000), spent: format.roundToStep(sum('spent'), 1_000_000), lineCount: budgetLines.length }]
      : [];
  return {
    schemaVersion: '1.0',
    meta: { ...parts.meta, asOf: '2024-03-31', reported: '2024-04', currency: 'KRW' },
    departments: [
      { id: 'office', name: { ko: '여성가족정책실', en: 'Office' }, kind: 'office' },
      ...parts.divisions.map((division, index) => ({ id: ids.divisionIds[index]!, name: division.name, kind: division.kind, parentId: 'office' })),
    ],
    staffing: parts.staffing.map(([departmentId, category], index) => ({ departmentId, category, ...parts.staffRows[index]! })),
    executionTotals,
    budgetLines,
    programs: programs.map((program, index) => ({ ...program, id: `program-${index}` })),
    facilityTypes: parts.typeNames.map((name, index) => ({ id: ids.typeIds[index]!, name })),
    facilities: parts.facilities.map((facility, index) => ({
      ...facility,
      id: ids.facilityIds[index]!,
      // A facility with no district is either outside Seoul or one whose district the source omits.
      ...(facility.district === null && index % 2 === 1 && { districtUnknown: true }),
    })),
  };
}
