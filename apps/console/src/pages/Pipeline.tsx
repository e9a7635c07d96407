import { useMutation, useQuery } from '@apollo/client/react';
import type { Session } from '../auth';
import { HireCandidateDocument, MoveCandidateDocument, PipelineDocument, VerifyCandidateDocumentDocument, type CandidateStage } from '../gql/graphql';
import { useEnumLabel, useT } from '../i18n';
import { isHeadOffice } from '../roles';
import { Card, ErrorBox, useAction } from '../ui';

const STAGES: CandidateStage[] = ['APPLIED', 'SCREENED', 'CERTIFICATES_VERIFIED', 'PRE_EMPLOYMENT_TRAINING', 'EVALUATED', 'PROBATION', 'HIRED', 'REJECTED'];

/** Recruitment: the pipeline board by stage, certificate checks, moving on, hiring. */
export default function Pipeline({ session }: { session: Session }) {
  const t = useT();
  const label = useEnumLabel();
  const branchId = session.branchId === 'HQ' || isHeadOffice(session.roles) ? null : session.branchId;
  const { data, error } = useQuery(PipelineDocument, { variables: { branchId } });
  const refetch = { refetchQueries: [PipelineDocument] };
  const [move] = useMutation(MoveCandidateDocument, refetch);
  const [verify] = useMutation(VerifyCandidateDocumentDocument, refetch);
  const [hire] = useMutation(HireCandidateDocument, refetch);
  const [run, action] = useAction();
  const nodes = data?.candidates.nodes ?? [];
  const next = (s: CandidateStage): CandidateStage | null => {
    const i = STAGES.indexOf(s);
    return i >= 0 && i < 5 ? STAGES[i + 1] : null;
  };
  return (
    <Card title={`${t('pipeline')} (${data?.candidates.totalCount ?? '…'})`} testid="pipeline">
      <ErrorBox error={error ?? action.error} />
      <div className="board">
        {STAGES.map((stage) => (
          <div key={stage} className="column">
            <h3>
              {label(stage)} <small>{nodes.filter((c) => c.stage === stage).length}</small>
            </h3>
            {nodes
              .filter((c) => c.stage === stage)
              .map((c) => {
                const to = next(c.stage);
                const unchecked = c.documents.filter((d) => d.genuine === null || d.genuine === undefined);
                return (
                  <div key={c.id} className="tile">
                    <strong>{c.name}</strong> <small className="muted">{c.channel}</small>
                    <div className="muted">
                      {c.appliedOn} · {t('documents')} {c.documents.length - unchecked.length}/{c.documents.length}
                    </div>
                    {unchecked.length > 0 && (
                      <button
                        className="link"
                        onClick={() => run(() => Promise.all(unchecked.map((d) => verify({ variables: { documentId: d.id, genuine: true } }))))}
                      >
                        {t('verify')}
                      </button>
                    )}
                    {to && (
                      <button className="link" onClick={() => run(() => move({ variables: { candidateId: c.id, to } }))}>
                        {t('advance')} → {label(to)}
                      </button>
                    )}
                    {c.stage === 'PROBATION' && (
                      <button
                        className="link"
                        onClick={() => run(() => hire({ variables: { candidateId: c.id, hiredOn: new Date().toISOString().slice(0, 10) } }))}
                      >
                        {t('hire')}
                      </button>
                    )}
                  </div>
                );
              })}
          </div>
        ))}
      </div>
    </Card>
  );
}
