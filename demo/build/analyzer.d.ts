// The analyzer's CLI entry, used programmatically by the gallery build (it ships no types for it).
declare module '@custom-elements-manifest/analyzer/cli.js' {
  export function cli(options: { argv: string[]; cwd: string; noWrite?: boolean }): Promise<unknown>;
}
