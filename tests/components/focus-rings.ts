import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const FOCUSABLE = 'a[href], button, input, select, summary, [tabindex="0"]';

/** Focusable elements inside `root`, shadow roots included, in document order. */
function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((node) => [
    ...(node.matches(FOCUSABLE) ? [node] : []),
    ...(node.shadowRoot ? focusables(node.shadowRoot) : []),
  ]);
}

/**
 * Focuses, as a keyboard user would see it, every focusable element inside `box` and checks that
 * its focus ring (outline width + offset around its border box) lies within `box`'s padding box,
 * not over a neighbour's edge or cut off by it. Returns how many
 * rings were checked, so a caller can tell that the check ran.
 */
export async function expectFocusRingsWithin(box: HTMLElement): Promise<number> {
  await sendKeys({ press: 'Shift' }); // keyboard modality: programmatic focus then shows the ring
  let checked = 0;
  for (const target of focusables(box.shadowRoot ?? box)) {
    target.focus(); // scrolls it into view, where the box is drawn at its real size
    const ring = getComputedStyle(target);
    if (ring.outlineStyle === 'none') continue;
    const reach = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
    const border = box.getBoundingClientRect();
    const edges = getComputedStyle(box);
    const clip = {
      left: border.left + parseFloat(edges.borderLeftWidth),
      right: border.right - parseFloat(edges.borderRightWidth),
      top: border.top + parseFloat(edges.borderTopWidth),
      bottom: border.bottom - parseFloat(edges.borderBottomWidth),
    };
    const inner = target.getBoundingClientRect();
    const name = target.outerHTML.slice(0, 80);
    expect(inner.left - reach, name).to.be.at.least(clip.left - 0.5);
    expect(inner.right + reach, name).to.be.at.most(clip.right + 0.5);
    expect(inner.top - reach, name).to.be.at.least(clip.top - 0.5);
    expect(inner.bottom + reach, name).to.be.at.most(clip.bottom + 0.5);
    checked += 1;
  }
  return checked;
}
