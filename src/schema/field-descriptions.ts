/**
 * What each field of the dataset format means, for the JSON Schema that editors check a district's
 * file against (`dist/wfp-dataset.schema.json`, written by scripts/write-json-schema.ts). Kept out of
 * the valibot schemas on purpose: descriptions there ship in wfp-validator.js to every page that
 * checks a district's data (2.4 kB gzip for these), and only an editor reads them. Build time only:
 * no widget imports this file. A test fails when a field has no description or a key names no field.
 *
 * Keys are paths in the generated schema: `programs[].districts` is the `districts` of each program,
 * `staffingTotals.byCategory{}.quota` the `quota` of each entry of a record. A path here wins over a
 * description written in the valibot schema; fields named in `BY_NAME` mean the same everywhere.
 */

/** Fields that mean the same wherever they appear. */
export const BY_NAME: Readonly<Record<string, string>> = {
  ko: 'Korean, as printed',
  en: 'English',
  id: 'Stable kebab-case identifier',
  quota: 'Authorised posts (정원)',
  current: 'People in post (현원)',
  women: 'Women among the people in post; at most current',
  year: 'Budget year',
  sourceUnit: 'Unit the source printed these amounts in (천원, 백만원, 억원); totals are checked at that precision',
  printedRate: 'Execution rate as printed, percent; checked against spent ÷ budget to one decimal (36.0% is written 36; leave it out if the source prints whole percentages only)',
  phone: 'Phone number, e.g. 02-2133-5005',
  note: 'What the source leaves ambiguous or how a figure was derived, in plain words',
};

/** Fields by path. */
export const BY_PATH: Readonly<Record<string, string>> = {
  schemaVersion: 'Version of this format the file is written in: "1.0"',
  meta: 'Where the figures come from, and as of when',
  'meta.title': "Name of the report or dataset, shown in the widgets' source line after the publisher: 서울특별시 여성가족정책실 「주요업무보고」(2024년 4월)",
  'meta.publisher': 'Who publishes the figures (a district office, the city), named first in every source line',
  'meta.currency': 'Always "KRW": money is in won',
  'meta.sourceUrl': 'https:// address of the source document; the source line links to it',
  'meta.license': 'Terms of reuse, e.g. 공공누리 제1유형',
  'meta.notes': 'Notes on the dataset as a whole',
  departments: 'The organisation: the office and its departments',
  'departments[].name': 'Department name (과, 담당관, 반)',
  'departments[].kind':
    'office: the whole office (실/국), one per dataset; division: a 과 or 담당관; task-force: a 반 or 추진단; field-office: a centre it runs (사업소, e.g. 아동복지센터); foundation: a foundation under it (재단)',
  'departments[].duties': 'Duties as listed in the source (주요업무)',
  staffing: 'Posts and people per department and job type (the staffing table)',
  'staffing[].category': 'Job type: administrative 행정직, technical 기술직, operations 관리운영직, fixed-term 임기제',
  staffingTotals: 'Staffing totals as printed, checked against the rows',
  'staffingTotals.total': 'The printed grand total; must equal the sum of the staffing rows',
  'staffingTotals.byCategory': 'Printed totals per job type',
  'staffingTotals.byDepartment': 'Printed totals per department id',
  budget: 'The budget by account (회계), with this and last year',
  'budget.previousYear': 'The year compared with',
  'budget.totalPrinted': 'The total as the source prints it, verbatim',
  'budget.accounts': 'Budget by account (회계)',
  'budget.accounts[].name': 'Account name (일반회계, 특별회계, …)',
  'budget.accounts[].change': 'amount minus previousAmount, in won, as printed',
  'budget.accounts[].changeRate': 'Change in percent, as printed',
  'budget.changes': 'Major changes from last year',
  'budget.changes[].name': 'What changed, as printed',
  'budget.changes[].change': 'Change from last year in won (negative for a cut)',
  'budget.changes[].budgetLineIds': 'ids of the budget lines concerned',
  funds: 'Funds (기금) with their amounts',
  'funds[].name': 'Fund name (…기금)',
  'funds[].components': 'Its parts, as printed',
  'funds[].components[].name': 'Part of the fund',
  executionTotals: 'Budget execution totals per department and for the office (the gauge)',
  'executionTotals[].lineCount': 'Number of budget lines as printed',
  budgetLines: "Budget lines (세부사업) with budget and spent (the gauge's breakdown)",
  programs: 'Policy programs (the program card and list)',
  'programs[].kind': "initiative: a major initiative (주요 추진사업); program: a department's own program",
  'programs[].order': "Position in the source, for the report's own order",
  'programs[].title': 'Program name as printed; en optional',
  'programs[].summary': 'One or two sentences: what it does and for whom',
  'programs[].overview': "Lines of the source's 사업개요",
  'programs[].legalBasis': 'Laws and ordinances it rests on (추진근거)',
  'programs[].budget': 'Budget as printed for the program; leave out when the source prints none (see budgetNote)',
  'programs[].budget.funding': 'Who pays which part',
  'programs[].budget.funding[].source': 'Who pays: national 국비, city 시비, district 구비, private 민간',
  'programs[].budget.funding[].share': "This payer's part in percent, when the source prints shares",
  'programs[].budget.funding[].note': 'A note on this payer; one starting with 별도 marks a part not included in the budget amount',
  'programs[].budget.note': "The source's budget line word for word, e.g. 소요예산('24년) : 1,294백만원(시비 100%)",
  'programs[].budgetNote': 'What the source prints instead of an amount, e.g. 비예산',
  'programs[].kpis': 'Targets and results',
  'programs[].kpis[].label': 'What is counted, as printed (e.g. 지원 인원)',
  'programs[].kpis[].target': 'Target (목표) in unit',
  'programs[].kpis[].actual': 'Result so far (실적) in unit',
  'programs[].kpis[].unit': 'Unit of target and actual as printed, e.g. 명, 건, 개소, 회, 가정 or %; 원 for money',
  'programs[].achievements': 'What was done (추진실적), with dates',
  'programs[].achievements[].text': 'What was done',
  'programs[].achievements[].date': 'When: a date, an interval or separate dates (as for plans[].when)',
  'programs[].plans': 'What comes next (향후계획)',
  'programs[].plans[].text': 'What is planned',
  'programs[].plans[].when': 'A date, an interval or separate dates: 2024-04, 2024-04/2024-05, 2024-12/.., {2024-05,2024-11}',
  'programs[].plans[].whenPrinted': 'The timing as printed, when it is not a date (e.g. 하반기)',
  'programs[].contacts': 'Whom to call',
  'programs[].contacts[].role': 'Position as printed, e.g. 가족지원팀장 or 담당',
  'programs[].contacts[].name': 'Name as printed',
  'programs[].tables': 'Tables the source prints for the program, cell text verbatim',
  'programs[].tables[].caption': "The table's title",
  'programs[].tables[].columns': 'Column headings',
  'programs[].tables[].rows': 'Rows of cell text, verbatim',
  'programs[].budgetLineIds': 'ids of the budget lines that fund it; the card shows their execution',
  'programs[].districts': 'District ids where it runs (gangseo, jongno, … one of the 25); leave out for a program that runs citywide',
  'programs[].facilityIds': 'ids of facilities in facilities that deliver it',
  facilityTypes: "Kinds of facility (the locator's type chips)",
  'facilityTypes[].name': 'Type name, e.g. 장난감도서관',
  facilities: 'Facilities with district, address and hours (the locator)',
  'facilities[].name': 'Facility name as printed; en optional',
  'facilities[].districtUnknown': 'true when the source names the facility but not its district',
  'facilities[].address': 'Street address as printed',
  'facilities[].operator': 'Who runs it (운영기관)',
  'facilities[].hours': 'Opening hours: the printed text, and weekly times for "open now"',
  'facilities[].hours.weekly': 'Regular weekly opening times, which "open now" uses',
  'facilities[].hours.weekly[].days': 'Days these times apply to: mon … sun',
  'facilities[].hours.weekly[].opens': 'Opening time, HH:MM',
  'facilities[].hours.weekly[].closes': 'Closing time, HH:MM (24:00 for midnight)',
  'facilities[].capacity': 'Places or people it takes (정원)',
  'facilities[].capacityNote': 'What capacity counts, or why it is missing',
  'facilities[].status': 'Leave out for an open facility',
  'facilities[].programIds': 'ids of programs it delivers',
  'facilities[].location': 'Where it is, for "near me"',
  'facilities[].location.lat': 'Latitude (WGS 84)',
  'facilities[].location.lon': 'Longitude (WGS 84)',
  infrastructure: 'Citywide facility counts the source gives without locations',
  'infrastructure[].name': 'What is counted',
  'infrastructure[].count': 'How many there are citywide',
  notes: 'Notes on the data',
  'departments[].parentId': 'id of the department it belongs to (usually the office)',
  'staffing[].departmentId': 'id of a department in departments',
  'budget.accounts[].parentId': 'id of the account it is part of',
  'budget.accounts[].amount': "This year's budget in won",
  'budget.accounts[].previousAmount': "Last year's budget in won",
  'budget.changes[].amount': "This year's amount in won",
  'funds[].amount': 'Fund size in won',
  'funds[].components[].amount': 'Its amount in won',
  'executionTotals[].departmentId': 'The department (or the office) these totals are for',
  'executionTotals[].budget': 'Printed total budget in won; must equal the sum of its budget lines',
  'executionTotals[].spent': 'Printed total spent in won',
  'budgetLines[].departmentId': 'id of the department that runs it',
  'budgetLines[].budget': 'Budget (예산현액) in won',
  'budgetLines[].spent': 'Spent so far (집행액) in won',
  'programs[].departmentId': 'id of the department that runs it',
  'programs[].parentId': 'id of the program this one is a part of',
  'programs[].budget.amount': "The program's budget in won",
  'programs[].budget.funding[].amount': "This payer's part in won, when the source prints amounts",
  'programs[].kpis[].asOf': 'Date of the result, when it differs from meta.asOf',
  'facilities[].type': 'id of a type in facilityTypes',
  'facilities[].opened': 'Opening date',
  'infrastructure[].group': 'Groups counts shown together',
  'infrastructure[].facilityType': 'The facility type counted, when it is one of facilityTypes',
  'facilities[].district': 'District id (gangseo, jongno, … one of the 25); null means outside Seoul unless districtUnknown is true',
};

/** JSON Schema nodes, as far as the code below reaches into them. */
export interface JsonSchemaNode {
  description?: string;
  enum?: string[];
  type?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
}

/**
 * Calls `visit` with every property and its path (`programs[].districts`, `staffingTotals.byCategory{}.quota`),
 * the notation of the keys above.
 */
export function eachField(node: JsonSchemaNode, visit: (path: string, name: string, field: JsonSchemaNode) => void, path = ''): void {
  for (const [name, field] of Object.entries(node.properties ?? {})) {
    const fieldPath = path ? `${path}.${name}` : name;
    visit(fieldPath, name, field);
    eachField(field, visit, fieldPath);
  }
  if (node.items) eachField(node.items, visit, `${path}[]`);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') eachField(node.additionalProperties, visit, `${path}{}`);
  for (const option of node.anyOf ?? []) eachField(option, visit, path);
}
