/**
 * A seeded generator of regional registrations (Latin American and Caribbean names) with known
 * duplicates, for the linkage benchmark (issue 7 item 6). Duplicates carry the errors registries
 * see (linkage.md §4.1): typos, lost accents, nicknames, compound given names cut to one, swapped or
 * missing family names, the maternal name alone, particles dropped, day and month swapped, year-only
 * dates and 1 January placeholders, new documents and phones. Names are drawn with Zipf-like
 * weights so that a few are shared by very many people ("José García Hernández").
 *
 * Columns match Puente's registry export (settings/registry.settings.json).
 */

import { seededRandom } from './harness.ts';

export const REGISTRY_COLUMNS = [
  'id', 'given_names', 'family_name_1', 'family_name_2', 'sex', 'birth_date', 'nationality',
  'document_number', 'phone', 'place',
] as const;

const FEMALE = [
  'María', 'Guadalupe', 'Ana', 'Rosa', 'Juana', 'Carmen', 'Josefina', 'Margarita', 'Isabel', 'Teresa',
  'Patricia', 'Laura', 'Gabriela', 'Daniela', 'Fernanda', 'Valentina', 'Camila', 'Sofía', 'Lucía', 'Paula',
  'Andrea', 'Alejandra', 'Verónica', 'Claudia', 'Mercedes', 'Dolores', 'Concepción', 'Consuelo', 'Rosario',
  'Francisca', 'Luz', 'Elena', 'Marta', 'Silvia', 'Adriana', 'Mónica', 'Natalia', 'Carolina', 'Beatriz',
  'Yolanda', 'Ximena', 'Esperanza', 'Leticia', 'Socorro', 'Pilar', 'Graciela', 'Victoria', 'Jimena',
  'Marie', 'Jeanne', 'Nadège', 'Mirlande', 'Roseline', 'Guerline', 'Fabienne', 'Widlene', 'Joana', 'Luiza',
  'Antonia', 'Yesenia', 'Karla', 'Wendy', 'Dayana', 'Yuliana', 'Milagros', 'Soledad', 'Estefanía', 'Cecilia',
];
const MALE = [
  'José', 'Juan', 'Luis', 'Carlos', 'Jesús', 'Francisco', 'Miguel', 'Antonio', 'Pedro', 'Manuel', 'Jorge',
  'Alejandro', 'Ricardo', 'Roberto', 'Fernando', 'Eduardo', 'Javier', 'Ignacio', 'Guillermo', 'Alberto',
  'Enrique', 'Rafael', 'Daniel', 'Sergio', 'Andrés', 'Diego', 'Santiago', 'Mateo', 'Sebastián', 'Gabriel',
  'Héctor', 'Raúl', 'Óscar', 'Víctor', 'Ramón', 'Joaquín', 'Gustavo', 'Alfonso', 'Gonzalo', 'Vicente',
  'Jean', 'Pierre', 'Wilson', 'Jameson', 'Frantz', 'Emmanuel', 'Joseph', 'João', 'Paulo', 'Wilfredo',
  'Brayan', 'Kevin', 'Yeison', 'Edwin', 'Nelson', 'Walter', 'Osvaldo', 'Rigoberto', 'Ernesto', 'Julio',
];
const SECOND_GIVEN_F = ['José', 'Guadalupe', 'Fernanda', 'Elena', 'Isabel', 'Luisa', 'de los Ángeles', 'del Carmen', 'Teresa'];
const SECOND_GIVEN_M = ['Luis', 'Carlos', 'Antonio', 'Manuel', 'Miguel', 'José', 'Alberto', 'Eduardo', 'Baptiste'];

const FAMILY = [
  'García', 'Hernández', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores',
  'Gómez', 'Díaz', 'Cruz', 'Morales', 'Reyes', 'Gutiérrez', 'Ortiz', 'Torres', 'Ruiz', 'Vargas', 'Castillo',
  'Jiménez', 'Mendoza', 'Chávez', 'Ramos', 'Romero', 'Herrera', 'Medina', 'Aguilar', 'Vásquez', 'Castro',
  'Rojas', 'Moreno', 'Álvarez', 'Muñoz', 'Silva', 'Núñez', 'Ríos', 'Guerrero', 'Salazar', 'Peña', 'Ortega',
  'Delgado', 'Cabrera', 'Figueroa', 'Sandoval', 'Contreras', 'Valdez', 'Espinoza', 'Rivera', 'Campos', 'Vega',
  'Fuentes', 'Carrillo', 'Cortés', 'Ibarra', 'Miranda', 'Soto', 'Luna', 'Guzmán', 'Orozco', 'Navarro',
  'Domínguez', 'Estrada', 'de la Cruz', 'del Río', 'de los Santos', 'dos Santos', 'da Silva', 'Quispe',
  'Mamani', 'Huamán', 'Condori', 'Choque', 'Pierre', 'Joseph', 'Charles', 'Louis', 'Baptiste', 'Jean-Louis',
  'Saint-Fleur', 'Dorvil', 'Exantus', 'Oliveira', 'Souza', 'Pereira', 'Ferreira', 'Alves', 'Barbosa',
  'Villalobos', 'Zúñiga', 'Calderón', 'Acosta', 'Benítez', 'Bautista', 'Velásquez', 'Maldonado', 'Paredes',
];
const SYLLABLES = ['al', 'ba', 'ca', 'da', 'ra', 'ma', 'lo', 've', 'to', 'ri', 'za', 'que', 'gue', 'ña', 'llo',
  'so', 'ne', 'mi', 'cho', 'ta', 'pa', 'ro', 'bel', 'dez', 'tes', 'nor', 'sa', 'jo', 'vi', 'che', 'gi', 'xi'];
const NATIONALITIES = ['MX', 'GT', 'HN', 'SV', 'VE', 'CO', 'HT', 'BR', 'EC', 'PE', 'CU', 'NI'];
const PLACES = [
  'Tapachula', 'San Pedro Sula', 'Tegucigalpa', 'Quetzaltenango', 'San Salvador', 'Santa Ana', 'Maracaibo',
  'Barquisimeto', 'Cúcuta', 'Medellín', 'Port-au-Prince', 'Cap-Haïtien', 'Les Cayes', 'Manaus', 'Boa Vista',
  'Guayaquil', 'Quito', 'Lima', 'Arequipa', 'La Habana', 'Santiago de Cuba', 'Managua', 'León', 'Oaxaca',
  'Chiapas', 'Ciudad Juárez', 'Tijuana', 'Puebla', 'Veracruz', 'Cobán', 'Huehuetenango', 'Choluteca',
  'San Miguel', 'Valencia', 'Caracas', 'Barranquilla', 'Cali', 'Gonaïves', 'Jacmel', 'Belém',
];
const NICKNAME_OF: Record<string, string[]> = {
  José: ['Pepe', 'Chepe'], Jesús: ['Chucho', 'Chuy'], Guadalupe: ['Lupe', 'Lupita'], Francisco: ['Paco', 'Pancho'],
  Ignacio: ['Nacho'], Guillermo: ['Memo'], Eduardo: ['Lalo'], Alberto: ['Beto'], Roberto: ['Beto'],
  Antonio: ['Toño'], Concepción: ['Concha', 'Conchita'], Enrique: ['Quique'], Manuel: ['Manolo'],
  Dolores: ['Lola'], Mercedes: ['Meche'], Rosario: ['Charo'], Consuelo: ['Chelo'], Alejandro: ['Alex'],
  Rafael: ['Rafa'], Fernando: ['Nando'], Gustavo: ['Tavo'], Alfonso: ['Poncho'], Santiago: ['Chago'],
  Vicente: ['Chente'], Isabel: ['Chabela'], Teresa: ['Tere'], Graciela: ['Chela'], Socorro: ['Coco'],
  Ernesto: ['Neto'], Joaquín: ['Quino'], Ramón: ['Moncho'], Pilar: ['Pili'], Cecilia: ['Ceci'],
};
const SPELLING: Array<[RegExp, string]> = [
  [/v/, 'b'], [/b/, 'v'], [/z/, 's'], [/s$/, 'z'], [/ll/, 'y'], [/y/, 'll'], [/j/, 'g'], [/x/, 'j'], [/ñ/, 'n'],
  [/h/, ''], [/que/, 'ke'], [/ce/, 'se'],
];

/** One registration row (the registry export's columns) and the person it belongs to. */
export interface GeneratedRegistrations {
  header: string[];
  rows: string[][];
  /** Person (entity) number of each row: two rows are the same person exactly when these agree. */
  entity: Int32Array;
}

function weightedPicker(items: string[], exponent: number, random: () => number): () => string {
  // Zipf-like weights: the first names are very common, the tail rare.
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, r) => {
    total += 1 / Math.pow(r + 1.5, exponent);
    cumulative.push(total);
  });
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function stripAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

function typo(s: string, random: () => number): string {
  if (s.length < 3) return s;
  const i = 1 + Math.floor(random() * (s.length - 2));
  const letters = 'abcdefghijlmnoprstuvz';
  const op = random();
  if (op < 0.3) return s.slice(0, i) + letters[Math.floor(random() * letters.length)] + s.slice(i + 1);
  if (op < 0.55) return s.slice(0, i) + s.slice(i + 1);
  if (op < 0.8) return s.slice(0, i) + letters[Math.floor(random() * letters.length)] + s.slice(i);
  return s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1);
}

function spellingVariant(s: string, random: () => number): string {
  const start = Math.floor(random() * SPELLING.length);
  for (let k = 0; k < SPELLING.length; k++) {
    const [re, to] = SPELLING[(start + k) % SPELLING.length];
    const lower = s.toLowerCase();
    if (re.test(lower)) return capitalise(lower.replace(re, to));
  }
  return typo(s, random);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface Person {
  given: string[];
  family1: string;
  family2: string;
  sex: string;
  year: number;
  month: number;
  day: number;
  nationality: string;
  document: string;
  phone: string;
  place: string;
}

function documentFor(nationality: string, random: () => number): string {
  const digits = (k: number) => Array.from({ length: k }, () => Math.floor(random() * 10)).join('');
  const letter = () => String.fromCharCode(65 + Math.floor(random() * 26));
  return nationality === 'MX' ? `${letter()}${letter()}${digits(7)}` : `${nationality}${digits(8)}`;
}

function phoneFor(random: () => number): string {
  const d = () => Math.floor(random() * 10);
  return `+52 ${d()}${d()} ${d()}${d()}${d()}${d()} ${d()}${d()}${d()}${d()}`;
}

function render(p: Person, id: string, dateText: string): string[] {
  return [id, p.given.join(' '), p.family1, p.family2, p.sex, dateText, p.nationality, p.document, p.phone, p.place];
}

const ERROR_KINDS = ['given', 'family', 'date', 'document', 'phone', 'other'] as const;
type ErrorKind = (typeof ERROR_KINDS)[number];
const ERROR_WEIGHTS = [1, 1, 0.8, 1.2, 1, 0.5];

function pickErrorKinds(random: () => number): Set<ErrorKind> {
  // As FEBRL's generator caps modifications per record, a duplicate carries 0 to 3 real errors
  // (25 / 40 / 25 / 10 %), each in a different field; accents and case change on top of that.
  const r = random();
  const count = r < 0.25 ? 0 : r < 0.65 ? 1 : r < 0.9 ? 2 : 3;
  const kinds = new Set<ErrorKind>();
  const total = ERROR_WEIGHTS.reduce((a, b) => a + b, 0);
  while (kinds.size < count) {
    let x = random() * total;
    let k = 0;
    while (x >= ERROR_WEIGHTS[k]) x -= ERROR_WEIGHTS[k++];
    kinds.add(ERROR_KINDS[k]);
  }
  return kinds;
}

/** The errors of one duplicate registration. */
function corrupt(original: Person, random: () => number): { person: Person; date: string } {
  const p: Person = { ...original, given: [...original.given] };
  const chance = (x: number) => random() < x;
  const kinds = pickErrorKinds(random);
  if (kinds.has('given')) {
    const g0 = p.given[0];
    const roll = random();
    if (roll < 0.25 && NICKNAME_OF[g0]) p.given = [NICKNAME_OF[g0][Math.floor(random() * NICKNAME_OF[g0].length)]];
    else if (roll < 0.5 && p.given.length > 1) p.given = [p.given[0]];
    else if (roll < 0.57 && p.given.length > 1 && !p.given[1].includes(' ')) p.given = [p.given[1]];
    else if (roll < 0.85) p.given[0] = typo(g0, random);
    else p.given[0] = spellingVariant(g0, random);
  }
  if (kinds.has('family')) {
    const roll = random();
    if (roll < 0.15 && p.family2) [p.family1, p.family2] = [p.family2, p.family1];
    else if (roll < 0.4) p.family2 = '';
    else if (roll < 0.48 && p.family2) [p.family1, p.family2] = [p.family2, ''];
    else if (roll < 0.68) p.family1 = typo(p.family1, random);
    else if (roll < 0.8 && p.family2) p.family2 = typo(p.family2, random);
    else if (roll < 0.93) p.family1 = spellingVariant(p.family1, random);
    else if (p.family2) [p.family1, p.family2] = [`${p.family1} ${p.family2}`, ''];
  }
  // Particles dropped, accents lost and capitals are not errors a reader would notice.
  if (chance(0.5)) p.family1 = p.family1.replace(/^(de la|del|de los|dos|da) /i, '');
  if (chance(0.5)) {
    p.given = p.given.map(stripAccents);
    p.family1 = stripAccents(p.family1);
    p.family2 = stripAccents(p.family2);
    p.place = stripAccents(p.place);
  }
  if (chance(0.25)) {
    p.given = p.given.map((g) => g.toUpperCase());
    p.family1 = p.family1.toUpperCase();
    p.family2 = p.family2.toUpperCase();
  }
  let date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (kinds.has('date')) {
    const roll = random();
    if (roll < 0.25 && p.day <= 12 && p.day !== p.month) date = `${p.year}-${pad(p.day)}-${pad(p.month)}`;
    else if (roll < 0.5) date = String(p.year);
    else if (roll < 0.65) date = `${p.year}-01-01`;
    else if (roll < 0.8) date = `${p.year}-${pad(p.month)}-${pad(Math.min(28, p.day + 1 + Math.floor(random() * 3)))}`;
    else if (roll < 0.9) date = `${p.year + (random() < 0.5 ? 1 : -1)}-${pad(p.month)}-${pad(p.day)}`;
    else date = '';
  }
  if (kinds.has('document')) {
    const roll = random();
    if (roll < 0.5) p.document = documentFor(p.nationality, random);
    else if (roll < 0.85) p.document = '';
    else p.document = typo(p.document, random).toUpperCase();
  }
  if (kinds.has('phone')) p.phone = random() < 0.5 ? phoneFor(random) : '';
  if (kinds.has('other')) {
    const roll = random();
    if (roll < 0.5) p.place = '';
    else if (roll < 0.7) p.place = PLACES[Math.floor(random() * PLACES.length)];
    else if (roll < 0.8) p.sex = '';
    else p.nationality = NATIONALITIES[Math.floor(random() * NATIONALITIES.length)];
  }
  return { person: p, date };
}

/**
 * Generate `records` registrations with duplicates (about 30% of people registered more than once).
 * @example const { rows, entity } = generateRegistrations(100_000, 7);
 */
export function generateRegistrations(records: number, seed: number): GeneratedRegistrations {
  const random = seededRandom(seed);
  const tail: string[] = [];
  for (let k = 0; k < 6000; k++) {
    const parts = 2 + Math.floor(random() * 2);
    let s = '';
    for (let q = 0; q < parts; q++) s += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    tail.push(capitalise(s));
  }
  const pickFamily = weightedPicker([...FAMILY, ...tail], 0.9, random);
  const pickFemale = weightedPicker(FEMALE, 0.8, random);
  const pickMale = weightedPicker(MALE, 0.8, random);
  const pickNationality = weightedPicker(NATIONALITIES, 0.7, random);
  const pickPlace = weightedPicker([...PLACES, ...tail.slice(0, 800).map((t) => `San ${t}`)], 0.7, random);
  const rows: string[][] = [];
  const entity = new Int32Array(records);
  let person = 0;
  while (rows.length < records) {
    const female = random() < 0.5;
    const given = [female ? pickFemale() : pickMale()];
    if (random() < 0.3) {
      const second = female ? SECOND_GIVEN_F : SECOND_GIVEN_M;
      given.push(second[Math.floor(random() * second.length)]);
    }
    const family1 = pickFamily();
    let family2 = random() < 0.85 ? pickFamily() : '';
    if (family2 === family1) family2 = pickFamily();
    if (family2 === family1) family2 = '';
    const nationality = pickNationality();
    const p: Person = {
      given, family1, family2, sex: female ? 'F' : 'M',
      year: 1950 + Math.floor(Math.pow(random(), 0.7) * 70), month: 1 + Math.floor(random() * 12),
      day: 1 + Math.floor(random() * 28), nationality,
      document: random() < 0.85 ? documentFor(nationality, random) : '',
      phone: random() < 0.75 ? phoneFor(random) : '', place: random() < 0.9 ? pickPlace() : '',
    };
    const r = random();
    const copies = r < 0.7 ? 1 : r < 0.9 ? 2 : r < 0.97 ? 3 : 4;
    for (let c = 0; c < copies && rows.length < records; c++) {
      const id = `r${rows.length + 1}`;
      entity[rows.length] = person;
      if (c === 0) rows.push(render(p, id, `${p.year}-${pad(p.month)}-${pad(p.day)}`));
      else {
        const dup = corrupt(p, random);
        rows.push(render(dup.person, id, dup.date));
      }
    }
    person++;
  }
  // Shuffle so that duplicates are not next to each other (Fisher-Yates, same seed).
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
    const t = entity[i];
    entity[i] = entity[j];
    entity[j] = t;
  }
  return { header: [...REGISTRY_COLUMNS], rows, entity };
}
