/**
 * The parts of a custom-elements manifest (schema 2.x) the gallery reads to document each
 * element: attributes, properties, events, CSS custom properties and parts.
 */
export interface ManifestEntry {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestMember extends ManifestEntry {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: string;
  static?: boolean;
}

export interface ManifestElement {
  kind: 'class';
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestEntry[];
  members?: ManifestMember[];
  events?: ManifestEntry[];
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: (ManifestElement | { kind: string; name: string })[] }[];
}

export function findElement(manifest: Manifest, tag: string): ManifestElement | undefined {
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind === 'class' && (d as ManifestElement).tagName === tag) return d as ManifestElement;
    }
  }
  return undefined;
}

/** Public properties an operator sets from script (those without an attribute). */
export function scriptProperties(el: ManifestElement): ManifestMember[] {
  return (el.members ?? []).filter((m) => m.kind === 'field' && !m.attribute && !m.privacy && !m.static);
}

export function publicMethods(el: ManifestElement): ManifestMember[] {
  return (el.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static);
}

/** "Text with `code`" → alternating plain / code pieces (rendered without innerHTML). */
export function codeSpans(text: string | undefined): { code: boolean; text: string }[] {
  return (text ?? '').split('`').map((piece, i) => ({ code: i % 2 === 1, text: piece })).filter((p) => p.text !== '');
}
