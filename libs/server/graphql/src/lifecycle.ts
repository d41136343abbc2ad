import { illegalTransition } from './errors';

export type TransitionTable<S extends string> = Record<S, readonly S[]>;

export function canTransition<S extends string>(table: TransitionTable<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

export function assertTransition<S extends string>(table: TransitionTable<S>, entity: string, from: S, to: S): void {
  if (!canTransition(table, from, to)) throw illegalTransition(entity, from, to);
}
