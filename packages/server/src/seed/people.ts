import type { Random } from './prng.js';
import { slugify } from './slug.js';

const FEMALE = [
  'Anke', 'Anja', 'Annett', 'Birgit', 'Claudia', 'Doreen', 'Franziska', 'Gabriele', 'Heike', 'Ines',
  'Jana', 'Josephine', 'Katrin', 'Kerstin', 'Kristin', 'Lena', 'Lisa', 'Mandy', 'Maria', 'Marlies',
  'Nadine', 'Nicole', 'Peggy', 'Petra', 'Renate', 'Sabine', 'Sandra', 'Silke', 'Sophie', 'Stefanie',
  'Susann', 'Ute', 'Yvonne', 'Christine', 'Hannah', 'Leonie', 'Marie', 'Johanna', 'Luise', 'Ramona',
];
const MALE = [
  'Andreas', 'André', 'Christian', 'Daniel', 'Dirk', 'Enrico', 'Falk', 'Frank', 'Heiko', 'Jens',
  'Jörg', 'Jonas', 'Kai', 'Lars', 'Lukas', 'Maik', 'Marcel', 'Marco', 'Martin', 'Matthias',
  'Michael', 'Paul', 'Ralf', 'René', 'Robert', 'Ronny', 'Sebastian', 'Steffen', 'Stephan', 'Thomas',
  'Tino', 'Tobias', 'Torsten', 'Uwe', 'Wolfgang', 'Felix', 'Max', 'Tom', 'Gerd', 'Sven',
];
const LAST = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
  'Richter', 'Wolf', 'Schröder', 'Neumann', 'Krause', 'Lehmann', 'Schwarz', 'Zimmermann', 'Hartmann',
  'Lange', 'Werner', 'Krüger', 'Kühn', 'Böhme', 'Lorenz', 'Seidel', 'Günther', 'Ullrich', 'Köhler',
  'Förster', 'Uhlig', 'Schubert', 'Pfeiffer', 'Hähnel', 'Rößler', 'Eichler', 'Kretzschmar', 'Haase',
  'Vogel', 'Fuchs', 'Scholz', 'Nowak', 'Kaiser', 'Heinrich', 'Winkler', 'Walther', 'Friedrich',
  'Schuster', 'Hennig', 'Starke', 'Wünsche', 'Lindner', 'Menzel', 'Kunze', 'Ebert', 'Thiele', 'Teichmann',
  'Mehnert', 'Haufe', 'Bräuer', 'Lötzsch', 'Zschiesche', 'Nestler', 'Kaden', 'Reichel', 'Dittrich',
];

/** The domains reserved for examples (RFC 2606): no mail sent to them reaches anyone. */
export const EXAMPLE_DOMAINS = ['example.org', 'example.com', 'example.net'] as const;

export interface Person {
  firstName: string;
  lastName: string;
  female: boolean;
}

export function person(random: Random): Person {
  const female = random.chance(0.55);
  return { firstName: random.pick(female ? FEMALE : MALE), lastName: random.pick(LAST), female };
}

export function firstName(random: Random): string {
  return random.pick(random.chance(0.55) ? FEMALE : MALE);
}

/** "katrin.boehme@example.org", sometimes with initials or a number, as people's addresses are. */
export function personalEmail(p: Person, random: Random): string {
  const first = slugify(p.firstName);
  const last = slugify(p.lastName);
  const local = random.pick([`${first}.${last}`, `${first}.${last}`, `${first[0]}.${last}`, `${first}${last}${random.int(1, 99)}`]);
  return `${local}@${random.pick(EXAMPLE_DOMAINS)}`;
}
