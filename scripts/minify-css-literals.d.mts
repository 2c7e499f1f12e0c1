import type { Plugin } from 'vite';
export declare function minifyCssText(text: string): string;
export declare function minifyCssLiterals(source: string): string;
export declare function minifyCssLiteralsPlugin(): Plugin;
