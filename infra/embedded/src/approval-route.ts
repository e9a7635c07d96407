/** Test helper: walks an approval request along the whole route as head office's roles would (one co-signer). */
import type { GqlResult, TestGraph } from './test-graph';

const DECIDE = `mutation($id: ID!, $a: Boolean!, $c: String!, $d: [CosignDepartment!]) { decideApprovalStep(requestId: $id, approve: $a, comment: $c, cosignDepartments: $d) { id status stage } }`;
const COSIGN = `mutation($id: ID!, $d: CosignDepartment!, $s: String!) { recordCosignOpinion(requestId: $id, department: $d, agree: true, comment: "同意", signatory: $s) { id stage } }`;

function ok(r: GqlResult): void {
  if (r.body.errors?.length) throw new Error(`approval step refused: ${JSON.stringify(r.body.errors[0])}`);
}

export async function approveRoute(t: TestGraph, id: string): Promise<void> {
  ok(await t.ask('bo.han', DECIDE, { id, a: true, c: '已收文' }));
  ok(await t.ask('ch.cao', DECIDE, { id, a: true, c: '请人力资源部会签', d: ['HUMAN_RESOURCES'] }));
  ok(await t.ask('bo.han', COSIGN, { id, d: 'HUMAN_RESOURCES', s: '人力资源部 孙悦' }));
  ok(await t.ask('bo.han', DECIDE, { id, a: true, c: '呈分管副总裁' }));
  ok(await t.ask('vp.qian', DECIDE, { id, a: true, c: '同意' }));
  ok(await t.ask('bo.han', DECIDE, { id, a: true, c: '流程结束' }));
}

/** Rejects it at the first stage (the brokerage business office). */
export async function rejectRoute(t: TestGraph, id: string, reason: string): Promise<void> {
  ok(await t.ask('bo.han', DECIDE, { id, a: false, c: reason }));
}
