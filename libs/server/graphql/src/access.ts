import { Authorized, AuthChecker, getMetadataStorage } from 'type-graphql';
import { hasRole, RoleName } from '@samspill/server-auth';
import type { RequestContext } from './request-context';
import { forbidden, unauthenticated } from './errors';

const PUBLIC = 'public';
const SIGNED_IN = 'signed-in';

/** Anyone, including anonymous callers, may call this (scoped visibility is the service's job). */
export const Public = () => Authorized(PUBLIC);
/** Any verified caller. */
export const SignedIn = () => Authorized(SIGNED_IN);
/** Callers holding at least one of these roles; which network/municipality is checked by the use case. */
export const Allow = (...roles: RoleName[]) => Authorized(...roles);

export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (context.identity.subject === null) throw unauthenticated();
  if (roles.includes(SIGNED_IN)) return true;
  if (roles.some((role) => hasRole(context.identity, role as RoleName))) return true;
  throw forbidden(`this needs one of the roles: ${roles.join(', ')}`);
};

/**
 * House rule: every query and mutation declares who may call it. Checked when the schema is
 * built, so a resolver without a declaration stops the service from starting.
 */
export function assertEveryOperationDeclaresAccess(resolverClasses: readonly Function[]): void {
  const storage = getMetadataStorage();
  const classes = new Set(resolverClasses);
  const declared = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
  const missing = [...storage.queries, ...storage.mutations]
    .filter((op) => classes.has(op.target))
    .map((op) => `${op.target.name}.${op.methodName}`)
    .filter((name) => !declared.has(name));
  if (missing.length > 0) {
    throw new Error(`operations without an access declaration (@Public/@SignedIn/@Allow): ${missing.join(', ')}`);
  }
}
