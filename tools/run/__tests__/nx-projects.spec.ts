import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * CI lints, type-checks and unit-tests through Nx targets: a project without them would silently
 * drop out of CI. Every project must declare lint and typecheck, and have a tsconfig.json to check.
 */
const ROOT = join(__dirname, '../../..');

function projectFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'dist', '.cache', '.nx', '.git', '.samspill'].includes(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return projectFiles(path);
    return name === 'project.json' ? [path] : [];
  });
}

const projects = ['apps', 'libs', 'tools', 'e2e'].flatMap((top) => projectFiles(join(ROOT, top))).map((file) => ({
  root: relative(ROOT, dirname(file)),
  config: JSON.parse(readFileSync(file, 'utf8')) as { name: string; targets?: Record<string, unknown> },
}));

describe('Nx projects', () => {
  it('finds the workspace projects', () => {
    expect(projects.map((p) => p.config.name)).toEqual(expect.arrayContaining(['gateway', 'portfolios', 'web', 'server-events', 'tools', 'e2e']));
  });

  it.each(projects.map((p) => [p.root, p] as const))('%s has lint and typecheck targets and a tsconfig.json', (_root, project) => {
    expect(Object.keys(project.config.targets ?? {})).toEqual(expect.arrayContaining(['lint', 'typecheck']));
    const typecheck = project.config.targets!.typecheck as { command?: string };
    // The default command checks <project>/tsconfig.json; an override names its own.
    if (!typecheck.command) expect(existsSync(join(ROOT, project.root, 'tsconfig.json'))).toBe(true);
  });

  it.each(projects.filter((p) => p.root.startsWith('apps/')).map((p) => [p.root, p] as const))('%s has a build target', (_root, project) => {
    expect(Object.keys(project.config.targets ?? {})).toContain('build');
  });
});
