import { Matches, ValidationOptions } from 'class-validator';
import { MUNICIPALITY_NUMBER } from '@samspill/contracts';

/** Input validation for a municipality number (four digits; see MUNICIPALITY_NUMBER in contracts). */
export const IsMunicipalityNumber = (options: ValidationOptions = {}) =>
  Matches(MUNICIPALITY_NUMBER, { message: '$property must be a four-digit municipality number', ...options });
