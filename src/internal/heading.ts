import { html, nothing, type TemplateResult } from 'lit';
import type { WfpErrorDetail } from '../events/wfp-error-event.js';
import { labelsFor } from '../i18n/labels.js';

// `headline-level`: where a widget's headings sit in the host page's outline. A portal puts a
// widget under its own h2 (or h3); the widget's title then has to be one level below, and its
// section headings below that, or a screen reader's list of headings misplaces them (WCAG 1.3.1).

/**
 * A heading at `level`; levels past 6 stay h6 (HTML has no h7), levels under 2 are h2. One template
 * per level rather than lit/static-html: that module would add 0.7 kB gzip to the locator for this.
 */
export function heading(level: number, content: unknown, options: { id?: string; part?: string; className?: string } = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const className = options.className ?? nothing;
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${className}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${className}>${content}</h6>`;
  }
}

/** The error for a `headline-level` that is not a whole number from 2 to 6 (as the page wrote it), or null. */
export function headlineLevelError(element: Element, level: number): WfpErrorDetail | null {
  if (Number.isInteger(level) && level >= 2 && level <= 6) return null;
  const value = element.getAttribute('headline-level') ?? String(level);
  return { kind: 'invalid-input', message: { ko: labelsFor('ko').common.invalidHeadlineLevel(value), en: labelsFor('en').common.invalidHeadlineLevel(value) } };
}
