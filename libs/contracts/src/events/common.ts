import { z } from 'zod';

export const municipalityNumber = z.string().regex(/^\d{4}$/, 'a municipality number has four digits');
export const isoDate = z.iso.date();
export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(100);
