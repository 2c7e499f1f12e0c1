// Build-time minification of the CSS inside Lit's css`…` literals (comments, indentation, spaces
// around punctuation). The styles are a quarter of the shipped code and are written readable, with
// comments that say why; this keeps the source that way while citizens' phones download less.
//
// Conservative on purpose: only comments and whitespace go, never whitespace that can carry meaning
// (descendant combinators, `calc(a - b)`, the space before an interpolation). Interpolations
// (`${…}`) are left untouched, and so are literals whose interpolations nest braces.

/** Minifies one static stretch of CSS text (between interpolations). */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * The npm build keeps source maps, and this transform returns none: so that the code after a
 * literal keeps its line numbers, the minified literal is followed by as many blank lines as it
 * lost (a handful of bytes; gzip and any consumer's minifier drop them).
 */
const keepLineCount = (before, after) => after + '\n'.repeat(Math.max(0, before.split('\n').length - after.split('\n').length));

const LITERAL = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^{}`]*\})*)`/g;
const INTERPOLATION = /(\$\{[^{}`]*\})/;

/** Rewrites every css`…` literal in a module's source; line numbers after each literal are kept. */
export function minifyCssLiterals(source) {
  return source.replace(LITERAL, (match, body) => {
    const parts = body.split(INTERPOLATION);
    const minified = parts.map((part, index) => (index % 2 === 1 ? part : minifyCssText(part))).join('');
    return keepLineCount(match, `css\`${minified.trim()}\``);
  });
}

/** Vite/rolldown plugin: runs on our TypeScript sources before they are compiled. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'wfp-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}
