/** WCAG 2.x contrast of computed colours, for tests that check what a reader can tell apart. */

type Rgb = [number, number, number];

/** Linear-light sRGB channels (0–1) of a computed colour: "rgb(…)" / "rgba(…)" or color-mix's "color(srgb …)". */
function linearRgb(color: string): Rgb {
  const numbers = (color.match(/[\d.]+/g) ?? []).map(Number);
  // A see-through colour's look depends on what lies under it: measuring it as if opaque
  // ("rgba(0, 0, 0, 0)" as black) would overstate or invent a contrast. Composite it first.
  if (numbers.length > 3 && numbers[3]! < 1) throw new Error(`${color} is translucent: measure the colour it makes over its background`);
  const channels = color.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((n) => n / 255);
  return channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as Rgb;
}

/** Relative luminance of a computed colour. */
export function luminance(color: string): number {
  const [r, g, b] = linearRgb(color);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two computed colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `greyscale`: lightness alone, as a black-and-white printer (or a reader with achromatopsia) sees it. */
export type ColourVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia' | 'greyscale';

/** Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB: what a dichromat sees. */
const DICHROMAT: Record<Exclude<ColourVision, 'normal' | 'greyscale'>, [Rgb, Rgb, Rgb]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** CIELAB (D65) of a computed colour as a reader with the given colour vision sees it. */
function lab(color: string, vision: ColourVision): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const rgb = linearRgb(color);
  const [r, g, b] = vision === 'normal' || vision === 'greyscale' ? rgb : (DICHROMAT[vision].map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return vision === 'greyscale' ? [116 * y - 16, 0, 0] : [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** How far apart two computed colours look (CIE76 ΔE; about 2.3 is just noticeable) to a reader with that vision. */
export function colourDistance(a: string, b: string, vision: ColourVision = 'normal'): number {
  const [p, q] = [lab(a, vision), lab(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
