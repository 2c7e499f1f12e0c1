import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties (and other style properties) through the CSSOM, always.
 *
 * Lit's `styleMap` writes its first value as a `style="…"` attribute string, which a page with
 * `Content-Security-Policy: default-src 'self'` (no 'unsafe-inline') blocks — the bar widths and
 * arc sweeps would silently vanish. `style.setProperty` is not subject to CSP, so this directive
 * never touches the attribute.
 */
class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a style attribute: style=${styleProperties({...})}');
    }
  }

  render(_properties: Readonly<Record<string, string | number | null | undefined>>) {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | number | null | undefined>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined || properties[name] === null) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
