/** The Trusted Types policies the widgets create (docs/operators/security.md). */
export const HOST_PAGE_CSP_POLICIES = ['lit-html'] as const;
