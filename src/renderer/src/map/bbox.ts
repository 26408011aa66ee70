// Moved to src/shared so the server's grid import measures the same way.
export * from '../../../shared/bbox.ts';
