import { a11ySnapshot } from '@web/test-runner-commands';

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/**
 * The names of the headings a screen reader is given (the browser's accessibility tree, through
 * shadow roots), in order: what its heading list offers, which the DOM alone does not show (content
 * a browser skips, such as content-visibility's, can be missing from the tree).
 */
export async function accessibleHeadings(): Promise<string[]> {
  const headings: string[] = [];
  const walk = (node: AxNode | null) => {
    if (!node) return;
    if (node.role === 'heading' && node.name) headings.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode | null);
  return headings;
}

/**
 * The words inside each status a screen reader is given (role="status" in the accessibility tree,
 * through shadow roots), in order: what a reader hears when it reaches one.
 */
export async function accessibleStatuses(): Promise<string[]> {
  const statuses: string[] = [];
  const text = (node: AxNode): string => [node.role === 'StaticText' || node.role === 'text' ? node.name ?? '' : '', ...(node.children ?? []).map(text)].join('');
  const walk = (node: AxNode | null) => {
    if (!node) return;
    if (node.role === 'status') statuses.push(node.name || text(node));
    else for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode | null);
  return statuses;
}

/**
 * The runs of text a screen reader is given (the tree's StaticText names), in reading order: what
 * browse mode reads. (The snapshot keeps only "interesting" nodes, so table cells themselves are
 * flattened away; their text remains.)
 */
export async function accessibleTextRuns(): Promise<string[]> {
  const runs: string[] = [];
  const walk = (node: AxNode | null) => {
    if (!node) return;
    if ((node.role === 'StaticText' || node.role === 'text') && node.name) runs.push(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as AxNode | null);
  return runs;
}
