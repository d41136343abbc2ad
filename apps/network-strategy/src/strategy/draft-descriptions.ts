/** API descriptions shared by the edit and retire mutations of a strategy's content. */
export const EDIT =
  "Edits a draft's content. For content of the adopted version in force, the edit waits in the strategy's open revision and takes effect when it is adopted (see Strategy.revision); the result shows what is in force.";

export const RETIRE =
  'In a draft it is gone at once; from the adopted version it leaves with the next adopted version (the revision shows it as REMOVED, with the reason). Retired elements are kept, marked retired.';

export const REASON = 'Why it is retired (3 to 5000 characters); shown with the removal in the version comparison.';
