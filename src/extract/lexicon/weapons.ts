// Names of weapon systems, military aircraft and vehicles, and rockets as the news writes them ("THAAD", "Aegis",
// "Humvees", "Ospreys", "a Falcon 9 rocket"): things a body makes or fields, never a body. Not names that also name a
// body, a team or a law ("Patriot": the Patriots, the Patriot Act; "Trident": Exercise Trident Juncture; "Kalashnikov":
// the Kalashnikov Concern), nor a given name or a surname ("Iskander", "Abrams": Elliott Abrams, Stacey Abrams).

/** Names of weapon systems, military craft and rockets, singular; a plural (one "s" more) names the same class. */
export const HARDWARE_NAMES: ReadonlySet<string> = new Set([
  'THAAD', 'Terminal High Altitude Area Defense', 'Aegis', 'Humvee', 'Harrier', 'Osprey', 'Javelin', 'Stinger', 'Tomahawk',
  'Hellfire', 'Chinook', 'Black Hawk', 'Blackhawk', 'Apache', 'Reaper', 'Predator', 'Global Hawk', 'Scud', 'Minuteman',
  'Musudan', 'Hwasong', 'Nodong', 'Taepodong', 'Pukguksong', 'Avangard', 'Kinzhal', 'Sarmat', 'Kalibr', 'Rafale',
  'Eurofighter', 'Typhoon', 'MiG', 'Sukhoi', 'Falcon', 'Fighting Falcon', 'Super Hornet', 'Bradley Fighting Vehicle',
]);

/** Names whose plural is a team's ("the Falcons", "the Predators"): read in the singular only. */
export const SINGULAR_ONLY_HARDWARE: ReadonlySet<string> = new Set(['Falcon', 'Predator']);

/** Whether a word or name is a listed hardware name or, outside SINGULAR_ONLY_HARDWARE, its plural ("Humvees", "MiGs"). */
export function isHardwareName(name: string): boolean {
  if (HARDWARE_NAMES.has(name)) return true;
  const one = name.endsWith('s') ? name.slice(0, -1) : '';
  return one !== '' && HARDWARE_NAMES.has(one) && !SINGULAR_ONLY_HARDWARE.has(one);
}
