// The little of the datapackage package (the Frictionless reference implementation) the tests
// use; it ships no types.
declare module 'datapackage' {
  interface Resource {
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    getResource(name: string): Resource;
  }
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
  const datapackage: { Package: typeof Package; validate: typeof validate };
  export default datapackage;
}
