export { type AppOptions, type AppType, createApp } from './app.ts';
export { ApiProblem, errorBody } from './errors.ts';
export { type RunningServer, type ServerOptions, startServer } from './serve.ts';
