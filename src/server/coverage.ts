/** The coverage helpers moved to the store (the grid is stored with a story's first page); kept for importers. */
export { coverage, fillDays, type Coverage, type CoverageCell, type DayCount } from '../store/coverage.js';
