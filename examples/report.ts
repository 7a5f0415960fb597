/** Runs one call of a quickstart and prints `✓ call → summary` or `✗ call → ErrorName: message`. */
export async function step<T>(call: string, run: () => Promise<T>, summary: (result: T) => string = () => 'ok'): Promise<T | undefined> {
  try {
    const result = await run();
    console.log(`✓ ${call} → ${summary(result)}`);
    return result;
  } catch (error) {
    const e = error as Error;
    console.log(`✗ ${call} → ${e.name}: ${e.message}`);
    process.exitCode = 1;
    return undefined;
  }
}

/** Runs a call that is expected to fail, printing the typed error it raised. */
export async function expectError(call: string, run: () => Promise<unknown>, expected: string): Promise<void> {
  try {
    await run();
    console.log(`✗ ${call} → resolved, expected ${expected}`);
    process.exitCode = 1;
  } catch (error) {
    const e = error as Error;
    const ok = e.name === expected;
    console.log(`${ok ? '✓' : '✗'} ${call} → ${e.name}${ok ? ' (as expected)' : `: ${e.message}`}`);
    if (!ok) process.exitCode = 1;
  }
}

/** Reads a required environment variable (the demo sets them; set your own to use the real API). */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}
