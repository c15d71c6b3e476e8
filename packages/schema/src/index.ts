export * from './agency-kind.ts';
export * from './api.ts';
export * from './catalogue/layout.ts';
export * from './catalogue/metrics.ts';
export * from './catalogue/sections.ts';
export * from './metric.ts';
export * from './parse-result.ts';
