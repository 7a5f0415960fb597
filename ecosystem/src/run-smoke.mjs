// Entry for Node, Bun and Deno: the mock URLs arrive as a JSON argument; prints the results as JSON.
import { smoke } from './smoke.mjs';

const args = typeof Deno !== 'undefined' ? Deno.args : process.argv.slice(2);
console.log(JSON.stringify(await smoke(JSON.parse(args[0]))));
