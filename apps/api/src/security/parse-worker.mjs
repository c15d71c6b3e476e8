// Entry of a parser worker thread. Workers do not inherit the parent's TypeScript loader, so this
// plain-JavaScript bootstrap registers tsx for the thread and then loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker-task.ts');
