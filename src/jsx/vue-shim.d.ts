// Lets this repo type-check and emit ./vue.ts without Vue installed: a stand-in for the few names
// it uses. Declaration files are not emitted, so dist/types/jsx/vue.d.ts augments the consumer's
// real 'vue'. (An ambient module wins over node_modules: if Vue is ever installed here, delete this.)
declare module 'vue' {
  export interface GlobalComponents {}
  export interface HTMLAttributes {}
  export type PublicProps = {};
  export type EmitFn<Options = {}> = (event: keyof Options, ...args: unknown[]) => void;
}
