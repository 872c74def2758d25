/**
 * Workflows as data: each programme has versioned workflows. A case keeps the workflow version it
 * opened with, so changing the stages never strands a case in flight; new cases take the newest.
 */
import { randomUUID } from 'node:crypto';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { canAdministerProgramme } from '../cases.policy.ts';
import * as q from '../cases.queries.ts';
import type { Workflow } from '../cases.responses.ts';
import { WorkflowDefinition, type CaseLocale, type Stage, type UpdateWorkflow } from '../cases.schemas.ts';
import { DEFAULT_WORKFLOWS, pathwayOf } from '../workflows/default-workflows.ts';

/** Workflow versions never change once written, so their parsed definitions can be cached by id. */
const parsed = new Map<string, WorkflowDefinition>();

export function definitionOf(row: Pick<q.WorkflowRow, 'id' | 'definition'>): WorkflowDefinition {
  let def = parsed.get(row.id);
  if (!def) {
    def = WorkflowDefinition.parse(row.definition);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(row.id, def);
  }
  return def;
}

const rows = new Map<string, q.WorkflowRow>();

/** A workflow version by id; versions are immutable, so each is read from the database once. */
export async function loadWorkflow(db: Executor, id: string): Promise<{ row: q.WorkflowRow; def: WorkflowDefinition }> {
  let row = rows.get(id);
  if (!row) {
    row = await q.findWorkflowRow(db, id);
    if (!row) throw new DomainError('CASE_WORKFLOW_NOT_FOUND');
    if (rows.size > 10_000) rows.clear();
    rows.set(id, row);
  }
  return { row, def: definitionOf(row) };
}

export function stageOf(def: WorkflowDefinition, code: string): Stage {
  const stage = def.stages.find((s) => s.code === code);
  if (!stage) throw new DomainError('RULE_VIOLATION', `The workflow has no stage ${code}.`);
  return stage;
}

export function stageName(def: WorkflowDefinition, code: string, locale: CaseLocale): string {
  return def.stages.find((s) => s.code === code)?.name[locale] ?? code;
}

export function localeOf(value: string | undefined): CaseLocale {
  return value === 'es' || value === 'fr' || value === 'ht' || value === 'pt' ? value : 'en';
}

/** The newest workflow of a programme, created from the pathway's default on first use. */
export async function ensureCurrentWorkflow(trx: Trx, programme: { code: string; host_member_state: string; kind: string }) {
  const current = await q.findCurrentWorkflowRow(trx, programme.code);
  if (current) return current;
  const pathway = pathwayOf(programme.code, programme.kind);
  await trx
    .insertInto('case_workflows')
    .values({
      id: randomUUID(),
      programme_code: programme.code,
      host_member_state: programme.host_member_state,
      version: 1,
      pathway,
      definition: jsonb(DEFAULT_WORKFLOWS[pathway]),
      change_note: 'Default workflow of the pathway.',
    })
    .onConflict((oc) => oc.columns(['programme_code', 'version']).doNothing())
    .execute();
  const created = await q.findCurrentWorkflowRow(trx, programme.code);
  if (!created) throw new DomainError('CASE_WORKFLOW_NOT_FOUND');
  return created;
}

function toWorkflow(row: q.WorkflowRow): Workflow {
  return {
    id: row.id,
    programmeCode: row.programme_code,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    changeNote: row.change_note,
    definition: definitionOf(row),
  };
}

async function getProgramme(db: Executor, code: string) {
  const programme = await q.findProgrammeRow(db, code);
  if (!programme) throw new DomainError('CASE_PROGRAMME_NOT_FOUND');
  return programme;
}

/** The workflow in force for new cases of a programme (its default until an administrator changes it). */
export async function getCurrentWorkflow(db: Executor, code: string): Promise<Workflow> {
  const programme = await getProgramme(db, code);
  const row = await q.findCurrentWorkflowRow(db, code);
  if (row) return toWorkflow(row);
  const pathway = pathwayOf(code, programme.kind);
  return { id: '00000000-0000-4000-8000-000000000000', programmeCode: code, version: 0, createdAt: new Date(0).toISOString(), changeNote: 'Default workflow, not yet in use.', definition: DEFAULT_WORKFLOWS[pathway] };
}

export async function listWorkflowVersions(db: Executor, code: string): Promise<Workflow[]> {
  await getProgramme(db, code);
  return (await q.listWorkflowRows(db, code)).map(toWorkflow);
}

/**
 * A programme administrator of the host member state publishes a new version of the workflow.
 * Cases already open keep theirs; only cases opened from now on follow the new one.
 * @example await updateWorkflow(trx, actor, 'ca_gar', { definition, changeNote: 'Add a biometrics stage' })
 */
export async function updateWorkflow(trx: Trx, actor: Actor, code: string, input: UpdateWorkflow): Promise<Workflow> {
  const programme = await q.findProgrammeRow(trx, code);
  // Another member state's programme is answered as if it did not exist.
  if (!programme || !canAdministerProgramme(actor, programme.host_member_state)) throw new DomainError('CASE_PROGRAMME_NOT_FOUND');
  const current = await ensureCurrentWorkflow(trx, programme);
  if (input.definition.pathway !== current.pathway) {
    throw new DomainError('RULE_VIOLATION', 'A workflow keeps its pathway.', {
      fields: [{ path: 'definition.pathway', code: 'pathway_changed', key: 'validation.pathwayChanged', message: current.pathway }],
    });
  }
  const id = randomUUID();
  await trx
    .insertInto('case_workflows')
    .values({
      id,
      programme_code: code,
      host_member_state: programme.host_member_state,
      version: current.version + 1,
      pathway: current.pathway,
      definition: jsonb(input.definition),
      change_note: input.changeNote,
      created_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'case_workflow.publish',
    recordType: 'case_workflow',
    recordId: id,
    details: { programmeCode: code, version: current.version + 1, stages: input.definition.stages.map((s) => s.code) },
  });
  const row = await q.findWorkflowRow(trx, id);
  if (!row) throw new DomainError('CASE_WORKFLOW_NOT_FOUND');
  return toWorkflow(row);
}
