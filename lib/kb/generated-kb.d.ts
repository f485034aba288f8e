// Types `generated/kb.json` even before `npm run build:kb` has created it, and
// keeps tsc from inferring a literal type for the whole KB.
declare module '@/generated/kb.json' {
  const data: unknown;
  export default data;
}
