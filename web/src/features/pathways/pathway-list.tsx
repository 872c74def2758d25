import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { Criterion, Pathway } from './pathways-api.ts';
import { ResultIcon } from './result-icon.tsx';

type CriterionNode = Criterion & { children: CriterionNode[] };

/** Rebuilds the rule's tree from the criteria in order, each with its depth. */
function toTree(criteria: Criterion[]): CriterionNode[] {
  const roots: CriterionNode[] = [];
  const path: CriterionNode[] = [];
  for (const criterion of criteria) {
    const node: CriterionNode = { ...criterion, children: [] };
    path.length = Math.min(path.length, criterion.depth);
    const parent = path.at(-1);
    if (parent) parent.children.push(node);
    else roots.push(node);
    path.push(node);
  }
  return roots;
}

function CriterionList({ nodes }: { nodes: CriterionNode[] }) {
  const { t } = useTranslation();
  return (
    <ul className="criteria">
      {nodes.map((node) => (
        <li key={node.id} className={`criterion criterion-${node.result}`}>
          <p>
            <ResultIcon result={node.result} />
            <strong>{node.resultText}:</strong> {node.text}
          </p>
          {node.source && (
            <p className="source">
              {t('pathways.results.source')}{' '}
              {node.source.url ? (
                <a href={node.source.url} target="_blank" rel="noopener noreferrer">
                  <cite>{node.source.citation}</cite>
                  <span className="visually-hidden"> {t('pathways.results.opensInNewTab')}</span>
                </a>
              ) : (
                <cite>{node.source.citation}</cite>
              )}
            </p>
          )}
          {node.children.length > 0 && <CriterionList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

/** The pathways, ranked as the server ranks them, each explained criterion by criterion. */
export function PathwayList({ pathways }: { pathways: Pathway[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="pathways">
      {pathways.map((pathway) => {
        const headingId = `pathway-${pathway.programmeCode}`;
        return (
          <li key={pathway.programmeCode}>
            <article className={`card pathway outcome-${pathway.outcome}`} aria-labelledby={headingId}>
              <h3 id={headingId}>{pathway.programmeName}</h3>
              <dl className="facts">
                <div>
                  <dt>{t('pathways.results.result')}</dt>
                  <dd className="outcome">
                    <ResultIcon result={pathway.outcome} />
                    <strong>{pathway.outcomeText}</strong>
                  </dd>
                </div>
                <div>
                  <dt>{t('pathways.results.host')}</dt>
                  <dd>{format.regionName(pathway.hostMemberState, pathway.hostMemberState)}</dd>
                </div>
              </dl>
              {pathway.programmeStatus === 'closed' && <p className="alert alert-info">{t('pathways.results.closed')}</p>}
              <h4>{t('pathways.results.why')}</h4>
              <CriterionList nodes={toTree(pathway.criteria)} />
              {pathway.missingFacts.length > 0 && (
                <>
                  <h4>{t('pathways.results.missingTitle')}</h4>
                  <ul>
                    {pathway.missingFacts.map((fact) => (
                      <li key={fact}>{fact}</li>
                    ))}
                  </ul>
                </>
              )}
              <h4>{t('pathways.results.nextStepsTitle')}</h4>
              <p className="next-steps">{pathway.nextSteps}</p>
              <p className="hint">
                {t('pathways.results.rules', { version: pathway.ruleVersion, date: format.calendarDate(pathway.asOf) })}
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
