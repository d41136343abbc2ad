/** Digi Rogaland's 23 members (PRODUCT.md), as a test fixture independent of the demo seed. */
export const ROGALAND_MUNICIPALITIES = (
  [
    ['1101', 'Eigersund', 15400], ['1103', 'Stavanger', 149000], ['1106', 'Haugesund', 38100], ['1108', 'Sandnes', 83300],
    ['1111', 'Sokndal', 3300], ['1112', 'Lund', 3200], ['1114', 'Bjerkreim', 2900], ['1119', 'Hå', 19600],
    ['1120', 'Klepp', 20100], ['1121', 'Time', 19700], ['1122', 'Gjesdal', 12400], ['1124', 'Sola', 28100],
    ['1127', 'Randaberg', 11700], ['1130', 'Strand', 13000], ['1133', 'Hjelmeland', 2600], ['1134', 'Suldal', 3800],
    ['1135', 'Sauda', 4600], ['1144', 'Kvitsøy', 520], ['1145', 'Bokn', 880], ['1146', 'Tysvær', 11500],
    ['1149', 'Karmøy', 43000], ['1151', 'Utsira', 200], ['1160', 'Vindafjord', 8900],
  ] as const
).map(([id, name, population]) => ({ id, name, population }));
