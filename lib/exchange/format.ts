// Kept apart from schema.ts so exporting never pulls zod into a bundle that does not validate.
export const FORMAT_NAME = 'site-patrol-findings' as const;
export const SCHEMA_VERSION = 1 as const;
