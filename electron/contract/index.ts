export * from './api.ts';
export * from './errors.ts';
export * from './import.ts';
export * from './maintenance.ts';
export * from './model.ts';
export * from './pages.ts';
export * from './sync.ts';
export * from './timeline.ts';
