#!/usr/bin/env node
// The `annals` command. Runs the TypeScript sources directly through tsx, so it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
