// The request-count assertion: 20 widgets from the CDN file on one page, none given data, so each
// resolves the embedded official dataset beside the script. The server counts the requests.
import '/dist/cdn/wfp-widgets.js';
import { root, run, settleWidgets } from './harness.js';

const DEPARTMENTS = ['gender-equality', 'early-childhood', 'childcare', 'children', 'family-multicultural', 'single-household', 'child-welfare-center', 'low-birth-task-force'];
const PROGRAMS = ['seoul-sangsangnara', 'seoul-childcare-support-center', 'initiative-04-seoul-toy-library'];

run(async () => {
  const html = [
    '<wfp-execution-gauge></wfp-execution-gauge>',
    ...DEPARTMENTS.map((id) => `<wfp-execution-gauge department="${id}"></wfp-execution-gauge>`),
    '<wfp-execution-gauge department="children" breakdown variant="bar" limit="5"></wfp-execution-gauge>',
    '<wfp-staffing-table></wfp-staffing-table>',
    '<wfp-staffing-table measure="women-share"></wfp-staffing-table>',
    ...PROGRAMS.map((id) => `<wfp-program-card program="${id}"></wfp-program-card>`),
    '<wfp-program-card program="seoul-sangsangnara" compact></wfp-program-card>',
    '<wfp-program-list></wfp-program-list>',
    '<wfp-facility-locator></wfp-facility-locator>',
    '<wfp-facility-locator district="gangnam"></wfp-facility-locator>',
    '<wfp-facility-locator types="kids-cafe"></wfp-facility-locator>',
  ];
  root.innerHTML = html.join('\n');
  const topLevel = root.children.length;
  const widgets = await settleWidgets(root);
  return { topLevel, widgets };
});
