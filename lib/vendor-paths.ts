/** Public URL of mermaid's own browser build, copied into `public/` by `lib/vendor-files.ts`. */
export const MERMAID_SCRIPT = '/vendor/mermaid/mermaid.min.js';
