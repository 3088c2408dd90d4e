// Built by demo/build/gallery-plugins.ts from the widgets' JSDoc (custom-elements-manifest.config.mjs).
declare module 'virtual:ebok-manifest' {
  const manifest: import('./gallery/manifest').Manifest;
  export default manifest;
}
