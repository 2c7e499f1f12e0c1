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
