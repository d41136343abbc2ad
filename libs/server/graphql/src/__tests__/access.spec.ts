import { AuthCheckerFn, Mutation, Query, Resolver } from 'type-graphql';
import { ANONYMOUS, Identity } from '@samspill/server-auth';
import { Allow, assertEveryOperationDeclaresAccess, authChecker, Public, SignedIn } from '../access';
import { DomainError, ErrorCode } from '../errors';
import type { RequestContext } from '../request-context';

const analyst: Identity = { subject: 'u-1', name: 'Ada', grants: [{ role: 'analyst' }] };
const admin: Identity = { subject: 'u-2', name: null, grants: [{ role: 'network-admin', network: 'digi-rogaland' }] };
const noRoles: Identity = { subject: 'u-3', name: null, grants: [] };

const check = (identity: Identity, roles: string[]) => {
  const context: RequestContext = { identity, requestId: 'r-1', loaders: {} };
  // authChecker is declared as the AuthChecker union (function or class); ours is the function form.
  return (authChecker as AuthCheckerFn<RequestContext>)({ context, root: {}, args: {}, info: {} as never }, roles);
};

function rejection(identity: Identity, roles: string[]): DomainError {
  try {
    check(identity, roles);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('access was granted');
}

describe('authChecker', () => {
  it('lets anyone, anonymous included, call a public operation', () => {
    expect(check(ANONYMOUS, ['public'])).toBe(true);
    expect(check(analyst, ['public'])).toBe(true);
  });

  it('rejects an anonymous caller of a role-guarded operation as UNAUTHENTICATED', () => {
    const error = rejection(ANONYMOUS, ['network-admin']);
    expect(error.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('rejects an anonymous caller of a signed-in operation as UNAUTHENTICATED', () => {
    expect(rejection(ANONYMOUS, ['signed-in']).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('lets any verified caller, even with no roles, call a signed-in operation', () => {
    expect(check(noRoles, ['signed-in'])).toBe(true);
  });

  it('rejects a signed-in caller without any of the roles as FORBIDDEN, naming the roles', () => {
    const error = rejection(analyst, ['network-admin', 'municipality-editor']);
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(error.message).toContain('network-admin, municipality-editor');
    expect(rejection(noRoles, ['analyst']).code).toBe(ErrorCode.FORBIDDEN);
  });

  it('allows a caller holding one of the roles', () => {
    expect(check(admin, ['network-admin'])).toBe(true);
    expect(check(analyst, ['network-admin', 'analyst'])).toBe(true);
  });

  it('does not grant access on a role that is merely a prefix or different case', () => {
    expect(rejection(admin, ['network']).code).toBe(ErrorCode.FORBIDDEN);
    expect(rejection(analyst, ['Analyst']).code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('assertEveryOperationDeclaresAccess', () => {
  @Resolver()
  class DeclaredResolver {
    @Public()
    @Query(() => String)
    hello(): string {
      return 'hei';
    }

    @Allow('network-admin')
    @Query(() => String)
    adminOnly(): string {
      return 'hemmelig';
    }

    @SignedIn()
    @Query(() => String)
    me(): string {
      return 'meg';
    }
  }

  @Resolver()
  class UndeclaredResolver {
    @Query(() => String)
    leaky(): string {
      return 'oops';
    }
  }

  @Resolver()
  class HalfDeclaredResolver {
    @Public()
    @Query(() => String)
    read(): string {
      return 'les';
    }

    @Mutation(() => String)
    write(): string {
      return 'skriv';
    }
  }

  it('passes when every query declares who may call it', () => {
    expect(() => assertEveryOperationDeclaresAccess([DeclaredResolver])).not.toThrow();
  });

  it('throws naming the undeclared operation', () => {
    expect(() => assertEveryOperationDeclaresAccess([UndeclaredResolver])).toThrow(/UndeclaredResolver\.leaky/);
  });

  it('names only the undeclared operations when resolvers are mixed', () => {
    let message = '';
    try {
      assertEveryOperationDeclaresAccess([DeclaredResolver, UndeclaredResolver]);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('UndeclaredResolver.leaky');
    expect(message).not.toMatch(/DeclaredResolver\.(hello|adminOnly|me)/);
  });

  it('checks mutations too', () => {
    expect(() => assertEveryOperationDeclaresAccess([HalfDeclaredResolver])).toThrow(/HalfDeclaredResolver\.write$/);
  });

  it('ignores resolvers that are not in the list', () => {
    expect(() => assertEveryOperationDeclaresAccess([])).not.toThrow();
  });
});
