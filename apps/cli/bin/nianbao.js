#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx nianbao` works right after
// `npm install` with no build step (the acceptance contract in spec/metrics.md asks for that).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
