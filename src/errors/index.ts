export { ErrorCode } from './codes';
export { DiplographError, isDiplographError } from './diplograph-error';
export type { DiplographErrorOptions } from './diplograph-error';
