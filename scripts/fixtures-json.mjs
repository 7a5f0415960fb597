#!/usr/bin/env node
// Run from a vendor package folder before its build: collects contracts/<vendor>/*.json into
// src/fixtures.generated.json, the named fixtures its `./testing` mock serves (not committed).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The package's own @acct/core (built first by turbo) names each fixture and marks what a success documents.
const { namedFixture } = await import(pathToFileURL(join(process.cwd(), 'node_modules/@acct/core/dist/testing.js')).href);

const vendor = basename(process.cwd());
const dir = join(process.cwd(), '../../contracts', vendor);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => namedFixture(f, JSON.parse(readFileSync(join(dir, f), 'utf8'))));
writeFileSync(join(process.cwd(), 'src/fixtures.generated.json'), `${JSON.stringify({ fixtures })}\n`);
