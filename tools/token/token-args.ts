import { RoleGrant, roleGrantSchema } from '@samspill/server-auth';

export const USAGE =
  'usage: npm run --silent token -- --role <role> [--network id | --municipality nnnn]... [--subject id] [--name text] [--expires 8h]';

const ROLES = ['network-admin', 'municipality-editor', 'analyst', 'participant', 'platform-admin'] as const;
const SCOPE_FLAG: Record<string, string> = { 'network-admin': '--network', 'municipality-editor': '--municipality' };

/** A problem with the command line or environment: its message is all the user needs. */
export class UsageError extends Error {}

export interface TokenRequest {
  grants: RoleGrant[];
  subject: string;
  name?: string;
  expiresIn: string;
}

function grant(candidate: Record<string, string>): RoleGrant {
  const parsed = roleGrantSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  if (candidate.role === 'municipality-editor') throw new UsageError(`--municipality must be a 4-digit kommunenummer, got "${candidate.municipality}"`);
  throw new UsageError(`invalid ${candidate.role} grant: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
}

export function parseTokenArgs(argv: string[]): TokenRequest {
  const grants: RoleGrant[] = [];
  let role: string | null = null;
  let scoped = true; // whether the current role has received its scope
  let subject: string | undefined;
  let name: string | undefined;
  let expiresIn = '8h';
  const finishRole = () => {
    if (role && !scoped) throw new UsageError(`--role ${role} needs ${SCOPE_FLAG[role]} <id> after it`);
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!flag.startsWith('--')) throw new UsageError(`unexpected argument "${flag}"\n${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value\n${USAGE}`);
    i++;
    switch (flag) {
      case '--role':
        finishRole();
        if (!(ROLES as readonly string[]).includes(value)) throw new UsageError(`unknown role "${value}" (one of: ${ROLES.join(', ')})`);
        role = value;
        scoped = !(value in SCOPE_FLAG);
        if (scoped) grants.push(grant({ role: value }));
        break;
      case '--network':
      case '--municipality':
        if (!role || SCOPE_FLAG[role] !== flag) throw new UsageError(`${flag} must follow --role ${flag === '--network' ? 'network-admin' : 'municipality-editor'}`);
        grants.push(grant({ role, [flag.slice(2)]: value }));
        scoped = true;
        break;
      case '--subject':
        subject = value;
        break;
      case '--name':
        name = value;
        break;
      case '--expires':
        if (!/^\d+[smhd]$/.test(value)) throw new UsageError(`--expires takes a duration such as 30m, 8h or 2d, got "${value}"`);
        expiresIn = value;
        break;
      default:
        throw new UsageError(`unknown flag "${flag}"\n${USAGE}`);
    }
  }
  finishRole();
  if (grants.length === 0) throw new UsageError(`at least one --role is required\n${USAGE}`);
  return { grants, subject: subject ?? `dev-${grants[0].role}`, name, expiresIn };
}
