// What a page loads up front from a code-split esbuild build: the entry's output and every chunk it
// imports statically, transitively. Chunks reached only through import() (the dataset validator,
// GeoJSON boundaries) load on use and are left out. Shared by the size check, the size breakdown
// and the bench, so all three count the same bytes.

/** Output paths (metafile keys) of the entry whose `entryPoint` matches, plus its static imports. */
export function initialChunks(metafile, isEntry = () => true) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint && isEntry(outputs[key].entryPoint));
  if (!entry) throw new Error('initialChunks: no entry output in the metafile');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const item of outputs[key].imports) if (item.kind === 'import-statement' && !item.external && outputs[item.path]) visit(item.path);
  };
  visit(entry);
  return [...seen];
}
