// dist/data.json exists only after `npm run build`. TypeScript takes an ambient declaration before
// resolving a bare specifier, so with this the sources type-check on a fresh clone; src/data.ts
// casts the value to the generated Dataset type, which is checked into src/generated/.
declare module '#data.json' {
  const data: unknown;
  export default data;
}
