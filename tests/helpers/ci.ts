/**
 * True when the tests run in continuous integration: CI set to anything but an empty string,
 * "false" or "0" (CI=false is how one says "not CI", and it must not make a missing browser or
 * Python a failure).
 */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
