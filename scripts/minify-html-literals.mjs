// Build-time minification of the markup inside Lit's html`…` / svg`…` templates: the indentation
// after each line break goes, the line break stays. The templates are written indented so a
// newcomer can read them; browsers collapse that whitespace anyway, so shipping it only costs
// citizens' phones bytes (≈ 0.5 kB gzip on the CDN file).
//
// Why this is safe: in HTML and SVG text, a run of spaces that contains a line break renders as one
// space, and one line break still is one; no widget style uses `white-space: pre*` (the unit test
// checks), and templates containing <pre> or <textarea> are left alone. Only the static text between
// `${…}` is touched — never an interpolation, and never a template with another tag (css`…`, or a
// plain string). Keeping the line breaks keeps every line number, so source maps stay right.
//
// Templates nest (`${items.map((x) => html`…`)}`), which a regular expression cannot follow, so the
// TypeScript source is parsed with oxc-parser (the parser Storybook already uses; TypeScript 7 has no
// JavaScript API).
import { parseSync } from 'oxc-parser';

/** Tags whose templates are markup: lit's html and svg, and html from lit/static-html.js as imported here. */
const MARKUP_TAGS = new Set(['html', 'svg', 'staticHtml']);

/** Drops the indentation that follows each line break in one stretch of template text. */
export function minifyMarkupText(text) {
  return text.replace(/\n[ \t]+/g, '\n');
}

function visit(node, onNode) {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, onNode);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof node.type === 'string') onNode(node);
  for (const key in node) {
    if (key !== 'parent' && node[key] && typeof node[key] === 'object') visit(node[key], onNode);
  }
}

/**
 * Rewrites the html/svg templates of one module's source, or returns null when there is nothing to
 * do (no markup template, or source the parser rejects: then it is left exactly as written).
 */
export function minifyHtmlLiterals(source, filename = 'module.ts') {
  if (!/\b(?:html|svg|staticHtml)`/.test(source)) return null;
  const { program, errors } = parseSync(filename, source);
  if (errors.length > 0) return null;
  const stretches = [];
  visit(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !MARKUP_TAGS.has(node.tag.name)) return;
    const template = source.slice(node.quasi.start, node.quasi.end);
    if (/<(?:pre|textarea)\b/i.test(template)) return;
    // A TemplateElement's span covers its text and delimiters (`, ${, }): none of them is whitespace.
    for (const quasi of node.quasi.quasis) stretches.push([quasi.start, quasi.end]);
  });
  if (stretches.length === 0) return null;
  stretches.sort((a, b) => b[0] - a[0]);
  let output = source;
  for (const [start, end] of stretches) output = output.slice(0, start) + minifyMarkupText(output.slice(start, end)) + output.slice(end);
  return output;
}

/** Vite/rolldown plugin: runs on our TypeScript sources before they are compiled. */
export function minifyHtmlLiteralsPlugin() {
  return {
    name: 'wfp-minify-html-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const output = minifyHtmlLiterals(code, id);
      return output === null ? null : { code: output, map: null };
    },
  };
}
