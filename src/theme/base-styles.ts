import { css, unsafeCSS } from 'lit';
import { lightDarkDeclarations, tokenDeclarations } from './token-values.js';

const light = unsafeCSS(tokenDeclarations('light'));
const dark = unsafeCSS(tokenDeclarations('dark'));
const highContrast = unsafeCSS(tokenDeclarations('highContrast'));
const lightDark = unsafeCSS(lightDarkDeclarations());

/**
 * Shared by every widget. The theme is applied on the `.base` wrapper through `data-theme`, which
 * each widget sets from its resolved theme (theme.ts), so a host page's toggle drives it:
 * - `auto` follows the operating system;
 * - `page` (no theme anywhere) follows the page: dark only where the page declares a dark look
 *   through CSS `color-scheme` (or `<meta name="color-scheme">`) and the system asks for it. A
 *   light-only portal, most of them, keeps light widgets for a reader whose phone is in dark mode.
 * Both pick their colours with `light-dark()`; a browser without it (before Safari 17.5) follows
 * the system for `auto` with a media query and shows `page` light.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* The widgets' rem, scaled back up where a page shrinks its own (widget-rem.ts). */
    --_rem: 1rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    ${light}
    box-sizing: border-box;
    color-scheme: light;
    /* The page's inherited text styles stop here: a CMS block the tag was pasted into, centred, bold,
       italic, letter-spaced or kept from wrapping, must not restyle the figures. The font shorthand
       resets weight, style and variant as well. */
    font: var(--_font-size-body) / var(--_line-height) var(--_font-family);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    text-wrap-style: auto;
    text-shadow: none;
    cursor: auto;
    color: var(--_color-text);
    background: var(--_color-surface);
    /* Every widget paints its own surface (a dark widget on a light page): content is inset from
       that edge. The card and the locator, framed by a border, inset further. */
    padding: var(--_space-3);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    word-break: keep-all;
  }
  .base[data-theme='dark'] {
    ${dark}
    color-scheme: dark;
  }
  .base[data-theme='high-contrast'] {
    ${highContrast}
    --_skeleton-outline: var(--_color-border);
    color-scheme: dark;
  }
  @supports not (color: light-dark(#000, #fff)) {
    /* Older browsers (Safari before 17.5): theme="auto" by the media query, the page's theme light. */
    @media (prefers-color-scheme: dark) {
      .base[data-theme='auto'] {
        ${dark}
        color-scheme: dark;
      }
    }
  }
  @supports (color: light-dark(#000, #fff)) {
    .base[data-theme='auto'],
    .base[data-theme='page'] {
      ${lightDark}
      color-scheme: light dark;
    }
    .base[data-theme='page'] {
      /* The host page's (inherited through the host): "normal" there means its <meta>, else light. */
      color-scheme: inherit;
    }
  }
  @media (prefers-contrast: more) {
    .base[data-theme='auto'],
    .base[data-theme='page'] {
      ${highContrast}
      --_skeleton-outline: var(--_color-border);
      color-scheme: dark;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  table {
    /* Tables take their text from the widget, also on a page without a doctype (quirks mode, still
       found in old CMSs), where they would get the browser's default size, line height and colour
       (black, on a dark or high-contrast widget). */
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_color-primary-strong);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
    /* Words for screen readers only stay out of a copy too: a reader copying a table or a card gets
       what is shown ("22 / 31 (26)", not "… 정원 22명, 현원 31명, 여성 26명"). */
    user-select: none;
  }
  .source {
    margin: 0;
    font-size: var(--_font-size-xsmall);
    color: var(--_color-text-muted);
  }
  /* The shared error and loading boxes every widget shows in place of its content. */
  .status {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
    padding: var(--_space-3) var(--_space-4);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
  }
  .status > svg {
    flex: none;
    margin-top: 0.125rem;
  }
  .status.error {
    border-color: var(--_color-danger);
    background: var(--_color-danger-subtle);
    color: var(--_color-danger-text);
  }
  .status .title {
    margin: 0;
    font-weight: var(--_font-weight-bold);
    /* The box's size in every widget, not a widget's own .title (the card's heading size). */
    font-size: inherit;
    line-height: inherit;
  }
  .status p {
    margin: 0;
  }
  /* The kit's one secondary button, in every widget ("전체 46개 보기", "CSV 내려받기", "조건 초기화",
     "서울 전체 보기", "더 보기"): outlined in the primary colour, a 44 px target (KRDS; WCAG 2.5.5). */
  .secondary {
    min-block-size: 2.75rem;
    padding: var(--_space-1) var(--_space-3);
    border: var(--_border-width) solid var(--_color-primary-strong);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-primary-strong);
    font-size: var(--_font-size-body);
    cursor: pointer;
  }
  .secondary:hover {
    background: var(--_color-primary-subtle);
  }
  .status button {
    margin-top: var(--_space-2);
    padding: var(--_space-1) var(--_space-3);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  /* Loading shapes are tinted boxes. High contrast has no tints (its surface-alt is its surface, black),
     so they are outlined there; the transparent outline is drawn in forced colours too (system colour). */
  .skeleton,
  .skeleton-text {
    background: var(--_color-surface-alt);
    border-radius: var(--_radius);
    outline: var(--_border-width) dashed var(--_skeleton-outline, transparent);
    outline-offset: calc(-1 * var(--_border-width));
    animation: wfp-pulse 1.5s ease-in-out infinite;
  }
  @keyframes wfp-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media print {
    /* Paper is white whatever the screen theme: the selector matches the themed ones' specificity.
       The light theme's colours come back too, as a dark theme's pale fills and marks would all but
       vanish on white. */
    .base,
    .base[data-theme] {
      ${light}
      --_color-surface: #fff;
      --_color-surface-alt: #fff;
      --_color-text: #000;
      --_color-text-muted: #000;
      --_color-border: #000;
      color-scheme: light;
    }
    .no-print,
    button.no-print {
      display: none !important;
    }
    .skeleton {
      animation: none;
    }
  }
  /* After print, whose light colours must not replace the system's when a page prints in forced colours. */
  @media (forced-colors: active) {
    /* The themed selectors' specificity, or a theme's own colours (high contrast's yellow focus ring)
       would win, and be drawn on the parts that opt out of forced colours (tiles, chips, bars). */
    .base,
    .base[data-theme] {
      --_color-primary: Highlight;
      --_color-primary-strong: LinkText;
      --_color-border: CanvasText;
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-focus: Highlight;
      --_color-accent: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
