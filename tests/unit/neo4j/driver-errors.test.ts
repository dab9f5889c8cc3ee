import { Neo4jError } from 'neo4j-driver';
import { DiplographError } from '../../../src/errors';
import { fromDriverError } from '../../../src/neo4j/driver-errors';

describe('fromDriverError', () => {
  it.each([
    ['ServiceUnavailable', 'DB_UNAVAILABLE'],
    ['SessionExpired', 'DB_UNAVAILABLE'],
    // Two writers on the same nodes: the same write again succeeds, the database is not down.
    ['Neo.TransientError.Transaction.DeadlockDetected', 'CONFLICT'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Security.Unauthorized', 'DB_AUTH_FAILED'],
    ['Neo.ClientError.Statement.SyntaxError', 'DB_ERROR'],
    ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'DB_TRANSACTION_TOO_LARGE'],
    ['Neo.TransientError.General.TransactionMemoryLimit', 'DB_TRANSACTION_TOO_LARGE'],
  ])('maps the driver code %s to %s', (neo4jCode, code) => {
    const mapped = fromDriverError(new Neo4jError('boom', neo4jCode, 'N/A', 'N/A'), 'testing');
    expect(mapped).toMatchObject({ code, details: { neo4jCode } });
  });

  it('passes our own errors through and wraps anything else as INTERNAL', () => {
    const ours = new DiplographError('CONFIG_INVALID', 'x');
    expect(fromDriverError(ours, 'testing')).toBe(ours);
    expect(fromDriverError(new TypeError('bug'), 'testing').code).toBe('INTERNAL');
  });
});
