// ESLint (flat config): TypeScript, Lit and web-component rules, plus the project's own bans
// that keep the widgets safe under a strict Content-Security-Policy on any operator's page.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

const projectBans = [
  {
    selector: "TaggedTemplateExpression[tag.name='css'] TemplateElement[value.raw=/\\d(\\.\\d+)?rem\\b/]",
    message: 'No rem units: they follow the host page\'s <html> font-size. Use px or em.',
  },
  {
    selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/\\sstyle=/]",
    message: 'No style attributes in templates: a strict CSP blocks them. Use classes or CSSOM (el.style.setProperty).',
  },
  {
    selector: "TaggedTemplateExpression[tag.name='html'] TemplateElement[value.raw=/<style[\\s>]/]",
    message: 'No inline <style> in templates: use static styles (adopted stylesheets).',
  },
  {
    selector: "MemberExpression[object.name='localStorage'], MemberExpression[object.name='window'][property.name='localStorage']",
    message: 'No localStorage: nothing about the customer may persist. (The contact draft uses sessionStorage.)',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[object.name='document'][property.name='cookie']",
    message: 'No script-written cookies.',
  },
];

const bannedImports = [
  { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: it breaks Trusted Types and invites XSS.' },
  { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.' },
  { name: 'lit/directives/style-map.js', message: 'styleMap writes a style attribute on first render, which a strict CSP blocks.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'widgets/core/api/schema.d.ts', '**/*.js', '!eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: bannedImports }],
      'no-restricted-syntax': ['error', ...projectBans],
      // Our elements are defined through defineElement(), which never throws on a second definition.
      'wc/no-self-class': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'mocks/**', 'demo/**', 'scripts/**', 'widgets/test-utils/**', '**/*.bench.ts'],
    // chai's property assertions (expect(x).to.be.true) read as unused expressions.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // Shipped code: nothing that points at the mock API or the test helpers. A widget's named
    // states (<name>-states.ts, for the gallery and its tests) and benchmarks are never imported
    // by an element, so they never ship.
    files: ['widgets/**/*.ts', 'shell/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-utils/**', '**/*-states.ts', '**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bannedImports,
          patterns: [{ group: ['**/mocks/**', '**/mocks', '**/test-utils/**', '**/test-utils'], message: 'Shipped code never imports the mocks or test helpers.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.config.*', 'web-test-runner.*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
