/**
 * The published job-order score: how a job order ranks the workers who ranked it.
 *
 * Workers see this rule before they rank, and every refusal names the scores involved, so it is kept
 * to a few whole-point components anyone can recompute by hand:
 *
 *   experience   40 points per season of seasonal farm work, counted up to 10 seasons   (max   400)
 *   skills       400 × (skills the job order lists that the worker has) / (skills listed),
 *                rounded down; 400 when the job order lists none                          (max   400)
 *   languages    100 per language the job order lists that the worker speaks, up to 2    (max   200)
 *   named worker 10,000 when the employer requests this worker by name (returning worker)
 *
 * The named-worker points exceed every other component together, so a returning worker the employer
 * asked for ranks above every worker it did not name (matching.md §1.1 "Named workers"). The worker
 * still ranks the employer wherever she likes, so deferred acceptance stays strategy-proof for her.
 *
 * Hard requirements (a minimum number of seasons, languages the work needs) are not points: a worker
 * who does not meet them is not accepted by that job order. Equal scores are broken by the one
 * platform-wide lottery (draw-lottery.ts), never by the job order.
 */

export const SCORE_POINTS = {
  perExperienceSeason: 40,
  maxExperienceSeasons: 10,
  skills: 400,
  perLanguage: 100,
  maxLanguages: 2,
  namedWorker: 10_000,
} as const;

/** The highest score a worker can reach; the priority key needs score × lottery range < 2^53. */
export const MAX_SCORE =
  SCORE_POINTS.perExperienceSeason * SCORE_POINTS.maxExperienceSeasons +
  SCORE_POINTS.skills +
  SCORE_POINTS.perLanguage * SCORE_POINTS.maxLanguages +
  SCORE_POINTS.namedWorker;

export interface WorkerProfile {
  workerId: string;
  /** Seasons of seasonal agricultural work completed. */
  experienceSeasons: number;
  /** Skill codes (e.g. 'pruning', 'tractor'). */
  skills: readonly string[];
  /** Language codes, ISO 639-1. */
  languages: readonly string[];
}

export interface JobOrderCriteria {
  jobOrderId: string;
  /** Hard requirement: fewer seasons and the job order does not accept the worker. */
  minExperienceSeasons: number;
  /** Hard requirement: the worker must speak every one of these. */
  requiredLanguages: readonly string[];
  /** Skills that earn points. */
  skills: readonly string[];
  /** Languages that earn points. */
  languages: readonly string[];
  /** Returning workers the employer requests by name. */
  namedWorkerIds: readonly string[];
}

export type JobOrderScore =
  | { accepted: false; reason: 'BELOW_MIN_EXPERIENCE' | 'MISSING_REQUIRED_LANGUAGE' }
  | { accepted: true; total: number; experience: number; skills: number; languages: number; named: number };

/**
 * Scores a worker for a job order, with the breakdown a worker is shown.
 *
 * @example
 *   scoreWorker(
 *     { jobOrderId: 'jo-1', minExperienceSeasons: 1, requiredLanguages: ['es'], skills: ['pruning', 'tractor'],
 *       languages: ['es', 'en'], namedWorkerIds: [] },
 *     { workerId: 'w-1', experienceSeasons: 3, skills: ['pruning'], languages: ['es'] },
 *   );
 *   // { accepted: true, total: 420, experience: 120, skills: 200, languages: 100, named: 0 }
 */
export function scoreWorker(jobOrder: JobOrderCriteria, worker: WorkerProfile): JobOrderScore {
  if (worker.experienceSeasons < jobOrder.minExperienceSeasons) {
    return { accepted: false, reason: 'BELOW_MIN_EXPERIENCE' };
  }
  for (const language of jobOrder.requiredLanguages) {
    if (!worker.languages.includes(language)) return { accepted: false, reason: 'MISSING_REQUIRED_LANGUAGE' };
  }
  const seasons = Math.min(Math.max(0, Math.floor(worker.experienceSeasons)), SCORE_POINTS.maxExperienceSeasons);
  const experience = seasons * SCORE_POINTS.perExperienceSeason;
  const listedSkills = new Set(jobOrder.skills);
  let held = 0;
  for (const skill of listedSkills) if (worker.skills.includes(skill)) held++;
  // A job order that lists no skills cannot tell workers apart by skill: everyone gets full marks,
  // so that its scores stay comparable with job orders that do list skills.
  const skills =
    listedSkills.size === 0 ? SCORE_POINTS.skills : Math.floor((SCORE_POINTS.skills * held) / listedSkills.size);
  let spoken = 0;
  for (const language of new Set(jobOrder.languages)) if (worker.languages.includes(language)) spoken++;
  const languages = Math.min(spoken, SCORE_POINTS.maxLanguages) * SCORE_POINTS.perLanguage;
  const named = jobOrder.namedWorkerIds.includes(worker.workerId) ? SCORE_POINTS.namedWorker : 0;
  return { accepted: true, total: experience + skills + languages + named, experience, skills, languages, named };
}
