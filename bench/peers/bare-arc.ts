// The lower bound for a gauge: a bare Lit element drawing a d3-shape arc — no data layer, no
// validation, no formatting, no i18n, no accessibility work. Our gauge should stay close to it.
import { LitElement, css, html, svg } from 'lit';
import { arc } from 'd3-shape';

const HALF_PI = Math.PI / 2;
const band = arc<{ start: number; end: number }>()
  .innerRadius(70)
  .outerRadius(90)
  .startAngle((d) => d.start)
  .endAngle((d) => d.end);
const TRACK = band({ start: -HALF_PI, end: HALF_PI }) ?? '';

export class BareArc extends LitElement {
  static override properties = { value: { type: Number }, label: {} };
  static override styles = css`
    :host { display: inline-block; width: 220px; font-family: sans-serif; }
    .track { fill: #e6e8ea; }
    .value { fill: #256ef4; }
    p { margin: 0; text-align: center; }
    .rate { font-size: 1.5rem; font-weight: 700; }
  `;

  declare value: number;
  declare label: string;

  constructor() {
    super();
    this.value = 0;
    this.label = '';
  }

  override render() {
    const shown = Math.min(Math.max(this.value, 0), 100);
    const path = band({ start: -HALF_PI, end: -HALF_PI + (Math.PI * shown) / 100 }) ?? '';
    return html`<svg viewBox="-100 -100 200 110" width="220" height="121" role="img" aria-label="${this.value.toFixed(1)}%">
        ${svg`<path class="track" d=${TRACK}></path><path class="value" d=${path}></path>`}
      </svg>
      <p class="rate">${this.value.toFixed(1)}%</p>
      <p>${this.label}</p>`;
  }
}
customElements.define('bare-arc', BareArc);

/** items: [{ name, rate }] → one <bare-arc> each, appended to `container`. */
export function renderGauges(container: HTMLElement, items: { name: string; rate: number }[]): BareArc[] {
  return items.map(({ name, rate }) => {
    const element = document.createElement('bare-arc') as BareArc;
    element.value = rate;
    element.label = name;
    container.append(element);
    return element;
  });
}
