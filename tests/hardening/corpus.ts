/**
 * Hostile strings a hand-edited district dataset could carry. Every payload that would run script
 * calls `window.__xss++`, so one counter tells whether anything ran. `label` names the payload in
 * test titles (long ones would drown the report).
 */
export interface Payload {
  readonly label: string;
  readonly text: string;
}

const X = 'window.__xss++';

export const XSS_CORPUS: readonly Payload[] = [
  { label: 'script tag', text: `<script>${X}</script>` },
  { label: 'script tag, upper case with attributes', text: `<SCRIPT type="text/javascript">${X}</SCRIPT>` },
  { label: 'img onerror', text: `<img src=x onerror="${X}">` },
  { label: 'attribute breakout "> then img onerror', text: `"><img src=x onerror=${X}>` },
  { label: "attribute breakout '> then svg onload", text: `'><svg/onload=${X}>` },
  { label: 'svg onload', text: `<svg onload="${X}"></svg>` },
  { label: 'svg with script inside', text: `<svg><script>${X}</script></svg>` },
  { label: 'svg animate onbegin', text: `<svg><animate onbegin=${X} attributeName=x dur=1s>` },
  { label: 'svg use with data: href', text: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${X}'/></svg>#x"/></svg>` },
  { label: 'iframe javascript: src', text: `<iframe src="javascript:parent.${X}"></iframe>` },
  { label: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.${X}</script>"></iframe>` },
  { label: 'javascript: URL', text: `javascript:${X}` },
  { label: 'javascript: URL, mixed case and tab', text: `JaVa\tScRiPt:${X}` },
  { label: 'anchor with javascript: href', text: `<a href="javascript:${X}">전화하기</a>` },
  { label: 'data: URL with script', text: `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MrKzwvc2NyaXB0Pg==` },
  { label: 'body onload', text: `<body onload=${X}>` },
  { label: 'details ontoggle', text: `<details open ontoggle=${X}><summary>x</summary></details>` },
  { label: 'input autofocus onfocus', text: `<input autofocus onfocus=${X}>` },
  { label: 'object data javascript:', text: `<object data="javascript:${X}"></object>` },
  { label: 'meta refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${X}">` },
  { label: 'base href hijack', text: `<base href="javascript:${X}//">` },
  { label: 'template with img', text: `<template><img src=x onerror=${X}></template>` },
  { label: 'mXSS math/style nesting', text: `<math><mtext><table><mglyph><style><img src=x onerror=${X}>` },
  { label: 'noscript breakout', text: `<noscript><p title="</noscript><img src=x onerror=${X}>">` },
  { label: 'CSS injection: style element', text: `<style>*{display:none!important}</style>` },
  { label: 'CSS injection: closing style then script', text: `</style><script>${X}</script>` },
  { label: 'CSS injection: declaration with url(javascript:)', text: `red;background:url("javascript:${X}");width:99999px` },
  { label: 'CSS injection: expression() and @import', text: `expression(${X});@import url(data:text/css,*{display:none});` },
  { label: 'CSS custom property breakout', text: `0%;}--_fill:999%;.base{display:none}` },
  { label: 'template literal', text: `\${${X}}` },
  { label: 'template expression (Angular-style)', text: `{{constructor.constructor('${X}')()}}` },
  { label: 'Lit marker lookalikes', text: `<?lit$1234$><!--?lit$5678$-->lit$0$` },
  { label: 'HTML entities (must stay literal)', text: `&lt;img src=x onerror=${X}&gt; &#60;script&#62;${X}&#60;/script&#62; &amp;` },
  { label: 'HTML comment and CDATA openers', text: `<!-- <![CDATA[ ]]> -->` },
  { label: 'slot and custom element injection', text: `<slot name="actions"></slot><wfp-execution-gauge budget="1" spent="2"></wfp-execution-gauge>` },
  { label: 'RTL override U+202E', text: '\u202Egnp.exe 결과보고서' },
  { label: 'RTL override with isolates and marks', text: '\u2066\u202E\u200F서울\u2069\u202C\u200E 1,234원' },
  { label: 'prototype key __proto__', text: '__proto__' },
  { label: 'prototype key constructor', text: 'constructor' },
  { label: 'prototype key toString', text: 'toString' },
  { label: 'control characters, NUL and ANSI escape', text: 'a\u0000b\u0007c\u001b[31md\u007f' },
  { label: 'line breaks CR LF and tabs', text: '첫 줄\r\n둘째 줄\n\t셋째' },
  { label: 'zero-width joiners and zalgo combining marks', text: 'Z\u0351\u0353\u0358a\u0360l\u035Fg\u0362o\u200B\u200D\uFEFF' },
  { label: 'emoji ZWJ sequence and lone surrogate', text: '👩‍👩‍👧‍👦 \uD800 끝' },
  // Lower case on purpose: an all-capitals 5,000-letter token costs this machine's fallback fonts
  // ~0.5 s of layout per element (Chromium font fallback under overflow-wrap: anywhere), which
  // would only slow the suite down; the wrapping it tests is the same.
  { label: 'very long string without spaces (5,250 letters)', text: 'longwordwithoutspaces'.repeat(250) },
  { label: 'very long Korean without spaces (2,000 × 가)', text: '가'.repeat(2000) },
  { label: 'very long URL-like string without spaces', text: `https://example.invalid/${'a/'.repeat(1500)}` },
  { label: 'very long digits without spaces (3,000 × 9)', text: '9'.repeat(3000) },
];

/** Declared on window by the hostile-content tests; stays 0 unless a payload ran. */
declare global {
  interface Window {
    __xss: number;
  }
}
