export { type AppOptions, type AppType, createApp } from './app.ts';
export type { ResponseCacheOptions } from './cache/response-cache.ts';
export { ApiProblem, errorBody } from './errors.ts';
export type { SessionDto } from './routes/session.ts';
export { ParsePool, type ParsePoolOptions } from './security/parse-pool.ts';
export { DEFAULT_SECURITY, type SecurityInput, type SecurityOptions } from './security/security-options.ts';
export { type RunningServer, type ServerOptions, startServer } from './serve.ts';
