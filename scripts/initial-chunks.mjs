// What a page loads up front from a code-split esbuild build: the entry's output and every chunk it
// imports statically, transitively. Chunks reached only through import() (the dataset validator,
// GeoJSON boundaries) load on use and are left out. Shared by the size check, the size breakdown
// and the bench, so all three count the same bytes.

/**
 * Output paths (metafile keys) of the entry built from `entryPoint` (as esbuild records it: relative
 * to the working directory), plus its static imports. The entry must be named: esbuild records an
 * `entryPoint` on the chunks of `import()` targets too, so "the first output with one" is not it.
 */
export function initialChunks(metafile, entryPoint) {
  const outputs = metafile.outputs;
  const entries = Object.keys(outputs).filter((key) => outputs[key].entryPoint === entryPoint);
  if (entries.length !== 1) throw new Error(`initialChunks: ${entries.length} outputs for entry ${entryPoint}`);
  const entry = entries[0];
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const item of outputs[key].imports) if (item.kind === 'import-statement' && !item.external && outputs[item.path]) visit(item.path);
  };
  visit(entry);
  return [...seen];
}
