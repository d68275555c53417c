export * from './process-graph.js';
