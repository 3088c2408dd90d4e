// Kept in step with package.json by a test (widgets/core/define.test.ts); the loader and the
// duplicate-definition warning both name it, so operators can tell two copies apart.
export const VERSION = '0.1.0' as const;
