import { GraphQLError } from 'graphql';
import { InvalidInputError } from '../../src/domain/invalid-input-error';
import { maskError, maskRefusal } from '../../src/server/errors/mask-error';
import { OperationTimeoutError, StoreUnavailableError } from '../../src/store/store-errors';

/** An error as a resolver throws it: graphql-js wraps it with the field's path. */
const fromResolver = (original: Error) =>
  new GraphQLError(original.message, { path: ['role'], originalError: original });

const masked = (error: GraphQLError, production = true) =>
  maskError(
    { ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', ...error.extensions } },
    error,
    {
      production,
      requestId: 'req-1',
    },
  );

describe('maskError', () => {
  it.each([
    [
      'InvalidInputError',
      new InvalidInputError('first must be between 1 and 50; got 0.', 'first', { min: 1, max: 50 }),
      { code: 'BAD_USER_INPUT', argument: 'first', min: 1, max: 50 },
    ],
    [
      'StoreUnavailableError',
      new StoreUnavailableError('Neo4j', { cause: null }),
      { code: 'SERVICE_UNAVAILABLE' },
    ],
    ['OperationTimeoutError', new OperationTimeoutError(100), { code: 'OPERATION_TIMEOUT', limitMs: 100 }],
  ])('gives a thrown %s its code and facts, and keeps its message', (_name, original, extensions) => {
    const error = masked(fromResolver(original));
    expect(error.extensions).toEqual(extensions);
    expect(error.message).toBe(original.message);
    expect(error.path).toEqual(['role']);
  });

  it.each([
    ['Unsupported persisted query version', 'PERSISTED_QUERY_NOT_SUPPORTED'],
    ['provided sha does not match query', 'PERSISTED_QUERY_HASH_MISMATCH'],
  ])("gives Apollo's code-less %j a client code", (message, code) => {
    expect(masked(new GraphQLError(message)).extensions).toEqual({ code });
  });

  it('masks an unexpected error in production, naming the request', () => {
    const error = masked(fromResolver(new Error('connection to db-7.internal lost')));
    expect(error).toEqual({
      message: 'Internal server error (request req-1)',
      path: ['role'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('keeps an unexpected error as it is in development', () => {
    expect(masked(fromResolver(new Error('connection lost')), false).message).toBe('connection lost');
  });

  it.each([
    'Cannot query field "nam" on type "Role". Did you mean "name"?',
    'Variable "$f" got invalid value { famly: "BACKEND" }; Field "famly" is not defined by type "RoleFilter". Did you mean "family"?',
    'Value "BACKEN" does not exist in "RoleFamily" enum. Did you mean the enum value "BACKEND"?',
  ])('drops "Did you mean" from %j in production, whatever its code', (message) => {
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(masked(error).message).not.toMatch(/Did you mean/);
    expect(masked(error, false).message).toBe(message);
  });

  it('cuts long values a message or a fact repeats back', () => {
    const slug = 'x'.repeat(90_000);
    const error = masked(
      fromResolver(new InvalidInputError(`No role has the slug "${slug}".`, 'from', { slug })),
    );
    expect(error.message).toBe(`No role has the slug "${'x'.repeat(60)}…" (90000 characters).`);
    expect(JSON.stringify(error).length).toBeLessThan(400);
  });
});

describe('maskRefusal', () => {
  const coded = (code: string) => new GraphQLError(`refused: ${code}`, { extensions: { code } });

  it.each([
    [['QUERY_TOO_LONG'], 413],
    [['RATE_LIMITED'], 429],
    [['UNAUTHENTICATED', 'RATE_LIMITED'], 401],
    [['QUERY_TOO_DEEP', 'QUERY_TOO_LONG'], 400],
    [['SOMETHING_ELSE'], 400],
  ])("answers the codes %j with the first one's status, %i", (codes, status) => {
    const refusal = maskRefusal(codes.map(coded), { production: true, requestId: 'req-1' });
    expect(refusal.status).toBe(status);
    expect(refusal.codes).toEqual(codes);
  });

  it('masks each error as maskError does, naming the request', () => {
    const refusal = maskRefusal([coded('QUERY_TOO_DEEP'), new GraphQLError('secret detail')], {
      production: true,
      requestId: 'req-1',
    });
    expect(refusal.errors).toEqual([
      { message: 'refused: QUERY_TOO_DEEP', extensions: { code: 'QUERY_TOO_DEEP' } },
      {
        message: 'Internal server error (request req-1)',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
      },
    ]);
  });
});
