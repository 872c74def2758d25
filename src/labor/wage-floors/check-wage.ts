/**
 * The wage test of a job order: the offered hourly wage, and every piece rate at the employer's own
 * showing of units per hour, must reach the highest wage floor in force on the start date for any of
 * its worksites, its occupation and skill level.
 *
 * Why the highest: H-2A pays the highest of the AEWR, the prevailing wage, the agreed collective
 * bargaining rate and the federal and state minimum wages (20 CFR 655.120(a)); SAWP pays the highest of
 * the provincial minimum, the ESDC annual SAWP rate and what Canadian workers doing the same work get
 * (SAWP contract, Wages); a worker at any of the job order's worksites is owed the floor of that place.
 * Piece rates must be shown to yield at least the hourly floor (20 CFR 655.120(c)), so the employer
 * states units per hour and the check multiplies.
 *
 * Money is compared in whole cents, so 17.6 and 17.60 are equal and no float rounding refuses a wage.
 */

export interface WageFloor {
  id: string;
  version: number;
  kind: string;
  hourlyRate: number;
  currency: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  subdivision: string | null;
  programmeCode: string | null;
  occupationCode: string | null;
  skillLevel: string | null;
  historical: boolean;
  source: string;
  sourceUrl: string | null;
}

export interface WageOffer {
  programmeCode: string;
  occupationCode: string;
  skillLevel: string | null;
  startDate: string;
  subdivisions: readonly string[];
  wageHourly: number;
  currency: string;
  pieceRates: readonly { unit: string; rate: number; expectedUnitsPerHour: number }[];
}

export interface PieceRateCheck {
  unit: string;
  rate: number;
  expectedUnitsPerHour: number;
  hourlyEquivalent: number;
  reachesFloor: boolean;
}

export type WageCheck =
  | { outcome: 'no_floor' }
  | { outcome: 'currency_mismatch'; floor: WageFloor }
  | { outcome: 'below_floor' | 'piece_rate_below_floor' | 'ok'; floor: WageFloor; consideredFloors: number; pieceRates: PieceRateCheck[] };

export function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** What a piece rate pays an hour at the employer's stated pace, rounded down to the cent. */
function hourlyEquivalentOf(p: { rate: number; expectedUnitsPerHour: number }): number {
  return Math.floor(p.rate * p.expectedUnitsPerHour * 100 + 1e-6) / 100;
}

/** Does the floor apply to this job order on its start date? Nulls on the floor mean "all". */
export function isFloorApplicable(floor: WageFloor, offer: WageOffer): boolean {
  if (floor.effectiveFrom > offer.startDate) return false;
  if (floor.effectiveTo !== null && floor.effectiveTo < offer.startDate) return false;
  if (floor.programmeCode !== null && floor.programmeCode !== offer.programmeCode) return false;
  if (floor.occupationCode !== null && floor.occupationCode !== offer.occupationCode) return false;
  if (floor.skillLevel !== null && floor.skillLevel !== (offer.skillLevel ?? 'I')) return false;
  if (floor.subdivision !== null && !offer.subdivisions.includes(floor.subdivision)) return false;
  return true;
}

/**
 * Checks an offer against candidate floors (the caller passes the member state's floors in force).
 *
 * @example
 *   checkWage(offer, floors) // { outcome: 'below_floor', floor: { kind: 'provincial_minimum', hourlyRate: 17.6, … }, … }
 */
export function checkWage(offer: WageOffer, floors: readonly WageFloor[]): WageCheck {
  const applicable = floors.filter((f) => isFloorApplicable(f, offer));
  if (applicable.length === 0) return { outcome: 'no_floor' };
  // Highest first; on equal rates the more specific floor (occupation, then place) is named.
  const specificity = (f: WageFloor) => (f.occupationCode ? 2 : 0) + (f.subdivision ? 1 : 0);
  const floor = [...applicable].sort((a, b) => cents(b.hourlyRate) - cents(a.hourlyRate) || specificity(b) - specificity(a))[0];
  if (floor.currency !== offer.currency) return { outcome: 'currency_mismatch', floor };
  const floorCents = cents(floor.hourlyRate);
  const pieceRates = offer.pieceRates.map((p) => {
    const hourlyEquivalent = hourlyEquivalentOf(p);
    return { unit: p.unit, rate: p.rate, expectedUnitsPerHour: p.expectedUnitsPerHour, hourlyEquivalent, reachesFloor: cents(hourlyEquivalent) >= floorCents };
  });
  const outcome =
    cents(offer.wageHourly) < floorCents ? 'below_floor' : pieceRates.some((p) => !p.reachesFloor) ? 'piece_rate_below_floor' : 'ok';
  return { outcome, floor, consideredFloors: applicable.length, pieceRates };
}

/**
 * A floor recorded after a job order was checked can still reach it: one that takes effect during the
 * season is owed from its date (for H-2A, 20 CFR 655.120(b): a higher rate adjusted during a work
 * contract is paid upon notice). Returns the days over which this floor is owed to the job order's
 * workers because the wage, or a piece rate at the stated pace, is below it (from the later of the
 * floor's start and the season's, until the earlier of their ends); null when the floor does not reach
 * the season, does not cover the job order, is in another currency, or is met.
 *
 * @example
 *   owedDuringSeason({ ...floor, hourlyRate: 19.8, effectiveFrom: '2031-01-01' }, { ...offer, startDate: '2031-05-01', endDate: '2031-10-31', wageHourly: 19.5 })
 *   // { from: '2031-05-01', until: '2031-10-31' }
 */
export function owedDuringSeason(floor: WageFloor, offer: WageOffer & { endDate: string }): { from: string; until: string } | null {
  const from = floor.effectiveFrom > offer.startDate ? floor.effectiveFrom : offer.startDate;
  const until = floor.effectiveTo !== null && floor.effectiveTo < offer.endDate ? floor.effectiveTo : offer.endDate;
  if (from > until) return null;
  if (!isFloorApplicable(floor, { ...offer, startDate: from }) || floor.currency !== offer.currency) return null;
  const floorCents = cents(floor.hourlyRate);
  const below = cents(offer.wageHourly) < floorCents || offer.pieceRates.some((p) => cents(hourlyEquivalentOf(p)) < floorCents);
  return below ? { from, until } : null;
}
