/**
 * `article-cleaner/batch`: clean many pages on worker threads. Node only
 * (it uses `worker_threads`), so it lives apart from the root entry, which
 * runs anywhere.
 */
export {cleanMany} from './clean-many.js'
export type {BatchOptions} from './clean-many.js'
export type {BatchError, BatchErrorCode, BatchFailure, BatchId, BatchInput, BatchResult, BatchSuccess} from './records.js'
