import type { Plugin } from 'vite';
export declare function minifyMarkupText(text: string): string;
export declare function minifyHtmlLiterals(source: string, filename?: string): string | null;
export declare function minifyHtmlLiteralsPlugin(): Plugin;
